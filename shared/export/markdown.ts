/**
 * The Markdown briefing: the matrix as a table, then per demand "who said what" with key quotes and
 * analyst work, then an appendix of every quote with outlet, date, document hash and offsets.
 * Quote numbers ([Q1]…) are the footnote numbers of the print, so a briefing and a printout agree.
 */
import type { Note } from '../model/analyst';
import { STANCE_GLYPHS, STANCE_LABELS, type Stance } from '../model/stance';
import type { PreparedCell, PreparedCitation, PreparedExport } from './prepare';
import { formatPrintedAt, numberRange, oneLine } from './text';

/** Quotes shown under each party in "who said what"; the appendix has them all. */
const KEY_QUOTES = 3;

/** Escapes Markdown syntax in running text so a quote can never become a link, heading or table. */
export function mdText(value: string): string {
  return oneLine(value).replace(/([\\`*_[\]{}<>#|!~])/g, '\\$1');
}

const stanceText = (s: Stance) => `${STANCE_GLYPHS[s]} ${STANCE_LABELS[s]}`;
const day = (iso: string) => iso.slice(0, 10);

/** What a matrix cell says in the table: stance, override mark, note mark, quote numbers. */
export function mdCell(pc: PreparedCell): string {
  const parts = [stanceText(pc.cell.stance)];
  if (pc.override) parts.push(`(✎ override; derived ${STANCE_LABELS[pc.cell.derivedStance]})`);
  if (pc.notes.length || pc.citations.some((c) => c.notes.length)) parts.push('✎ note');
  if (pc.unverified) parts.push(`⚠ ${pc.unverified} unverified`);
  if (pc.citations.length) parts.push(`[Q${numberRange(pc.citations.map((c) => c.number))}]`);
  return parts.join(' ');
}

function table(p: PreparedExport): string[] {
  const head = `| Party | ${p.demands.map((d) => mdText(d.title)).join(' | ')} |`;
  const rule = `| --- | ${p.demands.map(() => '---').join(' | ')} |`;
  const rows = p.rows.map((row, i) => `| ${mdText(p.parties[i]!.name)} | ${row.map(mdCell).join(' | ')} |`);
  return [head, rule, ...rows];
}

function noteLine(n: Note): string {
  return `✎ **Analyst note** (${mdText(n.author)}, ${day(n.updatedAt)}): ${mdText(n.text)}`;
}

function quoteLine(c: PreparedCitation): string {
  const flags = [
    !c.check.ok ? ` **⚠ NOT VERIFIED: ${mdText(c.check.problem ?? '')}**` : '',
    c.rejection
      ? ` **Rejected by analyst ${mdText(c.rejection.author)}: ${mdText(c.rejection.reason)}**`
      : '',
    c.analyst ? ` (analyst citation by ${mdText(c.analyst.author)})` : '',
  ].join('');
  const source = `${mdText(c.document.outlet ?? 'unknown outlet')}, ${c.document.published ?? 'undated'}`;
  return `“${mdText(c.quote)}” — ${source} [Q${c.number}]${flags}`;
}

function whoSaidWhat(p: PreparedExport): string[] {
  const out: string[] = ['## Who said what', ''];
  p.demands.forEach((demand, di) => {
    out.push(`### ${mdText(demand.title)}`, '');
    if (demand.description) out.push(mdText(demand.description), '');
    const cells = p.rows
      .map((row) => row[di]!)
      .filter((pc) => pc.cell.stance !== 'none' || pc.override || pc.notes.length);
    if (!cells.length) out.push('_No party has a recorded position._', '');
    for (const pc of cells) {
      out.push(`- **${mdText(pc.party.name)}**: ${stanceText(pc.cell.stance)}`);
      if (pc.override) {
        out.push(
          `  - ✎ **Analyst override** (${mdText(pc.override.author)}, ${day(pc.override.updatedAt)}): ` +
            `derived ${STANCE_LABELS[pc.cell.derivedStance]}. Rationale: ${mdText(pc.override.rationale)}`,
        );
      }
      for (const n of pc.notes) out.push(`  - ${noteLine(n)}`);
      for (const c of pc.citations.slice(0, KEY_QUOTES)) {
        out.push(`  - ${quoteLine(c)}`);
        for (const n of c.notes) out.push(`    - ${noteLine(n)}`);
      }
      if (pc.citations.length > KEY_QUOTES) {
        out.push(`  - …and ${pc.citations.length - KEY_QUOTES} more in the appendix.`);
      }
    }
    out.push('');
  });
  return out;
}

function appendix(p: PreparedExport): string[] {
  if (!p.citations.length) return [];
  const out = [
    '## Appendix: quotes',
    '',
    '| Q | Party | Demand | Stance | Quote | Outlet | Date | Document | Hash (SHA-256) | Offsets | Verified |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const party = new Map(p.parties.map((x) => [x.id, x.name]));
  const demand = new Map(p.demands.map((x) => [x.id, x.title]));
  for (const c of p.citations) {
    const verified = c.check.ok
      ? c.check.status === 'reanchored'
        ? 'yes (re-anchored)'
        : 'yes'
      : `**NO**: ${mdText(c.check.problem ?? '')}`;
    out.push(
      `| Q${c.number} | ${mdText(party.get(c.party) ?? c.party)} | ${mdText(demand.get(c.demand) ?? c.demand)} | ` +
        `${stanceText(c.stance)} | ${mdText(c.quote)} | ${mdText(c.document.outlet ?? '')} | ${c.document.published ?? ''} | ` +
        `${mdText(c.document.id)} | \`${c.document.hash}\` | ${c.start}–${c.end} | ${verified} |`,
    );
  }
  out.push('');
  return out;
}

export function renderMarkdownFrom(p: PreparedExport): string {
  const out: string[] = [];
  if (p.classification) out.push(`**${mdText(p.classification)}**`, '');
  out.push(`# ${mdText(p.title)}`, '');
  out.push(`Corpus: ${mdText(p.corpus)} · Printed ${formatPrintedAt(p.printedAt)}`, '');
  out.push(
    `Legend: ${(['supports', 'rejects', 'open', 'unclear', 'none'] as const).map(stanceText).join(' · ')} · ` +
      '✎ analyst work · [Qn] quote in the appendix · ⚠ quote no longer matches its source',
    '',
  );
  if (p.warnings.length) {
    out.push(`> **⚠ ${p.warnings.length} warning(s)**`, '>');
    for (const w of p.warnings) out.push(`> - ${mdText(w)}`);
    out.push('');
  }
  out.push('## Matrix', '', ...table(p), '');
  out.push(...whoSaidWhat(p));
  out.push(...appendix(p));
  if (p.classification) out.push(`**${mdText(p.classification)}**`, '');
  return out.join('\n');
}
