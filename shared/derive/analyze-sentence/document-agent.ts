/**
 * "a buffer zone … guaranteed by the 1979 Egypt-Israel peace treaty": a party's name that only modifies a
 * document noun after "by" names what the document is between, not the agent of the passive. The agent is
 * the treaty; no party holds the verb.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Nouns of a document or an accord a name may modify: "the Egypt-Israel peace treaty", "the US-Taliban deal". */
const ACCORD_NOUN = wordSet(
  /^(?:treaty|treaties|accord|accords|agreement|agreements|pact|deal|deals|memorandum|charter|declaration|protocol|convention|ceasefire|truce|framework|document|plan)$/,
);
/** Words that may stand between the names and the noun: "peace", "nuclear", "trade", "border". */
const ACCORD_MODIFIER = wordSet(
  /^(?:peace|nuclear|trade|border|security|military|defence|defense|normalization|normalisation|partnership|framework|bilateral|joint|final|interim|landmark|historic|grain|arms|control|ceasefire)$/,
);

/** Whether the actor `agent` (after "by") only modifies a document noun that follows it. */
export function agentModifiesDocument(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  agent: ActorMention,
): boolean {
  let k = agent.last + 1;
  // ("Egypt-Israel", "US-Taliban": a second name joined by a hyphen or a dash.)
  // (A second name joined by a hyphen or a dash, a party's or not: "Egypt-Israel", "US-Soviet".)
  while (/^[-–]$/.test(tokens[k]?.text ?? '')) {
    const next = actors.find((a) => a.first === k + 1);
    if (next) k = next.last + 1;
    else if (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) k += 2;
    else return false;
  }
  for (let modifiers = 0; modifiers < 2 && ACCORD_MODIFIER.test(tokens[k]?.lower ?? ''); modifiers++) {
    // (The modifier may itself be the noun: "the Egypt-Israel peace treaty" and "the US-Taliban deal".)
    if (ACCORD_NOUN.test(tokens[k]?.lower ?? '') && !ACCORD_NOUN.test(tokens[k + 1]?.lower ?? '')) break;
    k++;
  }
  return ACCORD_NOUN.test(tokens[k]?.lower ?? '');
}
