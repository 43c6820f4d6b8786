/**
 * Re-attaching the analyst's notes and rejections to derived citations whose key changed.
 *
 * A derived citation's key names its sentence by offsets (`doc:start-end:party:demand`), so a change
 * to where the derivation cuts sentences (a new segmentation rule, a wire dateline left out) gives the
 * same citation a new key, and work filed under the old one would no longer show. A stale key is
 * moved to the current citation of the same document, party and demand whose sentence overlaps the
 * old span the most; when no citation overlaps, or two overlap equally, it is left as it is (the
 * Documents dialog lists it as no longer derived) rather than guessed. When the old citation's quote
 * is known (from the previous matrix, after a document was edited in the app, or stored with the note
 * or rejection when it was made, so also after an edit outside the app between sessions), the quote
 * decides instead: the current citation whose quote holds it or is held by it.
 */
import type { AnalystData, Note } from '../model/analyst';
import type { StanceMatrix } from '../model/matrix';

interface KeyParts {
  document: string;
  start: number;
  end: number;
  party: string;
  demand: string;
}

const KEY = /^(.*):(\d+)-(\d+):([^:]+):([^:]+)$/;

/** The parts of a derived citation key, or null when it is not one (see Citation.key). */
export function parseCitationKey(key: string): KeyParts | null {
  const m = KEY.exec(key);
  if (!m) return null;
  const [, document, start, end, party, demand] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { document, start: Number(start), end: Number(end), party, demand };
}

export interface Reattached {
  kind: 'note' | 'rejection';
  id: string;
  from: string;
  to: string;
  /** The quote of the citation it now belongs to, to show the analyst where it went. */
  quote: string;
}

/**
 * The stale keys of `data` mapped to current ones. A current citation takes at most one rejection:
 * a stale rejection whose match already has one stays stale, so neither reason is lost.
 */
export function reattachCitationKeys(
  data: AnalystData,
  matrix: StanceMatrix,
  previous: StanceMatrix | null = null,
): { data: AnalystData; moved: Reattached[] } {
  const previousQuotes = new Map<string, string>();
  for (const cell of previous?.cells ?? [])
    for (const c of cell.citations) previousQuotes.set(c.key, c.quote);
  const current = new Map<string, string>(); // key → quote
  const byCell = new Map<string, Array<KeyParts & { key: string }>>();
  for (const cell of matrix.cells)
    for (const c of cell.citations) {
      current.set(c.key, c.quote);
      const parts = parseCitationKey(c.key);
      if (!parts) continue;
      const group = `${parts.document}|${parts.party}|${parts.demand}`;
      const list = byCell.get(group);
      if (list) list.push({ ...parts, key: c.key });
      else byCell.set(group, [{ ...parts, key: c.key }]);
    }

  const memo = new Map<string, string | null>();
  const successor = (key: string, storedQuote: string | undefined): string | null => {
    if (current.has(key)) return null;
    const oldQuote = previousQuotes.get(key) ?? storedQuote;
    const memoKey = `${key}\u0000${oldQuote ?? ''}`;
    const known = memo.get(memoKey);
    if (known !== undefined) return known;
    const old = parseCitationKey(key);
    let best: string | null = null;
    let bestOverlap = 0;
    let tied = false;
    for (const c of old ? (byCell.get(`${old.document}|${old.party}|${old.demand}`) ?? []) : []) {
      const quote = current.get(c.key) ?? '';
      const overlap = oldQuote
        ? quote.includes(oldQuote) || oldQuote.includes(quote)
          ? Math.min(quote.length, oldQuote.length)
          : 0
        : Math.min(c.end, old!.end) - Math.max(c.start, old!.start);
      if (overlap <= 0) continue;
      if (overlap > bestOverlap) [best, bestOverlap, tied] = [c.key, overlap, false];
      else if (overlap === bestOverlap) tied = true;
    }
    const found = tied ? null : best;
    memo.set(memoKey, found);
    return found;
  };

  const moved: Reattached[] = [];
  const notes = data.notes.map((n): Note => {
    if (n.target.kind !== 'citation') return n;
    const to = successor(n.target.citationKey, n.target.quote);
    if (!to) return n;
    const quote = current.get(to) ?? '';
    moved.push({ kind: 'note', id: n.id, from: n.target.citationKey, to, quote });
    return { ...n, target: { kind: 'citation', citationKey: to, quote } };
  });
  const rejected = new Set(data.rejections.map((r) => r.citationKey));
  const rejections = data.rejections.map((r) => {
    const to = successor(r.citationKey, r.quote);
    if (!to || rejected.has(to)) return r;
    rejected.add(to);
    const quote = current.get(to) ?? '';
    moved.push({ kind: 'rejection', id: r.id, from: r.citationKey, to, quote });
    return { ...r, citationKey: to, quote };
  });
  if (moved.length === 0) return { data, moved };
  return {
    data: {
      ...data,
      notes: moved.some((m) => m.kind === 'note') ? notes : data.notes,
      rejections: moved.some((m) => m.kind === 'rejection') ? rejections : data.rejections,
    },
    moved,
  };
}

/** The same renaming applied to an earlier state (an undo step), so undoing brings back no stale key. */
export function renameCitationKeys(data: AnalystData, renamed: ReadonlyMap<string, string>): AnalystData {
  const rename = (key: string) => renamed.get(key) ?? key;
  const touchesNotes = data.notes.some(
    (n) => n.target.kind === 'citation' && renamed.has(n.target.citationKey),
  );
  const touchesRejections = data.rejections.some((r) => renamed.has(r.citationKey));
  if (!touchesNotes && !touchesRejections) return data;
  return {
    ...data,
    notes: touchesNotes
      ? data.notes.map((n) =>
          n.target.kind === 'citation' && renamed.has(n.target.citationKey)
            ? { ...n, target: { ...n.target, citationKey: rename(n.target.citationKey) } }
            : n,
        )
      : data.notes,
    rejections: touchesRejections
      ? data.rejections.map((r) =>
          renamed.has(r.citationKey) ? { ...r, citationKey: rename(r.citationKey) } : r,
        )
      : data.rejections,
  };
}
