/**
 * A demand judged by an adjective on the noun that carries it: "accused Washington of making
 * unreasonable, extortionate demands meant to force it to disarm", "complained that the Americans had
 * brought a one-sided, 'gangster-like' insistence on denuclearization", "the North's charge that
 * Washington had put forward gangster-like demands for it to scrap its programme". The adjective is the
 * judge's verdict on another party's demand: the one who says it (the subject of the verb of saying,
 * complaining or accusing, or the sentence's speaker) rejects what the demand noun asks for.
 *
 * Such an adjective is no link of a chain of cues either: "accused Hamas of making absurd demands for …"
 * is an accusation, not the refusal of a refusal (which read as openness).
 */
import type { Token } from './tokens';
import type { TokenMatch } from './token-trie';
import type { Attitude } from './compile-ontology';
import { wordSet } from './word-set';
import { triggerList } from './trigger-words';

/** A hyphen as the tokenizer writes it between the halves of a compound (tested per word: a set, not a pattern). */
const HYPHEN = wordSet(/^[-‐‑]$/);

/** Adjectives of a negative verdict on a demand: "unreasonable", "extortionate", "one-sided", "gangster-like". */
const JUDGING_ADJECTIVE = wordSet(
  /^(?:unreasonable|extortionate|excessive|exorbitant|outrageous|absurd|ridiculous|preposterous|unrealistic|unacceptable|illegitimate|unjustified|unjust|unfair|one-sided|lopsided|maximalist|gangster-like|gangsterish|gangster|hegemonic|arrogant|brazen|bullying|coercive|humiliating|impudent|insolent|intolerable|unworkable|irrational|insulting|high-handed|imperious|impossible)$/,
);
/** Nouns that carry a demand: "demands for …", "insistence on …", "conditions that …". */
const CARRIER_NOUN = wordSet(
  /^(?:demand|demands|insistence|request|requests|requirement|requirements|conditions|preconditions|terms|ultimatum|ultimatums|proposal|proposals|calls|claims)$/,
);
/**
 * A judged demand needs its noun (judgedCarrierAfter ends on a CARRIER_NOUN) and its adjective (one word of
 * JUDGING_ADJECTIVE, or the first word of a hyphenated one the tokenizer split: "one", "high", "gangster").
 */
export const JUDGED_CARRIER = triggerList(CARRIER_NOUN);
export const JUDGING_WORD = triggerList(
  JUDGING_ADJECTIVE,
  new Set(
    [...JUDGING_ADJECTIVE.spelled].filter((w) => w.includes('-')).map((w) => w.split('-')[0] as string),
  ),
);
/** Words that may stand between the adjective and its noun: "unreasonable, extortionate demands". */
const BETWEEN = wordSet(
  /^(?:,|and|"|“|”|'|‘|’|very|wholly|utterly|totally|completely|entirely|so|highly|clearly|simply|downright|frankly|us|u\.s\.|american|western|russian|chinese|israeli|iranian|serbian|kosovar|european|eu)$/,
);
/**
 * The adjective at `k` as a span [first, last]: one word, or a hyphenated compound the tokenizer split
 * ("gangster - like", "one - sided", "high - handed"), written without spaces.
 */
export function judgingAdjectiveAt(tokens: readonly Token[], k: number): [number, number] | null {
  const t = tokens[k];
  if (!t) return null;
  const h = tokens[k + 1];
  const n = tokens[k + 2];
  if (h && n && HYPHEN.test(h.text) && h.start === t.end && n.start === h.end)
    if (JUDGING_ADJECTIVE.test(`${t.lower}-${n.lower}`)) return [k, k + 2];
  if (JUDGING_ADJECTIVE.test(t.lower)) return [k, k];
  return null;
}

/**
 * Where the demand noun the adjective at span `adj` modifies stands, or -1: right after it, past quotes,
 * commas, "and", an intensifier, another such adjective or a party's adjective ("the unreasonable US demand").
 */
export function judgedCarrierAfter(tokens: readonly Token[], adj: [number, number]): number {
  let j = adj[1] + 1;
  for (let steps = 0; steps < 8 && j < tokens.length; steps++) {
    const w = tokens[j] as Token;
    if (CARRIER_NOUN.test(w.lower)) return j;
    const next = judgingAdjectiveAt(tokens, j);
    if (next) {
      j = next[1] + 1;
      continue;
    }
    if (!BETWEEN.test(w.lower)) return -1;
    j++;
  }
  return -1;
}

/**
 * Drops, from a sentence's cue matches, an adjective of verdict that modifies a demand noun right after
 * it ("absurd demands", "an unrealistic, one-sided proposal"): it is read by `readJudgedDemands`.
 */
export function isAdjectiveOnCarrier(
  tokens: readonly Token[],
  m: TokenMatch<Attitude>,
  matches: readonly TokenMatch<Attitude>[],
): boolean {
  if (m.values[0] !== 'rejects') return false;
  const adj = judgingAdjectiveAt(tokens, m.first);
  if (!adj || adj[1] < m.last) return false;
  if (judgedCarrierAfter(tokens, adj) < 0) return false;
  // Only inside a chain: another refusal or accusation before it ("rejected …", "accused … of making").
  return matches.some((o) => o !== m && o.values[0] === 'rejects' && o.last < m.first);
}
