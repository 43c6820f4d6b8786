/**
 * "Russia has no right to keep Ukraine out of NATO, Stoltenberg said", "it is not for Moscow to carve out a
 * sphere of influence": the demand's own words, denied to the party that put it forward as a right of
 * its, are the refusal of the one who says so. The proposer named as the one denied keeps its own
 * reading (it wants what it is told it may not have); the speaking party, when it did not put the demand
 * forward, rejects it.
 *
 * Only where the denial names the proposer right before it ("Russia has no right to", "Moscow is not
 * entitled to", "it is not for the Kremlin to") and reaches the demand's words within a few words and no
 * punctuation. Not a right denied to another party ("NATO has no right to tell Russia …" is Russia's own
 * claim), nor a denial in the proposer's own mouth.
 * A frame of the demand that begins with the denial's own "no" ("Russia has no right to deny Ukraine NATO
 * membership": "no + deny + membership", read against the demand) is the same refusal.
 */
import type { ActorMention } from '../actors';
import { makeCue, type Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import { clauseOf } from '../clauses';
import type { Speaker } from '../speaker';
import type { SentenceReading } from './sentence-reading';
import type { SentenceInput } from './types';

/** "has" / "is" before the denial: "Russia has no right", "Moscow is not entitled", "… had no business". */
const HAVING = wordSet(/^(?:has|have|had|is|are|was|were|will|would|should|does)$/);
/** What may stand between the denial and the demand's words: a verb and its article ("establish a"). */
const MAX_REACH = 6;
const BREAK = /^[,;:.!?—–()"“”]$/;

/** The denial's words at `at` after the one denied: "no right to", "not entitled to", "no business". */
function denialAfter(tokens: readonly Token[], at: number): number {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  // "has no right to", "has no right whatsoever to" (not "has no right of veto": that is a say, read elsewhere).
  if (w(at) === 'no' && w(at + 1) === 'right') return w(at + 2) === 'to' ? at + 2 : -1;
  if (w(at) === 'not' && w(at + 1) === 'entitled') return w(at + 2) === 'to' ? at + 2 : -1;
  if (w(at) === 'no' && w(at + 1) === 'business') return at + 1;
  return -1;
}

/** Words before the one unable that make the inability a condition or a question. */
const CONDITION = wordSet(/^(?:if|unless|whether|when|once|should)$/);
/** Adverbs that may stand between the inability and the demand's words: "cannot simply stop". */
const INABILITY_ADVERB = wordSet(/^(?:simply|ever|really|possibly|now|still|just)$/);

/**
 * The words of inability right before the demand's words at `at` ("cannot", "can't", "can not", "will not
 * be able to", "won't be able to", "is unable to", "is powerless to"), or null.
 */
function inabilityBefore(tokens: readonly Token[], at: number): { first: number; last: number } | null {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  let end = at - 1;
  while (end > 0 && INABILITY_ADVERB.test(w(end))) end--;
  if (w(end) === 'cannot' || w(end) === 'can’t' || w(end) === "can't") return { first: end, last: end };
  if (w(end) === 'not' && w(end - 1) === 'can') return { first: end - 1, last: end };
  if (w(end) !== 'to') return null;
  if (/^(?:unable|powerless)$/.test(w(end - 1)) && HAVING.test(w(end - 2)))
    return { first: end - 2, last: end };
  if (w(end - 1) === 'able' && w(end - 2) === 'be') {
    if (w(end - 3) === 'not' && /^(?:will|would)$/.test(w(end - 4))) return { first: end - 4, last: end };
    if (/^(?:won't|won’t|wouldn't|wouldn’t)$/.test(w(end - 3))) return { first: end - 3, last: end };
  }
  return null;
}

/** Verbs of making another act: "cannot force Washington to lift …", "will not be able to make NATO stop …". */
const COERCING = wordSet(/^(?:force|make|compel|push|pressure|bully|coerce|get)$/);

/**
 * Where the inability's verb stands when a party made to act comes between it and the demand's words at
 * `at` ("cannot force the United States to | lift …"): the coercing verb's index + 1; else `at`.
 */
function coercedFrom(tokens: readonly Token[], actors: readonly ActorMention[], at: number): number {
  let k = at - 1;
  if (tokens[k]?.lower === 'to') k--;
  const made = actors.find((a) => a.last === k && a.parties.length > 0);
  if (!made) return at;
  const verb = tokens[made.first - 1]?.lower === 'the' ? made.first - 2 : made.first - 1;
  return COERCING.test(tokens[verb]?.lower ?? '') ? verb : at;
}

/**
 * The words of the proposer's inability right before the demand's own words at `m` ("Russia cannot stop
 * Ukraine joining NATO", "Moscow will not be able to block enlargement"), or null. Not a condition ("if
 * Russia cannot stop enlargement by talks, …" asserts nothing).
 */
export function inabilityOfProposer(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: DemandMention,
): { first: number; last: number } | null {
  if (!proposers?.size || m.direction !== 1 || (m.kind !== 'phrase' && m.kind !== 'frame')) return null;
  const unable = inabilityBefore(tokens, coercedFrom(tokens, actors, m.first));
  if (!unable) return null;
  const one = actors.find((a) => a.last === unable.first - 1);
  if (!one || one.parties.length === 0 || !one.parties.every((p) => proposers.has(p))) return null;
  return CONDITION.test(tokens[one.first - 1]?.lower ?? '') ? null : unable;
}

/**
 * The cue of a right denied to the demand's proposer before `m`, or null: the span from the proposer's
 * "has" (or "it is not for") to "to".
 */
export function rightDeniedToProposer(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: DemandMention,
  text: string,
): Cue | null {
  if (!proposers?.size) return null;
  const ofProposer = (a: ActorMention | undefined): boolean =>
    !!a && a.parties.length > 0 && a.parties.every((p) => proposers.has(p));
  // "Russia has no right to deny Ukraine NATO membership", "… to halt NATO enlargement": a frame that took
  // the denial's "no" as its own first restriction (and so reads against the demand) is the same refusal,
  // said by asserting the frame's reading: the cue supports what the frame says.
  if (m.kind === 'frame' && m.direction === -1) {
    const w = (k: number): string => tokens[k]?.lower ?? '';
    const at = m.first;
    if (w(at) !== 'no' || w(at + 1) !== 'right' || w(at + 2) !== 'to' || !m.match.startsWith('no + '))
      return null;
    const denied = actors.find((a) => a.last === at - 2);
    if (!HAVING.test(w(at - 1)) || !denied || !ofProposer(denied)) return null;
    // (Not in a condition: "if Russia has no right to halt enlargement, …" asserts nothing.)
    if (CONDITION.test(w(denied.first - 1))) return null;
    const first = tokens[at - 1] as Token;
    const last = tokens[at + 2] as Token;
    return makeCue({
      first: at - 1,
      last: at + 2,
      attitude: 'supports',
      text: text.slice(first.start, last.end),
      negated: false,
      negation: null,
    });
  }
  if (m.direction !== 1 || (m.kind !== 'phrase' && m.kind !== 'frame')) return null;
  // "Russia cannot stop Ukraine joining NATO": the demand's words as what the proposer is unable to do.
  const unable = inabilityOfProposer(tokens, actors, proposers, m);
  if (unable) {
    const first = tokens[unable.first] as Token;
    const last = tokens[unable.last] as Token;
    return makeCue({
      first: unable.first,
      last: unable.last,
      attitude: 'rejects',
      text: text.slice(first.start, last.end),
      negated: false,
      negation: null,
    });
  }
  if (m.kind !== 'phrase') return null;
  // The "to" (or "business") the demand's words follow, within reach and no break.
  for (let end = m.first - 1; end >= 0 && end >= m.first - 1 - MAX_REACH; end--) {
    const t = tokens[end] as Token;
    if (BREAK.test(t.text)) return null;
    if (t.lower !== 'to' && t.lower !== 'business') continue;
    let start = -1;
    // "Russia has no right to …": the proposer, "has", the denial.
    for (const neg of [end - 2, end - 1]) {
      if (neg < 2 || denialAfter(tokens, neg) !== end) continue;
      if (!HAVING.test(tokens[neg - 1]?.lower ?? '')) continue;
      if (ofProposer(actors.find((a) => a.last === neg - 2))) start = neg - 1;
    }
    // "it is not for Moscow to …", "it is not up to the Kremlin to …".
    if (start < 0) {
      const actor = actors.find((a) => a.last === end - 1);
      if (ofProposer(actor)) {
        const w = (k: number): string => tokens[k]?.lower ?? '';
        const k = (actor as ActorMention).first - 1;
        if (w(k) === 'for' && w(k - 1) === 'not') start = k - 1;
        else if (w(k) === 'to' && w(k - 1) === 'up' && w(k - 2) === 'not') start = k - 2;
      }
    }
    if (start < 0) return null;
    const first = tokens[start] as Token;
    const last = tokens[end] as Token;
    return makeCue({
      first: start,
      last: end,
      attitude: 'rejects',
      text: text.slice(first.start, last.end),
      negated: false,
      negation: null,
    });
  }
  return null;
}

/**
 * (Every cue of rightDeniedToProposer opens on one of these: "no right", "not entitled", "no business",
 * "not for", "not up to"; "cannot", "can't", "can not"; "unable to", "powerless to", "be able to".)
 */
const DENIAL_WORD = triggerList('no', 'not', 'cannot', 'can’t', "can't", 'unable', 'powerless', 'able');

/**
 * Emits the speaking party's refusal of each demand whose own words are denied to its proposer as a
 * right ({@link rightDeniedToProposer}), where the speaker did not put the demand forward and has no
 * reading of it yet.
 */
export function readDeniedRights(
  r: SentenceReading,
  input: SentenceInput,
  speaking: Extract<Speaker, { kind: 'party' }>,
  speaker: Speaker | null,
): void {
  const { tokens, actors, mentions, compiled, text } = input;
  if (!holdsTrigger(tokens, DENIAL_WORD)) return;
  for (const m of mentions) {
    const proposers = compiled.proposers.get(m.demand);
    if (!proposers?.size || speaking.parties.some((p) => proposers.has(p))) continue;
    const cue = rightDeniedToProposer(tokens, actors, proposers, m, text);
    if (!cue) continue;
    const parties = speaking.parties.filter(
      (p) => !r.findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    r.emit(
      {
        parties,
        kind: speaking === speaker ? (speaking.document ? 'document' : 'speaker') : 'previous-speaker',
        matched: speaking.matched,
        role: speaking.role,
      },
      { attitude: cue.attitude, negated: false },
      cue,
      m,
      Math.max(0, clauseOf(r.spans, cue.first)),
    );
  }
}
