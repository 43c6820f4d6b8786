/**
 * A new user's walk: create an empty workspace for a negotiation the shipped ontology knows
 * nothing of, add articles written for the test as .txt, .html, .pdf (printed by Chromium) and
 * .docx, see them listed and derived, restart and find everything there.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDocx } from '../electron/services/import/test-support/make-files';
import { collectPageErrors } from './pages/errors';
import { startBrowserMode } from './support/browser-mode';
import { expect, saveScreen, test } from './support/fixtures';

const ARTICLES = {
  txt: `Tallinn, March 3, 2025\n\nEstonia's fisheries minister said on Monday that Tallinn would not accept a cut of more than 10 percent in the Baltic herring quota.\n\nThe minister added that talks with Finland would continue next week.`,
  html: `<!doctype html><html lang="en"><head><title>Finland seeks deeper cuts | Nordic Wire</title>
    <meta property="og:site_name" content="Nordic Wire"><meta name="author" content="Aino Virtanen">
    <meta property="article:published_time" content="2025-03-04T08:00:00Z"></head>
    <body><nav>Home · Business · Fisheries</nav><article><h1>Finland seeks deeper cuts in the Baltic herring quota</h1>
    <p>Helsinki wants the Baltic herring quota cut by 25 percent, its agriculture ministry said on Tuesday, arguing that stocks have fallen for five years in a row.</p>
    <p>Finnish officials said they were ready to discuss a compensation fund for coastal fishing communities in Estonia and Latvia.</p>
    <p>The European Commission is expected to present its proposal for the 2026 quotas in the autumn.</p></article>
    <footer>© Nordic Wire. Subscribe to our newsletter.</footer></body></html>`,
  pdf: `<html><head><title>Latvia asks for a moratorium on cod</title></head><body style="font: 12pt serif">
    <h1>Latvia asks for a moratorium on cod</h1>
    <p>Riga, March 5, 2025. Latvia called on Wednesday for a two-year moratorium on eastern Baltic cod fishing, a proposal Estonia said it would study.</p>
    <p>Latvian negotiators said the moratorium should come with support for the fleet.</p></body></html>`,
  docx: [
    'Commission proposal meets resistance',
    'Brussels, March 6, 2025. The European Commission proposed a 15 percent cut in the herring quota on Thursday; Estonia and Latvia said the cut went too far.',
    'A spokesperson said the Commission remained open to a phased reduction.',
  ],
};

test('a new user creates a workspace, adds a .txt, .html, .pdf and .docx, and finds them after a restart', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const watch = collectPageErrors(page);
  const files = mkdtempSync(path.join(os.tmpdir(), 'standpoint-articles-'));
  const txt = path.join(files, 'estonia-herring.txt');
  const html = path.join(files, 'finland-cuts.html');
  const pdf = path.join(files, 'latvia-cod.pdf');
  const docx = path.join(files, 'commission-proposal.docx');
  writeFileSync(txt, ARTICLES.txt);
  writeFileSync(html, ARTICLES.html);
  const printer = await context.newPage();
  await printer.setContent(ARTICLES.pdf);
  writeFileSync(pdf, await printer.pdf({ format: 'A4' }));
  await printer.close();
  writeFileSync(
    docx,
    await makeDocx(ARTICLES.docx, { title: 'Commission proposal meets resistance', creator: 'Jan de Vries' }),
  );

  const workspaceDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'standpoint-ws-')), 'baltic-fisheries');
  let app = await startBrowserMode();
  try {
    await page.goto(app.url);
    const name = page.getByTestId('workspace-name');
    await expect(name).toContainText('(example)');
    await saveScreen(page, 'workspace-01-example');

    await page.getByRole('button', { name: 'Workspace ▾' }).click();
    await page.getByRole('menuitem', { name: 'New workspace…' }).click();
    const create = page.getByRole('dialog', { name: 'New workspace' });
    await create.getByLabel('Name').fill('Baltic fisheries quotas 2025');
    await create.getByLabel('Folder (new or empty)').fill(workspaceDir);
    await create.getByLabel(/An empty negotiation/).check();
    await saveScreen(page, 'workspace-02-new-dialog');
    await create.getByRole('button', { name: 'Create workspace' }).click();
    await expect(name).toHaveText('Baltic fisheries quotas 2025');
    await expect(page).toHaveTitle('Baltic fisheries quotas 2025 — Standpoint');
    await saveScreen(page, 'workspace-03-empty');

    await page.getByRole('button', { name: 'Workspace ▾' }).click();
    await page.getByRole('menuitem', { name: 'Add documents…' }).click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-files').setInputFiles([txt, html, pdf, docx]);
    await expect(dialog.getByRole('button', { name: 'Add 4 documents' })).toBeVisible();
    await dialog.getByRole('button', { name: /finland-cuts\.html/ }).click();
    const form = dialog.getByTestId('import-file-form');
    await expect(form.getByLabel('Title')).toHaveValue(
      'Finland seeks deeper cuts in the Baltic herring quota',
    );
    await expect(form.getByLabel('Outlet')).toHaveValue('Nordic Wire');
    await expect(form.getByLabel('Published')).toHaveValue('2025-03-04');
    await saveScreen(page, 'workspace-04-import-confirm');
    await dialog.getByRole('button', { name: /latvia-cod\.pdf/ }).click();
    await expect(form.getByLabel('Title')).toHaveValue('Latvia asks for a moratorium on cod');
    await expect(form.getByLabel('Published')).toHaveValue('2025-03-05');
    await form.getByLabel('Outlet').fill('LETA');
    await dialog.getByRole('button', { name: 'Add 4 documents' }).click();
    await expect(dialog.getByTestId('import-result')).toContainText('Added 4 documents');
    await saveScreen(page, 'workspace-05-import-done');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByText('4 documents ·')).toBeVisible();

    await page.getByRole('button', { name: 'Workspace ▾' }).click();
    await page.getByRole('menuitem', { name: 'Documents…', exact: true }).click();
    const table = page.getByTestId('documents-table');
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table).toContainText('Latvia asks for a moratorium on cod');
    await expect(table).toContainText('LETA');
    await expect(table).toContainText('Commission proposal meets resistance');
    // Derived: each names no party of the (empty) ontology yet, and says so.
    await expect(table).toContainText('no party of the ontology is named');
    await saveScreen(page, 'workspace-06-documents');
  } finally {
    await app.stop();
  }

  app = await startBrowserMode({ dataDir: app.dataDir });
  try {
    await page.goto(app.url);
    await expect(page.getByTestId('workspace-name')).toHaveText('Baltic fisheries quotas 2025');
    await expect(page.getByText('4 documents ·')).toBeVisible();
    await page.getByRole('button', { name: 'Workspace ▾' }).click();
    await page.getByRole('menuitem', { name: 'Documents…', exact: true }).click();
    await expect(page.getByTestId('documents-table').locator('tbody tr')).toHaveCount(4);
    await saveScreen(page, 'workspace-07-after-restart');
  } finally {
    await app.stop();
  }
  watch.assertNone();
});
