/**
 * A verb of permitting or accepting whose object is "no" with a noun of attempting or changing: "would
 * permit no effort to alter NATO's open-door policy", "will accept no change to it", "allows no attempt
 * to close the door", "will accept no limits on NATO enlargement". The "no" stands after the verb, where the negation window before a cue does not
 * look, yet it refuses the permission as "would not permit any effort" does. Only nouns of an attempt or
 * an alteration: "allow no further expansion" keeps its "no further" for the demand's own words, and
 * "accept no less than …" insists rather than refuses.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Verbs of letting something happen or taking it. */
const PERMITTING = wordSet(
  /^(?:let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted|permitting|accept|accepts|accepted|accepting|tolerate|tolerates|tolerated|tolerating)$/,
);
/** Nouns of an attempt or an alteration: what such a verb lets happen. */
const ATTEMPT = wordSet(
  /^(?:attempt|attempts|effort|efforts|bid|bids|move|moves|change|changes|alteration|alterations|revision|revisions)$/,
);
/**
 * Nouns of a restriction, which open the demand's own words after the "no" ("will accept no limits on NATO
 * enlargement", "no restrictions on the open door"): the "no" is not part of those words, so it refuses.
 */
const RESTRICTION = wordSet(
  /^(?:limit|limits|limitation|limitations|restriction|restrictions|curb|curbs|constraint|constraints|cap|caps|ban|bans|moratorium|freeze|halt)$/,
);

/** "no effort" after the permitting verb ending at `last`, as the cue's negation, or null. */
export function noAttemptAfter(tokens: readonly Token[], last: number): string | null {
  if (!PERMITTING.test(tokens[last]?.lower ?? '')) return null;
  if (tokens[last + 1]?.lower !== 'no') return null;
  const noun = tokens[last + 2];
  if (!noun || !(ATTEMPT.test(noun.lower) || RESTRICTION.test(noun.lower))) return null;
  return `no ${noun.text}`;
}
