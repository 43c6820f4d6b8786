/**
 * "Ukraine will be admitted to NATO one day, Stoltenberg said", "Georgia would never be let into the
 * alliance, the alliance's chief said": admission in the future passive, the candidate its subject, is the
 * admitting body's declared intent when that body itself speaks — the party whose own name is an anchor of
 * the demand ("NATO") — as "NATO will (never) admit Georgia" is in the active. Not said by another party
 * ("Blinken said Ukraine would be admitted" forecasts what the alliance will do), nor by a proposer (whose
 * "Ukraine will never be admitted" is its demand, read elsewhere); not inside what another asks ("a
 * promise that Ukraine will never be admitted"), a condition or a question, nor limited in time ("not
 * until the war is over", "not any time soon").
 */
import { clauseOf } from '../clauses';
import { partySpeaking, SPEECH } from '../speaker';
import type { CompiledOntology } from '../compile-ontology';
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import type { SentenceReading } from './sentence-reading';
import type { Holder } from './types';
import { timeLimitedIn } from './time-limited';

const FUTURE = /^(?:will|would|shall)$/;
const NEGATION = /^(?:not|never)$/;
const CONTRACTED = /^(?:won|wouldn)['’]t$/;
/** Participles of admitting: "be admitted", "be let in(to)", "be allowed in", "be taken in", "be accepted". */
const ADMITTED = /^(?:admitted|let|allowed|taken|accepted|welcomed)$/;
/** After it, a condition or a time that limits it: "when it meets the criteria", "until the war ends". */
const LIMIT_AFTER = /^(?:if|unless|whether|once|until|till|when|before|while|after|provided)$/;
/** Capitalised words that name no candidate: pronouns and determiners opening a sentence. */
const NOT_A_NAME =
  /^(?:it|they|he|she|we|i|you|this|that|these|those|such|there|which|who|what|none|some|all)$/;
/** Before the candidate: a clause that is content or a condition, not the speaker's statement. */
const CONTENT_OPENER = /^(?:that|if|whether|unless|for|once|until|when)$/;

/** The parties whose own name is one of the demand's anchors: the body that admits ("NATO"). */
function admittingParties(compiled: CompiledOntology, demand: string): Set<string> {
  const anchors = new Set(
    (compiled.demands.find((d) => d.id === demand)?.frame?.anchors ?? []).map((a) => a.toLowerCase()),
  );
  const out = new Set<string>();
  for (const p of compiled.parties)
    if ([p.name, ...(p.aliases ?? [])].some((n) => anchors.has(n.toLowerCase()))) out.add(p.id);
  return out;
}

export function readAdmittedPassives(r: SentenceReading): void {
  const { tokens, mentions, findings, cues, spans, speaker, previousSpeaker, compiled, actors } = r;
  const speaking = partySpeaking(speaker, previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind !== 'frame' || m.direction === 0 || findings.some((f) => f.mention === m)) continue;
    let be = -1;
    for (let p = m.first; p < m.last && be < 0; p++)
      if (tokens[p]?.lower === 'be' && ADMITTED.test(tokens[p + 1]?.lower ?? '')) be = p;
    if (be < 0) continue;
    let modal = be - 1;
    if (!CONTRACTED.test(tokens[modal]?.lower ?? '')) {
      if (NEGATION.test(tokens[modal]?.lower ?? '')) modal--;
      if (!FUTURE.test(tokens[modal]?.lower ?? '')) continue;
    }
    // The candidate, named right before the modal (a party or another country: "Georgia").
    const candidate = actors.find((a) => a.last === modal - 1);
    const name = tokens[modal - 1];
    if (!candidate && !(name?.capital && name.word && !NOT_A_NAME.test(name.lower))) continue;
    const b = (candidate?.first ?? modal - 1) - 1;
    const reported =
      tokens[b]?.lower === 'that' &&
      (SPEECH.has(tokens[b - 1]?.lower ?? '') || /^(?:clear|plain)$/.test(tokens[b - 1]?.lower ?? ''));
    if (CONTENT_OPENER.test(tokens[b]?.lower ?? '') && !reported) continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // Another cue in the clause reads the mention its own way.
    if (cues.some((c) => c.first >= clause[0] && c.last <= clause[1])) continue;
    if (tokens.slice(m.last + 1, clause[1] + 1).some((t) => LIMIT_AFTER.test(t.lower))) continue;
    if (tokens.slice(clause[0], clause[1] + 1).some((t) => t.text === '?')) continue;
    if (timeLimitedIn(tokens as Token[], m.first, clause[1])) continue;
    const proposers = compiled.proposers.get(m.demand);
    const body = admittingParties(compiled, m.demand);
    const parties = speaking.parties.filter((p) => body.has(p) && !proposers?.has(p));
    if (parties.length === 0) continue;
    // Its own word on what it will do: an undertaking (as "NATO will never admit Georgia", said by it),
    // which the side the demand is put to may give.
    const cue: Cue = { ...r.wordsCue(modal, be, 'supports'), commitment: true };
    const holder: Holder = {
      parties,
      kind: speaking === speaker ? 'speaker' : 'previous-speaker',
      matched: speaking.matched,
      role: speaking.role,
    };
    r.emit(holder, { attitude: 'supports', negated: false }, cue, m, ci);
  }
}
