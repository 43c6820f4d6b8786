/**
 * Where a trailing "as" clause may name who asks for what its sentence stated: "…, as Moscow has
 * demanded", "… out of the region as Moscow wants", "…, as demanded by the Kremlin". With a comma the
 * clause is a span of its own; without one it is the end of the span the act stands in. Not the "as" of
 * "such as", "as well as", "as long as", "as soon as" or "as much as".
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Words right before an "as" that make it part of another phrase ("such as", "as long as", "the same as"). */
const NOT_TRAILING = wordSet(/^(?:such|well|long|soon|far|much|many|same|so|just|twice|inasmuch|insofar)$/);
/** What may close a sentence after the clause's last word: the full stop, a closing quotation mark. */
const SENTENCE_CLOSE = /^(?:[.!?"”’']|\.\.\.)$/;

export interface TrailingAs {
  /** The "as". */
  at: number;
  /** The clause's last word (sentence-closing marks left out). */
  end: number;
  /** Whether a comma stands before the "as" (the clause is then a span of its own). */
  comma: boolean;
}

/** The trailing "as" clauses of a sentence, given its clause spans. */
export function trailingAsClauses(
  tokens: readonly Token[],
  spans: readonly [number, number][],
): TrailingAs[] {
  const out: TrailingAs[] = [];
  for (const [cs, ce] of spans) {
    let end = ce;
    while (end > cs && SENTENCE_CLOSE.test(tokens[end]?.text ?? '')) end--;
    for (let k = cs; k < end; k++) {
      if (tokens[k]?.lower !== 'as') continue;
      const before = tokens[k - 1];
      const comma = k === cs && before?.text === ',';
      // Without a comma, only inside the span after a word of the act ("… in the region as Moscow wants").
      const plain = k > cs && before?.word === true && !NOT_TRAILING.test(before.lower);
      // "as soon as", "as long as": the second "as" of a pair is no trailing clause either.
      if ((!comma && !plain) || tokens[k - 2]?.lower === 'as') continue;
      out.push({ at: k, end, comma });
    }
  }
  return out;
}
