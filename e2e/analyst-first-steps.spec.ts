/**
 * Issue 11, a new analyst's first changes: no name is set, so each form asks for it where the work
 * happens; saving without one keeps what was typed; saving with one records it and completes the
 * action in the same click. The theme saves without a name.
 */
import { expect, saveScreen, test } from './support/fixtures';

test('the first note, override, citation note, rejection, citation, passage note and vocabulary entry ask for the name inline', async ({
  sp,
  page,
  pageErrors,
}) => {
  // The theme is saved without a name.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const prefs = page.getByRole('dialog', { name: 'Preferences' });
  await prefs.getByLabel('Theme').selectOption('dark');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(prefs).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // 1. A note on a cell: tried without a name, the note stays typed and the name is asked for.
  await sp.openCell('russia', 'non-expansion');
  const note = sp.detail.getByPlaceholder('Add a note…');
  await note.fill('Lavrov restated this on 14 January.');
  await sp.detail.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.authorField(sp.detail)).toBeFocused();
  await expect(sp.detail).toContainText('what you wrote is kept');
  await expect(note).toHaveValue('Lavrov restated this on 14 January.');
  await saveScreen(page, 'first-steps-01-name-asked-inline');
  await sp.authorField(sp.detail).fill('Ann Analyst');
  await sp.detail.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.detail.getByTestId('notes')).toContainText('Lavrov restated this on 14 January.');
  await expect(sp.detail.getByTestId('notes')).toContainText('Ann Analyst');
  await expect(sp.authorField(sp.detail)).toBeHidden();

  // 2. An override.
  await sp.setAuthor('');
  await sp.openCell('nato', 'missile-deployment');
  await sp.detail.getByRole('button', { name: 'Override stance…' }).click();
  await sp.detail.getByLabel('Overriding stance').selectOption('rejects');
  await sp.detail.getByLabel('Rationale (required)').fill('NATO said no to the demand as put.');
  await sp.authorField(sp.detail).fill('Ben Analyst');
  await sp.detail.getByRole('button', { name: 'Save override' }).click();
  await expect(sp.detail.getByTestId('override-rationale')).toContainText('NATO said no');
  await expect(sp.detail).toContainText('Ben Analyst');

  // 3. A note on a citation and 4. a rejection.
  await sp.setAuthor('');
  await sp.openCell('united-states', 'non-expansion');
  const card = sp.detail.getByTestId('citation').first();
  await card.getByRole('button', { name: 'Note…' }).click();
  await card.getByLabel('Note on this citation').fill('Check the transcript.');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.authorField(card)).toBeFocused();
  await sp.authorField(card).fill('Cai Analyst');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.detail.getByTestId('notes')).toContainText('Check the transcript.');
  await sp.setAuthor('');
  await card.getByRole('button', { name: 'Reject…' }).click();
  await card.getByLabel('Why is this citation wrong? (required)').fill('Reported, not said.');
  await sp.authorField(card).fill('Dee Analyst');
  await card.getByRole('button', { name: 'Reject citation' }).click();
  await expect(card).toHaveClass(/is-rejected/);
  await expect(card).toContainText('Rejected by Dee Analyst');

  // 5. A citation attached from a selection, and 6. a note on a passage.
  await sp.setAuthor('');
  await sp.openSourceAt(sp.citationQuoting('non-starter'));
  await sp.selectInReader('Ryabkov said he did not consider the situation “hopeless,”');
  const menu = page.getByRole('dialog', { name: 'Use the selected text' });
  await menu.getByRole('button', { name: 'Attach as citation…' }).click();
  await menu.getByLabel('Comment (optional)').fill('Room to talk.');
  await menu.getByRole('button', { name: 'Attach citation' }).click();
  await expect(sp.authorField(menu)).toBeFocused();
  await expect(menu.getByLabel('Comment (optional)')).toHaveValue('Room to talk.');
  await sp.authorField(menu).fill('Eve Analyst');
  await menu.getByRole('button', { name: 'Attach citation' }).click();
  await expect(menu).toBeHidden();
  await expect(sp.reader.locator('.hl--analyst').first()).toContainText('Ryabkov');
  await sp.setAuthor('');
  await sp.selectInReader('We need radical changes in the very outline of our relations.');
  await menu.getByRole('button', { name: 'Add note…' }).click();
  await menu.getByLabel('Note', { exact: true }).fill('The whole relationship, not three demands.');
  await sp.authorField(menu).fill('Fay Analyst');
  await menu.getByRole('button', { name: 'Add note' }).click();
  await expect(sp.reader.getByTestId('passage-notes')).toContainText('Fay Analyst');

  // 7. A party typed into the vocabulary is not thrown away.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await sp.setAuthor('');
  await page.getByRole('button', { name: 'Vocabulary…' }).click();
  const vocabulary = page.getByRole('dialog', { name: 'Vocabulary' });
  await vocabulary.getByRole('button', { name: 'New party…' }).click();
  const newParty = vocabulary.getByRole('form', { name: 'New party' });
  await newParty.getByRole('textbox', { name: 'Name', exact: true }).fill('Transnistria');
  await newParty.getByRole('button', { name: 'Add party and derive again' }).click();
  await expect(newParty.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Transnistria');
  await expect(sp.authorField(vocabulary)).toBeFocused();
  await sp.authorField(vocabulary).fill('Gus Analyst');
  await newParty.getByRole('button', { name: 'Add party and derive again' }).click();
  await expect(vocabulary.getByRole('form', { name: 'Party Transnistria' })).toContainText('Added by you.');
  await expect(vocabulary).toContainText('Gus Analyst');
  await vocabulary.getByRole('button', { name: 'Close' }).click();
  await expect(sp.rowHeader('Transnistria')).toBeVisible();
  expect(pageErrors).toEqual([]);
});
