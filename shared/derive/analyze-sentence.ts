/**
 * One sentence → citations. The sentence is cut into clauses; in each clause every stance cue is
 * paired with the demands it governs (its object, or the subject of "X was a non-starter") and with
 * the party that holds the position: the possessor ("Russia's demand"), the clause subject ("the
 * U.S. was unlikely to accept"), the speaker ("Sherman said"), the previous speaker ("he said"),
 * the subject of an earlier clause, or the one party the sentence names.
 */
import type { Attribution, AttributionKind } from '../model/matrix';
import type { Stance } from '../model/stance';
import type { Speaker } from './attribution';
import type { CompiledOntology, CueStance } from './compile-ontology';
import type { DemandList } from './enumerations';
import { clauses, demandMentions, type DemandMention } from './sentence-parts';
import { overlaps, type PhraseMatch } from './text-match';

export interface SentenceFinding {
  party: string;
  demand: string;
  stance: Exclude<Stance, 'none'>;
  cue: string;
  negated: boolean;
  attribution: Attribution;
  demandMatch: string;
}

export interface SentenceContext {
  text: string;
  start: number;
  end: number;
  compiled: CompiledOntology;
  /** Lists in the document, in order. */
  lists: DemandList[];
  parties: PhraseMatch<string>[];
  speaker: Speaker | null;
  /** The speaker to use for "he said" or a quotation continued from the sentence before. */
  previousSpeaker: Speaker | null;
}

interface Cue {
  start: number;
  end: number;
  text: string;
  stance: CueStance;
  possessor: PhraseMatch<string> | null;
}

// "Russia's most sweeping demands": a possessive and up to three lowercase words.
const POSSESSIVE_GAP = /^['’]s(?:\s+[a-z][a-z-]*){0,3}\s+$/;
// "the Russian demand", "Western offers": an adjectival name directly before the cue.
const ADJECTIVE_NAME = /(?:an|ern|ese|ish)$/;
// Cues that are nouns naming a demand rather than verbs taking a position.
const REFERRING_NOUN = /^(?:demands?|concerns?|main concern|requirements?)$/i;
// "the demand", "this requirement", "these original demands": a determiner and at most one word.
const DETERMINER_BEFORE = /\b(?:the|this|that|these|those|such)\s+(?:[a-z-]+\s+)?$/i;
const FLIP: Record<CueStance, CueStance> = {
  supports: 'rejects',
  rejects: 'supports',
  open: 'rejects',
  unclear: 'unclear',
};
const COUNTER: Record<CueStance, CueStance> = {
  supports: 'rejects',
  rejects: 'supports',
  open: 'open',
  unclear: 'unclear',
};

function isNegated(ctx: SentenceContext, from: number, cueStart: number): boolean {
  const window = ctx.text.slice(Math.max(from, cueStart - 40), cueStart).replace(/n['’]t\b/gi, ' not');
  const words = window.split(/\s+/).filter(Boolean).slice(-4).join(' ');
  return ctx.compiled.negations.find(` ${words} `).length > 0;
}

export function analyzeSentence(ctx: SentenceContext): SentenceFinding[] {
  const { text, start, end } = ctx;
  const mentions = demandMentions(text, start, end, ctx.compiled, ctx.lists);
  if (mentions.length === 0) return [];
  const parties = ctx.parties.filter((p) => !mentions.some((m) => overlaps(m.start, m.end, p.start, p.end)));
  const cues: Cue[] = ctx.compiled.cues
    .find(text, start, end)
    .filter((c) => !mentions.some((m) => overlaps(m.start, m.end, c.start, c.end)))
    .filter((c) => !parties.some((p) => overlaps(p.start, p.end, c.start, c.end)))
    .map((c) => ({
      start: c.start,
      end: c.end,
      text: c.text,
      stance: c.values[0] as CueStance,
      possessor: null,
    }));
  if (cues.length === 0) return [];

  // Possessors: "Russia's demand", "the Russian demand", "Moscow's main concern".
  const consumed = new Set<PhraseMatch<string>>();
  for (const cue of cues) {
    const before = parties.filter((p) => p.end <= cue.start && cue.start - p.end <= 40).pop();
    const gap = before ? text.slice(before.end, cue.start) : '';
    if (before && (POSSESSIVE_GAP.test(gap) || (/^\s+$/.test(gap) && ADJECTIVE_NAME.test(before.text)))) {
      cue.possessor = before;
      consumed.add(before);
    }
  }
  // "the demand for a halt to NATO expansion" names a demand; it states no one's stance. Without a
  // holder ("Russia's demand"), a demand-like noun after a determiner is left to the other cues of
  // the sentence ("The US rejected the demand…" must not read as the US supporting it).
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i]!;
    if (cue.possessor || !REFERRING_NOUN.test(cue.text)) continue;
    if (DETERMINER_BEFORE.test(text.slice(Math.max(start, cue.start - 40), cue.start))) cues.splice(i, 1);
  }
  if (cues.length === 0) return [];

  // Binding regions: a cue followed by ":" or a dash governs the enumeration after it.
  const regions: Array<[number, number, Cue]> = [];
  for (const cue of cues) {
    const after = /^\s*(?:[:—–]|-\s)\s*(?:i\.e\.,?\s*)?/.exec(text.slice(cue.end, end));
    if (!after) continue;
    const open = cue.end + after[0].length;
    const close = text.slice(open, end).search(/[—–]/);
    regions.push([open, close < 0 ? end : open + close, cue]);
  }
  const inRegion = (m: DemandMention): boolean => regions.some(([s, e]) => m.start >= s && m.end <= e);

  const findings: SentenceFinding[] = [];
  const emit = (
    cue: Cue,
    holder: { parties: string[]; kind: AttributionKind; matched: string },
    scoped: DemandMention[],
    negFrom: number,
  ): void => {
    const negated = cue.possessor
      ? isNegated(ctx, cue.possessor.end, cue.start)
      : isNegated(ctx, negFrom, cue.start);
    for (const m of scoped) {
      let stance = negated ? FLIP[cue.stance] : cue.stance;
      if (m.counter) stance = COUNTER[stance];
      for (const party of holder.parties) {
        findings.push({
          party,
          demand: m.demand,
          stance,
          cue: cue.text,
          negated,
          attribution: { party, kind: holder.kind, matched: holder.matched, role: null, speaker: null },
          demandMatch: m.match,
        });
      }
    }
  };

  const clauseList = clauses(
    text,
    start,
    end,
    regions.map(([s, e]) => [s, e]),
  );
  const clauseSubjects: Array<PhraseMatch<string> | undefined> = clauseList.map(([cs, ce]) =>
    parties.find((p) => p.start >= cs && p.end <= ce && !consumed.has(p)),
  );
  const distinct = new Set(parties.filter((p) => !consumed.has(p)).flatMap((p) => p.values));

  clauseList.forEach(([cs, ce], ci) => {
    const inClause = cues.filter((c) => c.start >= cs && c.end <= ce);
    const free = mentions.filter((m) => m.start >= cs && m.end <= ce && !inRegion(m));
    const verbal = inClause.filter((c) => !c.possessor);
    for (const cue of inClause) {
      const region = regions.find(([, , c]) => c === cue);
      let scoped: DemandMention[];
      if (region) scoped = mentions.filter((m) => m.start >= region[0] && m.end <= region[1]);
      else if (cue.possessor) {
        const next = inClause.find((c) => c.start >= cue.end);
        scoped = free.filter((m) => m.start >= cue.end && m.end <= (next ? next.start : ce));
      } else {
        const vi = verbal.indexOf(cue);
        const next = verbal[vi + 1];
        const prev = verbal[vi - 1];
        scoped = free.filter((m) => m.start >= cue.end && m.end <= (next ? next.start : ce));
        if (scoped.length === 0)
          scoped = free.filter((m) => m.start >= (prev ? prev.end : cs) && m.end <= cue.start);
      }
      if (scoped.length === 0) continue;

      if (cue.possessor) {
        emit(
          cue,
          { parties: cue.possessor.values, kind: 'subject', matched: cue.possessor.text },
          scoped,
          cue.possessor.end,
        );
        continue;
      }
      const subject = parties.filter((p) => p.start >= cs && p.end <= cue.start && !consumed.has(p)).pop();
      if (subject) {
        emit(cue, { parties: subject.values, kind: 'subject', matched: subject.text }, scoped, subject.end);
        continue;
      }
      if (ctx.speaker?.kind === 'party') {
        emit(
          cue,
          { parties: ctx.speaker.parties, kind: 'speaker', matched: ctx.speaker.matched },
          scoped,
          cs,
        );
        continue;
      }
      if (ctx.previousSpeaker?.kind === 'party' && (ctx.speaker === null || ctx.speaker.kind === 'pronoun')) {
        emit(
          cue,
          {
            parties: ctx.previousSpeaker.parties,
            kind: 'previous-speaker',
            matched: ctx.previousSpeaker.matched,
          },
          scoped,
          cs,
        );
        continue;
      }
      const earlier = clauseSubjects.slice(0, ci).filter(Boolean).pop();
      if (earlier) {
        emit(cue, { parties: earlier.values, kind: 'subject', matched: earlier.text }, scoped, cs);
        continue;
      }
      if (distinct.size === 1 && ctx.speaker?.kind !== 'other') {
        const only = parties.find((p) => !consumed.has(p)) as PhraseMatch<string>;
        emit(cue, { parties: only.values, kind: 'alias', matched: only.text }, scoped, cs);
      }
    }
  });
  return findings;
}
