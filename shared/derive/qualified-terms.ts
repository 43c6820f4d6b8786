/**
 * A party that did not put a demand forward, speaking, names the demand as the subject opening its clause
 * and says what it would have to be: "any enforcement mechanism has to be two-way, fair and equal",
 * "the purchases agreed must be realistic", "enforcing a deal has to work both ways". It sets terms on
 * the thing asked of it rather than refusing it: open. Only terms of fairness between the sides (a
 * qualifier from a short list, or "work both ways"); any other predicate ("must be strong", "has to be
 * dropped") is not this construction.
 *
 * Narrow, as harmed-course.ts is: a party speaking (an analyst's view reads nothing), the demand's own
 * words opening the clause (after a quote, "that", a speech verb, a colon, or at the sentence's start),
 * the obligation ("must", "has to", "would have to", "needs to", "should") right after it with no other
 * clause or verb between, no negation ("need not be reciprocal"), no question, and no finding already
 * read for that party on the demand in the sentence.
 */
import { clauseOf } from './clauses';
import { partySpeakingOrLast } from './speaker';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

/** What may open the clause the demand is the subject of: a quote, "that", a speech verb, a colon. */
const OPENS_CLAUSE =
  /^(?:["“‘':;—–]|that|said|says|told|tells|warned|warns|cautioned|argued|argues|added|insisted|insists|stressed|stresses)$/;
/** Determiners the demand's words may follow at the clause's start: "any enforcement mechanism …". */
const DETERMINER = wordSet(/^(?:any|the|a|an|such|this|that|whatever)$/);
/** What ends the search for the obligation: another clause, another verb, a negation. */
const BREAK =
  /^(?:[,;:—–()?!.]|that|which|who|whom|whose|if|unless|because|while|but|and|or|says|said|say|is|are|was|were|not|never|n't|no)$/;
/** Single words of obligation: "must", "should". */
const MODAL = wordSet(/^(?:must|should)$/);
/** Obligation verbs before "to": "has to", "needs to" (after "would"/"will": "would have to"). */
const OBLIGED_TO = wordSet(/^(?:has|have|needs?|ought)$/);
/** Words between the modal and the qualifier: "be", "be truly", "remain strictly". */
const LINK = wordSet(
  /^(?:be|remain|stay|also|always|truly|genuinely|fully|strictly|both|mutually|["“”'‘’])$/,
);
/** Terms of fairness between the sides. */
const FAIR_TERMS = wordSet(
  /^(?:two-way|reciprocal|mutual|balanced|fair|equal|even-handed|equitable|realistic|reasonable|proportionate)$/,
);

/** Where the obligation within a few words after `last` starts, and the index after it; null if none. */
function obligationAfter(tokens: readonly Token[], last: number): { start: number; next: number } | null {
  for (let k = last + 1; k <= last + 6 && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (MODAL.test(w)) return { start: k, next: k + 1 };
    if (
      /^(?:would|will)$/.test(w) &&
      OBLIGED_TO.test(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.lower === 'to'
    )
      return { start: k, next: k + 3 };
    if (OBLIGED_TO.test(w) && tokens[k + 1]?.lower === 'to') return { start: k, next: k + 2 };
    if (BREAK.test(w)) return null;
  }
  return null;
}

/** Verbs of running between the sides: "work both ways", "go in both directions". */
const RUNNING = wordSet(/^(?:work|go|run|apply)$/);
/** Nouns of fair terms after "based on": "be based on reciprocity", "based on equality". */
const FAIR_BASIS = wordSet(/^(?:reciprocity|equality|parity)$/);

/** Where the terms after the obligation at `k` end ("be two-way", "work both ways"), or -1. */
function termsEnd(tokens: readonly Token[], k: number): number {
  if (RUNNING.test(tokens[k]?.lower ?? '')) {
    const w = (i: number) => tokens[k + i]?.lower ?? '';
    if (w(1) === 'both' && w(2) === 'ways') return k + 2;
    if (w(1) === 'in' && w(2) === 'both' && w(3) === 'directions') return k + 3;
    return -1;
  }
  // ("must be based on reciprocity")
  if (tokens[k]?.lower === 'be' && tokens[k + 1]?.lower === 'based' && tokens[k + 2]?.lower === 'on')
    return FAIR_BASIS.test(tokens[k + 3]?.lower ?? '') ? k + 3 : -1;
  let n = k;
  while (n <= k + 3 && LINK.test(tokens[n]?.lower ?? '')) n++;
  if (n === k) return -1;
  const w = tokens[n]?.lower ?? '';
  if (FAIR_TERMS.test(w)) return n;
  // ("two way", "two - way", written apart.)
  if (w === 'two' && tokens[n + 1]?.lower === 'way') return n + 1;
  if (w === 'two' && tokens[n + 1]?.text === '-' && tokens[n + 2]?.lower === 'way') return n + 2;
  return -1;
}

/**
 * (termsEnd ends the terms only on a word of FAIR_TERMS or FAIR_BASIS, or on "ways", "directions", "way"
 * ("work both ways", "in both directions", "two way"): without one, nothing is read.)
 */
const TERMS_WORD = triggerList(FAIR_TERMS, FAIR_BASIS, 'ways', 'directions', 'way');

export function readQualifiedTerms(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  if (!holdsTrigger(tokens, TERMS_WORD)) return;
  if (r.facts.question) return;
  const speaking = partySpeakingOrLast(r.speaker, r.previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    let b = m.first - 1;
    while (b >= 0 && DETERMINER.test(tokens[b]?.lower ?? '') && tokens[b]?.lower !== 'that') b--;
    if (b >= 0 && !OPENS_CLAUSE.test(tokens[b]?.lower ?? '')) continue;
    // (A noun or gerund naming the demand, not an infinitive: "to enforce …" is no subject.)
    if (tokens[m.first]?.lower === 'to') continue;
    const obligation = obligationAfter(tokens, m.last);
    if (!obligation) continue;
    const end = termsEnd(tokens, obligation.next);
    if (end < 0) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = speaking.parties.filter(
      (p) => !proposers?.has(p) && !findings.some((f) => f.demand === m.demand && f.party === p),
    );
    if (parties.length === 0) continue;
    r.emit(
      { parties, kind: 'speaker', matched: speaking.matched, role: speaking.role },
      { attitude: 'open', negated: false },
      r.wordsCue(obligation.start, end, 'open'),
      m,
      Math.max(0, clauseOf(spans, obligation.start)),
    );
  }
}
