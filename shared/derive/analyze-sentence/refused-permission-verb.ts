/**
 * "Britain will let no one forget that NATO's open door …", "will not allow anyone to question the
 * open door": a permission refused is a refusal of the act it would permit. When that act's verb stands
 * outside the demand's words, before them, the act may as well defend the demand's words as attack them
 * ("forget", "question", "interfere with"), so the refusal says nothing of the demand. Read only when
 * the permitted act is the demand's own verb ("let nobody veto Ukraine's membership", "will not allow
 * NATO to expand", "let no one bang the open door shut").
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import { PERMISSION } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Who is refused the permission, closing a "let" cue: "let no one", "let nobody", "let anyone". */
const REFUSED_ONE = wordSet(/^(?:one|nobody|anyone|anybody|others)$/);
/** A say over the demand, refused ("let no one dictate whether Georgia joins"): read by the demand's own readers. */
const SAY_OVER = wordSet(/^(?:dictate|decide|determine|tell|veto|choose)$/);
/** How far after "allow" / "permit" its "to" may come: "allow any other country to …". */
const TO_REACH = 5;

/** Where the verb of the act a permission cue permits stands, or -1 when the cue shows none. */
function permittedVerbAt(tokens: readonly Token[], cue: Cue): number {
  if (!PERMISSION.test(tokens[cue.first]?.lower ?? '')) return -1;
  if (cue.last > cue.first && REFUSED_ONE.test(tokens[cue.last]?.lower ?? '')) return cue.last + 1;
  for (let k = cue.last + 1; k <= cue.last + TO_REACH && tokens[k]?.word; k++)
    if (tokens[k]?.lower === 'to') return k + 1;
  return -1;
}

/**
 * Whether the refused permission `cue` permits an act whose verb stands before the demand's words that
 * start at `demandFirst` (and is no party's name), so that the refusal says nothing of them.
 */
export function refusedPermissionOfOtherAct(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cue: Cue,
  demandFirst: number,
): boolean {
  if (!cue.negated) return false;
  const verb = permittedVerbAt(tokens, cue);
  if (verb < 0 || verb >= demandFirst || !tokens[verb]?.word) return false;
  if (SAY_OVER.test(tokens[verb]?.lower ?? '')) return false;
  return !actors.some((a) => a.first <= verb && verb <= a.last);
}

/**
 * Whether the "no" that refuses the permission `cue` ("will allow no country a veto over enlargement",
 * "allows no one to veto Ukraine's membership") also opens the demand's words starting at
 * `demandFirst`: those words already read it (as the opposite of the demand), so the refusal must not
 * count it a second time.
 */
export function refusalOpensDemandWords(tokens: readonly Token[], cue: Cue, demandFirst: number): boolean {
  return (
    cue.negated &&
    demandFirst === cue.last + 1 &&
    tokens[demandFirst]?.lower === 'no' &&
    PERMISSION.test(tokens[cue.first]?.lower ?? '')
  );
}
