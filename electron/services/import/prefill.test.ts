import { describe, expect, it } from 'vitest';
import type { Extracted } from './importers';
import { prefill } from './prefill';

const extracted = (over: Partial<Extracted>): Extracted => ({
  format: 'text',
  text: 'Allies answer Moscow\nThe written replies were handed over on Wednesday.',
  meta: {},
  sources: {},
  warnings: [],
  ...over,
});

describe('prefill: where the publication date comes from', () => {
  it('takes a date the analyst put in the file name when the text has none, and says so', () => {
    const got = prefill(extracted({}), 'ap-2022-01-26-replies.txt');
    expect(got.published).toBe('2022-01-26');
    expect(got.sources.published).toBe('the date in the file name');
    expect(got.publishedNote).toContain('Taken from the file name');
  });

  it('prefers the dateline in the text to the file name', () => {
    const got = prefill(
      extracted({ text: 'Allies answer Moscow\nBRUSSELS, Jan. 27, 2022 — The replies were handed over.' }),
      'ap-2022-01-26-replies.txt',
    );
    expect(got.published).toBe('2022-01-27');
    expect(got.sources.published).toBe('the dateline near the top of the text');
  });

  it("keeps a web page's own date tag over the file name", () => {
    const got = prefill(
      extracted({
        format: 'html',
        meta: { published: '2022-01-25' },
        sources: { published: 'the page’s date tag' },
      }),
      'saved-2022-02-01.html',
    );
    expect(got.published).toBe('2022-01-25');
    expect(got.sources.published).toBe('the page’s date tag');
  });

  it("puts the file name's date before a PDF's creation date, which may be when it was saved", () => {
    const got = prefill(
      extracted({
        format: 'pdf',
        meta: { published: '2023-05-02' },
        sources: { published: 'the PDF’s creation date' },
      }),
      'tass-2022-01-12-nrc.pdf',
    );
    expect(got.published).toBe('2022-01-12');
    expect(got.sources.published).toBe('the date in the file name');
  });

  it("names the dateline's agency as the outlet, unless the file names its own", () => {
    const text = 'Allies answer Moscow\nBRUSSELS, Jan. 27, 2022 (Reuters) — The replies were handed over.';
    const wire = prefill(extracted({ text }), 'replies.txt');
    expect(wire.outlet).toBe('Reuters');
    expect(wire.sources.outlet).toBe('the agency named in the dateline');
    const page = prefill(
      extracted({
        format: 'html',
        text,
        meta: { outlet: 'The Moscow Times' },
        sources: { outlet: 'the page’s site name' },
      }),
      'replies.html',
    );
    expect(page.outlet).toBe('The Moscow Times');
    expect(page.sources.outlet).toBe('the page’s site name');
  });
});
