/**
 * "Egypt has proposed an international force along the Philadelphi corridor", "favours deploying Arab
 * peacekeeping troops along the corridor": forces a qualifier makes nobody's own — international,
 * multinational, Arab, peacekeeping, UN — placed on a place the demand's forces are to leave. The place
 * then names where those others would stand, not the addressee's forces kept there; read bare, the
 * place was taken for the demand's subject wanted as it is (the proposer "rejecting" the withdrawal).
 * The subject of such a clause is no mention of the demand either way. Forces with no such qualifier
 * ("its forces along the corridor") stay read.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A preposition that places forces somewhere. */
const PLACING = wordSet(/^(?:along|on|in|at|near|inside|across|into|for)$/);
/** Nouns of a force or of people posted to watch a place. */
const FORCE = wordSet(
  /^(?:force|forces|troops|peacekeepers|monitors|observers|contingent|contingents|mission|presence|personnel)$/,
);
/** Qualifiers that make a force nobody's own among the parties. */
const OTHERS = wordSet(
  /^(?:international|multinational|multi-national|arab|peacekeeping|un|u\.n\.|third-party|neutral)$/,
);

/** Whether the preposition at `k` (before a bare subject) places a force of others there. */
export function othersForceAt(tokens: readonly Token[], k: number): boolean {
  if (!PLACING.test(tokens[k]?.lower ?? '')) return false;
  for (let i = k - 1; i >= Math.max(0, k - 5); i--) {
    const w = tokens[i]?.lower ?? '';
    if (!FORCE.test(w)) continue;
    if (w === 'peacekeepers') return true;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (OTHERS.test(tokens[j]?.lower ?? '')) return true;
    return false;
  }
  return false;
}
