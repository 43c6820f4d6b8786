/**
 * "Russia wants Ukraine kept out of NATO, but Washington said the alliance would not pull its forces back",
 * "Moscow has demanded that NATO stop expanding, and Warsaw says US troops must stay in Poland": after a
 * clause joint, another party opening a clause of its own as the one speaking or holding a view owns
 * the demand's words there; the proposer named before the joint holds nothing in them.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import { SPEECH } from '../speaker';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A joint that opens another clause: ", and", ", but", ", yet", "while", "whereas". */
const JOINT = wordSet(/^(?:and|but|yet|while|whereas)$/);
/** A view held, besides the verbs of speech: "Washington wants …", "Warsaw rejects …". */
const VIEW_VERB = wordSet(
  /^(?:wants?|wanted|rejects?|rejected|refuses?|refused|opposes?|opposed|believes?|sees|saw|considers?|considered|expects?|expected|hopes?|hoped|vows?|vowed|pledges?|pledged|promises?|promised)$/,
);
/** What may stand between the subject and its verb: "has also said", "has made clear". */
const BEFORE_VERB = wordSet(/^(?:has|have|had|also|again|repeatedly|firmly|flatly|publicly|since|already)$/);

/** Whether a verb of speech or of holding a view follows the name ending at `last`. */
function speaksOrHolds(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  for (let n = 0; n < 3 && BEFORE_VERB.test(tokens[k]?.lower ?? ''); n++) k++;
  const w = tokens[k]?.lower ?? '';
  if (SPEECH.has(w) || VIEW_VERB.test(w)) return true;
  // ("has made clear", "made it clear")
  return /^(?:made|makes)$/.test(w) && /^(?:clear|plain|it)$/.test(tokens[k + 1]?.lower ?? '');
}

/**
 * Whether, between the proposer's naming `a` and the demand's words `m`, a clause joint opens a clause
 * whose subject is a party other than the demand's proposers, speaking or holding a view of its own.
 */
export function otherPartysClauseBetween(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  a: ActorMention,
  m: DemandMention,
  proposers: ReadonlySet<string>,
): boolean {
  if (a.last >= m.first) return false;
  for (let k = a.last + 1; k < m.first; k++) {
    const w = tokens[k]?.lower ?? '';
    let open = -1;
    if (tokens[k]?.text === ',' && JOINT.test(tokens[k + 1]?.lower ?? '')) open = k + 2;
    else if (w === 'while' || w === 'whereas') open = k + 1;
    if (open < 0) continue;
    if (/^(?:the)$/.test(tokens[open]?.lower ?? '')) open++;
    const b = actors.find((x) => x.first === open);
    if (
      b &&
      b.last < m.first &&
      b.parties.length > 0 &&
      !b.parties.some((p) => proposers.has(p)) &&
      speaksOrHolds(tokens, b.last)
    )
      return true;
  }
  return false;
}
