/**
 * The Markdown briefing: the matrix as a table, then per demand "who said what" with key quotes and
 * analyst work, then an appendix of every quote with outlet, date, document hash and offsets.
 * Quote numbers ([Q1]…) are the footnote numbers of the print, so a briefing and a printout agree.
 */
import { sourceName } from '../model/corpus';
import { STANCE_LABELS } from '../model/stance';
import { numberList } from './footnotes';
import { changesLines } from './markdown-changes';
import { day, mdText, noteLine, stanceText } from './markdown-text';

export { mdText };
import type { PreparedCell, PreparedCitation, PreparedExport } from './prepare';
import { readingOf, SINGLE_SOURCE_MARK, sourcesText } from './print-parts';
import { formatPrintedAt, plural } from './text';
import { append } from '../util/append';

/** Quotes shown under each party in "who said what"; the appendix has them all. */
const KEY_QUOTES = 3;

/** "⚑ single source: 1 reported · latest 2022-01-28": what a cell rests on. */
export function weightText(pc: PreparedCell): string {
  if (pc.evidence.citations === 0) return '';
  return `${sourcesText(pc.evidence)} · latest ${pc.evidence.latest ?? 'undated'}`;
}

/** What a matrix cell says in the table: stance, override mark, weight, note mark, quote numbers. */
export function mdCell(pc: PreparedCell): string {
  const parts = [stanceText(pc.cell.stance)];
  if (pc.override) parts.push(`(✎ override; derived ${STANCE_LABELS[pc.cell.derivedStance]})`);
  const weight = weightText(pc);
  if (weight) parts.push(`· ${weight}`);
  if (pc.notes.length || pc.citations.some((c) => c.notes.length)) parts.push('✎ note');
  if (pc.unverified) parts.push(`⚠ ${pc.unverified} unverified`);
  if (pc.citations.length) parts.push(`[Q${numberList(pc.citations.map((c) => c.number))}]`);
  return parts.join(' ');
}

function table(p: PreparedExport): string[] {
  const head = `| Party | ${p.demands.map((d) => mdText(d.title)).join(' | ')} |`;
  const rule = `| --- | ${p.demands.map(() => '---').join(' | ')} |`;
  const rows = p.rows.map((row, i) => `| ${mdText(p.parties[i]!.name)} | ${row.map(mdCell).join(' | ')} |`);
  return [head, rule, ...rows];
}

function quoteLine(c: PreparedCitation): string {
  const flags = [
    !c.check.ok ? ` **⚠ NOT VERIFIED: ${mdText(c.check.problem ?? '')}**` : '',
    c.rejection
      ? ` **Rejected by analyst ${mdText(c.rejection.author)}: ${mdText(c.rejection.reason)}**`
      : '',
  ].join('');
  const source = `${mdText(sourceName(c.document))}, ${c.document.published ?? 'undated'}`;
  return `“${mdText(c.quote)}” — ${source} (${mdText(readingOf(c))}) [Q${c.number}]${flags}`;
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

/** Each quoted passage once, with every cell it backs and the facts to find it again. */
function appendix(p: PreparedExport): string[] {
  if (!p.footnotes.length) return [];
  const out = [
    '## Appendix: quotes',
    '',
    '| Q | Quote | Cited for | Outlet | Date | Document | Hash (SHA-256) | Offsets | Verified |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const party = new Map(p.parties.map((x) => [x.id, x.name]));
  const demand = new Map(p.demands.map((x) => [x.id, x.title]));
  for (const f of p.footnotes) {
    const verified = f.check.ok
      ? f.check.status === 'reanchored'
        ? 'yes (re-anchored)'
        : 'yes'
      : `**NO**: ${mdText(f.check.problem ?? '')}`;
    const uses = f.uses
      .map(
        (u) =>
          `${party.get(u.party) ?? u.party} — ${demand.get(u.demand) ?? u.demand}: ${stanceText(u.stance)} ` +
          `(${readingOf(u)})${u.rejection ? ', rejected by analyst' : ''}`,
      )
      .join('; ');
    out.push(
      `| Q${f.number} | ${mdText(f.quote)} | ${mdText(uses)} | ${mdText(f.document.outlet ?? '')} | ` +
        `${f.document.published ?? ''} | ${mdText(f.document.id)} | \`${f.document.hash}\` | ${f.start}–${f.end} | ${verified} |`,
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
  const omitted = [...p.omitted.parties.map((x) => x.name), ...p.omitted.demands.map((x) => x.title)];
  if (omitted.length) out.push(`No recorded position, so left out: ${omitted.map(mdText).join(', ')}.`, '');
  if (p.keyJudgements.length) {
    out.push('## Key judgements', '', ...p.keyJudgements.map((k) => `- ${mdText(k)}`), '');
  }
  append(out, changesLines(p));
  out.push(
    `Legend: ${(['supports', 'rejects', 'open', 'unclear', 'none'] as const).map(stanceText).join(' · ')} · ` +
      '✎ analyst work · own / reported: the party’s own statements or others’ accounts · ' +
      `${SINGLE_SOURCE_MARK}: one independent source · [Qn] quote in the appendix · ⚠ quote no longer matches its source`,
    '',
  );
  if (p.warnings.length) {
    out.push(`> **⚠ ${plural(p.warnings.length, 'warning')}**`, '>');
    for (const w of p.warnings) out.push(`> - ${mdText(w)}`);
    out.push('');
  }
  out.push('## Matrix', '', ...table(p), '');
  append(out, whoSaidWhat(p));
  append(out, appendix(p));
  if (p.classification) out.push(`**${mdText(p.classification)}**`, '');
  return out.join('\n');
}
