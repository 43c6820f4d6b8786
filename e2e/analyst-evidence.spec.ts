/**
 * The rest of the analyst's own layer in the view: reject a citation (kept, greyed, with why),
 * a note on a citation, a note on a passage, and notes edited and deleted inline.
 */
import { collectPageErrors } from './pages/errors';
import { StandpointPage } from './pages/StandpointPage';
import { VocabularyPage } from './pages/VocabularyPage';
import { expect, saveScreen, test } from './support/fixtures';

test('an analyst rejects a citation and annotates citations, passages and notes', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);
  await sp.open(app.url);
  await sp.setAuthor('Ann Analyst');

  await sp.openCell('united-states', 'non-expansion');
  const before = Number(
    (await sp.cell('united-states', 'non-expansion').locator('.num').textContent())!.match(/\d+/)![0],
  );
  const card = sp.detail.getByTestId('citation').first();
  await card.getByRole('button', { name: 'Reject…' }).click();
  await card
    .getByLabel('Why is this citation wrong? (required)')
    .fill('Paraphrase by the outlet, not a US statement.');
  await card.getByRole('button', { name: 'Reject citation' }).click();
  await expect(card).toHaveClass(/is-rejected/);
  await expect(card).toContainText('Paraphrase by the outlet');
  await expect(sp.cell('united-states', 'non-expansion').locator('.num')).toContainText(`${before - 1}`);

  await card.getByRole('button', { name: 'Note…' }).click();
  await card.getByLabel('Note on this citation').fill('Ask the Izvestia desk for the original wording.');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.detail.getByTestId('notes')).toContainText('on a citation');
  await saveScreen(page, 'analyst-evidence-01-rejected-and-noted');

  // Edit and delete a note inline.
  const note = sp.detail.getByTestId('notes').locator('li').first();
  await note.getByRole('button', { name: 'Edit' }).click();
  await note.getByLabel('Edit note').fill('Ask the Izvestia desk for the Russian original.');
  await note.getByRole('button', { name: 'Save' }).click();
  await expect(sp.detail.getByTestId('notes')).toContainText('Russian original');
  await sp.detail.getByTestId('notes').locator('li').first().getByRole('button', { name: 'Delete' }).click();
  await expect(sp.detail.getByTestId('notes')).toBeHidden();
  // Undo from the toolbar brings it back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sp.detail.getByTestId('notes')).toContainText('Russian original');

  // A note on a passage, from a selection in the source.
  await sp.openSourceAt(sp.citationQuoting('non-starter'));
  await sp.selectInReader('We need radical changes in the very outline of our relations.');
  const menu = page.getByRole('dialog', { name: 'Use the selected text' });
  await menu.getByRole('button', { name: 'Add note…' }).click();
  await menu.getByLabel('Note').fill('Ryabkov’s framing: the whole relationship, not three demands.');
  await menu.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.reader.getByTestId('passage-notes')).toContainText('whole relationship');
  await expect(sp.reader.locator('.hl--note').first()).toContainText('radical changes');
  await saveScreen(page, 'analyst-evidence-02-passage-note');
  watch.assertNone();
});

test('an analyst adds a party to the vocabulary and the matrix is derived again', async ({ app, page }) => {
  const watch = collectPageErrors(page);
  const sp = new StandpointPage(page);
  const vocabulary = new VocabularyPage(page);
  await sp.open(app.url);
  await sp.setAuthor('Ann Analyst');
  await vocabulary.open();
  await vocabulary.dialog.getByRole('button', { name: 'New party…' }).click();
  const form = vocabulary.dialog.getByRole('form', { name: 'New party' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Transnistria');
  await form.getByRole('textbox', { name: /^Aliases/ }).fill('Tiraspol\nKrasnoselsky');
  await form.getByRole('button', { name: 'Add party and derive again' }).click();
  await expect(vocabulary.editor('Party', 'Transnistria')).toContainText('Added by you.');
  await saveScreen(page, 'analyst-vocabulary-01-added');
  await vocabulary.close();
  await expect(sp.rowHeader('Transnistria')).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(sp.rowHeader('Transnistria')).toBeHidden();
  watch.assertNone();
});
