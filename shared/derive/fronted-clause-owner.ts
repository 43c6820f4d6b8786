/**
 * "As the EU put its final text on the table, Tehran showed no give on its call for …": a sentence that opens
 * with a subordinate clause (of time, reason, concession or condition) has its main subject after the comma
 * that closes that clause; a possessive pronoun past the comma belongs to that main subject, not to the
 * first name of the sentence, which is only the subordinate clause's subject.
 */
import type { ActorMention } from './actors';
import { afterPreposition } from './document-voices';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words that open a fronted subordinate clause. */
const FRONTED_OPENER = wordSet(
  /^(?:as|when|whenever|while|whereas|after|before|although|though|since|because|if|unless|once|until)$/,
);
/** A finite verb (or auxiliary) right after a main clause's subject: "Tehran showed", "Moscow has". */
const FINITE_AFTER_SUBJECT =
  /^(?:has|have|had|is|was|were|are|will|would|must|should|can|could|did|does|do|[a-z]+ed|[a-z]+[^s]s)$/;

/**
 * The main clause's subject when `first` (the sentence's first subject) lies in a fronted subordinate clause
 * closed by a comma before the pronoun at `j`; otherwise `first`.
 */
export function mainSubjectPastFrontedClause(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: ActorMention | undefined,
  j: number,
): ActorMention | undefined {
  if (!first) return first;
  let open = 0;
  while (open < tokens.length && tokens[open]?.transparent) open++;
  if (!FRONTED_OPENER.test(tokens[open]?.lower ?? '') || first.first <= open) return first;
  let comma = -1;
  for (let k = first.last + 1; k < j; k++) {
    if (tokens[k]?.text === ',') {
      comma = k;
      break;
    }
    // (A second clause or sentence mark before any comma: not a plain fronted clause.)
    if (/^[;:()—–]$/.test(tokens[k]?.text ?? '')) return first;
  }
  if (comma < 0) return first;
  const main = actors.find(
    (a) =>
      a.first > comma &&
      a.last < j &&
      a.kind !== 'adjective' &&
      !afterPreposition(tokens, actors, a) &&
      FINITE_AFTER_SUBJECT.test(tokens[a.last + 1]?.lower ?? ''),
  );
  return main ?? first;
}
