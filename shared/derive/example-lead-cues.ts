/**
 * A stand held firm on something ("gave no ground on", "would not budge on") with an example's lead
 * put before its preposition: "the reply gave no ground, including on Moscow's call for …",
 * "Washington would not budge, notably on …". Read as the cue written, the lead and comma let in.
 */

/** Leads of an example or the chief case, before the preposition moved after them. */
const EXAMPLE_LEADS = ['including', 'notably', 'especially', 'particularly'];

/** The cue with each lead before its closing "on"; none for a cue that does not close on "on" or has a gap. */
export function exampleLeadVariants(phrase: string): string[] {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2 || words[words.length - 1] !== 'on') return [];
  if (words.some((w) => /^(?:…|\.\.\.)$/.test(w))) return [];
  const head = words.slice(0, -1).join(' ');
  return EXAMPLE_LEADS.map((lead) => `${head}, ${lead} on`);
}
