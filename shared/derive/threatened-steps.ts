/**
 * Two pieces of "a threat unless a demand is met" (read in warnings.ts): the step a party threatens
 * to take, told with "will"/"would" before "unless" ("will start attacking foreign troops again
 * unless …", "would withdraw from the deal unless …", "would quit the talks unless …"), and a demand
 * told as its opposite lifted ("unless the sanctions on its exports are lifted").
 */
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A hostile or breaking step: attacking, fighting on, quitting, pulling out, walking away. */
const STEP = wordSet(
  /^(?:attack|attacks|attacking|strike|strikes|striking|fight|fighting|hostilities|offensive|war|quit|quitting|withdraw|withdrawing|exit|exiting|abandon|abandoning|scrap|scrapping|suspend|suspending|walk|walking|pull|pulling)$/,
);
/** "walk away", "pull out": the particle that makes a leaving of the verb. */
const PARTICLE = new Map([
  ['walk', /^(?:away|out)$/],
  ['walking', /^(?:away|out)$/],
  ['pull', /^out$/],
  ['pulling', /^out$/],
]);
/** The modal of a step still to come: "will", "would", "'ll". */
const MODAL = wordSet(/^(?:will|would|['’]ll|shall)$/);
/** What may stand between the modal and the step: "will start attacking", "would then resume fighting". */
const BEFORE_STEP = wordSet(
  /^(?:start|begin|resume|restart|then|simply|also|again|immediately|go|back|to|have|be|forced|the|its|their|a|an|new|all-out|full|full-scale|renewed|attacks|on|from|out|of)$/,
);

/** The token of a threatened step in `main` (the words before "unless"), told with a modal, or undefined. */
export function threatenedStep(main: readonly Token[]): Token | undefined {
  for (let k = 0; k < main.length; k++) {
    const t = main[k] as Token;
    if (!MODAL.test(t.lower)) continue;
    for (let j = k + 1; j < main.length && j <= k + 5; j++) {
      const w = main[j] as Token;
      if (STEP.test(w.lower)) {
        const particle = PARTICLE.get(w.lower);
        if (particle && !particle.test(main[j + 1]?.lower ?? '')) break;
        return w;
      }
      if (!BEFORE_STEP.test(w.lower)) break;
    }
  }
  return undefined;
}

/** Verbs of taking a restriction away, in the passive after it: "are lifted", "is removed". */
const LIFTED = wordSet(/^(?:lifted|removed|eased|scrapped|dropped|withdrawn|relaxed|waived)$/);
const BE = wordSet(/^(?:is|are|were|was|be|been|get|gets)$/);
/** Words of the restriction's own phrase before the passive: "sanctions on their fertilizer exports". */
const PHRASE_WORD = /^(?:on|of|against|over|for|its|their|his|her|our|the|a|[a-z][a-z-]*)$/;

/**
 * Whether the demand's opposite named at `m` ("sanctions on …") is said to be lifted right after it,
 * within its own phrase: "unless the sanctions on their fertilizer exports are lifted".
 */
export function liftedOpposite(tokens: readonly Token[], m: DemandMention): boolean {
  if (m.direction !== -1) return false;
  for (let k = m.last + 1; k < tokens.length && k <= m.last + 7; k++) {
    const t = tokens[k] as Token;
    if (BE.test(t.lower)) return LIFTED.test(tokens[k + 1]?.lower ?? '');
    if (!t.word || !PHRASE_WORD.test(t.lower) || /^(?:and|or|but|that|which|who|if|unless)$/.test(t.lower))
      return false;
  }
  return false;
}
