/** What the reader highlights in a document: derived citations, the analyst's citations and passages with notes. */
import type { EffectiveMatrix, Note, Stance } from '../../../shared/model';

export interface ReaderMark {
  kind: 'citation' | 'analyst' | 'note' | 'find' | 'focus';
  start: number;
  end: number;
  stance?: Stance;
  party?: string;
  demand?: string;
  rejected?: boolean;
  label?: string;
  note?: Note;
}

const cache = new WeakMap<EffectiveMatrix, Map<string, ReaderMark[]>>();

export function marksByDocument(m: EffectiveMatrix, rangeNotes: Note[]): Map<string, ReaderMark[]> {
  let index = cache.get(m);
  if (!index) {
    index = new Map();
    const add = (doc: string, mark: ReaderMark) => {
      const list = index!.get(doc);
      if (list) list.push(mark);
      else index!.set(doc, [mark]);
    };
    for (const cell of m.cells) {
      for (const c of cell.citations)
        add(c.document, {
          kind: 'citation',
          start: c.start,
          end: c.end,
          stance: c.stance,
          party: c.party,
          demand: c.demand,
          rejected: Boolean(cell.rejections[c.key]),
        });
      for (const c of cell.analystCitations)
        if (c.resolution.status !== 'orphaned')
          add(c.anchor.document, {
            kind: 'analyst',
            start: c.resolution.start,
            end: c.resolution.end,
            stance: c.stance,
            party: c.party,
            demand: c.demand,
          });
    }
    cache.set(m, index);
  }
  if (rangeNotes.length === 0) return index;
  const withNotes = new Map(index);
  for (const note of rangeNotes) {
    if (note.target.kind !== 'range') continue;
    const a = note.target.anchor;
    withNotes.set(a.document, [
      ...(withNotes.get(a.document) ?? []),
      { kind: 'note', start: a.start, end: a.end, note },
    ]);
  }
  return withNotes;
}
