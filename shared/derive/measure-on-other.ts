/**
 * "Lavrov demanded a guarantee that sanctions imposed on Moscow over its invasion of Ukraine would not
 * harm trade with Iran": in coverage of one negotiation, a frame's subject imposed ("imposed on",
 * "levied against") on a named party that neither put the demand forward nor is asked to meet it is a
 * measure on a third party, not the one the demand would lift ("sanctions imposed on Iran" stays the
 * demand's). The participle is required: a bare "on" names a place or a topic as often ("missiles on
 * Ukrainian soil", "the Bucharest formula on Ukraine"). A measure on the addressee ("tariffs imposed on
 * U.S. goods") may be one the talks trade away and is left as it was.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { MEASURE_IMPOSED } from './word-lists';

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
  if (!MEASURE_IMPOSED.test(tokens[last + 1]?.lower ?? '') || !AIMED.test(tokens[last + 2]?.lower ?? ''))
    return false;
  let k = last + 3;
  if (tokens[k]?.lower === 'the') k++;
  const target = actors.find((a) => a.first === k);
  return (
    !!target &&
    target.parties.length > 0 &&
    !target.parties.some((p) => proposers.has(p) || !!addressees?.has(p))
  );
}
