/**
 * "Allied troops will not be withdrawn from Poland, Stoltenberg said": a negated future passive of the
 * demand's own restriction ("will not be withdrawn", "would never be halted", "won't be pulled back"),
 * with no cue of its own in the clause, is the speaker's declaration that it will not be done — the
 * refusal "NATO will not withdraw its troops" states in the active. Read only for a speaking party
 * that did not put the demand forward (a proposer saying it is a complaint, not a refusal), and not in
 * a condition or a question ("if the troops would not be withdrawn", "whether …").
 */
import { clauseOf } from '../clauses';
import { partySpeaking } from '../speaker';
import { CONDITION_OPENER } from '../word-lists';
import type { Token } from '../tokens';
import type { SentenceReading } from './sentence-reading';
import { wordSet } from '../word-set';

const FUTURE = wordSet(/^(?:will|would|shall)$/);
const NEGATION = wordSet(/^(?:not|never)$/);
const CONTRACTED = wordSet(/^(?:won|wouldn)['’]t$/);

/** Index of the modal opening "will not be …" inside [first, last], and where "be" stands; or null. */
function negatedFuturePassive(
  tokens: readonly Token[],
  first: number,
  last: number,
): { modal: number; be: number } | null {
  for (let p = first + 1; p < last; p++) {
    const t = tokens[p] as Token;
    if (CONTRACTED.test(t.lower) && tokens[p + 1]?.lower === 'be') return { modal: p, be: p + 1 };
    if (FUTURE.test(t.lower) && NEGATION.test(tokens[p + 1]?.lower ?? '') && tokens[p + 2]?.lower === 'be')
      return { modal: p, be: p + 2 };
  }
  return null;
}

export function readNegatedPassives(r: SentenceReading): void {
  const { tokens, mentions, findings, cues, spans, speaker, previousSpeaker, compiled } = r;
  const speaking = partySpeaking(speaker, previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind !== 'frame' || m.direction !== -1 || findings.some((f) => f.mention === m)) continue;
    const at = negatedFuturePassive(tokens, m.first, m.last);
    // (The restriction follows "be": "troops will not be withdrawn", not "troops will not stay".)
    if (!at || at.be >= m.last) continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // Another cue in the clause reads the mention its own way.
    if (cues.some((c) => c.first >= clause[0] && c.last <= clause[1])) continue;
    if (tokens.slice(clause[0], m.first).some((t) => CONDITION_OPENER.test(t.lower) || t.lower === 'should'))
      continue;
    if (tokens.slice(m.first, m.last + 1).some((t) => t.text === '?')) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = speaking.parties.filter((p) => !proposers?.has(p));
    if (parties.length === 0) continue;
    r.emitDeclaredIntent(speaking, parties, at.modal, at.be, m, ci);
  }
}
