/**
 * A gain withheld from the side that asked for it until it meets a condition: "North Korea will not get
 * sanctions relief until it denuclearizes, Pompeo said", "Pompeo says the North will not see any sanctions
 * lifted until …", "Kim won't get relief from sanctions unless he disarms, says the Secretary of State".
 * Said by a party the demand is put to, it is that party refusing the demand for now, as "There will be no
 * sanctions relief until …" already reads: its speaker rejects the demand. Only where the one denied the
 * gain is the demand's proposer (its name or "it", "he", "they" for it), the verb of gaining ("get",
 * "receive", "see", "gain", "win", "obtain") is denied by a modal of what is to come right before it, a
 * condition ("until", "unless", "before", "without", "as long as") follows the demand's words in the same
 * stretch, and the speaker put none of the demand forward. Narration with no speaker is no one's stance.
 */
import { clauseOf } from './clauses';
import { makeCue } from './cues';
import type { SentenceReading } from './analyze-sentence';
import { partySpeaking } from './speaker';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

/** The verb of gaining denied. */
const GAIN = wordSet(/^(?:get|receive|see|gain|win|obtain)$/);
/** The denial after its modal: "will not", "would never", "wo" + "n't" (the tokenizer may split "won't"). */
export const DENIED = /^(?:not|never|n['’]t)$/;
/** A modal of what is to come, before the denial: "will", "would", "can", and "wo"/"ca" of a split "won't". */
export const FUTURE_MODAL = wordSet(/^(?:will|would|can|could|shall|wo|ca)$/);
/** The denial written onto its modal, kept whole: "won't", "can't", "wouldn't". */
export const CONTRACTED_DENIAL = /^(?:won|can|wouldn|couldn|shan)['’]t$/;
/** ("is not getting", "are not receiving": a gain denied in the present too.) */
const BE_NOW = wordSet(/^(?:is|are)$/);
/** Between the verb and the demand's words: determiners and adjectives of amount. */
const FILLER = wordSet(
  /^(?:the|a|an|any|some|more|further|real|meaningful|significant|major|substantial|economic|full|complete|its|their)$/,
);
/** The condition after the demand's words. */
const CONDITION = wordSet(/^(?:until|till|unless|before|without)$/);
/** Where the stretch of the demand's clause ends. */
const BREAK = /^[;:—–()"“”?]$/;
/** A pronoun standing for the proposer named before: "he", "it", "they". */
const PRONOUN = wordSet(/^(?:he|she|it|they)$/);

const TRIGGER = triggerList(GAIN);

/** Whether a condition ("until", "unless", "before", "without", "as long as") follows `last` in its stretch. */
export function conditionAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + 6; k++) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text) || t.text === ',') return false;
    if (CONDITION.test(t.lower) || (t.lower === 'as' && tokens[k + 1]?.lower === 'long')) return true;
  }
  return false;
}

export function readWithheldGains(r: SentenceReading): void {
  const { tokens, mentions, spans, findings, compiled, actors, speaker, previousSpeaker } = r;
  if (!holdsTrigger(tokens, TRIGGER)) return;
  const speaking = partySpeaking(speaker, previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    const proposers = compiled.proposers.get(m.demand);
    const addressees = compiled.addressees.get(m.demand);
    if (!proposers?.size || !addressees?.size) continue;
    if (!speaking.parties.every((p) => addressees.has(p) && !proposers.has(p))) continue;
    // The verb of gaining right before the demand's words, past determiners.
    let g = m.first - 1;
    while (g > 0 && g >= m.first - 4 && FILLER.test(tokens[g]?.lower ?? '')) g--;
    if (!GAIN.test(tokens[g]?.lower ?? '')) continue;
    // Denied by a modal right before it: "will not get", "won't get".
    const neg = g - 1;
    const denial = tokens[neg]?.lower ?? '';
    // ("won't" as one word carries its modal; "not", "never", "n't" follow one.)
    const contracted = CONTRACTED_DENIAL.test(denial);
    const modal = tokens[neg - 1]?.lower ?? '';
    if (!contracted && (!DENIED.test(denial) || !(FUTURE_MODAL.test(modal) || BE_NOW.test(modal)))) continue;
    const opens = contracted ? neg : neg - 1;
    // The one denied the gain: the demand's proposer, its name (or a pronoun for it) right before the modal.
    const subjectAt = opens - 1;
    const subject = actors.find((a) => a.last === subjectAt && a.kind !== 'adjective');
    const ownName = !!subject && subject.parties.length > 0 && subject.parties.every((p) => proposers.has(p));
    const pronoun =
      !subject &&
      PRONOUN.test(tokens[subjectAt]?.lower ?? '') &&
      actors.some(
        (a) => a.last < subjectAt && a.kind !== 'adjective' && a.parties.some((p) => proposers.has(p)),
      );
    if (!ownName && !pronoun) continue;
    if (!conditionAfter(tokens, m.last)) continue;
    const parties = speaking.parties.filter(
      (p) => !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    const ci = clauseOf(spans, g);
    r.emit(
      { parties, kind: 'speaker', matched: speaking.matched, role: speaking.role },
      { attitude: 'supports', negated: true },
      makeCue({
        first: opens,
        last: g,
        attitude: 'supports',
        text: r.input.text.slice((tokens[opens] as Token).start, (tokens[g] as Token).end),
        negated: true,
        negation: tokens[neg]?.text ?? null,
      }),
      m,
      ci < 0 ? 0 : ci,
    );
  }
}
