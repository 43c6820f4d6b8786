/**
 * Siding with the party that put a demand forward, on that demand: "China backs Russia on NATO
 * expansion", "Belarus sided with Moscow over the alliance's enlargement". The one siding holds the
 * proposer's position, the demand itself, whatever words name it ("expansion" is what the demand
 * would stop, but backing Russia on it is backing the demand).
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import { wordSet } from './word-set';

const SIDING = wordSet(
  /^(?:backs?|backed|backing|supports?|supported|supporting|sides?|sided|siding|stands?|stood|standing)$/,
);
const SIDING_JOINER = wordSet(/^(?:with|by|behind)$/);
const TOPIC = wordSet(/^(?:on|over|regarding|in|about|concerning|against)$/);

export function readSiding(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, speakers, compiled } = r;
  for (const cue of cues) {
    if (cue.owner || cue.attitude !== 'supports' || cue.negated) continue;
    if (!SIDING.test(tokens[cue.first]?.lower ?? '')) continue;
    // The proposer right after the verb ("backs Russia", "sided with Moscow", "stood by the Kremlin").
    let k = cue.last + 1;
    if (SIDING_JOINER.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower === 'the') k++;
    const proposer = speakers.find((a) => a.first === k);
    if (!proposer) continue;
    // Then the topic: "on NATO expansion", "over its security demands".
    let t = proposer.last + 1;
    if (!TOPIC.test(tokens[t]?.lower ?? '')) continue;
    t++;
    const ci = clauseOf(spans, cue.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const holder = r.subjectBefore(cue.first, clause);
    if (!holder || holder.parties.length === 0) continue;
    for (const m of mentions) {
      if (m.first < t || m.first > t + 4 || m.kind === 'reference') continue;
      if (!proposer.parties.some((p) => compiled.proposers.get(m.demand)?.has(p))) continue;
      // (Read before as a verdict on the words themselves, "sided with Moscow over enlargement" was
      // taken for support of enlargement: the siding replaces it.)
      for (let f = findings.length - 1; f >= 0; f--) {
        const x = findings[f];
        if (x && x.mention === m && holder.parties.includes(x.party)) findings.splice(f, 1);
      }
      // The proposer's own position: the demand, in its own direction.
      r.emit(holder, { attitude: 'supports', negated: false }, cue, { ...m, direction: 1 }, ci);
    }
  }
}
