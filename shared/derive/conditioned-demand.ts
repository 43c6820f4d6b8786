/**
 * A demand named as the subject of its clause and said to come only on a condition: "talks could come
 * only after the troops have left", "a truce will follow once a roadmap is agreed", "pulling the forces
 * out depends on the insurgents keeping their word". The speaking party (not the demand's proposer) is
 * open to the demand on that condition — never support. Only a coming of the demand ("come", "follow",
 * "happen", "be possible") before "only after/once/when/if", "once", "if", "provided", or a dependence
 * ("depends on", "hinges on", "is conditional on"); a denied or past coming ("will not come until",
 * "came only after weeks of fighting") reads nothing, and so does a sentence with no party speaking.
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { SPEECH, partySpeakingOrLast } from './speaker';

/** What may stand before the demand's words when they open a clause: "said (that) (a) ceasefire …". */
const OPENER = wordSet(/^(?:that|,|:|"|“|the|a|an|any|such)$/);
/** The modal or copula before the coming: "could come", "would only follow", "is possible". */
const MODAL = wordSet(/^(?:will|would|can|could|may|might|is|are|was|were|be|only|then|still)$/);
/** A coming of the demand (present, bare or backshifted copula with "possible"). */
const COMING = wordSet(
  /^(?:come|comes|follow|follows|happen|happens|begin|begins|start|starts|resume|resumes|proceed|proceeds|possible|feasible)$/,
);
/** "take place", "go ahead" as a coming. */
const COMING_PAIR = new Map([
  ['take', 'place'],
  ['takes', 'place'],
  ['go', 'ahead'],
  ['goes', 'ahead'],
]);
/** A dependence of the demand: "depends on", "would hinge on", "is conditional on". */
const DEPENDS = wordSet(
  /^(?:depends|depend|hinges|hinge|rests|rest|conditional|contingent|conditioned|dependent)$/,
);
const NEGATION = wordSet(/^(?:not|never|no|cannot|can't|won't|wouldn't|couldn't|n't)$/);

/** Whether a condition opens at `k`: "only after/once/when/if", "once", "if", "provided", "on condition". */
function conditionAt(tokens: readonly Token[], k: number, only: boolean): boolean {
  const w = tokens[k]?.lower ?? '';
  // ("would only come after …": the "only" before the verb.)
  if (only && /^(?:after|when)$/.test(w)) return true;
  const next = tokens[k + 1]?.lower ?? '';
  if (w === 'only') return /^(?:after|once|when|if)$/.test(next);
  if (w === 'once' || w === 'if' || w === 'provided') return true;
  return w === 'on' && next === 'condition';
}

/** The token ending the predicate of a demand conditioned from `k` on, or -1. */
function conditionedPredicate(tokens: readonly Token[], k: number): number {
  let v = k;
  let only = false;
  while (v <= k + 3 && MODAL.test(tokens[v]?.lower ?? '')) {
    if (tokens[v]?.lower === 'only') only = true;
    v++;
  }
  const verb = tokens[v]?.lower ?? '';
  if (NEGATION.test(verb)) return -1;
  if (DEPENDS.test(verb)) {
    const on = tokens[v + 1]?.lower ?? '';
    return on === 'on' || on === 'upon' ? v + 1 : -1;
  }
  let end = -1;
  if (COMING.test(verb)) end = v;
  else if (COMING_PAIR.get(verb) === tokens[v + 1]?.lower) end = v + 1;
  if (end < 0) return -1;
  // ("is possible": a copula must carry "possible", "feasible".)
  if (/^(?:possible|feasible)$/.test(verb) && !/^(?:is|are|was|were|be)$/.test(tokens[v - 1]?.lower ?? ''))
    return -1;
  return conditionAt(tokens, end + 1, only) ? end : -1;
}

export function readConditionedDemands(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  const speaking = partySpeakingOrLast(r.speaker, r.previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    // The demand's words open their clause: at the sentence's start, or after "said (that)", a comma.
    const before = tokens[m.first - 1];
    if (before && !OPENER.test(before.lower) && !SPEECH.has(before.lower) && !/^["“]$/.test(before.text))
      continue;
    if (before && /^(?:the|a|an|any|such)$/.test(before.lower)) {
      const b2 = tokens[m.first - 2];
      if (b2 && !/^(?:that|,|:|"|“)$/.test(b2.lower) && !SPEECH.has(b2.lower)) continue;
    }
    // Its predicate right after its words, or after a short complement ("talks with Kabul could come").
    let end = -1;
    let k = m.last + 1;
    for (; k <= m.last + 4 && k < tokens.length; k++) {
      end = conditionedPredicate(tokens, k);
      if (end >= 0) break;
      if (!tokens[k]?.word || /^(?:that|which|who|and|but|or)$/.test(tokens[k]?.lower ?? '')) break;
    }
    if (end < 0) continue;
    const parties = speaking.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p));
    if (parties.length === 0) continue;
    if (findings.some((f) => f.demand === m.demand && parties.includes(f.party))) continue;
    const cue = r.wordsCue(k, end, 'open');
    const holder = { parties, kind: 'speaker' as const, matched: speaking.matched, role: speaking.role };
    r.emit(holder, { attitude: 'open', negated: false }, cue, m, Math.max(0, clauseOf(spans, m.first)));
  }
}
