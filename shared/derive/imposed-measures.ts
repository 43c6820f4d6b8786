/**
 * A measure the demand would take away, imposed or raised by the side asked to take it away:
 * "Washington slapped new tariffs on Chinese goods", "the White House threatened an extra 10 percent
 * tariff on …", "the EU imposed fresh sanctions on …". Putting more of it in place is the plainest
 * refusal of the demand to remove it, by the side the demand is put to. Only the bare thing the demand
 * restricts (a frame's subject with no restriction of its own), right after the verb with nothing but
 * its size and kind between; only a holder the demand is addressed to (a proposer imposing measures of
 * its own, "Beijing slapped tariffs on US farm goods", is retaliation, no stance on the other's); not
 * denied, not merely possible ("could raise"), not governed by a cue of its own ("refused to impose"),
 * and not a past step dated to a year ("in 2018 Trump reimposed sanctions" tells history, not today's
 * position).
 */
import { clauseOf } from './clauses';
import type { Cue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Verbs putting (more of) a measure in place. */
const IMPOSING = wordSet(
  /^(?:impose[sd]?|imposing|re-?impose[sd]?|re-?imposing|slap(?:s|ped|ping)?|lev(?:y|ies|ied|ying)|raise[sd]?|raising|hike[sd]?|hiking|increase[sd]?|increasing|threaten(?:s|ed|ing)?|tighten(?:s|ed|ing)?|announce[sd]?|announcing)$/,
);
/** Words of size and kind between the verb and the measure: "an extra 10 percent", "fresh", "higher". */
const SIZE_AND_KIND = wordSet(
  /^(?:a|an|the|new|fresh|extra|additional|further|more|higher|steeper|heavier|tougher|stiffer|harsher|sweeping|punitive|broad|wider|another|percent|per|cent|pc|%|\$|billion|million)$/,
);
const NUMBER = /^[$€£]?\d[\d.,]*%?$/;
/** Words before the verb that deny it or make it only a possibility: "did not impose", "could raise". */
const WITHHELD = wordSet(
  /^(?:not|never|no|n't|won't|wouldn't|didn't|hasn't|haven't|could|might|may|without|refrain|refrained|avoid|avoided)$/,
);
const GOING_ON = wordSet(/^(?:keep|keeps|kept|keeping|continue|continues|continued|continuing)$/);
/** Nouns of a formal challenge whose "against" names what it contests: "a complaint against the tariffs". */
const CHALLENGE = wordSet(
  /^(?:complaints?|case|cases|proceedings|suit|suits|lawsuits?|challenges?|appeals?|dispute)$/,
);
/** Verbs contesting what follows: "challenged the tariffs", "is contesting the sanctions". */
const CONTESTING = wordSet(/^(?:challenge[sd]?|challenging|contest(?:s|ed|ing)?)$/);
const YEAR = /^(?:19|20)\d\d$/;

export function readImposedMeasures(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, compiled } = r;
  for (const m of mentions) {
    if (m.kind !== 'frame' || m.direction !== -1 || m.match.includes(' + ')) continue;
    const addressees = compiled.addressees.get(m.demand);
    if (!addressees?.size) continue;
    let k = m.first - 1;
    while (k >= 0 && (SIZE_AND_KIND.test(tokens[k]?.lower ?? '') || NUMBER.test(tokens[k]?.text ?? ''))) k--;
    const verb = tokens[k];
    if (!verb || !IMPOSING.test(verb.lower)) continue;
    // ("raised tariffs with Beijing": a topic brought up, read as such by the frame.)
    if (tokens.slice(m.last + 1, m.last + 6).some((t) => t.lower === 'with')) continue;
    if (tokens.slice(Math.max(0, k - 3), k).some((t) => WITHHELD.test(t.lower))) continue;
    // ("kept raising tariffs", "continued to impose …": going on with it leaves it standing.)
    if (cues.some((c) => c.last < k && c.last >= k - 3 && !GOING_ON.test(tokens[c.first]?.lower ?? '')))
      continue;
    const ci = clauseOf(spans, k);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // (A year anywhere in the sentence dates the step: "since 2018, when Trump … reimposed sanctions".)
    if (tokens.some((t) => YEAR.test(t.text))) continue;
    // ("The administration turned to bullying, raising tariffs …": the subject the participle shares.)
    const holder = r.subjectBefore(k, clause) ?? (ci > 0 ? r.coordinatedHolder(ci) : null);
    if (!holder) continue;
    const parties = holder.parties.filter(
      (p) => addressees.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    const cue: Cue = {
      first: k,
      last: k,
      attitude: 'supports',
      text: (verb as Token).text,
      negated: false,
      negation: null,
    };
    r.emit({ ...holder, parties }, { attitude: 'supports', negated: false }, cue, m, ci);
  }
}

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
    const cue: Cue = {
      first: at,
      last: at,
      attitude: 'rejects',
      text: (tokens[at] as Token).text,
      negated: false,
      negation: null,
    };
    r.emit({ ...holder, parties }, { attitude: 'rejects', negated: false }, cue, m, ci);
  }
}
