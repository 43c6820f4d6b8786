/**
 * One sentence → findings (party, demand, stance, with the evidence of each step) and unclassified
 * mentions. Each demand mention is governed by the nearest cue of its clause (two cues in a row
 * compose: "refused to discuss"); the cue's holder is, in order: the passive agent ("demanded by
 * Moscow"), the experiencer ("unacceptable to Washington"), the clause subject, "we" in a party's
 * quotation, the sentence's speaker, the previous speaker, or the subject of an earlier clause. A
 * demand noun owned by a party ("Russia's demand for …") is that party's position too.
 */
import type { AttributionKind, Modality, Voice } from '../model/matrix';
import type { Stance } from '../model/stance';
import { canSpeak, type ActorMention } from './actors';
import { clauseOf, clauseSpans } from './clauses';
import type { Attitude, CompiledOntology } from './compile-ontology';
import { modalityOf, type Cue } from './cues';
import type { DemandMention } from './demand-mentions';
import type { Speaker } from './speaker';
import { composeCues, decideStance } from './stance-rules';
import type { Token } from './tokens';

export interface SentenceFinding {
  party: string;
  demand: string;
  stance: Exclude<Stance, 'none'>;
  cue: string;
  negated: boolean;
  attribution: { kind: AttributionKind; matched: string; role: string | null; speaker: string | null };
  voice: Voice;
  modality: Modality;
  demandMatch: string;
  mention: DemandMention;
}

export interface SentenceMention {
  party: string;
  demand: string;
  demandMatch: string;
  partyMatch: string;
}

export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  compiled: CompiledOntology;
  published: string | null;
  actors: readonly ActorMention[];
  mentions: readonly DemandMention[];
  cues: readonly Cue[];
  /** Demand nouns owned by a party: "Russia's demands", "the Russian proposal". */
  possessed: ReadonlyArray<{ first: number; last: number; owner: ActorMention }>;
  speaker: Speaker | null;
  /** The speaker of a quotation continued from before, or of "he said". */
  previousSpeaker: Speaker | null;
}

interface Holder {
  parties: string[];
  kind: AttributionKind;
  matched: string;
  role: string | null;
}

const PREPOSITIONS = new Set(['to', 'with', 'from', 'for', 'on', 'against', 'between', 'about', 'at', 'of', 'by', 'into', 'toward', 'towards', 'over', 'among', 'than', 'like', 'told', 'tell', 'urged', 'asked', 'pressed']);
// Case matters: "US" is a party, "us" a pronoun.
const FIRST_PERSON = new Set(['we', 'We', 'our', 'Our', 'us', 'I', 'my', 'My', 'ours']);
const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const RECIPROCAL = new Set(['reciprocal', 'reciprocity', 'mutual', 'mutually', 'return', 'exchange', 'condition', 'conditions', 'reciprocally']);
const ADJACENT_FILLER = new Set(['to', 'the', 'a', 'an', 'on', 'for', 'that', 'any', 'even', 'also', 'further', 'its', 'their', 'be', 'been', 'is', 'are', 'was', 'were', 'discussing', 'about']);
const MODALITY_WEIGHT: Record<Modality, number> = { present: 1, future: 0.9, conditional: 0.5, historical: 0.25 };

export const citationWeight = (voice: Voice, modality: Modality, reference: boolean): number =>
  Math.round((voice === 'own' ? 1 : 0.6) * MODALITY_WEIGHT[modality] * (reference ? 0.5 : 1) * 100) / 100;

const partyHolder = (s: Speaker): Holder | null =>
  s.kind === 'party' ? { parties: s.parties, kind: s.document ? 'document' : 'speaker', matched: s.matched, role: s.role } : null;

export function analyzeSentence(input: SentenceInput): { findings: SentenceFinding[]; mentions: SentenceMention[] } {
  const { tokens, compiled, actors, mentions, cues, possessed, speaker, previousSpeaker } = input;
  const findings: SentenceFinding[] = [];
  if (mentions.length === 0) return { findings, mentions: [] };
  const spans = clauseSpans(tokens);
  const inMention = (i: number): boolean => mentions.some((m) => i >= m.first && i <= m.last);
  // Actors inside a demand's wording or owning it ("NATO's open door", "that NATO will not expand") hold no position there.
  const partOfDemand = (a: ActorMention): boolean =>
    mentions.some(
      (m) =>
        (a.first >= m.first && a.last <= m.last) ||
        a.last === m.first - 1 ||
        (a.last === m.first - 2 && tokens[a.last + 1]?.transparent === true) ||
        (m.kind === 'frame' && a.first > m.first - 4 && a.last < m.first),
    );
  const speakers = actors.filter((a) => canSpeak(a) && !partOfDemand(a));

  const subjectBefore = (cueFirst: number, clause: [number, number]): Holder | null => {
    for (let i = cueFirst - 1; i >= clause[0]; i--) {
      const t = tokens[i] as Token;
      if (FIRST_PERSON.has(t.text)) {
        const s = speaker?.kind === 'party' ? speaker : previousSpeaker?.kind === 'party' ? previousSpeaker : null;
        return s && s.kind === 'party' ? { parties: s.parties, kind: 'first-person', matched: t.text, role: s.role } : null;
      }
      if (THIRD_PERSON.has(t.lower) && t.lower !== 'it') {
        const s = previousSpeaker?.kind === 'party' ? previousSpeaker : speaker?.kind === 'party' ? speaker : null;
        return s && s.kind === 'party' ? { parties: s.parties, kind: 'previous-speaker', matched: s.matched, role: s.role } : null;
      }
      const actor = speakers.find((a) => a.last === i);
      if (actor) {
        const before = tokens[actor.first - 1];
        if (before && PREPOSITIONS.has(before.lower)) {
          i = actor.first;
          continue;
        }
        return { parties: actor.parties, kind: actor.kind === 'role' || actor.kind === 'learned' ? 'role' : 'subject', matched: actor.text, role: actor.role };
      }
    }
    return null;
  };

  /** `predicativeAfter`: the cue follows the demand it governs, whose wording is the clause's subject. */
  const holderOf = (cue: Cue, ci: number, predicativeAfter: number | null = null): Holder | null => {
    const clause = spans[ci] as [number, number];
    // Passive: "guarantees demanded by Moscow", "the proposals were rejected by Washington".
    for (let i = cue.last + 1; i <= Math.min(clause[1], cue.last + 3); i++) {
      if ((tokens[i] as Token).lower !== 'by') continue;
      const agent = speakers.find((a) => a.first >= i + 1 && a.first <= i + 3);
      const passive = /ed$/.test((tokens[cue.last] as Token).lower) || BE.has(tokens[cue.first - 1]?.lower ?? '') || BE.has(tokens[cue.first - 2]?.lower ?? '');
      if (agent && passive) return { parties: agent.parties, kind: 'passive-agent', matched: agent.text, role: agent.role };
    }
    // Experiencer: "unacceptable to Moscow", "a non-starter for Washington".
    const next = tokens[cue.last + 1];
    if (next && (next.lower === 'to' || next.lower === 'for')) {
      const exp = speakers.find((a) => a.first >= cue.last + 2 && a.first <= cue.last + 3);
      if (exp && ['rejects', 'holdFirm', 'supports'].includes(cue.attitude) && !/^(?:call|ask|urge|press|push|wait)/.test(cue.text.toLowerCase()))
        return { parties: exp.parties, kind: 'subject', matched: exp.text, role: exp.role };
    }
    const subject = subjectBefore(cue.first, predicativeAfter === null ? clause : [predicativeAfter + 1, clause[1]]);
    if (subject) return subject;
    if (speaker?.kind === 'party') return partyHolder(speaker);
    if (previousSpeaker?.kind === 'party' && (speaker === null || speaker.kind === 'pronoun')) {
      return { parties: previousSpeaker.parties, kind: 'previous-speaker', matched: previousSpeaker.matched, role: previousSpeaker.role };
    }
    for (let c = ci - 1; c >= 0; c--) {
      const earlier = subjectBefore((spans[c] as [number, number])[1] + 1, spans[c] as [number, number]);
      if (earlier) return earlier;
    }
    return null;
  };

  const voiceOf = (holder: Holder, party: string): Voice => {
    if (['speaker', 'previous-speaker', 'first-person', 'document'].includes(holder.kind)) return 'own';
    if (speaker?.kind === 'party' && speaker.parties.includes(party)) return 'own';
    if (speaker === null && previousSpeaker?.kind === 'party' && previousSpeaker.parties.includes(party)) return 'own';
    return 'reported';
  };
  const speakerName = (party: string): string | null => {
    const s = speaker ?? previousSpeaker;
    if (!s || (s.kind === 'party' && s.parties.includes(party))) return null;
    return s.matched;
  };

  const emit = (holder: Holder, attitude: { attitude: Attitude; negated: boolean }, cue: Cue, m: DemandMention, ci: number): void => {
    const clause = spans[ci] as [number, number];
    const modality = modalityOf(tokens, clause, cue, input.published, inMention);
    const reciprocal = tokens.slice(clause[0], clause[1] + 1).some((t) => RECIPROCAL.has(t.lower));
    for (const party of holder.parties) {
      const stance = decideStance({
        attitude: attitude.attitude,
        negated: attitude.negated,
        direction: m.direction,
        proposer: compiled.proposers.get(m.demand)?.has(party) ?? false,
        conditionalAcceptance: reciprocal || modality === 'conditional',
      });
      if (!stance) continue;
      findings.push({
        party,
        demand: m.demand,
        stance,
        cue: cue.text,
        negated: attitude.negated,
        attribution: { kind: holder.kind, matched: holder.matched, role: holder.role, speaker: speakerName(party) },
        voice: voiceOf(holder, party),
        modality,
        demandMatch: m.match,
        mention: m,
      });
    }
  };

  // Demand nouns owned by a party: the owner supports what they name ("Russia's demand that NATO not expand").
  for (const p of possessed) {
    const ci = clauseOf(spans, p.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const nextCue = cues.find((c) => c.first > p.last && c.first <= clause[1]);
    const scoped = mentions.filter((m) => m.first > p.last && m.first <= (nextCue ? nextCue.first : clause[1]) && m.kind !== 'reference');
    const cue: Cue = { first: p.first, last: p.last, attitude: 'supports', text: input.text.slice((tokens[p.first] as Token).start, (tokens[p.last] as Token).end), negated: false, negation: null };
    for (const m of scoped) emit({ parties: p.owner.parties, kind: 'possessor', matched: p.owner.text, role: p.owner.role }, cue, cue, m, ci);
  }

  for (const m of mentions) {
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const before = cues.filter((c) => c.last < m.first && c.first >= clause[0]);
    const after = cues.filter((c) => c.first > m.last && c.last <= clause[1]);
    let governing = before[before.length - 1];
    let attitude: { attitude: Attitude; negated: boolean } | null = null;
    if (governing) {
      attitude = { attitude: governing.attitude, negated: governing.negated };
      // Two cues in a row compose: "refused to discuss", "wants to discuss", "rejected calls for".
      const outer = before[before.length - 2];
      if (outer) {
        const between = tokens.slice(outer.last + 1, governing.first).filter((t) => !t.transparent);
        if (between.length <= 3 && between.every((t) => ADJACENT_FILLER.has(t.lower))) {
          attitude = composeCues(outer, attitude);
          governing = { ...outer, text: `${outer.text} … ${governing.text}` };
        }
      }
    } else if (after[0]) {
      // Predicative: "NATO expansion is unacceptable", "the open door is non-negotiable".
      governing = after[0];
      attitude = { attitude: governing.attitude, negated: governing.negated };
    }
    if (!governing || !attitude) continue;
    const holder = holderOf(governing, clauseOf(spans, governing.first), governing.first > m.last ? m.last : null);
    if (holder) emit(holder, attitude, governing, m, ci);
  }

  // Unclassified mentions: a party named (or speaking) and a demand named, without a finding for the pair.
  const unclassified: SentenceMention[] = [];
  const named = new Map<string, string>();
  for (const a of speakers) for (const p of a.parties) if (!named.has(p)) named.set(p, a.text);
  if (speaker?.kind === 'party') for (const p of speaker.parties) if (!named.has(p)) named.set(p, speaker.matched);
  for (const m of mentions) {
    if (m.kind === 'reference') continue;
    for (const [party, partyMatch] of named) {
      if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
      if (unclassified.some((u) => u.party === party && u.demand === m.demand)) continue;
      if (!compiled.parties.some((p) => p.id === party)) continue;
      unclassified.push({ party, demand: m.demand, demandMatch: m.match, partyMatch });
    }
  }
  return { findings, mentions: unclassified };
}
