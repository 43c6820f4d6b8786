/**
 * "What changed since the last briefing", end to end on a copy of the seed corpus: export with a
 * named snapshot, add a note and a document that moves one cell, export again "since" it, and find
 * exactly that cell, that citation and that note in the Markdown, the PDF and the XLSX.
 */
import ExcelJS from 'exceljs';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export';
import { unescapeMd } from '../../../shared/export/test-support/parse';
import { createNodeAppServices } from '../compose-node';
import { SEED_DIR } from './test-support/seed';
import { hasChromium, pdfText, writeTemp } from './test-support/pdf-tools';

const NEW_DOC = {
  id: 'eu-2022-02-01-borrell',
  path: 'eu-2022-02-01-borrell.txt',
  title: 'Brussels briefing, 1 February',
  outlet: 'EU Observer',
  author: null,
  published: '2022-02-01',
  publishedNote: null,
  language: 'en',
  translationOf: null,
};
const NEW_SENTENCE =
  'BRUSSELS, Feb. 1 — The European Union rejected any halt to NATO expansion, its foreign policy chief Josep Borrell said on Tuesday.';
const NOTE = 'Borrell’s line: check whether all 27 capitals share it.';

async function withServices<T>(
  corpusDir: string,
  dataDir: string,
  work: (s: Awaited<ReturnType<typeof createNodeAppServices>>['services']) => Promise<T>,
) {
  const { services, dispose } = await createNodeAppServices({ corpusDir, dataDir, log: () => {} });
  try {
    return await work(services);
  } finally {
    await dispose();
  }
}

describe('changes since a saved briefing', () => {
  it('finds exactly the moved cell, the new citation and the new note', async () => {
    const corpusDir = mkdtempSync(path.join(tmpdir(), 'standpoint-changes-corpus-'));
    const dataDir = mkdtempSync(path.join(tmpdir(), 'standpoint-changes-data-'));
    cpSync(SEED_DIR, corpusDir, { recursive: true });
    const options = { ...DEFAULT_EXPORT_OPTIONS, title: 'Weekly brief' };

    // 1. The Monday briefing, saved as a snapshot; then a note is added.
    await withServices(corpusDir, dataDir, async (s) => {
      await s['preferences:set']({ patch: { author: 'Ann Analyst' } });
      await s['export:build']({ format: 'md', options: { ...options, saveSnapshot: 'Monday brief' } });
      await s['analyst:apply']({
        action: {
          type: 'note:create',
          target: { kind: 'cell', party: 'russia', demand: 'rollback-1997' },
          text: NOTE,
        },
      });
    });

    // 2. A new article arrives in which the EU rejects NATO non-expansion.
    const meta = JSON.parse(readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'));
    meta.documents.push(NEW_DOC);
    writeFileSync(path.join(corpusDir, 'corpus.json'), JSON.stringify(meta, null, 2));
    writeFileSync(path.join(corpusDir, NEW_DOC.path), `${NEW_DOC.title}\n\n${NEW_SENTENCE}\n`);

    // 3. Thursday's briefing, "since" Monday's.
    await withServices(corpusDir, dataDir, async (s) => {
      const { snapshots, problems } = await s['snapshots:list']({});
      expect(problems).toEqual([]);
      expect(snapshots.map((x) => x.name)).toEqual(['Monday brief']);
      const since = { ...options, changesSince: snapshots[0]!.id };

      const md = unescapeMd((await s['export:build']({ format: 'md', options: since })).content);
      const section = md.slice(md.indexOf('## What changed since “Monday brief”'), md.indexOf('## Matrix'));
      expect(section).toContain('### Stances that moved');
      const moved = section.match(/^- .* → .*$/gm)!;
      expect(moved).toEqual(['- European Union — No further NATO expansion: · No position → **✖ Rejects**']);
      const cited = section.slice(section.indexOf('### New citations'), section.indexOf('### New notes'));
      expect(cited.match(/^- /gm)).toHaveLength(1);
      expect(cited).toContain(
        'European Union — No further NATO expansion: ✖ Rejects “The European Union rejected',
      );
      const noted = section.slice(section.indexOf('### New notes'));
      expect(noted.match(/^- /gm)).toHaveLength(1);
      expect(noted).toContain(`Russia — Rollback to 1997 positions: ✎ **Analyst note** (Ann Analyst`);
      expect(noted).toContain(NOTE);

      const xlsx = new ExcelJS.Workbook();
      const built = await s['export:build']({ format: 'xlsx', options: since });
      await xlsx.xlsx.load(Uint8Array.from(Buffer.from(built.content, 'base64')).buffer);
      const changes = xlsx.getWorksheet('Changes')!;
      const rows = changes.getRows(2, changes.rowCount - 1)!.map((r) => (r.values as unknown[]).slice(1, 5));
      expect(rows).toEqual([
        ['Stance moved', 'European Union', 'No further NATO expansion', '· No position'],
        ['New citation', 'European Union', 'No further NATO expansion', ''],
        ['New note', 'Russia', 'Rollback to 1997 positions', ''],
      ]);

      if (hasChromium) {
        const pdf = await s['export:build']({ format: 'pdf', options: since });
        const text = pdfText(writeTemp('since.pdf', Buffer.from(pdf.content, 'base64')));
        expect(text).toContain('What changed since “Monday brief”');
        expect(text).toContain('European Union — No further NATO expansion: · No position → ✖ Rejects');
        expect(text).toContain('The European Union rejected any halt to NATO expansion');
        expect(text).toContain(NOTE);
        expect(text.match(/→/g)).toHaveLength(1);
      }

      // An unknown snapshot is named in a clear error.
      await expect(
        s['export:build']({ format: 'md', options: { ...options, changesSince: 'no-such-brief' } }),
      ).rejects.toThrow('No saved snapshot "no-such-brief"');
    });
  }, 60_000);
});
