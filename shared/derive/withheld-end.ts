/**
 * The demand's own words denied by a modal inside them, with a condition after: "Netanyahu said the war
 * will not end until Hamas is destroyed", "the war won't end until every hostage is home, the minister
 * said". Said by a party the demand is put to, it is that party refusing the demand for now, as "Israel
 * will not end the war until …" already reads: its speaker rejects the demand. The demand's words here
 * have the thing ended or halted as their subject ("the war … end"), so no cue of the speaker's side
 * stood before them. Only a frame of the demand's words with a denial and its modal between its parts
 * ("will not", "won't", "would never"), a condition after them (withheld-gain.ts, conditionAfter), and a
 * speaker that put none of the demand forward; narration with no speaker is no one's stance, and the
 * words without a condition ("the war will not end") are a forecast.
 */
import { clauseOf } from './clauses';
import { makeCue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import { partySpeaking } from './speaker';
import type { Token } from './tokens';
import { conditionAfter, CONTRACTED_DENIAL, DENIED, FUTURE_MODAL } from './withheld-gain';

export function readWithheldEnds(r: SentenceReading): void {
  const { tokens, mentions, spans, findings, compiled, speaker, previousSpeaker } = r;
  const speaking = partySpeaking(speaker, previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    // (The frame with its denial inside is the demand's opposite: "war + will not end".)
    if (m.kind !== 'frame' || m.direction !== -1 || !m.match.includes(' + ')) continue;
    const proposers = compiled.proposers.get(m.demand);
    const addressees = compiled.addressees.get(m.demand);
    if (!proposers?.size || !addressees?.size) continue;
    if (!speaking.parties.every((p) => addressees.has(p) && !proposers.has(p))) continue;
    // The denial and its modal right before the frame's last word: "war will not end", "war won't end".
    const neg = m.last - 1;
    const denial = tokens[neg]?.lower ?? '';
    const contracted = CONTRACTED_DENIAL.test(denial);
    if (!contracted && (!DENIED.test(denial) || !FUTURE_MODAL.test(tokens[neg - 1]?.lower ?? ''))) continue;
    const opens = contracted ? neg : neg - 1;
    if (opens <= m.first) continue;
    if (!conditionAfter(tokens, m.last)) continue;
    if (findings.some((f) => speaking.parties.includes(f.party) && f.demand === m.demand)) continue;
    const ci = clauseOf(spans, m.last);
    r.emit(
      { parties: speaking.parties, kind: 'speaker', matched: speaking.matched, role: speaking.role },
      { attitude: 'supports', negated: false },
      makeCue({
        first: opens,
        last: m.last,
        attitude: 'supports',
        text: r.input.text.slice((tokens[opens] as Token).start, (tokens[m.last] as Token).end),
        negated: false,
        negation: null,
      }),
      m,
      ci < 0 ? 0 : ci,
    );
  }
}
