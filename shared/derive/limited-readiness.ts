/**
 * "Washington's readiness to talk does not extend to a halt to NATO enlargement", "the US willingness to
 * negotiate did not cover enlargement", "this readiness does not reach the issues that matter most to
 * Moscow, first of all a stop to the alliance's advance": a readiness said to stop short of a demand is
 * its holder's refusal of that demand (and no openness to it, though the readiness is talk's). The
 * recipient of a reply judges it so: the offer reaches some matters, not the one it asked for.
 *
 * The readiness noun (readiness, willingness, preparedness, openness) is the subject: its owner is named
 * right before it ("Washington's", "the US"), or after it ("the readiness of Washington to …"), or it is
 * pointed back to ("this readiness", "its willingness"): the party the sentence opened with, else the
 * subject of the sentence before. Then, within the clause, a negated verb of reach ("does not extend
 * to", "did not cover", "doesn't reach", "does not apply to"), and the demand's own words after it,
 * before the clause breaks. Never for a proposer of the demand: "Moscow's readiness to
 * compromise does not extend to enlargement" holds its demand firm.
 */
import type { ActorMention } from './actors';
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

const READINESS_NOUN = wordSet(/^(?:readiness|willingness|preparedness|openness)$/);
/** (Each limit read below is on a READINESS_NOUN: without one, nothing is read.) */
const READINESS_NOUN_WORD = triggerList(READINESS_NOUN);
/** Words pointing the readiness back to a party named before: "this readiness", "their willingness". */
const POINTER = wordSet(/^(?:this|that|such|its|their|the)$/);
/** A describing word between owner or pointer and the noun: "Washington's stated readiness". */
const DESCRIBING = wordSet(/^(?:stated|professed|declared|apparent|new|certain|current|own|limited)$/);
const NEGATED_AUX = wordSet(
  /^(?:doesn't|don't|didn't|hasn't|haven't|won't|does|do|did|has|have|will|would|could|can|cannot)$/,
);
/** Verbs of reach: what the readiness covers. */
const REACH = wordSet(
  /^(?:extend|extends|extended|reach|reached|cover|covered|apply|applied|stretch|stretched|include|included)$/,
);
/** What ends the readiness's clause before its limit: another finite verb or a new clause. */
const CLAUSE_END = wordSet(
  /^(?:is|are|was|were|but|while|whereas|although|though|because|and|said|says|told|added|[;:.!?—–])$/,
);
/** What ends the reach of the limit: a new clause. */
const REACH_END = wordSet(/^(?:but|while|whereas|although|though|because|however|[;:.!?])$/);
const REACH_WORDS = 30;
const SPEAKING = wordSet(/^(?:said|says|told|added|argued|noted|stressed|insisted|explained)$/);

/** The owner named right before the readiness noun at `r` (past one describing word), or null. */
function ownerBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  r: number,
): ActorMention | null {
  let at = DESCRIBING.test(tokens[r - 1]?.lower ?? '') ? r - 2 : r - 1;
  if (/^['’]s$/.test(tokens[at]?.lower ?? '')) at--;
  return actors.find((a) => a.last === at && a.parties.length > 0) ?? null;
}

/** The limit after the readiness noun at `r`: the span of "does not extend to", "didn't cover"; or null. */
function limitAfter(tokens: readonly Token[], r: number): { first: number; last: number } | null {
  for (let k = r + 1; k < tokens.length && k <= r + 14; k++) {
    const w = tokens[k]?.lower ?? '';
    if (NEGATED_AUX.test(w)) {
      const contracted = /n't$/.test(w) || w === 'cannot';
      const verb = contracted ? k + 1 : k + 2;
      if (!contracted && !/^(?:not|never)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      if (!REACH.test(tokens[verb]?.lower ?? '')) return null;
      const last = /^(?:to|into)$/.test(tokens[verb + 1]?.lower ?? '') ? verb + 1 : verb;
      return { first: k, last };
    }
    if (CLAUSE_END.test(w)) return null;
  }
  return null;
}

/** The party whose readiness the noun at `r` is, or null. */
function readinessOwner(r: SentenceReading, r0: number): ActorMention | null {
  const { tokens, input } = r;
  const actors = input.actors;
  const before = ownerBefore(tokens, actors, r0);
  if (before) return before;
  // "the readiness of Washington and NATO to talk …"
  if (tokens[r0 + 1]?.lower === 'of') {
    const after = actors.find((a) => a.first === r0 + 2 && a.parties.length > 0);
    if (after) return after;
  }
  const pointer = DESCRIBING.test(tokens[r0 - 1]?.lower ?? '') ? r0 - 2 : r0 - 1;
  if (!POINTER.test(tokens[pointer]?.lower ?? '')) return null;
  const word = tokens[pointer]?.lower ?? '';
  // ("Washington will talk about drills, but its readiness …": "its" is the party the sentence opened
  // with, not one speaking: "Lavrov said its readiness …" is another's.)
  if (word === 'its' || word === 'their') {
    const opening = actors.find((a) => a.first <= 3 && a.last < pointer && a.parties.length > 0);
    if (opening) return SPEAKING.test(tokens[opening.last + 1]?.lower ?? '') ? null : opening;
  }
  // ("this readiness", "such willingness", "its readiness" opening the sentence: the subject before.)
  return word === 'the' ? null : (input.recentSubject ?? null);
}

/** The parties of a pointed-back owner: the whole group the sentence before opened with, if it holds the owner. */
function ownerParties(r: SentenceReading, owner: ActorMention): string[] {
  const group = r.input.recentGroups?.[0];
  if (owner === r.input.recentSubject && group?.kind === 'party')
    if (owner.parties.every((p) => group.parties.includes(p))) return group.parties;
  return owner.parties;
}

export function readLimitedReadiness(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  if (!holdsTrigger(tokens, READINESS_NOUN_WORD)) return;
  if (r.facts.question) return;
  for (let i = 1; i < tokens.length; i++) {
    if (!READINESS_NOUN.test(tokens[i]?.lower ?? '')) continue;
    const limit = limitAfter(tokens, i);
    if (!limit) continue;
    const owner = readinessOwner(r, i);
    if (!owner) continue;
    let end = limit.last + 1;
    while (
      end < tokens.length &&
      end <= limit.last + REACH_WORDS &&
      !REACH_END.test(tokens[end]?.lower ?? '')
    )
      end++;
    const reached = mentions.filter(
      (m) => m.kind !== 'reference' && m.direction !== 0 && m.first > limit.last && m.last < end,
    );
    for (const m of reached) {
      const proposers = compiled.proposers.get(m.demand);
      const parties = ownerParties(r, owner).filter((p) => !proposers?.has(p));
      if (parties.length === 0) continue;
      // (The readiness's own cue, "willingness to negotiate", read on past the limit: not openness.)
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k];
        if (f?.mention === m && parties.includes(f.party) && f.stance === 'open') findings.splice(k, 1);
      }
      const free = parties.filter((p) => !findings.some((f) => f.demand === m.demand && f.party === p));
      if (free.length === 0) continue;
      r.emit(
        {
          parties: free,
          kind: owner === r.input.recentSubject ? 'previous-speaker' : 'subject',
          matched: owner.text,
          role: owner.role,
        },
        // (The readiness denied: a refusal of the demand, or of its topic, "… to NATO enlargement".)
        { attitude: 'open', negated: true },
        r.wordsCue(limit.first, limit.last, 'open'),
        m,
        Math.max(0, clauseOf(spans, limit.first)),
      );
    }
  }
}
