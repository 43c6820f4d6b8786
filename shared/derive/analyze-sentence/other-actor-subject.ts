/**
 * "Blinken said the government rejected a permanent ceasefire", "Pompeo said the government had refused
 * to release the prisoners": a reported clause whose own subject is a definite noun of an actor ("the
 * government", "the authorities", "the group", "the other side") that no rule resolved to a party is
 * what that unnamed body holds, as the speaker reports it — not the speaker's own position. (Heads
 * resolved to the speaker's party, "the government" of government-heads.ts or "the group" of
 * generic-heads.ts, are actor mentions and are found as the subject before this is asked; obligations
 * put on such a body, "the government must free …", are the speaker's demand and are not asked here.)
 */
import type { ActorMention } from '../actors';
import { SPEECH } from '../speaker';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { AUXILIARY, DEONTIC, MODAL_FILLER } from './lexicon';

/** Head nouns of a body that can hold a stance of its own. */
const ACTOR_HEAD = wordSet(
  /^(?:government|administration|group|movement|militants|authorities|officials|side|regime|leadership|insurgents|rebels|junta|coalition|cabinet|ministers|hardliners|lawmakers|legislators|critics|hawks|families|protesters|people)$/,
);
/** Plural heads of people within a body, which a quantifier may open: "some ministers", "many lawmakers". */
const PEOPLE_HEAD = wordSet(
  /^(?:ministers|hardliners|lawmakers|legislators|critics|hawks|families|protesters|people)$/,
);
/** Quantifiers opening a subject of part of a body: "some ministers", "many in the coalition". */
const PART_QUANTIFIER = wordSet(/^(?:some|many|most|several|few|other|others|those)$/);
/** What joins a quantifier to the body it takes part of: "some in the cabinet", "many within his coalition". */
const PART_OF = wordSet(/^(?:in|within|among|of|inside)$/);
/** Plural heads that stand alone as a subject ("officials had refused …" names no one). */
const BARE_PLURAL = wordSet(/^(?:militants|authorities|officials|insurgents|rebels)$/);
/** Words joining a second predicate to the first: "… signed off on it but was seeking …". */
const COORDINATOR = wordSet(/^(?:and|but|or)$/);
/** What may come right before the subject of a reported clause. */
const OPENER = wordSet(/^(?:that|and|but|,)$/);
/** Verbs of setting out to act, before the act's "to": "was threatening to trigger …". */
const SETTING_OUT = wordSet(
  /^(?:threaten(?:s|ed|ing)?|plan(?:s|ned|ning)?|prepar(?:e|es|ed|ing)|intend(?:s|ed|ing)?|want(?:s|ed|ing)?|seek(?:s|ing)?|sought|vow(?:s|ed|ing)?)$/,
);

// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and subjectHeadBefore runs for every cue.)
/** The first token at or before `from`, back to `clauseFirst`, that is no modal or auxiliary. */
function pastAuxiliaries(tokens: readonly Token[], from: number, clauseFirst: number): number {
  let k = from;
  while (
    k > clauseFirst &&
    (MODAL_FILLER.has(tokens[k]?.lower ?? '') || AUXILIARY.has(tokens[k]?.lower ?? ''))
  )
    k--;
  return k;
}
/** The actor naming a party that ends at token `i`. */
const partyEndingAt = (actors: readonly ActorMention[], i: number): ActorMention | undefined =>
  actors.find((a) => a.last === i && a.parties.length > 0);

/**
 * The last word of the subject of the verb at `cueFirst`, past auxiliaries, modals and a verb of setting
 * out ("the government would", "the government was threatening to"); -1 where an obligation stands
 * between ("the government must …").
 */
export function subjectHeadBefore(tokens: readonly Token[], cueFirst: number, clauseFirst: number): number {
  let k = pastAuxiliaries(tokens, cueFirst - 1, clauseFirst);
  if (tokens[k]?.lower === 'to' && SETTING_OUT.test(tokens[k - 1]?.lower ?? ''))
    k = pastAuxiliaries(tokens, k - 2, clauseFirst);
  // (Not an obligation put on it: "the government must free …" is the speaker's demand.)
  if (tokens.slice(k + 1, cueFirst).some((t) => DEONTIC.has(t.lower))) return -1;
  return k;
}

/** Whether the subject right before `cueFirst` is a definite actor noun that names no party. */
export function otherActorSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cueFirst: number,
  clauseFirst: number,
): boolean {
  let k = subjectHeadBefore(tokens, cueFirst, clauseFirst);
  // (A clause opened by the coordinator's own word: "but | was seeking …".)
  if (
    k >= 0 &&
    k === clauseFirst &&
    AUXILIARY.has(tokens[k]?.lower ?? '') &&
    COORDINATOR.test(tokens[k - 1]?.lower ?? '')
  )
    k--;
  // "… said the group had signed off on the first stage but was seeking pledges …", "some in his coalition
  // want to hold on to Gaza and go on fighting": a second predicate shares the clause's subject.
  if (COORDINATOR.test(tokens[k]?.lower ?? '')) {
    // (The first predicate may lie in the clause before: "said the group had …, but was seeking …".)
    for (let j = Math.max(0, k - 30); j < k; j++)
      if (otherActorHeadAt(tokens, actors, j, clauseFirst)) return true;
    return false;
  }
  return otherActorHeadAt(tokens, actors, k, clauseFirst);
}

/** Whether token `k` is the head of a definite actor noun naming no party that opens a reported clause. */
function otherActorHeadAt(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  k: number,
  clauseFirst: number,
): boolean {
  const head = tokens[k];
  if (k < 0 || !head?.word || !ACTOR_HEAD.test(head.lower) || head.text !== head.lower) return false;
  // "some in Netanyahu's governing coalition want …", "many within the cabinet": part of a body, which
  // holds nothing for the body, nor for the party whose leader it names.
  const partAt = partOfBodyStart(tokens, k);
  // ("the other side", "the new government", "some hardline ministers": up to two modifiers.)
  let d = k - 1;
  while (
    d > k - 3 &&
    d > 0 &&
    tokens[d]?.word &&
    tokens[d]?.lower !== 'the' &&
    !quantifiedPeople(tokens, d, k)
  )
    d--;
  const determined = tokens[d]?.lower === 'the' || quantifiedPeople(tokens, d, k);
  if (partAt < 0 && !determined && !BARE_PLURAL.test(head.lower) && !PEOPLE_HEAD.test(head.lower))
    return false;
  const start = partAt >= 0 ? partAt : determined ? d : k;
  if (partAt < 0 && actors.some((a) => a.first <= k && a.last >= start)) return false;
  // The subject opens a clause reported: "… said (that) the government …".
  const before = tokens[start - 1];
  return (
    start === clauseFirst || (before !== undefined && (OPENER.test(before.lower) || SPEECH.has(before.lower)))
  );
}

/** Whether `d` is a quantifier before a plural head of people at `k`: "some ministers", "many lawmakers". */
function quantifiedPeople(tokens: readonly Token[], d: number, k: number): boolean {
  return PART_QUANTIFIER.test(tokens[d]?.lower ?? '') && PEOPLE_HEAD.test(tokens[k]?.lower ?? '');
}

/** The quantifier opening "some in <the body>" whose head is at `k`, within a few words; -1 if none. */
function partOfBodyStart(tokens: readonly Token[], k: number): number {
  for (let j = k - 1; j >= Math.max(1, k - 5); j--) {
    if (!PART_OF.test(tokens[j]?.lower ?? '')) continue;
    return PART_QUANTIFIER.test(tokens[j - 1]?.lower ?? '') ? j - 1 : -1;
  }
  return -1;
}

/**
 * "McDonald said the British government would trigger Article 16", "… said Britain would …": the
 * party named as the subject of the reported clause whose verb is at `cueFirst` (past auxiliaries,
 * modals and a verb of setting out; not an obligation put on it), by its name or by an actor noun its
 * adjective names ("the British government"). Null where no party stands there or the clause is not
 * one reported ("… said (that) X …", or opening its clause).
 */
export function partySubjectBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cueFirst: number,
  clauseFirst: number,
): ActorMention | null {
  const k = subjectHeadBefore(tokens, cueFirst, clauseFirst);
  if (k < 0 || k >= cueFirst) return null;
  // (A name, or an adjective or name before an actor noun: "the British government", "the UK government".)
  const a =
    partyEndingAt(actors, k) ??
    (ACTOR_HEAD.test(tokens[k]?.lower ?? '') ? partyEndingAt(actors, k - 1) : undefined);
  if (!a) return null;
  let start = a.first;
  if (tokens[start - 1]?.lower === 'the') start--;
  const before = tokens[start - 1];
  return start === clauseFirst ||
    (before !== undefined && (OPENER.test(before.lower) || SPEECH.has(before.lower)))
    ? a
    : null;
}
