/**
 * Scores a sentence probe (probe-file.ts): each case derived as a document of its own with the probe's
 * ontology, each expected reading counted right (a citation of that cell with one of its stances),
 * wrong (citations of that cell, none with an expected stance), mention (no citation, but the cell
 * lists the sentence as an unclassified mention) or missed; each `#none` cell held or failed; every
 * citation of a cell the case does not name counted as extra (for a reader to judge).
 */
import type { Ontology } from '../../shared/model/ontology';
import type { Citation } from '../../shared/model/matrix';
import { deriveMatrix } from '../../shared/derive/derive-matrix';
import type { Segmenter } from '../../shared/derive/segment';
import type { ProbeCase, ProbeFile, ProbeReading } from './probe-file';

export type ReadingOutcome = 'right' | 'wrong' | 'mention' | 'missed';

export interface CaseScore {
  probe: ProbeCase;
  expected: Array<{ reading: ProbeReading; outcome: ReadingOutcome; got: string[] }>;
  traps: Array<{ cell: string; held: boolean; got: string[] }>;
  extra: Citation[];
}

export interface ProbeTally {
  cases: number;
  expected: number;
  right: number;
  wrong: number;
  mention: number;
  missed: number;
  trapsHeld: number;
  traps: number;
  extra: number;
}

/** Throws when a case names a party or demand the ontology does not have (a typo would read as a miss). */
export function checkIds(file: ProbeFile, ontology: Ontology, name: string): void {
  const parties = new Set(ontology.parties.map((p) => p.id));
  const demands = new Set(ontology.demands.map((d) => d.id));
  for (const c of file.cases)
    for (const r of [...c.expect, ...c.optional, ...c.none]) {
      if (!parties.has(r.party))
        throw new Error(`${name}, case ${c.index}: no party "${r.party}" in the ontology`);
      if (!demands.has(r.demand))
        throw new Error(`${name}, case ${c.index}: no demand "${r.demand}" in the ontology`);
    }
}

const sameCell = (a: { party: string; demand: string }, b: { party: string; demand: string }) =>
  a.party === b.party && a.demand === b.demand;

export function scoreProbe(file: ProbeFile, ontology: Ontology, segmenter: Segmenter): CaseScore[] {
  return file.cases.map((probe) => {
    const doc = {
      id: `case-${probe.index}`,
      path: `case-${probe.index}.txt`,
      title: `case ${probe.index}`,
      outlet: null,
      author: null,
      published: probe.published,
      publishedNote: null,
      language: 'en',
      translationOf: null,
      text: probe.text,
      hash: `probe-${probe.index}`,
    };
    const matrix = deriveMatrix([doc], ontology, { segmenter });
    const citations = matrix.cells.flatMap((cell) => cell.citations);
    const expected = probe.expect.map((reading) => {
      const same = citations.filter((c) => sameCell(c, reading));
      const got = same.map((c) => c.stance);
      let outcome: ReadingOutcome;
      if (same.some((c) => reading.stances.includes(c.stance))) outcome = 'right';
      else if (same.length) outcome = 'wrong';
      else if (matrix.cells.some((cell) => sameCell(cell, reading) && cell.mentions.length))
        outcome = 'mention';
      else outcome = 'missed';
      return { reading, outcome, got };
    });
    const named = [...probe.expect, ...probe.optional, ...probe.none];
    const traps: CaseScore['traps'] = probe.none.map((cell) => {
      const got = citations.filter((c) => sameCell(c, cell)).map((c) => c.stance);
      return { cell: `${cell.party}:${cell.demand}`, held: got.length === 0, got };
    });
    if (probe.anyCell) {
      const got = citations
        .filter((c) => !named.some((n) => sameCell(c, n)))
        .map((c) => `${c.party}:${c.demand}:${c.stance}`);
      traps.push({ cell: '*', held: got.length === 0, got });
    }
    const extra = probe.anyCell ? [] : citations.filter((c) => !named.some((n) => sameCell(c, n)));
    return { probe, expected, traps, extra };
  });
}

export function tallyOf(scores: readonly CaseScore[]): ProbeTally {
  const t: ProbeTally = {
    cases: scores.length,
    expected: 0,
    right: 0,
    wrong: 0,
    mention: 0,
    missed: 0,
    trapsHeld: 0,
    traps: 0,
    extra: 0,
  };
  for (const s of scores) {
    for (const e of s.expected) {
      t.expected++;
      t[e.outcome]++;
    }
    for (const trap of s.traps) {
      t.traps++;
      if (trap.held) t.trapsHeld++;
    }
    t.extra += s.extra.length;
  }
  return t;
}

/** One file's line: `name cases expected right wrong mention missed traps-held/traps extra`. */
export const probeLine = (name: string, t: ProbeTally): string =>
  `${name} ${t.cases} ${t.expected} ${t.right} ${t.wrong} ${t.mention} ${t.missed} ${t.trapsHeld}/${t.traps} ${t.extra}`;
