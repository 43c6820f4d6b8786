/**
 * "… looks improbable while American troops pull out fast", "as the foreign forces leave, the cities fall":
 * the demand's own act (its subject and verb, not its opposite) opening a clause of "while", "as" or
 * "whilst" tells an event under way, not anyone's demand. (Its opposite there is a condition kept: "they
 * will fight on while foreign troops stay" is the speaker's demand; and "until", "before", "once" set
 * conditions, read elsewhere.)
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';

export function eventUnderWay(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): boolean {
  if (m.direction !== 1 || (m.kind !== 'phrase' && !(m.kind === 'frame' && m.match.includes(' + '))))
    return false;
  let k = m.first - 1;
  // (Past the subject's article and a party named as its adjective: "while the American troops …".)
  for (let hops = 0; hops < 4 && k >= 0; hops++) {
    const adjective = actors.find((a) => a.kind === 'adjective' && a.last === k);
    if (adjective) k = adjective.first - 1;
    else if (/^(?:the|all|its|their|remaining|foreign|last)$/.test(tokens[k]?.lower ?? '')) k--;
    else break;
  }
  // (Not "such as", "as well as", "the same as": a list or a comparison.)
  return (
    /^(?:while|as|whilst)$/.test(tokens[k]?.lower ?? '') &&
    !/^(?:such|well|same|so)$/.test(tokens[k - 1]?.lower ?? '')
  );
}
