/**
 * "any ceasefire needs to be permanent", "the truce is made permanent": the lasting truce named by
 * saying of a truce that it must last (phrase-variants.ts writes these forms of "permanent ceasefire").
 * Their gap reads only what joins a truce to its predicate — a modal, "to", "is", "not", an adverb of
 * time; anything else there is another construction ("the ceasefire in Lebanon would be permanent" is a
 * truce somewhere else, "the ceasefire that Israel broke was made permanent" another clause), and so
 * is a truce that a preposition takes ("the damage done before the truce would be permanent"). A truce
 * asked about ("whether the truce would be permanent") states no side.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The forms phrase-variants.ts writes: "ceasefire … be permanent", "truce … made lasting". */
const PREDICATIVE =
  /^(?:ceasefire|cease-fire|truce) … (?:(?:be|made) (?:permanent|lasting|durable)|(?:be|as) temporary)$/;
/** Words a predicative truce's gap may hold. */
const JOINING = wordSet(
  /^(?:will|would|must|should|shall|can|could|may|might|need|needs|needed|has|have|had|to|is|are|was|were|be|been|being|not|n't|never|also|eventually|then|soon|finally|ultimately|quickly|now|truly|really)$/,
);
const ASKING = wordSet(/^(?:whether|if)$/);
/** Words of the truce's noun group before it: "any ceasefire", "the current Gaza truce". */
const IN_GROUP = wordSet(
  /^(?:the|a|an|any|this|that|its|their|current|existing|temporary|fragile|initial|first|gaza|new)$/,
);
/** A preposition before the noun group: the truce is its object, no subject of the predicate. */
const PREPOSITION = wordSet(
  /^(?:before|after|during|since|until|till|of|in|on|for|under|with|without|from|to|into|by|about|over|against|despite|beyond|than|like)$/,
);

/** Whether the match `m` is a predicative truce form whose gap or lead-in makes it no such statement. */
export function predicativeTruceOff(
  tokens: readonly Token[],
  m: { first: number; last: number; phrase: string },
): boolean {
  if (!PREDICATIVE.test(m.phrase.toLowerCase())) return false;
  // The gap: between the truce (first) and "be"/"made" with its adjective (the last two).
  for (let i = m.first + 1; i <= m.last - 2; i++) if (!JOINING.test(tokens[i]?.lower ?? '')) return true;
  let p = m.first - 1;
  while (p >= 0 && IN_GROUP.test(tokens[p]?.lower ?? '')) p--;
  const before = tokens[p]?.lower ?? '';
  // "the damage done before the truce would be permanent": the truce is a preposition's object.
  // "whether the truce would be permanent": asked about, no side taken.
  return PREPOSITION.test(before) || ASKING.test(before);
}
