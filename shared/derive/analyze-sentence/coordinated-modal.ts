/**
 * "Moscow would ask the West for an answer, and would hold talks on …", "Lavrov said Moscow will press
 * NATO to reply and will hold consultations on …", "… would reject Washington's plan but would …": a
 * predicate joined by "and" or "but" with a modal of its own
 * and no subject before its cue continues the predicate of the modal before "and"; its subject is the
 * name right before that modal, not the object of the first predicate nearest the cue ("the West",
 * "NATO"), which walking back from the cue would take.
 *
 * Narrow: the "and" + modal within a few words before the cue with no name or pronoun between; the same
 * modal earlier in the clause, a name right before it. Otherwise nothing is decided here.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

const MODAL = wordSet(/^(?:would|will|could|can|should|shall|must|might|may)$/);
/** What joins the two predicates: "…, and would hold …", "… but would hold …". */
const JOINER = wordSet(/^(?:and|but)$/);
/** Words that are a subject of their own between "and" and the cue. */
const PRONOUN = wordSet(/^(?:it|they|he|she|we|i|you|who|which|that)$/);
/** The most words from the "and" to the cue: "and would hold expert consultations on". */
const REACH = 6;

export function coordinatedModalSubject(
  tokens: readonly Token[],
  speakers: readonly ActorMention[],
  cueFirst: number,
  clause: readonly [number, number],
): ActorMention | undefined {
  for (let k = cueFirst - 1; k > clause[0] && k >= cueFirst - REACH; k--) {
    const t = tokens[k] as Token;
    if (PRONOUN.test(t.lower) || speakers.some((a) => a.last === k)) return undefined;
    if (!JOINER.test(t.lower) || !MODAL.test(tokens[k + 1]?.lower ?? '')) continue;
    const modal = tokens[k + 1]!.lower;
    for (let j = k - 1; j >= clause[0]; j--) {
      if (tokens[j]!.lower !== modal) continue;
      return speakers.find((a) => a.last === j - 1 && a.kind !== 'adjective');
    }
    return undefined;
  }
  return undefined;
}
