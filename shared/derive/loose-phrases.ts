/**
 * A demand phrase read with other describing words where it has a determiner. An analyst who writes
 * "halt the deal" or "remove all tariffs" has said the verb and its noun state the demand, whatever
 * describes the noun: "halting the Ukraine grain deal", "remove those tariffs", "scrap the remaining
 * tariffs". So a phrase whose second word is a determiner also reads with up to three words of a noun
 * group in its place ("halt … deal"); a preposition, conjunction, verb or negation there ("halt talks
 * on the deal", "lift no sanctions") is another construction and reads nothing.
 */
import type { DemandPhrase } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those']);
const GAP = wordSet(/^(?:…|\.\.\.)$/);

/** "halt the deal" → "halt … deal"; null for a phrase with no determiner after its first word. */
export function looseVariant(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 3 || words.some((w) => GAP.test(w))) return null;
  if (!/^[a-z][a-z-]*$/.test(words[0] as string) || !DETERMINERS.has((words[1] as string).toLowerCase()))
    return null;
  return [words[0], '…', ...words.slice(2)].join(' ');
}

/** Words that open or join another construction: no part of a noun group between verb and noun. */
const NOT_IN_GROUP = wordSet(
  /^(?:of|to|on|in|for|at|by|with|from|about|over|into|onto|under|against|between|after|before|during|than|as|and|or|but|nor|that|which|who|whom|whose|what|where|when|if|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|not|no|never|none|nothing|it|they|them|he|she|we|you|i|more|less|fewer|some|other|own|talks|negotiations|plans?|calls?|efforts?|attempts?|bid|moves?)$/,
);

/**
 * Whether a match of a loose variant (tokens `first`..`last`) has only a noun group's words between its
 * verb and the phrase's own words: the first and last token are the phrase's; others not among its
 * words must be words that describe a noun.
 */
export function looseGapOk(tokens: readonly Token[], first: number, last: number, phrase: string): boolean {
  const own = new Set(
    phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !GAP.test(w)),
  );
  for (let j = first + 1; j < last; j++) {
    const t = tokens[j] as Token;
    if (t.transparent || own.has(t.lower) || t.keys.some((k) => own.has(k))) continue;
    if (!t.word || NOT_IN_GROUP.test(t.lower)) return false;
  }
  return true;
}

/**
 * The values of a demand-phrase match to read: a loose one only where no phrase as written says the
 * same (same demand, same direction) and its gap holds only a noun group's words.
 */
export function looseValues(m: TokenMatch<DemandPhrase>, tokens: readonly Token[]): DemandPhrase[] {
  if (!m.values.some((v) => v.loose)) return m.values;
  const gapOk = looseGapOk(tokens, m.first, m.last, m.phrase);
  return m.values.filter(
    (v) =>
      !v.loose ||
      (gapOk && !m.values.some((w) => !w.loose && w.demand === v.demand && w.direction === v.direction)),
  );
}
