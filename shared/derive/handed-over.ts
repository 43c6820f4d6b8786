/**
 * "The Biden team is ready to put to Putin a 'transparency mechanism' …", "Washington is willing to give
 * Moscow reciprocal limits on missiles": readiness to hand a party the demand's own measure is openness
 * to it, as "ready to offer" is. The measure follows the one it is handed to (a name or a title and a
 * name), with at most an article and quote marks before it.
 */
import { CONDITION_OPENER, READINESS } from './word-lists';
import type { Attitude } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Verbs that hand something to someone named right after them ("give Moscow …", "put to Putin …"). */
const HANDING = wordSet(/^(?:give|put|present|hand)$/);
const ARTICLE = wordSet(/^(?:a|an|the)$/);
/** At most this many words of the name (and title) the measure is handed to. */
const NAME_WORDS = 5;

export function handedOverMatches(
  tokens: readonly Token[],
  mentions: ReadonlyArray<{ first: number; kind: string; direction: number }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (const m of mentions) {
    // Only openness to the demand's own words (not "ready to give Kyiv more weapons").
    if (m.direction !== 1 || (m.kind !== 'phrase' && m.kind !== 'frame')) continue;
    let k = m.first - 1;
    while (k > 0 && (tokens[k]?.transparent || ARTICLE.test(tokens[k]?.lower ?? ''))) k--;
    const nameEnd = k;
    while (k > 0 && nameEnd - k < NAME_WORDS && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) k--;
    if (k === nameEnd) continue;
    // "put to Putin …": "put" and "present" take the receiver after "to"; "give" and "hand" directly.
    if (tokens[k]?.lower === 'to' && /^(?:put|present)$/.test(tokens[k - 1]?.lower ?? '')) k--;
    else if (!/^(?:give|hand)$/.test(tokens[k]?.lower ?? '')) continue;
    const verb = k;
    if (!HANDING.test(tokens[verb]?.lower ?? '') || tokens[verb - 1]?.lower !== 'to') continue;
    if (!READINESS.test(tokens[verb - 2]?.lower ?? '')) continue;
    if (found.some((c) => c.first <= verb && verb - 2 <= c.last)) continue;
    // ("must be ready to give …": readiness asked of someone is a demand; "if Moscow is ready to …": a condition.)
    if (tokens[verb - 3]?.lower === 'be' && /^(?:must|should|ought|to)$/.test(tokens[verb - 4]?.lower ?? ''))
      continue;
    let conditional = false;
    for (let j = verb - 3; j >= Math.max(0, verb - 8); j--) {
      const t = tokens[j] as Token;
      if (!t.word) break;
      if (CONDITION_OPENER.test(t.lower)) conditional = true;
    }
    if (conditional) continue;
    out.push({
      first: verb - 2,
      last: verb,
      values: ['open'],
      phrase: `${tokens[verb - 2]!.lower} to ${tokens[verb]!.lower}`,
    });
  }
  return out;
}
