import { expect, type Page } from '@playwright/test';

/** Collects page errors and console errors; a walk fails on any of them, with no exceptions. */
export function collectPageErrors(page: Page): { errors: string[]; assertNone: () => void } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error')
      errors.push(`console error: ${message.text()} (${message.location().url})`);
  });
  return { errors, assertNone: () => expect(errors, 'the page logged errors').toEqual([]) };
}
