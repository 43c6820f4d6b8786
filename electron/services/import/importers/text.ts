/**
 * Plain text (.txt) and Markdown (.md). UTF-8 (with or without a BOM) and UTF-16 with a BOM are
 * read; anything else is refused naming the first bad byte. Markdown keeps its words and drops its
 * markup (heading marks, emphasis, link targets), so quotes read as the article does.
 */
import { decodeText } from '../../corpus/decode-text';
import { ImportError, tidyText, type Extracted } from './types';

export function decodeBytes(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) throw new ImportError(decoded.problem.message.replace(/ The file was skipped.*$/, ''));
  return decoded.text;
}

export function importText(bytes: Uint8Array, fileName: string): Extracted {
  const text = tidyText(decodeBytes(bytes, fileName));
  if (!text) throw new ImportError(`${fileName} contains no text.`);
  return { format: 'text', text, meta: {}, sources: {}, warnings: [] };
}

export function markdownToText(markdown: string): { text: string; title?: string } {
  let title: string | undefined;
  const lines: string[] = [];
  let fenced = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    let line = raw;
    if (!fenced) {
      const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (heading) {
        line = heading[1]!;
        title ??= line;
      }
      if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) line = ''; // a horizontal rule
      line = line
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images keep their alt text
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links keep their words
        .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/^\s{0,3}>\s?/, '');
    }
    lines.push(line);
  }
  return { text: tidyText(lines.join('\n')), title };
}

export function importMarkdown(bytes: Uint8Array, fileName: string): Extracted {
  const { text, title } = markdownToText(decodeBytes(bytes, fileName));
  if (!text) throw new ImportError(`${fileName} contains no text.`);
  return {
    format: 'markdown',
    text,
    meta: title ? { title } : {},
    sources: title ? { title: 'the first Markdown heading' } : {},
    warnings: [],
  };
}
