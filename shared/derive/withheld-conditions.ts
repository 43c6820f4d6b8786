/**
 * A step withheld until a demand is met: "Tehran will not return to the accord unless Washington lifts
 * the sanctions", "Iran would not give up its gains without firm guarantees", "there will be no deal
 * without guarantees". The one refusing to act sets the demand as its condition: it wants it. Only for a
 * holder that put the demand forward, and only for a refusal still to come (a modal or a present
 * "does not"), not a past fact ("it never acted without consulting"). Two more forms where the refused
 * thing is an agreement itself: "no deal is possible until the troops leave", "will not sign anything
 * that does not include a halt to enlargement" (not "will not leave the talks until …").
 */
import { clauseOf } from './clauses';
import { makeCue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

/** "without" or "unless": what the refused step waits for. */
const OPENER = wordSet(/^(?:without|unless)$/);
/** "until" waits for the demand only where what is refused is an agreement: "no deal until the troops leave". */
const UNTIL = wordSet(/^until$/);
/**
 * An agreement refused or ruled out: the noun or the verb the main clause negates ("no deal",
 * "will not sign", "a treaty could not be concluded").
 */
const AGREEMENT =
  /^(?:deal|deals|agreement|agreements|accord|accords|treaty|treaties|peace|settlement|talks|negotiations|sign|signing|signed|conclude|concluded|concluding)$/;
/** "anything that does not include …": the refused text must contain the demand. */
const INCLUDE = wordSet(/^(?:include|includes|contain|contains|guarantee|guarantees)$/);
const RELATIVE = wordSet(/^(?:that|which)$/);
/** Between the negation and the agreement it falls on. */
const AGREEMENT_FILLER = wordSet(
  /^(?:be|been|being|a|an|the|any|such|final|formal|lasting|comprehensive|new|peace|signed|sign|conclude|concluded|reached|reach|possible|is|are|can|could|will|would)$/,
);

function negatesAgreement(tokens: readonly Token[], neg: number, end: number): boolean {
  for (let k = neg + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (AGREEMENT.test(t.lower)) return true;
    if (!AGREEMENT_FILLER.test(t.lower)) return false;
  }
  return false;
}
/** Between "without" and the demand's words: determiners and the demand's own adjectives only. */
export const WITHOUT_FILLER = wordSet(
  /^(?:the|a|an|any|some|its|their|full|complete|real|genuine|firm|clear|such)$/,
);
/** The refusal: a negation of the main clause. */
const NEGATION = /^(?:not|never|n't|cannot)$|n['’]t$/;
/** A refusal verb before "to sign …": "refused to sign any deal that did not include …". */
const REFUSAL = wordSet(/^(?:refuse|refuses|refused|refusing|declined|declines|decline)$/);
/** Still to come: a modal or a present auxiliary carrying the negation. */
const ABIDING = wordSet(
  /^(?:will|would|shall|can|could|must|does|do|is|are|am|wo|ca|won['’]t|wouldn['’]t|can['’]t|cannot|couldn['’]t|doesn['’]t|don['’]t|isn['’]t|aren['’]t|shan['’]t|mustn['’]t)$/,
);
/** Where the main clause's reach back ends. */
const BREAK = wordSet(/^[;:—–()"“”?]$/);
/** A negation inside the condition makes it no ask: "unless sanctions are not lifted", "unless it fails to". */
const CONDITION_NEGATION =
  /^(?:not|never|no|n't|fail|fails|failed|refuse|refuses|refused|decline|declines|declined|stop|stops|stopped)$|n['’]t$/;

/** (Each condition read below opens on a word of OPENER, INCLUDE or UNTIL: without one, nothing is.) */
const WITHHELD_OPENER = triggerList(OPENER, INCLUDE, UNTIL);

export function readWithheldConditions(r: SentenceReading): void {
  const { tokens, mentions, spans, findings, compiled } = r;
  if (!holdsTrigger(tokens, WITHHELD_OPENER)) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    // The opener right before the demand's words ("without firm guarantees") or opening its clause
    // ("unless Washington lifts the sanctions").
    let at = -1;
    for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
      const t = tokens[k] as Token;
      if (t.text === ',' || BREAK.test(t.text)) break;
      if (OPENER.test(t.lower)) {
        at = k;
        break;
      }
    }
    // "(will not sign anything) that does not include a halt to …": the relative's negation is the
    // condition's, the refusal is before "that".
    let reach = -1;
    let included = false;
    if (at < 0) {
      // (the demand's words within a few of "include": "include the release of the prisoners")
      let k = m.first - 1;
      while (
        k > m.first - 5 &&
        k > 0 &&
        !INCLUDE.test(tokens[k]?.lower ?? '') &&
        !BREAK.test(tokens[k]?.text ?? '')
      )
        k--;
      if (
        INCLUDE.test(tokens[k]?.lower ?? '') &&
        NEGATION.test(tokens[k - 1]?.lower ?? '') &&
        /^(?:does|do|did|would|will)$/.test(tokens[k - 2]?.lower ?? '') &&
        RELATIVE.test(tokens[k - 3]?.lower ?? '')
      ) {
        at = k;
        reach = k - 3;
        included = true;
      }
    }
    if (at < 0) {
      for (let k = m.first - 1; k >= Math.max(0, m.first - 8); k--) {
        const t = tokens[k] as Token;
        if (t.text === ',' || BREAK.test(t.text)) break;
        if (UNTIL.test(t.lower)) {
          at = k;
          break;
        }
      }
      if (at >= 0) reach = at;
    }
    if (at < 0) continue;
    const opener = tokens[at] as Token;
    if (
      opener.lower === 'without' &&
      tokens.slice(at + 1, m.first).some(
        (t) =>
          !WITHOUT_FILLER.test(t.lower) &&
          // ("without Iran's return to compliance": the one whose step it is.)
          !/^['’]s$/.test(t.text) &&
          !r.actors.some((a) => a.first <= t.i && t.i <= a.last),
      )
    )
      continue;
    if (
      tokens.slice(at + 1, Math.min(tokens.length, m.last + 3)).some((t) => CONDITION_NEGATION.test(t.lower))
    )
      continue;
    // The refusal before it, in the same stretch of the sentence: "will not …", "would never …",
    // "there can be no …".
    let neg = -1;
    const from = reach >= 0 ? reach : at;
    // ("any deal that …", "sign anything that …")
    if (
      included &&
      !AGREEMENT.test(tokens[reach - 1]?.lower ?? '') &&
      !(tokens[reach - 1]?.lower === 'anything' && AGREEMENT.test(tokens[reach - 2]?.lower ?? ''))
    )
      continue;
    let refused = false;
    for (let k = from - 1; k >= Math.max(0, from - 14); k--) {
      const t = tokens[k] as Token;
      if (BREAK.test(t.text) || t.text === ',' || /^(?:but|and|or|if|while|because)$/.test(t.lower)) break;
      // ("refused to sign any deal that did not include …": the refusal is a verb.)
      if (included && REFUSAL.test(t.lower) && tokens[k + 1]?.lower === 'to') {
        neg = k + 1;
        refused = true;
        break;
      }
      const no =
        t.lower === 'no' &&
        (/^(?:be|is)$/.test(tokens[k - 1]?.lower ?? '') ||
          // ("no agreement is possible until …")
          (reach >= 0 && negatesAgreement(tokens, k, from)));
      if (NEGATION.test(t.lower) || no) {
        neg = k;
        break;
      }
    }
    if (neg < 0) continue;
    // "until" and "that does not include": only where the negation falls on an agreement itself
    // ("no deal", "will not sign any treaty", "a treaty could not be concluded"), not on another
    // step ("will not leave the talks until …").
    if (reach >= 0 && !negatesAgreement(tokens, neg, reach)) continue;
    const aux = tokens[neg]?.lower ?? '';
    const before = tokens[neg - 1]?.lower ?? '';
    const abiding =
      refused ||
      ABIDING.test(aux) ||
      ABIDING.test(before) ||
      (aux === 'no' && ABIDING.test(tokens[neg - 2]?.lower ?? '')) ||
      (aux === 'no' && reach >= 0 && tokens.slice(neg + 1, from).some((t) => ABIDING.test(t.lower)));
    if (!abiding) continue;
    const ci = clauseOf(spans, neg);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const holder =
      r.subjectBefore(refused ? neg - 1 : neg, clause) ??
      (tokens[neg - 2]?.lower === 'there' ||
      tokens[neg - 3]?.lower === 'there' ||
      (aux === 'no' && reach >= 0)
        ? r.partyOf(r.speaker)
        : null);
    if (!holder) continue;
    // "would not sign any agreement that did not include a ceasefire": the two negations make the
    // demand a condition of the one refusing; no later reading of the relative's "not" (or of the
    // refusal) as its rejecting the demand stands, whoever the holder (see analyzeSentence).
    if (included) (r.agreementConditions ??= []).push({ mention: m, parties: holder.parties });
    const proposers = compiled.proposers.get(m.demand);
    if (!holder.parties.every((p) => proposers?.has(p))) continue;
    const parties = holder.parties.filter(
      (p) => !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    r.emit(
      { ...holder, parties },
      { attitude: 'supports', negated: false },
      makeCue({
        first: at,
        last: at,
        attitude: 'supports',
        text: opener.text,
        negated: false,
        negation: null,
      }),
      m,
      clauseOf(spans, m.first) < 0 ? ci : clauseOf(spans, m.first),
    );
  }
}
