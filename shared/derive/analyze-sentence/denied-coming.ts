/**
 * "Kurti said the association of Serb-majority municipalities cannot be set up", "the sanctions will not
 * be lifted, the minister said": the demand's words followed at once by a denied passive of what would
 * bring it about ("cannot be set up", "will never be lifted", "won't be closed"), with no cue of its own
 * in the clause, is the speaking party's refusal of it, as "we will not set it up" is. Read only for a
 * speaking party that did not put the demand forward (a proposer saying it is a complaint), and not
 * where a condition or a time it waits for follows ("will not be lifted until …", "unless …", "before
 * …": the demand set as conditional, read elsewhere), in a condition or question, nor for a demand told
 * as its opposite ("the troops will not be withdrawn", read in negated-passive.ts).
 */
import { clauseOf } from '../clauses';
import { partySpeaking } from '../speaker';
import { CONDITION_OPENER } from '../word-lists';
import type { Token } from '../tokens';
import type { SentenceReading } from './sentence-reading';
import { wordSet } from '../word-set';

/** The denied modal right after the demand's words: "cannot", "will not", "won't", "can never". */
const MODAL = wordSet(/^(?:will|would|can|could|shall|must)$/);
const NEGATION = wordSet(/^(?:not|never)$/);
const CONTRACTED = wordSet(/^(?:cannot|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|mustn['’]t)$/);
/** A participle of bringing about or granting: "set up", "formed", "lifted", "closed", "granted". */
const PARTICIPLE = /^(?:\w+ed|\w+en|set|built|made|put|held|done|met|won|granted|begun|undone)$/;
/** After the participle: a condition or a time the demand waits for (then it is no plain refusal). */
const WAITING = wordSet(
  /^(?:until|till|unless|before|without|if|once|while|as|so|when|except|only|pending|for|by)$/,
);

/** Where the denied passive "cannot be …" / "will not be …" opens at `k`: the index of "be", or -1. */
function deniedBe(tokens: readonly Token[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  if (CONTRACTED.test(w)) return tokens[k + 1]?.lower === 'be' ? k + 1 : -1;
  if (MODAL.test(w) && NEGATION.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'be')
    return k + 2;
  return -1;
}

export function readDeniedComings(r: SentenceReading): void {
  const { tokens, mentions, findings, cues, spans, speaker, previousSpeaker, compiled } = r;
  const speaking = partySpeaking(speaker, previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1 || findings.some((f) => f.mention === m)) continue;
    const modal = m.last + 1;
    const be = deniedBe(tokens, modal);
    if (be < 0) continue;
    // ("cannot be fully set up"): an adverb may stand before the participle.
    let p = be + 1;
    if (/ly$/.test(tokens[p]?.lower ?? '')) p++;
    if (!PARTICIPLE.test(tokens[p]?.lower ?? '')) continue;
    // ("set up", "carried out", "taken off"): the participle's particle.
    let end = p;
    if (/^(?:up|out|off|down|back|through|forward)$/.test(tokens[p + 1]?.lower ?? '')) end = p + 1;
    // "… will not be lifted until Iran complies": waiting on a condition, not refused.
    if (WAITING.test(tokens[end + 1]?.lower ?? '') || tokens[end + 1]?.lower === 'any') continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // Another cue in the clause reads the mention its own way (one after it only if it does not refuse
    // too: "… cannot be set up because it goes against the state").
    if (
      cues.some(
        (c) =>
          c.first >= clause[0] &&
          c.last <= clause[1] &&
          (c.last < m.first || (c.first > end && c.attitude !== 'rejects')),
      )
    )
      continue;
    if (tokens.slice(clause[0], m.first).some((t) => CONDITION_OPENER.test(t.lower) || t.lower === 'whether'))
      continue;
    if (tokens.slice(m.first, tokens.length).some((t) => t.text === '?')) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = speaking.parties.filter((x) => !proposers?.has(x));
    if (parties.length === 0) continue;
    r.emit(
      {
        parties,
        kind: speaking === speaker ? 'speaker' : 'previous-speaker',
        matched: speaking.matched,
        role: speaking.role,
      },
      { attitude: 'rejects', negated: false },
      r.wordsCue(modal, end, 'rejects'),
      m,
      ci,
    );
  }
}
