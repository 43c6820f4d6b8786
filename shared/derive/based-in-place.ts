/**
 * A party's capital or country written as where an institution sits: "the London-based Royal United
 * Services Institute", "Washington's Brookings Institution", "Moscow State Institute of International
 * Relations", "the Moscow Carnegie Center". The name only places the institution; the analyst or expert
 * who speaks from it does not speak for the government the name otherwise stands for.
 * Only institutions of study and research (institute, institution, centre, university, foundation,
 * endowment, academy, school, think tank): "Russia's Security Council", "the Kremlin's press service"
 * are the government's own and keep their party.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const HYPHEN = /^[-‐‑]$/;
/** Words after the hyphen that make the name a location. */
const LOCATED = wordSet(/^(?:based|headquartered|registered)$/);
/** Nouns of an institution of study or research. */
const INSTITUTION = wordSet(
  /^(?:institute|institution|center|centre|university|foundation|endowment|academy|school|tank)$/,
);
/** The most capitalised words between the place and its institution noun ("State", "Carnegie"). */
const MAX_NAME = 4;

/** Whether the actor `a` names the seat of an institution rather than a party acting. */
export function placeOfInstitution(tokens: readonly Token[], a: ActorMention): boolean {
  const next = tokens[a.last + 1];
  if (HYPHEN.test(next?.text ?? '') && LOCATED.test(tokens[a.last + 2]?.lower ?? '')) return true;
  // "Washington's Brookings Institution", "Moscow State Institute", "Moscow's leading think tank".
  let k = a.last + 1;
  if (/^['’]s$/.test(next?.text ?? '')) k++;
  for (let n = 0; n <= MAX_NAME; n++, k++) {
    const t = tokens[k];
    if (!t?.word) return false;
    if (INSTITUTION.test(t.lower)) return t.lower !== 'tank' || tokens[k - 1]?.lower === 'think';
    // (Capitalised words of the institution's name, or "think" before "tank".)
    if (!t.capital && t.lower !== 'think' && !/^(?:leading|top|main|prominent|independent)$/.test(t.lower))
      return false;
  }
  return false;
}
