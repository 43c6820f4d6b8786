/**
 * A new user with articles on a negotiation the shipped ontology knows nothing of (a trade dispute
 * between Canada and the EU, written for the test): creates an empty workspace, adds the articles
 * (.txt and .html), reads in the matrix why it is empty, builds two parties and two demands in the
 * Vocabulary view (suggestions accepted, one demand defined by hand, an official and aliases added,
 * a change undone), sees cited stances in the grid, and finds everything after a restart.
 * Screenshots of each step in test-results/screens/vocabulary-*.png.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TRADE_ARTICLES } from '../shared/vocabulary/test-support/trade-articles';
import { StandpointPage } from './pages/StandpointPage';
import { VocabularyPage } from './pages/VocabularyPage';
import { startBrowserMode, type BrowserMode } from './support/browser-mode';
import { expect, saveScreen, test } from './support/fixtures';

let server: (BrowserMode & { pid: number }) | null = null;
test.afterEach(async () => {
  await server?.stop();
  server = null;
});

/** The articles as files a user would have: two saved as text, one as a web page. */
function articleFiles(): string[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-trade-files-'));
  return TRADE_ARTICLES.map((a, i) => {
    if (i < 2) {
      const file = path.join(dir, a.file);
      writeFileSync(file, a.text);
      return file;
    }
    const [title, ...paragraphs] = a.text.trim().split('\n');
    const file = path.join(dir, a.file.replace(/\.txt$/, '.html'));
    writeFileSync(
      file,
      `<!doctype html><html lang="en"><head><title>${title} | ${a.outlet}</title>
      <meta property="og:site_name" content="${a.outlet}"></head><body><nav>Home · Trade · Steel</nav>
      <article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
      <footer>© ${a.outlet}</footer></body></html>`,
    );
    return file;
  });
}

test('a new negotiation: from an empty workspace to cited stances through the Vocabulary view', async ({
  page,
  pageErrors,
}) => {
  test.setTimeout(150_000);
  server = await startBrowserMode();
  const dataDir = server.dataDir;
  const sp = new StandpointPage(page);
  const vocabulary = new VocabularyPage(page);

  // 1. An empty workspace for the negotiation, and its articles.
  await page.goto(server.url);
  await page.getByRole('button', { name: 'Workspace ▾' }).click();
  await page.getByRole('menuitem', { name: 'New workspace…' }).click();
  const create = page.getByRole('dialog', { name: 'New workspace' });
  await create.getByLabel('Name').fill('Canada–EU trade dispute');
  const workspaceDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'standpoint-ws-')), 'canada-eu');
  await create.getByLabel('Folder (new or empty)').fill(workspaceDir);
  await create.getByLabel(/An empty negotiation/).check();
  await create.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByTestId('workspace-name')).toHaveText('Canada–EU trade dispute');
  await expect(page.getByRole('heading', { name: 'No documents in this workspace yet' })).toBeVisible();
  await saveScreen(page, 'vocabulary-00-new-workspace');
  await page.getByRole('button', { name: 'Add documents…' }).click();
  const importing = page.getByTestId('import-dialog');
  await importing.getByTestId('import-files').setInputFiles(articleFiles());
  await importing.getByRole('button', { name: 'Add 3 documents' }).click();
  await expect(importing.getByTestId('import-result')).toContainText('Added 3 documents');
  await importing.getByRole('button', { name: 'Close' }).click();

  // The matrix says why it is empty and offers the Vocabulary view.
  const why = page.getByTestId('why-empty');
  await expect(why).toContainText('The vocabulary has no parties and no demands yet');
  await expect(why).toContainText('your 3 documents');
  await saveScreen(page, 'vocabulary-01-empty-matrix');

  // 2. Suggestions from the documents: parties, people with their offices, demand phrasings.
  await why.getByRole('button', { name: 'Suggest from the documents' }).click();
  await expect(vocabulary.dialog).toBeVisible();
  await expect(
    vocabulary.dialog.getByRole('status').filter({ hasText: 'Read 3 of 3 documents' }),
  ).toBeVisible();
  await expect(vocabulary.suggestion('Canada')).toContainText('Adjective: Canadian.');
  await expect(vocabulary.suggestion('Henrik Valden')).toContainText('Trade Commissioner Henrik Valden');
  await saveScreen(page, 'vocabulary-02-suggestions');

  // 3. Accept two parties, an official and a demand phrasing, each in one click. The first change
  //    asks for the analyst's name inline, once.
  await vocabulary.suggestion('Canada').getByRole('button', { name: 'Add as party' }).click();
  const yourName = vocabulary.dialog.getByRole('textbox', { name: /^Your name/ });
  await expect(yourName).toBeFocused();
  await yourName.fill('Ann Analyst');
  await vocabulary.acceptParty('Canada');
  await expect(yourName).toHaveCount(0);
  await vocabulary.acceptParty('European Union');
  // The dateline's city is another name of Canada.
  const ottawa = vocabulary.suggestion('Ottawa');
  await ottawa.getByRole('combobox', { name: /another name of/ }).selectOption({ label: 'Canada' });
  await ottawa.getByRole('button', { name: 'Add alias' }).click();
  await expect(ottawa).toBeHidden();
  await vocabulary.acceptOfficial('Henrik Valden', 'European Union');
  await vocabulary.acceptDemand('removal of steel tariffs');
  await expect(vocabulary.dialog.getByRole('tab', { name: /^Parties/ })).toContainText('2');
  await saveScreen(page, 'vocabulary-03-accepted');

  // 4. Edit a party: the names the articles use for the EU.
  await vocabulary.tab('Parties');
  await vocabulary.select('parties', 'European Union');
  const eu = vocabulary.editor('Party', 'European Union');
  await expect(eu).toContainText('Last change by Ann Analyst');
  await vocabulary.select('parties', 'Canada');
  await expect(vocabulary.editor('Party', 'Canada').getByRole('textbox', { name: /^Aliases/ })).toHaveValue(
    'Canada\nOttawa',
  );
  await vocabulary.select('parties', 'European Union');
  await expect(eu.getByRole('textbox', { name: 'Official 1 name' })).toHaveValue('Henrik Valden');
  await vocabulary.appendLines(eu, /^Aliases/, ['Brussels', 'European Commission', 'the bloc']);
  await vocabulary.save(eu);
  await expect(vocabulary.dialog.getByRole('option', { name: /European Union/ })).toContainText('added');
  await saveScreen(page, 'vocabulary-04-party-edited');

  // 5. Define the second demand by hand, from a sentence the analyst read.
  await vocabulary.tab('Demands');
  await vocabulary.dialog.getByRole('button', { name: 'New demand…' }).click();
  const form = vocabulary.dialog.getByRole('form', { name: 'New demand' });
  await form.getByRole('textbox', { name: 'Title' }).fill('End dairy import quotas');
  await expect(form.getByRole('textbox', { name: /^Id/ })).toHaveValue('end-dairy-import-quotas');
  await form
    .getByRole('textbox', { name: 'Description' })
    .fill('Canada to scrap its quotas on dairy imports.');
  await form.getByRole('textbox', { name: /^Phrases/ }).fill('end to dairy import quotas');
  await form.getByRole('button', { name: 'Add demand and derive again' }).click();
  await expect(vocabulary.editor('Demand', 'End dairy import quotas')).toBeVisible();
  await expect(
    vocabulary.dialog.getByRole('status').filter({ hasText: /Matrix: \d+ citations/ }),
  ).not.toContainText('Matrix: 0 citations');
  await saveScreen(page, 'vocabulary-05-demand-defined');

  // 6. Every change is undoable: hide Canada, then undo.
  await vocabulary.tab('Parties');
  await vocabulary.select('parties', 'Canada');
  const canada = vocabulary.editor('Party', 'Canada');
  await canada.getByRole('checkbox', { name: /Hide from the matrix/ }).check();
  await vocabulary.save(canada);
  await expect(vocabulary.dialog.getByRole('option', { name: /Canada/ })).toContainText('hidden');
  await vocabulary.dialog.getByRole('button', { name: 'Undo Hide party canada' }).click();
  await expect(vocabulary.dialog.getByRole('option', { name: /Canada/ })).not.toContainText('hidden');
  await vocabulary.close();

  // 7. Cited stances in the grid.
  await expect(sp.grid).toBeVisible();
  await expect(page.getByTestId('why-empty')).toHaveCount(0);
  const stances = {
    dairy: sp.cell('canada', 'end-dairy-import-quotas'),
    steel: sp.cell('european-union', 'removal-of-steel-tariffs'),
  };
  await expect(stances.dairy).toContainText('Rejects');
  await expect(stances.steel).toContainText('Supports');
  await sp.openCell('canada', 'end-dairy-import-quotas');
  await expect(
    sp.citation(/rejected the European Union's demand for an end to dairy import quotas/),
  ).toBeVisible();
  await saveScreen(page, 'vocabulary-06-cited-stances');

  // 8. A restart opens the workspace again, with the vocabulary and the stances.
  await server.stop();
  server = await startBrowserMode({ dataDir });
  await page.goto(server.url);
  await expect(page.getByTestId('workspace-name')).toHaveText('Canada–EU trade dispute');
  await expect(sp.cell('canada', 'end-dairy-import-quotas')).toContainText('Rejects');
  await expect(sp.cell('european-union', 'removal-of-steel-tariffs')).toContainText('Supports');
  await vocabulary.open();
  await expect(vocabulary.dialog.getByRole('listbox', { name: 'parties' }).getByRole('option')).toHaveText([
    /Canada/,
    /European Union/,
  ]);
  await vocabulary.select('parties', 'European Union');
  await expect(eu.getByRole('textbox', { name: /^Aliases/ })).toHaveValue(/the bloc/);
  await saveScreen(page, 'vocabulary-07-after-restart');
  expect(pageErrors).toEqual([]);
});
