/**
 * "NATO said the Russian texts could not be accepted because they would hand Moscow a veto over …",
 * "Washington rejected the plan because it would bar Ukraine from …": a "because" clause whose subject
 * is a pronoun for the paper just judged, with "would"/"will" and a verb of what that paper does, says
 * what the paper contains. The verdict on the paper reaches the demand named there; other reasons
 * ("because it cannot bind …", "because Moscow asked for too much") still stop it.
 */
import type { Token } from '../tokens';
import { DOCUMENT_NOUN } from '../document-voices';
import { wordSet } from '../word-set';

/** ("since" too: before "it would …" it gives a reason, not a time.) */
const REASON = wordSet(/^(?:because|since)$/);
const PAPER_PRONOUN = wordSet(/^(?:it|they)$/);
const CONTENT_MODAL = wordSet(/^(?:would|will)$/);
/** Adverbs that may stand between the modal and the paper's verb: "would in effect", "would effectively". */
const CONTENT_ADVERB = wordSet(/^(?:effectively|essentially|also|in|effect|practice)$/);
/**
 * Words after the modal that make the clause about its subject's own choice, not a paper's content
 * ("because it would rather …", "because they would have to …", "because it would never …").
 */
const NOT_CONTENT = wordSet(/^(?:not|never|no|rather|sooner|have|be|need|like|prefer|n['’]t)$/);
/** The paper the pronoun stands for: a document's noun, or a demand's. */
const DEMAND_PAPER = wordSet(/^(?:demands?|requests?|ideas?|offers?|package|conditions?|initiatives?)$/);
/** How far back from "because" the paper's noun may stand. */
const PAPER_REACH = 12;
const STOP = /^[;:.!?—–()]$/;

/** Whether the "because" (or "since") at `k` opens a clause telling what the paper just named would do. */
export function contentReasonAt(tokens: readonly Token[], k: number): boolean {
  if (!REASON.test(tokens[k]?.lower ?? '')) return false;
  const pronoun = tokens[k + 1]?.lower ?? '';
  if (!PAPER_PRONOUN.test(pronoun) || !CONTENT_MODAL.test(tokens[k + 2]?.lower ?? '')) return false;
  let v = k + 3;
  while (v < k + 6 && CONTENT_ADVERB.test(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  if (!verb?.word || NOT_CONTENT.test(verb.lower)) return false;
  // The paper's noun before "because", agreeing in number with the pronoun ("the texts … they").
  for (let j = k - 1; j >= Math.max(0, k - PAPER_REACH); j--) {
    const t = tokens[j] as Token;
    if (STOP.test(t.text)) return false;
    if (!DOCUMENT_NOUN.test(t.lower) && !DEMAND_PAPER.test(t.lower)) continue;
    return /s$/.test(t.lower) === (pronoun === 'they');
  }
  return false;
}

/** Whether such a "because" stands between tokens `from` and `to`. */
export function contentReasonBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (contentReasonAt(tokens, k)) return true;
  return false;
}
