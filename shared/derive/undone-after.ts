/**
 * "NATO will not allow its open-door policy to be slammed shut", "would not accept its open door being
 * weakened", "wants the open-door policy to be closed": a passive verb of undoing right after a demand's
 * words turns them into their opposite, as a restriction before them does ("slam shut the open door").
 * Without it the permission or acceptance before the words was read on the words themselves, and NATO,
 * refusing to let its open door be shut, was read wanting it shut.
 * Narrow: "to be", "being" or a bare "be", at most one adverb, then a participle of closing, ending or weakening.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const UNDONE = wordSet(
  /^(?:closed|shut|slammed|weakened|undermined|abandoned|curtailed|restricted|scrapped|dropped|ended|reversed|narrowed|frozen|suspended|vetoed|blocked|eroded|diluted|sacrificed|dismantled|revoked|rescinded|removed|overturned|compromised)$/,
);

/** Passives of talking over or deciding: the words are the matter talked over, no object of a cue before. */
const DEBATED = wordSet(
  /^(?:discussed|negotiated|debated|dictated|decided|determined|questioned|reviewed|revisited|reconsidered|reopened|influenced|traded|bargained)$/,
);

/** The index of the participle after "to be" / "being" / "be" right after the words ending at `last`, or -1. */
function passiveAfter(tokens: readonly Token[], last: number): number {
  let k = last + 1;
  if (/^["”’']$/.test(tokens[k]?.text ?? '')) k++;
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'be') k += 2;
  else if (tokens[k]?.lower === 'being' || tokens[k]?.lower === 'be') k += 1;
  else return -1;
  if (/ly$/.test(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'only') k++;
  return k;
}

/** The index of the participle of a passive undoing right after the demand's words ending at `last`, or -1. */
export function undoneAfter(tokens: readonly Token[], last: number): number {
  const k = passiveAfter(tokens, last);
  return k >= 0 && UNDONE.test(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * "will not allow its open-door policy to be discussed with Moscow", "… to be dictated by Russia": the
 * opposite's words as the matter of a passive of talking or deciding; a cue before them judges that
 * talk, not the words, and the opposite turned into the demand would read the party backwards.
 */
export function debatedAfter(tokens: readonly Token[], last: number): boolean {
  const k = passiveAfter(tokens, last);
  return k >= 0 && DEBATED.test(tokens[k]?.lower ?? '');
}
