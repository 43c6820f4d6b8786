/** What an importer gives back: the article text (what citations will point into), metadata, warnings. */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export interface FoundMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** BCP 47, e.g. "en" */
  language?: string;
}

export interface Extracted {
  format: ImportFormat;
  text: string;
  meta: FoundMetadata;
  /** Where each found field came from ("HTML meta author", "PDF metadata"), for the dialog. */
  sources: Partial<Record<keyof FoundMetadata, string>>;
  /** Things the analyst must know about the extraction (a fallback taken, pages without text…). */
  warnings: string[];
}

/** An input the importer cannot read; the message names what was wrong, for the analyst. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** A date found in metadata ("2022-01-14T10:00:00Z", "D:20220114…") as YYYY-MM-DD, or undefined. */
export function isoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /(\d{4})-?(\d{2})-?(\d{2})/.exec(value.replace(/^D:/, ''));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (y < 1800 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Collapses runs of spaces inside lines and of blank lines between paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
