/**
 * "Hamas wants a permanent ceasefire. Egypt put forward its own proposals on Monday. Israel rejected
 * the drafts.": an unowned paper named by its noun ("the draft(s)", "the proposal(s)", "the plan", "the
 * package", "the offer") right after a party that made no demand of the ontology put forward papers
 * of its own is that party's paper, not the demands attached to another side. Such a pointer reads
 * nothing (the mediator's text says nothing the document tied to a demand).
 */
import type { ActorMention } from './actors';
import type { AttachedDemands } from './references';

/** A definite paper noun standing alone: "the drafts", "the proposal", "the plan". */
const PAPER_POINTER = /^the\s+(?:drafts?|proposals?|plans?|package|offer|texts?)$/i;

/**
 * Whether the pointer `words` (no owner of its own) names the paper of `lastPresenter`, the owner of
 * the demand noun the document met last, when that party has no demand attached.
 */
export function thirdPartyPaper(
  words: string,
  lastPresenter: ActorMention | null | undefined,
  attached: AttachedDemands,
): boolean {
  if (!lastPresenter || lastPresenter.parties.length === 0 || !PAPER_POINTER.test(words)) return false;
  return lastPresenter.parties.every((p) => !attached.get(p)?.size);
}
