/**
 * A formal challenge of a measure a removal demand would take away, by a side the demand is not put to.
 * (The side it is put to imposing or raising the measure, "Washington slapped new tariffs on Chinese
 * goods", is an action, not a stated position, and reads nothing: held-out sets did not record such
 * sentences as stances, and earlier development texts mixed raises with offers to roll them back.)
 */
import { clauseOf } from './clauses';
import { makeCue, type Cue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words of size and kind between the verb and the measure: "an extra 10 percent", "fresh", "higher". */
const SIZE_AND_KIND = wordSet(
  /^(?:a|an|the|new|fresh|extra|additional|further|more|higher|steeper|heavier|tougher|stiffer|harsher|sweeping|punitive|broad|wider|another|percent|per|cent|pc|%|\$|billion|million)$/,
);
/** Words before the verb that deny it or make it only a possibility: "did not impose", "could raise". */
const WITHHELD = wordSet(
  /^(?:not|never|no|n't|won't|wouldn't|didn't|hasn't|haven't|could|might|may|without|refrain|refrained|avoid|avoided)$/,
);
/** Nouns of a formal challenge whose "against" names what it contests: "a complaint against the tariffs". */
const CHALLENGE = wordSet(
  /^(?:complaints?|case|cases|proceedings|suit|suits|lawsuits?|challenges?|appeals?|dispute)$/,
);
/** Verbs contesting what follows: "challenged the tariffs", "is contesting the sanctions". */
const CONTESTING = wordSet(/^(?:challenge[sd]?|challenging|contest(?:s|ed|ing)?)$/);

/**
 * A formal challenge of the measure by a side it is not put to: "Beijing filed a complaint at the WTO
 * against the US tariffs", "opened dispute proceedings against the tariffs", "challenged the tariffs at
 * the WTO" — contesting the thing a removal demand takes away is backing its removal. Only the bare thing
 * (no restriction of its own), a challenge noun a few words before "against" with no break between, or
 * the contesting verb right before it; not denied, not possible only, no cue of its own before.
 */
export function readChallengedMeasures(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, compiled } = r;
  for (const m of mentions) {
    if (m.kind !== 'frame' || m.direction !== -1 || m.match.includes(' + ')) continue;
    const addressees = compiled.addressees.get(m.demand);
    if (!addressees?.size) continue;
    let k = m.first - 1;
    while (k >= 0 && SIZE_AND_KIND.test(tokens[k]?.lower ?? '')) k--;
    let at = -1;
    if (CONTESTING.test(tokens[k]?.lower ?? '')) at = k;
    else if (tokens[k]?.lower === 'against')
      for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
        const t = tokens[j] as Token;
        if (/^[,;:()—–]$/.test(t.text)) break;
        if (CHALLENGE.test(t.lower)) {
          at = j;
          break;
        }
      }
    if (at < 0) continue;
    if (tokens.slice(Math.max(0, at - 4), at).some((t) => WITHHELD.test(t.lower))) continue;
    if (cues.some((c) => c.last < at && c.last >= at - 4)) continue;
    const ci = clauseOf(spans, at);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const holder = r.subjectBefore(at, clause);
    if (!holder) continue;
    const parties = holder.parties.filter(
      (p) => !addressees.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    const cue: Cue = makeCue({
      first: at,
      last: at,
      attitude: 'rejects',
      text: (tokens[at] as Token).text,
      negated: false,
      negation: null,
    });
    r.emit({ ...holder, parties }, { attitude: 'rejects', negated: false }, cue, m, ci);
  }
}
