/**
 * Metadata for a document that comes without corpus.json: the title is its first non-empty line,
 * the date comes from a dateline or byline near the top ("From Izvestia, Jan. 14, 2022",
 * "By Dimitri Simes | January 11, 2022", "14.01.2022"), else from the file name ("reuters-2022-01-10-geneva.txt",
 * as analysts often name their files). Where nothing gives a date, the note says so.
 */
import { datelineAgency, datelineLength } from './dateline';

export interface InferredMetadata {
  title: string;
  /** The agency a wire dateline names ("(Reuters)"), when the file says nothing else. */
  outlet: string | null;
  published: string | null;
  publishedNote: string;
  /** Where the date came from: the text's dateline, the file name, or nowhere. */
  publishedFrom: 'dateline' | 'file name' | null;
}

/** The first `n` non-empty lines, trimmed. */
const firstLines = (text: string, n: number): string[] =>
  text
    .slice(0, 2_000)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, n);

/** A title of at most about a line: cut at a word, marked as cut. */
function shorten(text: string, max = 120): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MDY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i');
const DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
/** How far into the text a dateline may be: the first lines, not a date quoted in the body. */
const DATELINE_CHARS = 600;

const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

export function findDateline(text: string): { date: string; matched: string } | null {
  const head = text.slice(0, DATELINE_CHARS);
  const candidates: Array<{ at: number; date: string | null; matched: string }> = [];
  const mdy = MDY.exec(head);
  if (mdy)
    candidates.push({
      at: mdy.index,
      date: iso(+mdy[3]!, MONTHS[mdy[1]!.toLowerCase().slice(0, 3)] ?? 0, +mdy[2]!),
      matched: mdy[0],
    });
  const dmy = DMY.exec(head);
  if (dmy)
    candidates.push({
      at: dmy.index,
      date: iso(+dmy[3]!, MONTHS[dmy[2]!.toLowerCase().slice(0, 3)] ?? 0, +dmy[1]!),
      matched: dmy[0],
    });
  const isoHit = ISO.exec(head);
  if (isoHit)
    candidates.push({
      at: isoHit.index,
      date: iso(+isoHit[1]!, +isoHit[2]!, +isoHit[3]!),
      matched: isoHit[0],
    });
  const first = candidates.filter((c) => c.date).sort((a, b) => a.at - b.at)[0];
  return first ? { date: first.date as string, matched: first.matched } : null;
}

/** "14.01.2022": the day-first numeric dateline of many European and Russian outlets (findDateline reads English). */
export function numericDateline(text: string): { date: string; matched: string } | null {
  const m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text.slice(0, DATELINE_CHARS));
  const date = m ? iso(+m[3]!, +m[2]!, +m[1]!) : null;
  return m && date ? { date, matched: m[0] } : null;
}

/**
 * A date in a file's name: 2022-01-10, 2022_01_10, 2022.01.10 or 20220110, not inside a longer run of digits
 * (an id such as 120220110999 is not a date). Only years 1900–2099, so a page number or an id is not read.
 */
export function fileNameDate(fileName: string): { date: string; matched: string } | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const m = /(?<!\d)((?:19|20)\d{2})([-_.]?)(\d{2})\2(\d{2})(?!\d)/.exec(base);
  const date = m ? iso(+m[1]!, +m[3]!, +m[4]!) : null;
  return m && date ? { date, matched: m[0] } : null;
}

export function inferMetadata(text: string, fileName: string): InferredMetadata {
  const firstLine =
    text
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.trim() ?? '';
  // A wire story saved without its headline opens with the dateline: the title is the lede after it.
  const lede = datelineLength(firstLine);
  const title =
    lede > 0 ? shorten(firstLine.slice(lede)) : (firstLine.replace(/^#+\s*/, '') || fileName).slice(0, 300);
  const outlet =
    firstLines(text, 3)
      .map(datelineAgency)
      .find((a) => a !== null) ?? null;
  // The text's own dateline first: a file name may record when it was saved rather than published.
  const dateline = findDateline(text) ?? numericDateline(text);
  if (dateline)
    return {
      title,
      outlet,
      published: dateline.date,
      publishedNote: `Inferred from the dateline "${dateline.matched}" near the top of the text.`,
      publishedFrom: 'dateline',
    };
  const named = fileNameDate(fileName);
  if (named)
    return {
      title,
      outlet,
      published: named.date,
      publishedNote: `Taken from the file name ("${named.matched}"): the text has no dateline in its first lines.`,
      publishedFrom: 'file name',
    };
  return {
    title,
    outlet,
    published: null,
    publishedNote:
      'No date found: the text has no dateline or byline date in its first lines, nor its file name.',
    publishedFrom: null,
  };
}
