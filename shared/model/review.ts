import type { z } from 'zod';
import type { suggestionSchema } from '../ipc/schemas';
import type { Stance } from './stance';

/** A change to a touched cell's stance that a new or edited document would make, held for review. */
export type Suggestion = z.output<typeof suggestionSchema>;

/** What the review queue says about one cell. */
export interface CellReview {
  /** The suggestion waiting for the analyst's decision, if any. */
  pending: Suggestion | null;
  /** The stance shown while a change waits or was dismissed (the one the analyst last saw). */
  held: Stance | null;
  /** The analyst marked the cell reviewed. */
  reviewed: { by: string; at: string; stance: Stance } | null;
}
