/**
 * The seed corpus with analyst work laid on it, the way the app would show it: a note on a cell
 * (marked as a key judgement),
 * a note on a citation, an override with its rationale and one rejected citation.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEffectiveMatrix } from '../../../../shared/analyst/effective';
import { ANALYST_SCHEMA_VERSION } from '../../../../shared/analyst/migrate';
import type { AnalystData } from '../../../../shared/model/analyst';
import type { SourceDocument } from '../../../../shared/model/corpus';
import type { EffectiveMatrix } from '../../../../shared/model/effective';
import { createMatrixService } from '../../corpus';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../corpus');

const authored = (id: string) => ({
  id,
  author: 'M. Analyst',
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-22T09:30:00.000Z',
});

export const SEED_NOTE = 'Ryabkov repeated this on 10 January; treat the line as firm.';
export const SEED_CITATION_NOTE = 'Condensed translation: check wording against the full text.';
export const SEED_OVERRIDE = { party: 'nato', demand: 'missile-deployment', stance: 'rejects' as const };
export const SEED_RATIONALE =
  'NATO only offered talks on reciprocal limits; on Russia’s demand as put, it said no.';
export const SEED_REJECTION = 'Speaker is reported, not quoted.';

export async function seedExport(): Promise<{ matrix: EffectiveMatrix; documents: SourceDocument[] }> {
  const service = createMatrixService({
    corpusDir: SEED_DIR,
    ontologyPath: path.join(SEED_DIR, 'ontology.json'),
    cacheDir: mkdtempSync(path.join(tmpdir(), 'standpoint-export-cache-')),
  });
  const derived = await service.getMatrix();
  const documents = await service.documents();
  const ru = derived.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!;
  const us = derived.cells.find((c) => c.party === 'united-states' && c.demand === 'non-expansion')!;
  const data: AnalystData = {
    schemaVersion: ANALYST_SCHEMA_VERSION,
    notes: [
      {
        ...authored('note-cell'),
        target: { kind: 'cell', party: 'russia', demand: 'non-expansion' },
        text: SEED_NOTE,
        // Marked as a key judgement: it opens the briefing.
        key: true,
      },
      {
        ...authored('note-cite'),
        target: { kind: 'citation', citationKey: ru.citations[0]!.key },
        text: SEED_CITATION_NOTE,
      },
    ],
    overrides: [{ ...authored('override-1'), ...SEED_OVERRIDE, rationale: SEED_RATIONALE }],
    citations: [],
    rejections: [
      {
        ...authored('reject-1'),
        citationKey: us.citations[us.citations.length - 1]!.key,
        reason: SEED_REJECTION,
      },
    ],
    ontologyEdits: [],
  };
  return { matrix: buildEffectiveMatrix(derived, data, {}), documents };
}
