/** Independent readers for the exports, so tests check what a spreadsheet or Markdown reader sees. */

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. Throws on malformed input. */
export function parseCsv(withBom: string): string[][] {
  // A spreadsheet takes a leading byte-order mark as the encoding, not as text.
  const text = withBom.startsWith('\uFEFF') ? withBom.slice(1) : withBom;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r')
          throw new Error(`junk after quote at ${i}`);
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`quote inside unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length) throw new Error('last record has no CRLF');
  return rows;
}

export function csvObjects(text: string): Array<Record<string, string>> {
  const [head, ...rows] = parseCsv(text);
  if (!head) return [];
  return rows.map((r) => {
    if (r.length !== head.length) throw new Error(`row has ${r.length} fields, header ${head.length}`);
    return Object.fromEntries(head.map((h, i) => [h, r[i]!]));
  });
}

/** Splits a Markdown table row on unescaped pipes and unescapes the cells. */
export function mdRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\' && i + 1 < inner.length) {
      cell += inner[++i];
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The Markdown table that follows a heading line, as rows of unescaped cells (rule row dropped). */
export function mdTableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  let i = lines.indexOf(heading);
  if (i < 0) throw new Error(`no heading ${heading}`);
  while (i < lines.length && !lines[i]!.startsWith('|')) i++;
  const rows: string[][] = [];
  for (; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(mdRow(lines[i]!));
  return rows.filter((r, idx) => idx !== 1);
}

/** Undo mdText's escaping, for comparing appendix cells with the source quotes. */
export const unescapeMd = (s: string): string => s.replace(/\\(.)/g, '$1');
