/**
 * CSV exports, RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled. Two shapes: one row per cell, and one row per citation.
 * Each file starts with a UTF-8 byte-order mark: without it Excel on Windows reads the bytes as
 * its ANSI code page and curly quotes, dashes and accents come out garbled.
 */
import { STANCE_LABELS } from '../model/stance';
import type { PreparedCitation, PreparedExport } from './prepare';
import { citationTraits } from '../analyst/citation-words';
import { oneLine } from './text';

export const UTF8_BOM = '\uFEFF';

/**
 * Spreadsheets run a field that starts with = + - @ as a formula; a quote from an article must never
 * do that, so such a field gets a leading apostrophe (the convention Excel and LibreOffice display
 * as text). Plain numbers like -0.5 are left alone.
 */
function defuse(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value)) return `'${value}`;
  return value;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = defuse(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(rows: Array<Array<string | number | boolean | null | undefined>>): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const CSV_CELL_COLUMNS = [
  'party_id',
  'party',
  'demand_id',
  'demand',
  'stance',
  'stance_label',
  'derived_stance',
  'analyst_override',
  'override_author',
  'override_rationale',
  'confidence',
  'sources',
  'citations',
  'unverified_quotes',
  'footnotes',
  'analyst_notes',
  'own_sources',
  'reported_sources',
  'single_source',
  'latest_evidence',
] as const;

export function renderCsvFrom(p: PreparedExport): string {
  const rows: Array<Array<string | number | null>> = [[...CSV_CELL_COLUMNS]];
  for (const pc of p.rows.flat()) {
    const { cell } = pc;
    const notes = [...pc.notes, ...pc.citations.flatMap((c) => c.notes)];
    rows.push([
      pc.party.id,
      pc.party.name,
      pc.demand.id,
      pc.demand.title,
      cell.stance,
      STANCE_LABELS[cell.stance],
      cell.derivedStance,
      pc.override ? 'yes' : 'no',
      pc.override?.author ?? '',
      pc.override?.rationale ?? '',
      cell.confidence.toFixed(2),
      pc.evidence.sources,
      pc.evidence.citations,
      pc.unverified,
      [...new Set(pc.citations.map((c) => c.number))].join(' '),
      notes.map((n) => `${n.author}: ${oneLine(n.text)}`).join(' | '),
      pc.evidence.ownSources,
      pc.evidence.reportedSources,
      pc.evidence.sources === 1 ? 'yes' : 'no',
      pc.evidence.latest,
    ]);
  }
  return UTF8_BOM + csvRows(rows);
}

export const CSV_LONG_COLUMNS = [
  'demand_id',
  'demand',
  'party_id',
  'party',
  'stance',
  'cell_stance',
  'date',
  'quote',
  'outlet',
  'analyst',
  'note',
  'kind',
  'verified',
  'verification_problem',
  'rejected',
  'document',
  'document_title',
  'document_hash',
  'start',
  'end',
  'footnote',
  'voice',
] as const;

/**
 * One row per citation. `analyst` names whoever added analyst work to the citation (its author for
 * an analyst citation, else the authors of its notes or rejection); `note` joins that work.
 */
export function renderCsvLongFrom(p: PreparedExport): string {
  const rows: Array<Array<string | number | null>> = [[...CSV_LONG_COLUMNS]];
  for (const pc of p.rows.flat()) {
    for (const c of pc.citations) {
      const authors = new Set<string>();
      const notes: string[] = [];
      if (c.analyst) {
        authors.add(c.analyst.author);
        if (c.analyst.comment) notes.push(oneLine(c.analyst.comment));
      }
      for (const n of c.notes) {
        authors.add(n.author);
        notes.push(oneLine(n.text));
      }
      if (c.rejection) {
        authors.add(c.rejection.author);
        notes.push(`Rejected: ${oneLine(c.rejection.reason)}`);
      }
      rows.push([
        pc.demand.id,
        pc.demand.title,
        pc.party.id,
        pc.party.name,
        c.stance,
        pc.cell.stance,
        c.document.published,
        c.quote,
        c.document.outlet,
        [...authors].join('; '),
        notes.join(' | '),
        c.kind,
        c.check.ok ? 'yes' : 'NO',
        c.check.problem,
        c.rejection ? 'yes' : 'no',
        c.document.id,
        c.document.title,
        c.document.hash,
        c.start,
        c.end,
        c.number,
        voiceOf(c),
      ]);
    }
  }
  return UTF8_BOM + csvRows(rows);
}

/** "own statement", "reported by Sherman, about the future", or "analyst citation". */
export function voiceOf(c: PreparedCitation): string {
  return c.derived ? citationTraits(c.derived).join(', ') : 'analyst citation';
}
