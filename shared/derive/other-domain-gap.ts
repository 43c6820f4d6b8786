/**
 * "free to choose its trade partners", "picks its own economic path": an opposite whose gap ("choose …
 * partners") is filled by a word of trade or business names a choice in that other field, not of
 * alliances or security. Only in such a choice of alignment (not "keep … sanctions in place", whose gap may
 * say "economic"), and only a word the phrase itself does not hold.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** What a choice of alignment names after its gap: "choose … partners", "pick … own path". */
const ALIGNMENT = wordSet(
  /^(?:partners?|partnerships?|path|course|orientation|alliances?|allies|arrangements?|affiliation|alignment)$/,
);
const OTHER_FIELD = wordSet(
  /^(?:trade|trading|economic|business|commercial|energy|investment|export|import|gas|oil)$/,
);

export function otherFieldInGap(
  tokens: readonly Token[],
  m: { first: number; last: number; phrase: string },
): boolean {
  if (!m.phrase.includes('…') && !m.phrase.includes('...')) return false;
  const own = new Set(m.phrase.toLowerCase().split(/[\s…]+/));
  if (![...own].some((w) => ALIGNMENT.test(w))) return false;
  for (let i = m.first; i <= m.last; i++) {
    const w = tokens[i]?.lower ?? '';
    if (OTHER_FIELD.test(w) && !own.has(w)) return true;
  }
  return false;
}
