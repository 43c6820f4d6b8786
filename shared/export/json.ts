/**
 * The matrix JSON: the effective matrix restricted to the chosen parties and demands, with the
 * verification result of every quote beside it so a reader never takes a failed quote as checked.
 */
import type { EffectiveMatrix } from '../model/effective';
import type { PreparedExport } from './prepare';

export interface MatrixExportJson {
  format: 'standpoint-matrix-export';
  version: 1;
  title: string;
  classification: string;
  corpus: string;
  exportedAt: string;
  matrix: EffectiveMatrix;
  /** By citation key (analyst citations as `analyst:<id>`). */
  verification: Record<string, { ok: boolean; status: string; problem: string | null }>;
  warnings: string[];
}

export function renderJsonFrom(p: PreparedExport, matrix: EffectiveMatrix): string {
  const parties = new Set(p.parties.map((x) => x.id));
  const demands = new Set(p.demands.map((x) => x.id));
  const cells = p.rows.flat();
  const verification: MatrixExportJson['verification'] = {};
  for (const c of p.citations)
    verification[c.key] = { ok: c.check.ok, status: c.check.status, problem: c.check.problem };
  const out: MatrixExportJson = {
    format: 'standpoint-matrix-export',
    version: 1,
    title: p.title,
    classification: p.classification,
    corpus: p.corpus,
    exportedAt: p.printedAt,
    matrix: {
      ...matrix,
      parties: p.parties.filter((x) => parties.has(x.id)),
      demands: p.demands.filter((x) => demands.has(x.id)),
      cells: cells.map((pc) => pc.cell),
    },
    verification,
    warnings: p.warnings,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
