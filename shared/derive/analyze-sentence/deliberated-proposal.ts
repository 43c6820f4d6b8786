/**
 * A demand named inside what a party is studying or weighing ("The White House is still studying the
 * Taliban's proposal for a ceasefire", "Kyiv is reviewing the plan for a halt to …"): the one weighing a
 * proposal is no proposer of it, whoever's it is. Where such a verb governs the demand's words, the parties
 * named before the verb hold nothing there.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs of weighing something put to one: "study", "review", "weigh", "examine", "mull", "assess". */
const WEIGHING = wordSet(
  /^(?:study|studies|studied|studying|review|reviews|reviewed|reviewing|weigh|weighs|weighed|weighing|examine|examines|examined|examining|mull|mulls|mulled|mulling|assess|assesses|assessed|assessing|evaluate|evaluates|evaluated|evaluating|ponder|ponders|pondered|pondering|considering|consider|considers|considered|scrutinise|scrutinises|scrutinised|scrutinising|scrutinize|scrutinizes|scrutinized|scrutinizing)$/,
);

/** A thing put forward: the head of the noun phrase weighed. */
const PUT_FORWARD = wordSet(
  /^(?:proposal|proposals|offer|offers|plan|plans|idea|ideas|request|requests|demand|demands|call|calls|draft|drafts|text|terms|initiative|initiatives|suggestion|suggestions|bid|overture|overtures|package)$/,
);

/** Words of the noun phrase between the verb and the demand's words. */
const IN_PHRASE = wordSet(
  /^(?:the|a|an|its|their|his|her|this|that|these|those|new|latest|revised|fresh|formal|written|detailed|draft|for|of|on|to|about|['’]s?|-)$/,
);

/**
 * The index of a weighing verb whose object, a proposal or offer, holds the demand's words (with nothing but
 * that noun phrase between), or -1.
 */
export function weighedProposalVerb(
  tokens: readonly Token[],
  m: DemandMention,
  actors: readonly ActorMention[],
): number {
  let head = false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 10); k--) {
    const w = tokens[k]?.lower ?? '';
    if (WEIGHING.test(w)) return head ? k : -1;
    if (PUT_FORWARD.test(w)) head = true;
    else if (!IN_PHRASE.test(w) && !actors.some((a) => k >= a.first && k <= a.last)) return -1;
  }
  return -1;
}
