/**
 * The "Key judgements" box that opens a briefing: the analyst's cell notes marked as key, in the
 * order of the matrix, each prefixed with the cell it judges. The Print dialog shows these lines for
 * editing; what the analyst leaves there is what is printed.
 */
import type { EffectiveMatrix } from '../model/effective';
import type { Demand, Party } from '../model/ontology';

export function keyJudgementsOf(matrix: EffectiveMatrix, parties: Party[], demands: Demand[]): string[] {
  const cells = new Map(matrix.cells.map((c) => [`${c.party}|${c.demand}`, c]));
  const out: string[] = [];
  for (const party of parties) {
    for (const demand of demands) {
      const notes = (cells.get(`${party.id}|${demand.id}`)?.notes ?? [])
        .filter((n) => n.key && n.target.kind === 'cell')
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      for (const n of notes)
        out.push(`${party.name} — ${demand.title}: ${n.text.replace(/\s+/g, ' ').trim()}`);
    }
  }
  return out;
}
