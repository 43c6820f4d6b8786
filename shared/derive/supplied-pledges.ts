/**
 * "Moscow wants a guarantee that NATO will never admit Ukraine. Washington says it cannot give such a
 * guarantee": giving, providing or offering the pledge a pointer names is granting what was asked, so
 * the verb is a supporting cue (its negation, "cannot give", a refusal). Only for a pointer whose noun
 * is itself an undertaking: "give that guarantee", "provide Moscow such assurances" — not "give that
 * idea" or "offer those proposals", whose giver only passes them on.
 *
 * The passive reads the same: "Berlin says such a guarantee cannot be given". The pointer as the subject
 * of "be given / provided / offered / granted" (after a modal, "not" or "ever") grants what was asked, its
 * denial ("cannot be given", "will not be offered", "no such guarantee can be given") refuses. Only right
 * after the pointer ("such a pledge, Kyiv said, could be given" is not read), and only after a modal ("no
 * such pledge was given" in 1990 is history).
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
function undertakingPointers<R extends { last: number; kind: string; direction: number }>(
  tokens: readonly Token[],
  references: readonly R[],
): R[] {
  return references.filter(
    (m) => m.kind === 'reference' && m.direction === 1 && UNDERTAKING.test(tokens[m.last]?.lower ?? ''),
  );
}

/** Between the pointer and a passive's "be": a modal and its denial ("could not", "can never", "won't"). */
const BEFORE_BE = wordSet(
  /^(?:can|could|cannot|will|would|may|might|should|must|(?:ca|could|wo|would|should|must)n['’]t|not|never|ever|possibly|really|simply|now|yet|still)$/,
);

/** The verb giving the pointer `m` before it ("give Moscow such a guarantee"), or -1. */
function activeGivingOf(tokens: readonly Token[], m: { first: number }): number {
  let k = m.first - 1;
  // ("give Moscow such a guarantee", "provide the Kremlin that assurance": a receiver of one or two words.)
  for (let n = 0; n < 2 && k > 0 && !SUPPLYING.test(tokens[k]?.lower ?? ''); n++) {
    const t = tokens[k] as Token;
    if (!RECEIVER.test(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
    k--;
  }
  return SUPPLYING.test(tokens[k]?.lower ?? '') ? k : -1;
}

/** The participle of a passive giving the pointer `m` after it ("such a guarantee cannot be given"), or -1. */
function passiveGivingOf(tokens: readonly Token[], m: { last: number }): number {
  let k = m.last + 1;
  for (let n = 0; n < 3 && BEFORE_BE.test(tokens[k]?.lower ?? ''); n++) k++;
  // (Only "be" after a modal: a past "no such pledge was given" tells history, not an answer now.)
  if (tokens[k]?.lower !== 'be') return -1;
  k++;
  // ("could be given", "could have been given" is not read: a past chance is no answer.)
  return SUPPLYING.test(tokens[k]?.lower ?? '') && /(?:en|ed)$/.test(tokens[k]!.lower) ? k : -1;
}

/**
 * Adds to `out` the giving verb at `k` as a cue, unless there is none (-1), a cue found already covers it,
 * or `out` has it. (A function of the module: one made per call is named anew by tsx's keepNames.)
 */
function addGiving(
  tokens: readonly Token[],
  found: ReadonlyArray<TokenMatch<Attitude>>,
  out: TokenMatch<Attitude>[],
  k: number,
  attitude: Attitude,
): void {
  if (k < 0 || found.some((c) => c.first <= k && k <= c.last) || out.some((c) => c.first === k)) return;
  out.push({ first: k, last: k, values: [attitude], phrase: tokens[k]!.lower });
}

export function suppliedPledgeMatches(
  tokens: readonly Token[],
  references: ReadonlyArray<{ first: number; last: number; kind: string; direction: number }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const active: TokenMatch<Attitude>[] = [];
  const passive: TokenMatch<Attitude>[] = [];
  // ("no such guarantee": its "no" is left unturned by applyRestrictions; for the passive it denies the giving.)
  for (const m of undertakingPointers(tokens, references)) {
    addGiving(tokens, found, active, activeGivingOf(tokens, m), 'supports');
    addGiving(
      tokens,
      found,
      passive,
      passiveGivingOf(tokens, m),
      tokens[m.first - 1]?.lower === 'no' ? 'rejects' : 'supports',
    );
  }
  return [...active, ...passive];
}
