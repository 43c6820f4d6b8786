/**
 * Issue 11, reading and citing: the search answers as you type, its snippets are whole words and
 * a hit opens the source with the term in Find; the attach form starts on the party the selected
 * text names and the stance the cell shows now, and stays in view.
 */
import { expect, saveScreen, test } from './support/fixtures';

test('search as you type, whole-word snippets, and the term carried into Find', async ({
  sp,
  page,
  pageErrors,
}) => {
  await sp.searchBox.click();
  // Typed like a person, no Enter: the results come on their own.
  await page.keyboard.type('open-door', { delay: 40 });
  const hits = page.getByTestId('search-hits');
  await expect(hits.locator('.hit').first()).toBeVisible();
  await expect(sp.searchBox).toBeFocused();
  await expect(page.locator('.search-results .panel__title')).toContainText('“open-door”');
  for (const snippet of await hits.locator('.hit__snippet').allTextContents()) {
    // Each snippet starts and ends on a word: an ellipsis, or a word's first / last letter.
    expect(snippet).toMatch(/^(…|[\p{Lu}\p{Ll}\d“"(])/u);
    expect(snippet).toMatch(/(…|[\p{L}\d.,;:!?”")])$/u);
  }
  await saveScreen(page, 'search-as-you-type');

  await hits.locator('.hit__snippet').first().click();
  await expect(sp.reader).toBeVisible();
  const find = sp.reader.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toHaveValue('open-door');
  await expect(sp.reader.locator('.findbar')).toContainText(/\d+ of \d+/);
  await expect(sp.reader.locator('.is-find-current').first()).toBeInViewport();
  await saveScreen(page, 'search-hit-find-carried');
  expect(pageErrors).toEqual([]);
});

test('the attach form starts from the selection and the cell, and stays in view', async ({
  sp,
  page,
  pageErrors,
}) => {
  await sp.setAuthor('Ann Analyst');

  // NATO × missiles, overridden to Rejects: a sentence about "the allies" starts on NATO, Rejects.
  await sp.openCell('nato', 'missile-deployment');
  await sp.overrideStance('rejects', 'The allies refused the demand as put.');
  await sp.openSourceAt(sp.citation('open-door'));
  await sp.selectInReader('The allies will not abandon the open-door policy');
  const menu = page.getByRole('dialog', { name: 'Use the selected text' });
  await menu.getByRole('button', { name: 'Attach as citation…' }).click();
  await expect(menu.getByLabel('Party')).toHaveValue('nato');
  await expect(menu.getByLabel('Demand')).toHaveValue('missile-deployment');
  await expect(menu.getByLabel('Stance')).toHaveValue('rejects');
  await expect(menu.getByRole('button', { name: 'Attach citation' })).toBeInViewport();
  await saveScreen(page, 'attach-form-from-selection');
  await menu.getByRole('button', { name: 'Cancel' }).click();

  // From United States × non-expansion, a sentence naming Ryabkov starts on Russia and its stance.
  await page.keyboard.press('Escape');
  await sp.openCell('united-states', 'non-expansion');
  await sp.openSourceAt(sp.citationQuoting('non-starter'));
  await sp.selectInReader('Ryabkov said he did not consider the situation “hopeless,”');
  await menu.getByRole('button', { name: 'Attach as citation…' }).click();
  await expect(menu.getByLabel('Party')).toHaveValue('russia');
  await expect(menu.getByLabel('Demand')).toHaveValue('non-expansion');
  await expect(menu.getByLabel('Stance')).toHaveValue('supports');
  // Choosing another cell brings its stance, until the analyst picks one.
  await menu.getByLabel('Party').selectOption('united-states');
  await expect(menu.getByLabel('Stance')).toHaveValue('rejects');
  await menu.getByLabel('Stance').selectOption('open');
  await menu.getByLabel('Party').selectOption('russia');
  await expect(menu.getByLabel('Stance')).toHaveValue('open');
  await expect(menu.getByRole('button', { name: 'Attach citation' })).toBeInViewport();
  // Attached to a cell the corpus says nothing about: it now has one citation from one dated source,
  // counted the same in the grid, the detail and the timeline.
  await menu.getByLabel('Party').selectOption('eu');
  await menu.getByRole('button', { name: 'Attach citation' }).click();
  await expect(menu).toBeHidden();
  const eu = sp.cell('eu', 'non-expansion');
  await expect(eu).toContainText('Open');
  await expect(eu.locator('.stance-cell__meta')).toHaveText('1 citation · 1 source');
  await sp.openCell('eu', 'non-expansion');
  await expect(sp.detail.getByRole('region', { name: 'Evidence' }).locator('h3')).toContainText(
    '1 citation · 1 independent source',
  );
  await expect(sp.detail.getByRole('region', { name: 'Timeline' })).toContainText('11 Jan 2022');
  await expect(sp.detail.getByRole('region', { name: 'Timeline' })).not.toContainText('No evidence');
  expect(pageErrors).toEqual([]);
});
