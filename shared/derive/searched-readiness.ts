/**
 * "willing to look for imaginative fixes to the trade frictions", "ready to look at limits on missile
 * deployments", "prepared to find a way to limit deployments": readiness to search for what a demand
 * asks is readiness for it, as readiness right before the demand's own verb is (readinessMatches).
 * Only a verb of searching ("look for", "look at", "find") right after "ready/willing/prepared to",
 * and between it and the demand's words nothing but determiners, quote marks, one describing word and
 * "a way to" / "ways of": "willing to look for new ideas on the protocol" does not reach the protocol.
 */
import type { Token } from './tokens';
import { READINESS } from './word-lists';
import { wordSet } from './word-set';

const DETERMINER = wordSet(/^(?:a|an|the|any|some|every|all|other|more)$/);
const QUOTE = /^["“”'‘’]$/;
/** "a way to …", "ways of …": the search is for a means to the demand. */
const WAY = wordSet(/^(?:way|ways|means)$/);
const WAY_LINK = wordSet(/^(?:to|of)$/);
/** Words that end the search's object: a preposition or conjunction is another noun's complement. */
const NOT_DESCRIBING = wordSet(
  /^(?:to|of|on|for|with|about|in|at|from|by|that|which|and|or|but|than|if|when|whether|as|it|its|their|his|her)$/,
);

/** The search verb's words: "look for", "look at", "find". */
function searchVerbEnding(tokens: readonly Token[], at: number): number {
  const t = tokens[at]?.lower ?? '';
  if (t === 'find') return at;
  if (t === 'look' && /^(?:for|at)$/.test(tokens[at + 1]?.lower ?? '')) return at + 1;
  return -1;
}

/**
 * The span from the readiness word to the end of the search verb ("willing to look for") when it stands
 * before the demand's words starting at `first`, with only what the header allows between; else null.
 */
export function searchedReadiness(
  tokens: readonly Token[],
  first: number,
): { ready: number; to: number; last: number } | null {
  let k = first - 1;
  let describing = 0;
  // (Back over what may stand between the search verb and the demand's words.)
  for (let steps = 0; k >= 0 && steps < 6; steps++) {
    const t = tokens[k] as Token;
    if (QUOTE.test(t.text) || DETERMINER.test(t.lower)) {
      k--;
      continue;
    }
    if (WAY_LINK.test(t.lower) && WAY.test(tokens[k - 1]?.lower ?? '')) {
      k -= 2;
      continue;
    }
    if (/^(?:for|at)$/.test(t.lower) || t.lower === 'find') break;
    if (describing === 0 && /^[a-z][a-z-]*$/.test(t.text) && !NOT_DESCRIBING.test(t.lower)) {
      describing++;
      k--;
      continue;
    }
    return null;
  }
  // (k is "for"/"at" of "look for/at", or "find".)
  const verb = tokens[k]?.lower === 'find' ? k : k - 1;
  const last = searchVerbEnding(tokens, verb);
  if (last !== k) return null;
  const to = verb - 1;
  if (tokens[to]?.lower !== 'to' || !READINESS.test(tokens[to - 1]?.lower ?? '')) return null;
  return { ready: to - 1, to, last };
}
