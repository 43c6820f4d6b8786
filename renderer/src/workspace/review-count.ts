import type { AnalystSnapshot } from '../store/types';

/** Suggestions still waiting for a decision. */
export function pendingSuggestions(analyst: AnalystSnapshot | null) {
  if (!analyst?.review) return [];
  const decided = new Set((analyst.data.reviewDecisions ?? []).map((d) => d.suggestionId));
  return analyst.review.suggestions.filter((s) => !s.withdrawn && !decided.has(s.id));
}
