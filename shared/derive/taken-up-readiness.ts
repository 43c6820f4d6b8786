/**
 * "Kosovo is ready to hold new elections in the north", "the Taliban are ready to begin intra-Afghan
 * talks", "the movement would be willing to join intra-Afghan talks": readiness to take up what the
 * demand names as a noun (hold, call, start or join it) is readiness for it, as readiness right before
 * the demand's own verb is (readinessMatches). Only one of these verbs right after
 * "ready/willing/prepared to", and between it and the demand's words nothing but a determiner: "ready
 * to hold talks on the elections" does not reach them. "offer" is left out: "was prepared to offer
 * a reduction of forces" is mostly a leak reported by others, which the next sentence may deny.
 * (Verbs that are cues of their own, "accept", "allow", "discuss", are read as those cues.)
 */
import type { Token } from './tokens';
import { READINESS } from './word-lists';
import { wordSet } from './word-set';

/** Verbs that take up a measure or a process named as a noun. */
const TAKING_UP = wordSet(/^(?:hold|call|declare|join|start|begin|resume|open|launch|restart)$/);
const DETERMINER = wordSet(/^(?:a|an|the|its|their|his|her|our)$/);

/**
 * The span from "to" to the verb of taking up ("to hold", "to begin the") when it stands, after a
 * readiness word, before the demand's words starting at `first`; else null.
 */
export function takenUpReadiness(
  tokens: readonly Token[],
  first: number,
): { to: number; last: number } | null {
  let verb = first - 1;
  if (DETERMINER.test(tokens[verb]?.lower ?? '')) verb--;
  if (!TAKING_UP.test(tokens[verb]?.lower ?? '')) return null;
  const to = verb - 1;
  if (tokens[to]?.lower !== 'to' || !READINESS.test(tokens[to - 1]?.lower ?? '')) return null;
  return { to, last: first - 1 };
}
