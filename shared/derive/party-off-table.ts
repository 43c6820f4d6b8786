import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words between a party and "off the table" that keep the party the one away: "had been kept", "walked". */
const AWAY_VERB = wordSet(
  /^(?:kept|keep|keeps|keeping|been|be|being|was|were|is|are|had|has|have|still|walked|walks|walk|walking|stayed|stays|stay|remained|remains|remain|shut|locked|frozen|pushed|squeezed|cut|left|effectively|largely|now)$/,
);

/**
 * "Kyiv had been kept off the table", "the delegation walked off the negotiating table": a party away
 * from the talks, not a matter put out of them. Whether the cue "off …"/"removed from …" (at
 * `first`) has a party for its subject, past a verb of being kept or going away.
 */
export function partyOffTheTable(
  tokens: readonly Token[],
  first: number,
  actors: ReadonlyArray<{ first: number; last: number }>,
): boolean {
  if (!/^(?:off|removed)$/.test(tokens[first]?.lower ?? '')) return false;
  let k = first - 1;
  while (k >= 0 && AWAY_VERB.test(tokens[k]?.lower ?? '')) k--;
  return k < first - 1 && actors.some((a) => a.last === k);
}
