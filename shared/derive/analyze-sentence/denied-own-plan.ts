/**
 * A demand's words as a plan the party named before them denies having: "Washington has said it has no
 * plan to cut the number of its soldiers in Eastern Europe", "the Pentagon is not considering reducing its
 * presence in Europe", "NATO does not intend to pull its battalions out". Such a denial answers a report
 * of the party's own intentions; it tells what that party will not do, not that the demand's proposer asks
 * it, so the document-level stated-demand rule (stated-demands.ts) must not credit the proposer from it.
 * Only where the one denying is not a proposer of the demand (the proposer's own denials: proposersDenying).
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { NEGATION_WORD } from '../word-lists';
import { wordSet } from '../word-set';

/** Nouns of a plan had or not: "no plan to", "no intention to". */
const PLAN_NOUN = wordSet(/^(?:plans?|intentions?)$/);
/** Verbs of planning before "to": "not planning to", "does not intend to". */
const PLAN_VERB = wordSet(/^(?:plan|plans|planning|planned|intend|intends|intending|intended)$/);
/** Verbs of weighing a step before its gerund: "not considering reducing", "not weighing cutting". */
const WEIGHING_VERB = wordSet(/^(?:considering|weighing|contemplating|mulling|eyeing)$/);
/** Words between "no" and its plan noun: "no immediate plans", "no current plan". */
const PLAN_ADJECTIVE = wordSet(/^(?:immediate|current|concrete|such|further|new|firm)$/);

/** Whether a negation stands within the two words before `k` ("not planning", "does not intend", "isn't"). */
function negatedAt(tokens: readonly Token[], k: number): boolean {
  return [k - 1, k - 2].some((j) => NEGATION_WORD.test(tokens[j]?.lower ?? ''));
}

/** How far before the demand's words the denied plan's "to" may stand: "no plans to pull its battalions out of …". */
const REACH = 5;
/** Words that end the stretch between the plan and the demand's words: another clause or item. */
const STRETCH_END = wordSet(/^(?:and|or|but|that|which|who|while|because|if|unless|to)$/);

/**
 * Where the denied plan opens before `m` ("no" of "no plan to", "not" of "not considering"), or -1: its
 * "to" or weighing verb right before the demand's words or a few words of their own verb phrase before them.
 */
function deniedPlanAt(tokens: readonly Token[], m: DemandMention): number {
  for (let j = m.first - 1; j >= Math.max(0, m.first - REACH); j--) {
    const w = tokens[j]?.lower ?? '';
    if (WEIGHING_VERB.test(w)) return negatedAt(tokens, j) ? j : -1;
    if (w === 'to') return planBefore(tokens, j);
    if (!tokens[j]?.word || STRETCH_END.test(w)) return -1;
  }
  return -1;
}

/** The plan denied before the "to" at `to`: "no (immediate) plan(s)", "not planning", "does not intend". */
function planBefore(tokens: readonly Token[], to: number): number {
  const head = tokens[to - 1]?.lower ?? '';
  if (PLAN_VERB.test(head)) return negatedAt(tokens, to - 1) ? to - 1 : -1;
  if (!PLAN_NOUN.test(head)) return -1;
  let k = to - 2;
  if (PLAN_ADJECTIVE.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'no') return k;
  // ("does not have any plans to")
  return tokens[k]?.lower === 'any' && negatedAt(tokens, k) ? k : -1;
}

/** Whether `m`'s words are a plan denied by a party, named before them, that put none of the demand forward. */
export function deniedOwnPlan(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
  proposers: ReadonlySet<string> | undefined,
): boolean {
  const at = deniedPlanAt(tokens, m);
  if (at < 0) return false;
  const named = actors.filter((a) => a.kind !== 'adjective' && a.parties.length > 0 && a.last < at);
  const nearest = named[named.length - 1];
  return !!nearest && !nearest.parties.some((p) => !!proposers?.has(p));
}
