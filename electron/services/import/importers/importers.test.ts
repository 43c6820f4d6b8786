import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf } from '../test-support/make-files';
import { extractDocument } from '.';

const LEAD =
  'GENEVA, Jan. 10, 2022 — Deputy Foreign Minister Sergei Ryabkov said on Monday that Russia would not accept any further NATO enlargement, and that talks with the United States had been difficult.';
const SECOND =
  'Wendy Sherman, the US deputy secretary of state, said Washington would not allow anyone to close the alliance’s open-door policy, and that the talks were a frank and forthright discussion.';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('extractDocument', () => {
  it('reads UTF-8 text (with a BOM) and UTF-16, and refuses other bytes naming the offset', async () => {
    const a = await extractDocument(utf8(`\uFEFF${LEAD}\r\n\r\n${SECOND}`), 'a.txt');
    expect(a.text).toBe(`${LEAD}\n\n${SECOND}`);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LEAD, 'utf16le')]);
    expect((await extractDocument(utf16, 'b.txt')).text).toBe(LEAD);
    await expect(extractDocument(Buffer.from([0x41, 0x42, 0xe9, 0x20, 0x43]), 'latin.txt')).rejects.toThrow(
      /not valid UTF-8 \(first bad byte at offset 2\)/,
    );
    await expect(extractDocument(new Uint8Array(), 'empty.txt')).rejects.toThrow(/empty/);
  });

  it('drops Markdown markup and takes the title from the first heading', async () => {
    const md = `# Talks at a dead end\n\nBy **Jane Doe**\n\n${LEAD} See [the statement](https://example.org/x).\n\n---\n\n> ${SECOND}`;
    const r = await extractDocument(utf8(md), 'talks.md');
    expect(r.meta.title).toBe('Talks at a dead end');
    expect(r.text).toBe(`Talks at a dead end\n\nBy Jane Doe\n\n${LEAD} See the statement.\n\n${SECOND}`);
  });

  it('reduces a saved page to its article and reads its meta tags', async () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Talks stall | Example News</title>
      <meta property="og:title" content="Russia says talks with the US are at a dead end">
      <meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe">
      <meta property="article:published_time" content="2022-01-10T18:00:00Z"></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Russia says talks are at a dead end</h1><p>${LEAD}</p><p>${SECOND}</p><p>${SECOND.replace('Wendy', 'Ms.')}</p></article>
      <footer>© Example News. All rights reserved. Subscribe to our newsletter.</footer><script>alert(1)</script></body></html>`;
    const r = await extractDocument(utf8(html), 'page.html');
    expect(r.format).toBe('html');
    expect(r.meta).toEqual({
      title: 'Russia says talks with the US are at a dead end',
      outlet: 'Example News',
      author: 'Jane Doe',
      published: '2022-01-10',
      language: 'en',
    });
    expect(r.text).toContain(LEAD);
    expect(r.text).toContain(SECOND);
    expect(r.text).not.toMatch(/Home|Subscribe|alert/);
  });

  it('falls back to the full text, and says so, when Readability finds no article', async () => {
    const html = `<html><body><div>${LEAD}</div></body></html>`;
    const r = await extractDocument(utf8(html), 'short.htm');
    expect(r.text).toBe(LEAD);
    expect(r.warnings.join(' ')).toMatch(/Readability found no article.*full text was used/);
  });

  it('falls back to the full text when Readability drops the opening paragraphs', async () => {
    // A lead in a teaser box outside the article body: Readability keeps the body and loses it.
    const body = Array.from(
      { length: 6 },
      (_, i) => `<p>${SECOND.replace('Washington', `Washington (${i})`)}</p>`,
    ).join('');
    const html = `<html><body><div class="teaser"><div class="standfirst">${LEAD}</div></div>
      <div class="story"><div class="article-body">${body}</div></div></body></html>`;
    const r = await extractDocument(utf8(html), 'teaser.html');
    expect(r.text).toContain(LEAD);
    expect(r.text).toContain('Washington (5)');
    if (r.warnings.length) expect(r.warnings.join(' ')).toMatch(/full text/);
  });

  it('rebuilds a PDF’s lines by position and reads its metadata', async () => {
    const pdf = makePdf([[LEAD, SECOND], ['A second page: Lavrov said the West must answer in writing.']], {
      title: 'Talks at a dead end',
      author: 'Jane Doe',
      created: '2022-01-10',
    });
    const r = await extractDocument(pdf, 'talks.pdf');
    expect(r.format).toBe('pdf');
    expect(r.text).toBe(
      `${LEAD}\n\n${SECOND}\n\nA second page: Lavrov said the West must answer in writing.`,
    );
    expect(r.meta).toMatchObject({
      title: 'Talks at a dead end',
      author: 'Jane Doe',
      published: '2022-01-10',
    });
  });

  it('names a broken PDF and one without text', async () => {
    await expect(extractDocument(Buffer.from('%PDF-1.4\n garbage'), 'broken.pdf')).rejects.toThrow(
      /broken\.pdf/,
    );
    await expect(extractDocument(makePdf([[]]), 'scan.pdf')).rejects.toThrow(/no text that could be read/);
    await expect(extractDocument(utf8('hello'), 'fake.pdf')).rejects.toThrow(/not a PDF/);
  });

  it('reads a Word document’s paragraphs and core properties', async () => {
    const docx = await makeDocx(['Talks at a dead end', LEAD, SECOND], {
      title: 'Talks at a dead end',
      creator: 'Jane Doe',
      created: '2022-01-10T09:00:00Z',
      language: 'en-US',
    });
    const r = await extractDocument(docx, 'talks.docx');
    expect(r.text).toBe(`Talks at a dead end\n\n${LEAD}\n\n${SECOND}`);
    expect(r.meta).toEqual({
      title: 'Talks at a dead end',
      author: 'Jane Doe',
      published: '2022-01-10',
      language: 'en',
    });
  });

  it('refuses a zip bomb disguised as a .docx before inflating it', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'a'.repeat(210 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    await expect(extractDocument(bomb, 'bomb.docx')).rejects.toThrow(/would unpack to 210 MB/);
  }, 30_000);

  it('names formats it cannot import', async () => {
    await expect(extractDocument(utf8('x'), 'photo.png')).rejects.toThrow(/cannot import \.png files/);
    await expect(extractDocument(utf8('x'), 'old.doc')).rejects.toThrow(/save it as \.docx/);
  });
});
