/**
 * "NATO is willing to restart briefings, the alliance chief said, and to talk about arms control":
 * the second of two coordinated infinitives shares the first one's head ("willing"), so the cue
 * "willing to talk about" is read there as if written out. Only "and to" / "or to" (after a comma
 * or not) whose nearest infinitive before, in the same clause, is the head's own; a new clause
 * ("willing to talk, and NATO rejects …") or another subject's verb in between carries nothing.
 */
import type { Attitude } from './compile-ontology';
import type { TokenMatch, TokenTrie } from './token-trie';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words that end the first infinitive's clause before the second "to" can share its head. */
const CLAUSE_BREAK = wordSet(
  /^(?:but|while|whereas|although|though|because|since|if|unless|when|whether|that|which|who|so)$/,
);

/** Words opening a clause of time, or a phrase of time ("after a meeting"). */
const TIME_WORD = wordSet(/^(?:after|before|until|since)$/);

/** The most words between the head's "to" and the coordinated "to". */
const SPAN = 36;

export function carriedInfinitiveMatches(
  tokens: readonly Token[],
  cues: TokenTrie<Attitude>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  let out: TokenMatch<Attitude>[] | null = null;
  for (let i = 2; i < tokens.length - 1; i++) {
    if (tokens[i]!.lower !== 'to' || !/^(?:and|or)$/.test(tokens[i - 1]!.lower)) continue;
    // (A cue already reading the second infinitive, "and to discuss", is kept as it is.)
    if (found.some((c) => c.first <= i + 1 && i + 1 <= c.last)) continue;
    const head = headOf(tokens, i - 2);
    if (head < 0) continue;
    // (The head negated, "not willing to …", is left to the reading of the first infinitive.)
    if (/^(?:not|never|n't|no)$/.test(tokens[head - 1]?.lower ?? '')) continue;
    const end = Math.min(tokens.length, i + 14);
    const probe: Token[] = [tokens[head]!, ...tokens.slice(i, end)];
    // (Bounded one short of the copy's length so the trie's whole-sentence memo is left alone.)
    probe.push(tokens[end - 1]!);
    const m = cues.find(probe, 0, probe.length - 1)[0];
    if (!m || m.first !== 0 || m.last < 2) continue;
    (out ??= []).push({ first: i, last: i + m.last - 1, values: m.values, phrase: m.phrase });
  }
  return out ?? [];
}

/**
 * The head ("willing", "ready") of the infinitive before `at`, in the same clause: the nearest "to"
 * before with a word before it; -1 past a clause break, a sentence stop, or SPAN words.
 */
function headOf(tokens: readonly Token[], at: number): number {
  let commas = 0;
  for (let k = at; k >= 1 && k > at - SPAN; k--) {
    const t = tokens[k]!;
    if (/^[;:.!?—–()]$/.test(t.text)) return -1;
    if (t.text === ',' && ++commas > 3) return -1;
    if (CLAUSE_BREAK.test(t.lower)) return -1;
    // ("after Moscow pulled back": a clause of time; "after a meeting with …" only a phrase.)
    if (TIME_WORD.test(t.lower) && !/^(?:a|an|the|talks|meetings?)$/.test(tokens[k + 1]?.lower ?? ''))
      return -1;
    if (t.lower === 'to') {
      const h = tokens[k - 1]!;
      return h.word && !/^(?:and|or)$/.test(h.lower) ? k - 1 : headOf(tokens, k - 2);
    }
  }
  return -1;
}
