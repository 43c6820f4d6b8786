/**
 * "Lavrov said halting NATO expansion was not discussed", "… did not come up", "… was not on the
 * agenda": the demand's words as the subject of a denied talking-over. That says what the talks left
 * out, no stance of anyone's on the demand, and no statement of it for its proposer.
 */
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';

/** The denied talking-over, read on the words after the demand's (lower-cased, space-joined). */
const NOT_TALKED_OF =
  /^(?:itself |themselves )?(?:(?:was|were|is|are|will|would|had|has|have)(?: not| never)?(?: been| be)? (?:discussed|raised|mentioned|addressed|broached|touched on|talked about|brought up|on the agenda|part of the (?:talks|discussions?|meeting|conversation|agenda))\b|(?:did not|didn't|didn’t|did n't|did n’t|never) (?:come|came) up\b|(?:was|were|is|are) off the agenda\b)/;

/** Whether the demand's words are the subject of a denied talking-over ("… was not discussed"). */
export function notTalkedOfAfter(tokens: readonly Token[], m: DemandMention): boolean {
  const after = tokens
    .slice(m.last + 1, m.last + 9)
    .map((t) => t.lower)
    .join(' ');
  if (!NOT_TALKED_OF.test(after)) return false;
  // (A denial is needed: "was discussed at length" is talk, read as such elsewhere; "off the agenda" is one.)
  return /(?:\bnot|\bnever|n['’]t|\boff)\b/.test(after.split(/ (?:[,;.]|and|but) /)[0] as string);
}
