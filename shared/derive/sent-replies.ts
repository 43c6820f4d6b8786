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
  /\b(?:sent|delivered|handed|submitted|passed|transmitted|hand\s+over)\b[^.?!]*\b(?:repl(?:y|ies)|answers?|responses?|letters?)\b/i;

const SENDING = wordSet(/^(?:sent|delivered|handed|submitted|passed|transmitted)$/);
const REPLY = wordSet(/^(?:reply|replies|response|responses|answer|answers|letter|letters)$/);
/** A reply named again by its kind of paper: "the text", "the document" (only after "the", "its", "their"). */
const REPLY_PAPER = wordSet(/^(?:text|document|paper)$/);
/** Words between the sending verb and the reply: "sent their separate written replies", "handed over its answer". */
const BEFORE_REPLY = wordSet(
  /^(?:its|their|the|a|an|written|formal|separate|official|own|two|long-awaited|awaited|over|in|back)$/,
);
/** Words between the sender and its verb: "The US and NATO have now formally sent …". */
const BEFORE_VERB = wordSet(/^(?:have|has|had|now|also|formally|finally|both|on|jointly)$/);
/** A sending still to come: "NATO was set to hand over …", "Washington is due to hand over …". */
const BEFORE_HAND = wordSet(
  /^(?:was|were|is|are|set|due|about|expected|to|will|would|shall|now|also|formally)$/,
);
/** What a reply does with its terms when it speaks ("the letters hold that …", "the replies stand firm on …"). */
const REPLY_VERB = wordSet(
  /^(?:says|say|states|state|holds|hold|stands|stand|insists|insist|reaffirms|reaffirm|reiterates|reiterate|restates|restate|affirms|affirm|stresses|stress|underlines|underline|rejects|reject|offers|offer|contains|contain|gives|give|proposes|propose|suggests|suggest|makes|make|notes|note|calls|call|argues|argue)$/,
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
  const v = tokens.findIndex(
    (t, k) => SENDING.test(t.lower) || (t.lower === 'hand' && tokens[k + 1]?.lower === 'over'),
  );
  if (v < 1) return null;
  const future = tokens[v]!.lower === 'hand';
  // ("… to hand over …": only a sending to come, "was set to", "is due to"; not "asked to hand over".)
  if (future && tokens[v - 1]?.lower !== 'to' && !/^(?:will|would|shall)$/.test(tokens[v - 1]?.lower ?? ''))
    return null;
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
  const subjectEnd = Math.max(
    first.last,
    ...actors.filter((a) => a.last < v && a.first > first.last).map((a) => a.last),
  );
  const between = future ? BEFORE_HAND : BEFORE_VERB;
  for (let i = subjectEnd + 1; i < v; i++) if (!between.test(tokens[i]!.lower)) return null;
  // (A receiver named as the subject of a passive is no sender: "Moscow was handed the replies".)
  if (!future && /^(?:was|were|is|are|been)$/.test(tokens[v - 1]?.lower ?? '')) return null;
  return senderSpeaking(first, group);
}

/** The party a named sender stands for (its group, or its own parties), speaking through its papers. */
function senderSpeaking(first: ActorMention, group: (first: ActorMention) => Speaker | null): Speaker | null {
  const speaker = group(first) ?? {
    kind: 'party' as const,
    parties: [...first.parties],
    matched: first.text,
    role: first.role,
    document: false,
  };
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
  const opener = tokens[k]!.lower;
  k++;
  while (k <= from + 3 && REPLY_ADJECTIVE.test(tokens[k]?.lower ?? '')) k++;
  const noun = tokens[k]?.lower ?? '';
  // ("The text", "its document": a paper named again; not "these papers", "both documents".)
  const paper = REPLY_PAPER.test(noun) && /^(?:the|its|their)$/.test(opener);
  if (!REPLY.test(noun) && !paper) return false;
  // ("The letters from Moscow …", "The replies to the Kremlin …": an owner or addressee named; not this.)
  if (actors.some((a) => a.last >= from && a.first <= k + 2)) return false;
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
  return senderSpeaking(first, group);
}

/**
 * "Diplomats say the text makes no concessions. It holds that …": a sentence naming a reply (or its
 * text) again, with no owner, as the subject of what it says, anywhere in the sentence; the next
 * sentence's "It" is that reply.
 */
export function unownedReplySubject(tokens: readonly Token[], actors: readonly ActorMention[]): boolean {
  for (let k = 0; k < tokens.length - 1; k++)
    if (OPENER.test(tokens[k]!.lower) && unownedReplySpeaks(tokens, k, actors)) return true;
  return false;
}

/** "It holds that …", "It also contains …": a sentence opening with "it" saying what a paper says. */
export function itSpeaks(tokens: readonly Token[], from: number): boolean {
  if (tokens[from]?.lower !== 'it') return false;
  let v = from + 1;
  while (v <= from + 3 && /^(?:also|further|again|explicitly|firmly)$/.test(tokens[v]?.lower ?? '')) v++;
  return REPLY_VERB.test(tokens[v]?.lower ?? '');
}

/** A quick screen for a sentence that may name a party's paper: "the American document", "the US reply". */
export const OWNED_PAPER_WORDS = /\b(?:repl(?:y|ies)|answers?|responses?|document|paper|letters?)\b/i;
const OWNED_PAPER = wordSet(
  /^(?:reply|replies|answer|answers|response|responses|document|paper|letter|letters)$/,
);
/** What may come before the owner of a paper that is a clause's subject: the sentence's start, a speech verb. */
const BEFORE_OWNER = wordSet(/^(?:said|says|added|noted|stressed|that|what|and|but|while)$/);

/**
 * "Lavrov said the American document had elements …": the party whose paper (an adjective or a name
 * right before "reply", "answer", "document", "paper", "letter") is a clause's subject, opening the
 * sentence or right after a speech verb; "it" in the next sentence may be that paper. Not a paper after
 * a preposition ("asked about the US reply"), nor one of two owners.
 */
export function ownedPaperSubject(tokens: readonly Token[], actors: readonly ActorMention[]): Speaker | null {
  let found: Speaker | null = null;
  for (const a of actors) {
    if (a.parties.length === 0) continue;
    let n = a.last + 1;
    if (REPLY_ADJECTIVE.test(tokens[n]?.lower ?? '')) n++;
    if (!OWNED_PAPER.test(tokens[n]?.lower ?? '')) continue;
    let b = a.first - 1;
    if (tokens[b]?.lower === 'the') b--;
    if (b >= 0 && !BEFORE_OWNER.test(tokens[b]!.lower)) continue;
    // (The paper is the subject: a verb follows it, not "of", "to", "on" or another name.)
    const next = tokens[n + 1];
    if (!next || !next.word || /^(?:of|to|on|from|and|or|for|in|by|with|about)$/.test(next.lower)) continue;
    if (actors.some((x) => x.first === n + 1)) continue;
    if (found) return null;
    found = {
      kind: 'party',
      parties: [...a.parties],
      matched: `${a.text} ${tokens[n]!.text}`,
      role: a.role,
      document: true,
    };
  }
  return found;
}

const REFUSING_ALONE = wordSet(
  /^(?:ignored|ignores|sidestepped|sidesteps|dismissed|dismisses|rejected|rejects|refused|refuses|skirted|skirts|bypassed|bypasses|dodged|dodges|evaded|evades)$/,
);
const REFUSING_PARTICLE: Record<string, RegExp> = {
  brushed: /^aside$/,
  brushes: /^aside$/,
  passed: /^over$/,
  passes: /^over$/,
  glossed: /^over$/,
  glosses: /^over$/,
  ruled: /^out$/,
  rules: /^out$/,
  turned: /^down$/,
  turns: /^down$/,
  went: /^against$/,
  goes: /^against$/,
  did: /^not$/,
  does: /^not$/,
  failed: /^to$/,
  fails: /^to$/,
};
const GIVING_NONE = wordSet(
  /^(?:gave|gives|offered|offers|made|makes|contained|contains|had|has|held|holds)$/,
);

/** Whether a refusal opens at `k`: "ignored", "brushed aside", "did not", "gave no", "offers nothing". */
function refusingAt(tokens: readonly Token[], k: number): boolean {
  let w = tokens[k]?.lower ?? '';
  if (/^(?:also|again|simply|largely|flatly|still)$/.test(w)) w = tokens[++k]?.lower ?? '';
  if (REFUSING_ALONE.test(w)) return true;
  const next = tokens[k + 1]?.lower ?? '';
  if (REFUSING_PARTICLE[w]?.test(next)) return true;
  return GIVING_NONE.test(w) && /^(?:no|nothing)$/.test(next);
}

/** A speech verb before a paper named as what it reports of: "Lavrov said the reply …". */
const SPEECH_BEFORE_PAPER = wordSet(
  /^(?:said|says|added|noted|stressed|complained|argued|insisted|told|charged|asserted|explained|underlined|conceded|acknowledged)$/,
);
const AFTER_PAPER_NOT_VERB = wordSet(/^(?:of|to|on|from|and|or|for|in|by|with|about|at|that|which)$/);

/**
 * "Washington sent its reply on Wednesday. Lavrov said the reply ignored Moscow's demand …": a paper
 * with no owner named ("the reply", "the document", "the written answers"), reported on right after a
 * speech verb as its clause's subject, is the paper of the party the document just said sent it (or
 * named as its owner in a sentence shortly before). Returned as that party's adjective on the paper, so
 * the sentence reads it as "the American reply" would be read. Not a paper with an owner or addressee
 * named next to it ("the reply from NATO", "the answer to Kyiv").
 */
export function unownedPaperOwner(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  owner: Speaker | null,
  asked: ReadonlySet<string>,
): ActorMention | null {
  if (!owner || owner.kind !== 'party') return null;
  for (let k = 2; k < tokens.length - 2; k++) {
    if (tokens[k]!.lower !== 'the') continue;
    let n = k + 1;
    if (REPLY_ADJECTIVE.test(tokens[n]?.lower ?? '')) n++;
    if (!OWNED_PAPER.test(tokens[n]?.lower ?? '')) continue;
    let b = k - 1;
    if (tokens[b]?.lower === 'that') b--;
    if (!SPEECH_BEFORE_PAPER.test(tokens[b]?.lower ?? '')) continue;
    const next = tokens[n + 1];
    if (!next || !next.word || AFTER_PAPER_NOT_VERB.test(next.lower)) continue;
    if (actors.some((a) => a.first <= n + 2 && a.last >= k)) continue;
    // (Only a paper refusing something: a receiver's praise or account of it is the receiver's words.)
    if (!refusingAt(tokens, n + 1)) continue;
    // (Only the paper of a party that demands are put to: not an outsider's paper, "the Chinese paper".)
    if (!owner.parties.every((p) => asked.has(p))) continue;
    return {
      first: k,
      last: k,
      parties: [...owner.parties],
      kind: 'name',
      role: owner.role,
      text: owner.matched,
    };
  }
  return null;
}
