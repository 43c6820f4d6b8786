/**
 * How far the derivation agrees with the analyst's own review, in the same terms as
 * `npm run evaluate`: a cell the analyst has looked at (overridden, annotated, given or refused a
 * citation, marked reviewed, or decided in the review queue) is right when the analyst's stance for
 * it is the derived one; every citation the analyst rejected is a wrong citation. The analyst's
 * stance is the latest override, else the stance they kept by dismissing the derived change, else
 * the derived stance. Overrides, dismissals and rejections are the corrections.
 */
import type { AnalystData } from '../model/analyst';
import type { StanceMatrix } from '../model/matrix';
import type { Stance } from '../model/stance';

export interface Agreement {
  /** Cells the analyst has reviewed in any way. */
  reviewedCells: number;
  /** Reviewed cells whose derived stance the analyst kept. */
  agreedCells: number;
  /** Reviewed cells the analyst overrode with a different stance, derived → analyst's. */
  corrections: Array<{ party: string; demand: string; derived: Stance; analyst: Stance }>;
  /** Derived citations in reviewed cells, and how many of them the analyst rejected. */
  citations: number;
  rejectedCitations: number;
  /** agreedCells / reviewedCells, or null before any review. */
  cellAgreement: number | null;
  /** 1 − rejected / citations in reviewed cells, or null without citations. */
  citationPrecision: number | null;
}

const key = (party: string, demand: string): string => `${party}|${demand}`;

const latest = <T extends { party: string; demand: string; updatedAt: string }>(
  list: readonly T[],
  party: string,
  demand: string,
): T | undefined =>
  list
    .filter((x) => x.party === party && x.demand === demand)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0))
    .pop();

/** The stance the analyst holds for a cell: the latest override, else the stance a dismissal kept. */
function analystStance(data: AnalystData, party: string, demand: string, derived: Stance): Stance {
  const override = latest(data.overrides, party, demand);
  if (override) return override.stance;
  // Dismissing "supports → rejects" keeps "supports" while the derivation still says "rejects".
  const decision = latest(data.reviewDecisions ?? [], party, demand);
  if (decision?.decision === 'dismissed' && decision.toStance === derived) return decision.fromStance;
  return derived;
}

export function agreementWithAnalyst(matrix: StanceMatrix, data: AnalystData): Agreement {
  const byCitation = new Map<string, string>();
  for (const cell of matrix.cells)
    for (const c of cell.citations) byCitation.set(c.key, key(cell.party, cell.demand));
  const reviewed = new Set<string>();
  for (const o of data.overrides) reviewed.add(key(o.party, o.demand));
  for (const c of data.citations) reviewed.add(key(c.party, c.demand));
  for (const n of data.notes)
    if (n.target.kind === 'cell') reviewed.add(key(n.target.party, n.target.demand));
  for (const m of data.reviewMarks ?? []) reviewed.add(key(m.party, m.demand));
  for (const d of data.reviewDecisions ?? []) reviewed.add(key(d.party, d.demand));
  const rejected = new Set(data.rejections.map((r) => r.citationKey));
  for (const r of rejected) {
    const cell = byCitation.get(r);
    if (cell) reviewed.add(cell);
  }

  const corrections: Agreement['corrections'] = [];
  let citations = 0;
  let rejectedCitations = 0;
  let considered = 0;
  for (const cell of matrix.cells) {
    const k = key(cell.party, cell.demand);
    if (!reviewed.has(k)) continue;
    considered++;
    citations += cell.citations.length;
    rejectedCitations += cell.citations.filter((c) => rejected.has(c.key)).length;
    const analyst = analystStance(data, cell.party, cell.demand, cell.stance);
    if (analyst !== cell.stance)
      corrections.push({ party: cell.party, demand: cell.demand, derived: cell.stance, analyst });
  }
  return {
    reviewedCells: considered,
    agreedCells: considered - corrections.length,
    corrections,
    citations,
    rejectedCitations,
    cellAgreement: considered ? (considered - corrections.length) / considered : null,
    citationPrecision: citations ? 1 - rejectedCitations / citations : null,
  };
}
