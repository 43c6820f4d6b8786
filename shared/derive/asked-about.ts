/**
 * A verdict on the topic a sentence is framed by: "Asked about Moscow's demand for a halt to
 * enlargement, Blinken said it was a non-starter", "On Russia's call to pull forces back, Stoltenberg
 * said that was out of the question", "“That is not going to happen,” Blinken said when asked about
 * Russia's demand …". The pronoun standing as the verdict's subject ("it was …") or object ("ruled it
 * out") is the topic's demand, and the verdict is the speaker's.
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** What frames a sentence by its topic, opening it: "Asked about", "Pressed on", "On", "As for". */
const FRONTED_TOPIC = [
  ['asked', 'about'],
  ['asked', 'on'],
  ['asked', 'over'],
  ['questioned', 'about'],
  ['questioned', 'on'],
  ['pressed', 'on'],
  ['pressed', 'about'],
  ['when', 'asked', 'about'],
  ['on'],
  ['regarding'],
  ['concerning'],
  ['as', 'for'],
  ['as', 'to'],
  ['as', 'regards'],
  ['turning', 'to'],
];
/** After the speech: ", when asked about …", "said when asked about …" (and "said of …", below). */
const TRAILING_TOPIC = [
  ['when', 'asked', 'about'],
  ['when', 'asked', 'on'],
  ['when', 'questioned', 'about'],
  ['asked', 'about'],
];
const SINGULAR = wordSet(/^(?:it|that|this)$/);
const PLURAL = wordSet(/^(?:they|those|these|them)$/);
const COPULA = wordSet(/^(?:is|was|are|were|remains|remained|'s|’s|would|will|won't|wouldn't)$/);
/** Words that may stand between the copula and the verdict: "was simply a non-starter", "would not be". */
const BEFORE_VERDICT = wordSet(
  /^(?:not|never|simply|just|still|clearly|be|a|an|absolutely|completely|totally)$/,
);
const AT_TOPIC_END = wordSet(/^[,:;]$/);

const wordsAt = (tokens: readonly Token[], at: number, words: readonly string[]): boolean =>
  words.every((w, k) => tokens[at + k]?.lower === w);

/** The topic's token span [first, last], or null: fronted up to its comma, or trailing to the end. */
function topicSpan(tokens: readonly Token[]): [number, number] | null {
  let open = 0;
  while (tokens[open]?.transparent) open++;
  for (const words of FRONTED_TOPIC) {
    if (!wordsAt(tokens, open, words)) continue;
    const from = open + words.length;
    for (let k = from + 1; k < tokens.length && k <= from + 25; k++)
      if (AT_TOPIC_END.test(tokens[k]?.text ?? '')) return [from, k - 1];
    return null;
  }
  for (let i = 2; i < tokens.length; i++) {
    // "…,” a spokesman said of Tehran's demand to …": the topic of the speech.
    if (tokens[i]?.lower === 'of' && /^(?:said|says)$/.test(tokens[i - 1]?.lower ?? ''))
      return [i + 1, topicEnd(tokens, i + 1)];
    const words = TRAILING_TOPIC.find((w) => wordsAt(tokens, i, w));
    if (!words) continue;
    // Right after the speech or its comma: "Blinken said when asked about …", "…,” he said, when asked …".
    const before = tokens[i - 1];
    if (!before || (before.text !== ',' && !/^(?:said|says|told|replied|answered)$/.test(before.lower)))
      continue;
    return [i + words.length, topicEnd(tokens, i + words.length)];
  }
  return null;
}

/** Where a trailing topic ends: before "; …" or ", and …", ", but …", ", adding …", or at the end. */
function topicEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    if (tokens[k]?.text === ';') return k - 1;
    if (tokens[k]?.text === ',' && /^(?:and|but|adding|while|whereas)$/.test(tokens[k + 1]?.lower ?? ''))
      return k - 1;
  }
  return tokens.length - 1;
}

/** The pronoun a cue judges, outside the topic: its subject ("it was a non-starter") or object ("rejected it"). */
function judgedPronoun(tokens: readonly Token[], cueFirst: number, cueLast: number): Token | null {
  // Inside the cue's own words: "ruled it out", "turned them down".
  for (let k = cueFirst + 1; k < cueLast; k++) {
    const t = tokens[k] as Token;
    if (SINGULAR.test(t.lower) || PLURAL.test(t.lower)) return t;
  }
  // Right after it, as the whole object: "rejected it", "opposed that".
  const after = tokens[cueLast + 1];
  if (after && (SINGULAR.test(after.lower) || PLURAL.test(after.lower)) && !tokens[cueLast + 2]?.word)
    return after;
  // Before it, as the subject of a copula: "it was a non-starter", "that would not be acceptable".
  let k = cueFirst - 1;
  while (k > 0 && BEFORE_VERDICT.test(tokens[k]?.lower ?? '') && cueFirst - k <= 4) k--;
  if (!COPULA.test(tokens[k]?.lower ?? '')) return null;
  const subject = tokens[k - 1];
  if (!subject || !(SINGULAR.test(subject.lower) || PLURAL.test(subject.lower))) return null;
  // (Not extraposed: "it was essential that allies stay united", "it is unacceptable to wait".)
  const next = tokens[cueLast + 1];
  if (next?.word && next.lower !== 'for') return null;
  return subject;
}

export function readAskedAbout(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, speaker } = r;
  if (speaker?.kind !== 'party') return;
  const topic = topicSpan(tokens);
  if (!topic) return;
  const inTopic = (m: { first: number; last: number }): boolean => m.first >= topic[0] && m.last <= topic[1];
  const named = mentions.filter((m) => inTopic(m) && m.kind !== 'reference' && m.direction !== 0);
  // Another demand named outside the topic: the verdict may be on that one.
  if (named.length === 0 || mentions.some((m) => !inTopic(m))) return;
  if (new Set(named.map((m) => m.direction)).size !== 1) return;
  const demands = new Set(named.map((m) => m.demand));
  for (const cue of cues) {
    if (cue.owner || inTopic(cue)) continue;
    if (!['rejects', 'supports', 'open', 'unclear'].includes(cue.attitude)) continue;
    const pronoun = judgedPronoun(tokens, cue.first, cue.last);
    if (!pronoun) continue;
    // "it" stands for one demand; "they", "those" for each the topic named.
    if (SINGULAR.test(pronoun.lower) && demands.size !== 1) continue;
    const ci = Math.max(0, clauseOf(spans, cue.first));
    const holder = {
      parties: speaker.parties,
      kind: 'speaker' as const,
      matched: speaker.matched,
      role: speaker.role,
    };
    const seen = new Set<string>();
    for (const m of named) {
      if (seen.has(m.demand)) continue;
      seen.add(m.demand);
      if (r.findings.some((f) => f.mention === m && speaker.parties.includes(f.party))) continue;
      r.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
    }
    return;
  }
}
