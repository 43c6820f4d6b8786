/**
 * The main reading: each demand mention read with the cue that governs it (readMentions), threats and
 * positions held against another party's demands included.
 */
import {
  addresseeOfDemand,
  DOUBTED_ATTITUDE,
  DOUBTED_NOUN,
  doubtedNamedReadinessAt,
  MODAL_VERBS,
  ownedReadinessAt,
  UNDERTAKING_WORD,
} from '../word-lists';
import { canSpeak, type ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { makeCue, type Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import { composeCues, type ComposedAttitude } from '../stance-rules';
import type { Token } from '../tokens';
import {
  AUXILIARY,
  BE,
  COMPLEMENT,
  DEMAND_SUBJECT,
  DEONTIC,
  JUDGED_AS,
  JUDGING,
  NEW_PREDICATE,
  obligationBeforePassive,
  RELATIVE_WORDS,
  VERDICT_TO,
} from './lexicon';
import type { Holder } from './types';
import { SPEECH } from '../speaker';
import { amongThemAt, skipArticles, wordOf } from './phrase-helpers';
import { FindingEmitter } from './findings';
import { wordSet } from '../word-set';
import { restrictionPastOwnedInfinitive } from './owned-infinitive';
import { agendaWorryOnDemand } from './agenda-worry';
import { NEGATED_MODAL, prepositionBeforeVerdict } from './prepositional-tail';
import { lastingCopula } from './lasting-copula';
import { unownedListNounBefore } from './unowned-list-noun';
import { contentReasonAt, contentReasonBetween } from './content-reason';
import { strandedBeforeComma } from './stranded-object';
import { decidedQuestionBetween } from './decided-question';
import { apposedUndertakingAt } from './apposed-undertaking';

/** Words opening a noun phrase after "threat to" ("a threat to the open door"), not a verb. */
/** Words opening a clause inside another: "before anyone turned it down", "because they would …". */
/** A noun an infinitive of purpose may follow ("territory to endanger", "soil to attack"): not a verb, modal or adjective of verdict. */
const PURPOSE_AFTER =
  /^(?!(?:is|are|was|were|be|been|being|seems?|seemed|likely|unlikely|designed|meant|aimed|intended|going|set|able|used|tends?|appears?|wants?|needs?|has|have|had|ought|due|bound|about|sure|certain)$)[a-z]{3,}(?<!ed|ing|ly)$/;
const SUBORDINATOR = wordSet(
  /^(?:before|after|until|till|when|whenever|while|because|since|if|unless|although|though|whether|that|which|who|once)$/,
);
const NOUN_OPENER = wordSet(
  /^(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your|any|all|every|each|some|no)$/,
);

/** The verb closing a speech tag set in commas: "…, the president said, …". */
const SPEECH_TAG_VERB = wordSet(/^(?:said|says|added|stressed|noted|argued|insisted|explained|told)$/);

/** A speech verb right before a colon, which opens the words spoken, not a list of items. */
const SPEECH_COLON_VERB = wordSet(
  /^(?:said|says|say|added|adds|told|tells|stressed|noted|argued|insisted|explained|declared|stated|wrote|writes|tweeted|remarked|replied|responded|warned|continued|concluded)$/,
);

// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and the readers below run for every demand mention.)
/**
 * Where a relative clause opens: after a comma, "which …", "who …", "in which …" (the comma before
 * a preposition does not cut the clause, so it may lie inside this one).
 */
function relativeOpensAt(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ',') return false;
  const r = /^(?:in|under|by|for|through|with|to|of|on)$/.test(tokens[i]?.lower ?? '') ? i + 1 : i;
  return (r > i ? /^(?:which|whom)$/ : /^(?:which|who|whose|where)$/).test(tokens[r]?.lower ?? '');
}

/**
 * "…, among them a pledge to halt enlargement", "…, notably the pledge that …": a cue that is a list
 * item's own noun (see readMentions).
 */
function itemNoun(
  tokens: readonly Token[],
  c: Cue,
  clause: [number, number],
  amongThem: boolean,
  amongAt: number,
): boolean {
  if (!UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '')) return false;
  const lead = tokens[skipArticles(tokens, c.first - 1)]?.lower ?? '';
  return (
    (amongThem && (c.first <= amongAt + 3 || /^(?:and|or|,)$/.test(lead))) ||
    /^(?:notably|especially|particularly|namely)$/.test(lead) ||
    // ("refused Moscow's central demands: a formal promise that …": an item after the colon.)
    (tokens[clause[0] - 1]?.text === ':' && c.first <= clause[0] + 3) ||
    // ("rejected Moscow's core demand, a promise that …": the demand noun restated in apposition.)
    c.last === apposedUndertakingAt(tokens, clause[0])
  );
}

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
    (w(0) === 'on' && w(1) === 'the' && /^(?:question|issue|subject|matter)$/.test(w(2)) && w(3) === 'of') ||
    // "On that question, …", "On the main issue, …", "On these points, …": a pointer back as the
    // topic, the whole opening clause.
    (w(0) === 'on' && POINTER_TOPIC_OPENER.test(w(1)) && pointerTopicEnds(w, k, clause[1]))
  );
}

/** A verb opening the cue's own object after its "to": "agreed to hold …", "decided to set up …". */
const OWN_VERB_AFTER_TO = wordSet(
  /^(?:hold|set|keep|continue|meet|resume|start|begin|launch|form|create|establish|work|exchange|study|review|return|consult|convene|schedule|pursue|seek|look)$/,
);
const POINTER_TOPIC_OPENER = wordSet(/^(?:that|this|these|those|the)$/);
/** Words ranking a pointer topic: "the main question", "the key points", "this central issue". */
const POINTER_TOPIC_RANK = wordSet(/^(?:main|key|central|principal|core|fundamental|basic|crucial)$/);
const POINTER_TOPIC_NOUN = wordSet(/^(?:questions?|issues?|subjects?|matters?|points?)$/);

/**
 * Whether "on" + the opener at `k + 1` runs on to a topic noun closing the clause at `end`: "that
 * question", "these issues", "the main question" (after "the", a rank word is needed: "On the issue,"
 * alone points back at nothing the document has named as a demand).
 */
function pointerTopicEnds(w: (i: number) => string, k: number, end: number): boolean {
  let i = 2;
  while (i < 4 && POINTER_TOPIC_RANK.test(w(i))) i++;
  if (w(1) === 'the' && i === 2) return false;
  return POINTER_TOPIC_NOUN.test(w(i)) && k + i === end;
}

/**
 * A relative word right before the cue: "strike systems that threaten us". Not where that word is the
 * demand itself, a pointer to it: "“That won't happen,” Blinken said".
 */
function relativeOpens(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  return (
    RELATIVE_WORDS.has(tokens[c.first - 1]?.lower ?? '') &&
    !(m.kind === 'reference' && m.last === c.first - 1)
  );
}

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

const POSITION_NOUN = wordSet(/^(?:positions?|stance|stances|views?|line)$/);

/** Words that make a clause more than a list of nouns. */
const CLAUSE_WORD = wordSet(
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|not|that|which|who|to|said|says)$/,
);

/**
 * "…, nuclear weapons and missiles" closing the sentence after a comma: a tail of a list of nouns
 * (one to three words, "and"/"or", then the demand's words) with no verb of its own, its demand last.
 */
function nounListTail(tokens: readonly Token[], clause: [number, number], m: DemandMention): boolean {
  const lead = tokens.slice(clause[0], m.first);
  if (tokens[clause[0] - 1]?.text !== ',' || tokens.slice(m.last + 1, clause[1] + 1).some((t) => t.word))
    return false;
  if (lead.length < 2 || lead.length > 4 || !/^(?:and|or)$/.test(lead[lead.length - 1]?.lower ?? ''))
    return false;
  return lead
    .slice(0, -1)
    .every((t) => t.word && !t.capital && !CLAUSE_WORD.test(t.lower) && !/(?:ed|ing)$/.test(t.lower));
}

/** Words making what follows a topic: "talks on …", "the debate about …". */
const TOPIC_WORD = wordSet(
  /^(?:on|about|over|regarding|concerning|talks?|discussions?|debate|meetings?|negotiations?)$/,
);

/** Adverbs that may open a participle's aside: "…, earlier branded …", "…, first put forward …". */
const ASIDE_ADVERB = wordSet(
  /^(?:earlier|already|first|long|since|previously|once|originally|recently|only)$/,
);
/** Past participles not ending in "-ed". */
const IRREGULAR_PARTICIPLE = wordSet(
  /^(?:made|put|set|laid|sent|given|written|drawn|known|seen|brought|shown|spelled|spelt)$/,
);
/** A participle's aside: "earlier branded unacceptable", "made public in December", "put forward by Moscow". */
function participleAside(tokens: readonly Token[], aside: [number, number]): boolean {
  let k = aside[0];
  if (ASIDE_ADVERB.test(tokens[k]?.lower ?? '')) k++;
  const word = tokens[k]?.lower ?? '';
  return k <= aside[1] && (/^[a-z]+ed$/.test(word) || IRREGULAR_PARTICIPLE.test(word));
}
/** The first word of a clause that is no verb going on from the subject before an aside. */
const RESUMED_NOT_VERB = wordSet(
  /^(?:and|or|but|the|a|an|this|that|these|those|it|he|she|they|we|which|who|while|when|as|after|before|although|though|since|so|then|with|in|on|at|for|by|to|of|from)$/,
);

/** A verb the subject goes on with after an aside: "…, which Moscow wants, would be …". */
const SUBJECT_VERB = wordSet(
  /^(?:is|are|was|were|would|will|can|could|must|should|may|might|has|have|had|remains|remained)$/,
);

/**
 * "rejected such a deal: the open-door policy keeps membership possible": the demand after the colon has
 * a verb of its own, so it opens a sentence, not an item of a list the cue before the colon governs.
 */
function predicateAfter(tokens: readonly Token[], m: DemandMention): boolean {
  let k = m.last + 1;
  while (tokens[k]?.transparent) k++;
  return SUBJECT_VERB.test(tokens[k]?.lower ?? '') || ITEM_PREDICATE.test(tokens[k]?.lower ?? '');
}
/** A verb of a clause's own: one of SUBJECT_VERB, ITEM_PREDICATE or "remain". */
const OWN_CLAUSE_VERB = wordSet(/^(?:remain|do|does|did)$/);
/**
 * "…; on the pullback they remain far apart", "…; a permanent ceasefire is still far off": the clause
 * `clause` follows a semicolon, and it or what follows it up to the next semicolon holds a finite verb
 * outside the mention `m`.
 */
function semicolonStatement(
  tokens: readonly Token[],
  clause: readonly [number, number],
  m: DemandMention,
): boolean {
  if (tokens[clause[0] - 1]?.text !== ';') return false;
  // (To the next semicolon: "…; on the pullback, however, there was no progress".)
  let end = clause[1];
  while (end + 1 < tokens.length && tokens[end + 1]?.text !== ';') end++;
  return tokens
    .slice(clause[0], end + 1)
    .some(
      (t) =>
        (t.i < m.first || t.i > m.last) &&
        (SUBJECT_VERB.test(t.lower) || ITEM_PREDICATE.test(t.lower) || OWN_CLAUSE_VERB.test(t.lower)),
    );
}
const ITEM_PREDICATE = wordSet(
  /^(?:keeps|kept|stays|stayed|remains|remained|means|meant|leaves|left|gives|gave|allows|allowed|makes|made|guarantees|ensures|stands|holds|applies)$/,
);

/**
 * "A halt to enlargement, which Moscow wants, would be unacceptable": the sentence's subject (clause
 * `ci`, opening the sentence, no cue of its own), a relative clause in commas ("which …", "in which …",
 * "who …"), then the clause its verb opens: that clause's first cue judges the subject.
 */
function verdictPastRelative(
  tokens: readonly Token[],
  spans: ReadonlyArray<[number, number]>,
  ci: number,
  m: DemandMention,
  cues: readonly Cue[],
): Cue | null {
  const clause = spans[ci];
  if (ci !== 0 || !clause) return null;
  let open = -1;
  for (let i = m.last + 2; i <= clause[1]; i++) if (relativeOpensAt(tokens, i)) open = i;
  let rest = spans[ci + 1];
  let relativeEnd = clause[1];
  if (open < 0) {
    const relative = spans[ci + 1];
    if (!relative || !relativeOpensAt(tokens, relative[0])) return null;
    open = relative[0];
    relativeEnd = relative[1];
    rest = spans[ci + 2];
  } else if (open > m.last + 1 + 12) return null;
  if (!rest || tokens[relativeEnd + 1]?.text !== ',' || relativeEnd - open > 16) return null;
  if (!SUBJECT_VERB.test(tokens[rest[0]]?.lower ?? '')) return null;
  // (The subject has no verdict of its own, and the demand is no topic in it: "The talks on missile
  // deployments, which lasted hours, were unacceptable" judges the talks.)
  if (cues.some((c) => c.first >= clause[0] && c.last < open)) return null;
  if (tokens.slice(clause[0], m.first).some((t) => TOPIC_WORD.test(t.lower))) return null;
  // (A verdict only: "…, which threaten no one, were not on the agenda" says nothing either way.)
  const cue = cues.find((c) => !c.owner && c.first >= rest[0] && c.last <= rest[1]);
  return cue && (cue.attitude === 'rejects' || cue.attitude === 'supports') ? cue : null;
}

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

const HARM = wordSet(
  /^(?:undermined|undermine|undermines|damaged|damage|damages|weakened|weaken|weakens|jeopardi[sz]ed|jeopardi[sz]e|hurt|harmed|harm|threatened|endangered|compromised)$/,
);

/** Words an apposition naming a demand opens on: "Moscow's key demand, a halt to …". */
const APPOSITION_OPENER = wordSet(/^(?:a|an|the|no|that)$/);

const CONCESSIVE = wordSet(
  /^(?:despite|amid|amidst|notwithstanding|regardless|spite|following|after|because|due)$/,
);

const COORD_WORDS = new Set(['and', 'or']);
/** The preposition a noun cue ends on before its own object: "cooperation on", "talks about". */
const NOUN_CUE_PREPOSITION = wordSet(/^(?:on|about|over|regarding)$/);
/** A modal opening the predicate after a subject noun group. */
const PREDICATE_MODAL = wordSet(/^(?:will|would|shall|should|could|can|may|might|must)$/);
/** What makes the words after a noun cue's preposition a clause of its object: "cooperation on how …". */
const OBJECT_CLAUSE_WORD = wordSet(/^(?:how|what|whether|when|where|which|that|to|if)$/);

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
  // "a key Moscow demand": a party's name modifying a demand noun owns it; so does a name or adjective
  // modifying a readiness noun ("the US willingness to discuss", "the American readiness to …").
  const readinessNoun = ownedReadinessAt(tokens, c.first) && tokens[c.first - 2]?.lower === 'the';
  if (DEMAND_SUBJECT.test(tokens[c.first]?.lower ?? '') || readinessNoun) {
    const modifier = actors.find(
      (a) =>
        a.last === c.first - 1 &&
        // (An adjective speaks for no one, but it owns the readiness it modifies: "the American readiness".)
        ((a.kind === 'name' && canSpeak(a)) || (readinessNoun && a.kind === 'adjective')),
    );
    // ("Russian officials doubted the US readiness to …": doubted by another, as "NATO's" is below.)
    if (modifier && readinessNoun && doubtedNamedReadinessAt(tokens, c.first)) return null;
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
  // "Lavrov questioned NATO's readiness to discuss …": an attitude put in doubt by someone else is not
  // the owner's own statement of it.
  if (
    owner &&
    DOUBTED_ATTITUDE.test(topicWord?.lower ?? '') &&
    DOUBTED_NOUN.test(tokens[c.first]?.lower ?? '')
  )
    return null;
  return owner ? { parties: owner.parties, kind: 'possessor', matched: owner.text, role: owner.role } : null;
}

/**
 * "cannot offer such a guarantee because it cannot bind …": a reason or concession clause opened
 * between a cue and a demand has its own verb; the cue's verdict (and its negation) stays outside.
 */
/**
 * Whether token `i` lies inside a demand mention coordinated after `m` ("A and B", "A, B and C", "A as
 * well as B"): joined to it by nothing but commas, coordinators, articles and the words of other items.
 */
function coordinatedItemAt(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  m: DemandMention,
  i: number,
): boolean {
  const item = mentions.find((x) => x.first > m.last && x.first <= i && i <= x.last);
  if (!item) return false;
  // The joiner right before the item (past its article), then only the first demand's own modifiers
  // ("a pullout of troops from Gaza and an end to the war") back to it.
  let k = item.first - 1;
  while (k > m.last && ITEM_ARTICLE.test(tokens[k]?.lower ?? '')) k--;
  const w = tokens[k]?.lower ?? '';
  let joiner = k;
  if (w === 'as' && tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as') joiner = k - 2;
  else if (w !== 'and' && w !== 'or') return false;
  if (tokens[joiner - 1]?.text === ',') joiner--;
  for (let j = m.last + 1; j < joiner; j++) {
    if (mentions.some((x) => x.first > m.last && x.first <= j && j <= x.last)) continue;
    const t = tokens[j] as Token;
    // ("A, B and C": the comma before a middle item.)
    if (t.text === ',' && mentions.some((x) => x.first > j && x.first <= j + 2)) continue;
    if (!t.word || COMPLEMENT.has(t.lower) || RELATIVE_WORDS.has(t.lower) || CONTRAST.test(t.lower))
      return false;
  }
  return true;
}
const CONTRAST = /^(?:but|not|rather|instead|than|and|or)$/;
const ITEM_ARTICLE = /^(?:a|an|the|its|their|any|all|also)$/;

/**
 * Whether `m` is an item set against a demand named before it in a noun phrase ("A rather than B",
 * "A instead of B", "A but not B", "A, not B"): what is said of the phrase after it is said of A alone.
 */
export function contrastedItem(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  m: DemandMention,
): boolean {
  let k = m.first - 1;
  while (k > m.first - 3 && ITEM_ARTICLE.test(tokens[k]?.lower ?? '')) k--;
  const w = tokens[k]?.lower ?? '';
  const w1 = tokens[k - 1]?.lower ?? '';
  let open = -1;
  if ((w === 'than' && w1 === 'rather') || (w === 'of' && w1 === 'instead') || (w === 'not' && w1 === 'but'))
    open = k - 1;
  else if (w === 'not' && w1 === ',') open = k;
  if (open < 0) return false;
  if (tokens[open - 1]?.text === ',') open--;
  return mentions.some((x) => x !== m && x.last < open && x.last >= open - 4);
}

function reasonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    // ("… could not be accepted because they would hand Moscow a veto over …": what the paper holds.)
    if (REASON_OPENER.test(tokens[k]?.lower ?? '') && !contentReasonAt(tokens, k)) return true;
  return false;
}
const REASON_OPENER = wordSet(/^(?:because|although|though|whereas)$/);

const FRONTED_REASON = wordSet(/^(?:because|since|although|though|whereas)$/);
/** Whether a condition opened at `ifAt` closes before `at`: a comma, then "and" or "but" and a verb. */
function conditionClosedBefore(tokens: readonly Token[], ifAt: number, at: number): boolean {
  for (let k = ifAt + 1; k < at; k++) {
    if (tokens[k]?.text !== ',') continue;
    let j = k + 1;
    while (/^[”"’']$/.test(tokens[j]?.text ?? '')) j++;
    if (/^(?:and|but)$/.test(tokens[j]?.lower ?? '') && j + 1 === at) return true;
  }
  return false;
}

/** A verb of its own within a few words after the demand's: "tough enforcement provisions are needed". */
function predicateSoonAfter(tokens: readonly Token[], m: DemandMention): boolean {
  for (let k = m.last + 1; k <= m.last + 3 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (SUBJECT_VERB.test(t.lower) || ITEM_PREDICATE.test(t.lower)) return true;
    if (!t.word || t.transparent) return false;
  }
  return false;
}

/** Whether the sentence opens on a reason or concession clause: "Because …", "Although …". */
function frontedReasonOpens(tokens: readonly Token[]): boolean {
  let k = 0;
  while (/^[“"‘']$/.test(tokens[k]?.text ?? '')) k++;
  return FRONTED_REASON.test(tokens[k]?.lower ?? '');
}

/**
 * "Brussels will present its plans for the protocol", "set out proposals on the arrangements": a
 * proposing noun about an arrangement in force (its bare name, nothing done to it) is a plan about it,
 * to be seen; not a word for keeping it as it is.
 */
function proposalAboutBareSubject(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  if (m.kind !== 'frame' || m.direction !== -1 || m.match.includes('+')) return false;
  if (!PROPOSING_NOUN.test(tokens[c.last]?.lower ?? '')) return false;
  if (!/^(?:for|on|about|regarding|concerning)$/.test(tokens[c.last + 1]?.lower ?? '')) return false;
  if (m.first - c.last > 6) return false;
  for (let j = c.last + 2; j < m.first; j++) if (/^[,;:.—–()]$/.test(tokens[j]?.text ?? '')) return false;
  return true;
}
const PROPOSING_NOUN = wordSet(/^(?:plans?|proposals?|ideas?|suggestions?|blueprints?|options?|solutions?)$/);

/**
 * "the only way to get the prisoners freed is a truce", "a truce is the only path to ending the war",
 * "the right way to end the war is …": what the only (or the right, the best) way leads to ("to …",
 * "for …", "we will …", up to the verb that names the way) is the goal argued from, not the means the
 * cue endorses ("the only way we lift sanctions is …").
 */
function goalOfOnlyWay(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  if (
    m.first <= c.last ||
    !ONLY_WAY.test(tokens[c.last]?.lower ?? '') ||
    !WAY_JUDGED.test(tokens[c.last - 1]?.lower ?? '')
  )
    return false;
  for (let k = c.last + 1; k < m.first; k++) if (WAY_IS.test(tokens[k]?.lower ?? '')) return false;
  return true;
}
const ONLY_WAY = wordSet(
  /^(?:way|ways|path|paths|route|routes|solution|solutions|road|roads|course|approach)$/,
);
/** The word judging a way before its noun: "only", "right", "best", "correct". */
const WAY_JUDGED = wordSet(/^(?:only|right|best|correct)$/);
const WAY_IS = wordSet(/^(?:is|was|are|were|remains|remained|lies|lay|be|,|;|:|—|–)$/);

/** Words opening a noun phrase after ", and": "…, and a separate commission …", "…, and the talks …". */
const NEW_SUBJECT_OPENER = wordSet(/^(?:a|an|the|another|its|their|this|that|these|those)$/);
/** A finite verb right after a subject: "… will meet", "… is due", "… has begun". */
const FINITE_AFTER_SUBJECT = wordSet(
  /^(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|shall|remains|met|meets|began|begins)$/,
);

/**
 * "the commission is close to putting forward a final agreement, and a separate commission on border
 * delimitation will meet soon": the cue has its own object before ", and", and the mention stands in the
 * subject of a new clause (a noun phrase, then its own finite verb). The cue does not reach it.
 */
function newSubjectClauseBetween(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  for (let k = c.last + 2; k < m.first - 1; k++) {
    if (tokens[k]?.text !== ',' || tokens[k + 1]?.lower !== 'and') continue;
    if (!NEW_SUBJECT_OPENER.test(tokens[k + 2]?.lower ?? '') || k + 2 > m.first) continue;
    // (No verb between the opener and the mention: the mention is inside the noun phrase.)
    if (
      tokens.slice(k + 2, m.first).some((t) => FINITE_AFTER_SUBJECT.test(t.lower) || /^[,;:]$/.test(t.text))
    )
      continue;
    for (let j = m.last + 1; j <= Math.min(tokens.length - 1, m.last + 3); j++) {
      const w = tokens[j]?.lower ?? '';
      if (/^[,;:.]$/.test(w)) break;
      if (FINITE_AFTER_SUBJECT.test(w)) return true;
    }
  }
  return false;
}

/** Verbs of naming: "what it called …", "what Moscow terms …". */
const NAMING_VERB = wordSet(
  /^(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|label|labels|labelled|labeled|describe|describes|described)$/,
);
/**
 * "alarmed at the unrest in what it called Serbia's autonomous province": the demand's words as someone's
 * name for a thing ("what X called …", a short subject between) after the cue; the cue's object is
 * something else ("the unrest"), and the words are the namer's, which the cue before does not reach.
 */
function namedBetween(tokens: readonly Token[], c: Cue, m: DemandMention): boolean {
  let k = m.first - 1;
  // (Past an owner or article the demand's words leave out: "what it called Serbia's autonomous province".)
  if (/^['’]s$/.test(tokens[k]?.text ?? '') && /^[A-Z]/.test(tokens[k - 1]?.text ?? '')) k -= 2;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'as' && /^describ/.test(tokens[k - 1]?.lower ?? '')) k--;
  if (!NAMING_VERB.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j > c.last && j >= k - 4; j--) if (tokens[j]?.lower === 'what') return j > c.last + 1;
  return false;
}

/** Whether a mention opens the clause [start, …] (within its first three words). */
const opensClause = (x: DemandMention, start: number): boolean => x.first >= start && x.first <= start + 2;

/** "…: A, B and C", "Russia's demands include A, B, and C": a list follows the cue. */
const INCLUDE_VERB = wordSet(/^(?:include|includes|included|including|comprise|comprises|comprised)$/);

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

/** Each mention read with its governing cue, over the finding layer. */
export abstract class MentionReading extends FindingEmitter {
  /**
   * Whether `cue`, a noun ending on a preposition ("cooperation on"), heads the subject of a clause whose
   * modal stands between its object and the mention: "cooperation on railways would be exempted from
   * sanctions". Not where the object is a clause ("cooperation on how sanctions would be eased") or the
   * mention itself ("cooperation on easing sanctions would help").
   */
  subjectNounCue(cue: Cue, m: DemandMention): boolean {
    const { tokens } = this;
    if (!NOUN_CUE_PREPOSITION.test(tokens[cue.last]?.lower ?? '') || m.first <= cue.last + 2) return false;
    for (let k = cue.last + 1; k < m.first; k++) {
      const t = tokens[k] as Token;
      if (OBJECT_CLAUSE_WORD.test(t.lower) || !t.word) return false;
      if (PREDICATE_MODAL.test(t.lower)) return k > cue.last + 1;
    }
    return false;
  }

  /**
   * Whether another party, or a body named by a determiner and noun, stands between a cue of asking
   * and the cue it governs: "urged Washington to …", "proposed that the council …" (not "wants to …").
   */
  addresseeBetween(outer: Cue, inner: Cue): boolean {
    const { tokens, actors } = this;
    const between = tokens.slice(outer.last + 1, inner.first).filter((t) => !t.transparent);
    if (between.length < 2 || between.length > 6) return false;
    if (!/^(?:to|that)$/.test(between[between.length - 1]?.lower ?? '') && between[0]?.lower !== 'that')
      return false;
    return (
      actors.some((a) => a.parties.length > 0 && a.first > outer.last && a.last < inner.first) ||
      between.some((t) => /^(?:the|its|their)$/.test(t.lower))
    );
  }

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

  /** Each mention read with the cue that governs it: who holds what position on it. */
  readMentions(): void {
    const { tokens, actors, mentions, cues, spans, speakers } = this;
    for (const m of mentions) {
      this.reversedMention = null;
      let ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      // "the halt … that Moscow is demanding, which Washington rejects": each clause's subject holds its verb.
      for (const rc of this.relativeCues) {
        if (rc.first <= m.first || rc.last > m.last) continue;
        this.emit(
          { parties: rc.owner!.parties, kind: 'subject', matched: rc.owner!.text, role: rc.owner!.role },
          { attitude: rc.attitude, negated: false },
          rc,
          m,
          ci,
        );
      }
      const clause = spans[ci] as [number, number];
      // "the non-deployment of strike systems that threaten us, and the return of …": a cue in a relative
      // clause right after another demand describes that demand; it governs nothing after it.
      let before = cues.filter(
        (c) =>
          (c.last < m.first ||
            // "turned those down", "brushed the demands aside": a verb and its particle around a
            // pointer to the demands, its object.
            (m.kind === 'reference' && c.first < m.first && c.last > m.last)) &&
          c.first >= clause[0] &&
          !describesAnother(tokens, mentions, c, m) &&
          !reasonBetween(tokens, c.last, m.first) &&
          !proposalAboutBareSubject(tokens, c, m) &&
          !goalOfOnlyWay(tokens, c, m) &&
          !newSubjectClauseBetween(tokens, c, m) &&
          !namedBetween(tokens, c, m) &&
          !decidedQuestionBetween(tokens, c.last, m.first) &&
          !strandedBeforeComma(tokens, c, m),
      );
      // "…, among them a pledge to halt enlargement": the item's own noun names what was demanded; it is
      // no attitude of anyone in the sentence. So is each later item's ("… and a pledge to admit no one").
      const amongAt = amongThemAt(tokens, clause[0]);
      const amongThem = amongAt >= 0;
      // ("…, notably the pledge that …", "…, especially a promise to …": an example's noun the same.)
      before = before.filter((c) => !itemNoun(tokens, c, clause, amongThem, amongAt));
      // ("demands that NATO admit or refuse particular countries": the other of two alternatives is no cue.)
      before = before.filter(
        (c) => !(tokens[c.first - 1]?.lower === 'or' && mentions.some((x) => x.last === c.first - 2)),
      );
      // "Allied deployments near Russia, he told reporters, amount to threats …": past an attribution
      // inserted between two commas, the subject's clause goes on.
      let reachEnd = clause[1];
      let insertedAside: [number, number] | null = null;
      const aside = spans[ci + 1];
      const resumed = spans[ci + 2];
      if (
        aside &&
        resumed &&
        tokens[aside[0] - 1]?.text === ',' &&
        tokens[aside[1] + 1]?.text === ',' &&
        // ("North Korea would take apart Yongbyon, Ri said, but it refused …": a clause opened by "but"
        // after the tag is one of its own, not the interrupted clause going on.)
        tokens[resumed[0] - 1]?.text === ',' &&
        aside[1] - aside[0] <= 6 &&
        (this.speakers.some((a) => a.first === aside[0]) ||
          /^(?:he|she|they)$/.test(tokens[aside[0]]?.lower ?? '')) &&
        tokens.slice(aside[0], aside[1] + 1).some((t) => SPEECH.has(t.lower))
      ) {
        reachEnd = resumed[1];
        insertedAside = aside;
      } else if (
        // "The demands, earlier branded unacceptable, met with no welcome from NATO": past a participle's
        // aside set off by commas after the subject, its clause goes on with its verb.
        aside &&
        resumed &&
        m.kind === 'reference' &&
        clause[0] === m.first &&
        clause[1] === m.last &&
        tokens[aside[0] - 1]?.text === ',' &&
        tokens[aside[1] + 1]?.text === ',' &&
        aside[1] - aside[0] <= 6 &&
        participleAside(tokens, aside) &&
        /^[a-z]/.test(tokens[resumed[0]]?.text ?? '') &&
        !RESUMED_NOT_VERB.test(tokens[resumed[0]]?.lower ?? '')
      ) {
        reachEnd = resumed[1];
        insertedAside = aside;
      }
      // ("A full withdrawal rather than a ceasefire is unacceptable", "A, but not B, was unacceptable":
      // the item set against another is no subject of the verdict after both.)
      const setAgainst = contrastedItem(tokens, mentions, m);
      const after = cues.filter(
        (c) =>
          c.first > m.last &&
          !setAgainst &&
          c.last <= reachEnd &&
          (c.last <= clause[1] ||
            // (The resumed clause's own predicate, not one of a clause inside it: "The demands, Washington
            // said, would be studied before anyone turned anything down.")
            (c.first > (aside as [number, number])[1] &&
              !tokens
                .slice((aside as [number, number])[1] + 1, c.first)
                .some((t) => SUBORDINATOR.test(t.lower)))) &&
          !itemNoun(tokens, c, clause, amongThem, amongAt) &&
          !(tokens[c.first - 1]?.lower === 'or' && mentions.some((x) => x.last === c.first - 2)),
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
          !relativeOpens(tokens, c, m) &&
          !tokens
            .slice(m.last + 1, c.first)
            .some((t, j, run) => t.lower === 'and' && run[j + 1]?.lower === 'that'),
      );
      // "When it comes to strike weapons, we are open to talking", "As for missiles, …": a topic put first
      // is what the first cue of the clause after its comma is about.
      if (before.length === 0 && ownAfter.length === 0 && ci === 0 && fronted(tokens, clause)) {
        // (Past a speech tag of its own: "On that question, the president said, both sides can …".)
        const tag = spans[1];
        const tagged =
          !!tag &&
          tag[1] - tag[0] <= 5 &&
          SPEECH_TAG_VERB.test(tokens[tag[1]]?.lower ?? '') &&
          !cues.some((c) => c.first >= tag[0] && c.last <= tag[1]);
        // (Past a one-word aside: "On the main question, though, Washington gave no …".)
        const aside =
          !tagged &&
          !!tag &&
          tag[0] === tag[1] &&
          /^(?:though|however|too|also|meanwhile)$/.test(tokens[tag[0]]?.lower ?? '');
        const next = tagged || aside ? spans[2] : spans[1];
        // (Not a cue taking a verb of its own: "On that question, the two agreed to hold more talks" is
        // what they agreed, not their verdict on the demand.)
        const topicCue = next
          ? cues.find(
              (c) =>
                !c.owner &&
                c.first >= next[0] &&
                c.last <= next[1] &&
                !(tokens[c.last]?.lower === 'to' && OWN_VERB_AFTER_TO.test(tokens[c.last + 1]?.lower ?? '')),
            )
          : undefined;
        if (
          topicCue &&
          !mentions.some(
            (x) => x !== m && x.first >= (next as [number, number])[0] && x.first < topicCue.first,
          )
        ) {
          before = [topicCue];
          ci = tagged || aside ? 2 : 1;
        }
      }
      // "A new carve-up of Europe, in which big powers decide for their neighbours, would be a step
      // backwards": the subject's verb comes after a relative clause set off in commas.
      const pastRelative =
        before.length === 0 && ownAfter.length === 0 ? verdictPastRelative(tokens, spans, ci, m, cues) : null;
      const verdictPast =
        pastRelative && !mentions.some((x) => x !== m && x.first > m.last && x.first < pastRelative.first)
          ? pastRelative
          : null;
      if (before.length === 0 && ownAfter.length === 0 && ci > 0) {
        const opener = wordOf(tokens, clause[0], Math.min(clause[1] + 1, clause[0] + 3), 0);
        // An enumeration after "three key demands: 1. …; 2. …": every item is governed by the cue before the colon.
        // (Not the colon after a speech verb, which opens a quotation: "…, he said: "Lifting …"".)
        const colonClause = spans
          .slice(0, ci)
          .find(([, e]) => tokens[e + 1]?.text === ':' && !SPEECH_COLON_VERB.test(tokens[e]?.lower ?? ''));
        // "…, he said: "…": the words spoken after a speech verb's colon are no item of what came before.
        const spoken = spans
          .slice(0, ci)
          .some(([, e]) => tokens[e + 1]?.text === ':' && SPEECH_COLON_VERB.test(tokens[e]?.lower ?? ''));
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
          spoken ||
          // ("rejected such a deal: the open-door policy keeps …": a sentence of its own after the colon.)
          ([':', '—', '–'].includes(tokens[clause[0] - 1]?.text ?? '') && predicateAfter(tokens, m)) ||
          // ("agreed to open talks next month; on the pullback they remain far apart": a clause after a
          // semicolon with a verb of its own is a statement of its own, outside any list.)
          (!colonClause && semicolonStatement(tokens, clause, m)) ||
          tokens[clause[0] - 1]?.lower === 'but' ||
          // "…, because membership is for the allies to decide": a reason given is no further item.
          /^(?:because|although|though|whereas|unless)$/.test(opener) ||
          // ("Because Beijing broke its pledges, enforcement provisions are needed": the main clause after
          // a reason or concession clause opening the sentence, with a verb of its own, is no item of it.)
          (tokens[clause[0] - 1]?.text === ',' &&
            frontedReasonOpens(tokens) &&
            predicateSoonAfter(tokens, m)) ||
          // "…, and accused western powers of …": a verb of its own after "and" starts a new statement.
          (['and', 'or'].includes(opener) && NEW_PREDICATE.test(tokens[clause[0] + 1]?.lower ?? '')) ||
          // "China wants the two sides to keep talking, and Washington said it would …": after "and" a
          // party of its own with a verb (a saying, an auxiliary) states its own position.
          (['and', 'or'].includes(opener) && ownStatementAt(tokens, speakers, clause[0] + 1));
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
            // "rejected Moscow's core demand, a guarantee that …": the demand noun's content in apposition.
            apposedUndertakingAt(tokens, clause[0]) >= 0 ||
            // ", which include A and B": the items of the demand noun before the comma.
            (opener === 'which' && INCLUDE_VERB.test(tokens[clause[0] + 1]?.lower ?? '')) ||
            // "…, together with the pullout of …", "…, along with a ban on …": one more item.
            (/^(?:together|along)$/.test(opener) && tokens[clause[0] + 1]?.lower === 'with') ||
            // "… the Russian demands are not acceptable, among them the call to …": the items of it.
            amongThem ||
            // "…, notably the pledge that NATO would not enlarge": the content of an example's noun.
            (opener === 'that' &&
              cues.some(
                (c) => c.last === clause[0] - 1 && itemNoun(tokens, c, clause, amongThem, amongAt),
              )) ||
            // "puts forward an arrangement, one that would codify that …", "…, which would bar …": what
            // the object of the verb before would do, with no subject of its own.
            describedObject(tokens, clause[0], m.first, speakers) ||
            opensClause(m, clause[0]) ||
            mentions.some((x) => x.first < m.first && opensClause(x, clause[0])) ||
            // "…proposals, which include stopping expansion, the cessation of …, and the withdrawal of
            // troops": every item after a list-opening demand noun, while none has a subject of its own.
            (item && cues.some((c) => c.last < clause[0] && introducesList(c, tokens))) ||
            // "… reductions of conventional arms, nuclear weapons and missiles": the last items of a
            // list of nouns a head before the comma shares, no verb of their own.
            nounListTail(tokens, clause, m));
        if (continues)
          before = cues
            .filter((c) => !itemNoun(tokens, c, clause, amongThem, amongAt))
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
          (m.first <= clause[0] + 3 || apposedUndertakingAt(tokens, clause[0]) >= 0);
        if (
          continues &&
          opener0 &&
          ((opener0.owner && (introducesList(opener0, tokens) || apposed)) ||
            // ("refused to go along with the country's central demands, among them …": a demand noun
            // with no party named, no cue of its own; the verdict before it governs its items.)
            ((amongThem || /^(?:including|such|notably|especially|particularly)$/.test(opener)) &&
              unownedListNounBefore(tokens, opener0, clause[0])))
        ) {
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
      // "no question of Kyiv renouncing its ambition to join NATO": an aim given up between the cue and
      // the demand's words turns them round (openness is to the whole matter either way).
      const nearestBefore = before[before.length - 1];
      this.reversedMention = nearestBefore && this.relinquishedBetween(nearestBefore, m) ? m : null;
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
      // "Under the draft, inter-Korean cooperation on railways would be exempted from sanctions": a noun
      // cue with its own object ("cooperation on railways") heading a clause whose modal comes before the
      // demand's words is that clause's subject; the demand in its predicate is no object of the cue.
      const nounCue = before[before.length - 1];
      if (nounCue && !nounCue.owner && this.subjectNounCue(nounCue, m)) before = before.slice(0, -1);
      let governing: Cue | undefined = before[before.length - 1];
      const innermost = governing;
      let attitude: ComposedAttitude | null = null;
      if (governing) {
        attitude = { attitude: governing.attitude, negated: governing.negated };
        attitude = this.threatReading(governing, m) ?? attitude;
        // Cues in a row compose, the outer one holding: "refused to discuss", "wants to discuss",
        // "rejected calls for", "demands that NATO pledge not to expand", "insisted that expansion violated".
        // A demand noun owned by a party ("Moscow's demand") or an attitude noun with a possessor
        // ("Russia's objection to …"): its owner holds what the chain from there says.
        // A demand noun owned by a party on the way out ("rejected Moscow's demand that …"): the owner's position too.
        // ("the talks should cover the alliance's worries about arms control": see agenda-worry.ts.)
        if (
          ownerOf(governing, tokens, actors) &&
          !restrictionPastOwnedInfinitive(tokens, governing, m) &&
          !agendaWorryOnDemand(tokens, governing, m)
        )
          this.emit(ownerOf(governing, tokens, actors) as Holder, attitude, governing, m, ci);
        let grievanceHeard = false;
        for (let k = before.length - 2; k >= 0; k--) {
          const outer = before[k] as Cue;
          const inner = before[k + 1] as Cue;
          if (!this.linked(outer, inner)) break;
          // "Moscow's conditions are unacceptable to Washington, notably the pledge …": the verdict on an
          // owned demand noun is its judge's; the owner holds only its own demand.
          const outerOwner = ownerOf(outer, tokens, actors);
          // ("Moscow's proposals could not be accepted because they would hand it a veto over …": the
          // demand named as what the proposals would do, the same.)
          if (
            outerOwner &&
            k === before.length - 2 &&
            !inner.owner &&
            (inner.attitude === 'rejects' || inner.attitude === 'supports') &&
            inner.first - outer.last <= 3 &&
            ((BE.has(tokens[inner.first - 1]?.lower ?? '') &&
              VERDICT_TO.test(tokens[inner.last]?.lower ?? '')) ||
              contentReasonBetween(tokens, inner.last, m.first))
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
          // "urged Washington to consider a declaration", "proposed that the council consider easing
          // sanctions": asking another to consider something is pressing for it, not openness of one's own.
          const askedToConsider =
            k === before.length - 2 &&
            outer.attitude === 'supports' &&
            !outer.negated &&
            inner.attitude === 'open' &&
            !inner.negated &&
            /^consider(?:s|ed|ing)?$/.test(tokens[inner.first]?.lower ?? '') &&
            this.addresseeBetween(outer, inner);
          attitude = firmAgainst
            ? { attitude: 'rejects', negated: false }
            : restricting
              ? { attitude: outer.attitude, negated: outer.negated }
              : askedToConsider
                ? { attitude: 'supports', negated: false }
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
                      MODAL_VERBS.includes(tokens[c.first]?.lower ?? '') ||
                      // ("… cannot be accepted, Blinken said": a modal with its negation in one word.)
                      NEGATED_MODAL.test(tokens[c.first]?.lower ?? ''))) ||
                  [c.first - 1, c.first - 2, c.first - 3].some(
                    (k) =>
                      k > m.last &&
                      // ("… could not be satisfied": a modal before the verdict, as "is" before one.)
                      (BE.has(tokens[k]?.lower ?? '') ||
                        MODAL_VERBS.includes(tokens[k]?.lower ?? '') ||
                        // ("Hamas's demand for a permanent ceasefire remains unacceptable": "remain" as "is".)
                        lastingCopula(tokens[k]?.lower ?? '')),
                  )) &&
                  tokens.slice(m.last + 1, c.first).every(
                    (t) =>
                      (!COMPLEMENT.has(t.lower) && !RELATIVE_WORDS.has(t.lower)) ||
                      // ("Moscow's demand that NATO rule out membership for Ukraine is a non-starter": a
                      // preposition before a name or a plain noun phrase, not a clause of its own.)
                      prepositionBeforeVerdict(tokens, actors, t.i) ||
                      // ("Hamas's demand for a withdrawal and an end to the war was unacceptable": the
                      // words of a demand coordinated with this one are no complement of the verdict.)
                      coordinatedItemAt(tokens, mentions, m, t.i),
                  ))),
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
      const nextVerb = after.find((c) => !c.owner && !relativeOpens(tokens, c, m));
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
      } else if (!governing && verdictPast) {
        governing = verdictPast;
        attitude = { attitude: governing.attitude, negated: governing.negated };
      } else if (
        !governing &&
        after[0] &&
        (!after[0].owner || after[0].owner.predicative) &&
        // Not "On the question of missiles China … opposes the US deploying such missiles": a verb with
        // the demand named again after it says what it does to that one.
        !mentions.some(
          (x) => x !== m && x.demand === m.demand && x.first > after[0]!.last && x.first <= clause[1],
        ) &&
        !relativeOpens(tokens, after[0], m) &&
        // ("by relaxing sanctions on the North … and by seeking to …": the object of a verb is no subject
        // of a predicate after it.)
        !(m.direction === -1 && this.unknownVerbActsOn(m)) &&
        // Only when the demand is what the predicate is said of: not "met U.S. troops … and that NATO is
        // the cornerstone", where another subject and a "that" stand between.
        !tokens.slice(m.last + 1, after[0].first).some(
          (t) =>
            RELATIVE_WORDS.has(t.lower) ||
            speakers.some(
              (a) =>
                t.i === a.first &&
                !this.inPrepositionalPhrase(a) &&
                // (Not the one named in an attribution inserted between commas: "…, Lavrov said, …".)
                !(insertedAside && a.first >= insertedAside[0] && a.last <= insertedAside[1]),
            ) ||
            // "There are no US missiles there, and we have no intention of …": a pronoun opening a
            // clause of its own after "and"/"but" is the subject of the verdict that follows.
            (/^(?:we|they|he|she|i|you)$/.test(t.lower) &&
              /^(?:and|but|while|whereas|yet)$/.test(tokens[t.i - 1]?.lower ?? '')),
        ) &&
        // Not "… will not end its open door despite Kremlin threats": a concessive or temporal phrase
        // after the demand is no predicate of it.
        !tokens.slice(m.last + 1, after[0].first).some((t) => CONCESSIVE.test(t.lower)) &&
        // Not "… stop terrorist groups from exploiting Afghan territory to endanger other countries": an
        // infinitive of purpose after a noun says what another does it for, not a verdict on the demand.
        !(
          after[0].first > m.last + 2 &&
          tokens[after[0].first - 1]?.lower === 'to' &&
          PURPOSE_AFTER.test(tokens[after[0].first - 2]?.lower ?? '') &&
          // (A noun named with its owner or article: "Afghanistan's territory to", not "amount to".)
          [3, 4].some((k) =>
            /^(?:['’]s|the|its|their|our|his|her|a|an)$/.test(tokens[after[0]!.first - k]?.lower ?? ''),
          )
        ) &&
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
                  c.first <= after[0]!.last + 4 &&
                  tokens
                    .slice(after[0]!.last + 1, c.first)
                    .every((t) => /^(?:be|been|not|never|simply|just|firmly|flatly)$/.test(t.lower)),
              )
            : undefined;
        governing = verdictAfterModal ?? after[0];
        attitude = { attitude: governing.attitude, negated: governing.negated };
      }
      // "NATO enlargement must not be halted, Truss said": the modal of obligation inside the demand's
      // words is the speaker's demand.
      if (!governing) {
        // ("the deal has to be extended", "needed to be extended, the spokesman stressed": "has to",
        // "needs to" and, told in the past, "had to", "needed to" before a passive are obligations, as "must".)
        const modal = tokens
          .slice(m.first, m.last + 1)
          .find((t) => DEONTIC.has(t.lower) || obligationBeforePassive(tokens, t.i));
        if (modal) {
          governing = makeCue({
            first: modal.i,
            last: modal.i,
            attitude: 'supports',
            text: modal.text,
            negated: false,
            negation: null,
          });
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
      // ("…no longer wants to meet if it will yield nothing, and called on the Americans to …": the
      // condition closed at ", and"; the verb after it is the sentence's own, no part of the condition.)
      if (ifAt >= 0 && !conditionClosedBefore(tokens, clause[0] + ifAt, governing.first)) {
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
            makeCue({
              first: harmed.i,
              last: harmed.i,
              attitude: 'rejects',
              text: harmed.text,
              negated: false,
              negation: null,
            }),
            m,
            ci,
          );
        continue;
      }
      // Openness to "the proposals" as a package says nothing about any one demand; and only a refusal
      // of someone else's demands can be read off a reference to them.
      // (A singular pointer to the one demand asked just before is that demand: "On that question, …".)
      // (Refusing to do what was asked refuses each of it: "is not willing to do so".)
      // (Refusing to talk about them at all refuses each: "will not negotiate on these proposals".)
      if (m.kind === 'reference' && attitude.attitude === 'open' && !m.single && !attitude.negated) continue;
      const holder = this.holderOf(
        governing,
        clauseOf(spans, governing.first),
        governing.first > m.last ? m.last : null,
      );
      if (holder && m.kind === 'reference' && m.owner && !holder.parties.includes(m.owner)) {
        const refusal =
          (attitude.attitude === 'rejects' && !attitude.negated) ||
          (attitude.attitude === 'supports' && attitude.negated) ||
          attitude.attitude === 'unclear' ||
          // (Openness to the one act asked, or its refusal: "is (not) prepared to do so".)
          (attitude.attitude === 'open' && (!!m.single || attitude.negated));
        if (!refusal) continue;
      }
      // ("the talks should cover the alliance's worries about arms control": see agenda-worry.ts.)
      if (holder && !agendaWorryOnDemand(tokens, governing, m)) this.emit(holder, attitude, governing, m, ci);
      // "Moscow was glad that Washington was prepared to discuss …": the subject the "that" clause
      // names holds the inner cue's attitude itself, besides the one glad of it.
      // (Only a welcome, which takes the clause as fact: not "claimed that NATO had refused …".)
      if (
        holder &&
        innermost &&
        innermost !== governing &&
        !innermost.owner &&
        !governing.negated &&
        /^(?:glad|pleased|happy|welcom\w*)$/i.test(tokens[governing.first]?.lower ?? '')
      ) {
        const that = tokens.findIndex(
          (t, k) => k > governing!.first && k < innermost.first && t.lower === 'that',
        );
        const own = that > 0 ? this.subjectBefore(innermost.first, [that + 1, innermost.first - 1]) : null;
        if (own && own.parties.length > 0 && !own.parties.some((p) => holder.parties.includes(p)))
          this.emit(own, { attitude: innermost.attitude, negated: innermost.negated }, innermost, m, ci);
      }
    }
    this.reversedMention = null;
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
}

/**
 * Whether a party named at `at` (after "the" too) opens a statement of its own: its name followed by
 * a verb of saying or an auxiliary ("Washington said", "the United States will never", "Seoul has").
 */
function ownStatementAt(tokens: readonly Token[], speakers: readonly ActorMention[], at: number): boolean {
  const start = tokens[at]?.lower === 'the' ? at + 1 : at;
  const subject = speakers.find((a) => a.first === start && a.parties.length > 0);
  if (!subject) return false;
  const verb = tokens[subject.last + 1]?.lower ?? '';
  return SPEECH.has(verb) || (AUXILIARY.has(verb) && !/^['’]/.test(verb));
}
