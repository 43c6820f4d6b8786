/**
 * "Pashinyan denied that he wants to replace the constitution because Baku demands it", "Kyiv does not
 * want talks just because Washington asked for them": a negation before a "because" clause in which
 * another party demands the same step. What is denied may be the motive (he wants it, but not on the
 * other party's say-so) as much as the step, so the refusal read off the negation is left unclear.
 */
import type { SentenceReading } from './sentence-reading';
import { wordSet } from '../word-set';

/** The other party's demand named as the motive: "because Baku demands it", "because the EU asked". */
const DEMANDING = wordSet(
  /^(?:demands|demanded|demanding|wants|wanted|asks|asked|insists|insisted|requires|required|requested|requests|dictates|dictated|pressed|pressures|pressured|told)$/,
);
/** Words that end the stretch after the demand in which the "because" may stand. */
const STOP = /^[;:—–()"“”]$/;

export function readDeniedMotives(r: SentenceReading): void {
  const { tokens, findings, actors } = r;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (!f || !f.negated || f.stance !== 'rejects') continue;
    // "because" within a few words past the demand's words, in the same stretch.
    let because = -1;
    for (let k = f.mention.last + 1; k <= Math.min(tokens.length - 1, f.mention.last + 4); k++) {
      const t = tokens[k];
      if (!t || STOP.test(t.text) || t.text === ',') break;
      if (t.lower === 'because') {
        because = k;
        break;
      }
    }
    if (because < 0) continue;
    // Another party right after it ("because Baku …", "because the EU …"), then a verb of demanding.
    const other = actors.find(
      (a) =>
        (a.first === because + 1 || (a.first === because + 2 && tokens[because + 1]?.lower === 'the')) &&
        a.parties.length > 0 &&
        !a.parties.some((p) => p === f.party),
    );
    if (!other) continue;
    const verb = tokens[other.last + 1];
    if (!verb || !DEMANDING.test(verb.lower)) continue;
    findings[i] = { ...f, stance: 'unclear' };
  }
}
