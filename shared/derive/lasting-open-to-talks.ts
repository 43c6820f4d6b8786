import type { Attitude } from './compile-ontology';
import type { Token } from './tokens';
import type { TokenMatch, TokenTrie } from './token-trie';
import { wordSet } from './word-set';

const LASTING = wordSet(/^(?:remain|remains|remained|stay|stays|stayed)$/);
/** What one is open to that makes it readiness to talk: "open to talks", "open to discussing …". */
const TALKING = wordSet(
  /^(?:talks|talking|dialogue|negotiations|negotiating|negotiate|discussions|discussing|discuss|discussion|considering|consider)$/,
);

/**
 * "Israel remains open to talks on a permanent ceasefire": the cue "remains open" (a door kept open,
 * which supports what stays open) took the word "open" from "open to talks", the openness to negotiate
 * the demand after it; the longer readiness cue starting at "open" is the reading. Only before a word
 * of talking: "NATO's door remains open to Ukraine" keeps "remains open".
 */
export function openToTalksPastLasting(
  tokens: readonly Token[],
  m: TokenMatch<Attitude>,
  cues: TokenTrie<Attitude>,
): TokenMatch<Attitude> | null {
  if (m.last !== m.first + 1 || m.values[0] !== 'supports') return null;
  if (!LASTING.test(tokens[m.first]?.lower ?? '') || tokens[m.last]?.lower !== 'open') return null;
  if (tokens[m.last + 1]?.lower !== 'to' || !TALKING.test(tokens[m.last + 2]?.lower ?? '')) return null;
  const open = cues.find(tokens, m.last, Math.min(tokens.length, m.last + 6))[0];
  return open && open.first === m.last && open.last > m.last + 1 && open.values[0] === 'open' ? open : null;
}
