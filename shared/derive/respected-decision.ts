/**
 * "Kabul respects the US decision to withdraw its forces", "he respected whatever decision the United
 * States takes on a pullout of its troops", "we will respect any choice Washington makes about the
 * tariffs": a side that did not put the demand forward, respecting another side's decision on the act the
 * demand asks for, accepts the act without pressing for it: open, cited from "respect" to the decision's
 * last word before the act. (Backing another's choice whichever way it goes, "would stand behind Kyiv
 * whatever it decides", is a non-answer: deference.ts.)
 *
 * Narrow: the verb, not the noun ("with respect to", "mutual respect"); not negated ("does not respect
 * the decision" is left as before); the act named in the demand's own words (a decision to keep the
 * troops is no acceptance of their withdrawal) right after the decision; the one who respects is the
 * clause's subject, and the side that proposed the demand is left to its own reading.
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

const RESPECT = wordSet(/^(?:respect|respects|respected|respecting)$/);
/** Words before "respect" that make it a noun: "with respect to", "in respect of", "mutual respect". */
const NOUN_BEFORE = wordSet(/^(?:with|in|of|mutual|full|great|deep|due|self|-)$/);
/** A negation just before the verb: "does not respect", "never respected". */
const NEGATION = /^(?:not|never|n't)$|n['’]t$/;
/** What may stand between "respect" and the decision: "the", "any", "whatever", "its own", "final". */
const BEFORE_DECISION = wordSet(
  /^(?:the|any|whatever|whichever|its|their|his|her|own|final|sovereign|eventual|'s|’s)$/,
);
const DECISION = wordSet(/^(?:decision|decisions|choice|choices)$/);
/** Verbs of the chooser's clause: "whatever decision Washington takes / makes / reaches". */
const TAKING = wordSet(/^(?:takes|took|take|makes|made|make|reaches|reached|reach)$/);
const PRONOUN = wordSet(/^(?:it|they|he|she|we)$/);
/** Prepositions naming what the decision is about: "on", "about", "over", "regarding". */
const ABOUT = wordSet(/^(?:on|about|over|regarding|concerning)$/);

/** The index of the decision noun after "respect" at `i` ("respects the US decision"), or -1. */
function decisionAfter(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  i: number,
): number {
  let k = i + 1;
  while (k <= i + 6 && k < tokens.length) {
    const w = tokens[k]?.lower ?? '';
    if (DECISION.test(w)) return k;
    const actor = actors.find((a) => a.first === k);
    if (actor) k = actor.last + 1;
    else if (BEFORE_DECISION.test(w)) k++;
    else return -1;
  }
  return -1;
}

/** Where the decision at `d` hands over to the act decided ("… decision to", "… takes on"), or -1. */
function decisionEnd(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  d: number,
): number {
  const next = tokens[d + 1]?.lower ?? '';
  // ("the decision to withdraw …": the act starts at "to", the cue ends on the decision.)
  if (next === 'to') return d;
  if (ABOUT.test(next)) return d + 1;
  // ("the decision by Washington to pull …", "the choice of Kyiv on …": the one deciding named after it.)
  if (next === 'by' || next === 'of') {
    let n = d + 2;
    if (tokens[n]?.lower === 'the') n++;
    const decider = actors.find((a) => a.first === n && a.kind !== 'adjective');
    if (!decider) return -1;
    const after = tokens[decider.last + 1]?.lower ?? '';
    if (after === 'to') return decider.last;
    return ABOUT.test(after) ? decider.last + 1 : -1;
  }
  // ("whatever decision the United States takes on …")
  let k = d + 1;
  if (tokens[k]?.lower === 'the') k++;
  const chooser = actors.find((a) => a.first === k && a.kind !== 'adjective');
  if (chooser) k = chooser.last + 1;
  else if (PRONOUN.test(tokens[k]?.lower ?? '')) k++;
  else return -1;
  if (!TAKING.test(tokens[k]?.lower ?? '')) return -1;
  return ABOUT.test(tokens[k + 1]?.lower ?? '') ? k + 1 : -1;
}

/** (Each decision read below is respected by a word of RESPECT: without one, nothing is read.) */
const RESPECT_WORD = triggerList(RESPECT);

export function readRespectedDecisions(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings, input } = r;
  if (!holdsTrigger(tokens, RESPECT_WORD)) return;
  if (r.facts.question) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!RESPECT.test(tokens[i]?.lower ?? '') || NOUN_BEFORE.test(tokens[i - 1]?.lower ?? '')) continue;
    if (NEGATION.test(tokens[i - 1]?.lower ?? '') || NEGATION.test(tokens[i - 2]?.lower ?? '')) continue;
    const d = decisionAfter(tokens, input.actors, i);
    if (d < 0) continue;
    const end = decisionEnd(tokens, input.actors, d);
    if (end < 0) continue;
    // The act decided: the demand's own words right after the decision ("… decision to withdraw …",
    // "… takes on a possible pullout of …").
    const m = mentions.find(
      (x) => x.kind !== 'reference' && x.direction === 1 && x.first > end && x.first <= end + 4,
    );
    if (!m) continue;
    const ci = Math.max(0, clauseOf(spans, i));
    const span = spans[ci] as [number, number];
    const holder = r.subjectBefore(i, [span[0], i - 1]);
    if (!holder) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = holder.parties.filter(
      (p) => !proposers?.has(p) && !findings.some((f) => f.demand === m.demand && f.party === p),
    );
    if (parties.length === 0) continue;
    r.emit({ ...holder, parties }, { attitude: 'open', negated: false }, r.wordsCue(i, end, 'open'), m, ci);
  }
}
