/**
 * "The idea that Israel would accept a permanent ceasefire now is a non-starter", "the notion that we
 * would give up the open door is absurd": a clause put forward only to be dismissed. What it says a
 * party would do is no position of that party; the dismissal after it is the speaker's.
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Nouns that carry a clause as something proposed or supposed. */
const IDEA_NOUN = wordSet(
  /^(?:idea|notion|suggestion|thought|prospect|premise|assumption|claim|claims|talk|expectation|expectations|hope|hopes)$/,
);
/** Words of dismissal right after the copula: "is a non-starter", "is absurd", "is out of the question". */
const DISMISSAL = wordSet(
  /^(?:non-starter|nonstarter|absurd|nonsense|ridiculous|ludicrous|laughable|preposterous|fantasy|fanciful|delusional|unthinkable|unrealistic|naive|naïve|illusion|illusory|pipe|wrong|mistaken|false|misguided|out)$/,
);
const COPULA = wordSet(/^(?:is|was|are|were|remains|seems|sounds)$/);

/**
 * Whether the word at `at` stands in a clause "the idea / notion … that …" that the sentence then
 * dismisses ("… is a non-starter", "… is absurd", "… is out of the question"). The dismissal is a copula at
 * most 20 words past the "that" with a word of dismissal within four words after it.
 */
export function inDismissedIdea(tokens: readonly Token[], at: number): boolean {
  let that = -1;
  for (let k = at - 1; k >= Math.max(1, at - 14); k--) {
    const w = tokens[k]?.lower ?? '';
    if (/^[;:]$/.test(w)) return false;
    if (w === 'that' && IDEA_NOUN.test(tokens[k - 1]?.lower ?? '')) {
      that = k;
      break;
    }
  }
  if (that < 0) return false;
  for (let k = at + 1; k <= Math.min(tokens.length - 1, that + 20); k++) {
    if (!COPULA.test(tokens[k]?.lower ?? '')) continue;
    let j = k + 1;
    while (
      j <= k + 4 &&
      /^(?:a|an|the|simply|just|frankly|totally|completely|utterly|clearly|quite|pure|not|no|more|than)$/.test(
        tokens[j]?.lower ?? '',
      )
    )
      j++;
    const word = tokens[j]?.lower ?? '';
    // ("out" only in "out of the question".)
    if (DISMISSAL.test(word) && (word !== 'out' || tokens[j + 3]?.lower === 'question')) return true;
    // ("non-starter", split at its hyphen.)
    if (word === 'non' && tokens[j + 2]?.lower === 'starter') return true;
  }
  return false;
}
