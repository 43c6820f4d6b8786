/**
 * Who a relative clause of speech is said by: "remarks by his German counterpart, Annalena Baerbock,
 * who said …" — the actor the relative pronoun follows (past a name set off in commas as its
 * apposition), not the subject of the sentence around it.
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';

/** A personal name in apposition: one to four capitalised words. */
const isName = (words: readonly Token[]): boolean =>
  words.length >= 1 && words.length <= 4 && words.every((w) => w.word && w.capital);

/**
 * The actor a clause opening with ", who" follows: the one ending right before the comma, or right
 * before a name set off in commas ("his German counterpart, Annalena Baerbock, who …"). Undefined
 * when no party's actor stands there.
 */
export function relativeAntecedent(
  tokens: readonly Token[],
  speakers: readonly ActorMention[],
  clause: readonly [number, number],
): ActorMention | undefined {
  const open = clause[0];
  if (tokens[open]?.lower !== 'who' || tokens[open - 1]?.text !== ',') return undefined;
  const before = speakers.find((a) => a.last === open - 2);
  if (before) return before;
  // Back across the apposed name to the comma before it.
  let k = open - 2;
  while (k >= 0 && k >= open - 6 && tokens[k]?.text !== ',') k--;
  if (tokens[k]?.text !== ',' || !isName(tokens.slice(k + 1, open - 1))) return undefined;
  return speakers.find((a) => a.last === k - 1);
}
