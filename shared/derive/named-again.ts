/**
 * "talks with the Afghan government in Kabul", "sanctions against North Korea (the DPRK)": a party whose
 * name ends a demand's words, named again right after them by its place or a second name. The second
 * naming is still the one the words act on, no holder of them.
 */
import type { ActorMention } from './actors';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';

/** Words between a name and its place or second name: "… in Kabul", "… (the DPRK)". */
const SAME_NAMING_JOIN = /^(?:in|\(|the)$/;

/** Whether `a` only names again, right after `m`'s words, the party whose name ends them. */
export function namesAgainAfter(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
  a: ActorMention,
): boolean {
  if (a.first <= m.last + 1 || a.first > m.last + 3) return false;
  for (let k = m.last + 1; k < a.first; k++) if (!SAME_NAMING_JOIN.test(tokens[k]?.lower ?? '')) return false;
  const last = actors.find((b) => b.last === m.last && b.first >= m.first);
  return !!last && a.parties.length > 0 && a.parties.every((p) => last.parties.includes(p));
}
