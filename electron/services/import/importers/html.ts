/**
 * A saved web page (.html/.htm) reduced to its article text with Mozilla's Readability (the
 * library behind Firefox Reader View) over linkedom. Readability sometimes drops the opening
 * paragraphs or finds no article at all; then the page's full text is used instead, and the
 * warning says so. Metadata comes from the page's meta tags (Open Graph, author, dates, lang).
 * linkedom only builds a DOM: no script runs and nothing is fetched.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError, isoDate, tidyText, type Extracted, type FoundMetadata } from './types';

/** Elements whose text is not the article's (menus, forms, scripts). */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'NAV',
  'ASIDE',
  'FOOTER',
  'FORM',
  'BUTTON',
  'SELECT',
  'OBJECT',
  'HEAD',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'DD',
  'DT',
  'DL',
  'ADDRESS',
  'HR',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of a subtree, one paragraph per block element, without what SKIP names. */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n\n');
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) out.push('\n\n');
  };
  walk(root);
  return tidyText(out.join(''));
}

/** Decodes the page with the charset it declares (or a BOM); UTF-8 by default. */
export function decodeHtml(bytes: Uint8Array): { html: string; warning?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { html: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { html: new TextDecoder(declared).decode(bytes) };
    } catch {
      // an unknown label: fall through to UTF-8
    }
  }
  try {
    return { html: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      html: new TextDecoder('windows-1252').decode(bytes),
      warning: 'The page is not valid UTF-8 and declares no other encoding; it was read as Windows-1252.',
    };
  }
}

type Doc = ReturnType<typeof parseHTML>['document'];

function metaContent(document: Doc, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

function pageMetadata(document: Doc): { meta: FoundMetadata; sources: Extracted['sources'] } {
  const meta: FoundMetadata = {};
  const sources: Extracted['sources'] = {};
  const set = (key: keyof FoundMetadata, value: string | undefined, source: string) => {
    if (value && !meta[key]) {
      meta[key] = value.slice(0, 300);
      sources[key] = source;
    }
  };
  set(
    'title',
    metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    'the page’s og:title',
  );
  set(
    'title',
    document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim(),
    'the page’s first heading',
  );
  set(
    'title',
    document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim(),
    'the page’s <title>',
  );
  set(
    'outlet',
    metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    'the page’s site name',
  );
  set(
    'author',
    metaContent(document, ['meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]']),
    'the page’s author tag',
  );
  const date =
    metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="DC.date.issued"]',
      'meta[itemprop="datePublished"]',
    ]) ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  set('published', isoDate(date), 'the page’s publication date');
  const lang =
    document.documentElement?.getAttribute('lang') ??
    metaContent(document, ['meta[http-equiv="content-language"]']);
  set('language', lang?.split(/[-_]/)[0]?.toLowerCase(), 'the page’s lang attribute');
  return { meta, sources };
}

const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
/** A paragraph an article would have: long enough, and ending like a sentence. */
const substantial = (p: string) => p.length >= 100 && /[.!?…"”»]$/.test(p);

export function importHtml(bytes: Uint8Array, fileName: string): Extracted {
  const { html, warning } = decodeHtml(bytes);
  const warnings = warning ? [warning] : [];
  const page = parseHTML(html).document;
  const { meta, sources } = pageMetadata(page);
  const fullText = page.body ? blockText(page.body as unknown as DomNode) : '';
  if (!fullText) throw new ImportError(`${fileName} has no text in its body.`);

  let article: ReturnType<Readability['parse']> = null;
  try {
    // Readability changes the document it reads: give it its own copy.
    article = new Readability(parseHTML(html).document as unknown as Document, {
      charThreshold: 300,
    }).parse();
  } catch (error) {
    warnings.push(`Readability failed on this page (${(error as Error).message}).`);
  }
  let articleText = article?.content
    ? blockText(parseHTML(`<body>${article.content}</body>`).document.body as unknown as DomNode)
    : '';
  if (!articleText || articleText.length < 200) {
    warnings.push(
      'Readability found no article in the page, so its full text was used (menus and footers left out).',
    );
    articleText = '';
  } else {
    // Opening paragraphs the full text has before the article's first one, and the article lacks.
    const first = paragraphs(articleText)[0]!.slice(0, 80);
    const before = fullText.slice(0, Math.max(0, fullText.indexOf(first)));
    const dropped = paragraphs(before).filter((p) => substantial(p) && !articleText.includes(p.slice(0, 80)));
    if (dropped.length > 0) {
      warnings.push(
        `Readability left out ${dropped.length} opening paragraph(s) (“${dropped[0]!.slice(0, 60)}…”), so the page’s full text was used instead.`,
      );
      articleText = '';
    }
  }
  if (article) {
    if (!meta.author && article.byline) {
      meta.author = article.byline.slice(0, 300);
      sources.author = 'the article’s byline';
    }
    if (!meta.outlet && article.siteName) {
      meta.outlet = article.siteName.slice(0, 300);
      sources.outlet = 'the page’s site name';
    }
  }
  return { format: 'html', text: articleText || fullText, meta, sources, warnings };
}
