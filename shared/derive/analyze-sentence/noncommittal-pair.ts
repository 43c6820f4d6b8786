/**
 * A party that took neither side: "The Taliban neither accepted nor rejected the proposal", "Kabul has not
 * accepted or rejected the offer". Both opposite verbs denied leave its stance undecided: the reading of
 * either verb alone (a denied rejection read as openness, a denied acceptance as refusal) is dropped.
 */
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import type { SentenceFinding } from './types';

const YES = wordSet(
  /^(?:accept|accepts|accepted|endorse|endorses|endorsed|embrace|embraces|embraced|approve|approves|approved|support|supports|supported|back|backs|backed|welcome|welcomes|welcomed|agree|agrees|agreed)$/,
);
const NO = wordSet(
  /^(?:reject|rejects|rejected|oppose|opposes|opposed|refuse|refuses|refused|dismiss|dismisses|dismissed|rebuff|rebuffs|rebuffed|deny|denies|denied|veto|vetoes|vetoed)$/,
);

/** (A pair is joined by one of these: without one, nothing is dropped.) */
const PAIR_JOINT = triggerList('neither', 'or', 'nor');

/** Where a verb of a pair stands: "neither V", "not V", with an adverb allowed between ("not formally V"). */
function verbAfter(tokens: readonly Token[], k: number): number {
  return /ly$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
}

/** Drops the readings of either verb in "neither accepted nor rejected" or "not accepted or rejected". */
export function dropNoncommittalPairs(tokens: readonly Token[], findings: SentenceFinding[]): void {
  if (!holdsTrigger(tokens, PAIR_JOINT)) return;
  const verbs = new Set<string>();
  for (const t of tokens) {
    const opener = t.lower;
    const neither = opener === 'neither';
    if (!neither && !/^(?:not|never|n['’]t)$/.test(opener)) continue;
    const a = verbAfter(tokens, t.i + 1);
    const first = tokens[a]?.lower ?? '';
    if (!YES.test(first) && !NO.test(first)) continue;
    const join = tokens[a + 1]?.lower ?? '';
    if (!(neither ? join === 'nor' : join === 'or' || join === 'nor')) continue;
    const second = tokens[verbAfter(tokens, a + 2)]?.lower ?? '';
    if ((YES.test(first) && NO.test(second)) || (NO.test(first) && YES.test(second))) {
      verbs.add(first);
      verbs.add(second);
    }
  }
  if (!verbs.size) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    const kind = f.attribution.kind;
    if (kind === 'possessor' || kind === 'named-proposer' || kind === 'proposer') continue;
    const cueWords = f.cue.toLowerCase().split(/\s+/);
    if (cueWords.some((w) => verbs.has(w))) findings.splice(i, 1);
  }
}
