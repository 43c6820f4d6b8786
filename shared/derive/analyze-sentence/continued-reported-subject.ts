/**
 * "Lavrov said the US and NATO had rejected Moscow's main demands but had offered talks on missiles": the
 * clause after "but"/"and" repeats the perfect auxiliary of the reported clause ("had rejected … but had
 * offered"), so it continues that clause and its subject (the US and NATO), not the speaker's "said".
 * With "that" the reported clause is a clause of its own already; without it, the speaker opened the
 * span and was taken for the subject the second verb continues.
 */
import type { ActorMention } from '../actors';
import { SPEECH } from '../speaker';
import type { Token } from '../tokens';
import { AUDIENCE } from '../word-lists';
import { wordSet } from '../word-set';

const PERFECT = wordSet(/^(?:had|has|have)$/);
/** Speech verbs that take a hearer before the reported clause. */
const TOLD = wordSet(/^(?:told|tell|tells|informed|informs|notified|notifies|assured|assures|urged|urges)$/);

/**
 * The subject of the reported clause that the coordinated clause opening at `open` continues, or
 * undefined: `speaker` opens the clause before, a speech verb follows it, and the reported subject
 * right after carries the same perfect auxiliary that opens the coordinated clause.
 */
export function continuedReportedSubject(
  tokens: readonly Token[],
  open: number,
  span: readonly [number, number],
  speaker: ActorMention,
  speakers: readonly ActorMention[],
): ActorMention | undefined {
  const auxiliary = tokens[open]?.lower ?? '';
  if (!PERFECT.test(auxiliary)) return undefined;
  const verb = tokens[speaker.last + 1]?.lower ?? '';
  if (!SPEECH.has(verb)) return undefined;
  let at = speaker.last + 2;
  // ("told reporters the US had …": past a one-word hearer.)
  if (TOLD.test(verb)) {
    if (!AUDIENCE.test(tokens[at]?.lower ?? '')) return undefined;
    at++;
  }
  if (tokens[at]?.lower === 'the') at++;
  // The reported subject: one party or a list of them ("the US and NATO"), then the same auxiliary.
  const first = speakers.find((a) => a.first === at && a.last < span[1]);
  if (!first) return undefined;
  let end = first.last;
  for (;;) {
    if (!/^(?:and|or)$/.test(tokens[end + 1]?.lower ?? '')) break;
    const next = speakers.find(
      (a) => a.first === end + 2 || (a.first === end + 3 && tokens[end + 2]?.lower === 'the'),
    );
    if (!next) break;
    end = next.last;
  }
  return tokens[end + 1]?.lower === auxiliary ? first : undefined;
}
