/**
 * "refused to talk to the government", "refuse to release": an opposite an analyst writes with its own
 * refusal verb is the demand itself refused. Read as one opposite phrase, it took the sentence's refusal
 * into the phrase and left the sentence no attitude to read: "The Taliban refused to negotiate with the
 * Afghan government" and "The Afghan government refused to release the Taliban prisoners" read nothing,
 * while "declined to negotiate with …", "declined to release …" read the refusal. Where what follows the
 * refusal verb is already one of the demand's own phrases ("talk to the government") or, a single word,
 * one of its frame's restrictions ("release", read with the frame's subject), the opposite is left out:
 * the sentence's refusal, whatever its wording, then reads the demand as any refusal does. An opposite
 * whose rest the demand names nowhere else ("refuse to recognize the government") is kept as written.
 */
import type { Demand } from '../model/ontology';

const REFUSING = /^(?:refuse|refuses|refused|refusing)\s+to\s+/i;

/** Whether `phrase` is a refusal verb before words the demand's phrases or restrictions already read. */
export function refusalOfOwnWords(
  phrase: string,
  phrases: ReadonlySet<string>,
  restrictions: ReadonlySet<string>,
): boolean {
  const lead = REFUSING.exec(phrase.trim());
  if (!lead) return false;
  const rest = phrase.trim().slice(lead[0].length).trim().toLowerCase();
  if (!rest) return false;
  return rest.includes(' ') ? phrases.has(rest) : restrictions.has(rest);
}

/** The demands without the opposites that only refuse their own words (above). */
export function withRefusedOpposites(demands: Demand[]): Demand[] {
  return demands.map((d) => {
    const opposites = d.frame?.opposites ?? [];
    const counter = d.counterPhrases ?? [];
    if (![...opposites, ...counter].some((p) => REFUSING.test(p.trim()))) return d;
    const phrases = new Set(d.phrases.map((p) => p.trim().toLowerCase()));
    const restrictions = new Set((d.frame?.restrictions ?? []).map((r) => r.trim().toLowerCase()));
    const kept = (list: readonly string[]): string[] =>
      list.filter((p) => !refusalOfOwnWords(p, phrases, restrictions));
    return {
      ...d,
      ...(d.counterPhrases ? { counterPhrases: kept(counter) } : {}),
      ...(d.frame ? { frame: { ...d.frame, opposites: kept(opposites) } } : {}),
    };
  });
}

/**
 * Whether a party's naming overlaps the words that name the demand ("refused to recognise [the
 * government] in Kabul"): the party those words act on, not one holding them.
 */
export function namedInsideWords(
  named: { first: number; last: number },
  words: { first: number; last: number },
): boolean {
  return named.first <= words.last && named.last >= words.first;
}
