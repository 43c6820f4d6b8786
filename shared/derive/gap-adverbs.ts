/**
 * A demand phrase that opens with its verb, met with an adverb of manner or degree right after that
 * verb: "withdraw from Gaza" written, "withdraw completely from Gaza" or "lift fully the sanctions"
 * read. Only adverbs that leave the demand as the analyst wrote it (whole, at once, without
 * conditions): "withdraw partially from", "never withdraw from" say something else and are not made.
 * Not for a noun of action ("withdrawal completely from" is no English), a light verb, or a phrase
 * with a gap (what stands in the gap already reaches the object).
 */
import { KEEPING, TAKING_AWAY } from './infer-frame';

/** Adverbs after a demand's verb that keep what it asks: whole, at once, for good, without conditions. */
const KEEPING_ADVERBS = [
  'completely',
  'fully',
  'entirely',
  'totally',
  'immediately',
  'unconditionally',
  'permanently',
];
/** Acts of setting free or giving back, besides the verbs of taking away and keeping. */
const FREEING = /^(?:release|free|repatriat|return)/;
/** Nouns of action a verb test would let through: "withdrawal", "removal", "lifting", "release of". */
const ACTION_NOUN = /(?:al|tion|sion|ment|ing|ure)$/;
/** What may follow the verb for the adverb to stand between: a preposition of its place, or its object. */
const AFTER_VERB = /^(?:from|of|out|the|all|its|their|every|any|[a-z][a-z-]+)$/;

/** The phrase with each adverb right after its opening verb; none where it opens with no plain verb. */
export function adverbVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  const first = words[0] as string;
  const second = (words[1] ?? '').toLowerCase();
  if (words.length < 2 || !/^[a-z]{3,}$/.test(first) || ACTION_NOUN.test(first)) return [];
  if (words.some((w) => /^(?:…|\.\.\.)$/.test(w))) return [];
  if (!(TAKING_AWAY.test(first) || KEEPING.test(first) || FREEING.test(first))) return [];
  // ("end to the war": a noun before its preposition; "pull out of": a particle verb, read as written.)
  if (/^(?:to|on|for|with|off|out|back|down|up|away)$/.test(second) || !AFTER_VERB.test(second)) return [];
  const rest = words.slice(1).join(' ');
  return KEEPING_ADVERBS.map((adverb) => `${first} ${adverb} ${rest}`);
}
