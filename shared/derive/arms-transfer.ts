/**
 * "Germany will not send offensive weapons to Ukraine", "London is supplying anti-tank missiles to Kyiv":
 * weapons sent, supplied or delivered to a party are arms handed over, not weapons a side stations there.
 * A demand about deploying weapons does not speak of them, whatever denies or restricts the sending (read
 * as the demand, "will not send offensive weapons" made Germany support missile limits near Russia).
 * Forces are not covered: "send troops to Poland" fields them.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Verbs of handing arms over. */
const TRANSFER_VERB = wordSet(
  /^(?:send|sends|sent|sending|supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|ship|ships|shipped|shipping|provide|provides|provided|providing|give|gives|gave|giving|transfer|transfers|transferred|transferring|sell|sells|sold|selling|export|exports|exported|exporting)$/,
);
/** Nouns of arms, as the last word of a subject ("offensive weapons", "anti-tank missiles"). */
const ARMS_NOUN = wordSet(/^(?:weapon|weapons|arms|missile|missiles|munitions|armaments|weaponry)$/);
/** The most words between the verb and the subject's first word ("send more lethal", "supply it with"). */
const REACH = 4;

/** Whether the subject [first, last] names arms handed over to a party named right after "to". */
export function armsSentTo(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: number,
  last: number,
): boolean {
  if (!ARMS_NOUN.test(tokens[last]?.lower ?? '') || tokens[last + 1]?.lower !== 'to') return false;
  const to = tokens[last + 2]?.lower === 'the' ? last + 3 : last + 2;
  if (!actors.some((a) => a.first === to)) return false;
  for (let k = first - 1; k >= 0 && k >= first - REACH; k--)
    if (TRANSFER_VERB.test(tokens[k]?.lower ?? '')) return true;
  return false;
}
