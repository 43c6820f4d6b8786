/**
 * "Blinken said Russia must not be allowed to decide whether Ukraine joins NATO", "no outside power should
 * dictate who joins", "Moscow cannot have a veto over whether Kyiv joins": a say over the demand's matter
 * denied to someone. The denial governs the deciding, not what is decided: it is no ban on joining, so it
 * states no support for keeping Ukraine out (whoever says it; the ontology's own words of a denied say,
 * "no say", "no veto", read the refusal where they stand).
 */
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Verbs and nouns of a say over others' choices. */
const SAY = wordSet(
  /^(?:decide|decides|decided|dictate|dictates|dictated|determine|determines|veto|vetoes|say)$/,
);
/**
 * Verbs of a say over others after "(not) be allowed / permitted to": "Russia must not be allowed to
 * decide who joins", "… to dictate", "… to veto". The one kept from them is kept from deciding, not from
 * doing what is demanded (denied-permission.ts, prohibited-addressee.ts read a ban on the act itself).
 */
export const SAY_AFTER_ALLOWED = wordSet(
  /^(?:decide|dictate|veto|determine|choose|block|tell|instruct|have|get|set|say|impose|interfere|meddle)$/,
);
/** What the say is over: "decide whether …", "dictate who …", "a veto over …". */
const OVER = wordSet(/^(?:whether|who|whom|if|which|over|on|in)$/);
const DENIAL = /^(?:not|never|no|cannot|nobody|none|.*n['’]t)$/;

/**
 * Whether a denied say over others stands before the demand's words at `m`: a verb or noun of a say
 * ({@link SAY}) before what it is over ("whether", "who", "over") or right before the mention ("veto
 * Ukraine's accession"), at most eight words before the mention, with a denial at most five words
 * before it in the same stretch (no comma or clause break between).
 */
export function deniedSayBefore(tokens: readonly Token[], m: DemandMention): boolean {
  for (let s = m.first - 1; s >= 0 && s >= m.first - 8; s--) {
    const t = tokens[s] as Token;
    if (/^[,;:.—–()]$/.test(t.text)) return false;
    if (!SAY.test(t.lower)) continue;
    const next = tokens[s + 1];
    if (
      !next ||
      !(OVER.test(next.lower) || s + 1 === m.first || (t.lower.startsWith('veto') && s + 2 >= m.first))
    )
      continue;
    for (let k = s - 1; k >= 0 && k >= s - 5; k--) {
      const w = tokens[k] as Token;
      if (/^[,;:.—–()]$/.test(w.text)) break;
      if (DENIAL.test(w.lower)) return true;
    }
  }
  return false;
}
