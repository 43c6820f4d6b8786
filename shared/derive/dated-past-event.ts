/**
 * "Soviet troops withdrew from Poland in 1993, Russia's foreign ministry noted", "… pulled out of the
 * Baltic states in 1994": the demand's own words as a done act, dated to a past year, tell history. That
 * is background, not anyone's demand now; the document-level fallback credits no proposer from it.
 * (Not "Russia wants NATO out of the states that joined in 1999": no done act in the demand's words.)
 */
import { isPastYear } from './cues';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';

/**
 * A done movement of forces or members, in the past tense: "withdrew", "pulled (out)", "left", "moved",
 * "joined", "deployed". (Not a treaty's "banned": what a past agreement ruled is often cited as the
 * model of the demand, and read elsewhere.)
 */
const DONE_ACT =
  /^(?:withdrew|withdrawn|pulled|left|moved|removed|retreated|returned|joined|deployed|stationed|redeployed|relocated)$/;

/** Whether `m` holds a done act and its sentence names a past year outside the demand's words (not "since 1999"). */
export function datedPastEvent(
  tokens: readonly Token[],
  m: DemandMention,
  published: string | null | undefined,
  /** The sentence's span in the text (the tokens may be the whole document's). */
  sentence: { start: number; end: number },
): boolean {
  const year = published ? Number(published.slice(0, 4)) : null;
  if (year === null) return false;
  let done = false;
  for (let i = m.first; i <= m.last; i++) if (DONE_ACT.test(tokens[i]?.lower ?? '')) done = true;
  if (!done) return false;
  const past = (i: number) => isPastYear((tokens[i] as Token).text, year) && tokens[i - 1]?.lower !== 'since';
  for (let i = m.first - 1; i >= 0 && (tokens[i] as Token).start >= sentence.start; i--)
    if (past(i)) return true;
  for (let i = m.last + 1; i < tokens.length && (tokens[i] as Token).end <= sentence.end; i++)
    if (past(i)) return true;
  return false;
}
