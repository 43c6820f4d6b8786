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
  /^(?:government|administration|group|militants|authorities|officials|side|regime|leadership|insurgents|rebels|junta)$/,
);
/** Plural heads that stand alone as a subject ("officials had refused …" names no one). */
const BARE_PLURAL = wordSet(/^(?:militants|authorities|officials|insurgents|rebels)$/);
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
  const k = subjectHeadBefore(tokens, cueFirst, clauseFirst);
  const head = tokens[k];
  if (k < 0 || !head?.word || !ACTOR_HEAD.test(head.lower) || head.text !== head.lower) return false;
  // ("the other side", "the new government": up to two modifiers.)
  let d = k - 1;
  while (d > k - 3 && d > 0 && tokens[d]?.word && tokens[d]?.lower !== 'the') d--;
  const determined = tokens[d]?.lower === 'the';
  if (!determined && !BARE_PLURAL.test(head.lower)) return false;
  const start = determined ? d : k;
  if (actors.some((a) => a.first <= k && a.last >= start)) return false;
  // The subject opens a clause reported: "… said (that) the government …".
  const before = tokens[start - 1];
  return (
    start === clauseFirst || (before !== undefined && (OPENER.test(before.lower) || SPEECH.has(before.lower)))
  );
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
