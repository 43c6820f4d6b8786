/** Page object for Standpoint as an analyst sees it: the matrix, the side panel, the reader, dialogs. */
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The first paint waits on the server's first derivation: a few seconds here, but a loaded CI machine
 * has taken longer than the default 10 s. How fast it paints is `npm run bench`'s business, not this.
 */
export const FIRST_PAINT_MS = 30_000;

export class StandpointPage {
  readonly grid: Locator;
  readonly panel: Locator;
  readonly detail: Locator;
  readonly reader: Locator;
  readonly searchBox: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Stance matrix' });
    this.panel = page.locator('aside.panel');
    this.detail = page.getByTestId('cell-detail');
    this.reader = page.getByTestId('source-reader');
    this.searchBox = page.getByRole('searchbox', { name: 'Search the corpus' });
  }

  async open(url: string) {
    await this.page.goto(url);
    await expect(this.grid).toBeVisible({ timeout: FIRST_PAINT_MS });
  }

  /** A grid cell by party and demand ids. */
  cell(party: string, demand: string): Locator {
    return this.grid.locator(`[role="gridcell"][data-cell="${party}|${demand}"]`);
  }

  rowHeader(name: string | RegExp): Locator {
    return this.grid.getByRole('rowheader', { name });
  }

  async openCell(party: string, demand: string) {
    await this.cell(party, demand).click();
    await expect(this.detail).toBeVisible();
  }

  /** The citation card in the open detail that quotes `text`. */
  citation(text: string | RegExp): Locator {
    return this.detail.getByTestId('citation').filter({ hasText: text });
  }

  /** The citation card in the open detail whose highlighted quote holds `text` (not merely its context). */
  citationQuoting(text: string | RegExp): Locator {
    return this.detail.getByTestId('citation').filter({ has: this.page.locator('mark', { hasText: text }) });
  }

  async openSourceAt(citation: Locator) {
    await citation.getByRole('button', { name: 'Open source at quote' }).click();
    await expect(this.reader).toBeVisible();
  }

  /** The passage the reader was opened at. */
  get focusedQuote(): Locator {
    return this.reader.locator('.is-focus');
  }

  /** Types a search: results come as you type, no Enter needed. */
  async search(query: string) {
    await this.page.keyboard.press('/');
    await expect(this.searchBox).toBeFocused();
    await this.page.keyboard.type(query);
    await expect(this.page.getByTestId('search-hits').locator('li').first()).toBeVisible();
  }

  /** The `data-cell` of the grid cell holding keyboard focus, e.g. "nato|non-expansion". */
  async focusedCell(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null);
  }

  /** Tabs from wherever focus is until a grid cell has it: the grid is one tab stop. */
  async tabIntoGrid(maxTabs = 80) {
    for (let i = 0; i < maxTabs; i++) {
      await this.page.keyboard.press('Tab');
      if (await this.focusedCell()) return;
    }
    throw new Error('Tab never reached the matrix');
  }

  /** Sets (or, with '', clears) the analyst's name in Preferences. */
  async setAuthor(name: string) {
    await this.page.getByRole('button', { name: 'Preferences' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Your name', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }

  /** The "Your name" field a form shows when no name is set yet. */
  authorField(scope: Locator): Locator {
    return scope.getByLabel(/^Your name \(recorded/);
  }

  async overrideStance(stance: string, rationale: string) {
    await this.detail.getByRole('button', { name: /Override stance|Edit override/ }).click();
    await this.detail.getByLabel('Overriding stance').selectOption(stance);
    await this.detail.getByLabel('Rationale (required)').fill(rationale);
    await this.detail.getByRole('button', { name: 'Save override' }).click();
    await expect(this.detail.getByTestId('override-rationale')).toContainText(rationale);
  }

  async addNote(text: string) {
    await this.detail.getByPlaceholder('Add a note…').fill(text);
    await this.detail.getByRole('button', { name: 'Add note' }).click();
    await expect(this.detail.getByTestId('notes')).toContainText(text);
  }

  /**
   * Selects `sentence` in the open reader as a mouse drag would (a DOM range across the text runs)
   * and releases the mouse, which brings up the selection menu.
   */
  async selectInReader(sentence: string) {
    const found = await this.page.evaluate((needle) => {
      const body = document.querySelector<HTMLElement>('[data-testid="reader-text"]');
      if (!body) return false;
      const runs = [...body.querySelectorAll<HTMLElement>('[data-start]')];
      const text = runs.map((r) => r.textContent ?? '').join('');
      const start = text.indexOf(needle);
      if (start < 0) return false;
      const end = start + needle.length;
      const at = (offset: number) => {
        const run = [...runs].reverse().find((r) => Number(r.dataset.start) <= offset)!;
        return { node: run.firstChild!, offset: offset - Number(run.dataset.start) };
      };
      const a = at(start);
      const b = at(end - 1);
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset + 1);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }, sentence);
    expect(found, `"${sentence}" is in the reader`).toBe(true);
    await expect(this.page.getByRole('dialog', { name: 'Use the selected text' })).toBeVisible();
  }

  async attachSelectionAsCitation(party: string, demand: string, stance: string, comment = '') {
    const menu = this.page.getByRole('dialog', { name: 'Use the selected text' });
    await menu.getByRole('button', { name: 'Attach as citation…' }).click();
    await menu.getByLabel('Party').selectOption(party);
    await menu.getByLabel('Demand').selectOption(demand);
    await menu.getByLabel('Stance').selectOption(stance);
    if (comment) await menu.getByLabel('Comment (optional)').fill(comment);
    await menu.getByRole('button', { name: 'Attach citation' }).click();
    await expect(menu).toBeHidden();
  }
}
