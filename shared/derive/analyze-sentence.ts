/**
 * One sentence → findings (party, demand, stance, with the evidence of each step) and unclassified
 * mentions. Each demand mention is governed by the nearest cue of its clause (two cues in a row
 * compose: "refused to discuss"); the cue's holder is, in order: the passive agent ("demanded by
 * Moscow"), the experiencer ("unacceptable to Washington"), the clause subject, "we" in a party's
 * quotation, the sentence's speaker, the previous speaker, or the subject of an earlier clause. A
 * demand noun owned by a party ("Russia's demand for …") is that party's position too.
 */
import {
  addresseeOfDemand,
  CALENDAR_WORDS,
  DEMAND_NOUN_MODIFIERS,
  GUARANTEE_WORD,
  NOT_A_SUBJECT_AFTER,
  MODAL_VERBS,
  UNDERTAKING_WORD,
} from './word-lists';
import type { AttributionKind, Modality, Voice } from '../model/matrix';
import type { Stance } from '../model/stance';
import { canSpeak, type ActorMention } from './actors';
import { welcomersOfRelenting } from './welcomed-relenting';
import { clauseOf, clauseSpans, dashAsideClose, SPEAKING_PARTICIPLE } from './clauses';
import type { CompiledOntology } from './compile-ontology';
import {
  clauseModality,
  cueModality,
  isPastYear,
  PARTICLE_VERBS,
  type ClauseModality,
  type Cue,
} from './cues';
import { readDeniedPlansForPronoun, readOfferedMeasures } from './offered-measures';
import { readPronounObjects } from './pronoun-objects';
import { readSiding } from './siding';
import { readWarnings } from './warnings';
import { SPEECH } from './speaker';
import type { DemandMention } from './demand-mentions';
import type { Speaker } from './speaker';
import { composeCues, decideStance, type ComposedAttitude } from './stance-rules';
import type { Token } from './tokens';

export interface SentenceFinding {
  party: string;
  demand: string;
  stance: Exclude<Stance, 'none'>;
  cue: string;
  negated: boolean;
  attribution: { kind: AttributionKind; matched: string; role: string | null; speaker: string | null };
  voice: Voice;
  modality: Modality;
  demandMatch: string;
  mention: DemandMention;
  /**
   * A verdict in an aside on a party's demands ("The Russian proposals, which Washington has called
   * non-starters, would …"): the judge's own position, though the rest of the sentence is their content.
   */
  judgesOwnedDemand?: boolean;
}

export interface SentenceMention {
  party: string;
  demand: string;
  demandMatch: string;
  partyMatch: string;
}

export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  compiled: CompiledOntology;
  published: string | null;
  actors: readonly ActorMention[];
  mentions: readonly DemandMention[];
  cues: readonly Cue[];
  speaker: Speaker | null;
  /** The speaker of a quotation continued from before, or of "he said". */
  previousSpeaker: Speaker | null;
  /** The last party that spoke in the last few sentences: who "he" or "she" is as a subject. */
  recentSpeaker: Speaker | null;
  /** The subject of the sentence before: who "It" or "They" opening this one is. */
  recentSubject?: ActorMention | null;
  /**
   * The proposers whose list this sentence is an item of: a line opening with a bullet or a number
   * after a sentence that named their proposals and ended in a colon ("The Russian proposals cover
   * the following points:" / "- No further enlargement of NATO").
   */
  itemOf?: readonly string[] | null;
  /** Every party the document has named so far (whose demand an agentless "was asked to …" is). */
  namedParties?: ReadonlySet<string>;
  /** Parties the document has already shown holding demands of their own (their attached demands). */
  demandingParties?: ReadonlySet<string>;
  /** Two parties named together lately ("Xi and Putin met", "talks between Sherman and Ryabkov"): who "the two sides" are. */
  recentPair?: Speaker | null;
}

interface SentenceFacts {
  question: boolean;
  /** Where a yes/no question ("Is Paris ready to …?", "Q: Will Washington agree …?") ends; -1 if none. */
  yesNoQuestionEnd: number;
  asking: boolean;
  commentary: boolean;
  condition: boolean;
  /** Demands whose anchor words (places, parties) the sentence names. */
  anchored: ReadonlySet<string>;
  /** Where the first "doubt that …" or "analysts believe …" stands; -1 if none. */
  speculationAt: number;
}

export interface Holder {
  parties: string[];
  kind: AttributionKind;
  matched: string;
  role: string | null;
  /** "Neither Berlin nor Paris backs …": the subject itself denies the verb. */
  negates?: boolean;
}

const PREPOSITIONS = new Set([
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
const NP_WORDS = new Set([
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
const FIRST_PERSON = new Set(['we', 'We', 'our', 'Our', 'us', 'I', 'my', 'My', 'ours']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);
const PAIR_NOUN = new Set([
  'sides',
  'parties',
  'countries',
  'leaders',
  'presidents',
  'nations',
  'governments',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
/** Auxiliaries and adverbs between a clause's subject and its verb ("the bloc has also refused"). */
const AUXILIARY = new Set([
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
const SUBJECT_DETERMINER = /^(?:the|this|that|these|those)$/;
/** Words opening a noun phrase after "threat to" ("a threat to the open door"), not a verb. */
const NOUN_OPENER =
  /^(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|any|all|every|each|some|no)$/;
/** Heads of a subject that the speaker logic may resolve to a party ("the minister", "the government"). */
const PERSON_OR_GOVERNMENT =
  /^(?:ministers?|ministry|spokes(?:man|woman|person)|officials?|diplomats?|president|chancellor|secretary|envoys?|ambassadors?|leaders?|premier|government|administration|kremlin|side|delegation|country|state|he|she|it|they|we)$/;
/**
 * The risk-reduction basket named as a demand phrase ("confidence-building measures", "limits on
 * exercises", "transparency measures"): a side of the talks only ever offers or accepts to talk about it.
 */
const RISK_REDUCTION = /\b(?:confidence|risks?|transparen\w*|openness|exercises|drills)\b/i;
/**
 * The cue puts the demand's own wording forward as a proposal ("floated limits on missiles"): the
 * ontology's phrase for it, or limits on the weapons themselves — not a cut of troops in general
 * ("proposes cutting troop numbers at exercises" is no offer to pull forces back).
 */
const proposesSubstance = (cue: Cue, m: DemandMention): boolean =>
  PROPOSING.test(cue.text) &&
  m.direction === 1 &&
  (m.kind === 'phrase' || (m.kind === 'frame' && WEAPON_LIMIT.test(m.match))) &&
  m.first > cue.last;
const WEAPON_LIMIT =
  /\b(?:missiles?|weapons?|launchers?|arms|intermediate-range|short-range|medium-range)\b/i;
/** Arms control or the risk-reduction basket: talks both sides take part in, no one's demand. */
const mutualTopic = (m: DemandMention): boolean =>
  /\b(?:arms|weapons)[ -]?control\b/i.test(m.match) ||
  (m.kind === 'phrase' && m.direction === 1 && RISK_REDUCTION.test(m.match));
const RECIPROCAL = new Set([
  'reciprocal',
  'reciprocity',
  'mutual',
  'mutually',
  'return',
  'exchange',
  'condition',
  'conditions',
  'reciprocally',
]);
const ADJACENT_FILLER = new Set([
  'to',
  'the',
  'a',
  'an',
  'on',
  'for',
  'that',
  'any',
  'even',
  'also',
  'further',
  'its',
  'their',
  'be',
  'been',
  'is',
  'are',
  'was',
  'were',
  'discussing',
  // "no intention of making compromises on …": a light verb before the noun that carries the cue
  'making',
  'make',
  'about',
  'possibility',
  'idea',
  'notion',
  'of',
  'some',
  'all',
  'most',
  'several',
  'many',
  'key',
  'main',
  // "discuss certain aspects of Russia's proposals"
  'certain',
  'aspects',
  'aspect',
  'parts',
  'part',
  'elements',
]);
const LINK_MODIFIERS =
  /^(?:security|legal|legally|binding|written|formal|formally|firm|firmly|clear|clearly|concrete|explicit|explicitly|public|publicly|official|officially|reliable|solid|ironclad|iron-clad|long-term|new|fresh|specific|reinforced)$/;
/** Words between "is"/"are" and the verdict of a predicate clause: "were all flatly rejected". */
const PREDICATE_FILLER = new Set([
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
const PRESSING =
  /^(?:press|pressed|presses|pressing|pressure|pressured|pressures|pressuring|push|pushed|pushes|pushing|urge|urged|urges|urging)$/;
/** Opening an aside in commas whose names are no subject of the verb after it: ", who …,", ", if Moscow reciprocates,". */
const INSERTION_WORD = /^(?:who|which|whose|if|unless|provided|once|should)$/;
const INSERTED_CLAUSE_OPENER = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'including',
  'like',
  'such',
  'also',
  'especially',
  'notably',
  'namely',
]);
const FINITE_AFTER_AND = new Set([
  'has',
  'have',
  'had',
  'also',
  'since',
  'then',
  'later',
  'repeatedly',
  'again',
]);
const CONJUNCTIONS = new Set([
  'if',
  'unless',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'as',
  'but',
  'since',
  'after',
  'before',
  'when',
  'which',
  'who',
]);
const COMPLEMENT = new Set(['that', 'to', 'for', 'whether', 'if']);
/** The determiner opening an object put after its "as" phrase: "dismissed as outdated the Russian demand". */
const INVERTED_OBJECT_OPENER = /^(?:the|any|all|this|these|those|such|its|their|his|her)$/;
const DEMAND_AUXILIARY = new Set([
  'will',
  'would',
  'shall',
  'should',
  'must',
  'not',
  'never',
  'to',
  'be',
  'ever',
  'further',
  'no',
  'longer',
  'can',
  'could',
  'may',
]);
const MODALS = new Set(['will', 'would', 'shall', 'can', 'could', "won't", "wouldn't", 'cannot', "can't"]);
const BACK_POINTERS = new Set([
  'an',
  'a',
  'all',
  'this',
  'these',
  'which',
  'something',
  'both',
  'each',
  'demands',
  'proposals',
  'ideas',
]);
const DEONTIC = new Set(['must', 'should', 'ought to']);
const PROHIBITIVE = new Set(['cannot', "can't", 'can’t']);
/** Cues that are also verbs of saying: what follows "that" is a clause of its own. */
const STATING_CUE =
  /^(?:stress|stressed|stresses|stressing|emphasi[sz]e|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|underline|underlined|underlines|underlining|underscore|underscored|underscores|underscoring|reiterate|reiterated|reiterates|reiterating|repeat|repeated|repeats|repeating|highlight|highlighted|highlights|highlighting|restate|restated|restates|restating)$/;
/** A party's answer to another's proposals, which speaks for it ("the alliance's written reply"). */
const REPLY_DOCUMENT = /^(?:reply|replies|response|responses|answer|answers)$/;
const REPLY_MODIFIER = /^(?:written|formal|official|joint|separate|own|latest)$/;
/** Verbs of keeping whose subject may be a party's reply ("the reply keeps the open-door policy intact"). */
const HOLDING_VERB_OF_DOCUMENT =
  /^(?:keeps|keep|kept|maintains|maintain|maintained|retains|retain|retained)$/;
/** Documents a party sends: "the replies from Washington", "a letter from NATO". */
const SENT_DOCUMENT =
  /^(?:reply|replies|response|responses|answer|answers|letter|letters|proposal|proposals|paper|papers|note|notes|document|documents|draft|drafts)$/;
/** Nouns pointing back at what a sentence listed: "…, demands that Washington has called non-starters". */
const BACK_NOUN_SINGULAR = /^(?:demand|proposal|request|idea|ask|move|step|condition|call)$/;
const BACK_NOUNS = /^(?:demands|proposals|requests|conditions|ideas|positions|calls|steps|measures|points)$/;
/** Between the subject of a relative clause and its verb: "which Moscow has long considered". */
const RELATIVE_AUX = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'long',
  'repeatedly',
  'also',
  'already',
  'openly',
  'publicly',
]);
const ASKED = /^(?:asked|urged|pressed|called|requested|invited|encouraged|pushed|told|advised)$/;
/** Between a modal of obligation and its verb: "must not", "should never", "must also legally". */
const MODAL_FILLER = new Set([
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
const JUDGING =
  /^(?:views?|viewed|sees?|saw|seen|considers?|considered|regards?|regarded|calls?|called|deems?|deemed|describes?|described|terms?|termed|labels?|labell?ed|brands?|branded|finds?|found|dismissed|dismisses|listed|lists|included|includes|counted|counts|named|names|put|puts)$/;
/** Where the noun phrase ending a mention runs on: "the deployment of NATO reinforcement forces here". */
function nounPhraseEnd(tokens: readonly Token[], last: number): number {
  let e = last;
  while (
    e < last + 5 &&
    tokens[e + 1]?.word &&
    /^(?:of|the|nato|allied|us|u\.s\.|foreign|reinforcement|reinforcements|additional|more|extra)$/i.test(
      tokens[e + 1]?.text ?? '',
    )
  )
    e++;
  return e;
}
/** Verbs whose first object is the one given to: "offered Moscow talks", "gave Russia a reply". */
const GIVING_TO =
  /^(?:offered|offer|offers|offering|gave|give|gives|giving|handed|hand|hands|sent|send|sends|promised|promise|promises|granted|grant|grants|assured|assure|assures|showed|show|shows|provided|provide|provides)$/;
/** Whether a clause opening the sentence puts a topic first: "When it comes to …,", "As for …,", "Regarding …,". */
function fronted(tokens: readonly Token[], clause: [number, number]): boolean {
  let k = clause[0];
  while (tokens[k]?.transparent) k++;
  if (tokens[clause[1] + 1]?.text !== ',') return false;
  const w = (i: number): string => tokens[k + i]?.lower ?? '';
  return (
    (w(0) === 'when' && w(1) === 'it' && /^(?:comes|came)$/.test(w(2)) && w(3) === 'to') ||
    (w(0) === 'as' && /^(?:for|to|regards)$/.test(w(1))) ||
    /^(?:regarding|concerning)$/.test(w(0)) ||
    (w(0) === 'on' && w(1) === 'the' && /^(?:question|issue|subject|matter)$/.test(w(2)) && w(3) === 'of')
  );
}

/** A verdict that names its judge with "to": "unacceptable to Washington", "a non-starter to the allies". */
const VERDICT_TO =
  /^(?:acceptable|unacceptable|inacceptable|non-starters?|nonstarters?|unthinkable|unpalatable|inadmissible|agreeable)$/;
const NO_HOLDER: Holder = { parties: [], kind: 'subject', matched: '', role: null };
/** Words whose "that" clause is what someone asks for. */
const ASKING_WORDS =
  /^(?:demands?|demanded|demanding|insists?|insisted|insistence|requests?|requested|requirements?|conditions?|ultimatums?|proposals?|calls?|urged?|urges|urging)$/;
/** Words asking for more of something: "increase their presence", "send additional troops". */
const MORE_OF =
  /^(?:increase|increasing|increased|boost|boosting|bolster|bolstering|strengthen|strengthening|reinforce|reinforcing|more|additional|extra|step|stepping|beef|beefing|enhance|enhancing|enhanced|permanent|longer|longer-term|long-term|persistent|new)$/;
/** Openings of a subject that no one drawn from a party is: "no", "not one", "nobody in the". */
const NO_ONE_OF =
  /^(?:[“"] )?(?:[a-z' ]{0,60} that )?(?:no|not one|not a single|(?:nobody|none|no one|not one|neither|(?:no|not one|not a single) (?:ally|member|country|government|capital|state)) (?:in|inside|within|of|among|from)(?: the| its| their)?)$/;
/** Nouns of an attitude a party's adjective can own: "Russian concerns", "Polish objections". */
const ATTITUDE_NOUN =
  /^(?:concerns?|objections?|opposition|worries|worry|fears?|support|backing|resistance|reservations?|misgivings|alarm|anger|hostility|frustration|irritation|outrage|fury|displeasure|dissatisfaction|indignation)$/;
const FALSELY = /^(?:falsely|wrongly|erroneously|mistakenly|fake|bogus|fabricated|disinformation)$/;
const ALLEGING = /^(?:claims|claimed|alleges|alleged|insinuates|insinuated|suggests|suspects|suspected)$/;
const ANSWERING = /^(?:said|says|replied|replies|answered|answers|responded|responds|told)$/;
const INVERTED_AUXILIARY =
  /^(?:is|are|was|were|will|would|does|do|did|can|could|should|shall|has|have|had|may|might|must|isn't|aren't|won't|doesn't|don't|didn't)$/;
const ASKED_PASSIVE = /^(?:asked|urged|pressed|pressured|told|requested|invited|required|called|demanded)$/;
const RECIPIENT = new Set([
  'received',
  'receives',
  'receive',
  'got',
  'gets',
  'faced',
  'faces',
  'met',
  'suffered',
  'given',
]);
const RELATIVE_WORDS = new Set(['that', 'which', 'who']);
/** "strike systems that threaten us": a cue in a relative clause right after another demand describes that demand. */
function describesAnother(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  c: Cue,
  m: DemandMention,
): boolean {
  return (
    RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? '') &&
    mentions.some((x) => x !== m && x.last === c.first - 2)
  );
}
const JOINED_VERB = new Set(['but', 'and', 'yet']);
/** Words of a claim that the alliance's growth harms someone: the case for the demand. */
const GRIEVANCE =
  /^(?:threat|threats|threaten|threatens|threatened|threatening|provoke|provoked|provokes|provocation|blame|caused|causes|danger|dangerous|encircle|encircled|encirclement|menace|aggression|aggressive)$/;
/** Between a relative word and its grievance: "that can threaten", "which poses a direct and immediate threat". */
const GRIEVANCE_FILLER = new Set(
  'can could may might would will directly seriously poses pose posed posing constitutes constitute create creates a an direct and immediate real serious grave clear existential potential'.split(
    ' ',
  ),
);
/** Verbs whose first object is who receives something: "sent Moscow a reply", "handed Russia its answer". */
const GIVING =
  /^(?:sent|send|sends|handed|hands|hand|gave|give|gives|offered|offers|offer|delivered|delivers|deliver|passed|passes|showed|shows)$/;
/** What a possessor owns when it is no subject: "Moscow's demands", "Russia's security proposals". */
const POSSESSED_DEMAND =
  /^(?:demands?|requests?|proposals?|bids?|calls?|insistence|ultimatums?|drafts?|security|concerns?|positions?|guarantees?|conditions?|requirements?|pledges?|commitments?|obligations?|rejection|refusal|renunciation)$/;
/** Verbs whose object a following pronoun is: "telling us", "offered us". */
const OBJECT_TAKING =
  /^(?:tell|tells|telling|told|give|gives|gave|giving|offer|offers|offered|offering|ask|asks|asked|asking|show|shows|showed|send|sends|sent|assure|assures|assured|promise|promises|promised)$/;
/** A verb in the base form after a party in a demand's content ("demanded NATO provide …"). */
const BASE_VERB_AFTER =
  /^(?:provide|give|grant|offer|sign|make|issue|adopt|accept|stop|halt|end|refrain|renounce|abandon|withdraw|pull|commit|pledge|guarantee|rule|deny|close|return|remove|agree|refuse|reject|keep|limit|reduce|scale|admit|cease|desist|freeze|ban|bar|exclude|forgo|forswear|not|never|to)$/;
/** Words that open a clause: a name after them is its subject, whatever preposition stood before. */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whether', 'because', 'while', 'when', 'where']);
/**
 * Whether a holder can be "they": two parties, or a plural name ("US officials", "the allies") — not
 * one person ("Kallas", whose office "Prime Minister" is singular) or a party named in the singular.
 */
const plural = (parties: readonly string[], matched: string, role: string | null): boolean =>
  parties.length > 1 || (/s$/i.test(matched) && (!role || /s$/i.test(role)));
/** A finite verb right after a name: "after the US rejected", "since Moscow has …". */
const FINITE_AFTER_NAME =
  /^(?:[a-z]+ed|has|had|have|was|were|is|are|would|will|did|does|said|sent|made|gave|put|took|told|met|began|refused|rejected)$/;
const POSITION_NOUN = /^(?:positions?|stance|stances|views?|line)$/;
const GUARANTEE_MODIFIER = new Set([
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
const PRESENTED_BY_SUBJECT =
  /^(?:released|presented|sent|submitted|handed|published|issued|tabled|proposed|put|delivered|made|unveiled|drafted)$/;
const CALENDAR = new Set(CALENDAR_WORDS);
/** Words between a judged thing and the verdict: "considers X (to be) a (direct) threat", "X as unacceptable". */
const VERDICT_FILLER = new Set([
  'a',
  'an',
  'as',
  'to',
  'be',
  'the',
  'its',
  'their',
  'completely',
  'absolutely',
  'totally',
  'simply',
  'entirely',
  'direct',
  'serious',
  'real',
  'major',
  'clear',
]);
const HARM =
  /^(?:undermined|undermine|undermines|damaged|damage|damages|weakened|weaken|weakens|jeopardi[sz]ed|jeopardi[sz]e|hurt|harmed|harm|threatened|endangered|compromised)$/;
/** A speaker's statement added to what it said: "…, adding that …". */
const ADDING = /^(?:adding|added|noting|stressing|insisting)$/;
const DOUBTING =
  /^(?:doubt|doubts|doubted|doubting|doubtful|questioned|questions|unsure|uncertain|unclear|fear|fears|feared|fearing|worry|worries|worried|afraid)$/;
const SPECULATING =
  /^(?:believe|believes|believed|think|thinks|thought|expect|expects|expected|suspect|suspects|suspected|speculate|speculated|predict|predicts|predicted|say|says|said|argue|argues|argued|suggest|suggests|suggested|warn|warns|warned)$/;
const COMMENTATORS =
  /^(?:analysts?|experts?|observers?|commentators?|pundits?|critics?|scholars?|economists?|journalists?|historians?)$/;
const ACT_VERB =
  /^(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|station|stations|stationing|stationed|dispatch|dispatches|dispatched|dispatching|reinforce|reinforces|reinforced|reinforcing|bolster|bolsters|bolstered|bolstering|strengthen|strengthens|strengthened|strengthening|boost|boosts|boosted|boosting|lead|leads|leading|increase|increases|increased|increasing|order|orders|ordered|ordering|double|doubles|doubled|doubling|triple|tripled|tripling|host|hosts|hosted|hosting)$/;
const ACT_FILLER =
  /^(?:the|a|an|its|their|more|additional|extra|new|some|several|about|around|up|to|of|nato's|allied|american|us|u\.s\.)$/;
/** Past participles judging an object "as" something: "described by Blinken as non-starters". */
const JUDGED_AS =
  /^(?:described|characterized|characterised|dismissed|rejected|branded|labelled|labeled|denounced|criticized|criticised|condemned|seen|regarded|viewed|portrayed|painted|treated)$/;
/** Whether tokens[k] is the "by" of a passive verb of judging: "described by …". */
const judgedBy = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'by' && JUDGED_AS.test(tokens[k - 1]?.lower ?? '');
const ADVERBIAL =
  /^(?:out|of|hand|outright|flatly|firmly|swiftly|quickly|repeatedly|immediately|publicly|already|also|again)$/;
const PARTITIVE = /^(?:some|several|few|certain|many|most|other)$/;
const PROMISE =
  /^(?:promise|promises|promised|pledge|pledges|pledged|vow|vows|vowed|assurance|assurances|assured)$/;
// What a party the demand is put to does when it gives way: agrees, accepts, commits, promises.
// (Verbs only: "has to give legal guarantees that it will not expand" is the demand put to it.)
const CONCEDING =
  /^(?:agree|agrees|agreed|agreeing|accept|accepts|accepted|accepting|commits|committed|guaranteed|promised|pledged|vowed|assure|assures|assured|favour|favours|favoured|favor|favors|favored|prefer|prefers|preferred)$/;
/** Putting something on the table: "proposed", "put forward", "floated", "tabled". */
const PROPOSING = /^(?:propos(?:e|es|ed|ing)|put(?:s|ting)? forward|floated|floats|tabled|tables)\b/i;
const BROKEN =
  /^(?:break|breaking|broke|broken|breach|breaching|breached|violate|violating|violated|betray|betrayed|betraying|renege|reneged|reneging|abandoned|cheated|deceived)$/;
/** Words that tell a past promise as a deception, wherever they stand: "misled when NATO pledged …". */
const DECEIVED =
  /^(?:broken|broke|betrayed|reneged|cheated|deceived|deceit|deception|misled|duped|fooled|lied|tricked|hoodwinked)$/;
/** A promise given in the past (or the noun), as against "promises" or "will pledge". */
const PAST_PROMISE =
  /^(?:promised|pledged|vowed|assured|guaranteed|promise|pledge|assurance|assurances|promises|pledges)$/;
// Letting a demand go: "Moscow dropped its demand for …", "backed away from its insistence on …".
const LETTING_GO =
  /^(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|withdraw|withdraws|withdrew|withdrawn|retract|retracts|retracted|renounce|renounces|renounced|waive|waives|waived|shelve|shelves|shelved|soften|softens|softened|relax|relaxes|relaxed|away|off|down)$/;
const LET_GO_OBJECT =
  /^(?:demand|demands|insistence|claim|claims|request|requests|proposal|proposals|condition|conditions|ultimatum|position|stance|objection|objections)$/;
// A standing policy or presence the demand would end (not an act, not weaponry).
const STANDING =
  /\b(?:open[- ]doors?|door|doors|presence|forces|troops|battlegroups?|battalions?|deployments?|policy|principle)\b/i;
const WEAPONRY = /\b(?:missiles?|weapons?|nuclear|warheads?|launchers?)\b/i;
const OWNED_FILLER =
  /^(?:["“”'‘’]|so-called|strong|current|forward|enhanced|military|own|long-standing|principled)$/;
const HOLDING =
  /^(?:has|have|had|keeps|keep|kept|maintains|maintain|maintained|retains|retain|retained|an|a|its)$/;
// Heads whose "of"/"from" names the holder: "the concerns of Moscow", "demands from the Kremlin".
const DEMAND_HEAD =
  /^(?:charges|accusations|claims|complaints|protests|borders?|frontiers?|doorstep|needs|priorit(?:y|ies)|goals?|aims?|requirements?|wishes|demands?|proposals?|requests?|calls?|concerns?|worries|grievances?|interests|insistence|position|stance|view|views|objections?|ultimatums?|conditions|pressure|list|draft|drafts|treaties|documents?)$/;
// Participles whose "by" names the holder: "guarantees sought by Moscow".
const DEMANDED_BY =
  /^(?:demanded|sought|proposed|requested|raised|tabled|put|made|voiced|expressed|pressed|pushed|backed|championed|favou?red|advocated|floated|drafted|submitted|published|presented|issued|outlined|set)$/;
// A verb whose object the name is: told, sent, met, deterred, protected from.
const OBJECT_OF =
  /^(?:summoned|wants?|wanted|expects?|expected|strike|hit|sent|send|sends|handed|hand|gave|give|gives|offered|offer|offers|told|tell|tells|assured|assure|reassured|reassure|urged|urge|urges|urging|pressing|pushing|pressuring|pressured|asking|telling|warned|warn|warns|asked|ask|asks|pressed|press|reminded|remind|invited|invite|informed|inform|briefed|brief|briefs|notified|notify|showed|show|updated|update|reached|reach|met|meet|meets|hosted|host|visited|visit|visits|deter|deters|deterred|deterring|counter|countering|appease|appeasing|contain|containing|confront|confronting|punish|sanction|sanctions|sanctioned|attack|attacked|invade|fight|fighting|protect|protecting|defend|defending|reassuring|persuade|persuaded|convince|convinced|engage|engaging|trusts?|humiliated|provoke|provoked|provoking|encircle|encircled|encircling|isolate|isolated|left|leave|leaves|leaving)$/;
// What a possessor aims at: "Russia's efforts to …".
const AIM =
  /^(?:efforts?|attempts?|bid|push|drive|campaign|plans?|aims?|ambitions?|goals?|demands?|insistence|calls?|proposals?|needs|concerns?|fears?)$/;
const AUX_OR_ADVERB =
  /^(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|also|again|repeatedly|long|now|still|reportedly|allegedly|then|already|never|always|often|meanwhile|however|instead|in|turn|once|,)$/;
const MODAL = /^(?:will|would|could|can|may|might|must|should)$/;
const NOT_A_VERB =
  /^(?:as|is|was|has|its|his|hers|this|thus|plus|less|unless|whereas|news|us|yes|towards|afterwards|besides|perhaps|always|sometimes|officials|forces|troops|leaders|talks|ministers|authorities|sources|diplomats)$/;
const IRREGULAR_PAST =
  /^(?:began|kept|sent|made|took|went|put|ran|held|brought|built|drew|fought|grew|hit|left|lost|met|paid|rose|saw|set|shot|spent|stood|struck|threw|won|wrote|led|fled|flew)$/;
// What a proposer does when it holds its demand: says, thinks, wants, fears, objects, asks.
const HOLDING_VERB =
  /^(?:wants?|wanted|demand(?:s|ed)?|seeks?|sought|insists?|insisted|fears?|feared|feels?|felt|sees|saw|views?|viewed|describes?|described|terms|termed|labels?|label(?:l)?ed|regards?|regarded|considers?|considered|deems?|deemed|calls?|called|objects?|objected|opposes?|opposed|worr(?:y|ies|ied)|requires?|required|expects?|expected|proposes?|proposed|suggests?|suggested|push(?:es|ed)|press(?:es|ed)|asks?|asked|urges?|urged|hopes?|hoped|needs?|needed|accus(?:es|ed)|blames?|blamed|criticis(?:es|ed)|criticiz(?:es|ed)|condemns?|condemned|complains?|complained|protests?|protested|rejects?|rejected|refuses?|refused|denounces?|denounced|perceives?|perceived|believes?|believed|thinks|thought|says|said|claims?|claimed|warns?|warned|argues?|argued|offers?|offered|justif(?:y|ies|ied)|raised?|raises|published|publishes|drafted|released|issued|tabled|submitted|presented|outlined|listed|reiterated|repeated|stressed|noted)$/;
/** Taking a matter up again: "returned to the themes of", "came back to the question of". */
const RAISING_AGAIN =
  /^\s+(?:(?:has|had|again|also|once more)\s+)*(?:return(?:s|ed)?|c(?:a|o)me(?:s)? back|revisit(?:s|ed)?)\s+(?:to\s+)?(?:the\s+)?(?:themes?|issues?|questions?|subjects?|topics?|matters?)\s+of\b/i;
// Relenting in other words: "gave up on", "set … aside", "put … on ice", "could live with", "no longer".
const RELENTING =
  /\b(?:(?:give|gives|gave|given|giving) up|let(?:s|ting)? go of|set(?:s|ting)?\b(?:\s+\S+){0,5}\s+aside|on ice|live with|no longer|acquiesce\w*|back(?:s|ed)? (?:down|off|away)|climb(?:s|ed)? down)\b/i;
// Nouns a party name modifies: "a Russia hawk", "Russia experts", "Russia Today", "the Kremlin press pool".
// Before a demand noun's causative verb: "would have NATO …", "would also require …".
const READY = /^(?:ready|prepared|willing)$/;
/** Less of a thing: "fewer restrictions", "looser limits". */
const DIMINISHING = /^(?:fewer|less|lesser|weaker|looser|laxer|lighter|softer|narrower)$/;
const CAUSATIVE_MODAL = /^(?:would|will|could|also|effectively|essentially|in|effect|,)$/;
const CAUSATIVE_REQUIRING = /^(?:require|oblige|obligate|force|compel|commit|bind)$/;
const MODIFIED =
  /^(?:hawks?|doves?|experts?|advisers?|advisors?|analysts?|watchers?|specialists?|scholars?|hands?|correspondents?|bureau|press|pool|conference|today|media|television|tv|based|friendly|sceptics?|skeptics?|policy|desk|program|programme|studies|scholars?)$/;
const OWN_MOVES = /^(?:pulled|withdrew|withdrawn|moved|massed|recalled|placed|stationed|keeps|kept)$/;
// Clause words after which a name is what a condition, a time or a comment is about.
const SUBORDINATE =
  /^(?:if|unless|should|as|when|whenever|once|while|whereas|after|before|until|since|because)$/;
// What a possessive proposer owns that is a place or its own act, not its demand.
const PROPOSER_OWN =
  /^(?:regions?|airspace|coast|borders?|shadow|pressure|influence|build|threats?|neighbou?rs?|neighbou?rhood|ally|allies|ambassador|envoy|media|television|tv|tass|ria|sputnik|press|newspapers?|agency|war|invasion|attack|aggression|build-up|buildup|troops|forces|army|navy|military|missiles?|deployments?|drills|exercises|annexation|relations)$/;
const TOPIC_PREPOSITION = /^(?:on|about|over|regarding|concerning)$/;
const RECEIVING = /^(?:sent|handed|delivered|submitted|presented|given|passed|addressed|forwarded)$/;
const TALKS = /^(?:talks|meeting|meetings|negotiations|consultations|discussions)$/;
const STATEMENT_NOUN = /^(?:statement|statements|remarks|words|assertion|assertions|announcement|comments)$/;
const REPORT_NOUN =
  /^(?:report|reports|claim|claims|rumou?rs?|speculation|suggestion|suggestions|allegation|allegations)$/;
const VIOLATE =
  /^(?:violate|violates|violated|contradict|contradicts|contradicted|undermine|undermines|breach|breaches)$/;
/** Nouns that can be a later item of a list of demands ("…, and explicit pledges that …"). */
const LIST_ITEM_NOUN =
  /^(?:pledges?|guarantees?|assurances?|commitments?|promises?|demands?|calls?|proposals?|requests?)$/;
const ITEM_MODIFIER = /^(?:explicit|written|formal|legal|binding|legally|firm|clear|the|a|an)$/;
const DEMAND_NOUN_MODIFIER_SET = new Set(DEMAND_NOUN_MODIFIERS);
/** Nouns naming a part of a demand noun after them: "the core provisions of the Russian draft". */
const PART_OF_DEMAND =
  /^(?:core|central|principal|basic|provisions|provision|points|point|items|item|planks|plank)$/;
/** Words an apposition naming a demand opens on: "Moscow's key demand, a halt to …". */
const APPOSITION_OPENER = /^(?:a|an|the|no|that)$/;
const CONCESSIVE = /^(?:despite|amid|amidst|notwithstanding|regardless|spite|following|after|because|due)$/;
const OBJECT_DETERMINER =
  /^(?:the|a|an|any|its|their|his|her|our|this|that|these|those|further|current|existing)$/;
/**
 * Words in -ing that are no verb acting on what follows, that keep it as it is ("keeping the option to
 * join open"), or that report speech ("saying the deployment …").
 */
const KNOWN_ING =
  /^(?:including|regarding|concerning|during|according|excluding|following|notwithstanding|pending|nothing|something|anything|everything|thing|king|spring|morning|evening|meeting|briefing|building|wording|warning|bring|keeping|maintaining|preserving|retaining|upholding|defending|protecting|safeguarding|continuing|pursuing|honouring|honoring|respecting|ensuring|supporting|backing|leaving|affirming|reaffirming|confirming|recognising|recognizing)$/;
const LIST_OPENER = /^(?:including|notably|namely|especially|particularly)$/;
/** Whether the word at `k` opens a list item: "including", "in particular", "such as". */
function listItemAt(tokens: readonly Token[], k: number): boolean {
  return (
    LIST_OPENER.test(tokens[k]?.lower ?? '') ||
    (tokens[k]?.lower === 'particular' && tokens[k - 1]?.lower === 'in') ||
    (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such')
  );
}
/** Back from `k` past articles and commas. */
function skipArticles(tokens: readonly Token[], k: number): number {
  while (k > 0 && /^(?:the|a|an|,)$/.test(tokens[k]?.lower ?? '')) k--;
  return k;
}
const CUT_MARK = /^[,;:—–()]$/;
const REQUEST_VERB =
  /^(?:call|calls|called|calling|urge|urges|urged|urging|ask|asks|asked|asking|press|pressed|pressing|demand|demands|demanded|request|requests|requested|told|tell|tells)$/;
const GERUND_BEFORE =
  /^(?:of|for|by|without|about|on|from|in|against|toward|towards|is|are|was|were|be|been|am)$/;
const ITEM_DETERMINER = /^(?:a|an|the|their|its|written|legal|legally|binding|legally-binding|firm)$/;
const DEMAND_SUBJECT = /^(?:demands|calls|proposals|requests|ultimatum|ultimatums|demand|proposal|request)$/;
const NOUN_BEFORE_VERB = new Set([
  'these',
  'those',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'such',
  'a',
  'an',
  'such',
]);
const NEW_PREDICATE =
  /^(?:accused|accuses|criticized|criticised|criticizes|hammered|blasted|slammed|condemned|warned|warns|urged|urges|said|says|added|stressed|noted|insisted|called|described|dismissed|rejected|argued|complained|decided|decides|announced|announces|ordered|orders|began|launched|approved|opted|chose|sent|sends|deployed|deploys|bolstered|reinforced)$/;
const CLAIM_NOUNS =
  /^(?:claims?|notion|arguments?|accusations?|allegations?|suggestions?|assertions?|narrative|charges?|contention|assumption|insinuations?|theory|theories)$/;
const ASKING_QUESTION =
  /^(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|question|questioned|questioning)$/;
const PAST_PASSIVE = /^(?:was|were|been)$/;
const POSSIBILITY = /^(?:possibility|prospect|prospects|idea|chance|option)$/;
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words a verdict in apposition may open on: "— both non-starters for NATO", ", all red lines for Kyiv". */
const APPOSITION_OPENERS = new Set([
  'both',
  'all',
  'each',
  'a',
  'an',
  'the',
  'two',
  'three',
  'clear',
  'obvious',
]);
const COORD_WORDS = new Set(['and', 'or']);
/** Verbs of asking for something: "as Russia has demanded", "as Moscow wants". */
const ASKING_VERB =
  /^(?:demand|demands|demanded|insist|insists|insisted|want|wants|wanted|seek|seeks|sought|ask|asks|asked|call|calls|called|propose|proposes|proposed|request|requests|requested|urge|urges|urged)$/;
const NP_SKIP = new Set(['the', 'a', 'an', 'its', 'their', "'s", '’s', 'further', 'any']);
const MODALITY_WEIGHT: Record<Modality, number> = {
  present: 1,
  future: 0.9,
  conditional: 0.5,
  historical: 0.25,
};

export const citationWeight = (voice: Voice, modality: Modality, reference: boolean): number =>
  Math.round((voice === 'own' ? 1 : 0.6) * MODALITY_WEIGHT[modality] * (reference ? 0.5 : 1) * 100) / 100;

const partyHolder = (s: Speaker): Holder | null =>
  s.kind === 'party'
    ? { parties: s.parties, kind: s.document ? 'document' : 'speaker', matched: s.matched, role: s.role }
    : null;

/**
 * The lower-case word `k` places into tokens[from, to), or ''. (Not `tokens.slice(…).map(…)[k]`:
 * an array made by map is of another kind when empty, which costs the optimised code.)
 */
function wordOf(tokens: readonly Token[], from: number, to: number, k: number): string {
  return from + k < to ? (tokens[from + k]?.lower ?? '') : '';
}

/**
 * A demand noun owned by a party ("Moscow's demand") or an attitude noun with a possessor ("Russia's
 * objection to …"): its owner holds what the chain from there says.
 */
function ownerOf(c: Cue, tokens: readonly Token[], actors: readonly ActorMention[]): Holder | null {
  if (c.owner)
    return {
      parties: c.owner.parties,
      kind: c.owner.proposer ? 'proposer' : 'possessor',
      matched: c.owner.text,
      role: c.owner.role,
    };
  const possessive = tokens[c.first - 1];
  // "a key Moscow demand": a party's name modifying a demand noun owns it.
  if (DEMAND_SUBJECT.test(tokens[c.first]?.lower ?? '')) {
    const modifier = actors.find((a) => a.last === c.first - 1 && a.kind === 'name' && canSpeak(a));
    if (modifier)
      return { parties: modifier.parties, kind: 'possessor', matched: modifier.text, role: modifier.role };
  }
  if (!possessive || !/^['’]s$/.test(possessive.text)) return null;
  const owner = actors.find((a) => a.last === c.first - 2 && canSpeak(a));
  // "the agreements include NATO's rejection of expansion": an undertaking a draft asks of NATO. So is
  // "its main question regarding NATO's refusal to expand": the topic of someone else's question.
  if (owner && addresseeOfDemand(tokens, owner.first)) return null;
  const topicWord =
    tokens[owner && tokens[owner.first - 1]?.lower === 'the' ? owner.first - 2 : (owner?.first ?? 0) - 1];
  if (owner && /^(?:regarding|concerning|about|over)$/.test(topicWord?.lower ?? '')) return null;
  return owner ? { parties: owner.parties, kind: 'possessor', matched: owner.text, role: owner.role } : null;
}

/** Verbs of giving up something held: "dropped", "abandoned", "gave up", "backed away from". */
const GAVE_UP_ONE =
  /^(?:dropped|drops|abandoned|abandons|withdrew|withdraws|withdrawn|shelved|shelves|scrapped|scraps|relinquished|relinquishes|ditched|ditches)$/;
const GAVE_UP_FIRST = /^(?:gave|gives|given|backed|backs|walked|walks|retreated|retreats|let|lets|letting)$/;
const GAVE_UP_SECOND = /^(?:up|away|from|go)$/;
/** Hedged before the verb: "seemed to have dropped", "appears to have let go of". */
const SEEMING = /^(?:seems|seemed|appears|appeared)$/;
const BEFORE_GAVE_UP =
  /^(?:has|have|had|now|apparently|effectively|quietly|reportedly|finally|already|since|largely)$/;
const OWN_DETERMINERS =
  /^(?:its|their|his|her|the|some|one|of|all|key|main|central|core|chief|earlier|original)$/;

/**
 * Parties the sentence says gave up their own demand ("Russia dropped its demand that …", "Moscow has
 * backed away from its call for …"): a finite verb right after the party, no negation before it ("has
 * refused to drop", "will not give up" keep it), and a demand noun as its object.
 */
function partiesRelentingOnTheirDemands(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): string[] {
  return relentingActors(tokens, actors, compiled).map((x) => x.party);
}

const LETTING_GO_STOP = /^(?:but|;|while|whereas|although|though|yet|still)$/;
/** Asking verbs a proposer stops: "Iran is no longer asking for …", "has stopped demanding". */
const ASKING_ON = /^(?:asking|demanding|insisting|pressing|seeking|calling|pushing|requesting)$/;

/**
 * "Tehran is no longer asking Washington to lift the listing", "Moscow has stopped demanding …": the
 * proposer giving up the asking; the demand named after it is what it dropped (from token `from`).
 */
function partiesNoLongerAsking(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Array<{ party: string; from: number; cue: string }> {
  const out: Array<{ party: string; from: number; cue: string }> = [];
  for (const a of actors) {
    if (!canSpeak(a) || a.parties.length !== 1) continue;
    let k = a.last + 1;
    if (/^(?:is|are|was|were|has|have|had)$/.test(tokens[k]?.lower ?? '')) k++;
    const stop = tokens[k]?.lower === 'no' && tokens[k + 1]?.lower === 'longer' ? 2 : 0;
    if (stop === 0 && !/^(?:stopped|ceased|quit)$/.test(tokens[k]?.lower ?? '')) continue;
    const verb = tokens[k + (stop || 1)];
    if (!verb || !ASKING_ON.test(verb.lower)) continue;
    const words = tokens.slice(k, k + (stop || 1) + 1).map((t) => t.text);
    out.push({ party: a.parties[0] as string, from: k + (stop || 1) + 1, cue: words.join(' ') });
  }
  return out;
}

/**
 * A proposer letting its demand go ("Iran seemed to have let go of some of its demands, among them
 * …", "Tehran is no longer asking …"): it is open on the demand named after the verb, no more holding it.
 * (Only the demands it proposes, named after the verb in the same sentence; nothing negated.)
 */
function proposersLettingGo(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, actors, compiled, mentions } = input;
  const letting = [...relentingActors(tokens, actors, compiled), ...partiesNoLongerAsking(tokens, actors)];
  for (const { party, from, cue } of letting) {
    const actor = actors.find((a) => a.parties.includes(party)) as ActorMention;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.direction !== 1 || m.first < from || m.first > from + 20) continue;
      // (Not past a contrast: "no longer asks for A, but still demands B" holds B.)
      if (tokens.slice(from, m.first).some((t) => LETTING_GO_STOP.test(t.lower))) continue;
      if (!compiled.proposers.get(m.demand)?.has(party)) continue;
      if (findings.some((f) => f.party === party && f.demand === m.demand && f.stance !== 'supports'))
        continue;
      for (let i = findings.length - 1; i >= 0; i--) {
        const f = findings[i] as SentenceFinding;
        if (f.party === party && f.demand === m.demand) findings.splice(i, 1);
      }
      findings.push({
        party,
        demand: m.demand,
        stance: 'open',
        cue,
        negated: false,
        attribution: { kind: 'subject', matched: actor.text, role: null, speaker: null },
        voice: 'reported',
        modality: 'present',
        demandMatch: m.match,
        mention: m,
      });
      // "Washington welcomed that Tehran let go of it": the glad addressee was against the demand.
      const at = actors.filter((a) => a.parties.includes(party) && a.last < from).pop()?.first ?? -1;
      for (const w of welcomersOfRelenting(tokens, actors, compiled, m.demand, party, at)) {
        if (findings.some((f) => f.party === w.party && f.demand === m.demand)) continue;
        findings.push({
          party: w.party,
          demand: m.demand,
          stance: 'rejects',
          cue: w.cue,
          negated: false,
          attribution: { kind: 'subject', matched: w.actor.text, role: w.actor.role, speaker: null },
          voice: 'reported',
          modality: 'present',
          demandMatch: m.match,
          mention: m,
        });
      }
    }
  }
}

/** The actors relenting on their own demand, each with where its object starts and the verb's words. */
function relentingActors(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): Array<{ party: string; from: number; cue: string }> {
  if (!tokens.some((t) => GAVE_UP_ONE.test(t.lower) || GAVE_UP_FIRST.test(t.lower))) return [];
  const carrierStarts = new Set(compiled.carriers.find(tokens).map((c) => c.first));
  const out: Array<{ party: string; from: number; cue: string }> = [];
  for (const a of actors) {
    if (!canSpeak(a)) continue;
    let k = a.last + 1;
    while (BEFORE_GAVE_UP.test(tokens[k]?.lower ?? '')) k++;
    if (SEEMING.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to')
      k += tokens[k + 2]?.lower === 'have' ? 3 : 2;
    const w = tokens[k]?.lower ?? '';
    if (GAVE_UP_ONE.test(w)) k++;
    else if (GAVE_UP_FIRST.test(w) && GAVE_UP_SECOND.test(tokens[k + 1]?.lower ?? '')) {
      k += 2;
      if (tokens[k]?.lower === 'from' || tokens[k]?.lower === 'of') k++;
    } else continue;
    const verbAt = k - 1;
    let skipped = 0;
    while (OWN_DETERMINERS.test(tokens[k]?.lower ?? '') && skipped < 3) {
      k++;
      skipped++;
    }
    if (carrierStarts.has(k))
      for (const party of a.parties) out.push({ party, from: k, cue: cueWords(tokens, a.last + 1, verbAt) });
  }
  return out;
}

const cueWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');

/**
 * "Blinken said the alliance has no intention of negotiating its open door": an official of a party
 * the demand is also put to, stating the refusal of another party it is put to, states its own
 * refusal too. (Not a proposer reporting it: "Lavrov said NATO refused …" is no Russian rejection.)
 */
function speakerSharingTheRefusal(input: SentenceInput, findings: SentenceFinding[]): void {
  const { speaker, compiled } = input;
  if (speaker?.kind !== 'party' || speaker.parties.length !== 1) return;
  const party = speaker.parties[0] as string;
  for (const f of [...findings]) {
    if (f.stance !== 'rejects' || f.voice !== 'reported' || f.party === party) continue;
    if (f.attribution.kind !== 'subject' && f.attribution.kind !== 'alias') continue;
    const addressees = compiled.addressees.get(f.demand);
    if (!addressees?.has(party) || !addressees.has(f.party) || compiled.proposers.get(f.demand)?.has(party))
      continue;
    if (findings.some((g) => g.party === party && g.demand === f.demand)) continue;
    findings.push({
      ...f,
      party,
      voice: 'own',
      attribution: {
        kind: speaker.document ? 'document' : 'speaker',
        matched: speaker.matched,
        role: speaker.role,
        speaker: f.attribution.speaker,
      },
    });
  }
}

/** Whether a mention opens the clause [start, …] (within its first three words). */
const opensClause = (x: DemandMention, start: number): boolean => x.first >= start && x.first <= start + 2;

/** "…: A, B and C", "Russia's demands include A, B, and C": a list follows the cue. */
const INCLUDE_VERB = /^(?:include|includes|included|including|comprise|comprises|comprised)$/;
/** "…, among them …", "…, chief among them …": where "among" opens the clause at `start`, or -1. */
const amongThemAt = (tokens: readonly Token[], start: number): number => {
  const k = /^(?:chief|foremost|first|key|principal|primary|notably|especially)$/.test(
    tokens[start]?.lower ?? '',
  )
    ? start + 1
    : start;
  return tokens[k]?.lower === 'among' && /^(?:them|these|those)$/.test(tokens[k + 1]?.lower ?? '') ? k : -1;
};

/** "…: A, B and C", "Russia's demands include A, B, and C", "Russia's demands, which include A and B". */
const introducesList = (c: Cue, tokens: readonly Token[]): boolean => {
  // (Past a closing quote: 'the "proposals for security guarantees", which include …'.)
  let e = c.last;
  while (tokens[e + 1]?.transparent) e++;
  return (
    [':', '—', '–', '-'].includes(tokens[e + 1]?.text ?? '') ||
    [c.last, e + 1].some((k) => INCLUDE_VERB.test(tokens[k]?.lower ?? '')) ||
    (tokens[e + 1]?.text === ',' &&
      (INCLUDE_VERB.test(tokens[e + 2]?.lower ?? '') ||
        // (", among them …", ", chief among them …")
        amongThemAt(tokens, e + 2) >= 0 ||
        (/^(?:which|that)$/.test(tokens[e + 2]?.lower ?? '') &&
          // (", which also include …", ", which further include …")
          (INCLUDE_VERB.test(tokens[e + 3]?.lower ?? '') ||
            (/^(?:also|further|notably|chiefly|mainly)$/.test(tokens[e + 3]?.lower ?? '') &&
              INCLUDE_VERB.test(tokens[e + 4]?.lower ?? ''))))))
  );
};

/** Nouns of a fear or objection its holder names with "of": "the worry of Putin that …". */
/**
 * Whether the clause at `start` is an appositive or relative clause on the object before its comma,
 * with a modal and no party of its own before the demand at `to`: ", one that would codify …",
 * ", which would bar …".
 */
function describedObject(
  tokens: readonly Token[],
  start: number,
  to: number,
  speakers: readonly ActorMention[],
): boolean {
  if (tokens[start - 1]?.text !== ',') return false;
  let k = start;
  if (tokens[k]?.lower === 'one' && /^(?:that|which)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  else if (tokens[k]?.lower === 'which') k++;
  else return false;
  if (!/^(?:would|will|could)$/.test(tokens[k]?.lower ?? '')) return false;
  return !speakers.some((a) => a.first >= start && a.last < to);
}

/** A question put to a party in an opening participle, and what opens the question: "Asked whether …". */
const QUESTION_PUT = /^(?:asked|pressed|questioned|quizzed)$/;
const QUESTION_OPENER = /^(?:whether|if|about|on)$/;
/** Verbs of answering that follow the answerer after such a question. */
const ANSWERING_VERB =
  /^(?:said|says|answered|answers|replied|replies|responded|responds|insisted|stressed|told)$/;
/** Verbs of a speaker's tag inserted in commas: ", Peskov noted,". */
const TAG_VERB =
  /^(?:said|says|noted|notes|added|adds|argued|argues|insisted|insists|stressed|stresses|claimed|claims|recalled|explained|explains|warned|remarked|observed)$/;
/** Where the item after an example's lead starts ("chief among them …", "above all …", "notably …"), or -1. */
function exampleLeadEnd(tokens: readonly Token[], k: number): number {
  const among = amongThemAt(tokens, k);
  if (among >= 0) return among + 2;
  if (tokens[k]?.lower === 'above' && tokens[k + 1]?.lower === 'all') return k + 2;
  if (/^(?:notably|especially|particularly|foremost)$/.test(tokens[k]?.lower ?? '')) return k + 1;
  return -1;
}
/** A worry noun whose content may follow in apposition, and what may stand before it: "Moscow's chief worry –". */
const APPOSED_WORRY = /^(?:worry|worries|concern|concerns|fear|fears|grievance|grievances)$/;
const WORRY_MODIFIER =
  /^(?:main|chief|key|biggest|central|principal|primary|core|greatest|top|overriding|major|gravest|own)$/;
const APPOSITION_MARK = /^(?:,|—|–|-|:)$/;
const APPOSED_LEAD =
  /^(?:the|a|an|its|any|further|continued|possible|potential|new|of|deployment|deployments|placement|stationing|['’]s)$/;
const WORRY_NOUN = /^(?:worry|worries|concern|concerns|fear|fears|objection|objections|anxiety|alarm)$/;

/** Verbs that field what a bare subject names: "to deploy missiles", "stationing troops". */
const DEPLOYING_VERB =
  /^(?:deploy|deploying|station|stationing|place|placing|put|putting|send|sending|install|installing|base|basing|position|positioning|move|moving|bring|bringing|keep|keeping|maintain|maintaining|add|adding|increase|increasing|build|building|reinforce|reinforcing|boost|boosting|expand|expanding)$/;

/**
 * One sentence being read: its input, what is worked out once (its clauses, who in it may speak),
 * and the questions analyzeSentence asks about it. Methods rather than closures made anew for
 * every sentence: this runs for every sentence that names a demand.
 */
export class SentenceReading {
  readonly tokens: readonly Token[];
  readonly compiled: CompiledOntology;
  readonly actors: readonly ActorMention[];
  readonly mentions: readonly DemandMention[];
  readonly cues: readonly Cue[];
  readonly speaker: Speaker | null;
  readonly previousSpeaker: Speaker | null;
  readonly findings: SentenceFinding[] = [];
  readonly spans: Array<[number, number]>;
  readonly speakers: ActorMention[];
  readonly speechVerbAt: number;

  constructor(readonly input: SentenceInput) {
    this.tokens = input.tokens;
    this.compiled = input.compiled;
    this.actors = input.actors;
    this.mentions = input.mentions;
    this.cues = input.cues;
    this.speaker = input.speaker;
    this.previousSpeaker = input.previousSpeaker;
    this.spans = clauseSpans(this.tokens);
    this.speakers = this.actors.filter((a) => canSpeak(a) && !this.partOfDemand(a));
    this.speechVerbAt = this.tokens.findIndex((t) =>
      /^(?:said|says|say|told|tells|stated|added|stressed|noted|according)$/.test(t.lower),
    );
  }

  /** Facts of the whole sentence several rules ask about, found once (a sentence can be long). */
  private factsCache: SentenceFacts | null = null;
  get facts(): SentenceFacts {
    if (this.factsCache) return this.factsCache;
    const { tokens } = this;
    let speculationAt = -1;
    for (let k = 1; k < tokens.length && speculationAt < 0; k++) {
      const w = tokens[k] as Token;
      if (
        (DOUBTING.test(w.lower) &&
          /^(?:that|whether|if)$/.test(tokens[k + 1]?.lower ?? '') &&
          // ("left no doubt that …", "there is little doubt that …" is certainty.)
          !/^(?:no|little)$/.test(tokens[k - 1]?.lower ?? '')) ||
        (SPECULATING.test(w.lower) &&
          tokens.slice(Math.max(0, k - 3), k).some((t) => COMMENTATORS.test(t.lower)))
      )
        speculationAt = k;
    }
    // The first word past quotes and an interview label ("Q:", "QUESTION:") opens a yes/no question.
    let open = 0;
    while (
      open < tokens.length &&
      ((tokens[open] as Token).transparent ||
        /^(?:q|question)$/i.test((tokens[open] as Token).text) ||
        (tokens[open] as Token).text === ':')
    )
      open++;
    const mark = tokens.findIndex((t) => t.text === '?');
    this.factsCache = {
      question: mark >= 0,
      yesNoQuestionEnd: mark > open && INVERTED_AUXILIARY.test(tokens[open]?.lower ?? '') ? mark : -1,
      asking: tokens.some((t) => ASKING_QUESTION.test(t.lower)),
      commentary: tokens.some((t) => COMMENTATORS.test(t.lower)),
      condition: tokens.some((t) => /^(?:if|unless|whether|should)$/.test(t.lower)),
      anchored: new Set(this.compiled.anchors.findAll(tokens).flatMap((a) => a.values)),
      speculationAt,
    };
    return this.factsCache;
  }

  /** A cue's modality; what its clause says is found once per clause. */
  private clauseModalities = new Map<string, ClauseModality>();
  modality(clause: [number, number], cue: { first: number }): Modality {
    const key = `${clause[0]}:${clause[1]}`;
    let whole = this.clauseModalities.get(key);
    const inMention = (i: number) => this.inMention(i);
    if (!whole) {
      whole = clauseModality(this.tokens, clause, this.input.published, inMention);
      // "In 1990, Baker assured Gorbachev that …": a past year opening the sentence dates every clause.
      if (!whole.historical && clause[0] > 0 && this.opensWithPastYear())
        whole = { historical: true, conditional: false };
      this.clauseModalities.set(key, whole);
    }
    return cueModality(this.tokens, clause, cue, inMention, whole);
  }

  /** Whether "it is not true that", "it is false that" opens the content the cue at `at` is in. */
  deniedContentBefore(at: number): boolean {
    const { tokens } = this;
    const that = tokens.findIndex((t, k) => k < at && t.lower === 'that');
    if (that < 2) return false;
    const words = tokens
      .slice(Math.max(0, that - 5), that)
      .map((t) => t.lower)
      .join(' ');
    return /\b(?:is|was|it's) (?:not true|false|untrue|a lie|nonsense|simply wrong)$/.test(words);
  }

  /** Whether the sentence opens with a year before the one before publication ("In 1997, …"). */
  opensWithPastYear(): boolean {
    const { tokens } = this;
    const published = this.input.published ? Number(this.input.published.slice(0, 4)) : null;
    for (let k = 0; k < Math.min(4, tokens.length); k++) {
      const t = tokens[k] as Token;
      if (t.text === ',') return false;
      if (/^\d{4}$/.test(t.text)) return isPastYear(t.text, published);
    }
    return false;
  }

  inMention(i: number): boolean {
    const { mentions } = this;
    return mentions.some((m) => i >= m.first && i <= m.last);
  }
  // Actors inside a demand's wording or owning it ("NATO's open door", "that NATO will not expand") hold no position there.
  partOfDemand(a: ActorMention): boolean {
    const { tokens, mentions, cues } = this;
    return mentions.some(
      (m) =>
        (a.first >= m.first && a.last <= m.last) ||
        a.last === m.first - 1 ||
        (a.last === m.first - 2 && tokens[a.last + 1]?.transparent === true) ||
        // "Ukraine joining NATO", "expansion of the alliance": the object of the demand's own words.
        // (Not past a comma: "…never become a NATO member, Putin demanded …" has a new subject.)
        (m.kind === 'frame' &&
          a.first > m.last &&
          a.first <= m.last + 2 &&
          !cues.some((c) => c.first > m.last && c.first < a.first) &&
          !tokens.slice(m.last + 1, a.first).some((t) => CLAUSE_PUNCTUATION.has(t.text))) ||
        // "(demands) that NATO will not expand", "for NATO to stop expanding": the subject of the
        // demand's own verb inside what someone demands — not "Putin would pull back", a main clause.
        (m.kind === 'frame' &&
          a.last < m.first &&
          ['that', 'for', 'if', 'whether'].includes(tokens[a.first - 1]?.lower ?? '') &&
          tokens.slice(a.last + 1, m.first).every((t) => t.transparent || DEMAND_AUXILIARY.has(t.lower))),
    );
  }

  /** "after the US …", "since Moscow …": a word before the name that may open a clause instead. */
  conjunctionBefore(a: ActorMention): boolean {
    const { tokens } = this;
    let k = a.first - 1;
    while (k >= 0 && (NP_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
    return ['after', 'before', 'since', 'until', 'like', 'as', 'than'].includes(tokens[k]?.lower ?? '');
  }
  /** Whether the actor sits in a prepositional phrase ("of the Bucharest NATO summit", "alongside Chancellor Scholz"). */
  inPrepositionalPhrase(a: ActorMention, depth = 0): boolean {
    const { tokens, actors } = this;
    for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
      const t = tokens[k] as Token;
      // "…in a call on Tuesday that Moscow wanted …": a new clause opens before the name.
      if (CLAUSE_OPENERS.has(t.lower)) return false;
      // "In December Moscow released …", "On Friday, Russia …": the preposition governs a date.
      if (CALENDAR.has(t.lower) || /^\d+$/.test(t.text)) return false;
      // "after the US rejected …": a conjunction opening a clause whose verb follows the name.
      if (
        /^(?:after|before|since|until)$/.test(t.lower) &&
        FINITE_AFTER_NAME.test(tokens[a.last + 1]?.lower ?? '')
      )
        return false;
      // ", with Moscow deeply worried that …": the subject of an absolute clause, not an object of "with".
      if (t.lower === 'with' && this.absoluteSubject(k, a)) return false;
      if (PREPOSITIONS.has(t.lower)) return true;
      // "from Washington and its allies", "to NATO and the United States": the second of two names
      // joined by "and"/"or" shares the preposition of the first.
      // Not "after the US and NATO rejected …", where the word is a conjunction.
      // So does a name in a comma list: "the creation of the United States, United Kingdom and …".
      // Not "In the draft treaty with NATO, Russia proposes …": a name with its verb after the comma.
      const verbAfter =
        FINITE_AFTER_NAME.test(tokens[a.last + 1]?.lower ?? '') ||
        this.cues.some((c) => c.first === a.last + 1 && !c.owner);
      if (
        (t.lower === 'and' ||
          t.lower === 'or' ||
          t.text === '&' ||
          (t.text === ',' && k === a.first - 1 && !verbAfter)) &&
        depth < 3
      ) {
        const partner = actors.find((b) => b.last === k - 1);
        if (partner)
          return this.inPrepositionalPhrase(partner, depth + 1) && !this.conjunctionBefore(partner);
      }
      if (!(NP_WORDS.has(t.lower) || t.transparent || t.capital)) return false;
    }
    return false;
  }
  /** Whether "with" at `w` opens an absolute clause whose attitude follows the actor: ", with Moscow (deeply) worried that". */
  absoluteSubject(w: number, a: ActorMention): boolean {
    const { tokens } = this;
    if (!(w === 0 || /^[,;—–-]$/.test(tokens[w - 1]?.text ?? ''))) return false;
    let j = a.last + 1;
    if (/ly$/.test(tokens[j]?.lower ?? '')) j++;
    return this.cues.some((c) => c.first === j && !c.owner && /(?:ed|ing)$/.test(tokens[j]?.lower ?? ''));
  }
  partyOf(x: Speaker | null): Holder | null {
    return x?.kind === 'party'
      ? { parties: x.parties, kind: 'previous-speaker', matched: x.matched, role: x.role }
      : null;
  }
  /** The first actor of a clause that is not in a prepositional phrase: its subject. */
  clauseSubject(span: [number, number]): ActorMention | undefined {
    const { speakers } = this;
    return speakers.find((a) => a.first >= span[0] && a.last <= span[1] && !this.inPrepositionalPhrase(a));
  }

  /**
   * The subject a clause opening with "and"/"but" continues: that of the clause before, past inserted
   * relative clauses and lists ("Putin has pressured NATO to withdraw from countries bordering Russia,
   * which includes Ukraine, but also Estonia, Latvia and Lithuania, and has demanded …": Putin).
   */
  coordinatedSubject(ci: number): ActorMention | undefined {
    const { spans, tokens, speakers } = this;
    for (let c = ci - 1; c >= 0; c--) {
      const span = spans[c] as [number, number];
      let open = span[0];
      if (['but', 'and', 'or'].includes(tokens[open]?.lower ?? '')) open++;
      if (INSERTED_CLAUSE_OPENER.has(tokens[open]?.lower ?? '')) continue;
      const subject = this.clauseSubject(span);
      if (!subject) return undefined;
      // A bare name or list of names, with no verb after it, is an inserted item, not a subject.
      let end = subject.last;
      for (const a of speakers) if (a.first > end && a.first <= end + 2 && a.last <= span[1]) end = a.last;
      if (end >= span[1]) continue;
      return subject;
    }
    return undefined;
  }

  asHolder(actor: ActorMention): Holder {
    const { tokens, speakers } = this;
    // "the US and NATO rejected …": both hold the position.
    const parties = [...actor.parties];
    let matched = actor.text;
    // "the United States and its NATO allies": past a possessive pronoun to the "and".
    const at = /^(?:its|their)$/.test(tokens[actor.first - 1]?.lower ?? '') ? actor.first - 1 : actor.first;
    const joiner = tokens[at - 1];
    // "between NATO and Ukraine, which hopes to join": a relative verb in the singular agrees with the
    // last name alone.
    const singularRelative =
      tokens[actor.last + 1]?.text === ',' &&
      /^(?:which|who)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
      /^(?:is|was|has|does|[a-z]+[^s]s)$/.test(tokens[actor.last + 3]?.lower ?? '');
    // "Finnish and Swedish politicians": an adjective coordinated with the one opening an office.
    const partner =
      !singularRelative && joiner && (joiner.lower === 'and' || joiner.text === '&')
        ? (speakers.find((a) => a.last === at - 2) ??
          (actor.kind === 'role'
            ? this.actors.find((a) => a.last === at - 2 && a.kind === 'adjective')
            : undefined))
        : undefined;
    if (partner) {
      for (const p of partner.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${partner.text} and ${actor.text}`;
      // "France, the United States and their NATO allies": the names listed before the pair too.
      let head = partner;
      for (let guard = 0; guard < 6; guard++) {
        let c = head.first - 1;
        if (tokens[c]?.lower === 'the') c--;
        if (tokens[c]?.text !== ',') break;
        const listed = speakers.find((a) => a.last === c - 1);
        if (!listed) break;
        for (const p of listed.parties) if (!parties.includes(p)) parties.push(p);
        matched = `${listed.text}, ${matched}`;
        head = listed;
      }
    }
    // "The US and NATO rejected …, refusing to …": a subject found from its first name has its partner after it.
    const after = tokens[actor.last + 1];
    const follower =
      !partner && after && (after.lower === 'and' || after.text === '&')
        ? speakers.find(
            (a) =>
              a.first === actor.last + 2 ||
              (a.first === actor.last + 3 && tokens[actor.last + 2]?.lower === 'the'),
          )
        : undefined;
    if (follower && !this.inPrepositionalPhrase(actor)) {
      for (const p of follower.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${actor.text} and ${follower.text}`;
    }
    return {
      parties,
      kind: actor.kind === 'role' || actor.kind === 'learned' ? 'role' : 'subject',
      matched,
      role: actor.role,
    };
  }

  subjectBefore(cueFirst: number, clause: [number, number]): Holder | null {
    const { input, tokens, actors, speaker, previousSpeaker, spans, speakers } = this;
    for (let i = cueFirst - 1; i >= clause[0]; i--) {
      const t = tokens[i] as Token;
      // "They are telling us yes or agree to …": "us" after a verb is its object, not a subject.
      if ((t.lower === 'us' || t.lower === 'me') && OBJECT_TAKING.test(tokens[i - 1]?.lower ?? '')) continue;
      if (FIRST_PERSON.has(t.text)) {
        // "We need guarantees …" in a quotation without its own "he said": the one who spoke last,
        // within a few sentences.
        const s =
          speaker?.kind === 'party'
            ? speaker
            : previousSpeaker?.kind === 'party'
              ? previousSpeaker
              : speaker === null && input.recentSpeaker?.kind === 'party'
                ? input.recentSpeaker
                : null;
        return s && s.kind === 'party'
          ? { parties: s.parties, kind: 'first-person', matched: t.text, role: s.role }
          : null;
      }
      if (THIRD_PERSON.has(t.lower)) {
        // "signals from Washington that it is prepared to …", "word from the allies that they would …":
        // the one the news comes from is the pronoun's antecedent.
        if (tokens[i - 1]?.lower === 'that') {
          const source = speakers.find(
            (a) =>
              a.last === i - 2 &&
              a.kind !== 'adjective' &&
              /^(?:from|by)$/.test(
                tokens[a.first - (tokens[a.first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '',
              ),
          );
          if (source) return this.asHolder(source);
        }
        // "Putin says he wants …": the speaker named before the pronoun; "it"/"they": the subject of the
        // sentence's first clause; otherwise whoever spoke last.
        const speakerBefore =
          speaker?.kind === 'party' &&
          speakers.some((a) => a.last < i && a.text === speaker.matched) &&
          // "Putin said …, when they promised …": "they" is not one person.
          (t.lower !== 'they' || plural(speaker.parties, speaker.matched, speaker.role)) &&
          // "Sherman said Russia had made clear it wants …": "it" is no person either.
          (t.lower !== 'it' || !speakers.some((a) => a.text === speaker.matched && a.kind !== 'name'))
            ? this.partyOf(speaker)
            : null;
        if (speakerBefore) return speakerBefore;
        // "The Russian leader, Vladimir Putin, cautioned Washington that he was against …": a person
        // named as a subject earlier in the sentence, before any speaker of an earlier one.
        if (t.lower === 'he' || t.lower === 'she') {
          const person = speakers.find(
            (a) =>
              a.last < i &&
              (a.kind === 'official' || a.kind === 'role' || a.kind === 'learned') &&
              !this.inPrepositionalPhrase(a),
          );
          if (person) return this.asHolder(person);
        }
        // "Sherman said Russia had made clear it wants …": "it" is the nearest country or organisation
        // named before it as a subject, not a person.
        if (t.lower === 'it') {
          const named = [...speakers]
            .reverse()
            // (Not one named inside a relative clause that closed before "it": "…, which is what Moscow
            // is demanding, though it is willing to …" is the main clause's subject.)
            .find(
              (a) =>
                a.last < i &&
                a.kind === 'name' &&
                !this.inPrepositionalPhrase(a) &&
                this.insertedClauseOpening(a.first, i) < 0,
            );
          if (
            named &&
            speakers.some((a) => a.last < named.first && a.kind !== 'name' && a.kind !== 'adjective')
          )
            return this.asHolder(named);
        }
        if (t.lower === 'it' || t.lower === 'they') {
          const first = spans
            .slice(0, Math.max(0, clauseOf(spans, i) + 1))
            .map((sp) => this.clauseSubject(sp))
            .find((a) => a && a.last < i);
          // "Russia was deceived when they promised …": "they" is no single party named in the singular.
          const singular =
            !!first && t.lower === 'they' && !plural(this.asHolder(first).parties, first.text, first.role);
          if (first && !singular) return this.asHolder(first);
          // "The words had been used by Russia before, when it demanded …": the agent of a passive before it.
          const agent = speakers.find((a) => {
            if (a.last >= i) return false;
            let b = a.first - 1;
            if (tokens[b]?.lower === 'the') b--;
            return tokens[b]?.lower === 'by' && /(?:ed|en|ade|ung|ught)$/.test(tokens[b - 1]?.lower ?? '');
          });
          if (agent) return this.asHolder(agent);
          // "It demanded …" opening the sentence: the subject of the sentence before.
          if (i === 0 && input.recentSubject && canSpeak(input.recentSubject))
            return {
              parties: input.recentSubject.parties,
              kind: 'previous-speaker',
              matched: input.recentSubject.text,
              role: input.recentSubject.role,
            };
          if (t.lower === 'it') continue;
          // "…the United States had made it clear that they were ready …": the nearest party named in
          // the plural or as a country or organisation (not a person) before "they".
          const group = [...speakers]
            .reverse()
            .find((a) => a.last < i && a.kind === 'name' && plural(a.parties, a.text, a.role));
          if (group) return this.asHolder(group);
        }
        const fallback =
          this.partyOf(previousSpeaker) ?? this.partyOf(input.recentSpeaker) ?? this.partyOf(speaker);
        // "they" stands for a group ("Western officials", "the allies", two parties), not for "Moscow":
        // "…the meetings yielded no progress …, they did bring offers …".
        if (t.lower === 'they' && fallback && !plural(fallback.parties, fallback.matched, fallback.role))
          return NO_HOLDER;
        // "It wants to limit NATO's right …" in Stoltenberg's remarks: "it" is no person who spoke.
        if (t.lower === 'it' && fallback?.role) return NO_HOLDER;
        return fallback;
      }
      const pair = this.pairNoun(i);
      if (pair) return pair;
      // "some Russian concerns about missiles", "Polish objections to …": an attitude noun a party's
      // adjective modifies is that party's.
      const adjective =
        i === cueFirst - 1
          ? actors.find((a) => a.last === i && a.kind === 'adjective' && a.parties.length > 0)
          : undefined;
      if (adjective && ATTITUDE_NOUN.test(tokens[cueFirst]?.lower ?? ''))
        return { parties: [...adjective.parties], kind: 'possessor', matched: adjective.text, role: null };
      const actor = speakers.find((a) => a.last === i);
      // "The Russian draft would have NATO rule out …": the one a causative verb has do something is
      // its object, doing what the causer wants, not holding a position of its own; the causer, before
      // the verb, wants it.
      if (
        actor &&
        /^(?:have|has|make|makes|made)$/.test(tokens[actor.first - 1]?.lower ?? '') &&
        /^(?:would|will|could|should|to)$/.test(tokens[actor.first - 2]?.lower ?? '')
      ) {
        i = actor.first - 2;
        continue;
      }
      // "… offered Moscow the opportunity for talks on …": the one something is given to is no subject.
      if (actor && GIVING_TO.test(tokens[actor.first - 1]?.lower ?? '')) {
        i = actor.first - 1;
        continue;
      }
      // "Moscow singled out Bulgaria and Romania as places from which forces should be removed": the
      // object a verb describes "as" something, with any names joined to it, is no subject.
      // (Not "the US as well as NATO", "the alliance as a whole", "NATO as such".)
      if (
        actor &&
        tokens[actor.last + 1]?.lower === 'as' &&
        !/^(?:well|a|such|one|long|soon|much|far)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
        actor.first > clause[0]
      ) {
        let k = actor.first - 1;
        while (/^(?:and|or|,)$/.test(tokens[k]?.lower ?? '') && speakers.some((a) => a.last === k - 1))
          k = (speakers.find((a) => a.last === k - 1) as ActorMention).first - 1;
        if (
          k >= clause[0] &&
          /^[a-z]/.test(tokens[k]?.text ?? '') &&
          !/^(?:the|and|or)$/.test(tokens[k]?.lower ?? '')
        ) {
          i = k;
          continue;
        }
      }
      // "Lavrov (who met Blinken in Geneva) repeated …", "Lavrov, who met Blinken, repeated …": a name
      // inside an inserted relative clause or parenthesis that closed before the cue is not its subject.
      const inserted = actor ? this.insertedClauseOpening(actor.first, cueFirst) : -1;
      if (actor && inserted >= 0) {
        i = inserted;
        continue;
      }
      // "Neither Germany nor France backs …": both, and the verb denied.
      const neither =
        actor && tokens[actor.first - 1]?.lower === 'nor'
          ? speakers.find(
              (a) =>
                a.last < actor.first - 1 &&
                tokens[a.first - 1]?.lower === 'neither' &&
                a.last >= actor.first - 4,
            )
          : undefined;
      if (actor && neither)
        return {
          parties: [...new Set([...neither.parties, ...actor.parties])],
          kind: 'subject',
          matched: `${neither.text} nor ${actor.text}`,
          role: null,
          negates: true,
        };
      if (actor) {
        // "Russia had received a refusal of its demands": the recipient does not hold the position.
        // The one who refused is not named: no holder, rather than a guess.
        // (Past an inserted clause right after the name: "Lavrov (who met Blinken …) repeated".)
        let after = actor.last + 1;
        if (
          tokens[after]?.text === '(' ||
          (tokens[after]?.text === ',' && /^(?:who|which|whose)$/.test(tokens[after + 1]?.lower ?? ''))
        ) {
          const closer = tokens[after]?.text === '(' ? ')' : ',';
          const close = tokens.findIndex((t, j) => j > after && j < cueFirst && t.text === closer);
          if (close > 0) after = close + 1;
        }
        // ("Washington had given no positive answer": "given" after "have" is the giver's active verb.)
        const received = (t: Token): boolean =>
          RECIPIENT.has(t.lower) &&
          !(t.lower === 'given' && /^(?:has|have|had|having)$/.test(tokens[t.i - 1]?.lower ?? ''));
        if (tokens.slice(after, cueFirst).some(received)) return NO_HOLDER;
        // "The US was asked to stop expansion and pledge …": the one asked holds nothing it was asked.
        if (
          tokens
            .slice(after, cueFirst)
            .some((t) => ASKED_PASSIVE.test(t.lower) && BE.has(tokens[t.i - 1]?.lower ?? ''))
        )
          return NO_HOLDER;
        // "No NATO member supports …", "Nobody in the alliance is considering …", "None of the Nordic
        // governments would accept …", "Not one EU government backs …": the subject, opening its
        // clause, denies the verb for the party it is drawn from.
        if (
          NO_ONE_OF.test(
            tokens
              .slice(clause[0], actor.first)
              .filter((t) => !t.transparent)
              .map((t) => t.lower)
              .join(' '),
          )
        )
          return { ...this.asHolder(actor), negates: true };
        // "speaking about Russia's objection to Ukraine's accession": an attitude noun's possessor holds it.
        if (
          /^['’]s$/.test(tokens[actor.last + 1]?.text ?? '') &&
          actor.last + 2 === cueFirst &&
          (ATTITUDE_NOUN.test(tokens[cueFirst]?.lower ?? '') ||
            !POSSESSED_DEMAND.test(tokens[cueFirst]?.lower ?? ''))
        )
          return { ...this.asHolder(actor), kind: 'possessor' };
        // ", with the US refusing to …": the subject of a participle after a clause-opening "with"
        // holds it (not "met with officials discussing …").
        let w = actor.first - 1;
        while (w >= 0 && ['the', 'a', 'its', 'their'].includes(tokens[w]?.lower ?? '')) w--;
        // ", with the US and NATO officials rejecting …": past the first of two coordinated names.
        const partner =
          ['and', 'or'].includes(tokens[w]?.lower ?? '') && actors.find((b) => b.last === w - 1);
        if (partner) {
          w = partner.first - 1;
          while (w >= 0 && ['the', 'a', 'its', 'their'].includes(tokens[w]?.lower ?? '')) w--;
        }
        const absolute =
          tokens[w]?.lower === 'with' &&
          (w === 0 || [',', '—', '–', ';'].includes(tokens[w - 1]?.text ?? '')) &&
          cueFirst - actor.last <= 2 &&
          /ing$/.test((tokens[cueFirst] as Token).lower);
        // "The rift with Washington and NATO, which are willing to talk about …": the antecedent of the
        // relative clause the cue is in holds it, even inside a prepositional phrase.
        // (Not after a preposition of sending: "handed its proposals to NATO and the US, which seek …"
        // is the proposals.)
        let head = actor.first - 1;
        if (tokens[head]?.lower === 'the') head--;
        const coordinated = ['and', 'or'].includes(tokens[head]?.lower ?? '')
          ? actors.find((b) => b.last === head - 1)
          : undefined;
        if (coordinated)
          head = coordinated.first - 1 - (tokens[coordinated.first - 1]?.lower === 'the' ? 1 : 0);
        const relativeOf =
          /^(?:with|between|among|of)$/.test(tokens[head]?.lower ?? '') &&
          tokens[actor.last + 1]?.text === ',' &&
          /^(?:which|who)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
          cueFirst >= actor.last + 2 &&
          // (The relative's own verb is the cue, after an auxiliary at most: not "…to the US and NATO,
          // which include mutual security guarantees", where "which" is the proposals.)
          this.cues.some(
            (c) =>
              c.first > actor.last + 2 &&
              c.first <= actor.last + 5 &&
              tokens
                .slice(actor.last + 3, c.first)
                .every(
                  (t) =>
                    BE.has(t.lower) ||
                    MODAL_VERBS.includes(t.lower) ||
                    /^(?:not|also|still|now)$/.test(t.lower),
                ),
          ) &&
          !tokens.slice(actor.last + 3, cueFirst).some((t) => CUT_MARK.test(t.text));
        // "the replies from Washington and Brussels passed over …": a document's senders speak through it.
        const senders = this.sendersOfDocument(actor, cueFirst);
        if (senders) return senders;
        if (this.inPrepositionalPhrase(actor) && !absolute && !relativeOf) {
          i = actor.first;
          continue;
        }
        // "answering Moscow's demands and suggesting talks": a possessor is no subject. Its demands are the
        // object of a verb there; where they are the subject ("said Putin's demands … violate the
        // open door") no party holds the verb.
        if (
          /^['’]s$/.test(tokens[actor.last + 1]?.text ?? '') &&
          actor.last < cueFirst - 2 &&
          POSSESSED_DEMAND.test(tokens[actor.last + 2]?.lower ?? '')
        ) {
          let o = actor.first - 1;
          if (tokens[o]?.lower === 'the') o--;
          const governed =
            /(?:ing|ed)$/.test(tokens[o]?.lower ?? '') || PREPOSITIONS.has(tokens[o]?.lower ?? '');
          if (!governed) return NO_HOLDER;
          i = actor.first;
          continue;
        }
        // "Russia demanded NATO provide guarantees …", "suggests the alliance give up …": the addressee of
        // a demand, in its content, holds nothing.
        // So does its undertaking a draft names ("the treaties envisage NATO's pledge to …").
        // The one who asks, named before, holds it ("Moscow demanded NATO provide guarantees"); an
        // undertaking a draft names holds no one ("the treaties envisage NATO's pledge to …").
        if (addresseeOfDemand(tokens, actor.first)) {
          if (/^['’]s$/.test(tokens[actor.last + 1]?.text ?? '')) return NO_HOLDER;
          if (BASE_VERB_AFTER.test(tokens[actor.last + 1]?.lower ?? '')) {
            i = actor.first;
            continue;
          }
        }
        // "Washington sent Moscow a reply suggesting talks": the one a thing was sent to does not hold
        // what the participle after it says; the sender does.
        let v = actor.first - 1;
        if (tokens[v]?.lower === 'the') v--;
        if (/ing$/.test((tokens[cueFirst] as Token).lower) && GIVING.test(tokens[v]?.lower ?? '')) {
          i = actor.first;
          continue;
        }
        return this.asHolder(actor);
      }
    }
    return null;
  }

  /**
   * "the replies from Washington and Brussels", "the letter from the US": the parties after "from" (two
   * joined by "and" both) when a document noun heads the subject and its verb, the cue, follows at
   * once (an auxiliary or adverb at most between).
   */
  sendersOfDocument(actor: ActorMention, cueFirst: number): Holder | null {
    const { tokens, speakers } = this;
    let f = actor.first - 1;
    if (tokens[f]?.lower === 'the') f--;
    let first = actor;
    if (tokens[f]?.lower === 'and') {
      const partner = speakers.find(
        (a) => a.last === f - 1 || (a.last === f - 2 && tokens[f - 1]?.lower === 'the'),
      );
      if (!partner) return null;
      first = partner;
      f = partner.first - 1;
      if (tokens[f]?.lower === 'the') f--;
    }
    if (tokens[f]?.lower !== 'from' || !SENT_DOCUMENT.test(tokens[f - 1]?.lower ?? '')) return null;
    // (Past a second sender the ontology does not name: "from Washington and Brussels" is Washington's.)
    let v = actor.last + 1;
    if (tokens[v]?.lower === 'and' && tokens[v + 1]?.capital) {
      v += 2;
      while (tokens[v]?.capital && v < cueFirst) v++;
    }
    // (A negation too: "The replies from Washington and the alliance did not address …".)
    if (
      !tokens
        .slice(v, cueFirst)
        .every((t) => AUXILIARY.has(t.lower) || /ly$/.test(t.lower) || /^(?:not|n['’]t|never)$/.test(t.lower))
    )
      return null;
    const parties = [...new Set([...first.parties, ...actor.parties])];
    const matched = tokens
      .slice(f - 1, actor.last + 1)
      .map((t) => t.text)
      .join(' ');
    return { parties, kind: 'document', matched, role: null };
  }

  /**
   * "The alliance's reply keeps …", "the American answer, which Latvia helped shape, kept …": a party's
   * reply as the subject of the verb at `verb` speaks for that party (as "Washington's reply says" does).
   */
  replyBefore(verb: number): Holder | null {
    const { tokens, actors } = this;
    let e = verb - 1;
    // (Past an inserted relative clause: ", which Latvia helped shape,".)
    if (tokens[e]?.text === ',') {
      let k = e - 1;
      while (k > 0 && k >= e - 10 && tokens[k]?.text !== ',') k--;
      if (tokens[k]?.text !== ',' || !/^(?:which|that)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      e = k - 1;
    }
    if (!REPLY_DOCUMENT.test(tokens[e]?.lower ?? '')) return null;
    let d = e - 1;
    while (REPLY_MODIFIER.test(tokens[d]?.lower ?? '')) d--;
    const possessed = /^['’]s?$/.test(tokens[d]?.text ?? '');
    const owner = actors.find((a) => a.last === (possessed ? d - 1 : d) && a.parties.length > 0);
    if (!owner) return null;
    const matched = this.input.text.slice((tokens[owner.first] as Token).start, (tokens[e] as Token).end);
    return { parties: owner.parties, kind: 'document', matched, role: null };
  }

  /**
   * The parties a rejected proposal was sent to or discussed with ("sent to NATO and Washington were
   * rejected", "were rejected at the talks with the United States"), when the rejection is a passive
   * with no agent. Never a party that put demands forward.
   */
  receiversOfRejected(cue: Cue): Holder | null {
    const { tokens, speakers, compiled } = this;
    if (!/ed$/.test(tokens[cue.last]?.lower ?? '') || cue.first !== cue.last) return null;
    let b = cue.first - 1;
    while (b >= 0 && (tokens[b]?.transparent || /ly$/.test(tokens[b]?.lower ?? ''))) b--;
    if (!BE.has(tokens[b]?.lower ?? '')) return null;
    let a = cue.last + 1;
    while (tokens[a]?.transparent) a++;
    if (tokens[a]?.lower === 'by') return null;
    const proposing = compiled.proposingParties;
    const parties: string[] = [];
    const names: string[] = [];
    for (const x of speakers) {
      let k = x.first - 1;
      if (tokens[k]?.lower === 'the') k--;
      // The second of two names shares the first one's preposition ("to NATO and Washington").
      const partner =
        tokens[k]?.lower === 'and' ? speakers.find((y) => y.last === k - 1 || y.last === k - 2) : undefined;
      const at = partner
        ? tokens[partner.first - 1]?.lower === 'the'
          ? partner.first - 2
          : partner.first - 1
        : k;
      const received =
        (tokens[at]?.lower === 'to' && RECEIVING.test(tokens[at - 1]?.lower ?? '')) ||
        // "at the talks on 10 January in Geneva with the United States"
        (tokens[at]?.lower === 'with' &&
          tokens.slice(Math.max(0, at - 8), at).some((t) => TALKS.test(t.lower)) &&
          !tokens.slice(Math.max(0, at - 8), at).some((t) => [',', ';', ':'].includes(t.text)));
      if (!received || x.parties.some((p) => proposing.has(p))) continue;
      for (const p of x.parties) if (!parties.includes(p)) parties.push(p);
      names.push(x.text);
    }
    return parties.length ? { parties, kind: 'subject', matched: names.join(' and '), role: null } : null;
  }

  /**
   * Who holds what a "statement of X that …" or "X's remarks that …" says: X; no one when X is not named.
   * Only a "that" shortly before the cue, with no comma between.
   */
  statementContentHolder(cueFirst: number): Holder | null {
    const { tokens, speakers } = this;
    for (let k = cueFirst - 1; k >= Math.max(1, cueFirst - 14); k--) {
      if ([',', ';', ':'].includes(tokens[k]?.text ?? '')) return null;
      if (tokens[k]?.lower !== 'that') continue;
      const author = speakers.find((a) => a.last === k - 1);
      if (author) {
        let o = author.first - 1;
        if (tokens[o]?.lower === 'the') o--;
        // "the statement of Russian Foreign Minister Lavrov that …"
        if (tokens[o]?.lower === 'of' && STATEMENT_NOUN.test(tokens[o - 1]?.lower ?? ''))
          return { ...this.asHolder(author), kind: 'subject' };
        return null;
      }
      if (!STATEMENT_NOUN.test(tokens[k - 1]?.lower ?? '')) return null;
      // "Lavrov's statement that …", "Biden's clear statement that …" (past an adjective or two)
      let s = k - 2;
      while (
        s >= k - 4 &&
        s > 0 &&
        !/^['’]s$/.test(tokens[s]?.text ?? '') &&
        /^[a-z-]+$/.test(tokens[s]?.text ?? '')
      )
        s--;
      const possessor = /^['’]s$/.test(tokens[s]?.text ?? '')
        ? speakers.find((a) => a.last === s - 1)
        : undefined;
      return possessor ? { ...this.asHolder(possessor), kind: 'subject' } : NO_HOLDER;
    }
    return null;
  }

  /**
   * The comma closing the inserted relative clause the cue stands in when a new conjunct follows it
   * (", which hopes to join the bloc, and …"); the sentence's length when there is none.
   */
  closedRelativeClauseEnd(cue: Cue): number {
    const { tokens } = this;
    let open = -1;
    for (let k = cue.first - 1; k >= Math.max(1, cue.first - 6); k--) {
      if (CLAUSE_PUNCTUATION.has(tokens[k]?.text ?? '')) break;
      if (/^(?:which|who)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') {
        open = k;
        break;
      }
    }
    if (open < 0) return tokens.length;
    const close = tokens.findIndex((t, j) => j > cue.last && CLAUSE_PUNCTUATION.has(t.text));
    if (close < 0 || tokens[close]?.text !== ',') return tokens.length;
    return /^(?:and|but|or|while|whereas|yet)$/.test(tokens[close + 1]?.lower ?? '') ? close : tokens.length;
  }

  /**
   * Where an inserted relative clause or parenthesis holding `at` opens ("(who …)", ", who …,"), when it
   * closes before `before`; -1 otherwise.
   */
  insertedClauseOpening(at: number, before: number): number {
    const { tokens } = this;
    for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
      const w = tokens[k] as Token;
      if (
        w.text === ')' ||
        (w.text === ',' && k < at - 1 && !INSERTION_WORD.test(tokens[k + 1]?.lower ?? ''))
      )
        return -1;
      const opens =
        w.text === '(' || (INSERTION_WORD.test(w.lower) && [',', '('].includes(tokens[k - 1]?.text ?? ''));
      if (!opens) continue;
      const paren = w.text === '(' || tokens[k - 1]?.text === '(';
      const start = w.text === '(' ? k : k - 1;
      const close = tokens.findIndex((t, j) => j > at && j < before && t.text === (paren ? ')' : ','));
      return close >= 0 ? start : -1;
    }
    return -1;
  }

  /**
   * "The two sides oppose …", "both countries call on …": the two parties named together lately. Not a
   * draft's "the Parties shall …", which is the content of a demand.
   */
  pairNoun(i: number): Holder | null {
    const { tokens, input } = this;
    const noun = tokens[i] as Token;
    if (!PAIR_NOUN.has(noun.lower) || !input.recentPair) return null;
    const before = tokens[i - 1]?.lower ?? '';
    const det =
      before === 'both' ||
      (before === 'two' && tokens[i - 2]?.lower === 'the') ||
      (before === 'the' && /^(?:sides|parties|leaders|presidents)$/.test(noun.lower));
    if (!det || /^(?:shall|undertake|undertakes)$/.test(tokens[i + 1]?.lower ?? '')) return null;
    if (input.recentPair.kind !== 'party') return null;
    return {
      parties: input.recentPair.parties,
      kind: 'previous-speaker',
      matched: input.recentPair.matched,
      role: null,
    };
  }

  /** The words of two composed cues as written: the whole span when short ("refused to discuss"), else the outer cue. */
  cueSpan(outer: Cue, inner: { last: number }): string {
    const { input, tokens } = this;
    return inner.last - outer.first <= 6
      ? input.text.slice((tokens[outer.first] as Token).start, (tokens[inner.last] as Token).end)
      : outer.text;
  }

  /** The word before the noun phrase that starts at `i` (skipping determiners, names and quote marks). */
  precedingWord(i: number): string | undefined {
    const { tokens, actors } = this;
    let k = i - 1;
    while (
      k >= 0 &&
      (tokens[k]?.transparent ||
        NP_SKIP.has(tokens[k]?.lower ?? '') ||
        actors.some((a) => k >= a.first && k <= a.last))
    )
      k--;
    return tokens[k]?.lower;
  }
  clauseStart(i: number): number {
    const { spans } = this;
    return spans[clauseOf(spans, i)]?.[0] ?? 0;
  }

  /**
   * Whether `inner` is part of what `outer` says: next to it ("refused to discuss") or inside its
   * complement ("demands that NATO pledge…", "urged the US to refuse…") with no clause of its own between.
   */
  linked(outer: Cue, inner: Cue): boolean {
    const { tokens, actors } = this;
    // "prepared to discuss — along with NATO allies — guaranteeing …": an aside between dashes parts nothing.
    let from = outer.last + 1;
    const close = dashAsideClose(tokens, from);
    if (close > 0 && close < inner.first) from = close + 1;
    const between = tokens.slice(from, inner.first).filter((t) => !t.transparent);
    // "Lavrov stressed that the US reply had ignored …": a verb of saying that is also a cue reports a
    // clause with a subject of its own; the clause's verb is that subject's, not a link in a chain.
    if (
      STATING_CUE.test(tokens[outer.last]?.lower ?? '') &&
      between[0]?.lower === 'that' &&
      between.slice(1).some((t) => t.word && !AUXILIARY.has(t.lower) && !/ly$/.test(t.lower))
    )
      return false;
    // "… hammered NATO's unwillingness to respond and accused the West of …": a new verb after "and"
    // starts a predicate of its own.
    if (between[between.length - 1]?.lower === 'and' && NEW_PREDICATE.test(tokens[inner.first]?.lower ?? ''))
      return false;
    // "responding to Moscow's demands and suggesting talks on …": two participles side by side.
    if (
      ['and', 'or'].includes(between[between.length - 1]?.lower ?? '') &&
      /ing$/.test(tokens[inner.first]?.lower ?? '')
    )
      return false;
    // "rejected Russia's demands, including a pledge that …": an undertaking listed as an item of a
    // party's demand noun is part of what that noun names.
    if (
      outer.owner &&
      UNDERTAKING_WORD.test(tokens[inner.last]?.lower ?? '') &&
      between.length <= 4 &&
      between[0]?.text === ',' &&
      LIST_OPENER.test(between[1]?.lower ?? '') &&
      between.slice(2).every((t) => ITEM_DETERMINER.test(t.lower))
    )
      return true;
    // "brushed aside as anachronistic the Russian request", "dismissed as a relic of the past any demand
    // that …": a refusal's "as" phrase put before its object, which opens on a determiner.
    if (
      outer.attitude === 'rejects' &&
      between[0]?.lower === 'as' &&
      between.length >= 2 &&
      between.length <= 8 &&
      [tokens[inner.first - 1], tokens[inner.first]].some((t) =>
        INVERTED_OBJECT_OPENER.test(t?.lower ?? ''),
      ) &&
      between
        .slice(1)
        .every((t) => t.word && !COMPLEMENT.has(t.lower) && !CONJUNCTIONS.has(t.lower) && t.lower !== 'or')
    )
      return true;
    // "The Russian draft would have NATO rule out …", "Moscow's proposal would require the alliance to …":
    // a party's demand noun as the subject of a causative verb; what it has another party do is its content.
    if (outer.owner && this.causativeLink(tokens.slice(from, inner.first), inner)) return true;
    // "agree to security pledges", "must legally commit to": a modifier of the second cue does not part them.
    if (
      between.length <= 5 &&
      between.every((t) => ADJACENT_FILLER.has(t.lower) || LINK_MODIFIERS.test(t.lower))
    )
      return true;
    // "rejected a key Moscow demand", "rejected the main Russian demands": a possessor or a party's
    // name among the modifiers of the second cue.
    if (
      between.length <= 6 &&
      between.every(
        (t) =>
          ADJACENT_FILLER.has(t.lower) ||
          LINK_MODIFIERS.test(t.lower) ||
          // "made no concessions to the central Russian demands"
          // ("gave no answer on the core provisions of the Russian draft": a part of the demand noun.)
          PART_OF_DEMAND.test(t.lower) ||
          DEMAND_NOUN_MODIFIER_SET.has(t.lower) ||
          /^['’]s$/.test(t.text) ||
          actors.some((a) => t.i >= a.first && t.i <= a.last && a.last === inner.first - 1) ||
          // "discuss with Moscow certain aspects of Russia's proposals": the one to talk with.
          t.lower === 'with' ||
          actors.some((a) => t.i >= a.first && t.i <= a.last && tokens[a.first - 1]?.lower === 'with'),
      )
    )
      return true;
    // "demanded the US and NATO agree to …": only the addressees stand between the two verbs.
    if (
      between.length <= 8 &&
      between.every(
        (t) =>
          actors.some((a) => t.i >= a.first && t.i <= a.last) ||
          LINK_MODIFIERS.test(t.lower) ||
          [
            'and',
            'the',
            'that',
            'to',
            ',',
            'provide',
            'give',
            'grant',
            'sign',
            'issue',
            'legal',
            'written',
          ].includes(t.lower),
      )
    )
      return true;
    if (between.length > 12) return false;
    // "cannot agree that we should …": the complementizer is the outer cue's own last word.
    const complementInCue = /\b(?:that|whether)$/i.test(outer.text) && between.length <= 6;
    if (!complementInCue && !between.some((t) => COMPLEMENT.has(t.lower))) return false;
    // "go to war over demands the West has rejected or take up the offer to negotiate": alternatives.
    return !between.some(
      (t) => CONJUNCTIONS.has(t.lower) || t.lower === 'or' || /^(?:said|says|told|added)$/.test(t.lower),
    );
  }

  /** Whether `between` is "would have <party>" before `inner`, or a modal alone before a requiring `inner`. */
  causativeLink(between: Token[], inner: Cue): boolean {
    const { tokens, actors } = this;
    let k = 0;
    while (CAUSATIVE_MODAL.test(between[k]?.lower ?? '')) k++;
    if (k === between.length) return CAUSATIVE_REQUIRING.test(tokens[inner.first]?.lower ?? '');
    if (k === 0 || !/^(?:have|make)$/.test(between[k]?.lower ?? '')) return false;
    const party = actors.find(
      (a) => a.parties.length > 0 && a.last === inner.first - 1 && a.first > (between[k] as Token).i,
    );
    return (
      !!party &&
      between.slice(k + 1).every((t) => (t.i >= party.first && t.i <= party.last) || t.lower === 'the')
    );
  }

  /** Whether an -ing verb that is no cue and no demand word acts on mention `m` ("of curtailing NATO's open door"). */
  unknownVerbActsOn(m: DemandMention): boolean {
    const { tokens, actors, cues, mentions } = this;
    let k = m.first - 1;
    while (k >= 0) {
      const t = tokens[k] as Token;
      const inActor = actors.some((a) => k >= a.first && k <= a.last);
      if (!(t.transparent || inActor || /^['’]s$/.test(t.text) || OBJECT_DETERMINER.test(t.lower))) break;
      k--;
    }
    const verb = tokens[k];
    const covered = (x: { first: number; last: number }): boolean => k >= x.first && k <= x.last;
    // A bare subject ("missiles") is the thing itself, not a demand about it: an infinitive or gerund
    // the ontology does not know acting on it ("plans to raise missiles with Moscow") leaves its
    // direction unknown; a verb fielding it ("plans to deploy missiles") does not.
    const bare = m.kind === 'frame' && !m.match.includes(' + ');
    if (
      bare &&
      verb &&
      /^[a-z]{3,}$/.test(verb.lower) &&
      (tokens[k - 1]?.lower === 'to' || /ing$/.test(verb.lower)) &&
      !KNOWN_ING.test(verb.lower) &&
      !SPEAKING_PARTICIPLE.test(verb.lower) &&
      !DEPLOYING_VERB.test(verb.lower)
    )
      return !cues.some(covered) && !mentions.some(covered);
    if (
      !verb ||
      !/^[a-z]{3,}ing$/.test(verb.lower) ||
      KNOWN_ING.test(verb.lower) ||
      SPEAKING_PARTICIPLE.test(verb.lower)
    )
      return false;
    // (A gerund after a preposition or an auxiliary: "of curtailing", "is reinterpreting" — not the
    // end of a compound adjective, "long-standing".)
    if (!GERUND_BEFORE.test(tokens[k - 1]?.lower ?? '')) return false;
    return !cues.some(covered) && !mentions.some(covered);
  }

  /** Whether the clause holding `at` is the content of a demand: "… demand(s) that X …", "called for X to …". */
  insideDemandContent(at: number, clauseStart: number): boolean {
    const { tokens } = this;
    for (let i = at - 1; i >= Math.max(0, clauseStart - 2); i--) {
      if ((tokens[i] as Token).lower !== 'that') continue;
      let k = i - 1;
      while (k >= 0 && (tokens[k]?.transparent || [',', '—', '–', ':'].includes(tokens[k]?.text ?? ''))) k--;
      return ASKING_WORDS.test(tokens[k]?.lower ?? '');
    }
    return false;
  }

  /** "Putin would press Biden for (legally binding) guarantees": the one pressing holds the noun at `at`. */
  presserFor(at: number, clause: [number, number]): Holder | null {
    const { tokens } = this;
    let k = at - 1;
    while (k >= 0 && (GUARANTEE_MODIFIER.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
    if (tokens[k]?.lower !== 'for') return null;
    const pressed = this.actors.find((a) => a.last === k - 1);
    if (!pressed || !PRESSING.test(tokens[pressed.first - 1]?.lower ?? '')) return null;
    return this.subjectBefore(pressed.first - 1, clause);
  }

  /** Across commas and dashes: "Putin's government — seeking to … — has demanded". */
  subjectAcrossAsides(clause: [number, number]): Holder | null {
    const { tokens, speechVerbAt } = this;
    // "Blinken and Stoltenberg, Peskov noted, had been clear in rejecting …": across a speaker's tag set
    // off by commas, the subject before it.
    if (tokens[clause[0] - 1]?.text === ',') {
      const tagStart = this.clauseStart(clause[0] - 2);
      const tagger = this.speakers.find((a) => a.first >= tagStart && a.first <= tagStart + 1);
      if (
        tagger &&
        tagger.last === clause[0] - 3 &&
        TAG_VERB.test(tokens[clause[0] - 2]?.lower ?? '') &&
        tokens[tagStart - 1]?.text === ',' &&
        tagStart >= 2
      ) {
        const before = this.subjectBefore(tagStart - 1, [this.clauseStart(tagStart - 2), tagStart - 2]);
        if (before) return before;
      }
    }
    let from = clause[0];
    while (from > 0 && [',', '—', '–'].includes(tokens[from - 1]?.text ?? '') && from - 1 > speechVerbAt)
      from = this.clauseStart(from - 2);
    if (from >= clause[0]) return null;
    return this.subjectBefore(clause[0], [Math.max(from, speechVerbAt + 1), clause[0] - 1]);
  }

  holderOf(cue: Cue, ci: number, predicativeAfter: number | null = null): Holder | null {
    const { tokens, mentions, cues, speaker, previousSpeaker, spans, speakers } = this;
    const clause = spans[ci] as [number, number];
    // "…described many of the Russian requests as non-starters, in particular demands for the removal
    // of NATO forces": an item of what was judged, not a demand of the judges.
    if (
      !cue.owner &&
      DEMAND_SUBJECT.test(tokens[cue.first]?.lower ?? '') &&
      listItemAt(tokens, cue.first - 1)
    )
      return NO_HOLDER;
    // "…a series of demands, including the withdrawal of … from Poland and Lithuania and explicit pledges
    // that …": a later item of the same list, held by no one named in the items before it.
    if (!cue.owner && LIST_ITEM_NOUN.test(tokens[cue.last]?.lower ?? '')) {
      let k = cue.first - 1;
      while (k >= 0 && ITEM_MODIFIER.test(tokens[k]?.lower ?? '')) k--;
      // (Back across the list's own commas, to a semicolon or colon.)
      let including = -1;
      for (let i = k - 1; i >= 0 && including < 0 && !/^[;:]$/.test(tokens[i]?.text ?? ''); i--)
        if (/^(?:including|namely)$/.test(tokens[i]?.lower ?? '')) including = i;
      // (A noun: after a modifier or in the plural, not the verb of "… and guarantee that …".)
      const noun = k < cue.first - 1 || /s$/.test(tokens[cue.last]?.lower ?? '');
      if (
        noun &&
        (tokens[k]?.lower === 'and' || tokens[k]?.text === ',') &&
        including >= 0 &&
        !cues.some((c) => c !== cue && c.first > including && c.last < cue.first && !c.owner)
      )
        return NO_HOLDER;
    }
    // "press Biden for legally binding guarantees ruling out any enlargement", "guarantees that rule out
    // …": the cue is the guarantee's content; whoever holds the guarantee holds it, not the one pressed.
    const guarantee = tokens[cue.first - 1]?.lower === 'that' ? cue.first - 2 : cue.first - 1;
    if (!cue.owner && GUARANTEE_WORD.test(tokens[guarantee]?.lower ?? '')) {
      const noun = cues.find((c) => c !== cue && c.first <= guarantee && c.last >= guarantee);
      if (noun) return this.holderOf(noun, ci, predicativeAfter);
      return this.presserFor(guarantee, clause) ?? NO_HOLDER;
    }
    // "Some of Moscow's conditions are not acceptable to the US authorities": the one a verdict is
    // addressed to by "to" holds it.
    if (
      !cue.owner &&
      VERDICT_TO.test(tokens[cue.last]?.lower ?? '') &&
      tokens[cue.last + 1]?.lower === 'to'
    ) {
      const judge = this.speakers.find(
        (a) =>
          a.first >= cue.last + 2 &&
          a.first <= cue.last + 3 &&
          (a.first === cue.last + 2 || tokens[cue.last + 2]?.lower === 'the'),
      );
      if (judge) return { ...this.asHolder(judge), kind: 'subject' };
    }
    // "were described by Blinken as non-starters": the agent of a passive verb of judging, the verdict
    // after its "as".
    const asAt = /^(?:a|an)$/.test(tokens[cue.first - 1]?.lower ?? '') ? cue.first - 2 : cue.first - 1;
    if (tokens[asAt]?.lower === 'as') {
      const agent = speakers.find(
        (a) =>
          a.last === asAt - 1 &&
          a.first > clause[0] + 1 &&
          judgedBy(tokens, tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1),
      );
      if (agent)
        return { parties: agent.parties, kind: 'passive-agent', matched: agent.text, role: agent.role };
      // ("were described by him as threats": the person who spoke before, as "he" would be.)
      const person = [this.input.previousSpeaker, this.input.recentSpeaker].find(
        (x) => x?.kind === 'party' && x.role !== null,
      );
      if (/^(?:him|her)$/.test(tokens[asAt - 1]?.lower ?? '') && judgedBy(tokens, asAt - 2) && person)
        return this.partyOf(person);
    }
    // "these calls violate NATO's open door": the demands do the violating (see demandsViolate).
    if (this.demandSubjectOf(cue) >= 0) return NO_HOLDER;
    // "…, reacting to the statement of Lavrov that the guarantees Russia asks …": the content of
    // another's statement is theirs, not the speaker's or the sentence subject's.
    const stated = this.statementContentHolder(cue.first);
    if (stated) return stated;
    // "responses to the proposals for security guarantees": a guarantee named inside another noun's
    // phrase is no one's position (whose it is the noun before it says, when it says).
    if (!cue.owner && cue.first === cue.last && GUARANTEE_WORD.test(tokens[cue.first]?.lower ?? '')) {
      let k = cue.first - 1;
      while (k >= 0 && (GUARANTEE_MODIFIER.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
      // (Unless the subject presented them: "Russia released proposals for security guarantees".)
      let v = k - 2;
      while (v >= 0 && /^(?:the|its|their|a|new|draft|written|of|list|set)$/.test(tokens[v]?.lower ?? ''))
        v--;
      const presented = PRESENTED_BY_SUBJECT.test(tokens[v]?.lower ?? '');
      const presser = this.presserFor(cue.first, clause);
      if (presser) return presser;
      if (/^(?:for|of|on|about|regarding)$/.test(tokens[k]?.lower ?? '') && !presented) return NO_HOLDER;
    }
    // "Moscow wants NATO to promise … and has urged the alliance to …": a verb coordinated with "and
    // has" shares the subject of the first verb of its clause, not the object before it.
    if (predicativeAfter === null) {
      let k = cue.first - 1;
      while (k > clause[0] && FINITE_AFTER_AND.has((tokens[k] as Token).lower)) k--;
      if (k < cue.first - 1 && tokens[k]?.lower === 'and') {
        const firstVerb = cues.find((c) => c.first >= clause[0] && c.last < k && !c.owner);
        if (firstVerb) return this.holderOf(firstVerb, ci);
        // "…, but also Estonia, Latvia and Lithuania, and has demanded …": after a comma, the subject
        // of the clauses before, past inserted lists.
        if (tokens[k - 1]?.text === ',' && ci > 0) {
          const before = this.coordinatedSubject(ci);
          if (before) return this.asHolder(before);
        }
      }
      // "Russia had no intention of attacking Ukraine and insisted on …": a past verb right after "and"
      // shares the subject of its clause, not the object before it.
      if (tokens[cue.first - 1]?.lower === 'and' && /ed$/.test(tokens[cue.first]?.lower ?? '')) {
        const subject = this.clauseSubject(clause);
        if (subject && subject.first < cue.first) return this.asHolder(subject);
      }
    }
    // Passive: "guarantees demanded by Moscow", "the proposals were rejected by Washington".
    // ("… was rejected out of hand by the Romanian government": past an adverbial phrase.)
    let reach = cue.last + 3;
    while (reach < clause[1] && ADVERBIAL.test(tokens[reach - 2]?.lower ?? '')) reach++;
    for (let i = cue.last + 1; i <= Math.min(clause[1], reach); i++) {
      if ((tokens[i] as Token).lower !== 'by') continue;
      const agent = speakers.find((a) => a.first >= i + 1 && a.first <= i + 3);
      const passive =
        /ed$/.test((tokens[cue.last] as Token).lower) ||
        BE.has(tokens[cue.first - 1]?.lower ?? '') ||
        BE.has(tokens[cue.first - 2]?.lower ?? '');
      if (agent && passive)
        return { parties: agent.parties, kind: 'passive-agent', matched: agent.text, role: agent.role };
    }
    // "… provoked “serious objections” from the United States": an attitude noun's source holds it.
    if (ATTITUDE_NOUN.test(tokens[cue.last]?.lower ?? '')) {
      let f = cue.last + 1;
      while (tokens[f]?.transparent) f++;
      if (tokens[f]?.lower === 'from') {
        const source = speakers.find(
          (a) => a.first === f + 1 || (a.first === f + 2 && tokens[f + 1]?.lower === 'the'),
        );
        if (source) return { ...this.asHolder(source), kind: 'subject' };
      }
    }
    // "has not received an answer from the United States to …": the one the answer was to come from.
    if (/\bfrom$/i.test(cue.text)) {
      const source = speakers.find((a) => a.first > cue.last && a.first <= cue.last + 2);
      if (source) return { ...this.asHolder(source), kind: 'subject' };
    }
    // "nothing new in Russia objecting to …", "Moscow's rejecting …": a name right before a gerund
    // after a preposition is the gerund's subject, whoever speaks.
    if (/ing$/.test((tokens[cue.first] as Token).lower)) {
      const owner = speakers.find(
        (a) =>
          a.kind !== 'adjective' &&
          (a.last === cue.first - 1 ||
            (a.last === cue.first - 2 && /^['’]s$/.test(tokens[cue.first - 1]?.text ?? ''))),
      );
      const before = owner ? (tokens[owner.first - 1]?.lower ?? '') : '';
      if (owner && /^(?:in|of|about|on|by|without|against|over)$/.test(before))
        return { ...this.asHolder(owner), kind: 'subject' };
    }
    // Experiencer: "unacceptable to Moscow", "a “non-starter” for Washington".
    let n = cue.last + 1;
    while (tokens[n]?.transparent) n++;
    const next = tokens[n];
    if (next && (next.lower === 'to' || next.lower === 'for')) {
      const exp = speakers.find((a) => a.first >= n + 1 && a.first <= n + 2);
      // Only adjectives and nouns take an experiencer: not "reaffirmed to Russia", "explained to Moscow".
      const nominal =
        /^(?:unacceptable|inadmissible|non-?starters?|red lines?|non-?negotiable|not negotiable|(?:top )?priority|main concern|threat|impossible|unrealistic|absurd|no-go)$/i.test(
          cue.text,
        );
      if (exp && nominal) return { parties: exp.parties, kind: 'subject', matched: exp.text, role: exp.role };
    }
    // "would mean crossing Moscow's red lines": whose red lines they are, named inside the cue.
    if (/red lines?$/i.test(cue.text)) {
      const own = speakers.find(
        (a) => a.first > cue.first && a.last < cue.last && /^['’]s$/.test(tokens[a.last + 1]?.text ?? ''),
      );
      if (own) return { parties: own.parties, kind: 'subject', matched: own.text, role: own.role };
    }
    // "guarantees … were demanded" with no agent: the subject is what was demanded, not who demanded it.
    // "guarantees … were demanded" with no agent: the subject is what was demanded, not who demanded
    // it. Not "is prepared to", "are committed to": adjectives taking an infinitive or object.
    // "Washington was urged to halt …", "the allies were asked to …": the subject is the one asked.
    const askedPassive =
      BE.has(tokens[cue.first - 1]?.lower ?? '') && ASKED.test((tokens[cue.first] as Token).lower);
    // Who asked is not said (the agent was looked for above): not the speaker either ("Kyiv was urged
    // to drop its bid, Kuleba said" is no Ukrainian position).
    if (askedPassive) return null;
    // "proposals sent to NATO and Washington were rejected", "… were decisively rejected at the talks
    // with the United States": with no agent, who received them refused them.
    const receivers = cue.attitude === 'rejects' && !cue.negated ? this.receiversOfRejected(cue) : null;
    if (receivers) return receivers;
    const agentlessPassive =
      askedPassive ||
      (cue.first === cue.last && // "is worried about", "is opposed to": adjectives with their preposition
        // ("were firmly rejected": past an adverb)
        (BE.has(tokens[cue.first - 1]?.lower ?? '') ||
          (/ly$/.test(tokens[cue.first - 1]?.lower ?? '') && BE.has(tokens[cue.first - 2]?.lower ?? ''))) &&
        /(?:ed|ought|ade|own|en)$/.test((tokens[cue.first] as Token).lower) &&
        !/^(?:prepared|committed|willing|ready|inclined|interested|opposed|determined)$/i.test(
          (tokens[cue.first] as Token).lower,
        ) &&
        !/\bto$/i.test(cue.text) &&
        !['to', 'by'].includes(tokens[cue.last + 1]?.lower ?? ''));
    // "NATO must not move further east": a modal of obligation is the speaker's demand on the subject.
    // Also when it leads a chain of cues: "must formally commit to".
    // "NATO must not allow …", "Kyiv should never accept …": the modal a few words before the cue.
    let d = cue.first - 1;
    while (d > clause[0] && d >= cue.first - 3 && MODAL_FILLER.has((tokens[d] as Token).lower)) d--;
    // "NATO would have to agree to halt …": an obligation put on the subject, like "must" — and, said by no
    // one in the sentence, the reporter's account of what a demand requires, held by no one.
    const haveTo =
      tokens[cue.first - 1]?.lower === 'to' && /^(?:have|has|had)$/.test(tokens[cue.first - 2]?.lower ?? '');
    if (haveTo && speaker === null) return NO_HOLDER;
    const deontic =
      haveTo ||
      DEONTIC.has(cue.text.toLowerCase()) ||
      DEONTIC.has((tokens[cue.first] as Token).lower) ||
      (d < cue.first - 1 && DEONTIC.has((tokens[d] as Token).lower)) ||
      // "…, stating that the alliance cannot accept new members": a prohibition someone else states.
      (PROHIBITIVE.has(tokens[cue.first - 1]?.lower ?? '') &&
        speaker?.kind === 'party' &&
        !speakers.some(
          (a) =>
            a.last < cue.first &&
            a.last >= cue.first - 3 &&
            a.parties.every((p) => speaker.parties.includes(p)),
        )) ||
      (PROHIBITIVE.has(tokens[cue.first - 1]?.lower ?? '') &&
        ci > 0 &&
        SPEAKING_PARTICIPLE.test(tokens[clause[0]]?.lower ?? ''));
    // "They suggest that NATO should commit to not expanding": an obligation put on the addressee of a
    // proposal is the proposal's content, not the speaker's demand.
    if (deontic) {
      let a = cue.first - 1;
      while (
        a > clause[0] &&
        (MODAL_FILLER.has((tokens[a] as Token).lower) || DEONTIC.has((tokens[a] as Token).lower))
      )
        a--;
      const obliged = speakers.find((x) => x.last === a || x.last === a - 1);
      if (obliged && addresseeOfDemand(tokens, obliged.first)) return NO_HOLDER;
    }
    let subject =
      agentlessPassive || deontic
        ? null
        : this.subjectBefore(
            cue.first,
            predicativeAfter === null ? clause : [predicativeAfter + 1, clause[1]],
          );
    // "Moscow views NATO expansion as a threat", "the US called the demands non-starters".
    if (!subject && predicativeAfter !== null) {
      const mentionStart = mentions.find((x) => x.last === predicativeAfter)?.first ?? predicativeAfter;
      const verb = tokens.slice(clause[0], mentionStart).find((t) => JUDGING.test(t.lower));
      if (verb) subject = this.subjectBefore(verb.i, clause);
      // "President Radev, a critic of sanctions, called the demand unacceptable": past the aside.
      if (verb && !subject && verb.i === clause[0]) subject = this.subjectAcrossAsides(clause);
    }
    // "Putin's main demand — that NATO give guarantees it will never …": the subject of a demand's
    // content is whom the demand is addressed to, not someone holding a position.
    if (subject && this.insideDemandContent(cue.first, clause[0])) return null;
    if (subject) return subject;
    // A plan or an intention with no one stated to hold it ("facilitated by plans to deploy …") is no one's.
    if (cue.attitude === 'intent') return null;
    // "Russia, which has massed troops, demands …": the subject before an inserted clause, back to a
    // semicolon or the speech verb, before falling back on the speaker.
    // "…, saying allied deployments are non-negotiable", "… and insisting that …": what a speaking
    // participle says is the sentence subject's, wherever its cue stands in that clause.
    if (ci > 0 && SPEAKING_PARTICIPLE.test(tokens[clause[0]]?.lower ?? '')) {
      const first = spans
        .slice(0, ci)
        .map((sp) => this.clauseSubject(sp))
        .find(Boolean);
      if (first) return this.asHolder(first);
    }
    if (predicativeAfter === null && !agentlessPassive) {
      // A clause without a subject continuing an earlier one ("…, and urge the participants"): its subject.
      // "…, requesting the US to …": a participle clause has the subject of the sentence.
      // So does a second participle in it: "…, answering Moscow's demands and suggesting talks".
      const participle =
        ci > 0 &&
        /ing$/.test((tokens[cue.first] as Token).lower) &&
        (cue.first === clause[0] ||
          // ", and demanding that …": the participle right after the clause's "and".
          (tokens[cue.first - 1]?.lower === 'and' &&
            (cue.first - 1 === clause[0] || /ing$/.test(tokens[clause[0]]?.lower ?? ''))));
      // "…, but the bloc refused to abandon …": a clause with a subject of its own that names no party
      // is held by no one, not by the subject of the clause before.
      const coordinatedClause =
        ['and', 'but', 'or', 'yet'].includes(tokens[clause[0]]?.lower ?? '') ||
        tokens[clause[0] - 1]?.lower === 'but' ||
        /^(?:however|but|yet)$/.test(tokens[clause[0] - 2]?.lower ?? '');
      if (!participle && ci > 0 && coordinatedClause && this.unnamedSubjectBefore(cue.first, clause))
        return null;
      if (
        (participle ||
          ['and', 'but', 'or'].includes(tokens[clause[0]]?.lower ?? '') ||
          tokens[clause[0] - 1]?.lower === 'but') &&
        ci > 0
      ) {
        // (The nearest clause with a subject: "Stoltenberg noted that …, Russia raised its proposals,
        // urging NATO to …" is Russia urging.)
        const first = participle
          ? spans
              .slice(0, ci)
              .map((sp) => this.clauseSubject(sp))
              .reverse()
              .find(Boolean)
          : this.coordinatedSubject(ci);
        if (first) return this.asHolder(first);
      }
      const wider = this.subjectAcrossAsides(clause);
      if (wider) return wider;
    }
    if (speaker?.kind === 'party') return partyHolder(speaker);
    // "For Moscow, the non-expansion of NATO is the top priority."
    const fronted = /^(?:for|to)$/i.test(tokens[0]?.text ?? '')
      ? speakers.find((a) => a.first === 1 && tokens[a.last + 1]?.text === ',')
      : undefined;
    if (fronted) return this.asHolder(fronted);
    // ("It wants to limit NATO's right …" in a speaker's remarks: "it" is no person who spoke.)
    const itOpens = tokens[clause[0]]?.lower === 'it' || (ci === 0 && tokens[0]?.lower === 'it');
    if (
      previousSpeaker?.kind === 'party' &&
      (speaker === null || speaker.kind === 'pronoun') &&
      !(itOpens && previousSpeaker.role)
    ) {
      return {
        parties: previousSpeaker.parties,
        kind: 'previous-speaker',
        matched: previousSpeaker.matched,
        role: previousSpeaker.role,
      };
    }
    // (Not for an obligation: "…: NATO should refrain from …; should not deploy missiles" puts it on
    // NATO, whom it does not make a holder.)
    if (!deontic)
      for (let c = ci - 1; c >= 0; c--) {
        const earlier = this.subjectBefore(
          (spans[c] as [number, number])[1] + 1,
          spans[c] as [number, number],
        );
        if (earlier) return earlier;
      }
    // "NATO should abandon …" with no one said to say it: an obligation put on a party is a quotation
    // of whoever spoke within the last few sentences (news copy does not lay down what parties should do).
    const recent = this.input.recentSpeaker;
    if (deontic && speaker === null && recent?.kind === 'party')
      return {
        parties: recent.parties,
        kind: 'previous-speaker',
        matched: recent.matched,
        role: recent.role,
      };
    return null;
  }

  /**
   * "(but) the bloc refused …", "(and) the body has rejected …": a noun phrase opening the clause right
   * before its verb, naming no party (and no person, whom the speaker logic may resolve).
   */
  unnamedSubjectBefore(cueFirst: number, clause: [number, number]): boolean {
    const { tokens } = this;
    let k = cueFirst - 1;
    while (
      k > clause[0] &&
      (MODAL_FILLER.has(tokens[k]?.lower ?? '') || AUXILIARY.has(tokens[k]?.lower ?? ''))
    )
      k--;
    const head = tokens[k];
    if (!head?.word || !/^[a-z]+$/.test(head.text) || PERSON_OR_GOVERNMENT.test(head.lower)) return false;
    let d = k - 1;
    while (
      d > clause[0] &&
      /^[a-z-]+$/.test(tokens[d]?.text ?? '') &&
      !SUBJECT_DETERMINER.test(tokens[d]!.lower)
    )
      d--;
    if (d < k - 3 || !SUBJECT_DETERMINER.test(tokens[d]?.lower ?? '')) return false;
    const open = ['and', 'but', 'or'].includes(tokens[clause[0]]?.lower ?? '') ? clause[0] + 1 : clause[0];
    return d === open && !this.actors.some((a) => a.first >= d && a.last <= k);
  }

  voiceOf(holder: Holder, party: string): Voice {
    const { speaker, previousSpeaker } = this;
    if (['speaker', 'previous-speaker', 'first-person', 'document'].includes(holder.kind)) return 'own';
    if (speaker?.kind === 'party' && speaker.parties.includes(party)) return 'own';
    if (speaker === null && previousSpeaker?.kind === 'party' && previousSpeaker.parties.includes(party))
      return 'own';
    return 'reported';
  }
  /** Who is speaking, by name ("he" resolved to the previous speaker), when that is not the holder. */
  speakerName(party: string): string | null {
    const { input, speaker, previousSpeaker } = this;
    const s =
      speaker?.kind === 'pronoun' ? (previousSpeaker ?? input.recentSpeaker) : (speaker ?? previousSpeaker);
    if (!s || s.kind === 'pronoun' || (s.kind === 'party' && s.parties.includes(party))) return null;
    return s.matched;
  }

  /**
   * The one-word answer after a question reported in the sentence ("…, he replied: 'No.'", "…, she
   * said: 'Of course.'"), or null: the first words after the speech verb past its colon and quote.
   */
  answerAfter(from: number): 'yes' | 'no' | null {
    const { tokens } = this;
    const verb = tokens.findIndex((t, k) => k > from && ANSWERING.test(t.lower));
    if (verb < 0) return null;
    let k = verb + 1;
    while (k < tokens.length && (tokens[k]?.transparent || /^[:,]$/.test(tokens[k]?.text ?? ''))) k++;
    const words = tokens
      .slice(k, k + 3)
      .filter((t) => t.word)
      .map((t) => t.lower)
      .join(' ');
    if (/^(?:no|never|absolutely not|certainly not|of course not|definitely not|not at all)\b/.test(words))
      return 'no';
    if (/^(?:yes|of course|certainly|absolutely|definitely)\b/.test(words)) return 'yes';
    return null;
  }

  /**
   * Where the if-clause opens whose verb is the word at `at` ("if the allies turned down …", "should
   * the US reject …", "unless NATO agrees …"): a condition opener within the eight words before it,
   * none of them a mark or a word that starts another clause. Its index, or -1.
   */
  /**
   * "… said that if Tehran kept insisting on a full lifting of sanctions, it would show …": a condition
   * whose subject is the demand's own proposer pressing it sets nothing the one speaking wants (unlike
   * "… would withdraw the threat if NATO commits to …", a condition on the demand's addressee).
   */
  proposerPersistsInCondition(ifAt: number, cueFirst: number, m: DemandMention): boolean {
    const proposers = this.input.compiled.proposers.get(m.demand);
    const subject = this.speakers.find(
      (a) => a.first > ifAt && a.last < cueFirst && !this.inPrepositionalPhrase(a),
    );
    return !!subject && subject.parties.some((p) => proposers?.has(p));
  }

  /**
   * "Tehran was prepared to keep up its cooperation with the agency": the proposer ready to do the
   * demand's opposite offers it; that is no support of its demand.
   */
  readyForTheOpposite(a: ActorMention, m: DemandMention): boolean {
    if (m.direction !== -1 || a.last >= m.first) return false;
    const between = this.tokens.slice(a.last + 1, m.first);
    // (Its own readiness: not "… responded to the remark that the alliance is ready to take in …".)
    if (between.some((t) => CUT_MARK.test(t.text))) return false;
    if (this.actors.some((b) => b.first > a.last && b.last < m.first)) return false;
    return between.some(
      (t, k) => READY.test(t.lower) && between[k + 1]?.lower === 'to' && BE.has(between[k - 1]?.lower ?? ''),
    );
  }

  /**
   * "would accept fewer restrictions on its program", "offered looser limits": less of the demand's
   * own restriction is a party holding out against it, not accepting it (not "fewer troops", where
   * "fewer" is itself the restriction).
   */
  diminishedRestriction(m: DemandMention): boolean {
    if (m.kind === 'reference' || m.direction === 0) return false;
    if (!DIMINISHING.test(this.tokens[m.first - 1]?.lower ?? '')) return false;
    return this.input.compiled.restrictions
      .findAll(this.tokens)
      .some((x) => x.first === m.first && x.values.includes(m.demand));
  }

  /**
   * A threat to do something intends it ("threatened to suspend the protocol", "its threat to
   * trigger the safeguard clause": the act is the demand's opposite, so the demand is refused). What an
   * if-clause after the threat names is what the threat is aimed at, refused ("… if NATO keeps
   * expanding"); what an unless-clause names is wanted ("… unless NATO rules out admitting Ukraine").
   * Null where the cue reads as written ("expansion is a threat to Russia").
   */
  threatReading(cue: Cue, m: DemandMention): ComposedAttitude | null {
    const { tokens } = this;
    const word = tokens[cue.first]?.lower ?? '';
    if (!/^threat/.test(word) || cue.first !== cue.last - (cue.attitude === 'intent' ? 1 : 0)) return null;
    if (cue.attitude === 'intent') {
      const opener = tokens
        .slice(cue.last + 1, m.first)
        .find((t) => t.lower === 'if' || t.lower === 'unless');
      if (!opener) return null;
      return { attitude: opener.lower === 'if' ? 'rejects' : 'supports', negated: cue.negated };
    }
    // The noun with "to" and a verb right after it: the act threatened is the demand's opposite.
    const next = tokens[cue.last + 2];
    if (
      cue.attitude === 'rejects' &&
      /^threats?$/.test(word) &&
      tokens[cue.last + 1]?.lower === 'to' &&
      m.first === cue.last + 2 &&
      m.direction === -1 &&
      !!next &&
      !next.capital &&
      !NOUN_OPENER.test(next.lower)
    )
      return { attitude: 'intent', negated: cue.negated };
    return null;
  }

  conditionOpener(at: number): number {
    const { tokens } = this;
    for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
      const t = tokens[k] as Token;
      if (/^[,;:—–()"“”]$/.test(t.text) || /^(?:that|but|which|who|because|then)$/.test(t.lower)) return -1;
      if (t.lower === 'if' || t.lower === 'unless')
        return /^(?:as|even|only|what)$/.test(tokens[k - 1]?.lower ?? '') ? -1 : k;
      // ("should the US reject": "should" inverted before its subject, not "NATO should reject".)
      if (t.lower === 'should')
        return (/^(?:the|its|their)$/.test(tokens[k + 1]?.lower ?? '') ||
          this.actors.some((a) => a.first === k + 1)) &&
          !this.actors.some((a) => a.last === k - 1) &&
          !/^(?:he|she|it|they|we|you|i)$/.test(tokens[k - 1]?.lower ?? '')
          ? k
          : -1;
    }
    return -1;
  }

  emit(found: Holder, attitude: ComposedAttitude, cue: Cue, m: DemandMention, ci: number): void {
    const { tokens, compiled, speaker, findings, spans } = this;
    if (found.parties.length === 0) return;
    if (found.negates) attitude = { ...attitude, negated: !attitude.negated };
    // "“Will the US guarantee that Ukraine never joins NATO?” a reporter asked.": a question put to a
    // party states no position of it.
    if (this.facts.question && this.facts.asking) return;
    // "Moscow will respond if the US turns down its demands", "… should the allies reject them": what a
    // party is supposed to do in a condition is no position of it.
    // (Not "Putin would pull back if NATO commits to stop expanding": the condition the proposer sets.)
    if (!cue.owner) {
      const condition = this.conditionOpener(cue.first);
      if (
        condition >= 0 &&
        this.actors.some(
          (a) =>
            a.first > condition && a.last < cue.first && a.parties.some((p) => found.parties.includes(p)),
        )
      )
        return;
    }
    // "…between NATO and Ukraine, which hopes to join the bloc, and by the chance that missiles …": a
    // cue inside an inserted relative clause does not reach past the comma that closes it.
    if (!cue.owner && m.first > cue.last && this.closedRelativeClauseEnd(cue) < m.first) return;
    // "Russia claims the US plans to put strike missiles in Ukraine": another side's allegation about
    // the holder states no position of the holder.
    // "It is not true that the alliance plans to pull its forces out": the content denied.
    if (this.deniedContentBefore(cue.first)) attitude = { ...attitude, negated: !attitude.negated };
    // ("Russian media wrongly reported that NATO had agreed …": a report the sentence calls false.)
    if (tokens.slice(0, cue.first).some((t) => FALSELY.test(t.lower))) return;
    for (let k = cue.first - 1; k >= Math.max(1, cue.first - 8); k--) {
      if (!ALLEGING.test(tokens[k]?.lower ?? '')) continue;
      const alleger = this.speakers.find(
        (a) => a.last === k - 1 || (a.last === k - 2 && tokens[k - 1]?.transparent),
      );
      if (alleger && !alleger.parties.some((p) => found.parties.includes(p))) return;
      break;
    }
    // "…did not respond to the elements of the draft, in particular, the refusal of the entry of …": an
    // undertaking listed as an item is what the demands ask, not something a party that made none wants.
    if (
      !cue.owner &&
      UNDERTAKING_WORD.test(tokens[cue.last]?.lower ?? '') &&
      cue.first === cue.last &&
      listItemAt(tokens, skipArticles(tokens, cue.first - 1)) &&
      !found.parties.some((p) => compiled.proposers.get(m.demand)?.has(p))
    )
      return;
    // "guarantees ruling out any enlargement": the participle is the restriction the demand's words
    // already hold, the guarantee's content; whoever holds the guarantee asks for it.
    if (
      attitude.attitude === 'rejects' &&
      !attitude.negated &&
      m.direction === 1 &&
      cue.last < m.first &&
      m.match.toLowerCase().startsWith(`${cue.text.toLowerCase()} +`) &&
      GUARANTEE_WORD.test(
        tokens[tokens[cue.first - 1]?.lower === 'that' ? cue.first - 2 : cue.first - 1]?.lower ?? '',
      )
    )
      attitude = { attitude: 'supports', negated: false };
    // "Is Paris ready to accept a freeze on enlargement?": a yes/no question states no position.
    if (cue.first < this.facts.yesNoQuestionEnd) return;
    // "Asked whether the alliance would admit Ukraine soon, Stoltenberg said no": the question put is
    // the reporter's. Its answer makes it the answerer's (below) when that is a "yes", or a "no" to the
    // demand itself; a "no" to its opposite ("not soon") would be a guess.
    if (cue.first < this.questionPutEnd()) {
      const answer = this.answerAfter(cue.last);
      if (!answer || (answer === 'no' && m.direction !== 1)) return;
    }
    // "Hungary refused to host additional NATO troops", "did not want more troops": declining an increase is
    // not asking for the demand (a pull-back), whoever says it.
    const refusing =
      (attitude.attitude === 'rejects' && !attitude.negated) ||
      (attitude.attitude === 'supports' && attitude.negated);
    if (
      refusing &&
      m.direction === -1 &&
      tokens
        .slice(Math.max(cue.last + 1, m.first - 4), nounPhraseEnd(tokens, m.last) + 1)
        .some((t) => /^(?:more|additional|extra|reinforcements?)$/.test(t.lower))
    )
      return;
    // "Putin says Western answers ignored Russia's core demands": a party refusing its own demands,
    // named only by a pointer to them, is a misreading of whose verb it is (someone else's).
    if (refusing && m.kind === 'reference' && m.owner && found.parties.includes(m.owner)) return;
    // "Some NATO member states are concerned about …": a part of a party is not the party.
    const holderActor = this.actors.find((a) => a.text === found.matched);
    if (
      holderActor &&
      PARTITIVE.test(tokens[holderActor.first - 1]?.lower ?? '') &&
      /^(?:member|members|states|countries|allies|governments|capitals)$/.test(
        tokens[holderActor.last + 1]?.lower ?? '',
      )
    )
      return;
    // "NATO accuses Russia of increasing border troops": an accusation of the demand's own proposer is
    // about its conduct, not about the demand.
    if (/^(?:accus|blam)/.test(tokens[cue.first]?.lower ?? '')) {
      const accused = this.actors.filter((a) => a.first > cue.first && a.last < cue.last);
      // (What the accused is said to seek is still its own: "accuses Moscow of seeking to push … out".)
      // (Nor one of its aims, "accuses Moscow of seeking to …": then the accuser opposes the aim.)
      const accusedHolds = found.parties.every((p) => accused.some((a) => a.parties.includes(p)));
      const aim = /\bof\s+\S/i.test(cue.text);
      if (
        !accusedHolds &&
        !aim &&
        accused.some((a) => a.parties.some((p) => compiled.proposers.get(m.demand)?.has(p)))
      )
        return;
      // ("… hammered NATO's unwillingness to respond and accused the West of …": not the possessor.)
      const by = this.actors.find((a) => a.text === found.matched && a.last < cue.first);
      if (by && /^['’]s$/.test(tokens[by.last + 1]?.text ?? '')) return;
    }
    // "Analysts doubt that Washington will ever accept …", "Some analysts believe France might favour …":
    // speculation about a party, by someone else, is not its position.
    // (A demand's owner still holds it: "… doubt that Washington will accept Moscow's demand".)
    const speculation = this.facts.speculationAt;
    // ("Moscow fears that …, an official said, adding that Washington has no plan …": what the one
    // who reported the fear added is past it; not "Analysts doubt …, adding that …", still theirs.)
    const addedAfter = tokens
      .slice(speculation + 1, cue.first)
      .some(
        (t) =>
          ADDING.test(t.lower) &&
          tokens[t.i + 1]?.lower === 'that' &&
          tokens[t.i - 1]?.text === ',' &&
          SPEECH.has(tokens[t.i - 2]?.lower ?? '') &&
          !tokens.slice(Math.max(0, t.i - 6), t.i - 2).some((u) => COMMENTATORS.test(u.lower)),
      );
    if (
      speculation >= 1 &&
      speculation < cue.first &&
      !addedAfter &&
      found.kind !== 'possessor' &&
      found.kind !== 'proposer'
    )
      return;
    // "the US had not pressured Ukraine to abandon its bid": denying one pushed another is no stance.
    if (cue.negated && cue.attitude === 'supports' && PRESSING.test(tokens[cue.first]?.lower ?? '')) return;
    // "Putin met Macron. They said they discussed NATO expansion", "Lavrov and Blinken discussed …":
    // two sides reporting the topic of their meeting, not one side's openness to a demand.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      /^discuss(?:ed|es|ing)?$/.test(tokens[cue.first]?.lower ?? '') &&
      // (Two sides, one of them a proposer: not "the US and NATO … offered to discuss", allies together.)
      ((found.parties.length > 1 && found.parties.some((p) => compiled.proposingParties.has(p))) ||
        tokens[cue.first - 1]?.lower === 'they')
    )
      return;
    // "…agree to discuss issues that are secondary compared with the non-expansion of NATO": what
    // something is compared with is not what the cue is about.
    if (m.first > cue.last) {
      const between = tokens.slice(cue.last + 1, m.first);
      if (
        between.some(
          (t, k) =>
            t.lower === 'than' ||
            (t.lower === 'compared' && ['with', 'to'].includes(between[k + 1]?.lower ?? '')),
        )
      )
        return;
    }
    // "I also discussed France's contribution … and our presence in Romania": a topic reported as
    // discussed is no offer to negotiate the demand, unless the demand itself is named ("discussed
    // limits on missiles").
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      cue.first === cue.last &&
      tokens[cue.first]?.lower === 'discussed' &&
      m.direction !== 1
    )
      return;
    // "pushed back on a report that the administration is prepared to propose …": the content of a
    // report or a claim is no one's position.
    for (let k = cue.first - 1; k >= Math.max(0, cue.first - 6); k--) {
      if (tokens[k]?.lower === 'that' && REPORT_NOUN.test(tokens[k - 1]?.lower ?? '')) return;
    }
    // "a proposal according to which the alliance would not offer Ukraine membership": the content of
    // a document, not a position of the party named inside it.
    const contentAt = tokens
      .slice(Math.max(0, cue.first - 10), cue.first)
      .find(
        (u) =>
          (u.lower === 'which' &&
            /^(?:to|under)$/.test(tokens[u.i - 1]?.lower ?? '') &&
            (tokens[u.i - 1]?.lower === 'under' || tokens[u.i - 2]?.lower === 'according')) ||
          u.lower === 'whereby',
      );
    if (
      contentAt &&
      this.actors.some(
        (a) =>
          a.first > contentAt.i && a.last < cue.first && a.parties.some((p) => found.parties.includes(p)),
      )
    )
      return;
    // "…'Threatens European Security' Amid Calls to Join NATO": what follows "amid" is not the cue's object.
    if (m.first > cue.last && tokens.slice(cue.last + 1, m.first).some((t) => t.lower === 'amid')) return;
    // "threatening Russian security by aspiring to join NATO": the demand is the means of the act,
    // not what the cue is about.
    // But "security cannot be ensured by expanding military blocs" denies that the opposite serves: a
    // rejection of it.
    if (m.first > cue.last) {
      const by = tokens.slice(cue.last + 1, m.first).find((t) => t.lower === 'by');
      const deniedMeans = attitude.attitude === 'supports' && attitude.negated && m.direction === -1;
      if (by && /ing$/.test(tokens[by.i + 1]?.lower ?? '') && !deniedMeans) return;
    }
    // "rejected claims that NATO expansion provoked the crisis": the verdict is on a claim about the
    // alliance's growth. A claim that the growth threatens or provoked someone is the demand's case:
    // rejecting it rejects the demand, endorsing it supports it. Any other claim says nothing of the
    // demand (unless it states it: "… that NATO must stop expanding").
    if (m.direction !== 1 && m.first > cue.last) {
      for (let k = cue.last + 1; k < m.first && k <= cue.last + 4; k++) {
        if (!CLAIM_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'that') continue;
        const clauseEnd = (spans[ci] as [number, number])[1];
        const grievance = tokens.slice(m.last + 1, clauseEnd + 1).some((t) => GRIEVANCE.test(t.lower));
        // (From the verdict's own word: a grievance verb inside the claim may already have been composed
        // into the chain, "rejected claims that the open door threatens".)
        if (!grievance || m.direction !== -1 || (cue.attitude !== 'rejects' && cue.attitude !== 'supports'))
          return;
        attitude = { attitude: cue.attitude === 'rejects' ? 'supports' : 'rejects', negated: cue.negated };
        break;
      }
    }
    // "NATO would consider moving more troops east": openness to the demand's stated opposite is no
    // openness to the demand.
    // "we are discussing with our allies to increase their presence here": weighing more of what the
    // demand would end is leaning against it, not openness to it.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      m.direction === -1 &&
      tokens
        .slice(
          cue.last < m.first ? Math.max(cue.last + 1, m.first - 6) : Math.max(0, m.first - 6),
          m.last + 1,
        )
        .some((t) => MORE_OF.test(t.lower)) &&
      // (Not a contingency: "should Russia attack, the alliance would consider moving more troops".)
      this.modality(this.spans[ci] as [number, number], cue) !== 'conditional'
    )
      attitude = { attitude: 'supports', negated: false };
    // "ready to talk about de-escalation, not about enlargement": a topic the offer sets aside.
    if (attitude.attitude === 'open' && !attitude.negated && m.first > cue.last) {
      let k = m.first - 1;
      while (k > cue.last && /^(?:the|a|an|its|their|any|further)$/.test(tokens[k]?.lower ?? '')) k--;
      if (TOPIC_PREPOSITION.test(tokens[k]?.lower ?? '')) k--;
      // (Or "not" read into the demand's own words: "…, not the open door".)
      if (tokens[m.first]?.lower === 'not') k = m.first;
      if (tokens[k]?.lower === 'not' && /^(?:,|but)$/.test(tokens[k - 1]?.lower ?? '')) return;
    }
    if (attitude.attitude === 'open' && !attitude.negated && m.kind === 'phrase' && m.direction === -1)
      return;
    // "…asking whether Biden was open to pulling troops out": a question puts no position to anyone.
    // Unless the one asked answers for its own side: "Asked whether Washington would agree to …, the
    // secretary of state replied: 'No.'" states the answerer's position.
    for (let w = cue.first - 1; w >= Math.max(0, cue.first - 12); w--) {
      if (tokens[w]?.lower !== 'whether' && tokens[w]?.lower !== 'if') continue;
      if ([1, 2, 3].some((k) => ASKING_QUESTION.test(tokens[w - k]?.lower ?? ''))) {
        const answer = this.answerAfter(cue.last);
        if (
          !answer ||
          speaker?.kind !== 'party' ||
          !(found.parties.some((p) => speaker.parties.includes(p)) || /^you/i.test(found.matched))
        )
          return;
        found = { parties: speaker.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role };
        if (answer === 'no') attitude = { ...attitude, negated: !attitude.negated };
      }
      break;
    }
    // "the INF treaty was not discussed at the talks": a report of what the meeting covered, not a
    // refusal to discuss it ("will not be discussed without Kyiv" is one).
    if (
      attitude.attitude === 'open' &&
      attitude.negated &&
      /^(?:discussed|raised|addressed|negotiated|considered|touched)$/i.test(cue.text) &&
      PAST_PASSIVE.test(tokens[cue.first - 2]?.lower ?? '') &&
      tokens[cue.first - 1]?.lower === 'not'
    )
      return;
    // "Biden said Washington and Moscow could work something out": a speaker's openness on behalf of
    // both sides is the speaker's own; the other side has not said so.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      found.parties.length > 1 &&
      speaker?.kind === 'party' &&
      found.parties.some((p) => speaker.parties.includes(p))
    )
      found = { ...found, parties: found.parties.filter((p) => speaker.parties.includes(p)) };
    // "…told reporters that the demand was a non-starter for Washington": Sherman said it; say so.
    const holder: Holder =
      speaker?.kind === 'party' &&
      !speaker.document &&
      found.kind === 'subject' &&
      found.parties.every((p) => speaker.parties.includes(p))
        ? { parties: found.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role }
        : found;
    const clause = spans[ci] as [number, number];
    const modality = this.modality(clause, cue);
    // "accused NATO of breaking promises not to expand": a promise told as broken is a grievance, not
    // the promiser's position. (One told as history stays, marked historical.)
    if (PROMISE.test(tokens[cue.first]?.lower ?? '')) {
      const broken = tokens.slice(Math.max(0, cue.first - 4), cue.first).some((t) => BROKEN.test(t.lower));
      if (broken) return;
    }
    // "Russia was misled when Western leaders pledged that NATO would not grow", "had assured Moscow it
    // would not expand, a promise since broken": a promise the sentence calls a deception is a grievance.
    if (PAST_PROMISE.test(tokens[cue.first]?.lower ?? '')) {
      const from = Math.max(0, cue.first - 12);
      if (tokens.slice(from, Math.min(tokens.length, m.last + 12)).some((t) => DECEIVED.test(t.lower)))
        return;
    }
    // Arms control is mutual by nature: accepting it is openness, not support for one side's demand.
    const reciprocal =
      tokens
        .slice(clause[0], clause[1] + 1)
        // ("in return for", not "return to the limits", which restores the demand's own terms)
        .some((t) => RECIPROCAL.has(t.lower) && (t.lower !== 'return' || tokens[t.i - 1]?.lower === 'in')) ||
      /\b(?:arms|missile|weapons?)(?: \+)? control\b/i.test(m.match);
    // "NATO called on Russia to withdraw forces from Georgia": the one asked to act is the demand's own
    // proposer, so what it is asked to withdraw is its own, not what the demand is about.
    const addressee = this.speakers.find(
      (a) =>
        a.first > cue.last &&
        a.first <= cue.last + 2 &&
        a.last < m.first &&
        tokens[a.last + 1]?.lower === 'to' &&
        a.parties.every((p) => compiled.proposers.get(m.demand)?.has(p)),
    );
    if (
      addressee &&
      !reciprocal &&
      REQUEST_VERB.test(tokens[cue.first]?.lower ?? '') &&
      attitude.attitude === 'supports' &&
      !attitude.negated &&
      !found.parties.some((p) => addressee.parties.includes(p))
    )
      return;
    // Where the refusal's object starts: after the innermost cue of a chain ("had not moved from its
    // refusal to contemplate ruling out …").
    const ruledOutLast =
      this.cues.filter((c) => c.first >= cue.first && c.last < m.first && !c.owner).pop()?.last ?? cue.last;
    // "verification measures in relation to the Aegis Ashore sites": the opposite named as a topic.
    let t = m.first - 1;
    while (t >= 0 && /^(?:the|its|their|a|an)$/.test(tokens[t]?.lower ?? '')) t--;
    // "put forward suggestions related to … the placement of missiles": ideas about a topic.
    const between = m.first > cue.last ? tokens.slice(cue.last + 1, m.first) : [];
    const ideasAbout = between.some(
      (u, k) =>
        /^(?:suggestions?|ideas?|proposals?|options|thoughts)$/.test(u.lower) &&
        between
          .slice(k + 1, k + 3)
          .some((v) => /^(?:related|relating|regarding|concerning|about|on)$/.test(v.lower)),
    );
    const topicOnly =
      m.direction === -1 &&
      (ideasAbout ||
        /^(?:regarding|concerning)$/.test(tokens[t]?.lower ?? '') ||
        (tokens[t]?.lower === 'to' &&
          /^(?:relation|regard|respect|relating|related)$/.test(tokens[t - 1]?.lower ?? '')));
    const diminished = this.diminishedRestriction(m);
    for (const party of holder.parties) {
      const proposer = compiled.proposers.get(m.demand)?.has(party) ?? false;
      let stance = decideStance({
        attitude: attitude.attitude,
        negated: attitude.negated,
        direction: topicOnly ? 0 : diminished ? (proposer ? 0 : m.direction === 1 ? -1 : 1) : m.direction,
        proposer,
        // (A plain denial is no conditional acceptance: "security could not be guaranteed by expanding
        // blocs"; "could back down from its bid" is.)
        conditionalAcceptance:
          reciprocal ||
          (modality === 'conditional' &&
            !(attitude.negated && /^(?:not|never|cannot|can't|can’t)$/i.test(cue.negation ?? ''))),
        applicantVerb: /^(?:join|joining|joined|accede|become|apply|applying|applied|seek membership)/i.test(
          m.match,
        ),
        // Only when the demand's words are what is not ruled out ("refused to rule out Ukraine's
        // membership"), not a noun's complement ("… a moratorium on new deployments").
        refusedToRuleOut:
          attitude.refusedToRuleOut &&
          m.first > ruledOutLast &&
          m.first - ruledOutLast <= 8 &&
          !tokens.slice(ruledOutLast + 1, m.first).some(
            (t) =>
              t.lower !== 'to' &&
              PREPOSITIONS.has(t.lower) &&
              // "ruling out the possibility of Ukraine's membership": the possibility is the membership.
              !(t.lower === 'of' && POSSIBILITY.test(tokens[t.i - 1]?.lower ?? '')),
          ),
      });
      if (!stance) continue;
      // "Washington is ready to discuss confidence-building measures": openness on the missile demand's
      // wider basket, from a side the demand is not its own; no support or refusal is read off it.
      if (
        m.kind === 'phrase' &&
        m.direction === 1 &&
        RISK_REDUCTION.test(m.match) &&
        (stance !== 'open' || compiled.proposers.get(m.demand)?.has(party))
      )
        continue;
      // "Marin said Finland is not ruling out applying for NATO membership": a would-be member keeping
      // its own membership possible refuses the halt (no other country named as the one to join; never
      // a proposer, so the check below leaves it).
      if (stance === 'unclear' && this.keepsOwnMembershipOpen(cue, m, attitude, party, clause))
        stance = 'rejects';
      // A party rejecting its own demand, read off a demand's wording, is almost always a misreading
      // (a restriction the words hid: "… will not be deployed", "criticized NATO's commitment not to
      // expand"): leave the sentence as a mention. Dropping a demand is read off a reference to it.
      // (A pointer whose content the sentence itself gives, "… on the main issue, which is our position on
      // X", is no dropping of a demand either.)
      if (
        stance === 'rejects' &&
        (m.kind !== 'reference' || !m.owner) &&
        compiled.proposers.get(m.demand)?.has(party)
      )
        continue;
      // Its mirror: a party the demand is put to, supporting it, is nearly always the demand told as
      // addressed to it ("the US and NATO would hold to the post-1997 line and called for dialogue",
      // "the points the alliance left unanswered: … bringing its forces back"): a mention, not a stance.
      // Unless it concedes: agrees, promises ("In 1990 Baker assured Moscow …"), or denies the opposite
      // ("Washington denies that it wants to station missiles in Ukraine").
      if (
        stance === 'supports' &&
        compiled.addressees.get(m.demand)?.has(party) &&
        !attitude.negated &&
        !CONCEDING.test(tokens[cue.first]?.lower ?? '')
      ) {
        // "Washington proposed limits on missile deployments": the side the demand is put to, putting
        // forward the demand's substance itself, offers to negotiate it.
        if (!proposesSubstance(cue, m)) continue;
        stance = 'open';
      }
      findings.push(this.finding(holder, party, m, stance, cue, attitude.negated, modality));
    }
  }

  /** "… is not ruling out applying for membership": the holder's own membership, kept possible. */
  keepsOwnMembershipOpen(
    cue: Cue,
    m: DemandMention,
    attitude: ComposedAttitude,
    party: string,
    clause: [number, number],
  ): boolean {
    const { tokens, actors } = this;
    if (attitude.attitude !== 'rejects' || !attitude.negated || m.direction !== -1) return false;
    if (this.compiled.proposers.get(m.demand)?.has(party)) return false;
    if (!/\b(?:rul(?:e|es|ed|ing) out|exclud\w*)\b/i.test(cue.text)) return false;
    if (!/\b(?:apply\w*|application|join\w*|membership|accession)\b/i.test(m.match)) return false;
    // (Another country named in the clause is the one to join: "did not rule out Ukraine's membership".)
    return (
      !actors.some(
        (a) =>
          a.first >= clause[0] &&
          a.last <= clause[1] &&
          // (The organisation joined is no other applicant: "NATO membership".)
          !(a.first >= m.first && a.last <= m.last) &&
          a.last !== m.first - 1 &&
          a.parties.length > 0 &&
          !a.parties.includes(party) &&
          a.first > cue.last,
      ) &&
      !tokens
        .slice(cue.last + 1, m.first)
        .some((t) => /^(?:for|of)$/.test(t.lower) && /^\p{Lu}/u.test(tokens[t.i + 1]?.text ?? ''))
    );
  }

  /** A finding of `party`, held as `holder` names it, for the cue read on mention `m`. */
  finding(
    holder: Holder,
    party: string,
    m: DemandMention,
    stance: SentenceFinding['stance'],
    cue: Cue,
    negated: boolean,
    modality: Modality,
  ): SentenceFinding {
    return {
      party,
      demand: m.demand,
      stance,
      cue: cue.text,
      negated,
      attribution: {
        kind: holder.kind,
        matched: holder.matched,
        role: holder.role,
        speaker: this.speakerName(party),
      },
      voice: this.voiceOf(holder, party),
      modality,
      demandMatch: m.match,
      mention: m,
    };
  }

  /** Each mention read with the cue that governs it: who holds what position on it. */
  readMentions(): void {
    const { tokens, actors, mentions, cues, spans, speakers } = this;
    for (const m of mentions) {
      let ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      // "the non-deployment of strike systems that threaten us, and the return of …": a cue in a relative
      // clause right after another demand describes that demand; it governs nothing after it.
      let before = cues.filter(
        (c) =>
          (c.last < m.first ||
            // "turned those down": a verb and its particle around a pronoun standing for the demands.
            (m.kind === 'reference' && m.first === m.last && c.first < m.first && c.last > m.last)) &&
          c.first >= clause[0] &&
          !describesAnother(tokens, mentions, c, m),
      );
      // "…, among them a pledge to halt enlargement": the item's own noun names what was demanded; it is
      // no attitude of anyone in the sentence. So is each later item's ("… and a pledge to admit no one").
      const amongAt = amongThemAt(tokens, clause[0]);
      const amongThem = amongAt >= 0;
      // ("…, notably the pledge that …", "…, especially a promise to …": an example's noun the same.)
      const itemNoun = (c: Cue): boolean => {
        if (!UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '')) return false;
        const lead = tokens[skipArticles(tokens, c.first - 1)]?.lower ?? '';
        return (
          (amongThem && (c.first <= amongAt + 3 || /^(?:and|or|,)$/.test(lead))) ||
          /^(?:notably|especially|particularly|namely)$/.test(lead) ||
          // ("refused Moscow's central demands: a formal promise that …": an item after the colon.)
          (tokens[clause[0] - 1]?.text === ':' && c.first <= clause[0] + 3)
        );
      };
      before = before.filter((c) => !itemNoun(c));
      // ("demands that NATO admit or refuse particular countries": the other of two alternatives is no cue.)
      const alternative = (c: Cue): boolean =>
        tokens[c.first - 1]?.lower === 'or' && mentions.some((x) => x.last === c.first - 2);
      before = before.filter((c) => !alternative(c));
      const after = cues.filter(
        (c) => c.first > m.last && c.last <= clause[1] && !itemNoun(c) && !alternative(c),
      );
      // "The Kremlin considers the deployment of strike weapons a red line": "considers" judges here,
      // it does not offer to consider; the verdict after the demand is what the subject holds.
      // ("Romania considers Moscow's demand to withdraw … unacceptable": past the owned demand noun.)
      let judgingAt = before.length - 1;
      while (judgingAt > 0 && ownerOf(before[judgingAt] as Cue, tokens, actors)) judgingAt--;
      const judging = before[judgingAt];
      let judgedByVerb = false;
      if (
        judging &&
        !judging.negated &&
        judging.attitude === 'open' &&
        judging.first === judging.last &&
        JUDGING.test(tokens[judging.first]?.lower ?? '') &&
        after.some(
          (c) =>
            c.attitude !== 'open' &&
            c.attitude !== 'intent' &&
            !c.owner &&
            c.first - m.last <= 8 &&
            // ("… weapons near its borders a red line": past a short phrase of place)
            tokens
              .slice(m.last + 1, c.first)
              .every(
                (t) =>
                  t.transparent ||
                  VERDICT_FILLER.has(t.lower) ||
                  (t.word && !RELATIVE_WORDS.has(t.lower) && !/^(?:whether|if|and|or|but)$/.test(t.lower)),
              ),
        )
      ) {
        before = before.filter((c) => c !== judging);
        judgedByVerb = true;
      } else if (
        judging &&
        judging.attitude === 'open' &&
        judging.first === judging.last &&
        /^(?:considers|considered)$/.test(tokens[judging.first]?.lower ?? '') &&
        !/^(?:would|will|could|to|be|is|are|was|were|been|has|have|had|might|may|not)$/.test(
          tokens[judging.first - 1]?.lower ?? '',
        ) &&
        // ("considers it possible to restore the missile treaty" is openness)
        !(
          tokens[judging.first + 1]?.lower === 'it' &&
          /^(?:possible|feasible|realistic|useful|worthwhile)$/.test(tokens[judging.first + 2]?.lower ?? '')
        )
      )
        // "Beijing considers Moscow's concerns about NATO expansion legitimate": a bare "considers" judges;
        // an offer is "would consider", "is ready to consider".
        before = before.filter((c) => c !== judging);
      // "… demanded that NATO halt expansion, and to withdraw forces": a clause that continues a list
      // or an infinitive is governed by the cue of the clause it continues.
      // A cue in a relative clause after the demand ("strike systems that threaten us") only describes it.
      // (Not a cue in a second "that" clause after the demand: "… no more countries may join NATO and
      // that Western activity must cease" — its own content's.)
      const ownAfter = after.filter(
        (c) =>
          !RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? '') &&
          !tokens
            .slice(m.last + 1, c.first)
            .some((t, j, run) => t.lower === 'and' && run[j + 1]?.lower === 'that'),
      );
      // "When it comes to strike weapons, we are open to talking", "As for missiles, …": a topic put first
      // is what the first cue of the clause after its comma is about.
      if (before.length === 0 && ownAfter.length === 0 && ci === 0 && fronted(tokens, clause)) {
        const next = spans[1];
        const topicCue = next
          ? cues.find((c) => !c.owner && c.first >= next[0] && c.last <= next[1])
          : undefined;
        if (
          topicCue &&
          !mentions.some(
            (x) => x !== m && x.first >= (next as [number, number])[0] && x.first < topicCue.first,
          )
        ) {
          before = [topicCue];
          ci = 1;
        }
      }
      if (before.length === 0 && ownAfter.length === 0 && ci > 0) {
        const opener = wordOf(tokens, clause[0], Math.min(clause[1] + 1, clause[0] + 3), 0);
        // An enumeration after "three key demands: 1. …; 2. …": every item is governed by the cue before the colon.
        const colonClause = spans.slice(0, ci).find(([, e]) => tokens[e + 1]?.text === ':');
        // An item of the list: a marker, or no subject of its own before the demand ("curtailing the
        // alliance's infrastructure and returning it to 1997").
        const item =
          /^(?:\d+|[a-z])$/i.test(tokens[clause[0]]?.text ?? '') ||
          tokens[clause[0]]?.text === '(' ||
          m.first <= clause[0] + 3 ||
          !speakers.some(
            (a) =>
              a.first >= clause[0] &&
              a.last < m.first &&
              tokens[a.last + 1]?.text !== "'s" &&
              tokens[a.last + 1]?.text !== '’s' &&
              // ": that NATO pull its forces back …": the addressee of an item stated as a demand.
              !(tokens[clause[0]]?.lower === 'that' && a.first <= clause[0] + 2),
          );
        // The list runs on only while the clauses after the colon are items: none has a cue of its own.
        const enumerated =
          !!colonClause &&
          item &&
          cues.some((c) => c.first >= colonClause[0] && c.last <= colonClause[1]) &&
          !cues.some(
            (c) =>
              !c.owner &&
              c.first > colonClause[1] &&
              c.last < clause[0] &&
              !RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? ''),
          );
        // "…, stop weapons deployments there and push NATO forces back": a clause opening on a demand
        // continues the list, and so does every demand coordinated with that one.
        // "…was willing to discuss arms control but would not close NATO's door": "but" sets a clause
        // against the one before; it does not continue it.
        const contrasted =
          tokens[clause[0] - 1]?.lower === 'but' ||
          // "…, and accused western powers of …": a verb of its own after "and" starts a new statement.
          (['and', 'or'].includes(opener) && NEW_PREDICATE.test(tokens[clause[0] + 1]?.lower ?? ''));
        const continues =
          !contrasted &&
          (enumerated ||
            [
              'and',
              'or',
              'to',
              'including',
              'plus',
              'as',
              'such',
              'nor',
              'notably',
              'especially',
              'particularly',
            ].includes(opener) ||
            // ", which include A and B": the items of the demand noun before the comma.
            (opener === 'which' && INCLUDE_VERB.test(tokens[clause[0] + 1]?.lower ?? '')) ||
            // "…, together with the pullout of …", "…, along with a ban on …": one more item.
            (/^(?:together|along)$/.test(opener) && tokens[clause[0] + 1]?.lower === 'with') ||
            // "… the Russian demands are not acceptable, among them the call to …": the items of it.
            amongThem ||
            // "…, notably the pledge that NATO would not enlarge": the content of an example's noun.
            (opener === 'that' && cues.some((c) => c.last === clause[0] - 1 && itemNoun(c))) ||
            // "puts forward an arrangement, one that would codify that …", "…, which would bar …": what
            // the object of the verb before would do, with no subject of its own.
            describedObject(tokens, clause[0], m.first, speakers) ||
            opensClause(m, clause[0]) ||
            mentions.some((x) => x.first < m.first && opensClause(x, clause[0])) ||
            // "…proposals, which include stopping expansion, the cessation of …, and the withdrawal of
            // troops": every item after a list-opening demand noun, while none has a subject of its own.
            (item && cues.some((c) => c.last < clause[0] && introducesList(c, tokens))));
        if (continues)
          before = cues
            .filter((c) => !itemNoun(c))
            .filter(
              (c) =>
                c.last < clause[0] &&
                // ("its core demand, no further NATO expansion, …": the demand noun in apposition)
                (!c.owner ||
                  enumerated ||
                  introducesList(c, tokens) ||
                  c.last === clause[0] - 2 ||
                  // ("its demands, among them that NATO …, and that …": a later item of the same list.)
                  spans.some(([a]) => a > c.last && a < clause[0] && amongThemAt(tokens, a) >= 0)),
            )
            .filter((c) => !RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? ''))
            .slice(-1);
        // "Russia's demand for …, together with the pullout of …": one more of the owner's demands.
        const ownedBefore = cues.filter((c) => c.last < clause[0] && c.owner).pop();
        if (continues && /^(?:together|along)$/.test(opener) && ownedBefore) before = [ownedBefore];
        // "… the Russian demands are not acceptable, among them the call to …": the items are the
        // owner's demands too, whatever the verdict on them.
        if (continues && amongThem) {
          const owned = cues.filter((c) => c.last < clause[0] && ownerOf(c, tokens, actors)).pop();
          const holder = owned ? ownerOf(owned, tokens, actors) : null;
          if (owned && holder && owned.attitude === 'supports' && !owned.negated)
            this.emit(holder, { attitude: owned.attitude, negated: false }, owned, m, ci);
        }
        // "Washington has ruled out Moscow's major requests: that NATO pull back …": the verdict on
        // the list-opening demand noun governs its items too.
        const opener0 = before[0];
        // ("rejected Moscow's key demand, a halt to …": a demand noun with its content in apposition.)
        const apposed =
          !!opener0 &&
          opener0.last === clause[0] - 2 &&
          tokens[clause[0] - 1]?.text === ',' &&
          APPOSITION_OPENER.test(opener) &&
          m.first <= clause[0] + 3;
        if (continues && opener0?.owner && (introducesList(opener0, tokens) || apposed)) {
          const chain = [opener0];
          for (let k = cues.indexOf(opener0) - 1; k >= 0; k--) {
            const outer = cues[k] as Cue;
            if (outer.owner || !this.linked(outer, chain[0] as Cue)) break;
            chain.unshift(outer);
          }
          before = chain;
        }
        // "wants guarantees that NATO will not accept Ukraine as a member, that it halt deployments …":
        // a second "that" clause is content of what introduced the first, not of a verb inside it.
        // (After a comma: after a colon, "its requests: that NATO pull back …" are the items of the noun.)
        if (continues && opener === 'that' && tokens[clause[0] - 1]?.text === ',') {
          const introducer = cues
            .filter((c) => c.last < clause[0])
            .filter((c) => {
              const that = tokens
                .slice(c.last + 1, Math.min(c.last + 6, clause[0]))
                .find((t) => t.lower === 'that');
              return !!that && !cues.some((o) => o !== c && o.first > c.last && o.first < that.i);
            })
            .pop();
          if (introducer) before = [introducer];
        }
      }
      // "not to grant membership … and withdraw its weapons": the later verb is a sibling of the cue, not governed by it.
      // So is "refuse to accept X as a member and guarantee that no weapons …": a coordinator between the
      // nearest cue and the demand ends that cue's reach.
      // (Not a party's demand noun: "its demands that the alliance stop expanding and return to 1997" lists them.)
      if (before.length >= 2 && !(before[before.length - 1] as Cue).owner) {
        const nearest = before[before.length - 1] as Cue;
        const between = tokens.slice(nearest.last + 1, m.first);
        if (
          between.some(
            (t) =>
              COORD_WORDS.has(t.lower) &&
              !mentions.some((x) => t.i >= x.first && t.i <= x.last) &&
              // Not "that Ukraine and other former Soviet republics be kept out": names joined.
              !actors.some((a) => a.last === t.i - 1),
          )
        )
          before = before.slice(0, -1);
      }
      // "hammered NATO's unwillingness to respond, and accused the West of hiding behind the open door":
      // a new verb after "and" ends the reach of the cues before it.
      const lastBefore = before[before.length - 1];
      if (
        lastBefore &&
        tokens
          .slice(lastBefore.last + 1, m.first)
          .some((t) => t.lower === 'and' && NEW_PREDICATE.test(tokens[t.i + 1]?.lower ?? ''))
      )
        before = [];
      // "X was one of the key demands that Russia sent": the owner named after the demand decides.
      const ownerAfter = after.find((c) => c.owner?.predicative);
      if (ownerAfter) before = [];
      // "rejected any possibility of curtailing NATO's open door": a verb the ontology does not know,
      // acting on the demand's opposite, may turn it either way; say nothing rather than guess.
      if (m.direction === -1 && this.unknownVerbActsOn(m)) before = [];
      // "said the statement … was unacceptable and that Romania would keep hosting allied troops": a
      // second "that" clause is content of what took the first one, not of a verdict inside it.
      const lastCue = before[before.length - 1];
      if (lastCue) {
        const andThat = tokens.findIndex(
          (t, k) => k > lastCue.last && k < m.first && t.lower === 'and' && tokens[k + 1]?.lower === 'that',
        );
        // (Unless the cue itself took the first "that": "demanded that NATO stop … and that it withdraw …".)
        const took = tokens.findIndex(
          (t, k) => k > lastCue.last && k <= lastCue.last + 3 && t.lower === 'that',
        );
        // (Only where a party of its own is the new clause's subject: "and that Romania would …".)
        const ownSubject =
          andThat > 0 &&
          this.actors.some(
            (a) =>
              a.parties.length > 0 &&
              (a.first === andThat + 2 || (a.first === andThat + 3 && tokens[andThat + 2]?.lower === 'the')),
          );
        if (ownSubject && !(took > 0 && took < andThat)) {
          let first = -1;
          for (let k = lastCue.first - 1; k >= 0 && first < 0; k--)
            if (tokens[k]?.lower === 'that') first = k;
          const introducer =
            first > 0 ? before.filter((c) => c.last < first && c.last >= first - 3).pop() : undefined;
          before = introducer ? [introducer] : [];
        }
      }
      let governing: Cue | undefined = before[before.length - 1];
      let attitude: ComposedAttitude | null = null;
      if (governing) {
        attitude = { attitude: governing.attitude, negated: governing.negated };
        attitude = this.threatReading(governing, m) ?? attitude;
        // Cues in a row compose, the outer one holding: "refused to discuss", "wants to discuss",
        // "rejected calls for", "demands that NATO pledge not to expand", "insisted that expansion violated".
        // A demand noun owned by a party ("Moscow's demand") or an attitude noun with a possessor
        // ("Russia's objection to …"): its owner holds what the chain from there says.
        // A demand noun owned by a party on the way out ("rejected Moscow's demand that …"): the owner's position too.
        if (ownerOf(governing, tokens, actors))
          this.emit(ownerOf(governing, tokens, actors) as Holder, attitude, governing, m, ci);
        let grievanceHeard = false;
        for (let k = before.length - 2; k >= 0; k--) {
          const outer = before[k] as Cue;
          const inner = before[k + 1] as Cue;
          if (!this.linked(outer, inner)) break;
          // "Moscow's conditions are unacceptable to Washington, notably the pledge …": the verdict on an
          // owned demand noun is its judge's; the owner holds only its own demand.
          const outerOwner = ownerOf(outer, tokens, actors);
          if (
            outerOwner &&
            k === before.length - 2 &&
            !inner.owner &&
            (inner.attitude === 'rejects' || inner.attitude === 'supports') &&
            inner.first - outer.last <= 3 &&
            BE.has(tokens[inner.first - 1]?.lower ?? '') &&
            VERDICT_TO.test(tokens[inner.last]?.lower ?? '')
          ) {
            this.emit(outerOwner, { attitude: outer.attitude, negated: outer.negated }, outer, m, ci);
            break;
          }
          // "Washington had not reversed course on Moscow's key requests": holding firm against another
          // party's demands refuses them (on one's own, "will not back down on its demands", keeps them).
          const innerOwner = inner.owner ? ownerOf(inner, tokens, actors) : null;
          const firmAgainst =
            outer.attitude === 'holdFirm' &&
            !outer.negated &&
            !!innerOwner &&
            !!this.holderOf(outer, ci)?.parties.some((p) => !innerOwner.parties.includes(p));
          // "willing to discuss Moscow's concerns about expansion": hearing another party's grievance is
          // no openness to its demand.
          const aggrieved = inner.attitude === 'rejects' ? ownerOf(inner, tokens, actors) : null;
          if (
            outer.attitude === 'open' &&
            !outer.negated &&
            !!aggrieved &&
            !!this.holderOf(outer, ci)?.parties.some((p) => !aggrieved.parties.includes(p))
          ) {
            grievanceHeard = true;
            break;
          }
          // ("The Russian draft would have NATO rule out any enlargement": the inner verb is the
          // restriction the demand's words already hold, not a refusal of them.)
          const restricting =
            k === before.length - 2 &&
            !inner.negated &&
            m.match.toLowerCase().startsWith(`${inner.text.toLowerCase()} +`) &&
            !!outer.owner &&
            this.causativeLink(tokens.slice(outer.last + 1, inner.first), inner);
          attitude = firmAgainst
            ? { attitude: 'rejects', negated: false }
            : restricting
              ? { attitude: outer.attitude, negated: outer.negated }
              : composeCues(outer, attitude);
          governing = { ...outer, text: this.cueSpan(outer, governing) };
          if (ownerOf(outer, tokens, actors))
            this.emit(ownerOf(outer, tokens, actors) as Holder, attitude, governing, m, ci);
        }
        if (grievanceHeard) continue;
        if (governing.owner) {
          // "Russia's demand that NATO stop expanding is unacceptable, Roth said": a verdict on the
          // demand noun after the demand ("is"/"are" right before it) is the judge's position too.
          // ("described the guarantees Russia wants … as wholly unacceptable": a judging verb's "as".)
          const judgingVerb = tokens.slice(clause[0], governing.first).some((t) => JUDGING.test(t.lower));
          // ("Russia's demands … were described by Blinken as non-starters": in the passive, after it.)
          const asJudged = (c: Cue): boolean =>
            (judgingVerb || tokens.slice(m.last + 1, c.first).some((t) => JUDGED_AS.test(t.lower))) &&
            [c.first - 1, c.first - 2].some((k) => k > m.last && tokens[k]?.lower === 'as');
          const verdict = after.find(
            (c) =>
              !c.owner &&
              c.attitude !== 'intent' &&
              (asJudged(c) ||
                ((judgedByVerb ||
                  // ("Moscow's call for forces to leave the eastern flank could not be accepted")
                  (c.first > m.last &&
                    (BE.has(tokens[c.first]?.lower ?? '') ||
                      MODAL_VERBS.includes(tokens[c.first]?.lower ?? ''))) ||
                  [c.first - 1, c.first - 2, c.first - 3].some(
                    (k) =>
                      k > m.last &&
                      // ("… could not be satisfied": a modal before the verdict, as "is" before one.)
                      (BE.has(tokens[k]?.lower ?? '') || MODAL_VERBS.includes(tokens[k]?.lower ?? '')),
                  )) &&
                  tokens
                    .slice(m.last + 1, c.first)
                    .every((t) => !COMPLEMENT.has(t.lower) && !RELATIVE_WORDS.has(t.lower)))),
          );
          if (verdict) {
            let judge = this.holderOf(verdict, ci, m.last);
            // ("Bucharest answered that Moscow's call … could not be accepted": the owner named in the
            // verdict's subject is not its judge; the one who says so, before the demand noun, is.)
            if (judge && judge.parties.some((p) => governing?.owner?.parties.includes(p)))
              judge = this.subjectBefore(governing.first, [0, governing.first - 1]) ?? judge;
            // "Russia's proposals for the membership of … were rejected": what the proposer's demand noun
            // names is its demand, whichever words name it; the verdict is on that.
            const owner = (governing as Cue).owner;
            const proposed = owner?.parties.some((p) => this.compiled.proposers.get(m.demand)?.has(p));
            const judged: DemandMention = proposed && m.direction === -1 ? { ...m, direction: 0 } : m;
            if (judge && !judge.parties.some((p) => owner?.parties.includes(p)))
              this.emit(judge, { attitude: verdict.attitude, negated: verdict.negated }, verdict, judged, ci);
          }
          this.firmAgainst(governing, m);
          continue;
        }
      }
      // "…insisted that NATO's expansion violated …": the demand is the subject of the later verb,
      // which the earlier cue reports. A cue after "that"/"which" right behind the demand only describes it.
      const nextVerb = after.find((c) => !c.owner && !RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? ''));
      // (Not a verdict after "as": "rejected the Russian demand that NATO withdraw … as unacceptable"
      // judges the outer verb's object, the demand noun, not what the "that" clause does.)
      const asVerdict =
        !!nextVerb &&
        [nextVerb.first - 1, nextVerb.first - 2].some(
          (k) =>
            tokens[k]?.lower === 'as' &&
            (k === nextVerb.first - 1 || /^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')),
        );
      const subjectOfLater =
        nextVerb &&
        !asVerdict &&
        RELATIVE_WORDS.has(this.precedingWord(m.first) ?? '') &&
        governing &&
        !governing.owner;
      if (subjectOfLater && nextVerb && governing && attitude) {
        attitude = composeCues(governing, { attitude: nextVerb.attitude, negated: nextVerb.negated });
        governing = { ...governing, text: this.cueSpan(governing, nextVerb) };
      } else if (
        !governing &&
        after[0] &&
        (!after[0].owner || after[0].owner.predicative) &&
        // Not "On the question of missiles China … opposes the US deploying such missiles": a verb with
        // the demand named again after it says what it does to that one.
        !mentions.some(
          (x) => x !== m && x.demand === m.demand && x.first > after[0]!.last && x.first <= clause[1],
        ) &&
        !RELATIVE_WORDS.has(tokens[after[0].first - 1]?.lower ?? '') &&
        // Only when the demand is what the predicate is said of: not "met U.S. troops … and that NATO is
        // the cornerstone", where another subject and a "that" stand between.
        !tokens
          .slice(m.last + 1, after[0].first)
          .some(
            (t) =>
              RELATIVE_WORDS.has(t.lower) ||
              speakers.some((a) => t.i === a.first && !this.inPrepositionalPhrase(a)),
          ) &&
        // Not "… will not end its open door despite Kremlin threats": a concessive or temporal phrase
        // after the demand is no predicate of it.
        !tokens.slice(m.last + 1, after[0].first).some((t) => CONCESSIVE.test(t.lower)) &&
        // Not "…, freedom to choose alliances and the rejection of violence": a noun coordinated with
        // the demand's words, with an object of its own, is another item, not a verdict on them.
        !(
          ['and', 'or'].includes(tokens[after[0].first - 2]?.lower ?? '') &&
          tokens[after[0].first - 1]?.lower === 'the' &&
          tokens[after[0].last + 1]?.lower === 'of'
        ) &&
        // Not "Russia deeming the Baltic states' accession a mistake is absurd": the predicate judges
        // a party's act (a name and an -ing verb opening the clause), not the demand.
        !tokens
          .slice(clause[0], m.first)
          .some((t) => /ing$/.test(t.lower) && speakers.some((a) => a.last === t.i - 1))
      ) {
        // Predicative: "NATO expansion is unacceptable", "the open door is non-negotiable".
        // ("These demands should be rejected / put to one side": the modal's verdict is the one after "be".)
        const verdictAfterModal =
          DEONTIC.has(tokens[after[0].first]?.lower ?? '') && after[0].first === after[0].last
            ? after.find(
                (c) =>
                  c !== after[0] &&
                  c.first > after[0]!.last &&
                  c.first <= after[0]!.last + 3 &&
                  tokens
                    .slice(after[0]!.last + 1, c.first)
                    .every((t) => /^(?:be|been|not|never)$/.test(t.lower)),
              )
            : undefined;
        governing = verdictAfterModal ?? after[0];
        attitude = { attitude: governing.attitude, negated: governing.negated };
      }
      // "NATO enlargement must not be halted, Truss said": the modal of obligation inside the demand's
      // words is the speaker's demand.
      if (!governing) {
        const modal = tokens.slice(m.first, m.last + 1).find((t) => DEONTIC.has(t.lower));
        if (modal) {
          governing = {
            first: modal.i,
            last: modal.i,
            attitude: 'supports',
            text: modal.text,
            negated: false,
            negation: null,
          };
          attitude = { attitude: 'supports', negated: false };
        }
      }
      if (!governing || !attitude) continue;
      if (governing.owner) {
        // A demand noun standing after what it names: "X is a key demand of the Kremlin".
        if (governing.first > m.last)
          this.emit(
            {
              parties: governing.owner.parties,
              kind: 'possessor',
              matched: governing.owner.text,
              role: governing.owner.role,
            },
            attitude,
            governing,
            m,
            ci,
          );
        continue;
      }
      // "Putin would withdraw his threat if NATO commits to not expanding": a condition is the
      // position of whoever sets it, not of the party in the if-clause.
      // ("Should NATO ever agree to stop enlarging, …": an inverted condition opening the sentence.)
      const ifAt = tokens
        .slice(clause[0], governing.first)
        .findIndex(
          (t) =>
            t.lower === 'if' ||
            t.lower === 'unless' ||
            (t.i === 0 &&
              /^(?:should|were|had)$/.test(t.lower) &&
              actors.some((a) => a.first === 1 || (a.first === 2 && tokens[1]?.lower === 'the'))),
        );
      if (ifAt >= 0) {
        const setter = this.subjectBefore(clause[0] + ifAt, clause);
        // "Sweden's strategy would be undermined if NATO agreed to …": a consequence for the party's
        // interests, not a condition the party sets.
        const subjectActor = speakers.find(
          (a) => a.first >= clause[0] && a.last < clause[0] + ifAt && !this.inPrepositionalPhrase(a),
        );
        const possessed = !!subjectActor && /^['’]s$/.test(tokens[subjectActor.last + 1]?.text ?? '');
        if (
          setter &&
          !possessed &&
          !this.proposerPersistsInCondition(clause[0] + ifAt, governing.first, m) &&
          !setter.parties.some((p) =>
            actors.some(
              (a) => a.first > clause[0] + ifAt && a.last < governing!.first && a.parties.includes(p),
            ),
          )
        ) {
          this.emit(
            setter,
            composeCues({ attitude: 'supports', negated: false }, attitude),
            governing,
            m,
            ci,
          );
        }
        // "Sweden's security strategy would be undermined if NATO agreed to refrain from expanding": harm
        // to a party's own interest from the demand being met is that party's objection to it.
        const harmed = tokens
          .slice((subjectActor?.last ?? clause[1]) + 1, clause[0] + ifAt)
          .find((t) => HARM.test(t.lower));
        const denied = tokens
          .slice(clause[0], clause[0] + ifAt)
          .some((t) => /^(?:not|never|no)$/.test(t.lower) || /n['’]t$/.test(t.lower));
        if (
          possessed &&
          subjectActor &&
          harmed &&
          !denied &&
          attitude.attitude === 'supports' &&
          !attitude.negated
        )
          this.emit(
            { ...this.asHolder(subjectActor), kind: 'possessor' },
            { attitude: 'rejects', negated: false },
            {
              first: harmed.i,
              last: harmed.i,
              attitude: 'rejects',
              text: harmed.text,
              negated: false,
              negation: null,
            },
            m,
            ci,
          );
        continue;
      }
      // Openness to "the proposals" as a package says nothing about any one demand; and only a refusal
      // of someone else's demands can be read off a reference to them.
      if (m.kind === 'reference' && attitude.attitude === 'open') continue;
      const holder = this.holderOf(
        governing,
        clauseOf(spans, governing.first),
        governing.first > m.last ? m.last : null,
      );
      if (holder && m.kind === 'reference' && m.owner && !holder.parties.includes(m.owner)) {
        const refusal =
          (attitude.attitude === 'rejects' && !attitude.negated) ||
          (attitude.attitude === 'supports' && attitude.negated) ||
          attitude.attitude === 'unclear';
        if (!refusal) continue;
      }
      if (holder) this.emit(holder, attitude, governing, m, ci);
    }
  }

  /** "… and bar Ukraine from membership — both non-starters for NATO": verdicts after a list. */
  verdictsAfterLists(): void {
    const { tokens, mentions, cues, findings, spans, speakers } = this;
    // "… and bar Ukraine from membership — both non-starters for NATO": a verdict after a list, with
    // the party it belongs to, covers every demand before it in the clause.
    for (const cue of cues) {
      if (cue.owner || !['rejects', 'holdFirm'].includes(cue.attitude)) continue;
      let n = cue.last + 1;
      while (tokens[n]?.transparent) n++;
      const next = tokens[n];
      const ci = clauseOf(spans, cue.first);
      const clause = spans[ci] as [number, number];
      // ("refused to bar Ukraine": "to" before a verb marks its infinitive; the party after it is its object.)
      const forParty =
        next && (next.lower === 'for' || next.lower === 'to')
          ? speakers.find(
              (a) =>
                a.first === n + 1 ||
                (a.first === n + 2 &&
                  (next.lower === 'for' ||
                    /^(?:the|its|their|his|her|our|both|many|most|some|all|several)$/.test(
                      tokens[n + 1]?.lower ?? '',
                    ))),
            )
          : undefined;
      // "The US has called Russia's demands … non-starters": the subject of the judging verb.
      // (A verb, not the noun of "these calls".)
      const judge = tokens
        .slice(clause[0], cue.first)
        .find((t) => JUDGING.test(t.lower) && !NOUN_BEFORE_VERB.has(tokens[t.i - 1]?.lower ?? ''));
      // ("… was branded by Warsaw as unacceptable": in the passive, the agent; with none, no one.)
      const passiveJudge = !!judge && BE.has(tokens[judge.i - 1]?.lower ?? '');
      const agentAt = tokens[judge ? judge.i + 2 : -1]?.lower === 'the' ? 3 : 2;
      const agent =
        passiveJudge && judge && tokens[judge.i + 1]?.lower === 'by'
          ? speakers.find((a) => a.first === judge.i + agentAt)
          : undefined;
      const judged =
        !forParty && judge && passiveJudge
          ? agent
            ? this.asHolder(agent)
            : null
          : !forParty && judge
            ? (this.subjectBefore(judge.i, clause) ??
              // ("President Radev, a critic of sanctions, called the demand unacceptable": past the aside.)
              (judge.i === clause[0] ? this.subjectAcrossAsides(clause) : null))
            : null;
      const exp =
        forParty ??
        (judged && judged.parties.length
          ? { parties: judged.parties, text: judged.matched, role: judged.role }
          : undefined);
      if (!exp) continue;
      // "…, and bar Ukraine from membership — both non-starters for NATO": a verdict standing alone in
      // apposition ("both", "all", "a", or the verdict itself opening its clause) judges the clause before.
      let from = clause[0];
      while (from < cue.first && (tokens[from]?.transparent || /^[—–,-]$/.test(tokens[from]?.text ?? '')))
        from++;
      const appositive =
        ci > 0 &&
        !!forParty &&
        tokens.slice(from, cue.first).every((t) => APPOSITION_OPENERS.has(t.lower) || t.transparent);
      const reach = appositive ? (spans[ci - 1] as [number, number])[0] : clause[0];
      for (const m of mentions) {
        if (m.last >= cue.first || m.first < reach) continue;
        if (findings.some((f) => f.mention === m && exp.parties.includes(f.party))) continue;
        // "…calls violate NATO's open-door policy and are non-starters": the object of another verb is not judged.
        if (judge && cues.some((c) => !c.owner && c !== cue && c.first > judge.i && c.last < m.first))
          continue;
        this.emit(
          { parties: exp.parties, kind: 'subject', matched: exp.text, role: exp.role },
          { attitude: cue.attitude, negated: cue.negated },
          cue,
          m,
          ci,
        );
      }
    }
  }

  /** Clauses that are only a predicate ("…, are unacceptable"): their subject is the list before them. */
  predicateClauses(): void {
    const { tokens, mentions, cues, speaker, previousSpeaker, findings, spans, speakers } = this;
    // "Requirements to admit no one, to withdraw troops …, are unacceptable", "Moscow's demands — A, B
    // and C — were rejected by Washington": a clause that is only a predicate (it opens on "is"/"are")
    // takes as its subject the list in the clauses before it, back to a clause with a cue of its own.
    for (let ci = 1; ci < spans.length; ci++) {
      const [cs, ce] = spans[ci] as [number, number];
      // "…, have been dismissed by the allies": a perfect passive opens such a clause too.
      const perfect = /^(?:has|have|had)$/.test(tokens[cs]?.lower ?? '') && tokens[cs + 1]?.lower === 'been';
      // ("The right to join a bloc, he said, has its limits": a verdict that opens on "has" itself.)
      const having =
        /^(?:has|have)$/.test(tokens[cs]?.lower ?? '') && cues.some((c) => c.first === cs && !c.owner);
      if (
        !perfect &&
        !having &&
        !BE.has(tokens[cs]?.lower ?? '') &&
        !/^remain(?:s|ed)?$/.test(tokens[cs]?.lower ?? '')
      )
        continue;
      // ("…would never pull its troops from …, but is ready to discuss arms cuts": after "but", the same
      // subject's second verb, not a verdict on the clauses before.)
      if (tokens[cs - 1]?.lower === 'but') continue;
      let k = perfect ? cs + 2 : having ? cs : cs + 1;
      while (k <= ce && k <= cs + 4 && PREDICATE_FILLER.has((tokens[k] as Token).lower)) k++;
      const cue = cues.find((c) => c.first === k && !c.owner);
      if (!cue) continue;
      // "…, which Moscow repeated, was unacceptable": the inserted relative clause's own verb does not
      // stop the reach back to the noun it hangs on.
      const head = ci >= 2 ? relativeHead(tokens, spans, ci - 1) : -1;
      let from = head >= 0 ? ci - 1 : ci;
      while (
        from > 0 &&
        !cues.some((c) => !c.owner && c.first >= spans[from - 1]![0] && c.last <= spans[from - 1]![1])
      )
        from--;
      // Only what names the demand or its opposite: a bare "troops" in the list is too loose to judge.
      // "X wants A – these requirements, according to Washington, are unacceptable": a clause opening on
      // a pointer back ("these requirements") reaches the demand named before it.
      const pointsBack =
        from > 0 &&
        /^(?:these|those|such|both|all)$/.test(tokens[spans[from]![0]]?.lower ?? '') &&
        /^(?:demands|requirements|requests|proposals|conditions|ideas|terms|this)$/.test(
          tokens[spans[from]![0] + 1]?.lower ?? '',
        );
      const reach = pointsBack ? spans[from - 1]![0] : spans[from]![0];
      // "…, and that the Russian demands, which he said were meant to …, were unacceptable": right after an
      // inserted relative clause, the predicate's subject is the noun that clause hangs on, not the clauses before.
      const covered = mentions.filter(
        (m) =>
          m.first >= reach &&
          m.last < cs &&
          (head < 0 || m.last === head) &&
          (m.direction === 1 || m.kind !== 'frame') &&
          (!pointsBack || m.first >= spans[from]![0] || m.direction === 1),
      );
      if (covered.length === 0) continue;
      // Whose verdict: the agent of a passive ("rejected by Washington"), the one it is unacceptable to,
      // or the party speaking — never a party inside the list.
      let holder: Holder | null = null;
      let n = cue.last + 1;
      while (tokens[n]?.transparent) n++;
      if (['by', 'to', 'for'].includes(tokens[n]?.lower ?? '')) {
        const agent = speakers.find((a) => a.first >= n + 1 && a.first <= n + 2);
        if (agent)
          holder = { ...this.asHolder(agent), kind: tokens[n]?.lower === 'by' ? 'passive-agent' : 'subject' };
      }
      holder ??= speaker?.kind === 'party' ? partyHolder(speaker) : this.partyOf(previousSpeaker);
      if (!holder) continue;
      for (const m of covered) {
        if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
        this.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
      }
    }
  }

  /** A clause after a dash that points back ("— an ask the US dismissed"): it takes the demands before it. */
  /** The parties named together as whom something was demanded of ("that Washington and Brussels guarantee"), before `end`. */
  addressedPair(end: number): ActorMention | null {
    const { tokens, speakers } = this;
    for (const a of speakers) {
      if (a.last >= end || tokens[a.last + 1]?.lower !== 'and') continue;
      const b = speakers.find(
        (x) => x.first === a.last + 2 || (x.first === a.last + 3 && tokens[a.last + 2]?.lower === 'the'),
      );
      if (!addresseeOfDemand(tokens, a.first)) continue;
      // The second may be a name the ontology does not hold ("Washington and Brussels").
      if (!b) return a;
      if (b.last >= end) continue;
      return {
        ...a,
        last: b.last,
        parties: [...new Set([...a.parties, ...b.parties])],
        text: `${a.text} and ${b.text}`,
      };
    }
    return null;
  }

  /**
   * "Washington had not reversed its positions on Moscow's requests: that NATO pull back …": holding
   * one's position on another party's demands refuses them.
   */
  firmAgainst(carrier: Cue, m: DemandMention): void {
    const { tokens, cues, spans } = this;
    const owners = carrier.owner?.parties ?? [];
    const firm = cues.find(
      (c) =>
        c.attitude === 'holdFirm' &&
        !c.owner &&
        c.last < carrier.first &&
        carrier.first - c.last <= 8 &&
        tokens
          .slice(c.last + 1, carrier.first)
          .some(
            (t, k, between) =>
              POSITION_NOUN.test(t.lower) && /^(?:on|over|regarding)$/.test(between[k + 1]?.lower ?? ''),
          ),
    );
    if (!firm) return;
    const ci = clauseOf(spans, firm.first);
    // (Its subject even inside "insisted that …": a report of the position, not a demand's content.)
    const holder =
      ci >= 0
        ? (this.holderOf(firm, ci) ?? this.subjectBefore(firm.first, spans[ci] as [number, number]))
        : null;
    if (!holder || holder.parties.some((p) => owners.includes(p))) return;
    this.emit(holder, { attitude: 'rejects', negated: false }, firm, { ...m, direction: 1 }, ci);
  }

  /** Where a verb like "violate" has a demand noun for its subject ("these calls violate …"), that noun's index, else -1. */
  demandSubjectOf(cue: Cue): number {
    const { tokens } = this;
    if (cue.owner || !VIOLATE.test(tokens[cue.first]?.lower ?? '')) return -1;
    let k = cue.first - 1;
    while (k >= 0 && /^(?:would|could|also|clearly|directly|for|all|both)$/.test(tokens[k]?.lower ?? '')) k--;
    return DEMAND_SUBJECT.test(tokens[k]?.lower ?? '') ? k : -1;
  }

  /**
   * "The US and NATO said these calls violate NATO's open-door policy": whoever says a demand violates
   * the principle it runs against refuses the demand.
   */
  demandsViolate(): void {
    const { mentions, cues, spans, speaker } = this;
    for (const c of cues) {
      const noun = this.demandSubjectOf(c);
      if (noun < 0 || c.negated) continue;
      const ci = clauseOf(spans, noun);
      const sayer = ci >= 0 ? this.subjectBefore(noun, [0, noun - 1]) : null;
      const holder = sayer ?? (speaker ? partyHolder(speaker) : null);
      if (!holder || holder.parties.length === 0) continue;
      for (const m of mentions) {
        if (m.first <= c.last || m.direction !== -1 || m.kind === 'reference') continue;
        if (clauseOf(spans, m.first) !== clauseOf(spans, c.first)) continue;
        this.emit(
          holder,
          { attitude: 'rejects', negated: false },
          c,
          { ...m, direction: 1 },
          clauseOf(spans, c.first),
        );
      }
    }
  }

  /**
   * "The US was asked to stop any further NATO expansion …": who asked is not said, but what was asked
   * is the demand in its own words — its one proposer's, once the document has named it.
   */
  askedByProposer(): void {
    const { tokens, mentions, cues, findings, spans, input, compiled } = this;
    for (const c of cues) {
      // (Asked or requested only: who "urged" Kyiv to drop its bid may be anyone.)
      const asked =
        BE.has(tokens[c.first - 1]?.lower ?? '') &&
        /^(?:asked|requested)$/.test(tokens[c.first]?.lower ?? '');
      // "NATO would have to agree to halt all membership plans", said by no one: what the demand requires.
      const required =
        this.speaker === null &&
        c.attitude === 'supports' &&
        !c.negated &&
        tokens[c.first - 1]?.lower === 'to' &&
        /^(?:have|has)$/.test(tokens[c.first - 2]?.lower ?? '') &&
        /^(?:would|will)$/.test(tokens[c.first - 3]?.lower ?? '');
      // "At the top of the list of demands, the alliance should refrain from any enlargement": an
      // obligation put on another party, said by no one, in a sentence about the demands.
      const listed =
        this.speaker === null &&
        c.attitude === 'supports' &&
        !c.negated &&
        DEONTIC.has(c.text.toLowerCase()) &&
        tokens.some((t, k) => k < c.first && DEMAND_SUBJECT.test(t.lower));
      if (c.owner || !(asked || required || listed)) continue;
      if (tokens.slice(c.last + 1, c.last + 4).some((t) => t.lower === 'by')) continue;
      const ci = clauseOf(spans, c.first);
      for (const m of mentions) {
        if (m.first <= c.last || m.direction !== 1 || m.kind === 'reference') continue;
        const proposers = compiled.proposers.get(m.demand);
        if (!proposers || proposers.size !== 1) continue;
        const party = [...proposers][0] as string;
        if (
          !input.namedParties?.has(party) ||
          findings.some((f) => f.party === party && f.demand === m.demand)
        )
          continue;
        this.emit(
          { parties: [party], kind: 'proposer', matched: (tokens[c.first] as Token).text, role: null },
          { attitude: 'supports', negated: false },
          c,
          m,
          ci,
        );
      }
    }
  }

  /**
   * "The US will send 3,000 more troops to Poland", "Denmark would send jets to bolster the eastern
   * flank", "NATO will not withdraw a single soldier": a party doing the demand's opposite, said with
   * no cue, refuses the demand by its act. Not a proposer's act, nor one told as history.
   */
  actsAgainst(): void {
    const { tokens, mentions, findings, spans, compiled } = this;
    for (const m of mentions) {
      if (m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      if (m.direction !== -1 && !(m.kind === 'phrase' && m.direction === 1)) continue;
      // (The demand's own phrase counts only denied: see deniedPhrase.)
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      // The act's verb: the mention's first word ("send more troops"), one shortly before it ("send
      // 3,000 more troops", "to bolster NATO's eastern flank"), or a denied pull-back ("not + withdraw").
      let verb = -1;
      for (let k = m.first; k >= Math.max(clause[0], m.first - 4); k--) {
        if (ACT_VERB.test(tokens[k]?.lower ?? '')) {
          verb = k;
          break;
        }
        const skippable =
          ACT_FILLER.test(tokens[k]?.lower ?? '') ||
          /^[\d,.]+$/.test(tokens[k]?.text ?? '') ||
          /^['’]s$/.test(tokens[k]?.text ?? '') ||
          this.actors.some((a) => k >= a.first && k <= a.last);
        if (k < m.first && !skippable) break;
      }
      // ("NATO will not withdraw from Eastern Europe": the demand's own phrase, denied.)
      // ("There will never be first- and second-class members": denied in a clause that says what there is.)
      const denial = (t: Token): boolean => /^(?:not|never)$/.test(t.lower) || /n['’]t$/.test(t.lower);
      const thereDenial =
        m.kind === 'phrase' && m.direction === 1 && /^there$/i.test(tokens[clause[0]]?.text ?? '')
          ? (tokens.slice(clause[0], m.first).find((t) => denial(t) || t.lower === 'no')?.i ?? -1)
          : -1;
      const deniedPhrase =
        m.kind === 'phrase' &&
        m.direction === 1 &&
        (tokens.slice(Math.max(0, m.first - 3), m.first).some(denial) || thereDenial >= 0);
      if (m.direction === 1 && !deniedPhrase) continue;
      const deniedPullBack = (m.kind === 'frame' && /^(?:not|never|no) \+ /i.test(m.match)) || deniedPhrase;
      // Not denied, asked, or put as a condition or a question.
      if ((verb < 0 || (m.kind !== 'phrase' && m.kind !== 'frame')) && !deniedPullBack) continue;
      const at0 = verb >= 0 ? verb : m.first;
      // ("NATO rejected calls to send more troops to Ukraine": the act is what another cue is about.)
      if (this.cues.some((c) => !c.owner && c.last < at0 && c.first >= clause[0])) continue;
      if (
        (!deniedPhrase &&
          tokens
            .slice(Math.max(clause[0], at0 - 4), at0)
            .some(
              (t) =>
                /^(?:not|never|no|unlikely|nor|hesitant|reluctant|unwilling|refused|refuses|refuse|declined|declines)$/.test(
                  t.lower,
                ) || /n['’]t$/.test(t.lower),
            )) ||
        // ("France will send 500 more troops to Mali": only where the demand's places or parties are named.)
        !this.facts.anchored.has(m.demand) ||
        this.facts.condition ||
        // ("… would be met by NATO's bolstering of its presence": a threatened response, a noun.)
        /^['’]s$/.test(tokens[at0 - 1]?.text ?? '') ||
        tokens[tokens.length - 1]?.text === '?' ||
        tokens[tokens.length - 2]?.text === '?'
      )
        continue;
      // ("Romania hosts the Aegis Ashore site": hosting is a standing fact; hosting more is an act.)
      if (
        verb >= 0 &&
        /^host/.test(tokens[verb]?.lower ?? '') &&
        !tokens.slice(verb + 1, m.last + 1).some((t) => MORE_OF.test(t.lower))
      )
        continue;
      const at = verb >= 0 ? verb : thereDenial >= 0 ? thereDenial : m.first;
      // ("There would be no pullback of allied forces, Stoltenberg said": with no subject, the speaker's.)
      const holder =
        this.subjectBefore(at, clause) ??
        (ci > 0 ? this.coordinatedHolder(ci) : null) ??
        (/^there$/i.test(tokens[clause[0]]?.text ?? '') && this.speaker?.kind === 'party'
          ? partyHolder(this.speaker)
          : null);
      if (!holder || holder.parties.length === 0) continue;
      const cue: Cue = {
        first: at,
        last: verb >= 0 ? verb : at,
        attitude: 'rejects',
        text: (tokens[at] as Token).text,
        negated: false,
        negation: null,
      };
      const modality = this.modality(clause, cue);
      if (modality === 'historical') continue;
      const acting = holder.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p));
      if (acting.length === 0) continue;
      this.emit({ ...holder, parties: acting }, { attitude: 'supports', negated: deniedPhrase }, cue, m, ci);
    }
  }

  /**
   * "The documents also call for a halt to NATO's expansion", "… as well as a ban on intermediate-range
   * missiles near Russia": a demand stated in its own words, held by no one in the sentence, in an
   * article that has already shown its one proposer making demands, is the proposer's (reported).
   * Not in a question, a condition, a quotation of someone else, or a sentence with a cue of its own.
   */
  proposerStated(): void {
    const { tokens, mentions, findings, spans, compiled, input, cues, speaker } = this;
    if (tokens.some((t) => t.text === '?' || /^(?:if|unless|whether)$/.test(t.lower))) return;
    if (speaker && speaker.kind !== 'party') return;
    for (const m of mentions) {
      if (m.direction !== 1 || m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      // (A negated verb states a fact or an intent: "the US has not deployed nuclear weapons there".)
      // ("not to deploy …", a draft's wording, and "no further expansion" still count.)
      if (/^\(?(?:not|never|n't|n’t)\b(?! to\b)/i.test(m.match)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers || proposers.size !== 1) continue;
      const party = [...proposers][0] as string;
      if (!input.demandingParties?.has(party)) continue;
      if (findings.some((f) => f.demand === m.demand)) continue;
      // A speaker of another party stating the demand's words is quoting or judging it: not here. So is
      // one who spoke just before ("… second-class NATO members to the east", in Stoltenberg's speech).
      if (speaker?.kind === 'party' && !speaker.parties.includes(party)) continue;
      const before = this.previousSpeaker ?? input.recentSpeaker;
      if (before?.kind === 'party' && !before.parties.includes(party)) continue;
      if (
        tokens
          .slice(Math.max(0, m.first - 6), m.first)
          .some((t) => /^(?:no|not|never)$/.test(t.lower) || /n['’]t$/.test(t.lower))
      )
        continue;
      // (Nor commentary: "for many analysts, a halt to NATO enlargement would be a Russian victory".)
      if (this.facts.commentary) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      // A cue of its own in the clause decides elsewhere (or deliberately not).
      const clause = spans[ci] as [number, number];
      if (cues.some((c) => c.first >= clause[0] && c.last <= clause[1] && !c.owner)) continue;
      const cue: Cue = {
        first: m.first,
        last: m.last,
        attitude: 'supports',
        text: m.match.split(' + ').pop() ?? m.match,
        negated: false,
        negation: null,
      };
      // (Nor history: "the 1987 treaty banned intermediate-range missiles".)
      if (this.modality(spans[ci] as [number, number], cue) === 'historical') continue;
      this.emit(
        {
          parties: [party],
          kind: 'proposer',
          // (The words of the demand stand for whose it is: they are in the quote.)
          matched: input.text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
          role: null,
        },
        { attitude: 'supports', negated: false },
        cue,
        m,
        ci,
      );
    }
  }

  /**
   * "Asked whether he would pull the troops out, Biden said no", "Asked if the reply changed NATO's open
   * door, Blinken said nothing had changed": a question put in an opening participle names the demand;
   * the answer after it, naming none itself, is the answerer's refusal of it. Only a refusal by a party
   * that did not put the demand forward: a plain "no" to the demand itself, or the answerer holding
   * firm (a "nothing has changed", a cue of holding firm) on the demand or on its opposite.
   */
  /** Where an opening "Asked whether …," / "Pressed on …," question closes (its comma); 0 when none opens. */
  questionPutEnd(): number {
    const { tokens } = this;
    let k = 0;
    while (tokens[k]?.transparent) k++;
    if (!QUESTION_PUT.test(tokens[k]?.lower ?? '')) return 0;
    if (!tokens.slice(k + 1, k + 5).some((t) => QUESTION_OPENER.test(t.lower))) return 0;
    const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
    return comma > 0 ? comma : 0;
  }

  answerToQuestionPut(): void {
    const { tokens, mentions, cues, findings, compiled, spans } = this;
    let k = 0;
    while (tokens[k]?.transparent) k++;
    if (!QUESTION_PUT.test(tokens[k]?.lower ?? '')) return;
    // ("Asked whether …", "Pressed on whether …", "Asked in particular about …".)
    const about = tokens.slice(k + 1, k + 5).findIndex((t) => QUESTION_OPENER.test(t.lower));
    if (about < 0) return;
    // The answerer: the first name after a comma that a verb of answering follows (a pronoun too).
    let answerAt = -1;
    let verb = -1;
    for (let i = k + 2; i < tokens.length && answerAt < 0; i++) {
      if (tokens[i]?.text !== ',') continue;
      let j = i + 1;
      const actor = this.speakers.find(
        (a) => a.first === j || (a.first === j + 1 && tokens[j]?.lower === 'the'),
      );
      if (actor) j = actor.last + 1;
      else if (/^(?:he|she|they|it)$/.test(tokens[j]?.lower ?? '')) j++;
      else continue;
      while (
        tokens[j]?.transparent ||
        AUXILIARY.has(tokens[j]?.lower ?? '') ||
        /ly$/.test(tokens[j]?.lower ?? '')
      )
        j++;
      // ("…, Blinken was blunt: nothing has changed": a short predicate and a colon that opens the answer.)
      const colon = tokens.findIndex((t, n) => n >= j && n <= j + 3 && t.text === ':');
      if (ANSWERING_VERB.test(tokens[j]?.lower ?? '')) verb = j;
      else if (colon > 0 && tokens.slice(j, colon).every((t) => t.word)) verb = colon;
      if (verb >= 0) answerAt = i + 1;
    }
    if (answerAt < 0) return;
    const topic = mentions.filter(
      (m) => m.kind !== 'reference' && m.direction !== 0 && m.first > k && m.last < answerAt,
    );
    if (topic.length === 0) return;
    // (An answer naming a demand of its own is read by the rules for it.)
    if (mentions.some((m) => m.first >= answerAt && m.kind !== 'reference')) return;
    const ci = clauseOf(spans, answerAt);
    if (ci < 0) return;
    const clause = spans[ci] as [number, number];
    // The answer: "no" right after the verb of answering, "nothing has/had/will change(d)", or a cue of
    // holding firm in the answer with no owner.
    let answer: Cue | null = null;
    const after = tokens[verb + 1];
    if (after?.lower === 'no' && (!tokens[verb + 2] || /^[,.;:—–-]$/.test(tokens[verb + 2]?.text ?? '')))
      answer = this.answerCue(verb + 1, verb + 1, 'rejects');
    const nothing = tokens.findIndex(
      (t, i) =>
        i > verb &&
        t.lower === 'nothing' &&
        /^(?:changed|change)$/.test(
          tokens[i + 1 + (/^(?:has|had|will|would|is|was)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0)]
            ?.lower ?? '',
        ),
    );
    if (!answer && nothing > 0) answer = this.answerCue(nothing, nothing + 2, 'holdFirm');
    if (!answer) {
      const firm = cues.find((c) => c.first > verb && c.attitude === 'holdFirm' && !c.owner && !c.negated);
      if (firm) answer = firm;
    }
    if (!answer) return;
    const holder = this.subjectBefore(verb, [answerAt, clause[1]]);
    if (!holder || holder.parties.length === 0) return;
    for (const m of topic) {
      // (A plain "no" only to the demand itself: "no" to its opposite would be a guess.)
      if (answer.attitude === 'rejects' && m.direction !== 1) continue;
      const parties = holder.parties.filter(
        (p) =>
          !compiled.proposers.get(m.demand)?.has(p) &&
          !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (parties.length === 0) continue;
      // ("nothing has changed" on the demand itself: the status quo kept, a refusal of the change asked.)
      const attitude = answer.attitude === 'holdFirm' && m.direction === 1 ? 'rejects' : answer.attitude;
      this.emit({ ...holder, parties }, { attitude, negated: false }, answer, m, ci);
    }
  }

  /** A cue made of the answer's own words, tokens `first` to `last`. */
  answerCue(first: number, last: number, attitude: Cue['attitude']): Cue {
    const { tokens } = this;
    const text = this.input.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    return { first, last, attitude, text, negated: false, negation: null };
  }

  /**
   * "Washington ignored Moscow's main concern, NATO's eastward expansion": a party's worry with what it
   * worries about in apposition names its demand (to stop it); a verdict on the worry is one on the
   * demand. Only the demand's opposite apposed to a worry noun its proposer owns.
   */
  verdictOnApposedWorry(): void {
    const { tokens, mentions, cues, actors, compiled, spans } = this;
    for (const c of cues) {
      if (c.owner || !((c.attitude === 'rejects' && !c.negated) || (c.attitude === 'open' && c.negated)))
        continue;
      let k = c.last + 1;
      if (tokens[k]?.lower === 'the' && !actors.some((a) => a.first === k)) k++;
      let owner = actors.find((a) => a.first === k && a.parties.length > 0);
      // The content: right after the worry noun and its mark ("Moscow's main concern, …"), or after a
      // relative clause naming the worry's owner and an example's lead ("the main concerns Moscow set out
      // in its drafts, chief among them …"). After such a lead the demand itself may stand.
      let worry = -1;
      let from = -1;
      let led = false;
      if (owner) {
        k = owner.last + 1;
        // (A name with its possessive, or one the actor list already took it with: "Moscow's chief".)
        const possessive = tokens.slice(owner.first, owner.last + 2).findIndex((t) => /^['’]s$/.test(t.text));
        if (owner.kind !== 'adjective' && possessive < 0) continue;
        if (/^['’]s$/.test(tokens[k]?.text ?? '')) k++;
        while (WORRY_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
        if (!APPOSED_WORRY.test(tokens[k]?.lower ?? '') || !APPOSITION_MARK.test(tokens[k + 1]?.text ?? ''))
          continue;
        worry = k;
        const lead = exampleLeadEnd(tokens, k + 2);
        led = lead >= 0;
        from = led ? lead : k + 2;
      } else {
        while (WORRY_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
        if (!APPOSED_WORRY.test(tokens[k]?.lower ?? '')) continue;
        worry = k;
        owner = this.speakers.find((a) => a.first === worry + 1 && a.parties.length > 0);
        if (!owner) continue;
        const mark = tokens.findIndex((t, i) => i > worry && i <= worry + 12 && APPOSITION_MARK.test(t.text));
        if (mark < 0 || tokens.slice(worry + 1, mark).some((t) => !t.word)) continue;
        from = exampleLeadEnd(tokens, mark + 1);
        if (from < 0) continue;
        led = true;
      }
      const m = mentions.find(
        (x) =>
          (x.direction === -1 || (x.direction === 1 && led)) &&
          x.kind !== 'reference' &&
          x.first >= from &&
          x.first <= from + 4 &&
          !tokens
            .slice(from, x.first)
            .some(
              (t) =>
                !t.transparent &&
                !APPOSED_LEAD.test(t.lower) &&
                !actors.some((a) => t.i >= a.first && t.i <= a.last),
            ),
      );
      if (!m) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!owner.parties.some((p) => proposers?.has(p))) continue;
      const ci = clauseOf(spans, c.first);
      if (ci < 0) continue;
      const holder = this.holderOf(c, ci);
      if (!holder || holder.parties.some((p) => owner.parties.includes(p))) continue;
      const cue: Cue = { ...c, last: worry, text: this.cueSpan(c, { last: worry }) };
      this.emit(holder, { attitude: c.attitude, negated: c.negated }, cue, { ...m, direction: 1 }, ci);
    }
  }

  /**
   * "Mocking Putin's fear of NATO's eastward expansion, Scholz said …", "a move that would meet one of
   * Mr Putin's main demands": the party that put the demand forward, named in a sentence that names the
   * demand (in its own words or its opposite's) and that no cue decides for it, holds its demand. Read
   * as reported, and only where nothing says it let the demand go.
   */
  namedProposer(): void {
    const { tokens, mentions, findings, compiled, speakers, spans } = this;
    // ("…, he said": the person who spoke before speaks here; not a country, which "he" cannot be.)
    const speaker =
      this.speaker?.kind === 'pronoun' &&
      /^(?:he|she|him|her)$/i.test(this.speaker.matched) &&
      this.previousSpeaker?.kind === 'party' &&
      this.previousSpeaker.role !== null
        ? this.previousSpeaker
        : this.speaker;
    // (Most sentences name no proposer of what they mention: nothing to read.)
    const proposing = (p: string): boolean => mentions.some((m) => compiled.proposers.get(m.demand)?.has(p));
    if (
      !speakers.some((a) => a.parties.some(proposing)) &&
      !(speaker?.kind === 'party' && speaker.parties.some(proposing))
    )
      return;
    if ((this.facts.question && this.facts.asking) || this.facts.yesNoQuestionEnd >= 0) return;
    if (
      tokens.some(
        (t) =>
          (LETTING_GO.test(t.lower) ||
            (t.lower === 'go' && /^(?:let|lets|letting)$/.test(tokens[t.i - 1]?.lower ?? ''))) &&
          tokens.slice(t.i + 1, t.i + 5).some((u) => LET_GO_OBJECT.test(u.lower)),
      )
    )
      return;
    for (const m of mentions) {
      // (Its own words or its opposite's, not a summary word like "security guarantees".)
      if (m.kind !== 'phrase' && m.kind !== 'frame') continue;
      // (Arms control is mutual: a party named with it is a partner to the talks, not their proposer.)
      if (mutualTopic(m)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      if (this.talkedAboutOrSetAside(m)) continue;
      // "Lavrov noted that the countries that joined NATO after 1997 …": when they joined is history.
      if (accessionHistory(tokens, m, mentions, this.cues)) continue;
      // "Among the texts Moscow published, the alliance will not give up its open door": the opposite held
      // by a party refusing the demand in its own cue is that party's word; the proposer, named only in
      // the opening that sources it, does not hold it as a grievance.
      const openingEnd = sourcingOpeningEnd(tokens);
      if (
        openingEnd > 0 &&
        m.first > openingEnd &&
        m.direction === -1 &&
        findings.some((f) => f.mention === m && f.stance === 'rejects' && !proposers.has(f.party)) &&
        !speakers.some((a) => a.first > openingEnd && a.parties.some((p) => proposers.has(p)))
      )
        continue;
      // A bare subject ("troops", "expanded") is the demand's only where another party is named with it
      // in the clause ("NATO's presence"): "Russia said troops would leave Belarus" is about its own.
      const bare = m.kind === 'frame' && !m.match.includes(' + ');
      // ("the alliance expanded its exercises": expanding something else.)
      if (
        bare &&
        /^expand/i.test(m.match) &&
        /^(?:its|their|the|his|her)$/.test(tokens[m.last + 1]?.lower ?? '')
      )
        continue;
      if (
        bare &&
        !this.actors.some(
          (a) =>
            a.parties.length > 0 &&
            !a.parties.some((p) => proposers.has(p)) &&
            a.first >= clause[0] &&
            // (Before it, or its owner after it: not "troops would leave Belarus".)
            (a.last < m.first ||
              (a.first > m.last &&
                a.first <= m.last + 3 &&
                /^(?:of|by|from)$/.test(tokens[m.last + 1]?.lower ?? ''))),
        )
      )
        continue;
      // The proposer speaking, with a denial of its own in the sentence, left it undecided on purpose:
      // "Peskov said the missiles in Romania, which do not threaten anyone, were not on the agenda".
      const ownCue = this.cues.some((c) => !c.owner && c.negated);
      for (const party of proposers) {
        if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
        if (ownCue && speaker?.kind === 'party' && speaker.parties.includes(party)) continue;
        const holds = (a: ActorMention): boolean => a.parties.includes(party) && this.proposerHolds(a, m);
        const namings = speakers.filter((a) => a.parties.includes(party));
        const speaking =
          speaker?.kind === 'party' &&
          speaker.parties.includes(party) &&
          // (A speaker named where no holder could be: "…, as Moscow has claimed".)
          !namings.some((a) => a.text === speaker.matched && !holds(a))
            ? speaker.matched
            : null;
        // (One naming of it acting on its own or relenting speaks for the sentence: "Lavrov said Russia
        // could accept some NATO presence" is not Lavrov holding the demand.)
        if (namings.some((a) => this.actsOnItsOwn(a) || this.readyForTheOpposite(a, m))) continue;
        const named = namings.find(holds)?.text ?? speaking;
        if (!named) continue;
        this.proposerSupports(party, m, 'named-proposer', named);
      }
    }
  }

  /**
   * "Under the text handed to Washington, the US would pledge to keep Ukraine out", "Neither side would
   * station missiles within reach of the other": what a draft would bind its signatories to is the
   * content its author put forward, not a stance of those it binds. The author (the owner named in the
   * "Under …" phrase, else the demand's only proposer) supports it; the parties bound hold nothing here.
   */
  draftContent(): void {
    const { tokens, mentions, findings, compiled, actors, spans } = this;
    let f = 0;
    while (tokens[f]?.transparent) f++;
    // (Past an item's marker: "2. Under the second, …".)
    if (/^(?:\d|[a-z])$/i.test(tokens[f]?.text ?? '') && /^[.)]$/.test(tokens[f + 1]?.text ?? '')) f += 2;
    const at = draftOpener(tokens, f);
    const under = at >= 0 ? at : null;
    // The author named in the opener ("Under Moscow's draft", "the proposals put forward by Russia"),
    // never its addressee ("the text handed to the Americans").
    const author =
      under !== null
        ? actors.find(
            (a) =>
              a.first > f &&
              a.last < under &&
              a.parties.length > 0 &&
              (a.kind === 'adjective' ||
                /^['’]s$/.test(tokens[a.last + 1]?.text ?? '') ||
                tokens[a.first - 1]?.lower === 'by'),
          )
        : undefined;
    // (A party named there some other way leaves the author unsaid: "Under the deal Washington floated, …".)
    if (
      under !== null &&
      !author &&
      actors.some(
        (a) => a.first > f && a.last < under && !/^(?:to|with|for)$/.test(tokens[a.first - 1]?.lower ?? ''),
      )
    )
      return;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.direction === 0) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      const from = under !== null ? Math.max(clause[0], under + 1) : clause[0];
      if (under !== null && m.first <= under) continue;
      const proposers = compiled.proposers.get(m.demand);
      // (Only a proposer's draft: "Under Washington's counter-proposal, …" is another matter. "Under it,"
      // / "Under the second," stands for a draft named before: whose it is, the document knows.)
      const standIn = under !== null && !tokens.slice(f + 1, under).some((t) => DRAFT_NOUN.test(t.lower));
      const holderParties = author
        ? author.parties.filter((p) => proposers?.has(p))
        : proposers?.size === 1 && !standIn
          ? [...proposers]
          : [];
      // ("Article 5 says neither side will …": the mutual subject may follow a document's speech verb.)
      let mutual = -1;
      let pair: ActorMention[] = [];
      for (let k = from; under === null && mutual < 0 && k < m.first; k++) {
        mutual = mutualSubjectAt(tokens, k);
        pair = mutual < 0 ? this.proposerPairAt(k, holderParties) : [];
        if (pair.length) mutual = k;
      }
      if (under === null && mutual < 0) continue;
      const lead = tokens.slice(under !== null ? from : mutual, m.first);
      // (What the draft would bind them to: "would", "is to", "shall", "may" before the demand.)
      const modal = lead.findIndex(
        (t, k) =>
          /^(?:would|will|shall|must|may|could)$/.test(t.lower) ||
          (/^(?:is|are)$/.test(t.lower) && lead[k + 1]?.lower === 'to'),
      );
      if (modal < 0) continue;
      let content: boolean;
      if (under === null) {
        if (holderParties.length === 0) continue;
        // The mutual subject binds itself to the act: "would undertake not to station", "may place";
        // not "neither side will budge on NATO expansion", "both sides would accept …".
        const modalAt = (lead[modal] as Token).i;
        const gap = tokens.slice(modalAt + 1, m.first);
        if (
          gap.length > 8 ||
          gap.some((t) => MUTUAL_GAP_STOP.test(t.lower)) ||
          this.cues.some((c) => c.first > modalAt && c.first < m.first && !BINDING_WORD.test(c.text))
        )
          continue;
        // "Russia and NATO would be forbidden to station …": a proposer bound with another party only
        // in a draft's wording of a ban or an undertaking.
        const forbidden = gap.some((t) => FORBIDDING.test(t.lower));
        if (pair.length && !forbidden && !gap.some((t) => BINDING_WORD.test(t.lower))) continue;
        // "Neither side will station …", "… be forbidden to station": the opposite denied is the demand.
        const neither = tokens[mutual]?.lower === 'neither';
        if (!neither && lead.some((t) => /^(?:not|never|no)$/.test(t.lower))) continue;
        content = (neither !== forbidden ? -m.direction : m.direction) === 1;
        // (Only a draft's clause, no party's own words: nobody else named, nobody speaking for a party.)
        if (
          actors.some(
            (a) =>
              !pair.includes(a) &&
              a.first >= clause[0] &&
              a.last <= clause[1] &&
              a.parties.some((p) => !holderParties.includes(p)),
          )
        )
          continue;
        const partners = new Set(pair.flatMap((a) => a.parties).filter((p) => !holderParties.includes(p)));
        for (const g of findings.filter((x) => x.mention === m && partners.has(x.party)))
          findings.splice(findings.indexOf(g), 1);
        if (this.speaker?.kind === 'party' && this.speaker.parties.some((p) => !holderParties.includes(p)))
          continue;
      } else {
        const bound = new Set(
          actors
            .filter((a) => a.first >= from && a.last < m.first)
            .flatMap((a) => a.parties)
            .filter((p) => !holderParties.includes(p)),
        );
        const theirs = findings.filter((g) => g.mention === m && bound.has(g.party));
        content = theirs.length
          ? theirs.every((g) => g.stance === 'supports' || g.stance === 'open')
          : m.direction === 1 && !lead.some((t) => /^(?:not|never)$/.test(t.lower));
        for (const g of theirs) findings.splice(findings.indexOf(g), 1);
      }
      if (!content) continue;
      for (const party of holderParties) {
        if (findings.some((g) => g.party === party && g.demand === m.demand)) continue;
        // (Named by the words that make it a draft's content: "Under the text …", "Neither side".)
        const words =
          under !== null
            ? [f, under - 1]
            : [mutual, pair.length ? (pair[1] as ActorMention).last : Math.min(mutual + 1, m.first - 1)];
        const named = this.input.text.slice(
          (tokens[words[0] as number] as Token).start,
          (tokens[words[1] as number] as Token).end,
        );
        this.proposerSupports(party, m, author ? 'possessor' : 'proposer', author?.text ?? named);
      }
    }
  }

  /**
   * "Russia and the NATO members would …", "neither Russia nor the alliance may …": the two actors of a
   * subject at `k` that binds a proposer (one of `holders`) together with another party; else none.
   */
  proposerPairAt(k: number, holders: readonly string[]): ActorMention[] {
    const { tokens, speakers } = this;
    const neither = tokens[k]?.lower === 'neither';
    const a = speakers.find((x) => x.first === (neither ? k + 1 : k));
    if (!a || tokens[a.last + 1]?.lower !== (neither ? 'nor' : 'and')) return [];
    const b = speakers.find(
      (x) => x.first === a.last + 2 || (x.first === a.last + 3 && tokens[a.last + 2]?.lower === 'the'),
    );
    if (!b) return [];
    const holds = (x: ActorMention): boolean => x.parties.some((p) => holders.includes(p));
    return holds(a) !== holds(b) && a.parties.length > 0 && b.parties.length > 0 ? [a, b] : [];
  }

  /** The proposer wanting what it proposed: support, reported, the demand's own words as the cue. */
  proposerSupports(party: string, m: DemandMention, kind: AttributionKind, matched: string): void {
    const { spans, input } = this;
    const cue = demandAsCue(input, m);
    this.findings.push({
      party,
      demand: m.demand,
      stance: 'supports',
      cue: cue.text,
      negated: false,
      attribution: { kind, matched, role: null, speaker: this.speakerName(party) },
      voice: 'reported',
      modality: this.modality(spans[clauseOf(spans, m.first)] ?? [0, 0], cue),
      demandMatch: m.match,
      mention: m,
    });
  }

  /**
   * "the talks on NATO expansion ran for eight hours", "ready to talk about missiles", "talks only on
   * secondary issues such as missiles": a topic others talk about; "Russia's build-up, not the
   * expansion of NATO": the cause set aside. Neither is anyone's demand.
   */
  talkedAboutOrSetAside(m: DemandMention): boolean {
    const { tokens } = this;
    let before = m.first - 1;
    while (
      before >= 0 &&
      (/^(?:the|a|an|its|their|['’]s?)$/.test(tokens[before]?.lower ?? '') ||
        this.actors.some((a) => before >= a.first && before <= a.last))
    )
      before--;
    if (TOPIC_PREPOSITION.test(tokens[before]?.lower ?? '') && TALKS.test(tokens[before - 1]?.lower ?? ''))
      return true;
    const lead = tokens.slice(Math.max(0, m.first - 6), m.first);
    return (
      lead.some(
        (t, k) =>
          (/^(?:talk|talks|talked|talking|discuss|discussed|discussing|dialogue|negotiate|negotiations)$/.test(
            t.lower,
          ) &&
            lead.slice(k + 1).some((u) => TOPIC_PREPOSITION.test(u.lower))) ||
          (t.lower === 'such' && lead[k + 1]?.lower === 'as'),
      ) ||
      (tokens[before]?.lower === 'not' && tokens[before - 1]?.text === ',') ||
      (tokens[m.first]?.lower === 'not' && tokens[m.first - 1]?.text === ',')
    );
  }

  /**
   * "…a list of eight demands, pressing Washington to pledge that NATO would stop enlarging", "the
   * drafts contained … limits on where missiles could be placed": the demand stated as such (its own
   * words or a restriction of its subject: not its opposite, not a topic) in a sentence that names its
   * proposer or is said by it, which no rule above read. The proposer wants what it proposed: support,
   * reported, the weakest kind — and only where nothing in the sentence speaks otherwise (a question, a
   * guess, a denial, talks, the cause set aside, the proposer given something or acting on its own).
   */
  proposerWithStatedDemand(): void {
    const { tokens, mentions, findings, compiled, speakers, speaker, input } = this;
    if (this.facts.question || this.facts.yesNoQuestionEnd >= 0 || this.facts.speculationAt >= 0) return;
    if (this.cues.some((c) => c.negated || c.attitude === 'open')) return;
    for (const m of mentions) {
      if (m.direction !== 1 || (m.kind !== 'phrase' && m.kind !== 'frame')) continue;
      // (Arms control is mutual: a party named with it is a partner to the talks, not their proposer.)
      if (mutualTopic(m) || this.talkedAboutOrSetAside(m)) continue;
      // ("the countries that joined NATO after 1997 have since …": when they joined is history.)
      if (accessionHistory(tokens, m, mentions, this.cues)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      for (const party of proposers) {
        if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
        const namings = speakers.filter((a) => a.parties.includes(party));
        const speaking = speaker?.kind === 'party' && speaker.parties.includes(party);
        const listed = !!input.itemOf?.includes(party) && !namings.length;
        if (!namings.length && !speaking && !listed) continue;
        // (Not "refused to give Russia any guarantee that …": the one given something holds nothing.)
        const given = (a: ActorMention): boolean => {
          let p = a.first - 1;
          if (/^(?:the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
          return OBJECT_OF.test(tokens[p]?.lower ?? '') || (p === a.first - 1 && tokens[p]?.lower === 'with');
        };
        if (namings.some((a) => given(a) || this.actsOnItsOwn(a))) continue;
        this.proposerSupports(
          party,
          m,
          listed ? 'possessor' : 'named-proposer',
          namings[0]?.text ?? (speaker?.kind === 'party' ? speaker.matched : listed ? 'its list' : party),
        );
      }
    }
  }

  /**
   * "NATO has an open-door policy", "our presence here in Lithuania is very much conscious" (a German
   * minister), "the Alliance's forward presence": a party that did not propose the demand, owning the
   * standing policy or presence the demand would end, in a sentence where no one takes a position on
   * it, refuses the demand. Only a standing policy or presence (not an act like "NATO's expansion",
   * nor weapons it has).
   */
  ownedOpposite(): void {
    const { tokens, mentions, findings, compiled, actors, speaker, previousSpeaker, spans } = this;
    if (!mentions.some((m) => m.direction === -1)) return;
    if (this.facts.question || this.facts.speculationAt >= 0) return;
    for (const m of mentions) {
      if (m.direction !== -1 || (m.kind !== 'phrase' && m.kind !== 'frame')) continue;
      if (!STANDING.test(m.match) || WEAPONRY.test(m.match)) continue;
      // (Nor history: "Before 2014, NATO's presence …", "In 2017 …".)
      if (tokens.some((t) => /^(?:19|20)\d\d$/.test(t.text) || /^(?:before|until|formerly)$/.test(t.lower)))
        continue;
      const readBefore = findings.filter((f) => f.mention === m || f.demand === m.demand);
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      // The owner: "NATO's …", "our …" in a quotation of a party's speaker, "X has / keeps …".
      let k = m.first - 1;
      while (k >= 0 && k >= m.first - 3 && OWNED_FILLER.test(tokens[k]?.lower ?? '')) k--;
      let holder: Holder | null = null;
      // ("NATO's door is open": the phrase holds its owner.)
      const within = actors.find(
        (a) => a.first === m.first && /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '') && a.parties.length > 0,
      );
      if (within) {
        holder = { parties: within.parties, kind: 'possessor', matched: within.text, role: null };
        k = m.first;
      } else if (/^['’]s?$/.test(tokens[k]?.text ?? '')) {
        const owner = actors.find((a) => a.last === k - 1 && a.parties.length > 0);
        if (owner) holder = { parties: owner.parties, kind: 'possessor', matched: owner.text, role: null };
      } else if (/^(?:our|my)$/.test(tokens[k]?.lower ?? '')) {
        const s = speaker ?? previousSpeaker;
        if (s?.kind === 'party')
          holder = { parties: s.parties, kind: 'first-person', matched: s.matched, role: s.role };
      } else {
        const verb = /^(?:a|an|its|their|the)$/.test(tokens[k]?.lower ?? '') ? k - 1 : k;
        const owner = HOLDING.test(tokens[verb]?.lower ?? '')
          ? actors.find((a) => a.last === verb - 1 && a.parties.length > 0)
          : undefined;
        // ("The replies from Washington and NATO kept …": both senders, not the last name alone.)
        const senders = owner ? this.sendersOfDocument(owner, verb) : null;
        if (senders) holder = senders;
        else if (owner) holder = { parties: owner.parties, kind: 'subject', matched: owner.text, role: null };
        else if (HOLDING_VERB_OF_DOCUMENT.test(tokens[verb]?.lower ?? '')) holder = this.replyBefore(verb);
      }
      if (!holder) continue;
      // Read already: only the subject of a verb of keeping, which another's reading (the speaker's own
      // wording of the same phrase) does not speak for, still holds it.
      const keeper = holder.kind === 'subject' || holder.kind === 'document';
      if (readBefore.length > 0 && (!keeper || readBefore.some((f) => holder?.parties.includes(f.party))))
        continue;
      // A bare "troops" or "presence" only in the owner's own words ("our presence here"), not "Poland's
      // forces are among the largest", "NATO's presence on social media".
      if (m.kind === 'frame' && holder.kind !== 'first-person') continue;
      // (Judged by someone else speaking: "Some allies privately question NATO's open-door policy".)
      // (Not where the owner is the subject of its own verb of keeping, which the speaker only reports:
      // "Levits said the replies kept the open-door policy intact".)
      const voice = speaker ?? previousSpeaker;
      if (voice?.kind === 'party' && !voice.parties.some((p) => holder?.parties.includes(p))) {
        if (!keeper) continue;
        // (Reported by another: the reply's words are not the speaker's own.)
        if (holder.kind === 'document') holder = { ...holder, kind: 'subject' };
      }
      if (speaker?.kind === 'other') continue;
      const cue: Cue = {
        first: k,
        last: m.last,
        attitude: 'rejects',
        text: this.input.text.slice((tokens[Math.max(0, k)] as Token).start, (tokens[m.last] as Token).end),
        negated: false,
        negation: null,
      };
      for (const party of holder.parties) {
        if (proposers.has(party) || !compiled.parties.some((p) => p.id === party)) continue;
        findings.push(
          this.finding(
            holder,
            party,
            m,
            'rejects',
            cue,
            false,
            this.modality(spans[ci] as [number, number], cue),
          ),
        );
      }
    }
  }

  /** "Washington and Moscow", "U.S.-Russia", "Moscow and Washington": one of two sides named together. */
  pairedWithAnother(a: ActorMention): boolean {
    const { tokens, actors } = this;
    const other = (b: ActorMention | undefined): boolean =>
      !!b && b.parties.length > 0 && !b.parties.some((p) => a.parties.includes(p));
    const joiner = /^(?:and|or|-|–|&)$/;
    const next = tokens[a.last + 2]?.lower === 'the' ? a.last + 3 : a.last + 2;
    if (joiner.test(tokens[a.last + 1]?.lower ?? '') && other(actors.find((b) => b.first === next)))
      return true;
    return joiner.test(tokens[a.first - 1]?.lower ?? '') && other(actors.find((b) => b.last === a.first - 2));
  }

  /**
   * A name that can hold a position: not in a prepositional phrase, other than a "by", "from" or "of"
   * one, a possessor, or the one a threat is to.
   */
  namesHolder(a: ActorMention): boolean {
    const { tokens } = this;
    if (!this.inPrepositionalPhrase(a)) return true;
    // "concessions on Moscow's main points": a possessor holds what it owns.
    if (/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) return true;
    for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
      const word = tokens[k]?.lower ?? '';
      if (!PREPOSITIONS.has(word)) continue;
      const head = tokens[k - 1]?.lower ?? '';
      // "… weapons that are a threat to Russia": the one threatened.
      if ((word === 'to' || word === 'against') && /^(?:threats?|danger|dangers|risks?)$/.test(head))
        // (Not a denied one: "… are no danger to Russia".)
        return !tokens.slice(Math.max(0, k - 4), k).some((t) => /^(?:no|not|never|cannot)$/.test(t.lower));
      // "the concerns of Moscow", "demands from the Kremlin", "guarantees sought by Moscow" — not "a
      // threat from Russia", "triggered by Russia", "the borders of Russia".
      if (word === 'of' || word === 'from') return DEMAND_HEAD.test(head);
      if (word === 'by') return DEMANDED_BY.test(head);
      return false;
    }
    return false;
  }

  /** "was cheated", "felt “deceived”": the passive of a wrong done to the subject. */
  wronged(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.tokens[k]?.transparent) k--;
    return /^(?:was|were|been|being|is|are|felt|feels|get|got)$/.test(this.tokens[k]?.lower ?? '');
  }

  /**
   * The proposer named as the subject of something of its own: a verb that is neither saying,
   * thinking, wanting nor grieving, or relenting ("Moscow gave up on …", "Russia no longer presses").
   */
  /** "…, Russia included.", "Everybody, Moscow included, knows …": a party set off in a list, no verb of its own. */
  setOffInList(a: ActorMention): boolean {
    const { tokens } = this;
    return (
      /^(?:included|excluded|excepted)$/.test(tokens[a.last + 1]?.lower ?? '') && !tokens[a.last + 2]?.word
    );
  }

  actsOnItsOwn(a: ActorMention): boolean {
    const { tokens } = this;
    // (Its own clause only: not "Russia's demands went unanswered: that NATO give up enlarging".)
    const other = this.actors.find((b) => b.first > a.last && !b.parties.some((p) => a.parties.includes(p)));
    const next = tokens[
      Math.min(tokens.length - 1, a.last + 12, other ? other.first - 1 : Infinity)
    ] as Token;
    const rest = this.input.text.slice((tokens[a.last] as Token).end, next.end);
    if (RELENTING.test(rest.split(/[:;]/)[0] as string)) return true;
    // ("the Russian side returned to the themes of …", "Moscow came back to the question of …": raising it.)
    if (RAISING_AGAIN.test(rest)) return false;
    if (this.setOffInList(a)) return false;
    // ("Moscow has yet to react", "Russia was silent as …".)
    if (
      tokens
        .slice(a.last + 1, a.last + 5)
        .some((t, k, all) => t.lower === 'silent' || (t.lower === 'yet' && all[k + 1]?.lower === 'to'))
    )
      return true;
    // The subject of a verb of its own that is neither saying, thinking, wanting nor grieving: "… the
    // day Russia began naval drills", "as Russia kept up its pressure", "Russia vetoed a resolution".
    let v = a.last + 1;
    let modal = false;
    while (AUX_OR_ADVERB.test(tokens[v]?.lower ?? '')) {
      if (MODAL.test(tokens[v]?.lower ?? '')) modal = true;
      v++;
    }
    const verb = tokens[v];
    if (verb?.word) {
      const w = verb.lower;
      const before = tokens[v - 1]?.lower ?? '';
      const passive = /^(?:was|were|been|being|is|are)$/.test(before) && !/ing$/.test(w);
      // "sent", "vetoes", "could accept", "was moving" (not "Russia's", "as", "forces").
      const finite =
        ((/(?:ed|[^s']s)$/.test(w) && !NOT_A_VERB.test(w) && !PREPOSITIONS.has(w)) ||
          IRREGULAR_PAST.test(w) ||
          (modal && /^[a-z]+$/.test(w) && !NOT_A_VERB.test(w)) ||
          (/^(?:was|were|is|are)$/.test(before) && /ing$/.test(w))) &&
        !SUBORDINATE.test(w);
      if (finite && !passive && !SPEECH.has(w) && !HOLDING_VERB.test(w)) return true;
      // ("Russia responded with new exercises", "Moscow recalled its envoy": acts, not statements.)
      if (
        /^(?:responded|responds|reacted|reacts|countered|counters|recalled|recalls)$/.test(w) &&
        /^(?:with|by|its|his|her|their|the|a)$/.test(tokens[v + 1]?.lower ?? '')
      )
        return true;
      // ("Russia was told that …": the one told.)
      if (passive && OBJECT_OF.test(w)) return true;
    }
    return false;
  }

  /**
   * The proposer's name holds the demand named with it, rather than being the object, target, cause,
   * place or a side in something else ("to deter Russia", "when Russia seized Crimea", "Russia's
   * borders", "Russia sent more troops", "Russia broke the treaty").
   */
  proposerHolds(a: ActorMention, m: DemandMention): boolean {
    const { tokens } = this;
    if (this.pairedWithAnother(a) || this.setOffInList(a)) return false;
    // "… what Russia's troop build-up means for security; Ukraine hopes to become a member": a
    // semicolon parts two statements; a party named in one holds nothing in the other. (Not the
    // items of a list opened by a colon: "Putin listed his conditions: …; …".)
    const [lo, hi] = a.last < m.first ? [a.last, m.first] : [m.last, a.first];
    const between = tokens.slice(lo + 1, hi);
    if (between.some((t) => t.text === ';') && !between.some((t) => t.text === ':')) return false;
    // Someone else's guess about it: "Experts doubt that Russia really fears …".
    const guessed = this.facts.speculationAt;
    if (guessed >= 0 && guessed < a.first) return false;
    if (this.actsOnItsOwn(a)) return false;
    // A modifier of another noun: "a Russia hawk", "Moscow-based analysts", "Russia Today".
    if (/^[-–]$/.test(tokens[a.last + 1]?.text ?? '') || MODIFIED.test(tokens[a.last + 1]?.lower ?? ''))
      return false;
    // "NATO rejected the Kremlin's demands and decided to send troops": a new verb after "and"
    // starts another statement, by another subject.
    if (
      m.first > a.last &&
      tokens
        .slice(a.last + 1, m.first)
        .some((t) => t.lower === 'and' && NEW_PREDICATE.test(tokens[t.i + 1]?.lower ?? ''))
    )
      return false;
    // An aim owned: "condemn Russia's efforts to limit …", "the security needs of Putin".
    const possessive = /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '');
    if (possessive && AIM.test(tokens[a.last + 2]?.lower ?? '')) return true;
    // "the worry of Russian President Putin that American missiles could end up in Ukraine".
    const ofAt = tokens[a.first - 1]?.lower === 'of' ? a.first - 1 : -1;
    if (ofAt > 0 && WORRY_NOUN.test(tokens[ofAt - 1]?.lower ?? '') && tokens[a.last + 1]?.lower === 'that')
      return true;
    if (!this.namesHolder(a)) return false;
    let p = a.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
    // An object: "sent Moscow a letter", "to deter Russia", "accusing Russia of …", "met Putin" — but
    // the target of weapons is the one threatened ("missiles would reach Moscow in minutes").
    const object = tokens[p]?.lower ?? '';
    const targeted =
      /^reach/.test(object) && tokens.slice(Math.max(0, p - 5), p).some((t) => WEAPONRY.test(t.lower));
    if ((OBJECT_OF.test(object) && !targeted) || /^(?:accus|blam|charg|condemn|critici)/.test(object))
      return false;
    // The one a condition or a time clause is about: "if Russia invades", "when Russia seized Crimea",
    // "were Russia to attack"; or a comment clause: "…, as Moscow has (long) claimed."
    for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'as') {
        // (An "as" clause after the demand's words is another statement: "…curbing missile
        // deployments, as Moscow has asked them to explain their drills".)
        const end = tokens.slice(a.last + 1, a.last + 5).findIndex((t) => !t.word);
        if (end >= 0 || a.last + 4 >= tokens.length || m.last < k) return false;
        continue;
      }
      if (SUBORDINATE.test(w) || (k === 0 && /^(?:were|had)$/.test(w))) return false;
      if (w === 'case' && tokens[k - 1]?.lower === 'in') return false;
    }
    // A place or its own act: "Russia's borders", "Russia's build-up", "Russia's own missiles".
    if (/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) {
      let n = a.last + 2;
      while (
        /^(?:western|eastern|southern|northern|own|recent|massive|military|troop|continued)$/.test(
          tokens[n]?.lower ?? '',
        )
      )
        n++;
      if (PROPOSER_OWN.test(tokens[n]?.lower ?? '') || tokens[a.last + 2]?.lower === 'own') return false;
    }
    // Its own act or conduct: "Russia will send more troops to Belarus", "Russia broke the treaty" (not
    // "Russia was cheated by …", where it is the one wronged).
    if (a.last < m.first) {
      const acts = tokens.slice(a.last + 1, Math.min(a.last + 5, m.first + 1));
      // ("Moscow accused NATO of breaking promises …": another's conduct, its grievance.)
      const accuses = acts.some((t) => /^(?:accus|blam|charg)/.test(t.lower));
      if (
        !accuses &&
        acts.some(
          (t) =>
            ACT_VERB.test(t.lower) || OWN_MOVES.test(t.lower) || (BROKEN.test(t.lower) && !this.wronged(t.i)),
        )
      )
        return false;
    }
    // (A comparison: "Russia has far more troops on its border than NATO has in the Baltics".)
    if (tokens.slice(a.last + 1, Math.max(a.first, m.last) + 6).some((t) => t.lower === 'than')) return false;
    return true;
  }

  coordinatedHolder(ci: number): Holder | null {
    const subject = this.coordinatedSubject(ci);
    return subject ? this.asHolder(subject) : null;
  }

  /**
   * "weapons that can threaten …", "…, which poses a direct threat to …": a relative clause (right
   * after the demand's words, or after a comma closing its clause) whose verb is the grievance.
   */
  relativeGrievance(m: DemandMention, c: Cue): boolean {
    const { tokens, mentions } = this;
    let k = c.first - 1;
    while (k > m.last && GRIEVANCE_FILLER.has(tokens[k]?.lower ?? '')) k--;
    if (!RELATIVE_WORDS.has(tokens[k]?.lower ?? '')) return false;
    // "…strike weapons that …" right behind the demand, or "…, which …" closing the clause it stands in.
    if (k <= m.last + 2) return true;
    return (
      tokens[k - 1]?.text === ',' &&
      tokens[k]?.lower === 'which' &&
      k - m.last <= 12 &&
      !tokens.slice(m.last + 1, k - 1).some((t) => CLAUSE_PUNCTUATION.has(t.text)) &&
      !mentions.some((x) => x !== m && x.first > m.last && x.first < k)
    );
  }

  /**
   * "…agreed to stop expanding, as Russia has demanded", "…pull its forces back, as demanded by Moscow":
   * a trailing "as" clause names who asks for what the sentence stated before it.
   */
  asDemandedBy(): void {
    const { tokens, mentions, cues, findings, spans, speakers } = this;
    for (let ci = 1; ci < spans.length; ci++) {
      const [cs, ce] = spans[ci] as [number, number];
      if (tokens[cs]?.lower !== 'as' || tokens[cs - 1]?.text !== ',') continue;
      const asking = (c: Cue): boolean =>
        c.attitude === 'supports' && !c.negated && !c.owner && ASKING_VERB.test(tokens[c.first]?.lower ?? '');
      let holder: ActorMention | undefined;
      let cue: Cue | undefined;
      const subject = speakers.find((a) => a.first === cs + 1);
      if (subject) {
        let v = subject.last + 1;
        while (v <= ce && /^(?:has|have|had|did|does|do|long|repeatedly|also)$/.test(tokens[v]?.lower ?? ''))
          v++;
        cue = cues.find((c) => c.first === v && asking(c));
        holder = subject;
      } else {
        // "as demanded by Moscow"
        cue = cues.find((c) => c.first === cs + 1 && asking(c));
        const by = cue ? cue.last + 1 : -1;
        holder = tokens[by]?.lower === 'by' ? speakers.find((a) => a.first === by + 1) : undefined;
      }
      if (!cue || !holder) continue;
      // Nothing after the verb but the clause's end: "as Russia has demanded an end to …" is another statement.
      const end = holder.first > cue.last ? holder.last : cue.last;
      if (end !== ce) continue;
      for (const m of mentions) {
        if (m.last >= cs || m.kind === 'reference' || m.direction !== 1) continue;
        if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
        this.emit(this.asHolder(holder), { attitude: 'supports', negated: false }, cue, m, ci);
      }
    }
  }

  backPointers(): void {
    const { tokens, mentions, cues, findings, spans, speakers } = this;
    // "…NATO's eastward expansion, which Moscow regards as a threat", "…membership, which the Russians
    // called a top priority", "…the proposals, which Washington rejected": a relative clause whose subject
    // is a party judges what stands right before the comma.
    // "…, demands that the administration has said are non-starters", "…, both of which Washington
    // has called unacceptable": a pointer back to everything named before takes every demand before it.
    for (let ci = 1; ci < spans.length; ci++) {
      const [cs, ce] = spans[ci] as [number, number];
      // (After a comma or a dash: "… out of Eastern Europe — demands the US and NATO reject".)
      // (Or a colon: "…to Ukraine and Georgia: something that the Alliance categorically rejects".)
      const colon = tokens[cs - 1]?.text === ':';
      if (!/^[,—–:]$/.test(tokens[cs - 1]?.text ?? '')) continue;
      let o = cs;
      let wide = false;
      if (/^(?:both|all|each|either)$/.test(tokens[o]?.lower ?? '') && tokens[o + 1]?.lower === 'of') {
        o += 2;
        wide = true;
      } else if (BACK_NOUNS.test(tokens[o]?.lower ?? '')) {
        o += 1;
        wide = true;
      } else if (
        // "…, something the US has ruled out", "…, a demand the alliance has dismissed".
        tokens[o]?.lower === 'something' ||
        (/^(?:a|an)$/.test(tokens[o]?.lower ?? '') && BACK_NOUN_SINGULAR.test(tokens[o + 1]?.lower ?? ''))
      ) {
        o += tokens[o]?.lower === 'something' ? 1 : 2;
        wide = true;
      }
      if (colon && !wide) continue;
      // A bare relative clause ("a demand the alliance has dismissed"): its subject right after the noun.
      const bare =
        wide &&
        speakers.some((a) => a.first === o || (a.first === o + 1 && NP_WORDS.has(tokens[o]?.lower ?? '')));
      // "…demanded that Washington and Brussels guarantee …, something they have denied": "they" are the
      // two addressees named together (not the one who demanded).
      const pair = wide && !bare && tokens[o]?.lower === 'they' ? this.addressedPair(cs) : null;
      // Standing where "they" stands.
      const they = pair ? { ...pair, first: o, last: o } : null;
      if (bare || they) o -= 1;
      if (!(bare || they || tokens[o]?.lower === 'which' || (wide && tokens[o]?.lower === 'that'))) continue;
      const subject = they ?? speakers.find((a) => a.first >= o + 1 && a.first <= o + 2);
      if (!subject || (subject.first === o + 2 && !NP_WORDS.has(tokens[o + 1]?.lower ?? ''))) continue;
      const skip = (from: number): number => {
        let v = from;
        while (
          v <= ce &&
          v <= from + 2 &&
          (RELATIVE_AUX.has((tokens[v] as Token).lower) || /^[a-z]+ly$/.test((tokens[v] as Token).text))
        )
          v++;
        return v;
      };
      // "…, demands the US and NATO reject": past the subject's partner to its verb.
      let subjectEnd = subject.last;
      if (/^(?:and|&)$/.test(tokens[subjectEnd + 1]?.lower ?? '')) {
        const partner = speakers.find(
          (a) =>
            a.first === subjectEnd + 2 ||
            (a.first === subjectEnd + 3 && /^(?:the|its|their)$/.test(tokens[subjectEnd + 2]?.lower ?? '')),
        );
        if (partner) subjectEnd = partner.last;
        // "the United States and its allies have rejected": allies left unnamed.
        else if (
          /^(?:its|their)$/.test(tokens[subjectEnd + 2]?.lower ?? '') &&
          /^(?:allies|partners)$/.test(tokens[subjectEnd + 3]?.lower ?? '')
        )
          subjectEnd += 3;
      }
      let v = skip(subjectEnd + 1);
      // "… has made clear are non-starters", "… has said is unacceptable": a statement verb, then the verdict.
      let said = false;
      if (/^(?:made|make|makes)$/.test(tokens[v]?.lower ?? '')) {
        const c = tokens[v + 1]?.lower === 'it' ? v + 2 : v + 1;
        if (tokens[c]?.lower === 'clear' || tokens[c]?.lower === 'plain') {
          v = c + 1;
          said = true;
        }
      } else if (SPEECH.has(tokens[v]?.lower ?? '')) {
        v += 1;
        said = true;
      }
      if (said) {
        if (!BE.has(tokens[v]?.lower ?? '')) continue;
        v += 1;
        while (v <= ce && PREDICATE_FILLER.has((tokens[v] as Token).lower)) v++;
      }
      // "which Moscow considers to be a threat": "consider" judges here; it does not offer talks.
      const judgingConsider =
        /^consider(?:s|ed)?$/.test(tokens[v]?.lower ?? '') &&
        /^(?:to|as|a|an|it|them)$/.test(tokens[v + 1]?.lower ?? '');
      // "which the alliance cannot accept", "which Berlin does not reject": a modal, or the negation the
      // cue itself carries, between the subject and the verb.
      let w = v;
      while (
        w < v + 3 &&
        tokens[w] &&
        (MODAL_VERBS.includes((tokens[w] as Token).lower) || (tokens[w] as Token).lower === 'not')
      )
        w++;
      const verbCue = judgingConsider
        ? undefined
        : cues.find(
            (c) =>
              !c.owner &&
              (c.first === v ||
                (c.first > v &&
                  c.first <= v + 3 &&
                  tokens
                    .slice(v, c.first)
                    .every(
                      (t, i) =>
                        v + i < w ||
                        (c.negation !== null && c.negation.toLowerCase().split(/\s+/).includes(t.lower)),
                    ))),
          );
      let cue: Cue | undefined = verbCue;
      if (!cue && !said && JUDGING.test(tokens[v]?.lower ?? ''))
        cue = cues.find((c) => c.first > v && c.first <= v + 5 && c.last <= ce && !c.owner);
      // "…, something they have denied": denying a demand refuses it.
      if (!cue && !said && /^(?:denied|denies|deny)$/.test(tokens[v]?.lower ?? ''))
        cue = {
          first: v,
          last: v,
          attitude: 'rejects',
          text: (tokens[v] as Token).text,
          negated: false,
          negation: null,
        };
      if (!cue || cue.attitude === 'intent') continue;
      // "…, which NATO discussed on Wednesday": a bare verb of talking reports what happened to the
      // demand, not a verdict on it ("which Washington is ready to discuss" is one).
      // ("Russia's proposals, which NATO discussed on Wednesday, would bar …": nor of what they go on to ask.)
      if (cue === verbCue && cue.attitude === 'open' && !cue.negated && cue.first === cue.last) {
        if (tokens[o]?.lower === 'which' && cues.some((c) => c.owner && c.last === cs - 2))
          for (let i = findings.length - 1; i >= 0; i--) {
            const f = findings[i] as SentenceFinding;
            if (
              subject.parties.includes(f.party) &&
              f.cue === cue.text &&
              clauseOf(spans, f.mention.first) === ci + 1
            )
              findings.splice(i, 1);
          }
        continue;
      }
      // "which Moscow wants closed", "which Kyiv wants ended": a complement after the verb turns it around.
      if (
        cue === verbCue &&
        !said &&
        tokens.slice(cue.last + 1, ce + 1).some((t) => /(?:ed|en)$/.test(t.lower))
      )
        continue;
      // What was demanded, in the demand's own direction. "wants a commitment that Ukraine will never be
      // allowed to join" leaves a bare "join", turned around by words outside the mention: it counts
      // as the demand when this sentence already read it as the proposer's demand.
      const asDemanded = (m: DemandMention): DemandMention | null => {
        if (m.direction === 1) return m;
        const proposers = this.compiled.proposers.get(m.demand);
        const read = findings.some(
          (f) => f.mention === m && f.stance === 'supports' && proposers?.has(f.party),
        );
        return read ? { ...m, direction: 1 } : null;
      };
      const antecedents = mentions
        .filter((m) =>
          wide
            ? m.last < cs && m.kind !== 'reference'
            : m.last < cs && m.last >= cs - 4 && clauseOf(spans, m.first) === ci - 1,
        )
        .map((m) => (wide ? asDemanded(m) : m))
        .filter((m): m is DemandMention => m !== null);
      // (A verb of verdict or of judging, not "which Moscow has said is …", nor a verb of talking.)
      const verdict = !said && cue.attitude !== 'open' && tokens[o]?.lower === 'which';
      let onNoun = false;
      if (antecedents.length === 0 && verdict && !mentions.some((m) => clauseOf(spans, m.first) === ci - 1)) {
        // "The Russian proposals, which Washington has called non-starters, would bar Ukraine from …": an
        // aside on a party's demands judges what the sentence then says they ask, in the clause after it.
        const owned = cues.find((c) => c.owner && c.last === cs - 2);
        if (tokens[ce + 1]?.text === ',' && owned?.owner && !owned.owner.predicative)
          for (const m of mentions)
            if (
              m.direction === 1 &&
              m.kind !== 'reference' &&
              clauseOf(spans, m.first) === ci + 1 &&
              owned.owner.parties.some((p) => this.compiled.proposers.get(m.demand)?.has(p))
            )
              antecedents.push(m);
        onNoun = antecedents.length > 0;
      } else if (antecedents.length === 0 && verdict) {
        // "Granting Moscow's request to pull troops out of the Baltic states would split the allies, which
        // the alliance cannot accept": a "which" on the whole clause before, when that clause states a
        // demand as its proposer asks it (and not a party or a place right before the comma).
        const unasked = (m: DemandMention): boolean =>
          !findings.some(
            (f) =>
              f.mention === m &&
              f.stance === 'supports' &&
              this.compiled.proposers.get(m.demand)?.has(f.party),
          ) || findings.some((f) => f.mention === m && f.stance !== 'supports');
        if (!this.actors.some((a) => a.last >= cs - 3 && a.last < cs))
          for (const m of mentions)
            if (
              m.direction === 1 &&
              m.kind !== 'reference' &&
              clauseOf(spans, m.first) === ci - 1 &&
              !unasked(m)
            )
              antecedents.push(m);
        if (
          antecedents.some((m) => subject.parties.some((p) => this.compiled.proposers.get(m.demand)?.has(p)))
        )
          antecedents.length = 0;
      }
      for (const m of antecedents) {
        if (onNoun) {
          // (Another reading of the same holder was of words in another clause: this verdict replaces it.)
          for (let i = findings.length - 1; i >= 0; i--) {
            const f = findings[i] as SentenceFinding;
            if (f.mention === m && subject.parties.includes(f.party)) findings.splice(i, 1);
          }
          const before = findings.length;
          this.emit(this.asHolder(subject), { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
          for (const f of findings.slice(before)) f.judgesOwnedDemand = true;
          continue;
        }
        if (findings.some((f) => f.mention === m && subject.parties.includes(f.party))) continue;
        const refusal =
          (cue.attitude === 'rejects' && !cue.negated) || (cue.attitude === 'supports' && cue.negated);
        if (m.kind === 'reference' && !refusal) continue;
        this.emit(this.asHolder(subject), { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
      }
    }
  }
}

/** The demand's own words standing as the cue of a reading that has none ("supports" what they state). */
/** Words that name a draft, or stand for one, in "Under the text …," / "Under the second, …". */
const DRAFT_NOUN =
  /^(?:text|texts|draft|drafts|treaty|treaties|proposal|proposals|document|documents|paper|papers|package|plan|clause|article|provision|provisions|terms)$/;
/** Plural drafts or demands a sentence-opening "Among …," picks its content from. */
const AMONG_DRAFTS =
  /^(?:texts|drafts|treaties|proposals|documents|papers|provisions|terms|demands|clauses)$/;
/** Words that stand for a draft named elsewhere: "Under it, …", "Under the second, …". */
const DRAFT_STAND_IN = /^(?:first|second|third|latter|former|it|them|this|these)$/;

/**
 * Where the comma closes a sentence-opening "Under <draft>," ("Under the text handed to Washington,",
 * "Under the second,"), or -1. Not a dated accord ("Under the 1997 agreement, …") nor a person.
 */
function draftOpener(tokens: readonly Token[], f: number): number {
  const among = tokens[f]?.lower === 'among';
  if (tokens[f]?.lower !== 'under' && !among) return -1;
  const comma = tokens.findIndex((t, i) => i > f && i <= f + 14 && t.text === ',');
  if (comma < 0) return -1;
  const phrase = tokens.slice(f + 1, comma);
  if (phrase.some((t) => /^(?:1[89]|20)\d\d$/.test(t.text))) return -1;
  // "Among Moscow's proposals, NATO would …" opens a draft's content as "Under …" does: only a list of
  // drafts or demands, never a stand-in ("Among them, …" continues a list named elsewhere).
  if (among) return phrase.some((t) => AMONG_DRAFTS.test(t.lower)) ? comma : -1;
  return phrase.some((t) => DRAFT_NOUN.test(t.lower)) ||
    (phrase.length <= 2 && phrase.some((t) => DRAFT_STAND_IN.test(t.lower)))
    ? comma
    : -1;
}

/** Between a mutual subject's modal and the demand: words of talking or taking a view, not of binding. */
const MUTUAL_GAP_STOP =
  /^(?:on|about|over|of|with|budge|talk|talks|discuss|negotiate|consider|accept|reject|oppose|support|want|seek|demand|insist|compromise|concede|back|down|return|like|prefer)$/;
/** A ban in a draft's wording: "would be forbidden to station …" denies the act. */
const FORBIDDING = /^(?:forbidden|barred|prohibited|banned)$/;
/** A cue that binds a party to an act ("undertake", "pledge", "be barred from"), as a draft's clause does. */
const BINDING_WORD = /^(?:undertak|pledg|promis|commit|agree|refrain|forbid|barr|prohibit|oblig|bound)/i;

/** `k` if "neither/both/each (of the) side(s) / part(y|ies) / signator(y|ies)" starts there, else -1. */
function mutualSubjectAt(tokens: readonly Token[], k: number): number {
  if (!/^(?:neither|both|each)$/.test(tokens[k]?.lower ?? '')) return -1;
  const noun = tokens[k + 1]?.lower === 'of' ? tokens[k + 3]?.lower : tokens[k + 1]?.lower;
  return /^(?:sides?|part(?:y|ies)|signator(?:y|ies))$/.test(noun ?? '') ? k : -1;
}

/** "Among the texts Moscow published, …", "Of Russia's drafts, …": the end (comma) of an opening naming a source, or -1. */
function sourcingOpeningEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.transparent || /^["“‘']$/.test(tokens[k]?.text ?? '')) k++;
  if (!/^(?:among|of|in)$/.test(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 10; j++) if (tokens[j]?.text === ',') return j;
  return -1;
}

const ACCESSION = /^(?:joined|join|joins|joining|became|become|becoming|admitted|entered|acceded)$/;
const ACCESSION_FILLER = /^(?:nato|the|alliance|bloc|members?|of|as|full|only|both|later)$/;

/**
 * A date phrase of the demand ("after 1997") that only says when countries joined, in a sentence that
 * asks nothing of them (no other words of the demand, no cue of a demand).
 */
function accessionHistory(
  tokens: readonly Token[],
  m: DemandMention,
  mentions: readonly DemandMention[],
  cues: readonly Cue[],
): boolean {
  if (m.kind !== 'phrase' || !/^(?:after|since|before) 1997$/i.test(m.match)) return false;
  if (mentions.some((o) => o !== m && o.demand === m.demand)) return false;
  if (cues.some((c) => c.attitude === 'supports' || c.attitude === 'rejects')) return false;
  let k = m.first - 1;
  while (k >= 0 && k >= m.first - 5 && ACCESSION_FILLER.test(tokens[k]?.lower ?? '')) k--;
  return ACCESSION.test(tokens[k]?.lower ?? '');
}

function demandAsCue(input: SentenceInput, m: DemandMention): Cue {
  const { tokens, text } = input;
  return {
    first: m.first,
    last: m.last,
    attitude: 'supports',
    text: text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
    negated: false,
    negation: null,
  };
}

/**
 * The speaking party states the demand (or its opposite) in its own words, with no cue: the words
 * themselves are the cue, held by the speaker.
 */
function emitOwnWording(
  r: SentenceReading,
  input: SentenceInput,
  m: DemandMention,
  party: string,
  speaking: Extract<Speaker, { kind: 'party' }>,
  speaker: Speaker | null,
): void {
  // "The Kremlin signalled it had set the rollback aside": its own words, let go.
  // (In this sentence's words: `input.text` is the whole document, whose headline may say "back off".)
  const first = input.tokens[0];
  const last = input.tokens[input.tokens.length - 1];
  const sentence = first && last ? input.text.slice(first.start, last.end) : '';
  if (input.compiled.proposers.get(m.demand)?.has(party) && RELENTING.test(sentence)) return;
  const cue = demandAsCue(input, m);
  r.emit(
    {
      parties: [party],
      kind: speaking === speaker ? (speaking.document ? 'document' : 'speaker') : 'previous-speaker',
      matched: speaking.matched,
      role: speaking.role,
    },
    cue,
    cue,
    m,
    Math.max(0, clauseOf(r.spans, m.first)),
  );
}

export function analyzeSentence(input: SentenceInput): {
  findings: SentenceFinding[];
  mentions: SentenceMention[];
} {
  const { tokens, compiled, actors, mentions, cues, speaker, previousSpeaker } = input;
  if (mentions.length === 0) return { findings: [], mentions: [] };
  const r = new SentenceReading(input);
  const { findings, spans, speakers } = r;

  r.readMentions();
  r.verdictsAfterLists();
  r.predicateClauses();
  r.backPointers();
  readPronounObjects(r);
  readOfferedMeasures(r);
  readDeniedPlansForPronoun(r);
  readSiding(r);
  readWarnings(r);
  r.asDemandedBy();
  r.demandsViolate();
  r.askedByProposer();

  // A party that put the demand forward, speaking, names it in its own terms ("there should be no
  // further expansion of NATO", "the non-expansion of NATO is the main issue"): it states its demand.
  const speaking =
    speaker?.kind === 'party' ? speaker : previousSpeaker?.kind === 'party' ? previousSpeaker : null;
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      // (Another party's reading of the same words does not silence the speaker: "… unready to meet
      // halfway our demands to halt expansion, curtail the infrastructure …", said the Russian envoy.)
      // Only in a quotation or a sentence with a speech verb: a narrative sentence after a quote is the
      // reporter's, and another party's reading of it stands alone.
      const quoted = speaker !== null || /^["“‘']/.test(tokens[0]?.text ?? '');
      if (
        m.direction !== 1 ||
        m.kind === 'reference' ||
        findings.some((f) => f.mention === m && (!quoted || speaking.parties.includes(f.party)))
      )
        continue;
      // "the countries that joined NATO after 1997 are loyal allies": when they joined is history.
      if (accessionHistory(tokens, m, mentions, cues)) continue;
      // (Arms control is mutual: its proposer lamenting it states no demand of its own.)
      if (mutualTopic(m)) continue;
      // "the US has expressed the wish to limit missiles": another party's wish, not the speaker's demand.
      const mc = spans[clauseOf(spans, m.first)] as [number, number];
      if (
        speakers.some(
          (a) =>
            a.first >= mc[0] &&
            a.last < m.first &&
            !a.parties.some((p) => speaking.parties.includes(p)) &&
            !r.inPrepositionalPhrase(a) &&
            // "the treaties envisage NATO's pledge to refrain from …": the addressee inside the content.
            !addresseeOfDemand(tokens, a.first),
        )
      )
        continue;
      const proposers = compiled.proposers.get(m.demand);
      for (const party of speaking.parties) {
        if (!proposers?.has(party) || findings.some((f) => f.party === party && f.demand === m.demand))
          continue;
        emitOwnWording(r, input, m, party, speaking, speaker);
      }
    }
  }

  // The party that put the demand forward, speaking, describes the demand's opposite as a threat to it:
  // "the deployment of strike weapons that can threaten our territory", "…keep deploying missiles
  // there, which poses a direct threat to Russia". Its grievance is its demand.
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      if (m.direction !== -1 || m.kind === 'reference') continue;
      const proposers = compiled.proposers.get(m.demand);
      const parties = speaking.parties.filter(
        (p) => proposers?.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (parties.length === 0) continue;
      const grievance = cues.find(
        (c) =>
          c.first > m.last &&
          c.attitude === 'rejects' &&
          !c.negated &&
          !c.owner &&
          GRIEVANCE.test(tokens[c.first]?.lower ?? '') &&
          r.relativeGrievance(m, c),
      );
      if (!grievance) continue;
      r.emit(
        {
          parties,
          kind: speaking === speaker ? (speaking.document ? 'document' : 'speaker') : 'previous-speaker',
          matched: speaking.matched,
          role: speaking.role,
        },
        { attitude: 'rejects', negated: false },
        grievance,
        m,
        Math.max(0, clauseOf(spans, m.first)),
      );
    }
  }

  // "X demanded Y — an ask the US dismissed as a non-starter", "Russia's key demands — …— all this the
  // United States refused to discuss": a clause after a dash that points back takes the demands before it.
  for (let ci = 1; ci < spans.length; ci++) {
    const [cs, ce] = spans[ci] as [number, number];
    if (!['—', '–', '-'].includes(tokens[cs - 1]?.text ?? '')) continue;
    const openerEnd = Math.min(ce + 1, cs + 3);
    if (
      !BACK_POINTERS.has(wordOf(tokens, cs, openerEnd, 0)) &&
      !BACK_POINTERS.has(wordOf(tokens, cs, openerEnd, 1))
    )
      continue;
    const cue = cues.find((c) => c.first >= cs && c.last <= ce && !c.owner);
    if (!cue) continue;
    // "– these requirements, according to the United States, are unacceptable": whom it is according to.
    const holder =
      r.subjectBefore(cue.first, [cs, ce]) ??
      (speaker?.kind === 'party' && tokens.slice(cs, cue.first).some((t) => t.lower === 'according')
        ? partyHolder(speaker)
        : null);
    if (!holder || holder.parties.length === 0) continue;
    for (const m of mentions) {
      if (m.last >= cs || findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
      r.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
    }
  }

  // A party's own declaration of what it will do: "…, Sherman said: Washington would not halt NATO
  // enlargement". The subject is the speaker's own party and a modal carries the intent.
  if (speaker?.kind === 'party') {
    for (const m of mentions) {
      if (m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      let k = m.first - 1;
      while (k >= 0 && (tokens[k]?.transparent || MODALS.has(tokens[k]?.lower ?? ''))) k--;
      // "Ukraine's accession": a possessive is no modal; a modal must stand between.
      if (!tokens.slice(k + 1, m.first).some((t) => MODALS.has(t.lower))) continue;
      const subject = actors.find(
        (a) => a.last === k && canSpeak(a) && a.parties.some((p) => speaker.parties.includes(p)),
      );
      if (!subject) continue;
      const ci = Math.max(0, clauseOf(spans, m.first));
      const cue: Cue = {
        first: k + 1,
        last: m.first - 1,
        attitude: 'intent',
        text: input.text.slice((tokens[k + 1] as Token).start, (tokens[m.first - 1] as Token).end),
        negated: false,
        negation: null,
      };
      r.emit(
        {
          parties: subject.parties.filter((p) => speaker.parties.includes(p)),
          kind: 'speaker',
          matched: speaker.matched,
          role: speaker.role,
        },
        cue,
        cue,
        m,
        ci,
      );
    }
  }

  // "NATO will never close its door", "we won't withdraw our troops": a negated future or modal of the
  // subject's own act is its refusal. Only a refusal (the negation makes the words the demand's
  // opposite), only of a party that did not put the demand forward, and only where no other party is
  // speaking about it ("Putin said NATO would never stop expanding" is Putin's charge).
  const speakingParties = speaking?.kind === 'party' ? speaking.parties : null;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0 || findings.some((f) => f.mention === m)) continue;
    if (/^(?:join|joining|joined|accede|become|apply)/i.test(m.match)) continue;
    // The negation opens the demand's words ("never + close + its door"), or stands before a verb whose
    // particle the words end on ("will not pull its forces back": the words are "forces + back").
    let at0 = m.first;
    if (m.direction === 1) {
      if (m.kind !== 'frame') continue;
      let p = m.first - 1;
      while (p > 0 && (NP_SKIP.has(tokens[p]?.lower ?? '') || FIRST_PERSON.has(tokens[p]?.text ?? ''))) p--;
      if (!PARTICLE_VERBS.test(tokens[p]?.lower ?? '') || p < m.first - 3) continue;
      at0 = p - 1;
    }
    const open = tokens[at0] as Token | undefined;
    if (!open) continue;
    const contracted = /^(?:won|wouldn|can|couldn|shan)['’]t$|^cannot$/.test(open.lower);
    if (!contracted && !(['not', 'never'].includes(open.lower) && MODALS.has(tokens[at0 - 1]?.lower ?? '')))
      continue;
    const k = contracted ? at0 - 1 : at0 - 2;
    const at = tokens[k];
    // The word before the subject ("the alliance" ends at `k`): "… a pledge that NATO will never …" is
    // content, "whether the alliance will not …" a question; "… made it plain that NATO will not …" a report.
    const b = (speakers.find((a) => a.last === k)?.first ?? k) - 1;
    const reported =
      tokens[b]?.lower === 'that' &&
      (SPEECH.has(tokens[b - 1]?.lower ?? '') || /^(?:clear|plain)$/.test(tokens[b - 1]?.lower ?? ''));
    if (!at || (!reported && ['that', 'if', 'whether', 'for', 'unless'].includes(tokens[b]?.lower ?? '')))
      continue;
    const ci = Math.max(0, clauseOf(spans, m.first));
    let holder: Holder | null = null;
    if (FIRST_PERSON.has(at.text) && speaking?.kind === 'party')
      holder = { parties: speaking.parties, kind: 'first-person', matched: at.text, role: speaking.role };
    else {
      // "…was willing to talk but would not close NATO's door": the subject the coordinated verb shares.
      const subject = JOINED_VERB.has(at.lower)
        ? spans
            .slice(0, ci)
            .map((sp) => r.clauseSubject(sp))
            .filter((a): a is ActorMention => !!a)
            .pop()
        : speakers.find((a) => a.last === k && !r.inPrepositionalPhrase(a));
      if (
        subject &&
        (speakingParties === null || subject.parties.every((p) => speakingParties.includes(p))) &&
        speaker?.kind !== 'pronoun'
      )
        holder = r.asHolder(subject);
    }
    if (!holder) continue;
    const proposers = compiled.proposers.get(m.demand);
    holder = { ...holder, parties: holder.parties.filter((p) => !proposers?.has(p)) };
    const cue: Cue = {
      first: k + 1,
      last: Math.max(at0, m.first),
      attitude: 'intent',
      text: input.text.slice((tokens[k + 1] as Token).start, open.end),
      negated: m.direction === 1,
      negation: null,
    };
    r.emit(holder, cue, cue, m, ci);
  }

  // A party that did not propose the demand, speaking, states its opposite as a fact ("it is up to
  // NATO and Ukraine alone to decide", "every nation has the right to choose its alliances").
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      // (A principle owned by another party does not stop it: "…, citing NATO's principle that …".)
      if (
        m.direction !== -1 ||
        m.kind !== 'phrase' ||
        findings.some((f) => f.mention === m && f.attribution.kind !== 'possessor')
      )
        continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      for (const party of speaking.parties) {
        if (proposers.has(party) || findings.some((f) => f.party === party && f.demand === m.demand))
          continue;
        emitOwnWording(r, input, m, party, speaking, speaker);
      }
    }
  }

  // Last: a party's act against the demand, where nothing above read the mention.
  r.actsAgainst();
  r.proposerStated();
  r.verdictOnApposedWorry();
  r.answerToQuestionPut();
  r.namedProposer();
  r.ownedOpposite();
  r.proposerWithStatedDemand();
  r.draftContent();
  speakerSharingTheRefusal(input, findings);

  // "Romania's request for the withdrawal of NATO troops is unacceptable to Romania" (a garbled
  // sentence): a party refusing what the sentence calls its own request refuses it.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    if (f.attribution.kind !== 'possessor' || f.stance !== 'supports') continue;
    if (
      findings.some(
        (g) => g !== f && g.party === f.party && g.mention === f.mention && g.stance === 'rejects',
      )
    )
      findings.splice(i, 1);
  }

  // "Moscow has dropped its demand for …": a party that gave its demand up no longer holds it.
  for (const party of partiesRelentingOnTheirDemands(tokens, actors, compiled)) {
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i] as SentenceFinding;
      if (f.party === party && f.stance === 'supports') findings.splice(i, 1);
    }
  }
  proposersLettingGo(input, findings);

  // "No state may strengthen its security at the expense of others": the principle Moscow argues the
  // demand from. Its proposers invoking it state the demand; anyone else's reading of it (a Western
  // capital citing or reinterpreting the same OSCE text) is no stance on the demand.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    if (!f.mention.principle) continue;
    // (Merely named near it is not invoking it: "Blinken said Russia's buildup makes others less safe".)
    if (
      f.stance !== 'supports' ||
      !compiled.proposers.get(f.demand)?.has(f.party) ||
      f.attribution.kind === 'named-proposer'
    )
      findings.splice(i, 1);
  }

  // Unclassified mentions: a party named (or speaking) and a demand named, without a finding for the pair.
  const unclassified: SentenceMention[] = [];
  const named = new Map<string, string>();
  for (const a of speakers) for (const p of a.parties) if (!named.has(p)) named.set(p, a.text);
  if (speaker?.kind === 'party')
    for (const p of speaker.parties) if (!named.has(p)) named.set(p, speaker.matched);
  for (const m of mentions) {
    if (m.kind === 'reference' || m.principle) continue;
    for (const [party, partyMatch] of named) {
      if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
      if (unclassified.some((u) => u.party === party && u.demand === m.demand)) continue;
      if (!compiled.parties.some((p) => p.id === party)) continue;
      unclassified.push({ party, demand: m.demand, demandMatch: m.match, partyMatch });
    }
  }
  return { findings, mentions: unclassified };
}

/** The last word before the relative clause that is clause `ri` (", which …,", ", who …,"), or -1 when it is none. */
function relativeHead(tokens: readonly Token[], spans: ReadonlyArray<[number, number]>, ri: number): number {
  const [rs] = spans[ri] as [number, number];
  if (!/^(?:which|who|whom)$/.test(tokens[rs]?.lower ?? '') || tokens[rs - 1]?.text !== ',') return -1;
  let h = rs - 2;
  while (h > 0 && tokens[h]?.transparent) h--;
  return h;
}
