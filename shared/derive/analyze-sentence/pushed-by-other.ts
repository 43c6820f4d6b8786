/**
 * A demand's words as what another side's push asks for: "Moscow has rejected calls from the West to pull
 * those forces back, saying …", "pressure from Washington to withdraw the troops". The words there are the
 * pushing side's request (here of Russia's own troops), not the speaker's own wording of its demand, even
 * when the speaker is the demand's proposer (analyze.ts reads a proposer speaking its demand's words as
 * stating it). Only a push noun that names its source with "from", a party other than the speaker's, right
 * before the "to" that opens the words.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Nouns of a push on someone to act: "calls from … to", "pressure from … to". */
const PUSH_NOUN = wordSet(
  /^(?:call|calls|pressure|pressures|demand|demands|appeal|appeals|request|requests|push|pushes|urging|plea|pleas)$/,
);

/** Whether `m` opens the "to" infinitive of a push from a party none of `speaking` is ("calls from the West to …"). */
export function pushedByOther(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
  speaking: readonly string[],
): boolean {
  if (tokens[m.first - 1]?.lower !== 'to') return false;
  const source = actors.find((a) => a.last === m.first - 2 && a.kind !== 'adjective');
  if (!source || source.parties.length === 0 || source.parties.some((p) => speaking.includes(p)))
    return false;
  let k = source.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  return tokens[k]?.lower === 'from' && PUSH_NOUN.test(tokens[k - 1]?.lower ?? '');
}
