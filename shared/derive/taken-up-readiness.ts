/**
 * "Kosovo is ready to hold new elections in the north", "the Taliban are ready to begin intra-Afghan
 * talks", "the movement would be willing to join intra-Afghan talks": readiness to take up what the
 * demand names as a noun (hold, call, start or join it) is readiness for it, as readiness right before
 * the demand's own verb is (readinessMatches). Only one of these verbs right after
 * "ready/willing/prepared to", and between it and the demand's words nothing but a determiner: "ready
 * to hold talks on the elections" does not reach them. "offer" is left out: "was prepared to offer
 * a reduction of forces" is mostly a leak reported by others, which the next sentence may deny.
 * (Verbs that are cues of their own, "accept", "allow", "discuss", are read as those cues.) So is
 * readiness to prepare the ground for it: "ready to (help) create the conditions for (holding) new
 * elections". The readiness may be a noun with its owner: "welcomed Kurti's readiness to hold …".
 */
import type { Token } from './tokens';
import { readinessWordAt } from './word-lists';
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
  let to = verb - 1;
  if (!TAKING_UP.test(tokens[verb]?.lower ?? '')) {
    // ("ready to help create the conditions for holding new elections": the ground prepared for it.)
    if (TAKING_UP_GERUND.test(tokens[verb]?.lower ?? '')) verb--;
    to = groundPreparedFrom(tokens, verb);
    if (to < 0) return null;
  }
  if (tokens[to]?.lower !== 'to' || !readinessWordAt(tokens, to - 1)) return null;
  return { to, last: first - 1 };
}

const TAKING_UP_GERUND = wordSet(/^(?:holding|calling|starting|beginning|resuming|opening|launching)$/);

/**
 * Where "to" stands before "(help) create (the) conditions for" ending at `forAt` (the "for"), or -1:
 * readiness to prepare the ground for what the demand names is readiness for it.
 */
function groundPreparedFrom(tokens: readonly Token[], forAt: number): number {
  if (tokens[forAt]?.lower !== 'for' || !/^conditions?$/.test(tokens[forAt - 1]?.lower ?? '')) return -1;
  let k = forAt - 2;
  // ("create the conditions", "create all the necessary conditions", "build the right conditions")
  while (k >= forAt - 4 && /^(?:the|all|necessary|needed|right)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!/^(?:create|build|establish|ensure)$/.test(tokens[k]?.lower ?? '')) return -1;
  k--;
  if (tokens[k]?.lower === 'help') k--;
  return k;
}
