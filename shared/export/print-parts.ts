/**
 * Pieces of the print layout that several sections use: the stance mark (glyph + word + pattern),
 * the legend, and the analyst blocks. All text goes through escapeHtml; markup uses classes only.
 */
import type { Note, StanceOverride } from '../model/analyst';
import { STANCE_GLYPHS, STANCE_LABELS, STANCES, type Stance } from '../model/stance';
import type { PreparedCitation } from './prepare';
import { escapeHtml as h } from './text';

/** Marks analyst work in the matrix and footnotes; the legend explains it. */
export const OVERRIDE_MARK = '✎ Analyst override';
export const NOTE_MARK = '✎ Analyst note';
export const UNVERIFIED_MARK = '⚠ NOT VERIFIED';

/** A fill pattern per stance, so a photocopy still tells stances apart at a glance. */
export const STANCE_PATTERNS: Record<Stance, string> = {
  supports: '■',
  rejects: '▨',
  open: '◧',
  unclear: '░',
  none: '□',
};

const swatch = (stance: Stance) =>
  `<span class="sp-swatch sp-swatch--${stance}">${STANCE_PATTERNS[stance]}</span>`;

export function stanceMark(stance: Stance): string {
  return (
    `<span class="sp-stance">${swatch(stance)}` +
    `<span class="sp-glyph">${STANCE_GLYPHS[stance]}</span> <span class="sp-word">${h(STANCE_LABELS[stance])}</span></span>`
  );
}

export function legend(): string {
  const items = STANCES.map(
    (s) => `<span class="sp-legend-item">${swatch(s)}` + `${STANCE_GLYPHS[s]} ${h(STANCE_LABELS[s])}</span>`,
  ).join('');
  return (
    `<section class="sp-legend"><span class="sp-legend-title">Legend</span>${items}` +
    `<span class="sp-legend-item">${h(OVERRIDE_MARK)}: stance set by an analyst (derived stance struck through)</span>` +
    `<span class="sp-legend-item">${h(NOTE_MARK)}: analyst comment</span>` +
    `<span class="sp-legend-item">[n]: footnote with the source quote</span>` +
    `<span class="sp-legend-item">${h(UNVERIFIED_MARK)}: quote no longer matches its source</span></section>`
  );
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
  return (
    `<div class="sp-analyst sp-analyst--note"><span class="sp-analyst-label">${h(NOTE_MARK)}</span> ` +
    `by ${h(note.author)}, ${h(day(note.updatedAt))}${on}: ${h(note.text)}</div>`
  );
}

/** "Outlet, 2022-01-12 · “Title”" — with placeholders instead of blanks, so nothing looks lost. */
export function sourceLine(c: PreparedCitation): string {
  const outlet = c.document.outlet ?? 'unknown outlet';
  const date = c.document.published ?? 'undated';
  return `${h(outlet)}, ${h(date)} · “${h(c.document.title)}”`;
}

export function footnote(c: PreparedCitation): string {
  const classes = ['sp-fn'];
  if (!c.check.ok) classes.push('sp-fn--unverified');
  if (c.rejection) classes.push('sp-fn--rejected');
  const flags: string[] = [];
  if (!c.check.ok)
    flags.push(`<span class="sp-flag">${h(UNVERIFIED_MARK)}: ${h(c.check.problem ?? '')}.</span>`);
  if (c.check.status === 'reanchored')
    flags.push('<span class="sp-muted">Passage re-found after the source changed.</span>');
  if (c.rejection) {
    flags.push(
      `<span class="sp-flag">Rejected by analyst ${h(c.rejection.author)}: ${h(c.rejection.reason)}</span>`,
    );
  }
  const analyst = c.analyst
    ? `<div class="sp-analyst"><span class="sp-analyst-label">Analyst citation</span> by ${h(c.analyst.author)}` +
      `${c.analyst.comment ? `: ${h(c.analyst.comment)}` : ''}</div>`
    : '';
  return (
    `<div class="${classes.join(' ')}" id="fn-${c.number}"><span class="sp-fn-num">[${c.number}]</span>` +
    `<div class="sp-fn-body"><span class="sp-quote">“${h(c.quote)}”</span> ` +
    `<span class="sp-source">— ${sourceLine(c)} · ${STANCE_GLYPHS[c.stance]} ${h(STANCE_LABELS[c.stance])}</span>` +
    `${flags.length ? ` ${flags.join(' ')}` : ''}${analyst}${c.notes.map(noteBlock).join('')}</div></div>`
  );
}
