/**
 * Small text helpers shared by every exporter. Kept apart so each renderer stays about layout.
 */

/** Escapes text for HTML element content and quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** "2026-11-23T05:30:12.000Z" → "2026-11-23 05:30 UTC"; anything unparsable is shown as given. */
export function formatPrintedAt(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  if (!match) return iso;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Normalise to UTC so a print made in any timezone states the same moment the same way.
  const utc = date.toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2022-01-28" → "28 Jan 2022", as a calendar date (no time zone can shift it); null → "undated". */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** "1 source", "3 sources". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** One line of whitespace: quotes and notes may contain line breaks that tables cannot hold. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** "1", "1–4": footnotes of a cell are numbered consecutively, so a range names them all. */
export function numberRange(numbers: number[]): string {
  if (numbers.length === 0) return '';
  const first = numbers[0]!;
  const last = numbers[numbers.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

/** A file-name-safe slug of a title, for export file names. */
export function slug(value: string): string {
  const s = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'standpoint';
}
