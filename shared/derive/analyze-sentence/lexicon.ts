/**
 * Word classes (patterns and sets) that more than one layer of the sentence reading matches. A word
 * class only one layer uses lives in that layer's module.
 */
import { NOT_A_SUBJECT_AFTER, MODAL_VERBS } from '../word-lists';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

export const PREPOSITIONS = new Set([
  ...NOT_A_SUBJECT_AFTER,
  'toward',
  'towards',
  'over',
  'among',
  'than',
  'like',
  'unlike',
  'tell',
  'urged',
  'asked',
  'pressed',
  'in',
  'without',
  'after',
  'before',
  'during',
  'under',
  'via',
]);

export const NP_WORDS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'this',
  'that',
  'these',
  'those',
  'other',
  'all',
  'both',
  'some',
]);

// Case matters: "US" is a party, "us" a pronoun.
export const FIRST_PERSON = new Set(['we', 'We', 'our', 'Our', 'us', 'I', 'my', 'My', 'ours']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/**
 * Words in -ly that are no adverb: nouns ("reply", "ally", "supply", "assembly") and names ("Italy",
 * "July"). After "'s" such a noun is owned ("Washington's reply rejected …"), not an adverb of a passive
 * ("'s firmly rejected").
 */
export const LY_NOT_ADVERB = wordSet(
  /^(?:reply|ally|rally|supply|apply|assembly|family|italy|july|anomaly|monopoly|homily|butterfly|fly)$/,
);

/** Auxiliaries and adverbs between a clause's subject and its verb ("the bloc has also refused"). */
export const AUXILIARY = new Set([
  ...BE,
  ...MODAL_VERBS,
  'has',
  'have',
  'had',
  'still',
  'again',
  'repeatedly',
  'flatly',
  'firmly',
]);

/**
 * The risk-reduction basket named as a demand phrase ("confidence-building measures", "limits on
 * exercises", "transparency measures"): a side of the talks only ever offers or accepts to talk about it.
 */
export const RISK_REDUCTION = /\b(?:confidence|risks?|transparen\w*|openness|exercises|drills)\b/i;

/** Words between "is"/"are" and the verdict of a predicate clause: "were all flatly rejected". */
export const PREDICATE_FILLER = new Set([
  'all',
  'both',
  'also',
  'each',
  'a',
  'an',
  'simply',
  'flatly',
  'completely',
  'totally',
  'absolutely',
  'entirely',
  'still',
  'already',
  'been',
  'being',
  'firmly',
  'clearly',
  'equally',
]);

/** Auxiliaries after "and" that start a second predicate of the same subject: "and has urged". */
export const PRESSING = wordSet(
  /^(?:press|pressed|presses|pressing|pressure|pressured|pressures|pressuring|push|pushed|pushes|pushing|urge|urged|urges|urging)$/,
);

export const COMPLEMENT = new Set(['that', 'to', 'for', 'whether', 'if']);

// ("ought" alone too: a cue or a check may start at it, "ought to guarantee …".)
export const DEONTIC = new Set(['must', 'should', 'ought to', 'ought']);

/** Between a modal of obligation and its verb: "must not", "should never", "must also legally". */
export const MODAL_FILLER = new Set([
  // ("Kyiv should not be seeking membership": the progressive's auxiliary.)
  'be',
  'not',
  'never',
  'no',
  'longer',
  'also',
  'further',
  'legally',
  'formally',
  'immediately',
]);

export const JUDGING = wordSet(
  /^(?:views?|viewed|sees?|saw|seen|considers?|considered|regards?|regarded|calls?|called|deems?|deemed|describes?|described|terms?|termed|labels?|labell?ed|brands?|branded|finds?|found|dismissed|dismisses|listed|lists|included|includes|counted|counts|named|names|put|puts)$/,
);

/** A verdict that names its judge with "to": "unacceptable to Washington", "a non-starter to the allies". */
export const VERDICT_TO = wordSet(
  /^(?:acceptable|unacceptable|inacceptable|non-starters?|nonstarters?|unthinkable|unpalatable|inadmissible|agreeable)$/,
);

/** Words asking for more of something: "increase their presence", "send additional troops". */
export const MORE_OF = wordSet(
  /^(?:increase|increasing|increased|boost|boosting|bolster|bolstering|strengthen|strengthening|reinforce|reinforcing|more|additional|extra|step|stepping|beef|beefing|enhance|enhancing|enhanced|permanent|longer|longer-term|long-term|persistent|new)$/,
);

/** Nouns of an attitude a party's adjective can own: "Russian concerns", "Polish objections". */
export const ATTITUDE_NOUN = wordSet(
  /^(?:concerns?|objections?|opposition|worries|worry|fears?|support|backing|resistance|reservations?|misgivings|alarm|anger|hostility|frustration|irritation|outrage|fury|displeasure|dissatisfaction|indignation)$/,
);

export const RELATIVE_WORDS = new Set(['that', 'which', 'who']);

/** Words of a claim that the alliance's growth harms someone: the case for the demand. */
export const GRIEVANCE = wordSet(
  /^(?:threat|threats|threaten|threatens|threatened|threatening|provoke|provoked|provokes|provocation|blame|caused|causes|danger|dangerous|encircle|encircled|encirclement|menace|aggression|aggressive)$/,
);

export const GUARANTEE_MODIFIER = new Set([
  'security',
  'legal',
  'legally',
  'binding',
  'written',
  'firm',
  'reliable',
  'the',
  'such',
]);

export const COMMENTATORS = wordSet(
  /^(?:analysts?|experts?|observers?|commentators?|pundits?|critics?|scholars?|economists?|journalists?|historians?)$/,
);

/** Verbs of a commentator's guess or opinion: "analysts reckon …", "experts warn …". */
const GUESSED_BY_COMMENTATOR = wordSet(
  /^(?:believes?|believed|reckons?|reckoned|thinks?|thought|expects?|expected|suspects?|suspected|speculated?|predicts?|predicted|says?|said|argues?|argued|suggests?|suggested|warns?|warned|estimated?|estimates|guess|guesse[sd]|doubts?|doubted|speculates|believing|reckoning|thinking|expecting|suspecting|speculating|predicting|saying|arguing|suggesting|warning|estimating|guessing|doubting|told|tells|telling)$/,
);

/**
 * A commentator's guess: the word at `k` a verb of guessing with a commentator among the three words
 * before it ("Analysts reckon the two could agree …", "some experts now think …"): no party's position.
 */
export const commentatorGuessAt = (tokens: readonly Token[], k: number): boolean =>
  GUESSED_BY_COMMENTATOR.test(tokens[k]?.lower ?? '') &&
  tokens.slice(Math.max(0, k - 3), k).some((t) => COMMENTATORS.test(t.lower));

export const ACT_VERB = wordSet(
  /^(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|station|stations|stationing|stationed|dispatch|dispatches|dispatched|dispatching|reinforce|reinforces|reinforced|reinforcing|bolster|bolsters|bolstered|bolstering|strengthen|strengthens|strengthened|strengthening|boost|boosts|boosted|boosting|lead|leads|leading|increase|increases|increased|increasing|order|orders|ordered|ordering|double|doubles|doubled|doubling|triple|tripled|tripling|host|hosts|hosted|hosting)$/,
);

/** Past participles judging an object "as" something: "described by Blinken as non-starters". */
export const JUDGED_AS = wordSet(
  /^(?:described|characterized|characterised|dismissed|rejected|branded|labelled|labeled|denounced|criticized|criticised|condemned|seen|regarded|viewed|portrayed|painted|treated)$/,
);

export const BROKEN = wordSet(
  /^(?:break|breaking|broke|broken|breach|breaching|breached|violate|violating|violated|betray|betrayed|betraying|renege|reneged|reneging|abandoned|cheated|deceived)$/,
);

export const WEAPONRY = /\b(?:missiles?|weapons?|nuclear|warheads?|launchers?)\b/i;

// Relenting in other words: "gave up on", "set … aside", "put … on ice", "could live with", "no longer".
export const RELENTING =
  /\b(?:(?:give|gives|gave|given|giving) up|let(?:s|ting)? go of|set(?:s|ting)?\b(?:\s+\S+){0,5}\s+aside|on ice|live with|no longer|acquiesce\w*|back(?:s|ed)? (?:down|off|away)|climb(?:s|ed)? down)\b/i;

export const TOPIC_PREPOSITION = wordSet(/^(?:on|about|over|regarding|concerning)$/);

export const TALKS = wordSet(/^(?:talks|meeting|meetings|negotiations|consultations|discussions)$/);

export const LIST_OPENER = wordSet(/^(?:including|notably|namely|especially|particularly)$/);

export const CUT_MARK = wordSet(/^[,;:—–()]$/);

export const DEMAND_SUBJECT = wordSet(
  /^(?:demands|calls|proposals|requests|ultimatum|ultimatums|demand|proposal|request)$/,
);

export const NEW_PREDICATE = wordSet(
  /^(?:accused|accuses|criticized|criticised|criticizes|hammered|blasted|slammed|condemned|warned|warns|urged|urges|said|says|added|stressed|noted|insisted|called|described|dismissed|rejected|argued|complained|decided|decides|announced|announces|ordered|orders|began|launched|approved|opted|chose|sent|sends|deployed|deploys|bolstered|reinforced|offered|offers|proposed|proposes|floated|tabled|suggested|suggests)$/,
);

export const ASKING_QUESTION = wordSet(
  /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questioned|questioning)$/,
);

export const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);

export const NP_SKIP = new Set(['the', 'a', 'an', 'its', 'their', "'s", '’s', 'further', 'any']);

/** A question put to a party in an opening participle, and what opens the question: "Asked whether …". */
export const QUESTION_PUT = wordSet(/^(?:asked|pressed|questioned|quizzed)$/);

export const QUESTION_OPENER = wordSet(/^(?:whether|if|about|on)$/);

/** "has to", "needs to", "had to", "needed to", "ought to": an obligation, as "must". */
export const OBLIGATION_TO = wordSet(/^(?:has|have|had|needs?|needed|ought)$/);

/** Whether the word at `i` opens an obligation before a passive: "has to be extended", "needed to be renewed". */
export function obligationBeforePassive(tokens: readonly Token[], i: number): boolean {
  return (
    OBLIGATION_TO.test(tokens[i]?.lower ?? '') &&
    tokens[i + 1]?.lower === 'to' &&
    tokens[i + 2]?.lower === 'be'
  );
}
