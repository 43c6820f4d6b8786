import type { Modality } from '../../model/matrix';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A promise given in the past: "had promised", "pledged", "gave assurances". */
const PROMISED = wordSet(
  /^(?:promised|pledged|undertook|undertaken|vowed|assured|guaranteed|promise|promises|pledge|pledges|assurance|assurances)$/,
);

/**
 * "Putin said the West had promised in 1990 not to expand NATO", "…, Lavrov complained, when NATO pledged
 * in the 1990s not to move east": a promise told as history by a speaker of another side is that side's
 * claim about the past, not the promiser's position (then or now). The promiser keeps a promise told as
 * history by the writer or by its own side ("In 1990 Baker assured Gorbachev …"), marked historical.
 */
export function promiseToldByOtherSide(
  tokens: readonly Token[],
  cue: { first: number },
  negated: boolean,
  modality: Modality,
  promisers: readonly string[],
  teller: Speaker | null,
): boolean {
  if (modality !== 'historical' || negated) return false;
  if (!PROMISED.test(tokens[cue.first]?.lower ?? '')) return false;
  if (teller?.kind !== 'party' || teller.document) return false;
  if (promisers.length === 0 || promisers.some((p) => teller.parties.includes(p))) return false;
  return toldAsHistory(tokens);
}

/** A year or decade of the last century, or "at the time", "back then", "years ago", "once promised". */
const LAST_CENTURY = /^(?:19\d\d|19\d0s|['’]\d0s)$/;
/**
 * Whether the sentence dates the promise to history, not only "had promised" (a pluperfect of reported
 * speech: "an aide said Biden had promised …" is a promise of the talks now).
 */
function toldAsHistory(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (LAST_CENTURY.test(t.lower)) return true;
    if (t.lower === 'ago' && /^(?:years|decades)$/.test(tokens[t.i - 1]?.lower ?? '')) return true;
    if (t.lower === 'then' && tokens[t.i - 1]?.lower === 'back') return true;
    if (t.lower === 'time' && tokens[t.i - 1]?.lower === 'the' && tokens[t.i - 2]?.lower === 'at')
      return true;
    if (t.lower === 'once' && PROMISED.test(tokens[t.i + 1]?.lower ?? '')) return true;
  }
  return false;
}
