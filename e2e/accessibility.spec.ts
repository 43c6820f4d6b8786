/**
 * WCAG 2 A/AA checks with axe-core on the analyst's main views: the matrix, the cell detail and
 * the source reader and the print dialog, in the light and the dark theme.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { StandpointPage } from './pages/StandpointPage';
import { expect, test } from './support/fixtures';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the matrix, cell detail and reader meet WCAG 2.1 AA (${scheme})`, async ({
    app,
    page,
    pageErrors,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const sp = new StandpointPage(page);
    await sp.open(app.url);
    expect(await violations(page), 'matrix').toEqual([]);
    await sp.openCell('united-states', 'non-expansion');
    expect(await violations(page), 'cell detail').toEqual([]);
    await sp.detail.getByRole('button', { name: 'Open source at quote' }).first().click();
    await expect(sp.reader).toBeVisible();
    expect(await violations(page), 'source reader').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Print…' }).click();
    await expect(page.getByRole('dialog', { name: 'Print the matrix' })).toBeVisible();
    expect(await violations(page), 'print dialog').toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}
