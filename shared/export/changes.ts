/**
 * "What changed since the last briefing": a briefing can be saved as a named snapshot (each cell's
 * stance, the citations and notes it rested on), and a later briefing compares the matrix with it:
 * cells whose stance moved, citations and notes that are new.
 */
import type { Note } from '../model/analyst';
import type { EffectiveMatrix } from '../model/effective';
import type { Stance } from '../model/stance';
import { analystCitationKey } from './verify-quotes';

export interface BriefingSnapshot {
  id: string;
  name: string;
  /** ISO timestamp of the export it was saved with. */
  createdAt: string;
  /** Stance by "party|demand", for cells that had one (absent: no position). */
  stances: Record<string, Stance>;
  /** Keys of derived citations and `analyst:<id>` of analyst citations. */
  citations: string[];
  /** Ids of the analyst's notes on cells and citations. */
  notes: string[];
}

export interface StanceMove {
  party: string;
  demand: string;
  from: Stance;
  to: Stance;
}

export interface NewCitation {
  party: string;
  demand: string;
  key: string;
  kind: 'derived' | 'analyst';
  stance: Stance;
  quote: string;
  document: string;
}

export interface NewNote {
  party: string;
  demand: string;
  note: Note;
}

export interface ChangeReport {
  since: Pick<BriefingSnapshot, 'id' | 'name' | 'createdAt'>;
  moved: StanceMove[];
  citations: NewCitation[];
  notes: NewNote[];
}

const key = (party: string, demand: string) => `${party}|${demand}`;

export function takeSnapshot(
  matrix: EffectiveMatrix,
  meta: Pick<BriefingSnapshot, 'id' | 'name' | 'createdAt'>,
): BriefingSnapshot {
  const stances: Record<string, Stance> = {};
  const citations: string[] = [];
  const notes = new Set<string>();
  for (const cell of matrix.cells) {
    if (cell.stance !== 'none') stances[key(cell.party, cell.demand)] = cell.stance;
    for (const c of cell.citations) citations.push(c.key);
    for (const a of cell.analystCitations) citations.push(analystCitationKey(a.id));
    for (const n of cell.notes) notes.add(n.id);
  }
  return { ...meta, stances, citations, notes: [...notes] };
}

/**
 * Everything new or moved in the chosen parties and demands (all when none are chosen), in matrix
 * order. A cell that fell silent counts as moved (to "none").
 */
export function changesSince(
  snapshot: BriefingSnapshot,
  matrix: EffectiveMatrix,
  scope: { parties?: string[]; demands?: string[] } = {},
): ChangeReport {
  const seenCitations = new Set(snapshot.citations);
  const seenNotes = new Set(snapshot.notes);
  const inScope = (party: string, demand: string) =>
    (!scope.parties?.length || scope.parties.includes(party)) &&
    (!scope.demands?.length || scope.demands.includes(demand));
  const report: ChangeReport = {
    since: { id: snapshot.id, name: snapshot.name, createdAt: snapshot.createdAt },
    moved: [],
    citations: [],
    notes: [],
  };
  for (const cell of matrix.cells) {
    const { party, demand } = cell;
    if (!inScope(party, demand)) continue;
    const from = snapshot.stances[key(party, demand)] ?? 'none';
    if (from !== cell.stance) report.moved.push({ party, demand, from, to: cell.stance });
    for (const c of cell.citations) {
      if (seenCitations.has(c.key) || cell.rejections[c.key]) continue;
      report.citations.push({
        party,
        demand,
        key: c.key,
        kind: 'derived',
        stance: c.stance,
        quote: c.quote,
        document: c.document,
      });
    }
    for (const a of cell.analystCitations) {
      const k = analystCitationKey(a.id);
      if (seenCitations.has(k)) continue;
      report.citations.push({
        party,
        demand,
        key: k,
        kind: 'analyst',
        stance: a.stance,
        quote: a.anchor.quote,
        document: a.anchor.document,
      });
    }
    for (const note of cell.notes) if (!seenNotes.has(note.id)) report.notes.push({ party, demand, note });
  }
  return report;
}

export const nothingChanged = (r: ChangeReport): boolean =>
  r.moved.length === 0 && r.citations.length === 0 && r.notes.length === 0;
