export const STANCES = ['supports', 'rejects', 'open', 'unclear', 'none'] as const;
export type Stance = (typeof STANCES)[number];

/** Analyst-facing words for each stance, used by the view, print and exports alike. */
export const STANCE_LABELS: Record<Stance, string> = {
  supports: 'Supports',
  rejects: 'Rejects',
  open: 'Open',
  unclear: 'Unclear',
  none: 'No position',
};

/** A glyph per stance so a cell never relies on colour alone (screen and black-and-white print). */
export const STANCE_GLYPHS: Record<Stance, string> = {
  supports: '✔',
  rejects: '✖',
  open: '◐',
  unclear: '?',
  none: '·',
};
