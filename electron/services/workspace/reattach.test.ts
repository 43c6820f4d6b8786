/**
 * Work filed under a derived citation follows it when the derivation cuts its sentence anew: a
 * store written when the first sentence of a wire story still began at its dateline ("MOSCOW, Jan.
 * 12 (Reuters) - …") is opened by a derivation that leaves the dateline out, so the citation's key
 * names other offsets. The note and the rejection move to the new key, on disk and in the undo
 * history, and the analyst is told; work that cannot be placed for sure stays where it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addText, appTracker, tempDir } from './test-support/open-app';

const apps = appTracker();
afterEach(() => apps.closeAll());

const STORY = [
  'MOSCOW, Jan. 12 (Reuters) - Russia insists that NATO must never admit Ukraine, its deputy foreign minister said on Wednesday.',
  '',
  'The talks in Brussels ended without a date for another meeting.',
].join('\n');

async function workspaceWithStory() {
  const dataDir = tempDir('reattach');
  const app = await apps.open({ dataDir });
  const dir = path.join(tempDir('reattach-ws'), 'w');
  await app.services['workspace:create']({ path: dir, name: 'Re-cut', template: 'russia-west' });
  const { added } = await addText(app.services, 'wire.txt', STORY);
  const doc = added[0]!.id;
  const matrix = await app.services['matrix:get']({});
  const citation = matrix.cells
    .find((c) => c.party === 'russia' && c.demand === 'non-expansion')!
    .citations.find((c) => c.document === doc)!;
  return { app, dataDir, dir, doc, citation };
}

/** A note and a rejection filed under one derived citation, as the analyst makes them. */
async function noteAndReject(
  app: Awaited<ReturnType<typeof workspaceWithStory>>['app'],
  citationKey: string,
) {
  await app.services['analyst:apply']({
    action: {
      type: 'note:create',
      target: { kind: 'citation', citationKey },
      text: 'Check the Russian readout.',
    },
  });
  await app.services['analyst:apply']({
    action: { type: 'rejection:create', citationKey, reason: 'Paraphrase, not a quote.' },
  });
}

describe('re-attaching work to re-cut citations', () => {
  it('moves a note and a rejection filed under the old key of a sentence to its new key', async () => {
    const { app, dataDir, dir, doc, citation } = await workspaceWithStory();
    // The derivation leaves the dateline out: the sentence starts at "Russia insists".
    expect(citation.quote.startsWith('Russia insists')).toBe(true);
    const [, span] = citation.key.split(':').slice(-4);
    const [start, end] = span!.split('-').map(Number) as [number, number];
    expect(start).toBeGreaterThan(0);
    const staleKey = citation.key.replace(`:${start}-${end}:`, `:0-${end}:`);

    await noteAndReject(app, citation.key);
    const storePath = app.session().analyst.storePath;
    await apps.closeAll();

    // What an older version wrote: the same work under the key of the sentence with its dateline.
    writeFileSync(storePath, readFileSync(storePath, 'utf8').replaceAll(citation.key, staleKey));
    expect(readFileSync(storePath, 'utf8')).not.toContain(citation.key);

    const reopened = await apps.open({ dataDir });
    await reopened.services['workspace:open']({ path: dir });
    const snapshot = await reopened.services['analyst:get']({});
    const note = snapshot.data.notes.find((n) => n.text === 'Check the Russian readout.')!;
    expect(note.target).toEqual({ kind: 'citation', citationKey: citation.key, quote: citation.quote });
    expect(snapshot.data.rejections.map((r) => r.citationKey)).toEqual([citation.key]);
    const notice = snapshot.notices.find((n) => n.kind === 'reattached');
    expect(notice?.message).toMatch(/1 note and 1 rejection filed under a citation were moved/);
    // Both went to one citation: its quote is shown once.
    expect(notice?.message.match(/“Russia insists that NATO must never admit Ukraine/g)).toHaveLength(1);

    // On disk, not only in memory; and nothing is left for the Documents dialog to call orphaned.
    const stored = readFileSync(reopened.session().analyst.storePath, 'utf8');
    expect(stored).toContain(citation.key);
    expect(stored).not.toContain(staleKey);
    expect((await reopened.services['documents:list']({})).orphans).toEqual([]);

    // The cell shows the work again.
    const cell = (await reopened.services['matrix:get']({})).cells.find(
      (c) => c.party === 'russia' && c.demand === 'non-expansion',
    )!;
    expect(cell.citations.some((c) => c.key === citation.key && c.document === doc)).toBe(true);
  }, 60_000);

  it('leaves a key it cannot place for sure where it was, listed as no longer derived', async () => {
    const { app, dataDir, dir, citation } = await workspaceWithStory();
    await app.services['analyst:apply']({
      action: { type: 'rejection:create', citationKey: citation.key, reason: 'Paraphrase, not a quote.' },
    });
    const storePath = app.session().analyst.storePath;
    await apps.closeAll();
    // A span in the second paragraph: no citation of that cell overlaps it, and the quote kept with
    // the rejection is one the story no longer holds (it would find the sentence otherwise: see the
    // next test).
    const text = STORY.indexOf('The talks in Brussels');
    const elsewhere = citation.key.replace(/:\d+-\d+:/, `:${text}-${text + 20}:`);
    const quoteField = `"quote":${JSON.stringify(citation.quote)}`;
    expect(readFileSync(storePath, 'utf8')).toContain(quoteField);
    writeFileSync(
      storePath,
      readFileSync(storePath, 'utf8')
        .replaceAll(citation.key, elsewhere)
        .replace(quoteField, '"quote":"Words the story no longer holds."'),
    );

    const reopened = await apps.open({ dataDir });
    await reopened.services['workspace:open']({ path: dir });
    const snapshot = await reopened.services['analyst:get']({});
    expect(snapshot.data.rejections.map((r) => r.citationKey)).toEqual([elsewhere]);
    expect(snapshot.notices.some((n) => n.kind === 'reattached')).toBe(false);
    expect((await reopened.services['documents:list']({})).orphans.map((o) => o.why)).toEqual([
      'the citation “Words the story no longer holds.” for Russia × No further NATO expansion in “Russia insists that NATO must never admit Ukraine, its deputy foreign minister said on Wednesday.” is no longer derived',
    ]);
  }, 60_000);

  it('follows the quote kept with the work when the document was edited outside the app between sessions', async () => {
    const { app, dataDir, dir, doc, citation } = await workspaceWithStory();
    await noteAndReject(app, citation.key);
    const file = (await app.services['documents:list']({})).documents.find((d) => d.id === doc)!.path;
    await apps.closeAll();

    // Someone adds a paragraph at the top of the file in another editor: every offset moves on,
    // past the old span, so only the quote can say where the sentence went.
    const filePath = path.isAbsolute(file) ? file : path.join(dir, 'documents', file);
    const before = readFileSync(filePath, 'utf8');
    const added = `Editor's note: this story was updated with the minister's later remarks and corrected the date of the next meeting in Brussels, which has not been set.\n\n`;
    expect(added.length).toBeGreaterThan(citation.end);
    writeFileSync(filePath, added + before);

    const reopened = await apps.open({ dataDir });
    await reopened.services['workspace:open']({ path: dir });
    const snapshot = await reopened.services['analyst:get']({});
    const now = (await reopened.services['matrix:get']({})).cells
      .find((c) => c.party === 'russia' && c.demand === 'non-expansion')!
      .citations.find((c) => c.document === doc)!;
    expect(now.key).not.toBe(citation.key);
    expect(now.quote).toBe(citation.quote);
    const note = snapshot.data.notes.find((n) => n.text === 'Check the Russian readout.')!;
    expect(note.target).toEqual({ kind: 'citation', citationKey: now.key, quote: now.quote });
    expect(snapshot.data.rejections.map((r) => r.citationKey)).toEqual([now.key]);
    expect((await reopened.services['documents:list']({})).orphans).toEqual([]);
  }, 60_000);
});
