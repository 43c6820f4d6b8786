import { wordSet } from './word-set';
import type { Token } from './tokens';
/**
 * Word lists more than one reader of a sentence needs, kept in one place so they cannot drift apart.
 */

/** A count of what was put forward: "the two demands", "Moscow's three main proposals", "all three demands". */
export const DEMAND_COUNT_WORDS = ['two', 'three', 'four', 'five'];

/** Words between an owner and its demand noun: "Russia's main security demands", "its three key proposals". */
export const DEMAND_NOUN_MODIFIERS: readonly string[] = [
  // "Kyiv's ongoing bid to join NATO", "its long-standing demand"
  'ongoing',
  'continuing',
  'renewed',
  'stated',
  'declared',
  'longtime',
  'long-held',
  'main',
  'key',
  'security',
  'new',
  'latest',
  'written',
  'sweeping',
  'core',
  'central',
  'original',
  'draft',
  'own',
  'initial',
  'maximalist',
  'principal',
  'chief',
  'top',
  'major',
  'basic',
  'fundamental',
  'recent',
  'previous',
  'far-reaching',
  'specific',
  // "Washington's concrete ideas on …", "put forward concrete proposals"
  'concrete',
  'legal',
  // "Russia's most important demands"
  'important',
  'crucial',
  'essential',
  'primary',
  // "Russia's unfounded demands", "Moscow's hardline proposals": a writer's or speaker's adjective.
  'unfounded',
  'baseless',
  'exorbitant',
  'extreme',
  'hardline',
  'hard-line',
  'tough',
  'outlandish',
  'controversial',
  'ambitious',
  'stringent',
  'bold',
  'various',
  'numerous',
  ...DEMAND_COUNT_WORDS,
];

/** The last part of a hyphenated compound that modifies like an adjective: "far-reaching", "so-called", "ultimatum-style". */
const COMPOUND_MODIFIER_TAIL = /^(?:[a-z]+(?:ing|ed)|style|type|like|line|held)$/;
const HYPHEN = wordSet(/^[-‐‑]$/);

type CompoundToken = { lower: string; start: number; end: number; word: boolean };
// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and compoundAround runs for every word the reference readers look at.)
const tight = (tokens: readonly CompoundToken[], a: number, b: number): boolean =>
  (tokens[a]?.end ?? -1) === (tokens[b]?.start ?? -2);
const isHyphen = (tokens: readonly CompoundToken[], i: number): boolean =>
  HYPHEN.test(tokens[i]?.lower ?? '');

/**
 * The token span of a hyphenated compound ("far - reaching", written without spaces) with a part at
 * `k`, as [first, last], or null. A compound is a modifier when the list holds it whole or its last
 * part has a modifier's shape: the tokenizer splits hyphens off, so a one-token lookup never sees it.
 */
function compoundAround(
  tokens: readonly CompoundToken[],
  k: number,
  list: ReadonlySet<string>,
): [number, number] | null {
  if (!tokens[k]?.word) return null;
  let first = k;
  while (
    first >= 2 &&
    isHyphen(tokens, first - 1) &&
    tight(tokens, first - 2, first - 1) &&
    tight(tokens, first - 1, first) &&
    tokens[first - 2]?.word
  )
    first -= 2;
  let last = k;
  while (
    isHyphen(tokens, last + 1) &&
    tight(tokens, last, last + 1) &&
    tight(tokens, last + 1, last + 2) &&
    tokens[last + 2]?.word
  )
    last += 2;
  if (first === last || last - first > 4) return null;
  // (Joined in one pass: the arrays of slice and map sent the readings this is inlined into back to be compiled again.)
  let whole = '';
  for (let j = first; j <= last; j++) whole += (tokens[j] as { lower: string }).lower;
  return list.has(whole) || COMPOUND_MODIFIER_TAIL.test(tokens[last]?.lower ?? '') ? [first, last] : null;
}

/** The last token of the modifier starting at `k` (one word of `list`, or a compound of modifier shape), or -1. */
export function modifierFrom(
  tokens: readonly { lower: string; start: number; end: number; word: boolean }[],
  k: number,
  list: ReadonlySet<string>,
): number {
  const compound = compoundAround(tokens, k, list);
  if (compound) return compound[0] === k ? compound[1] : -1;
  return list.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** The first token of the modifier ending at `k` (one word of `list`, or a compound of modifier shape), or -1. */
export function modifierUntil(
  tokens: readonly { lower: string; start: number; end: number; word: boolean }[],
  k: number,
  list: ReadonlySet<string>,
): number {
  const compound = compoundAround(tokens, k, list);
  if (compound) return compound[1] === k ? compound[0] : -1;
  return list.has(tokens[k]?.lower ?? '') ? k : -1;
}

/** Prepositions after which a name is no clause subject: "met with officials of NATO", "told Moscow". */
export const NOT_A_SUBJECT_AFTER: readonly string[] = [
  'alongside',
  'beside',
  'near',
  'within',
  'including',
  'to',
  'with',
  'from',
  'for',
  'on',
  'against',
  'between',
  'about',
  'at',
  'of',
  'by',
  'into',
  'told',
];

/** Days of the week ("said on Monday", "Lavrov Tuesday"). */
export const DAY_WORDS: readonly string[] = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Days and months as news copy writes them ("on Monday", "in Jan."): a date, never a name or an object. */
export const CALENDAR_WORDS: readonly string[] = [
  ...DAY_WORDS,
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/**
 * Verbs that put a party's undertaking into what someone asks or drafts: "demanded NATO provide …",
 * "the treaties envisage NATO's pledge …", "the agreements include NATO's rejection of …". The party
 * named right after them is the addressee of a demand, not the holder of a position.
 */
export const ASKING_OR_DRAFTING = wordSet(
  /^(?:demands?|demanded|demanding|wants?|wanted|wanting|seeks?|sought|seeking|suggests?|suggested|suggesting|proposes?|proposed|proposing|requires?|required|requiring|insists?|insisted|insisting|asks?|asked|asking|urges?|urged|urging|envisages?|envisaged|envisaging|envisions?|envisioned|includes?|included|including|notes?|noted|stipulates?|stipulated|contains?|contained|provides?|provided|calls?|called)$/,
);

/** Whether the name starting at `first` stands right after such a verb (past "that" or "the"). */
export function addresseeOfDemand(tokens: readonly { lower: string }[], first: number): boolean {
  let k = first - 1;
  // (Past "in particular", "also", "explicitly": "suggest in particular that NATO …".)
  while (
    k >= 0 &&
    [
      'that',
      'the',
      'for',
      'on',
      'in',
      'particular',
      'also',
      'explicitly',
      'specifically',
      'further',
    ].includes(tokens[k]?.lower ?? '')
  )
    k--;
  // "called for NATO to …", "calls on Washington to …" — but not "calls" alone as a noun.
  if (/^call(?:s|ed)?$/.test(tokens[k]?.lower ?? '') && !['for', 'on'].includes(tokens[k + 1]?.lower ?? ''))
    return false;
  return ASKING_OR_DRAFTING.test(tokens[k]?.lower ?? '');
}

/** A guarantee someone gives: "security guarantees", "a written pledge", "legal commitments". */
export const GUARANTEE_WORD = wordSet(/^(?:guarantees?|assurances?|pledges?|commitments?)$/);
/**
 * An undertaking asked of a party, a guarantee or one stated as a refusal: "NATO's pledge to …",
 * "Washington's commitment to …", "NATO's rejection of expansion".
 */
export const UNDERTAKING_WORD = wordSet(
  /^(?:guarantees?|assurances?|pledges?|commitments?|promises?|undertakings?|obligations?|rejection|refusal|renunciation)$/,
);

/** A word that negates: "not", "never", "no", "cannot", "won't". */
export const NEGATION_WORD = /^(?:not|never|no|cannot)$|n['’]t$/;

/** Modal and auxiliary verbs standing between a subject and its verb ("NATO will not …", "it could …"). */
export const MODAL_VERBS: readonly string[] = [
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'does',
  'do',
  'did',
];

/** Words that open a condition or a time still to come: "if Moscow agrees", "until China agrees", "when Kyiv is ready". */
export const CONDITION_OPENER = wordSet(/^(?:if|unless|whether|once|until|when)$/);

/** Verbs of giving up something held ("dropping", "renounce"); in two words, "giving up", "walk away". */
const RELINQUISHING_ONE = wordSet(
  /^(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|renounce|renounces|renounced|renouncing|relinquish|relinquishes|relinquished|relinquishing|shelve|shelves|shelved|shelving|ditch|ditches|ditched|ditching|scrap|scraps|scrapped|scrapping|forgo|forgoes|forgoing|forgone|forwent|forsake|forsakes|forsaking|forsook|surrender|surrenders|surrendered|surrendering)$/,
);
const RELINQUISHING_FIRST = wordSet(
  /^(?:give|gives|gave|given|giving|walk|walks|walked|walking|back|backs|backed|backing)$/,
);
const RELINQUISHING_SECOND = wordSet(/^(?:up|away|down)$/);

/**
 * Whether a verb of giving something up opens at token `k` ("drop", "give up"): the index of its last
 * word, or -1.
 */
export function relinquishingAt(tokens: readonly { lower: string }[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  if (RELINQUISHING_ONE.test(w)) return k;
  return RELINQUISHING_FIRST.test(w) && RELINQUISHING_SECOND.test(tokens[k + 1]?.lower ?? '') ? k + 1 : -1;
}

/** Verbs that put another's attitude in doubt: "questioned NATO's readiness", "doubts the alliance's willingness". */
export const DOUBTED_ATTITUDE = wordSet(
  /^(?:questioned|questions|questioning|doubted|doubts|doubting|doubt|disputed|disputes|disputing)$/,
);

/**
 * Nouns of a readiness whose existence a doubting verb questions ("questioned NATO's readiness"); not a
 * stance, whose justice it questions and which still stands ("questioned Moscow's opposition to …").
 */
export const DOUBTED_NOUN = wordSet(
  /^(?:readiness|willingness|preparedness|commitment|sincerity|seriousness|openness|eagerness)$/,
);

/**
 * "questioned the US willingness to …", "doubted the American readiness to …": a readiness noun at `nounAt`
 * owned by a one-word name after "the" and put in doubt by the verb before: nobody's stated position (as
 * "questioned NATO's readiness" is not). Asked both for the noun's owner and for a cue's holder.
 */
export function doubtedNamedReadinessAt(
  tokens: readonly { lower: string; capital?: boolean }[],
  nounAt: number,
): boolean {
  return (
    DOUBTED_NOUN.test(tokens[nounAt]?.lower ?? '') &&
    tokens[nounAt - 1]?.capital === true &&
    tokens[nounAt - 2]?.lower === 'the' &&
    DOUBTED_ATTITUDE.test(tokens[nounAt - 3]?.lower ?? '')
  );
}

/** One-word audiences of a speaker: "addressed parliament", "told reporters the US had …". */
export const AUDIENCE = wordSet(
  /^(?:parliament|parliaments|congress|senate|senators|lawmakers|legislators|deputies|mps|reporters|journalists|press|media|crowd|crowds|rally|supporters|nation|audience|assembly|conference|forum|summit|students|diplomats|delegates|delegations|envoys|ambassadors|troops|soldiers|voters|members|gathering|session|meeting|house|chamber|knesset|duma|bundestag|majlis|cabinet)$/,
);

/**
 * Auxiliaries with "not" written onto them, which the tokenizer keeps whole ("doesn't", "won't"): for a
 * phrase that opens with "not" (phrase-variants.ts) and for a denial read word by word (own-say-denied.ts).
 */
export const CONTRACTED_NOT = [
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "wouldn't",
  "shouldn't",
  "can't",
  "couldn't",
  "mustn't",
];

/** A verb of denial: "denied that it had offered …", "denies a report that …". */
export const DENIAL = wordSet(/^den(?:y|ies|ied|ying)$/);

/**
 * The auxiliaries (and articles) a denied clause may have between the denial and the verb it denies:
 * "denied it had offered", "denies that it would agree", "denied a report that it was ready to".
 */
export const DENIED_CLAUSE_AUXILIARIES = [
  'had',
  'has',
  'have',
  'would',
  'will',
  'was',
  'is',
  'were',
  'a',
  'the',
];

/** Words of readiness before "to" ("ready to discuss", "prepared to offer", "willing to let"). */
export const READINESS = wordSet(/^(?:ready|prepared|willing)$/);

/** A readiness as a noun, "Kurti's readiness", "their willingness": its owner's, as "ready" is the subject's. */
const READINESS_NOUN = wordSet(/^(?:readiness|willingness|preparedness)$/);

/**
 * Whether the word at `i` is a readiness word before "to": the adjective ("is ready to"), or the noun
 * with its owner right before it ("welcomed Kurti's readiness to hold …", "its willingness to
 * resume …"), who holds it. Not the noun with no owner ("the readiness to …" is no one's in particular).
 */
export function readinessWordAt(tokens: readonly Token[], i: number): boolean {
  return READINESS.test(tokens[i]?.lower ?? '') || ownedReadinessAt(tokens, i);
}

/**
 * Whether the word at `i` is a readiness noun with its owner right before it ("Kurti's readiness", "its
 * willingness"), or a name after "the" ("the US willingness", "the American readiness").
 */
export function ownedReadinessAt(tokens: readonly Token[], i: number): boolean {
  return READINESS_NOUN.test(tokens[i]?.lower ?? '') && ownedAt(tokens, i);
}

/** Whether the noun at `i` has its owner right before it: a possessive, or a name after "the". */
function ownedAt(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (before === "'s" || before === '’s' || /^(?:its|their|his|her|our)$/.test(before)) return true;
  return !!tokens[i - 1]?.capital && tokens[i - 2]?.lower === 'the';
}

/** A party's answer to another's proposals, which speaks for it ("the alliance's written reply"). */
export const REPLY_NOUN = wordSet(/^(?:reply|replies|response|responses|answer|answers)$/);
/** Words between a party and its reply: "Washington's written reply", "the American formal answer". */
export const REPLY_MODIFIER = wordSet(/^(?:written|formal|official|joint|separate|own|latest)$/);

/** The plain verbs of deciding for others ("cannot decide who joins", "does not dictate"). */
export const DECIDING_PLAIN = wordSet(/^(?:decide|dictate|determine)$/);
/** Their other forms ("Russia dictating which countries may join", "that Moscow decides …"). */
export const DECIDING_INFLECTED = wordSet(
  /^(?:decides|decided|deciding|dictates|dictated|dictating|determines|determined|determining)$/,
);

/** Past forms of imposing a measure on someone: "sanctions imposed on …", "tariffs levied against …". */
export const MEASURE_IMPOSED = wordSet(/^(?:imposed|levied|slapped|reimposed|re-imposed)$/);

/**
 * One-word adverbs that stand between a modal and its verb: "would ever join", "cannot simply abandon", "will
 * never admit". Not verbs themselves: clause-structure.ts takes none for the verb acting on a demand's word,
 * owned-demands.ts steps over one between "cannot" and a verb of giving up.
 */
export const MODAL_ADVERB = wordSet(
  /^(?:ever|never|not|also|still|just|only|even|already|soon|then|now|again|rather|really|simply|further|yet|indeed|suddenly|unilaterally|easily|possibly)$/,
);

/** A modal refusing outright, the act asked of it: "cannot", "won't", "couldn't" (do that). */
export const REFUSING_MODAL = wordSet(
  /^(?:cannot|can't|can’t|couldn't|couldn’t|won't|won’t|wouldn't|wouldn’t)$/,
);

/** Plural nouns of the states of an alliance or union: "the member states", "allies", "NATO members". */
export const PLURAL_MEMBER_NOUN = wordSet(/^(?:members|allies|states|countries|nations)$/);
const SINGULAR_MEMBER_NOUN = wordSet(/^(?:member|ally|state|country|nation)$/);
/** Nouns an apposition classes a party by: "Poland, a NATO member,", "Lithuania, a fellow EU state,". */
const isMemberNoun = (w: string): boolean => SINGULAR_MEMBER_NOUN.test(w) || PLURAL_MEMBER_NOUN.test(w);

/**
 * Where the comma opening a membership apposition stands, when the name from `first` to `last` is the
 * organisation it names ("Poland, a NATO member,", "Romania and Bulgaria, both NATO members,", "Lithuania,
 * a fellow EU state,"); -1 otherwise. The party such an apposition describes is the name before that
 * comma, not the organisation inside it.
 */
export function memberAppositionComma(
  tokens: readonly { lower: string; text: string }[],
  first: number,
  last: number,
): number {
  if (!isMemberNoun(tokens[last + 1]?.lower ?? '')) return -1;
  let k = first - 1;
  if (tokens[k]?.lower === 'fellow') k--;
  if (!/^(?:a|an|both|all|fellow|two|three)$/.test(tokens[k]?.lower ?? '')) return -1;
  return tokens[k - 1]?.text === ',' ? k - 1 : -1;
}
