/**
 * "Hamas will free the hostages only within an agreement that ends the war", "Iran would cap enrichment
 * only in exchange for sanctions relief", "… only as part of a final settlement": after "only", the
 * exchange or the deal a step is offered in is the condition it is offered on, as "only if" would be.
 * A deal noun must follow "within", "under" and "as part of" ("only under pressure", "only within
 * weeks", "only as part of its review" set no condition); "in exchange for" and "in return for" are
 * conditions whatever they name.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of a deal a step can be offered within: "an agreement", "a comprehensive deal", "a package". */
const DEAL = wordSet(
  /^(?:agreements?|deals?|accords?|settlements?|arrangements?|packages?|frameworks?|treaty|treaties|bargain|swap|exchange)$/,
);
/** Words between the preposition and the deal noun: "a", "any", "an overall", "a comprehensive". */
const DEAL_FILLER = wordSet(
  /^(?:a|an|the|any|one|such|broader|broad|wider|overall|comprehensive|final|full|complete|single|larger|lasting|permanent|political|negotiated|binding|legally|wider-ranging|package)$/,
);

/** Whether the words at `at` (right after "only") set the condition of an exchange or a deal. */
export function onlyInExchange(tokens: readonly Token[], at: number): boolean {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  // "only in exchange for", "only in return for".
  if (w(at) === 'in' && /^(?:exchange|return)$/.test(w(at + 1)) && w(at + 2) === 'for') return true;
  let k: number;
  if (w(at) === 'within' || w(at) === 'under') k = at + 1;
  else if (w(at) === 'as' && w(at + 1) === 'part' && w(at + 2) === 'of') k = at + 3;
  else return false;
  for (const end = k + 4; k < end; k++) {
    if (DEAL.test(w(k))) return true;
    if (!DEAL_FILLER.test(w(k))) return false;
  }
  return false;
}

/** Asides a reporter sets off in commas between a subject and its verb: "Hamas, for its part, will …". */
const ASIDE =
  /^(?:for (?:its|their|his|her) part|in (?:its|their) turn|in turn|however|though|meanwhile|too|also|for now)$/;

/**
 * The index of the last word before an aside set off in commas that ends at `k` ("The group, for its
 * part, will …": `k` at the second comma), or `k` itself where no such aside stands there.
 */
export function pastAside(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  for (let open = k - 1; open >= 0 && open >= k - 4; open--) {
    if (tokens[open]?.text !== ',') continue;
    const words = tokens
      .slice(open + 1, k)
      .map((t) => t.lower)
      .join(' ');
    return ASIDE.test(words) ? open - 1 : k;
  }
  return k;
}
