/**
 * "Lavrov demanded a guarantee that sanctions imposed on Moscow over its invasion of Ukraine would not
 * harm trade with Iran": in coverage of one negotiation, a frame's subject aimed ("on", "against", after
 * an optional participle of imposing) at a party other than the demand's proposers is a measure on
 * a third party, not the one the demand would lift ("sanctions on Iran", "sanctions on Iranian oil" stay
 * the demand's). Only a named party that neither put the demand forward nor is asked to meet it decides
 * (a measure on the addressee, "China's tariffs on U.S. goods", may be one the talks trade away);
 * "sanctions on banks" is left as it was.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const IMPOSING = wordSet(/^(?:imposed|levied|placed|slapped|reimposed|re-imposed)$/);
const AIMED = wordSet(/^(?:on|against)$/);

/** Whether the subject ending at `last` is aimed at a named party that is none of the demand's sides. */
export function measureOnOther(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  addressees: ReadonlySet<string> | undefined,
  last: number,
): boolean {
  if (!proposers || proposers.size === 0) return false;
  let k = last + 1;
  if (IMPOSING.test(tokens[k]?.lower ?? '')) k++;
  if (!AIMED.test(tokens[k]?.lower ?? '')) return false;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const target = actors.find((a) => a.first === k);
  return (
    !!target &&
    target.parties.length > 0 &&
    !target.parties.some((p) => proposers.has(p) || !!addressees?.has(p))
  );
}
