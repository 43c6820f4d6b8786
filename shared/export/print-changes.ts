/** "What changed since <snapshot>" in the print: moved stances, new citations, new notes. */
import { STANCE_GLYPHS, STANCE_LABELS, type Stance } from '../model/stance';
import { nothingChanged } from './changes';
import type { PreparedExport } from './prepare';
import { noteBlock } from './print-parts';
import { escapeHtml as h, formatPrintedAt } from './text';

const stance = (s: Stance) => `${STANCE_GLYPHS[s]} ${h(STANCE_LABELS[s])}`;

export function changesSection(p: PreparedExport): string {
  const c = p.changes;
  if (!c) return '';
  const names = {
    party: new Map(p.parties.concat(p.omitted.parties).map((x) => [x.id, x.name])),
    demand: new Map(p.demands.concat(p.omitted.demands).map((x) => [x.id, x.title])),
  };
  const cell = (party: string, demand: string) =>
    `${h(names.party.get(party) ?? party)} — ${h(names.demand.get(demand) ?? demand)}`;
  const footnoteOf = new Map(p.citations.map((x) => [x.key, x.number]));
  const title = `<h2>What changed since “${h(c.since.name)}” <span class="sp-h-note">(saved ${h(formatPrintedAt(c.since.createdAt))})</span></h2>`;
  if (nothingChanged(c)) return `<section class="sp-changes">${title}<p>Nothing has changed.</p></section>`;
  const parts: string[] = [];
  if (c.moved.length)
    parts.push(
      `<h3>Stances that moved</h3><ul>${c.moved
        .map(
          (m) => `<li>${cell(m.party, m.demand)}: ${stance(m.from)} → <strong>${stance(m.to)}</strong></li>`,
        )
        .join('')}</ul>`,
    );
  if (c.citations.length)
    parts.push(
      `<h3>New citations</h3><ul>${c.citations
        .map((x) => {
          const n = footnoteOf.get(x.key);
          const by = x.kind === 'analyst' ? ' (analyst citation)' : '';
          return `<li>${cell(x.party, x.demand)}: ${stance(x.stance)}${by} “${h(x.quote)}”${n ? ` [${n}]` : ''}</li>`;
        })
        .join('')}</ul>`,
    );
  if (c.notes.length)
    parts.push(
      `<h3>New notes</h3>${c.notes.map((x) => `<div>${cell(x.party, x.demand)}${noteBlock(x.note)}</div>`).join('')}`,
    );
  return `<section class="sp-changes">${title}${parts.join('')}</section>`;
}
