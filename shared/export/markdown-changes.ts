/** "What changed since <snapshot>" in the Markdown briefing. */
import { nothingChanged } from './changes';
import { mdText, noteLine, stanceText } from './markdown-text';
import type { PreparedExport } from './prepare';
import { formatPrintedAt } from './text';

export function changesLines(p: PreparedExport): string[] {
  const c = p.changes;
  if (!c) return [];
  const party = new Map(p.parties.concat(p.omitted.parties).map((x) => [x.id, x.name]));
  const demand = new Map(p.demands.concat(p.omitted.demands).map((x) => [x.id, x.title]));
  const cell = (pa: string, de: string) => mdText(`${party.get(pa) ?? pa} — ${demand.get(de) ?? de}`);
  const footnoteOf = new Map(p.citations.map((x) => [x.key, x.number]));
  const out = [
    `## What changed since “${mdText(c.since.name)}” (saved ${formatPrintedAt(c.since.createdAt)})`,
    '',
  ];
  if (nothingChanged(c)) return [...out, 'Nothing has changed.', ''];
  if (c.moved.length) {
    out.push('### Stances that moved', '');
    for (const m of c.moved)
      out.push(`- ${cell(m.party, m.demand)}: ${stanceText(m.from)} → **${stanceText(m.to)}**`);
    out.push('');
  }
  if (c.citations.length) {
    out.push('### New citations', '');
    for (const x of c.citations) {
      const n = footnoteOf.get(x.key);
      const by = x.kind === 'analyst' ? ' (analyst citation)' : '';
      out.push(
        `- ${cell(x.party, x.demand)}: ${stanceText(x.stance)}${by} “${mdText(x.quote)}”${n ? ` [Q${n}]` : ''}`,
      );
    }
    out.push('');
  }
  if (c.notes.length) {
    out.push('### New notes', '');
    for (const x of c.notes) out.push(`- ${cell(x.party, x.demand)}: ${noteLine(x.note)}`);
    out.push('');
  }
  return out;
}
