/**
 * "Though the Taliban have ruled out a ceasefire, Ghani says he will keep talking", "While Serbia rejects
 * any recognition of Kosovo, Kurti said new elections are possible": a clause of concession or contrast
 * opening the sentence, up to its comma, is a clause of its own. A party named on one side of that comma
 * holds nothing the other side names: neither the concession's subject the main clause's demand, nor the
 * main clause's subject or speaker the concession's.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Words opening a fronted clause of concession or contrast ("Even though" reads as "though"). */
const CONCEDING = wordSet(/^(?:though|although|while|whereas)$/);

/** Where the comma closing a fronted concession stands, or -1 when the sentence opens on none. */
export function frontedConcessionComma(tokens: readonly Token[]): number {
  let k = 0;
  while (/^[“"‘']$/.test(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.lower === 'even') k++;
  if (!CONCEDING.test(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 2; j < tokens.length; j++) {
    const t = tokens[j]?.text ?? '';
    if (t === ',') return j;
    if (/^[;:.—–]$/.test(t)) return -1;
  }
  return -1;
}

/** Whether the naming `a` and the demand's words `m` stand on either side of a fronted concession's comma. */
export function acrossFrontedConcession(
  tokens: readonly Token[],
  a: ActorMention,
  m: DemandMention,
): boolean {
  const comma = frontedConcessionComma(tokens);
  if (comma < 0) return false;
  return (a.last < comma && m.first > comma) || (a.first > comma && m.last < comma);
}
