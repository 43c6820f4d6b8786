/**
 * "Moscow wants a guarantee that NATO will never admit Ukraine. Berlin says such a guarantee cannot be
 * given": the passive of supplied-pledges.ts. A pointer to an undertaking as the subject of "be given /
 * provided / offered / granted" (after a modal, "not" or "ever") grants what was asked, so the
 * participle is a supporting cue, and its denial ("cannot be given", "will not be offered", "no such
 * guarantee can be given") a refusal. Only right after the pointer ("such a pledge, Kyiv said, could
 * be given" is not read), and only after a modal ("no such pledge was given" in 1990 is history).
 */
import type { Attitude } from './compile-ontology';
import { SUPPLYING, undertakingPointers } from './supplied-pledges';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Between the pointer and "be": a modal and its denial ("could not", "can never", "won't"). */
const BEFORE_BE = wordSet(
  /^(?:can|could|cannot|will|would|may|might|should|must|(?:ca|could|wo|would|should|must)n['’]t|not|never|ever|possibly|really|simply|now|yet|still)$/,
);

export function passiveSuppliedPledgeMatches(
  tokens: readonly Token[],
  references: ReadonlyArray<{ first: number; last: number; kind: string; direction: number }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  // ("no such guarantee": its "no" is left unturned by applyRestrictions, and read below.)
  for (const m of undertakingPointers(tokens, references)) {
    let k = m.last + 1;
    for (let n = 0; n < 3 && BEFORE_BE.test(tokens[k]?.lower ?? ''); n++) k++;
    // (Only "be" after a modal: a past "no such pledge was given" tells history, not an answer now.)
    if (tokens[k]?.lower !== 'be') continue;
    k++;
    // ("could be given", "could have been given" is not read: a past chance is no answer.)
    if (!SUPPLYING.test(tokens[k]?.lower ?? '') || !/(?:en|ed)$/.test(tokens[k]!.lower)) continue;
    if (found.some((c) => c.first <= k && k <= c.last) || out.some((c) => c.first === k)) continue;
    // ("no such guarantee can be given": the denial stands before the pointer, as its determiner.)
    const denied = tokens[m.first - 1]?.lower === 'no';
    out.push({ first: k, last: k, values: [denied ? 'rejects' : 'supports'], phrase: tokens[k]!.lower });
  }
  return out;
}
