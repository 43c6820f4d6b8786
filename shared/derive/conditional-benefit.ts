/**
 * A measure a demand asks for, judged by the speaker as making things safer were it agreed: "If more
 * openness about drills could be agreed and kept to, that would strengthen security in Europe, she
 * said", "… said that if mutual limits on missiles were accepted, it would make the continent safer".
 * The speaking party, not the demand's proposer, is open to the measure: a benefit on a condition, never
 * support. Only the measure inside the "if" clause, agreed in a passive ("could be agreed", "were
 * accepted"), and a main clause right after it whose modal verb names the gain ("would strengthen
 * security", "would make Europe more secure"); a denied gain ("would not …") reads nothing.
 */
import { clauseOf } from './clauses';
import { partySpeakingOrLast } from './speaker';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The measure agreed, as a participle: "could be agreed", "were accepted", "is put in place". */
const AGREED = wordSet(
  /^(?:agreed|achieved|reached|secured|accepted|implemented|adopted|honoured|honored|negotiated|established)$/,
);
/** What may stand between the measure and its participle: "could be", "were to be", "can really be". */
const BEFORE_AGREED = wordSet(/^(?:could|can|were|was|is|are|be|to|then|actually|really|also|somehow)$/);
/** Words the main clause may open on after the "if" clause's comma: ", though, that would …". */
const MAIN_OPENER = wordSet(/^(?:,|though|then|however|surely|that|this|it|such|a|step|move|which)$/);
const MODAL = wordSet(/^(?:would|could|will)$/);
const ADVERB = wordSet(
  /^(?:undoubtedly|certainly|surely|clearly|greatly|really|also|significantly|substantially|only|help)$/,
);
const GAIN_VERB = wordSet(/^(?:strengthen|improve|enhance|boost|bolster|increase|reinforce|raise)$/);
const GAIN_OBJECT = wordSet(/^(?:security|stability|trust|confidence|safety|predictability)$/);
const SAFER = wordSet(/^(?:safer|securer)$/);
const MORE_OF = wordSet(/^(?:secure|stable|predictable)$/);

/** The token ending the gain named from `k` on ("would strengthen security in Europe"), or -1. */
function gainAt(tokens: readonly Token[], k: number): number {
  if (!MODAL.test(tokens[k]?.lower ?? '')) return -1;
  let v = k + 1;
  while (ADVERB.test(tokens[v]?.lower ?? '') && v <= k + 3) v++;
  const verb = tokens[v]?.lower ?? '';
  // "would strengthen (European) security", "would boost mutual trust".
  if (GAIN_VERB.test(verb)) {
    for (let o = v + 1; o <= v + 3; o++) {
      if (GAIN_OBJECT.test(tokens[o]?.lower ?? '')) return o;
      if (!tokens[o]?.word) return -1;
    }
    return -1;
  }
  // "would make Europe safer", "would make everyone more secure".
  if (verb === 'make' || verb === 'help') {
    for (let o = v + 1; o <= v + 4; o++) {
      const w = tokens[o]?.lower ?? '';
      if (SAFER.test(w)) return o;
      if (w === 'more' && MORE_OF.test(tokens[o + 1]?.lower ?? '')) return o + 1;
      if (!tokens[o]?.word) return -1;
    }
  }
  return -1;
}

export function readConditionalBenefit(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  const speaking = partySpeakingOrLast(r.speaker, r.previousSpeaker);
  if (!speaking) return;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== 'if') continue;
    // The "if" clause: up to its first comma.
    let comma = i + 1;
    while (comma < tokens.length && tokens[comma]?.text !== ',' && comma <= i + 25) comma++;
    if (tokens[comma]?.text !== ',') return;
    // Its measure, agreed in a passive after it.
    const agreed = tokens.findIndex((t, k) => k > i && k < comma && AGREED.test(t.lower));
    if (agreed < 0) return;
    let b = agreed - 1;
    while (b > i && BEFORE_AGREED.test(tokens[b]?.lower ?? '')) b--;
    if (b === agreed - 1) return;
    // ("if reciprocal transparency on drills were agreed": the measure's words and their complement.)
    const measures = mentions.filter(
      (m) => m.first > i && m.last <= b && m.kind !== 'reference' && m.direction === 1,
    );
    if (measures.length === 0) return;
    // The main clause right after the comma.
    let k = comma;
    while (k < comma + 6 && MAIN_OPENER.test(tokens[k]?.lower ?? '')) k++;
    const end = gainAt(tokens, k);
    if (end < 0) return;
    const cue = r.wordsCue(k, end, 'open');
    const holder = {
      parties: speaking.parties,
      kind: 'speaker' as const,
      matched: speaking.matched,
      role: speaking.role,
    };
    const ci = Math.max(0, clauseOf(spans, k));
    for (const m of measures) {
      const parties = speaking.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p));
      if (parties.length === 0) continue;
      if (findings.some((f) => f.demand === m.demand && parties.includes(f.party))) continue;
      r.emit({ ...holder, parties }, { attitude: 'open', negated: false }, cue, m, ci);
    }
    return;
  }
}
