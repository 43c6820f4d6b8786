/**
 * "Kyiv has given no indication that it is ready to drop its bid to join NATO" (or "no sign of being ready
 * to drop it"), "Ukraine was not sending
 * signals that it was willing to back down from its ambition …", "there is no sign that Moscow will …":
 * a content clause after a sign, signal or indication that is denied states no attitude of its subject;
 * the denial negates the clause's first cue (the one it meets first; a later cue composes with that one,
 * so negating it too would cancel the denial). The walk back from the cue crosses only words of the
 * clause's subject and auxiliaries, never punctuation or another cue.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of a sign given: "no sign that", "not sending signals that", "gave no indication that". */
const SIGNAL_NOUN = wordSet(
  /^(?:sign|signs|signal|signals|indication|indications|hint|hints|evidence|suggestion|suggestions)$/,
);
const SIGNAL_DENIAL = wordSet(/^(?:no|not|never|little|nor|without|n't|n’t)$/);
/** How far back from the cue the "that" may stand ("that it was willing to …", "that the Kremlin is …"). */
const CLAUSE_REACH = 7;

/**
 * The words denying the signal whose that-clause holds the cue starting at `cueFirst` ("no indication",
 * "not sending signals"), or null. `covered(k)` says whether token k lies in another cue.
 */
export function deniedSignalBefore(
  tokens: readonly Token[],
  cueFirst: number,
  covered: (k: number) => boolean,
): string | null {
  let that = -1;
  for (let j = cueFirst - 1; j >= 0 && j >= cueFirst - CLAUSE_REACH; j--) {
    const t = tokens[j] as Token;
    if (!t.word || covered(j)) return null;
    if (t.lower === 'that' || t.lower === 'of') {
      that = j;
      break;
    }
  }
  if (that < 1 || !SIGNAL_NOUN.test(tokens[that - 1]?.lower ?? '')) return null;
  for (let k = that - 2; k >= 0 && k >= that - 5; k--) {
    const t = tokens[k] as Token;
    if (!t.word) return null;
    if (SIGNAL_DENIAL.test(t.lower) || /n['’]t$/.test(t.lower))
      return tokens
        .slice(k, that)
        .map((x) => x.text)
        .join(' ');
  }
  return null;
}
