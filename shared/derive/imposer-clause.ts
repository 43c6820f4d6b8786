/**
 * "insisted that the sanctions Washington has placed on it be removed", "the troops that Russia massed
 * near the border must be pulled back": a relative clause right after a measure's noun (a frame subject)
 * that names who imposed, placed or sent it, with or without "that"/"which". The restriction read after
 * the subject ("be removed", "must be pulled back") follows the clause, so the reading has to look past
 * it; without this the noun is read bare, as the matter of the sentence and no direction.
 *
 * Only a clause whose subject is a named party or a pronoun and whose verb is one of imposing or
 * stationing (the measure is the thing imposed); its short object phrase ("on it", "on Iran since 2018",
 * "near the border") may follow. The same verb as a bare participle does too ("the sanctions imposed on
 * it by the UN be eased", "the tariffs imposed by the United States must be scrapped"). Anything else (a
 * comma, a clause opener, a verb of another kind: "the sanctions Iran faces", "the troops Russia says are
 * exercising") ends the look: `from` is returned.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { MEASURE_IMPOSED } from './word-lists';

/** Past forms of placing a measure, or of sending forces, beside those of imposing one (MEASURE_IMPOSED). */
const PLACING = wordSet(/^(?:placed|put|introduced|applied|deployed|stationed|massed|sent|built|erected)$/);
const imposing = (w: string): boolean => MEASURE_IMPOSED.test(w) || PLACING.test(w);
/** Between the clause's subject and its verb: "has placed", "had already imposed", "unilaterally imposed". */
const BEFORE_VERB = wordSet(/^(?:has|have|had|already|since|previously|recently|unilaterally|also|itself)$/);
/** A pronoun subject of the clause: "the sanctions it has placed on Iran". */
const PRONOUN = wordSet(/^(?:it|they|he|she|we)$/);
/** Words of the clause's short object or place phrase: "on it", "on the country", "near its border". */
const PHRASE = wordSet(
  /^(?:on|upon|against|in|near|along|at|across|since|over|onto|to|from|by|inside|around|the|its|their|his|her|our|this|these|those|it|them|him|us|place|country|border|borders|region|territory|soil|goods|imports|exports|economy|products|years?|months?|weeks?)$/,
);
/** The most words the clause may take, verb included. */
const MAX_CLAUSE = 10;

/**
 * Where the restriction after such a clause starts (`restrictionAt(k)` true), or `from` when the words
 * at `from` are no such clause or no restriction follows it.
 */
export function imposerClauseEnd(
  tokens: readonly Token[],
  from: number,
  actors: ReadonlyArray<{ first: number; last: number }>,
  restrictionAt: (k: number) => boolean,
): number {
  // ("the sanctions imposed on it by the UN be eased": the participle alone, its agent in the phrase.)
  if (imposing(tokens[from]?.lower ?? '')) return phraseEnd(tokens, from, from, actors, restrictionAt);
  let k = from;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'the' && actors.some((a) => a.first === k + 1)) k++;
  const subject = actors.find((a) => a.first === k);
  if (subject) k = subject.last + 1;
  else if (PRONOUN.test(tokens[k]?.lower ?? '')) k++;
  else return from;
  // (A possessive's mark is no subject: "the sanctions Washington's allies imposed" names other imposers.)
  if (tokens[k]?.transparent) return from;
  let guard = 0;
  while (BEFORE_VERB.test(tokens[k]?.lower ?? '') && guard++ < 3) k++;
  if (!imposing(tokens[k]?.lower ?? '')) return from;
  return phraseEnd(tokens, from, k, actors, restrictionAt);
}

/** Past the verb at `verb`, its short phrase: where the restriction starts, or `from`. */
function phraseEnd(
  tokens: readonly Token[],
  from: number,
  verb: number,
  actors: ReadonlyArray<{ first: number; last: number }>,
  restrictionAt: (k: number) => boolean,
): number {
  const end = Math.min(tokens.length, verb + MAX_CLAUSE);
  for (let k = verb + 1; k < end; k++) {
    if (restrictionAt(k)) return k;
    const t = tokens[k] as Token;
    const actor = actors.find((a) => a.first === k);
    if (actor) k = actor.last;
    else if (!t.word || !(PHRASE.test(t.lower) || t.capital || /^\d+$/.test(t.text))) return from;
  }
  return from;
}
