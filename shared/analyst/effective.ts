/**
 * The matrix with the analyst layer laid over it: what the view, print and exports show.
 * Derived data is never changed: an override replaces the displayed stance but the derived one is
 * kept beside it, and rejected citations stay in the cell (marked by key) rather than disappearing.
 */
import type { AnalystData, AnchorResolution, Note, StanceOverride } from '../model/analyst';
import type { EffectiveCell, EffectiveMatrix } from '../model/effective';
import { cellKey, type StanceMatrix } from '../model/matrix';
import type { Stance } from '../model/stance';
import type { Suggestion } from '../model/review';
import { cellReviews } from '../review/review';
import { append } from '../util/append';

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** A cell nobody has said anything about, with no analyst work on it. */
export function silentCell(party: string, demand: string): EffectiveCell {
  return {
    party,
    demand,
    stance: 'none',
    derivedStance: 'none',
    confidence: 0,
    citations: [],
    sources: 0,
    ownSources: 0,
    mentions: [],
    timeline: [],
    override: null,
    notes: [],
    analystCitations: [],
    rejections: {},
  };
}

/**
 * `resolutions` gives, by analyst citation id, where its anchor lies in the current text (see
 * resolveAnchor); a citation without one is shown orphaned at its stored offsets rather than hidden.
 */
export function buildEffectiveMatrix(
  matrix: StanceMatrix,
  data: AnalystData,
  resolutions: Record<string, AnchorResolution>,
  /** The review queue: a cell with a change waiting or dismissed keeps the stance last seen. */
  suggestions: Suggestion[] = [],
): EffectiveMatrix {
  const reviews = cellReviews(suggestions, data);
  const overrides = new Map<string, StanceOverride>(
    data.overrides.map((o) => [cellKey(o.party, o.demand), o]),
  );
  const cellNotes = groupBy(
    data.notes.filter((n) => n.target.kind === 'cell'),
    (n) => (n.target.kind === 'cell' ? cellKey(n.target.party, n.target.demand) : ''),
  );
  const citationNotes = groupBy(
    data.notes.filter((n) => n.target.kind === 'citation'),
    (n) => (n.target.kind === 'citation' ? n.target.citationKey : ''),
  );
  const analystCitations = groupBy(data.citations, (c) => cellKey(c.party, c.demand));
  const rejections = new Map(data.rejections.map((r) => [r.citationKey, r]));

  const cells = matrix.cells.map((cell): EffectiveCell => {
    const key = cellKey(cell.party, cell.demand);
    const override = overrides.get(key) ?? null;
    const own = (analystCitations.get(key) ?? []).map((c) => ({
      ...c,
      resolution: resolutions[c.id] ?? {
        status: 'orphaned' as const,
        start: c.anchor.start,
        end: c.anchor.end,
      },
    }));
    // Notes on a citation belong to the cell that shows it, derived or the analyst's own.
    const notes: Note[] = [...(cellNotes.get(key) ?? [])];
    for (const citationKey of [...cell.citations.map((c) => c.key), ...own.map((c) => c.id)]) {
      append(notes, citationNotes.get(citationKey) ?? []);
    }
    const cellRejections: EffectiveCell['rejections'] = {};
    for (const citation of cell.citations) {
      const rejection = rejections.get(citation.key);
      if (rejection) cellRejections[citation.key] = rejection;
    }
    const review = reviews.get(key);
    return {
      ...cell,
      // An override decides; else a change waiting for review (or dismissed) keeps the stance last
      // seen; else the derived stance, or the analyst's own citations where the corpus says nothing.
      stance: override
        ? override.stance
        : (review?.held ?? (cell.stance === 'none' ? analystStance(own) : cell.stance)),
      ...(review ? { review } : {}),
      derivedStance: cell.stance,
      override,
      notes,
      analystCitations: own,
      rejections: cellRejections,
    };
  });
  return { ...matrix, cells };
}

/**
 * A cell the corpus says nothing about takes its stance from the analyst's own citations (the
 * leading stance; an even split is unclear), so it never reads "No position" beside its evidence.
 * Where the derivation found a stance, only an explicit override changes it.
 */
function analystStance(citations: EffectiveCell['analystCitations']): Stance {
  const votes = new Map<Stance, number>();
  for (const c of citations)
    if (c.resolution.status !== 'orphaned') votes.set(c.stance, (votes.get(c.stance) ?? 0) + 1);
  const [top, second] = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  if (!top) return 'none';
  return second && second[1] === top[1] ? 'unclear' : top[0];
}
