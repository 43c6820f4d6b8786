/**
 * "Britain would back Kyiv if it decided to drop its bid": after a subordinator whose subject is "it", with
 * a second body named between the sentence's subject and that clause, "it" — and the "its" that follows —
 * may be either body. English leaves it to the reader's sense of who decides; the derivation does not guess,
 * so such an "its" has no owner.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words opening a condition or alternative whose subject follows: "if it", "whether it", "unless it". */
const SUBORDINATOR = wordSet(/^(?:if|whether|unless|once|when|whenever|should|until|before|after)$/);
/** Punctuation closing the clause: an "its" past it is not in the "it" clause. */
const CLAUSE_END = /^[,;:()—–.]$/;

/**
 * Whether the "its" at `j` sits in a clause opened by "if it" / "should it" … that follows a second body
 * named after `owner` (not joined to it by "and"), so that "its" could stand for either.
 */
export function itsOwnerAmbiguous(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  owner: ActorMention,
  j: number,
): boolean {
  for (let i = j - 1; i > owner.last + 1; i--) {
    if (CLAUSE_END.test(tokens[i]?.text ?? '')) return false;
    if (tokens[i]?.lower !== 'it' || !SUBORDINATOR.test(tokens[i - 1]?.lower ?? '')) continue;
    return actors.some(
      (a) =>
        a.first > owner.last + 1 &&
        a.last < i - 1 &&
        a.kind !== 'adjective' &&
        tokens[a.first - 1]?.lower !== 'and' &&
        !a.parties.some((p) => owner.parties.includes(p)),
    );
  }
  return false;
}
