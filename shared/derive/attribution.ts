/**
 * Who is speaking in a sentence of reported speech: "Peskov said", "said Sergei Lavrov", "according
 * to Ryabkov", "he said" (the previous speaker). A speaker who is not a party (an expert, a
 * newspaper) is still recorded, so the next "he said" is not pinned on an earlier party.
 */
import type { PhraseMatch } from './text-match';

export type Speaker =
  | { kind: 'party'; parties: string[]; matched: string }
  | { kind: 'other'; matched: string }
  | { kind: 'pronoun'; matched: string };

const SPEECH_VERB =
  /\b(?:said|says|told|tells|stated|states|added|adds|emphasi[sz]ed|stressed|noted|concluded|declared|explained|summed up|announced|argued|conceded|warned|reiterated|according to)\b/gi;
const PRONOUN =
  /\b(?:he|she|they|him|her|them|the (?:minister|diplomat|spokesman|spokeswoman|official|senator|secretary general|secretary|president|deputy minister))\b/i;
const NAME = /\b[A-Z][a-z]+(?:\s+[A-Z][a-z.]+)*/;
const WINDOW = 80;

/** The speaker named around a speech verb in `sentence` (offsets relative to the document). */
export function findSpeaker(
  text: string,
  sentence: { start: number; end: number },
  parties: PhraseMatch<string>[],
): Speaker | null {
  const body = text.slice(sentence.start, sentence.end);
  let fallback: Speaker | null = null;
  SPEECH_VERB.lastIndex = 0;
  for (let m = SPEECH_VERB.exec(body); m; m = SPEECH_VERB.exec(body)) {
    const verbStart = sentence.start + m.index;
    const verbEnd = verbStart + m[0].length;
    const isAccording = /^according/i.test(m[0]);
    // Before the verb, back to a quote mark or the end of a clause ("Kremlin spokesman Dmitry Peskov said").
    let before = { start: Math.max(sentence.start, verbStart - WINDOW), end: verbStart };
    const windowText = text.slice(before.start, verbStart);
    const cut = Math.max(...['“', '”', '"', '.', ';', ':'].map((c) => windowText.lastIndexOf(c)));
    if (cut >= 0) before = { start: before.start + cut + 1, end: verbStart };
    // After the verb, up to a comma or quote ("said Sergei Lavrov", "according to Ryabkov, …").
    const afterText = text.slice(verbEnd, Math.min(sentence.end, verbEnd + WINDOW));
    const stop = afterText.search(/[,.;:“”"]/);
    const after = { start: verbEnd, end: verbEnd + (stop < 0 ? afterText.length : stop) };

    const windows = isAccording ? [after] : [before, after];
    for (const w of windows) {
      const inside = parties.filter((p) => p.start >= w.start && p.end <= w.end);
      const nearest = w === before ? inside[inside.length - 1] : inside[0];
      if (nearest) return { kind: 'party', parties: nearest.values, matched: nearest.text };
      const words = text.slice(w.start, w.end);
      if (!words.trim()) continue;
      const pronoun = PRONOUN.exec(words);
      if (pronoun && (w === after || words.trim().split(/\s+/).length <= 3)) {
        fallback ??= { kind: 'pronoun', matched: pronoun[0] };
        break;
      }
      const name = NAME.exec(words);
      if (name) {
        fallback ??= { kind: 'other', matched: name[0] };
        break;
      }
      if (isAccording && words.trim()) {
        fallback ??= { kind: 'other', matched: words.trim() };
        break;
      }
    }
  }
  return fallback;
}

/** Opening minus closing double quotes: > 0 means a quotation runs on into the next sentence. */
export const quoteBalance = (s: string): number => {
  const open = (s.match(/“/g) ?? []).length;
  const close = (s.match(/”/g) ?? []).length;
  const straight = (s.match(/"/g) ?? []).length;
  return open - close + (straight % 2);
};
