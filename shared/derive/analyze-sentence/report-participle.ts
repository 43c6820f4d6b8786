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
