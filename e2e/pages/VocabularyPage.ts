/** Page object for the Vocabulary view: its tabs, the entry lists and editors, the suggestions. */
import { expect, type Locator, type Page } from '@playwright/test';

export class VocabularyPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Vocabulary' });
  }

  async open() {
    await this.page.getByRole('button', { name: 'Vocabulary…' }).click();
    await expect(this.dialog).toBeVisible();
  }

  async close() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  async tab(name: 'Parties' | 'Demands' | 'Stance cues' | 'Office words' | 'Suggestions') {
    await this.dialog.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** The suggestion card for a party or a demand phrasing. */
  suggestion(name: string): Locator {
    return this.dialog.getByRole('listitem', { name, exact: true });
  }

  async acceptParty(name: string) {
    const card = this.suggestion(name);
    await card.getByRole('button', { name: 'Add as party' }).click();
    await expect(card).toBeHidden();
  }

  async acceptOfficial(name: string, party: string) {
    const card = this.suggestion(name);
    await card.getByRole('combobox', { name: /^of/ }).selectOption({ label: party });
    await card.getByRole('button', { name: 'Add as official' }).click();
    await expect(card).toBeHidden();
  }

  async acceptDemand(phrase: string) {
    const card = this.suggestion(phrase);
    await card.getByRole('button', { name: 'Add as demand' }).click();
    await expect(card).toBeHidden();
  }

  /** Selects an entry in the Parties or Demands list; its editor opens beside the list. */
  async select(list: 'parties' | 'demands', name: string) {
    await this.dialog
      .getByRole('listbox', { name: list })
      .getByRole('option', { name: new RegExp(name) })
      .click();
  }

  editor(what: 'Party' | 'Demand', name: string): Locator {
    return this.dialog.getByRole('form', { name: `${what} ${name}` });
  }

  /** Adds lines to a phrase list (aliases, phrases…) of an editor. */
  async appendLines(editor: Locator, field: string | RegExp, lines: string[]) {
    const box = editor.getByRole('textbox', { name: field });
    const current = await box.inputValue();
    await box.fill([current, ...lines].filter(Boolean).join('\n'));
  }

  async save(editor: Locator) {
    await editor.getByRole('button', { name: 'Save and derive again' }).click();
    await expect(editor.getByRole('button', { name: 'Save and derive again' })).toBeDisabled();
  }
}
