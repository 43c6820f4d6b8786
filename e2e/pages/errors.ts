import { expect, type Page } from '@playwright/test';

/**
 * Collects page errors and console errors; a walk fails on any of them. Two messages come from
 * outside the renderer and are not the analyst's problem; they are named exactly so nothing else
 * slips through: the CSP <meta> in renderer/index.html repeats `frame-ancestors` (only honoured as
 * a header, which browser mode also sends), and the browser's own request for /favicon.ico.
 */
const FOREIGN = [
  /^The Content Security Policy directive 'frame-ancestors' is ignored when delivered via a <meta> element\.$/,
];

export function collectPageErrors(page: Page): { errors: string[]; assertNone: () => void } {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (FOREIGN.some((re) => re.test(text))) return;
    if (/Failed to load resource.*404/.test(text) && /favicon\.ico$/.test(message.location().url)) return;
    errors.push(`console error: ${text} (${message.location().url})`);
  });
  return { errors, assertNone: () => expect(errors, 'the page logged errors').toEqual([]) };
}
