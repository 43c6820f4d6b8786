/**
 * Verdicts set beside a demand in apposition or a relative clause: "…membership of the Council of
 * Europe, a prospect opposed by Serbia, …" (the agent of the participle holds the verdict), and how far
 * back the demand may end: "…membership of the Council of Europe, which Serbia opposes".
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { SPEECH } from '../speaker';
import { wordSet } from '../word-set';

/** A past participle: "opposed", "rejected", "ruled" (out), "welcomed". */
const PARTICIPLE = /^[a-z]+(?:ed|en)$/;

/**
 * The party named as agent of a participle at `o` ("opposed by Serbia", "rejected by the US"), when
 * the clause is just that ("…, a prospect opposed by Serbia,"). Undefined otherwise.
 */
export function passiveAgent(
  tokens: readonly Token[],
  speakers: readonly ActorMention[],
  o: number,
  ce: number,
): ActorMention | undefined {
  const verb = tokens[o]?.lower ?? '';
  if (!PARTICIPLE.test(verb) || SPEECH.has(verb)) return undefined;
  // ("ruled out by", "turned down by": a particle between.)
  const by = tokens[o + 1]?.lower === 'by' ? o + 1 : tokens[o + 2]?.lower === 'by' ? o + 2 : -1;
  if (by < 0) return undefined;
  const agent = speakers.find(
    (a) => a.first === by + 1 || (a.first === by + 2 && tokens[by + 1]?.lower === 'the'),
  );
  if (!agent) return undefined;
  // The agent ends the clause, or its partner does ("by Washington and its allies").
  const rest = tokens
    .slice(agent.last + 1, ce + 1)
    .filter((t) => t.word)
    .map((t) => t.lower);
  if (rest.length === 0) return agent;
  return rest.length <= 3 && rest[0] === 'and' ? agent : undefined;
}

/** Words that may continue a demand's noun phrase after its mention: "of the Council of Europe". */
const TAIL_PREPOSITION = wordSet(/^(?:of|for)$/);
/** Words that end the demand's phrase: a clause, a second noun, or an adverbial ("at the talks"). */
const TAIL_BREAK = wordSet(
  /^(?:and|or|but|that|which|who|is|are|was|were|has|have|had|will|would|said|says|while|as|by|not|at|on|with|during|after|before|since|until|when|last|this|next|earlier|later|again)$/,
);

/**
 * Whether a demand mention ending at `last` is the noun phrase a relative or appositive opening at
 * the comma `comma` follows: right before it, or followed by a tail of at most eight words opened
 * by "of" or "for" ("Kosovo's membership of the Council of Europe, which …"), not by another clause, a
 * second noun joined by "and" or an adverbial ("…expansion at the talks in Geneva, which …").
 */
export function endsBeforeComma(tokens: readonly Token[], last: number, comma: number): boolean {
  if (last >= comma) return false;
  if (last >= comma - 1) return true;
  const tail = tokens.slice(last + 1, comma);
  return (
    tail.length <= 8 &&
    TAIL_PREPOSITION.test(tail[0]?.lower ?? '') &&
    tail.every((t) => t.word && !TAIL_BREAK.test(t.lower))
  );
}
