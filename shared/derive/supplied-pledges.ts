/**
 * "Moscow wants a guarantee that NATO will never admit Ukraine. Washington says it cannot give such a
 * guarantee": giving, providing or offering the pledge a pointer names is granting what was asked, so
 * the verb is a supporting cue (its negation, "cannot give", a refusal). Only for a pointer whose noun
 * is itself an undertaking: "give that guarantee", "provide Moscow such assurances" — not "give that
 * idea" or "offer those proposals", whose giver only passes them on.
 */
import type { Attitude } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

export const SUPPLYING = wordSet(
  /^(?:give|gives|gave|given|giving|provide|provides|provided|providing|offer|offers|offered|offering|grant|grants|granted|granting|extend|extends|extended|extending)$/,
);
export const UNDERTAKING = wordSet(
  /^(?:guarantees?|pledges?|assurances?|promises?|commitments?|undertakings?)$/,
);
/** What may stand between the verb and the pointer: the one it is given to ("give Moscow such …"). */
const RECEIVER = wordSet(/^(?:them|him|her|us|it|russia|moscow|kyiv|ukraine|the|kremlin)$/);

/** The pointers in `references` whose noun is itself an undertaking: "such a guarantee", "those assurances". */
export function undertakingPointers<R extends { last: number; kind: string; direction: number }>(
  tokens: readonly Token[],
  references: readonly R[],
): R[] {
  return references.filter(
    (m) => m.kind === 'reference' && m.direction === 1 && UNDERTAKING.test(tokens[m.last]?.lower ?? ''),
  );
}

export function suppliedPledgeMatches(
  tokens: readonly Token[],
  references: ReadonlyArray<{ first: number; last: number; kind: string; direction: number }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (const m of undertakingPointers(tokens, references)) {
    let k = m.first - 1;
    // ("give Moscow such a guarantee", "provide the Kremlin that assurance": a receiver of one or two words.)
    for (let n = 0; n < 2 && k > 0 && !SUPPLYING.test(tokens[k]?.lower ?? ''); n++) {
      const t = tokens[k] as Token;
      if (!RECEIVER.test(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
      k--;
    }
    if (!SUPPLYING.test(tokens[k]?.lower ?? '')) continue;
    if (found.some((c) => c.first <= k && k <= c.last) || out.some((c) => c.first === k)) continue;
    out.push({ first: k, last: k, values: ['supports'], phrase: tokens[k]!.lower });
  }
  return out;
}
