/**
 * "the creation of the association of Serbian municipalities", "setting up the Association of Serb-Majority
 * Municipalities": a party named by its adjective in an "of" phrase right after a demand's words, qualifying
 * the noun that goes on the demand's name, is named inside that name (as the party the thing is for), not as
 * one that might hold the demand. Only an adjective followed by its noun, within the next three words: "the
 * withdrawal of Russia", "the lifting of sanctions on Iran" name the party itself.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';

export function namedInDemandsOfPhrase(
  tokens: readonly Token[],
  a: ActorMention,
  m: { readonly first: number; readonly last: number },
): boolean {
  if (a.kind !== 'adjective' || tokens[m.last + 1]?.lower !== 'of') return false;
  let k = m.last + 2;
  if (/^(?:the|an?)$/.test(tokens[k]?.lower ?? '')) k++;
  // (The adjective qualifies a noun after it, not a possessive or the end of the clause.)
  const next = tokens[a.last + 1];
  return a.first === k && !!next && /^(?:[A-Za-z]|[-‐–]$)/.test(next.text);
}
