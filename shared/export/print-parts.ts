/**
 * Pieces of the print layout that several sections use: the stance mark (glyph + word + pattern),
 * the legend, a cell's weight, the analyst blocks and the footnotes. All text goes through
 * escapeHtml; markup uses classes only.
 */
import { citationTraits } from '../analyst/citation-words';
import type { EvidenceSummary } from '../analyst/evidence';
import type { Note, StanceOverride } from '../model/analyst';
import { sourceName } from '../model/corpus';
import { STANCE_GLYPHS, STANCE_LABELS, STANCES, type Stance } from '../model/stance';
import type { Footnote } from './footnotes';
import type { PreparedCitation } from './prepare';
import { escapeHtml as h, formatDay, plural } from './text';

/** Marks analyst work in the matrix and footnotes; the legend explains it. */
export const OVERRIDE_MARK = '✎ Analyst override';
export const NOTE_MARK = '✎ Analyst note';
export const UNVERIFIED_MARK = '⚠ NOT VERIFIED';
export const SINGLE_SOURCE_MARK = '⚑ single source';

/** A fill pattern per stance, so a photocopy still tells stances apart at a glance. */
export const STANCE_PATTERNS: Record<Stance, string> = {
  supports: '■',
  rejects: '▨',
  open: '◧',
  unclear: '░',
  none: '□',
};

/**
 * The print palette: light fills that stay apart in greyscale (each a different lightness) and
 * leave black text readable. The XLSX export fills its cells with the same colours.
 */
export const STANCE_FILLS: Record<Stance, string> = {
  supports: '#cfe8cf',
  rejects: '#f6c9c4',
  open: '#dbe6f8',
  unclear: '#ebe3f2',
  none: '#ffffff',
};

const swatch = (stance: Stance) =>
  `<span class="sp-swatch sp-swatch--${stance}">${STANCE_PATTERNS[stance]}</span>`;

export function stanceMark(stance: Stance): string {
  return (
    `<span class="sp-stance">${swatch(stance)}` +
    `<span class="sp-glyph">${STANCE_GLYPHS[stance]}</span> <span class="sp-word">${h(STANCE_LABELS[stance])}</span></span>`
  );
}

export function legend(withCitations = true): string {
  const items = STANCES.map(
    (s) => `<span class="sp-legend-item">${swatch(s)}` + `${STANCE_GLYPHS[s]} ${h(STANCE_LABELS[s])}</span>`,
  ).join('');
  return (
    `<section class="sp-legend"><span class="sp-legend-title">Legend</span>${items}` +
    `<span class="sp-legend-item">${h(OVERRIDE_MARK)}: set by an analyst</span>` +
    `<span class="sp-legend-item">${h(SINGLE_SOURCE_MARK)}: one independent source</span>` +
    `<span class="sp-legend-item">own / reported: the party’s words / others’ account</span>` +
    (withCitations ? `<span class="sp-legend-item">[n]: passage quoted below</span>` : '') +
    `<span class="sp-legend-item">${h(UNVERIFIED_MARK)}: quote no longer in its source</span></section>`
  );
}

/** "4 sources: 1 own · 3 reported", or "⚑ single source: 1 reported" when one source is all there is. */
export function sourcesText(e: EvidenceSummary): string {
  const voices = [e.ownSources && `${e.ownSources} own`, e.reportedSources && `${e.reportedSources} reported`]
    .filter(Boolean)
    .join(' · ');
  const head = e.sources === 1 ? SINGLE_SOURCE_MARK : plural(e.sources, 'source');
  return voices ? `${head}: ${voices}` : head;
}

const day = (iso: string) => iso.slice(0, 10);

export function overrideBlock(override: StanceOverride, derived: Stance): string {
  return (
    `<div class="sp-analyst sp-analyst--override"><span class="sp-analyst-label">${h(OVERRIDE_MARK)}</span> ` +
    `by ${h(override.author)}, ${h(day(override.updatedAt))}: ${h(STANCE_GLYPHS[override.stance])} ` +
    `${h(STANCE_LABELS[override.stance])} (derived: ${h(STANCE_LABELS[derived])}). ` +
    `Rationale: ${h(override.rationale)}</div>`
  );
}

export function noteBlock(note: Note): string {
  const on = note.target.kind === 'range' ? ` on “${h(note.target.anchor.quote)}”` : '';
  const key = note.key ? ' <span class="sp-key">(key judgement)</span>' : '';
  return (
    `<div class="sp-analyst sp-analyst--note"><span class="sp-analyst-label">${h(NOTE_MARK)}</span>${key} ` +
    `by ${h(note.author)}, ${h(day(note.updatedAt))}${on}: ${h(note.text)}</div>`
  );
}

/** "Outlet, 28 Jan 2022 · “Title”" — the file's name where no outlet is recorded, so nothing looks lost. */
export function sourceLine(d: PreparedCitation['document']): string {
  return `${h(sourceName(d))}, ${h(formatDay(d.published))} · “${h(d.title)}”`;
}

/** How the derivation (or the analyst) read the passage for one cell. */
export function readingOf(c: PreparedCitation): string {
  if (c.derived) return citationTraits(c.derived).join(', ');
  return `analyst citation by ${c.analyst?.author ?? 'an analyst'}`;
}

/**
 * The cells a passage backs, in one run of text: uses by the same party with the same stance and
 * reading share one entry ("Russia — A, B, C: ✔ Supports (reported)"); a rejected use or one with
 * notes stands alone, with its flag and notes.
 */
function usesLine(uses: PreparedCitation[], names: NameOf): string {
  const groups: PreparedCitation[][] = [];
  for (const u of uses) {
    const last = groups.at(-1)?.[0];
    const plain = !u.rejection && !u.notes.length && !u.analyst;
    const same =
      last &&
      plain &&
      !last.rejection &&
      !last.notes.length &&
      !last.analyst &&
      last.party === u.party &&
      last.stance === u.stance &&
      readingOf(last) === readingOf(u);
    if (same) groups.at(-1)!.push(u);
    else groups.push([u]);
  }
  const entries = groups.map((g) => {
    const c = g[0]!;
    const rejected = c.rejection
      ? ` <span class="sp-flag">Rejected by analyst ${h(c.rejection.author)}: ${h(c.rejection.reason)}</span>`
      : '';
    const comment = c.analyst?.comment ? `: ${h(c.analyst.comment)}` : '';
    return (
      `<span class="${c.rejection ? 'sp-use sp-use--rejected' : 'sp-use'}">${h(names.party(c.party))} — ` +
      `${g.map((u) => h(names.demand(u.demand))).join(', ')}: ${STANCE_GLYPHS[c.stance]} ${h(STANCE_LABELS[c.stance])} ` +
      `<span class="sp-muted">(${h(readingOf(c))}${comment})</span></span>${rejected}`
    );
  });
  const notes = uses
    .flatMap((u) => u.notes)
    .map(noteBlock)
    .join('');
  return `<div class="sp-uses">Cited for ${entries.join('; ')}${notes}</div>`;
}

export interface NameOf {
  party(id: string): string;
  demand(id: string): string;
}

/** A quoted passage, once, with every cell it backs (its source is the heading above it). */
export function footnote(f: Footnote, names: NameOf): string {
  const classes = ['sp-fn'];
  if (!f.check.ok) classes.push('sp-fn--unverified');
  if (f.uses.every((u) => u.rejection)) classes.push('sp-fn--rejected');
  const flags: string[] = [];
  if (!f.check.ok)
    flags.push(`<span class="sp-flag">${h(UNVERIFIED_MARK)}: ${h(f.check.problem ?? '')}.</span>`);
  if (f.check.status === 'reanchored')
    flags.push('<span class="sp-muted">Passage re-found after the source changed.</span>');
  return (
    `<div class="${classes.join(' ')}" id="fn-${f.number}"><span class="sp-fn-num">[${f.number}]</span>` +
    `<div class="sp-fn-body"><span class="sp-quote">“${h(f.quote)}”</span>${flags.length ? ` ${flags.join(' ')}` : ''}` +
    `${usesLine(f.uses, names)}</div></div>`
  );
}
