/**
 * An undertaking ("the guarantee that …", "assurances that …") listed after another item of a party's
 * demand noun: "the Kremlin's main demands, including the withdrawal of NATO troops from Eastern Europe
 * and the guarantee that Ukraine would be barred from joining". Like the first item (clause-structure.ts,
 * "rejected Russia's demands, including a pledge that …"), it is part of what the demand noun names, so
 * the verdict on that noun governs it; before, the earlier item parted the two and the undertaking read
 * as support held by the one refusing it.
 * Only a plain list: a comma and a list opener ("including", "notably", "namely"), then items with no
 * clause of their own (no "that", "which", no verb of saying), the undertaking after the last "and" or
 * comma with at most its determiners before it.
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { LIST_OPENER } from './lexicon';

/** Words that open a clause of its own inside the list: then it is no plain list of items. */
const CLAUSE_WORD = wordSet(
  /^(?:that|which|who|whom|whose|while|whereas|because|although|though|but|said|says|say|told|added|if|when)$/,
);
/** The longest list before the undertaking, in tokens. */
const MAX_ITEMS = 16;

/** Whether `between` (the tokens from a demand noun to an undertaking) is ", including X and (the)". */
export function undertakingLaterInList(
  between: readonly Token[],
  determiner: (t: Token) => boolean,
): boolean {
  if (between[0]?.text !== ',' || !LIST_OPENER.test(between[1]?.lower ?? '')) return false;
  if (between.length > MAX_ITEMS) return false;
  // The last "and" or comma: the undertaking's own item starts after it.
  let cut = -1;
  for (let k = between.length - 1; k >= 2; k--)
    if (between[k]?.lower === 'and' || between[k]?.text === ',') {
      cut = k;
      break;
    }
  // (At least one word of an earlier item between the opener and the cut.)
  if (cut < 3) return false;
  if (!between.slice(cut + 1).every(determiner)) return false;
  return between.slice(2, cut).every((t) => !CLAUSE_WORD.test(t.lower) && !/^[;:—–()"“”]$/.test(t.text));
}
