/**
 * "The US and NATO sent their written replies on Wednesday. The letters stand firm that Ukraine may
 * apply to join.": a reply or letter with no owner named, opening a sentence and saying something,
 * speaks for the party that a sentence shortly before said sent it. Only a sender named as the subject
 * of a sending verb ("sent", "delivered", "handed over"): not a party that received the letters, nor
 * one named after a preposition ("replies to Moscow").
 */
import type { ActorMention } from './actors';
import type { Speaker } from './speaker';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A quick screen for a sentence that may name the sender of replies. */
export const SENT_REPLY_WORDS =
  /\b(?:sent|delivered|handed|submitted|passed|transmitted)\b[^.?!]*\b(?:repl(?:y|ies)|answers?|responses?|letters?)\b/i;

const SENDING = wordSet(/^(?:sent|delivered|handed|submitted|passed|transmitted)$/);
const REPLY = wordSet(/^(?:reply|replies|response|responses|answer|answers|letter|letters)$/);
/** Words between the sending verb and the reply: "sent their separate written replies", "handed over its answer". */
const BEFORE_REPLY = wordSet(
  /^(?:its|their|the|a|an|written|formal|separate|official|own|two|long-awaited|awaited|over|in|back)$/,
);
/** Words between the sender and its verb: "The US and NATO have now formally sent …". */
const BEFORE_VERB = wordSet(/^(?:have|has|had|now|also|formally|finally|both|on|jointly)$/);
/** What a reply does with its terms when it speaks ("the letters hold that …", "the replies stand firm on …"). */
const REPLY_VERB = wordSet(
  /^(?:says|say|states|state|holds|hold|stands|stand|insists|insist|reaffirms|reaffirm|reiterates|reiterate|restates|restate|affirms|affirm|stresses|stress|underlines|underline|rejects|reject|offers|offer|proposes|propose|suggests|suggest|makes|make|notes|note|calls|call|argues|argue)$/,
);
/** Words opening a reply named again: "The letters", "Both replies", "These written answers". */
const OPENER = wordSet(/^(?:the|these|those|both|their|its)$/);
const REPLY_ADJECTIVE = wordSet(/^(?:written|two|formal|separate|official|leaked|confidential)$/);

/**
 * The party (or parties) a sentence names as sending replies or letters: the subject before the
 * sending verb, or null.
 */
export function replySender(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  group: (first: ActorMention) => Speaker | null,
): Speaker | null {
  const v = tokens.findIndex((t) => SENDING.test(t.lower));
  if (v < 1) return null;
  // The reply right after the verb (past its determiners, or the receiver named first: "handed Moscow its reply").
  let w = v + 1;
  while (w <= v + 8 && tokens[w] && !REPLY.test(tokens[w]!.lower)) {
    const t = tokens[w]!;
    const inActor = actors.some((a) => w >= a.first && w <= a.last);
    if (!BEFORE_REPLY.test(t.lower) && !inActor && !(t.lower === 'to' && tokens[w - 1]?.lower === 'over'))
      return null;
    w++;
  }
  if (!REPLY.test(tokens[w]?.lower ?? '')) return null;
  // The sender: a name opening the sentence, its verb after it with only auxiliaries between.
  const first = actors.find((a) => a.kind !== 'adjective' && a.last < v);
  if (!first || first.first > 2) return null;
  const speaker = group(first) ?? {
    kind: 'party' as const,
    parties: [...first.parties],
    matched: first.text,
    role: first.role,
    document: false,
  };
  const subjectEnd = Math.max(
    first.last,
    ...actors.filter((a) => a.last < v && a.first > first.last).map((a) => a.last),
  );
  for (let i = subjectEnd + 1; i < v; i++) if (!BEFORE_VERB.test(tokens[i]!.lower)) return null;
  // (A receiver named as the subject of a passive is no sender: "Moscow was handed the replies".)
  if (/^(?:was|were|is|are|been)$/.test(tokens[v - 1]?.lower ?? '')) return null;
  return speaker.kind === 'party' ? { ...speaker, document: true } : null;
}

/**
 * Whether a sentence opens with a reply named again, no owner of its own, saying something: "The
 * letters stand firm that …", "Both replies also hold that …".
 */
export function unownedReplySpeaks(
  tokens: readonly Token[],
  from: number,
  actors: readonly ActorMention[],
): boolean {
  let k = from;
  if (!OPENER.test(tokens[k]?.lower ?? '')) return false;
  k++;
  while (k <= from + 3 && REPLY_ADJECTIVE.test(tokens[k]?.lower ?? '')) k++;
  if (!REPLY.test(tokens[k]?.lower ?? '')) return false;
  // ("The letters from Moscow …", "The replies to the Kremlin …": an owner or addressee named; not this.)
  if (actors.some((a) => a.first <= k + 2)) return false;
  let v = k + 1;
  while (v <= k + 3 && /^(?:also|both|further|again|explicitly|firmly|each)$/.test(tokens[v]?.lower ?? ''))
    v++;
  return REPLY_VERB.test(tokens[v]?.lower ?? '');
}

/** A quick screen for a sentence sourced to documents: "…, according to papers El País posted." */
export const SOURCED_REPLY_WORDS =
  /\baccording\s+to\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+){0,2}(?:papers|documents|texts|letters|replies|responses|answers)\b/i;
const SOURCED_NOUN = wordSet(/^(?:papers|documents|texts|letters|replies|responses|answers)$/);

/**
 * "Washington and its allies offered Moscow arms control, according to papers El País posted. The letters
 * also stand firm that …": the documents a sentence's statement about its opening subject is sourced to
 * are that subject's. Not documents with an owner of their own ("according to Russian papers"), nor a
 * subject named after a preposition.
 */
export function sourcedReplySender(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  group: (first: ActorMention) => Speaker | null,
): Speaker | null {
  const a = tokens.findIndex((t, k) => t.lower === 'according' && tokens[k + 1]?.lower === 'to');
  if (a < 3) return null;
  let n = a + 2;
  while (n <= a + 5 && tokens[n] && !SOURCED_NOUN.test(tokens[n]!.lower)) {
    if (actors.some((x) => n >= x.first && n <= x.last)) return null;
    n++;
  }
  if (!SOURCED_NOUN.test(tokens[n]?.lower ?? '')) return null;
  let k = 0;
  while (tokens[k]?.transparent) k++;
  const first = actors.find(
    (x) => x.kind !== 'adjective' && (x.first === k || (x.first === k + 1 && tokens[k]?.lower === 'the')),
  );
  if (!first) return null;
  const speaker = group(first) ?? {
    kind: 'party' as const,
    parties: [...first.parties],
    matched: first.text,
    role: first.role,
    document: false,
  };
  return speaker.kind === 'party' ? { ...speaker, document: true } : null;
}
