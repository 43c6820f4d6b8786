/**
 * Issue 5, walked as an analyst: override NATO × missile deployment with a rationale, select a
 * sentence in a source and attach it as a citation, write a note, restart browser mode on the same
 * data folder, reload, and find all three.
 */
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { startBrowserMode } from './support/browser-mode';
import { expect, saveScreen, test } from './support/fixtures';

const EDITED_COMMENT = 'Hedged: Ryabkov also calls it a dead end.';
const RATIONALE =
  'NATO told Moscow on 26 Jan it would not discuss missile placement bilaterally; "open" overstates it.';
const NOTE = 'Check the alliance communiqué of 26 Jan against the US written response.';
const SENTENCE = 'Ryabkov said he did not consider the situation “hopeless,”';

test('an analyst’s override, citation and note survive a restart', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);
  await sp.open(app.url);
  await sp.setAuthor('Ann Analyst');

  // 1. Override with a rationale; the derived stance stays visible beside it.
  await sp.openCell('nato', 'missile-deployment');
  const derived = (await sp.detail.getByTestId('effective-stance').textContent())?.trim();
  await sp.overrideStance('rejects', RATIONALE);
  await expect(sp.detail.getByTestId('effective-stance')).toContainText('Rejects');
  await expect(sp.detail.getByTestId('derived-stance')).toContainText(derived!.replace(/^\W+/, ''));
  await expect(sp.cell('nato', 'missile-deployment')).toContainText('Rejects');
  await expect(sp.cell('nato', 'missile-deployment').locator('.marker--override')).toBeVisible();
  await saveScreen(page, 'analyst-work-01-override');

  // 2. A note on the cell.
  await sp.addNote(NOTE);
  await expect(sp.cell('nato', 'missile-deployment').locator('.marker--note')).toBeVisible();
  await saveScreen(page, 'analyst-work-02-note');

  // The Review dialog says how far the derivation agrees with this review: the override is a correction.
  await page.getByRole('button', { name: /^Review/ }).click();
  const agreement = page.getByTestId('review-agreement');
  await expect(agreement.getByTestId('agreement-cells')).toContainText(
    '0 of 1 reviewed cells keep the derived stance (0%)',
  );
  await expect(agreement.getByTestId('agreement-corrections')).toContainText(
    new RegExp(`NATO × .*: derived ${derived!.replace(/^\W+/, '')}, yours Rejects`),
  );
  await saveScreen(page, 'analyst-work-02b-agreement');
  await page.keyboard.press('Escape');
  await expect(agreement).toBeHidden();

  // 3. Select a sentence in a source and attach it to Russia × non-expansion.
  await sp.openCell('united-states', 'non-expansion');
  await sp.openSourceAt(sp.citationQuoting('non-starter'));
  await sp.selectInReader(SENTENCE);
  await saveScreen(page, 'analyst-work-03-selection');
  await sp.attachSelectionAsCitation('russia', 'non-expansion', 'open', 'Not hopeless: room to talk.');
  await expect(sp.reader.locator('.hl--analyst').first()).toContainText('Ryabkov');
  await saveScreen(page, 'analyst-work-04-citation-attached');

  // Undo and redo reach main: the citation goes and comes back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await sp.openCell('russia', 'non-expansion');
  await expect(sp.detail.getByTestId('analyst-citations')).toContainText('hopeless');
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(sp.detail.getByTestId('analyst-citations')).toBeHidden();
  await page.keyboard.press('Control+Shift+z');
  await expect(sp.detail.getByTestId('analyst-citations')).toContainText('hopeless');

  // The analyst's own citation can be edited: its stance and comment.
  const mine = sp.detail.getByTestId('analyst-citation');
  await mine.getByRole('button', { name: 'Edit…' }).click();
  await mine.getByLabel('Stance this quote shows').selectOption('unclear');
  await mine.getByLabel('Comment').fill(EDITED_COMMENT);
  await mine.getByRole('button', { name: 'Save citation' }).click();
  await expect(mine).toContainText('Unclear');
  await expect(mine).toContainText(EDITED_COMMENT);

  // 4. Restart browser mode on the same data folder and reload.
  await app.stop();
  const second = await startBrowserMode({ dataDir: app.dataDir });
  try {
    await sp.open(second.url);
    await expect(sp.cell('nato', 'missile-deployment')).toContainText('Rejects');
    await expect(sp.cell('nato', 'missile-deployment').locator('.marker--override')).toBeVisible();
    await sp.openCell('nato', 'missile-deployment');
    await expect(sp.detail.getByTestId('override-rationale')).toContainText(RATIONALE);
    await expect(sp.detail.getByTestId('notes')).toContainText(NOTE);
    await expect(sp.detail.getByTestId('notes')).toContainText('Ann Analyst');
    await saveScreen(page, 'analyst-work-05-after-restart-override-and-note');
    await sp.openCell('russia', 'non-expansion');
    const own = sp.detail.getByTestId('analyst-citations');
    await expect(own).toContainText('hopeless');
    await expect(own).toContainText('Unclear');
    await expect(own).toContainText(EDITED_COMMENT);
    await own.scrollIntoViewIfNeeded();
    await saveScreen(page, 'analyst-work-06-after-restart-citation');
  } finally {
    await second.stop();
  }
  watch.assertNone();
});
