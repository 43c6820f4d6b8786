/**
 * "Beijing noted the alliance's promise to keep its door open", "Sweden's minister mentioned NATO's
 * commitment to its open door": the demand's opposite named inside another party's undertaking (its
 * promise, pledge, commitment) is what that party has pledged; the speaker who notes it states nothing
 * in its own words. (The owner's reading stands; a verb of the speaker's own, "welcomed NATO's pledge",
 * is read by its cue; a principle cited, "citing NATO's principle that …", is still the speaker's.)
 */
import type { ActorMention } from '../actors';
import { UNDERTAKING } from '../supplied-pledges';
import type { Token } from '../tokens';

/** How many words may stand between the undertaking and the demand's words ("promise to keep its door …"). */
const CONTENT_REACH = 6;
/** How many words may stand between the possessive and the undertaking ("NATO's 2008 promise"). */
const MODIFIER_REACH = 2;
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '—', '–']);

/**
 * Whether the words at `first` are the content of an undertaking owned (with "'s") by a party none of
 * whose parties is among `speaking`.
 */
export function insideOthersUndertaking(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: number,
  speaking: readonly string[],
): boolean {
  for (let n = first - 1; n >= Math.max(1, first - CONTENT_REACH); n--) {
    if (CLAUSE_BREAK.has(tokens[n]?.text ?? '')) return false;
    if (!UNDERTAKING.test(tokens[n]?.lower ?? '')) continue;
    let s = n - 1;
    while (s >= n - MODIFIER_REACH && s > 0 && !/^['’]s?$/.test(tokens[s]?.text ?? '')) s--;
    if (!/^['’]s?$/.test(tokens[s]?.text ?? '')) return false;
    const owner = actors.find((a) => a.last === s - 1);
    return !!owner && owner.parties.length > 0 && !owner.parties.some((p) => speaking.includes(p));
  }
  return false;
}
