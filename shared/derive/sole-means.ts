/**
 * "only a political settlement can end the war", "nothing but a return to compliance could save the
 * deal", "only negotiations will bring peace": a demand named as the one thing able to bring about a
 * goal is the means the speaker backs, as "X is the only way" is. "only" (or "nothing but") opens the
 * demand's noun phrase, which is the subject of "can"/"could"/"will"/"would" right after it; the cue
 * is that modal, after the demand as "the only way" is after it. Not "not only X can …" (an
 * addition), "if only …" (a wish), "the only X" (an adjective: "the only relief Washington would
 * offer" is a relative clause, its subject a party), nor a passive ("only X will be discussed": an
 * agenda, not an endorsement); the demand must stand between "only" and the modal (in "only
 * Washington can lift sanctions" the one able is a party, and the demand is its act).
 */
import type { Attitude } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Modals that make the noun phrase before them the one able to bring something about. */
const ABLE_MODAL = wordSet(/^(?:can|could|will|would)$/);
/** Words that may open the noun phrase between "only" and the demand's words. */
const PHRASE_OPENER = wordSet(/^(?:a|an|the|genuine|real|lasting|full|complete|comprehensive|political)$/);
/** At most this many words of the noun phrase after the demand's words, before the modal. */
const TAIL_WORDS = 5;
/**
 * A word that ends the noun phrase before any modal: a clause opener, a verb-like word or a pronoun
 * (the subject of a relative clause: "only the relief we could get").
 */
const PHRASE_BREAK = wordSet(
  /^(?:that|which|who|if|when|once|and|or|but|is|are|was|were|has|have|had|we|they|it|he|she|you|i)$/,
);
/** Before "only", a word that makes it an adjective ("the only truce", "its only demand"). */
const ADJECTIVE_ONLY = wordSet(/^(?:the|a|an|its|their|his|her|our|my|your|not|if)$/);
/** A past participle after "be": "be discussed", "be allowed", "be taken". */
const PASSIVE_PARTICIPLE = /^(?:\w+ed|\w+en|put|set|cut|held|made|met|done|sought|taken|given|kept)$/;

export function soleMeansMatches(
  tokens: readonly Token[],
  mentions: ReadonlyArray<{ first: number; last: number; kind: string }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (const m of mentions) {
    if (m.kind !== 'phrase' && m.kind !== 'frame') continue;
    let k = m.first - 1;
    while (k > 0 && m.first - k <= 2 && PHRASE_OPENER.test(tokens[k]?.lower ?? '')) k--;
    const only = tokens[k]?.lower === 'only';
    const nothingBut = tokens[k]?.lower === 'but' && tokens[k - 1]?.lower === 'nothing';
    if (!only && !nothingBut) continue;
    if (only && ADJECTIVE_ONLY.test(tokens[k - 1]?.lower ?? '')) continue;
    let modal = -1;
    for (let j = m.last + 1; j <= m.last + 1 + TAIL_WORDS && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (ABLE_MODAL.test(t.lower)) {
        modal = j;
        break;
      }
      // (A capitalised word past the demand's own words opens a relative clause: "… Washington would".)
      if (!t.word || PHRASE_BREAK.test(t.lower) || /^\p{Lu}/u.test(t.text)) break;
    }
    if (modal < 0) continue;
    const after = tokens[modal + 1]?.lower ?? '';
    if (/^(?:not|never)$/.test(after)) continue;
    if (after === 'be' && PASSIVE_PARTICIPLE.test(tokens[modal + 2]?.lower ?? '')) continue;
    if (found.some((c) => c.first <= modal && modal <= c.last) || out.some((c) => c.first === modal))
      continue;
    out.push({
      first: modal,
      last: modal,
      values: ['supports'],
      phrase: `${nothingBut ? 'nothing but' : 'only'} … ${tokens[modal]!.lower}`,
    });
  }
  return out;
}
