/**
 * The subject of a clause that states what a guarantee guarantees: "assurances that what took place
 * under Trump will not happen again", "a guarantee needed that the next administration would not walk
 * out". A demand phrasing with a gap after its pledge noun ("guarantee … not … again") has the gap
 * stand for a short noun phrase, the clause's subject; news writing often gives that subject many
 * words. Such a subject's words (with the "that" and a participle such as "needed" before it) cost a
 * gap less, so the phrasing still reads over them — only where the clause's verb is a modal with its
 * negation right after the subject ("will not", "would never", "won't"): the negated undertaking the
 * pledge nouns of such phrasings ask for.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { GUARANTEE_WORD, MODAL_VERBS, NEGATION_WORD } from './word-lists';
import { wordSet } from './word-set';

/** Participles naming the pledge as asked for: "the assurances needed that …", "guarantees sought that …". */
const ASKED_PARTICIPLE = wordSet(/^(?:needed|required|sought|demanded|wanted|requested|asked)$/);
/** The modal of the clause's verb, also in the first half of a contraction ("wo|n't", "ca|n't"). */
const CLAUSE_MODAL = wordSet(
  new RegExp(`^(?:${MODAL_VERBS.join('|')}|wo|ca|won['’]t|wouldn['’]t|can['’]t)$`),
);
/** Words that end a subject: another clause, a list of clauses, a relative or a verb of being. */
const NOT_IN_SUBJECT = wordSet(
  /^(?:that|which|who|whom|whose|and|or|but|if|unless|because|while|is|are|was|were|be|been|has|have|had|to)$/,
);
/** The most words a subject may have, and the most tokens (with quotes and "'s") it may span. */
const MAX_SUBJECT = 9;
const MAX_SPAN = 3 * MAX_SUBJECT;

/** The "that" opening a clause after a pledge noun, at `j` or right after the participle at `j`; -1 if none. */
function clauseOpenerAt(tokens: readonly Token[], j: number): number {
  const at = tokens[j];
  if (at?.lower === 'that' && GUARANTEE_WORD.test(tokens[j - 1]?.lower ?? '')) return j;
  if (
    at?.lower === 'that' &&
    ASKED_PARTICIPLE.test(tokens[j - 1]?.lower ?? '') &&
    GUARANTEE_WORD.test(tokens[j - 2]?.lower ?? '')
  )
    return j;
  if (
    at &&
    ASKED_PARTICIPLE.test(at.lower) &&
    GUARANTEE_WORD.test(tokens[j - 1]?.lower ?? '') &&
    tokens[j + 1]?.lower === 'that'
  )
    return j + 1;
  return -1;
}

/** Whether the token at `j` is a subject's word (or a transparent one such as "'s"). */
function subjectWord(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.transparent) return true;
  // ("what was done under Trump": the verb of a subject that is itself a "what" clause.)
  if (tokens[j - 1]?.lower === 'what' && /^(?:is|was|has|had)$/.test(t.lower)) return true;
  return (
    t.word && !NOT_IN_SUBJECT.test(t.lower) && !CLAUSE_MODAL.test(t.lower) && !NEGATION_WORD.test(t.lower)
  );
}

/** The end of the subject opened by the pledge clause's `that` (the negated modal's index), or -1. */
function subjectEnd(tokens: readonly Token[], that: number): number {
  // (Never past MAX_SUBJECT words or MAX_SPAN tokens: a scan bounded on any input.)
  let words = 0;
  let k = that + 1;
  for (; k < tokens.length && k <= that + MAX_SPAN && subjectWord(tokens, k); k++) {
    if (!tokens[k]?.transparent) words++;
    if (words > MAX_SUBJECT) return -1;
  }
  const modal = tokens[k];
  if (words === 0 || !modal || !CLAUSE_MODAL.test(modal.lower)) return -1;
  if (/n['’]t$/.test(modal.lower)) return k;
  let n = k + 1;
  while (tokens[n]?.transparent && !NEGATION_WORD.test(tokens[n]?.lower ?? '')) n++;
  return NEGATION_WORD.test(tokens[n]?.lower ?? '') && tokens[n]?.lower !== 'no' ? k : -1;
}

/** Modifiers a pledge noun may have after a "no" that denies it: "no legally binding guarantee that …". */
const DENIED_PLEDGE_MODIFIERS = 2;

/**
 * Whether the pledge noun before the clause opener at `that` (past its participle) is denied by a "no":
 * "offered Tehran no guarantee that the next president would not …" names the demand's opposite, which
 * the ontology's "no guarantee" wording reads; a cheap gap would turn it into the demand's own words.
 */
function deniedPledge(tokens: readonly Token[], that: number): boolean {
  let noun = that - 1;
  if (ASKED_PARTICIPLE.test(tokens[noun]?.lower ?? '')) noun--;
  for (let k = noun - 1; k >= Math.max(0, noun - 1 - DENIED_PLEDGE_MODIFIERS); k--) {
    if (tokens[k]?.lower === 'no') return true;
    if (!tokens[k]?.word) return false;
  }
  return false;
}

/** Per sentence, the tokens of its pledge clauses' openings and subjects (one pass, then looked up). */
const marked = new WeakMap<readonly Token[], Uint8Array>();
function pledgeClauseMarks(tokens: readonly Token[]): Uint8Array {
  let marks = marked.get(tokens);
  if (marks) return marks;
  marks = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== 'that' || clauseOpenerAt(tokens, i) !== i || deniedPledge(tokens, i)) continue;
    const end = subjectEnd(tokens, i);
    if (end < 0) continue;
    const from = ASKED_PARTICIPLE.test(tokens[i - 1]?.lower ?? '') ? i - 1 : i;
    marks.fill(1, from, end);
  }
  marked.set(tokens, marks);
  return marks;
}

/**
 * Whether the token at `j` belongs to "<pledge noun> [needed] that <subject>" where the subject ends on
 * a negated modal ("… will not", "… won't"): a clause subject a pledge phrasing's gap may pass cheaply.
 */
export function inPledgeClauseSubject(tokens: readonly Token[], j: number): boolean {
  return pledgeClauseMarks(tokens)[j] === 1;
}

/**
 * "Israel wants assurances that the regime in Tehran will not enrich again": a pledge whose negated
 * clause has the demand's own proposer for its subject is an undertaking asked of the proposer, not the
 * pledge the proposer asks of others. Whether the demand phrase matched at `first`..`last` opens on such
 * a clause (its subject naming one of `proposers`).
 */
export function proposerPledgeClause(
  tokens: readonly Token[],
  first: number,
  last: number,
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string>,
): boolean {
  if (!GUARANTEE_WORD.test(tokens[first]?.lower ?? '')) return false;
  const that = clauseOpenerAt(tokens, first + 1);
  if (that < 0 || that >= last) return false;
  const end = subjectEnd(tokens, that);
  if (end < 0 || end > last) return false;
  // ("assurances that Iran will not be sanctioned again": a passive keeps the proposer the one shielded.)
  let verb = end + 1;
  while (verb <= last && (tokens[verb]?.transparent || NEGATION_WORD.test(tokens[verb]?.lower ?? ''))) verb++;
  if (tokens[verb]?.lower === 'be' && /(?:ed|en)$/.test(tokens[verb + 1]?.lower ?? '')) return false;
  return actors.some((a) => a.first > that && a.last < end && a.parties.some((p) => proposers.has(p)));
}
