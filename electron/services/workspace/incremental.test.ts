/**
 * The figures the issue asks for, as tests: a 1,000-document workspace takes a new article by
 * deriving that one document (its time is measured by npm run bench), and 500 files are imported in one go,
 * a bad one among them named while the others go on.
 */
import { readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus';
import { addText, openApp, prepareText, tempDir } from './test-support/open-app';

describe('a 1,000-document workspace', () => {
  it('derives only the new document when one is added', async () => {
    const dataDir = tempDir('thousand');
    const app = await openApp({ dataDir });
    try {
      const dir = path.join(tempDir('thousand-ws'), 'w');
      await app.services['workspace:create']({ path: dir, name: 'Thousand', template: 'russia-west' });
      const generated = generateCorpus(1000);
      for (const f of readdirSync(generated))
        renameSync(path.join(generated, f), path.join(dir, 'documents', f));
      await app.services['workspace:open']({ example: true });
      await app.services['workspace:open']({ path: dir });
      const before = await app.services['matrix:get']({});
      expect(before.stats.documents).toBe(1000);
      const derived = app.session().matrixService.derivations;

      const started = performance.now();
      const outcome = await addText(
        app.services,
        'new.txt',
        'Moscow, Feb. 2, 2022.\n\nThe alliance expressed its readiness to discuss the 1997 positions.',
      );
      const after = await app.services['matrix:get']({});
      const millis = performance.now() - started;
      expect(outcome.added).toHaveLength(1);
      expect(app.session().matrixService.derivations - derived).toBe(1);
      expect(after.stats.documents).toBe(1001);
      expect(after.cells.flatMap((c) => c.citations).some((c) => c.document === outcome.added[0]!.id)).toBe(
        true,
      );
      console.log(`added one document to 1,000 in ${Math.round(millis)} ms`);
      // A bound against deriving all 1,000 again (minutes), not a benchmark: on two cores shared with
      // other work the wall time varies severalfold; npm run bench measures it (derive + aggregate).
      expect(millis).toBeLessThan(10_000);
    } finally {
      await app.dispose();
    }
  }, 240_000);
});

describe('importing 500 files', () => {
  it('reads, checks and adds them in batches, naming the one that fails', async () => {
    const app = await openApp({ dataDir: tempDir('five-hundred') });
    try {
      await app.services['workspace:create']({
        path: path.join(tempDir('500-ws'), 'w'),
        name: 'W',
        template: 'russia-west',
      });
      const started = performance.now();
      const items = [];
      const failures: string[] = [];
      for (let i = 0; i < 500; i++) {
        const name = i === 250 ? 'broken.pdf' : `article-${i}.txt`;
        const body =
          i === 250
            ? '%PDF-1.4 not really'
            : `Report ${i}, Jan. ${1 + (i % 28)}, 2022.\n\nOfficial number ${i} said talks on item ${i * 7} would go on, with ${i + 3} delegations present.`;
        const prepared = await prepareText(app.services, name, body);
        if (prepared.ok) items.push({ stagedId: prepared.stagedId, meta: prepared.proposed });
        else failures.push(prepared.error);
      }
      let added = 0;
      for (let i = 0; i < items.length; i += 25)
        added += (await app.services['import:add']({ items: items.slice(i, i + 25) })).added.length;
      const millis = performance.now() - started;
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/^broken\.pdf could not be read as a PDF/);
      expect(added).toBe(499);
      expect((await app.services['workspace:get']({})).documents).toBe(499);
      console.log(`imported 500 files (499 added, 1 failed) in ${Math.round(millis)} ms`);
    } finally {
      await app.dispose();
    }
  }, 240_000);
});
