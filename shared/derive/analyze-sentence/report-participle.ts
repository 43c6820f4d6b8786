import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Nouns of an account in the media: "reports", "accounts", "claims", "stories". */
const REPORT_HEAD = wordSet(
  /^(?:report|reports|account|accounts|claim|claims|rumou?rs?|story|stories|speculation|allegation|allegations)$/,
);
/** Participles that open a report's content: "reports saying …", "accounts suggesting …". */
const TELLING = wordSet(/^(?:saying|suggesting|claiming|stating|alleging|asserting|indicating)$/);

/**
 * "dismissed media accounts saying the army was ready to leave …", "denied reports suggesting it would
 * accept …": the word at `k` opens, with a participle, what a report says; a cue after it is the report's
 * content, no one's position (as "reports that …" is, findings.ts).
 */
export function reportParticipleAt(tokens: readonly Token[], k: number): boolean {
  return TELLING.test(tokens[k]?.lower ?? '') && REPORT_HEAD.test(tokens[k - 1]?.lower ?? '');
}

/** The media as a source of a report: "state media", "the press". */
const MEDIA_HEAD = wordSet(/^(?:media|press)$/);
/** A finite verb of what a report suggests: "reports suggested …", "media that suggested …". */
const SUGGESTING = wordSet(/^(?:suggest|suggests|suggested|indicated|indicates)$/);

/**
 * "Reports suggested Mr Trump was willing to lift sanctions", "reports in state media that suggested he
 * was ready to …": the word at `k` is a finite verb of suggesting whose subject is a report or the media
 * (right before it, or before the "that"/"which" opening a relative clause on it); a cue after it is the
 * report's content, no one's position, as with the participle above.
 */
export function reportSuggestionAt(tokens: readonly Token[], k: number): boolean {
  if (!SUGGESTING.test(tokens[k]?.lower ?? '')) return false;
  const source = (w: string) => REPORT_HEAD.test(w) || MEDIA_HEAD.test(w);
  const before = tokens[k - 1]?.lower ?? '';
  if (source(before)) return true;
  return /^(?:that|which)$/.test(before) && source(tokens[k - 2]?.lower ?? '');
}
