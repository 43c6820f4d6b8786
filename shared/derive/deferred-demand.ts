/**
 * A demand's own words right after a verb of putting it off: "would postpone the fines for Serbian
 * plates", "delays the re-registration", "put off the tariff increase". Putting something off is neither
 * asking for it nor refusing it: the words there do not state the demand (the proposer speaking or the
 * document), so they are not read as its proposer stating it (analyze.ts, stated-demands.ts).
 */
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const DEFERRING = wordSet(
  /^(?:postpone|postpones|postponed|postponing|delay|delays|delayed|delaying|defer|defers|deferred|deferring|suspend|suspends|suspended|suspending)$/,
);
const DETERMINER = wordSet(/^(?:the|a|an|its|their|his|her|our|all|any|planned|new)$/);

/** Whether a verb of putting off ("postpone", "put off", "hold off on") governs the mention `m`. */
export function deferredBefore(tokens: readonly Token[], m: DemandMention): boolean {
  if (m.direction !== 1) return false;
  let k = m.first - 1;
  while (DETERMINER.test(tokens[k]?.lower ?? '')) k--;
  const w = tokens[k]?.lower ?? '';
  if (DEFERRING.test(w)) return true;
  if (w === 'off') return /^(?:put|puts|putting|hold|holds|held|holding)$/.test(tokens[k - 1]?.lower ?? '');
  if (w === 'on' && tokens[k - 1]?.lower === 'off')
    return /^(?:hold|holds|held|holding)$/.test(tokens[k - 2]?.lower ?? '');
  return false;
}
