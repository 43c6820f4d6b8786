/**
 * A verdict on a package of demands whose items are set off in commas or dashes between the package
 * and its verb: "Russia's demands, including a pledge that Ukraine never join NATO, were rejected by
 * Washington", "the Kremlin's core demands — including a veto over … — have long been dismissed by
 * NATO officials", "the Russian proposals, which would pull allied troops out of the Baltics, are
 * unacceptable, Kallas said". The items named in the aside are what the verdict refuses, as they are
 * in "rejected Moscow's demands, including …" with the package as object; so with a refusal right
 * before the package ("rejected the Russian proposals, which include …", "rejected what Moscow is
 * demanding, including …").
 *
 * Only a package noun opening its clause as subject (at the sentence's start, after "that" or a verb
 * of saying), an aside opened by an example's lead or by "which" with a verb giving content
 * ("include", "would", "effectively require", "call for", "are meant to"), and a refusal that is the
 * subject's own predicate right after the closing mark. Not "if …" (nothing refused yet), not a
 * verdict negated ("were not rejected outright"), and not the verdict of a party that put the demand
 * forward.
 */
import { clauseOf } from '../clauses';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { exampleLeadEnd } from './phrase-helpers';
import { freeRelativeReferences } from '../references';
import type { SentenceReading } from './sentence-reading';

/** Nouns for a set of demands: "demands", "proposals", "the package", "the drafts", "conditions". */
const PACKAGE_NOUN = wordSet(
  /^(?:demands|proposals|requests|requirements|conditions|terms|package|drafts|draft|texts|ultimatum|ultimatums|guarantees|items|elements|clauses)$/,
);
/** Words of the package's noun phrase before its noun: "the Russian", "Moscow's latest", "some items in the". */
const PACKAGE_PHRASE = wordSet(
  /^(?:the|its|their|these|those|such|some|several|many|most|all|of|in|key|main|core|central|chief|sweeping|security|written|draft|latest|new|other|own|['’]s)$/,
);
/** What may stand right before the subject's phrase: the sentence's start, "that", a verb of saying. */
export const SUBJECT_OPENER = wordSet(
  /^(?:that|said|says|say|added|adds|argued|argues|insisted|insists|stressed|stresses|warned|warns|noted|notes|declared|declares)$/,
);
/** A verb after "which" saying what the package holds or would do: "which include …", "which would …". */
const CONTENT_VERB = wordSet(
  /^(?:include|includes|included|including|would|require|requires|required|call|calls|called|seek|seeks|sought|aim|aims|aimed|demand|demands|demanded)$/,
);
/** "which, he said, were meant to …", "which officials say are designed to …": the package's purpose. */
const PURPOSE_PARTICIPLE = wordSet(/^(?:meant|designed|intended|aimed|supposed)$/);
const BE = wordSet(/^(?:is|are|was|were)$/);
const DASH = /^[—–]$/;
/** An adverb between "which" and its verb: "which effectively require …". */
const RELATIVE_ADVERB = wordSet(/^(?:effectively|essentially|also|reportedly|in|effect)$/);
/** Words that open the subject's predicate after the aside's closing comma, before the verdict. */
const PREDICATE_WORD = wordSet(
  /^(?:is|are|was|were|be|been|being|have|has|had|will|would|could|can|must|should|remain|remains|remained|already|long|also|all|both|simply|clearly|plainly|totally|entirely|completely|wholly|utterly|flatly|firmly|roundly|quickly|swiftly|a|an|as|by|the)$/,
);

/** Predicate words that open a list's next item rather than the predicate: "…, a ban on …". */
const NOT_OPENING_PREDICATE = wordSet(/^(?:a|an|the|as|by|all|both)$/);

/** Where the aside after the package noun's comma at `comma` starts its content, or -1. */
function contentStart(tokens: readonly Token[], comma: number): number {
  const k = comma + 1;
  const w = tokens[k]?.lower ?? '';
  if (w === 'including') return k + 1;
  if (w === 'such' && tokens[k + 1]?.lower === 'as') return k + 2;
  if (w === 'in' && tokens[k + 1]?.lower === 'particular') return k + 2;
  const lead = exampleLeadEnd(tokens, k);
  if (lead >= 0) return lead;
  if (w !== 'which') return -1;
  let v = k + 1;
  while (v <= k + 2 && RELATIVE_ADVERB.test(tokens[v]?.lower ?? '')) v++;
  if (CONTENT_VERB.test(tokens[v]?.lower ?? '')) return v + 1;
  // "which he said were meant to …": past a short speech tag, a purpose after "be".
  for (let j = k + 1; j <= k + 5; j++) {
    if (BE.test(tokens[j]?.lower ?? '') && PURPOSE_PARTICIPLE.test(tokens[j + 1]?.lower ?? ''))
      return tokens[j + 2]?.lower === 'to' ? j + 3 : -1;
    if (!tokens[j]?.word) return -1;
  }
  return -1;
}

/**
 * "what Moscow wants", "what the Kremlin has asked for": a free relative standing for a party's demands
 * (references.ts), ending at `last`; undefined otherwise.
 */
function freeRelativeEndsAt(
  free: ReadonlyArray<{ first: number; last: number }>,
  last: number,
): { first: number; last: number } | undefined {
  return free.find((x) => x.last === last);
}

/**
 * Where the noun phrase ending on the package noun at `noun` starts ("the Russian", "Moscow's latest",
 * "some items in the"), and what stands before it: -1 at the sentence's start.
 */
function phraseStart(tokens: readonly Token[], r: SentenceReading, noun: number): number {
  let s = noun - 1;
  while (s >= 0) {
    const t = tokens[s] as Token;
    if (PACKAGE_PHRASE.test(t.lower) || PACKAGE_NOUN.test(t.lower)) s--;
    else {
      const actor = r.actors.find((a) => a.last === s);
      if (!actor) break;
      s = actor.first - 1;
    }
  }
  return s + 1;
}

/**
 * The refusal closing a subject's aside that runs on from `from`: after the aside's closing comma (or
 * dash, when `dashed`: "— including … —"), the first one with the subject's predicate after it, the
 * first cue with nothing but predicate words before it. Null if that is no plain refusal.
 */
export function verdictAfterAside(r: SentenceReading, from: number, dashed: boolean): Cue | null {
  const { tokens, cues } = r;
  let close = -1;
  for (let k = from; k < tokens.length && k <= from + 20; k++) {
    const w = tokens[k] as Token;
    if (/^[;:.!?()]$/.test(w.text) || (!dashed && DASH.test(w.text))) break;
    const next = tokens[k + 1]?.lower ?? '';
    const predicate = PREDICATE_WORD.test(next) && !NOT_OPENING_PREDICATE.test(next);
    if (dashed && DASH.test(w.text) && !predicate) break;
    if ((dashed ? DASH.test(w.text) : w.text === ',') && predicate) {
      close = k;
      break;
    }
  }
  if (close < 0) return null;
  const verdict = cues.find((c) => c.first > close && c.first <= close + 6);
  if (!verdict || verdict.owner || verdict.negated || verdict.attitude !== 'rejects') return null;
  return tokens.slice(close + 1, verdict.first).every((t) => PREDICATE_WORD.test(t.lower)) ? verdict : null;
}

/** The refusal's holder (or, with no subject of its own, the sentence's speaker) rejects the item `m`. */
export function emitRefusal(r: SentenceReading, refusal: Cue, m: DemandMention): void {
  const { spans, findings, compiled } = r;
  const ci = clauseOf(spans, refusal.first);
  if (ci < 0) return;
  // (A refusal with no subject of its own but the package is the one saying the sentence: "Kallas said
  // the Russian demands, including …, were unacceptable". So where the subject found is the demand's
  // proposer, named inside the subject: "…, which Moscow repeated on Friday, was unacceptable".)
  const speaker = r.speaker;
  const proposers = compiled.proposers.get(m.demand);
  let holder = r.holderOf(refusal, ci);
  if (
    (!holder || holder.parties.every((p) => proposers?.has(p))) &&
    speaker?.kind === 'party' &&
    !speaker.parties.some((p) => proposers?.has(p))
  )
    holder = { parties: speaker.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role };
  if (!holder) return;
  const parties = holder.parties.filter(
    (p) => !proposers?.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
  );
  if (parties.length === 0) return;
  r.emit({ ...holder, parties }, { attitude: 'rejects', negated: false }, refusal, m, ci);
}

export function readApposedContentVerdicts(r: SentenceReading): void {
  const { tokens, mentions, cues } = r;
  const free = tokens.some((t) => t.lower === 'what') ? freeRelativeReferences(tokens, r.actors, []) : [];
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    // The aside's opening comma (or dash), right after the package noun, a few words before the content.
    let comma = -1;
    for (let k = m.first - 1; k >= Math.max(1, m.first - 12); k--) {
      const w = tokens[k] as Token;
      if (/^[;:.!?()"“”]$/.test(w.text)) break;
      if (
        (w.text === ',' || DASH.test(w.text)) &&
        (PACKAGE_NOUN.test(tokens[k - 1]?.lower ?? '') || freeRelativeEndsAt(free, k - 1))
      ) {
        comma = k;
        break;
      }
    }
    if (comma < 0) continue;
    const start = contentStart(tokens, comma);
    if (start < 0 || start > m.first || m.first - start > 8) continue;
    const np = freeRelativeEndsAt(free, comma - 1)?.first ?? phraseStart(tokens, r, comma - 1);
    // The package as the object of a refusal right before it: "rejected Russia's demands, which include …".
    const refusal = cues.find((c) => c.last === np - 1);
    if (refusal) {
      if (refusal.owner || refusal.negated || refusal.attitude !== 'rejects') continue;
      emitRefusal(r, refusal, m);
      continue;
    }
    if (np > 0 && !SUBJECT_OPENER.test(tokens[np - 1]?.lower ?? '')) continue;
    const verdict = verdictAfterAside(r, m.last + 1, DASH.test((tokens[comma] as Token).text));
    if (verdict) emitRefusal(r, verdict, m);
  }
}
