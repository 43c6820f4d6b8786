/**
 * Proves the in-app print path the renderer uses under the app's CSP (`style-src 'self'`, no inline
 * styles): the print body inserted into a `.sp-print-host`, the document's sheet adopted as a constructed
 * stylesheet, and Chromium printing the page. The app screen must vanish from the paper.
 */
import { chromium } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  IN_APP_PRINT_CSS,
  printBodyOf,
  printCssOf,
  renderPrintHtml,
  DEFAULT_EXPORT_OPTIONS,
} from '../../../shared/export';
import { documents, effectiveMatrix } from '../../../shared/export/test-support/fixture';
import { CHROMIUM, hasChromium, pdfText, writeTemp } from './test-support/pdf-tools';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

describe('in-app print under the app CSP', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(!hasChromium, 'needs Chromium to print PDFs: none at CHROMIUM_PATH or /usr/bin/chromium (check: ls /usr/bin/chromium; .ci/run installs it)'));
  it('prints the layout from an adopted stylesheet, without the app screen and without CSP violations', async () => {
    const options = { ...DEFAULT_EXPORT_OPTIONS, classification: 'Restricted' };
    const { html } = renderPrintHtml(effectiveMatrix(), documents, options, {
      printedAt: '2026-11-23T05:30:00Z',
    });
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--headless'],
    });
    try {
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (m) => violations.push(m.text()));
      await page.route('http://app.test/', (route) =>
        route.fulfill({
          contentType: 'text/html',
          headers: { 'content-security-policy': CSP },
          body: '<!doctype html><html><body><div id="root">APP SCREEN ONLY</div><div class="sp-print-host"></div></body></html>',
        }),
      );
      await page.goto('http://app.test/');
      await page.evaluate(
        ({ body, css }) => {
          document.querySelector('.sp-print-host')!.innerHTML = body;
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        },
        { body: printBodyOf(html), css: printCssOf(html) + IN_APP_PRINT_CSS },
      );
      expect(await page.locator('.sp-print-host').isVisible()).toBe(false); // hidden on screen
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const text = pdfText(writeTemp('in-app.pdf', pdf));
      expect(text).not.toContain('APP SCREEN ONLY');
      expect(text).toContain('Legend');
      expect(text).toContain('RESTRICTED');
      expect(text).toContain('[1] “Sergei Ryabkov said');
      expect(text).toContain('Page 1 of');
      expect(violations.filter((v) => /Content Security Policy/i.test(v))).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
