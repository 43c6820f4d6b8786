/**
 * "pressing the US as well as South Korea to …", "urged Israel, Egypt and Qatar to …": where the word at `k`
 * (before a party's name) joins it to other parties named before it in a list ("and", "or", a comma, "as
 * well as"), the position before the list's first party (past its article), so that what governs the whole
 * list governs each party in it; otherwise `k`. At most four parties back.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';

export function listOpeningBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  k: number,
): number {
  for (let hops = 0; hops < 4; hops++) {
    let j = k;
    const w = tokens[j]?.lower ?? '';
    if (w === 'and' || w === 'or' || w === ',') j--;
    else if (w === 'as' && tokens[j - 1]?.lower === 'well' && tokens[j - 2]?.lower === 'as') j -= 3;
    else break;
    // (", and": the serial comma.)
    if (tokens[j]?.text === ',' && w !== ',') j--;
    const b = actors.find((x) => x.last === j && x.parties.length > 0 && x.kind !== 'adjective');
    if (!b) break;
    k = b.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  }
  return k;
}
