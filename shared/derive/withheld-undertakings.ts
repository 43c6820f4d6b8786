/**
 * "Washington gave no guarantee that it would not quit the deal again", "the reply offered Moscow no
 * legal guarantees": an undertaking handed over as "no" is one withheld. The demand's words then open
 * with that "no" (they name the demand's opposite), so the verb that hands them over is a supporting
 * cue, as "give such a guarantee" is (supplied-pledges.ts): its subject holds the opposite, a refusal.
 * Only an active verb of giving right before the "no" (past the one it is given to: a name or a pronoun), and
 * only an undertaking noun ("guarantee", "assurance", "pledge", "commitment") within the demand's first
 * few words: "gave no ground" and "offered no details on" are other readings.
 */
import type { Attitude } from './compile-ontology';
import { SUPPLYING, UNDERTAKING } from './supplied-pledges';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The one it is given to, as a pronoun: "gave them no assurance". */
const RECEIVER_PRONOUN = wordSet(/^(?:them|him|her|us|it|me)$/);
/** A form of "be" before the verb makes it a passive: "Iran was given no guarantee" names the receiver. */
const BE = wordSet(/^(?:is|are|was|were|be|been|being)$/);
/** At most this many words of a named receiver ("offered the Islamic Republic no …"). */
const NAME_WORDS = 3;
/** The undertaking noun may follow "no" past this many modifiers ("no legally binding guarantee"). */
const MODIFIERS = 2;

/** The verb of giving before the "no" at `no` (past a receiver), or -1. */
function givingVerbBefore(tokens: readonly Token[], no: number): number {
  let k = no - 1;
  if (RECEIVER_PRONOUN.test(tokens[k]?.lower ?? '')) k--;
  else {
    const end = k;
    while (k > 0 && end - k < NAME_WORDS && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k--;
    if (k < end && tokens[k]?.lower === 'the') k--;
  }
  if (!SUPPLYING.test(tokens[k]?.lower ?? '') || BE.test(tokens[k - 1]?.lower ?? '')) return -1;
  return k;
}

export function withheldUndertakingMatches(
  tokens: readonly Token[],
  mentions: ReadonlyArray<{ first: number; last: number; kind: string; direction: number }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (const m of mentions) {
    if (m.direction !== -1 || (m.kind !== 'phrase' && m.kind !== 'frame')) continue;
    if (tokens[m.first]?.lower !== 'no') continue;
    let noun = -1;
    for (let k = m.first + 1; k <= Math.min(m.last, m.first + 1 + MODIFIERS); k++)
      if (UNDERTAKING.test(tokens[k]?.lower ?? '')) {
        noun = k;
        break;
      }
    if (noun < 0) continue;
    const verb = givingVerbBefore(tokens, m.first);
    if (verb < 0 || found.some((c) => c.first <= verb && verb <= c.last)) continue;
    if (out.some((c) => c.first === verb)) continue;
    out.push({ first: verb, last: verb, values: ['supports'], phrase: tokens[verb]!.lower });
  }
  return out;
}
