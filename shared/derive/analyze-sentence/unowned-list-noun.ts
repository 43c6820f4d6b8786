import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Plural nouns naming what a party asked for, the head of a list of its items. */
const LIST_NOUN = wordSet(/^(?:demands|requests|proposals|conditions|calls|requirements)$/);

/** Words before such a noun that name no party: "the country's central demands", "its key security demands". */
const LIST_NOUN_MODIFIER = wordSet(
  /^(?:the|its|their|his|her|these|those|such|main|key|central|core|chief|principal|major|basic|security|other|several|many|some|various|latest|new|sweeping|maximalist|country|nation|government|side|of|['’]s)$/,
);

/**
 * "refused to go along with the country's central demands, among them …": the refusal reaches a demand
 * noun that names no party (so is no cue of its own) and whose items follow. The cue before the noun
 * governs each item, as it does when the noun has an owner ("Moscow's central demands, among them …").
 * `cue` is the last cue before the list's clause at `start` (the comma or dash before it at start − 1).
 */
export function unownedListNounBefore(tokens: readonly Token[], cue: Cue, start: number): boolean {
  if (cue.owner) return false;
  const head = start - 2;
  if (head <= cue.last || head - cue.last > 6) return false;
  if (!LIST_NOUN.test(tokens[head]?.lower ?? '')) return false;
  if (![',', '—', '–', '-'].includes(tokens[start - 1]?.text ?? '')) return false;
  for (let k = cue.last + 1; k < head; k++)
    if (!LIST_NOUN_MODIFIER.test(tokens[k]?.lower ?? '')) return false;
  return true;
}
