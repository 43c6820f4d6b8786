/**
 * A subject put to the talks as a topic: "plans to raise the basing of missiles at the talks", "will bring
 * up the question of troop levels", "intends to put missile deployments on the agenda". Raising or tabling
 * something offers to talk about it; it says nothing of which way the one raising it wants it settled, so
 * the subject has no direction there (demand-mentions.ts). Not a raised amount: "raise the number of
 * troops", "raise the level of forces", "raise tariffs" change what is fielded or charged.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const RAISE = wordSet(/^(?:raise|raises|raised|raising)$/);
const BRING = wordSet(/^(?:bring|brings|brought|bringing)$/);
/** Words a raised topic's noun phrase may hold before the subject: "the basing of", "the question of". */
const TOPIC_PHRASE_WORD =
  /^(?:the|a|an|its|their|our|his|her|this|that|of|issue|issues|question|questions|matter|subject|topic|future|fate|concerns?|worries|worry|problem|[a-z]+(?:ing|ment|ments|tion|tions|al))$/;
/** A raised amount: "raise the number of troops". */
const AMOUNT = wordSet(
  /^(?:number|numbers|level|levels|count|strength|size|presence|ceiling|cap|caps|limit|limits|readiness|spending|budget|stakes|pressure|price|prices|rate|rates|tariffs?|duties)$/,
);
/** Between the subject and "on the agenda": words of its noun phrase ("deployments in Europe"). */
const AGENDA_GAP_STOP =
  /^(?:[,;:.!?—–()"“”]|is|are|was|were|be|been|will|would|not|no|never|and|or|but|that|which|to)$/;

/** Whether a verb of raising (or "bring up") governs the noun phrase that ends just before `first`. */
function raisedBefore(tokens: readonly Token[], first: number): boolean {
  // (Only through a noun of its own, "the basing of …", "the question of …": "raise tariffs" raises them.)
  let through = false;
  for (let k = first - 1; k >= Math.max(0, first - 7); k--) {
    const w = tokens[k]?.lower ?? '';
    if (RAISE.test(w)) return through;
    if (w === 'up' && BRING.test(tokens[k - 1]?.lower ?? '')) return true;
    if (AMOUNT.test(w) || !TOPIC_PHRASE_WORD.test(w)) return false;
    if (w === 'of') through = true;
  }
  return false;
}

/** Whether "on the agenda" / "onto the table" follows the subject ending at `last`, within its noun phrase. */
function tabledAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k <= last + 5 && k < tokens.length; k++) {
    const w = tokens[k] as Token;
    if (w.lower === 'on' || w.lower === 'onto') {
      const at = /^(?:the|its|their)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
      return /^(?:agenda|table)$/.test(tokens[at]?.lower ?? '');
    }
    if (AGENDA_GAP_STOP.test(w.lower)) return false;
  }
  return false;
}

/** Whether the subject spanning `first`…`last` is a topic raised or tabled for the talks. */
export function raisedTopic(tokens: readonly Token[], first: number, last: number): boolean {
  return raisedBefore(tokens, first) || tabledAfter(tokens, last);
}
