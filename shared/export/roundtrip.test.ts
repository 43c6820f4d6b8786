/** Any text an article or analyst may contain survives CSV and Markdown table cells, and HTML escaping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from './csv';
import { mdText } from './markdown';
import { escapeHtml } from './text';
import { mdRow, parseCsv } from './test-support/parse';

const defused = (s: string) => (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?$/.test(s) ? `'${s}` : s);

describe('round trips', () => {
  it('a CSV record of arbitrary fields parses back to the same fields', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme-composite' }), { minLength: 1, maxLength: 6 }),
        (fields) => {
          const line = fields.map(csvField).join(',') + '\r\n';
          expect(parseCsv(line)).toEqual([fields.map(defused)]);
        },
      ),
    );
  });

  it('a Markdown table cell of arbitrary text reads back as that text on one line', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), fc.string(), (a, b) => {
        const row = `| ${mdText(a)} | ${mdText(b)} |`;
        expect(mdRow(row)).toEqual([a.replace(/\s+/g, ' ').trim(), b.replace(/\s+/g, ' ').trim()]);
      }),
    );
  });

  it('escaped HTML never contains markup characters', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });
});
