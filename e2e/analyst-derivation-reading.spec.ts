/**
 * Issue 9 as the analyst sees it: each citation says whether it is the party's own statement or
 * reported (and by whom), in which office, and where a reference was resolved from; a cell's
 * unclassified mentions are listed, and one key turns the focused one into a citation.
 */
import { expect, saveScreen, test } from './support/fixtures';

test('citations say own or reported, by whom and in which office, and what a reference resolved to', async ({
  sp,
  pageErrors,
}) => {
  await sp.openCell('united-states', 'non-expansion');
  const sherman = sp.citationQuoting('non-starter');
  await expect(sherman.getByTestId('citation-traits')).toHaveText(
    /own statement\s*· as Deputy Secretary of State/,
  );
  await sp.openCell('russia', 'non-expansion');
  await expect(sp.citationQuoting('non-starter').getByTestId('citation-traits')).toHaveText(
    /^reported by Sherman/,
  );
  const resolved = sp.citation('legally binding').getByTestId('resolved-from');
  await expect(resolved).toContainText('The demand is named in an earlier sentence:');
  await expect(resolved.locator('q')).not.toBeEmpty();
  await resolved.scrollIntoViewIfNeeded();
  await saveScreen(sp.page, 'citation-own-reported-resolved');
  expect(pageErrors).toEqual([]);
});

test('one key turns the focused unclassified mention into a citation', async ({ sp, page, pageErrors }) => {
  await sp.setAuthor('Ann Analyst');
  // A cell with no stance and at least two unclassified mentions, whichever the derivation gives today.
  const { party, demand } = await page.evaluate(async () => {
    const reply = await fetch('/api/matrix:get', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    const { value } = (await reply.json()) as {
      value: { cells: Array<{ party: string; demand: string; stance: string; mentions: unknown[] }> };
    };
    return value.cells.find((c) => c.stance === 'none' && c.mentions.length >= 2)!;
  });
  await sp.openCell(party, demand);
  const mentions = sp.detail.getByTestId('mentions');
  const items = mentions.getByRole('listitem');
  const before = await items.count();
  expect(before).toBeGreaterThan(1);
  // Keyboard only: Tab through the detail until a mention has focus.
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate(() => document.activeElement?.hasAttribute('data-mention'))) break;
    await page.keyboard.press('Tab');
  }
  await expect(items.first()).toBeFocused();
  const first = (await items.first().locator('blockquote').textContent())!;
  await saveScreen(page, 'mentions-before-key');
  await page.keyboard.press('r');
  // It is now the analyst's citation, with Rejects; the next mention takes its place and the focus.
  await expect(items).toHaveCount(before - 1);
  await expect(sp.detail.getByTestId('analyst-citation')).toContainText(first.slice(0, 40));
  await expect(sp.detail.getByTestId('analyst-citation')).toContainText('Rejects');
  await expect(items.first()).toBeFocused();
  await expect(sp.cell(party, demand)).toContainText('Rejects');
  await expect(sp.cell(party, demand).locator('.stance-cell__meta')).toHaveText('1 citation · 1 source');
  await page.keyboard.press('o');
  await expect(items).toHaveCount(before - 2);
  await expect(sp.detail.getByTestId('analyst-citation')).toHaveCount(2);
  await saveScreen(page, 'mentions-after-keys');
  // Undo brings the mention back.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(before - 1);
  expect(pageErrors).toEqual([]);
});
