/**
 * "Russia must soon choose its path", "Blinken urged Putin to choose the path of diplomacy", "Moscow now
 * has to decide its own course": the demand's proposer choosing its own way (between talks and war, or
 * for its own security) is no country's freedom to pick its alliances, and answers no demand of its own.
 * An opposite that is such a choice counts only when its chooser is not the proposer: "Ukraine must be
 * free to choose its path" still refuses the demand, and "Russia cannot choose Ukraine's path" (a
 * negation, another's path) is left as it was.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The verbs of choosing a way that such an opposite holds. */
const CHOOSING = wordSet(
  /^(?:choose|chooses|chose|chosen|choosing|pick|picks|picked|picking|decide|decides|decided|deciding|determine|determines|determined|determining)$/,
);
/** Words between the chooser and the choice: "Russia must soon choose", "Moscow now has to choose". */
const CHOOSER_GAP = wordSet(
  /^(?:must|should|can|could|may|might|will|would|shall|has|have|had|to|now|soon|still|yet|also|first|finally|ultimately|itself|alone)$/,
);

export function proposerChoosingOwnPath(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: { first: number; last: number },
): boolean {
  if (!proposers?.size || !CHOOSING.test(tokens[m.first]?.lower ?? '')) return false;
  const proposerOnly = (a: ActorMention): boolean =>
    a.parties.length > 0 && a.parties.every((p) => proposers.has(p));
  // Another party's path inside the choice ("choose Ukraine's path") is choosing for others.
  if (actors.some((a) => a.first >= m.first && a.last <= m.last && !proposerOnly(a))) return false;
  let k = m.first - 1;
  while (k > 0 && CHOOSER_GAP.test(tokens[k]?.lower ?? '')) k--;
  const chooser = actors.find((a) => a.last === k);
  return !!chooser && proposerOnly(chooser);
}
