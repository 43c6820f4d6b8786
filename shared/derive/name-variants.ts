/**
 * A demand phrase that names a party reads with the party's other names. An analyst who writes "sit down
 * with Kabul" or "purchase more US goods" once means the party however a text names it: "sat down with
 * the Afghan government", "buy more U.S. goods". The ontology's own party says which names are its: its
 * name and aliases written as proper names ("Kabul", "Government of Afghanistan", "the Afghan
 * government"), each read for the others. A name two parties share ("the West") is no one's, and a
 * common noun a party is also called by ("the bloc", "the mediators") is left alone: it names other
 * things too. No word outside the ontology is added (anchor-forms.ts does the same for anchors).
 */
import type { Party } from '../model/ontology';
import { properNames } from './anchor-forms';

/** Names of one thing, each list a set of alternatives written as the ontology writes them. */
export type NameSets = ReadonlyArray<readonly string[]>;

const keyOf = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'");
/** "the Afghan government", "the Kremlin": a name with "the" before a capitalised word, up to four words. */
const THE_NAME = /^the [A-Z][\w.-]*(?: [\w.-]+){0,2}$/;

/** Each party's names that stand for it alone, as proper names. */
export function partyNameSets(parties: readonly Party[]): NameSets {
  const owners = new Map<string, number>();
  for (const p of parties)
    for (const n of new Set([p.name, ...p.aliases].map(keyOf))) owners.set(n, (owners.get(n) ?? 0) + 1);
  const out: string[][] = [];
  for (const p of parties) {
    const names = [...properNames(p), ...p.aliases.filter((a) => THE_NAME.test(a))].filter(
      (n) => (owners.get(keyOf(n)) ?? 0) <= 1,
    );
    const unique = [...new Map(names.map((n) => [keyOf(n), n])).values()];
    if (unique.length > 1) out.push(unique);
  }
  return out;
}

/**
 * The phrase with one name in it swapped for another name of the same party, up to `limit` forms (none
 * when it names none of `sets`). A name with "the" after "the" or "a" drops its own ("the IAEA" → "the
 * International Atomic Energy Agency", not "the the UN nuclear watchdog"). A name with "'s" is left
 * as written: "North Korea's denuclearization" names the party a demand is put to, and every other
 * name of it there would swallow a name that readers of the sentence need for its own ("… a chip to
 * trade for the DPRK's denuclearization", said by the DPRK).
 */
export function nameVariants(phrase: string, sets: NameSets, limit = 40): string[] {
  const words = phrase.trim().split(/\s+/);
  const out = new Set<string>();
  for (let i = 0; i < words.length && out.size < limit; i++) {
    // The longest name starting here, compared exactly (names are case-sensitive: "US" is no "us").
    let best: { end: number; set: readonly string[]; name: string } | null = null;
    for (const set of sets)
      for (const name of set) {
        const nw = name.split(/\s+/);
        const end = i + nw.length;
        if (end > words.length || (best && end <= best.end)) continue;
        const same = nw.every((w, k) =>
          k === 0 && w === 'the' ? words[i]?.toLowerCase() === 'the' : words[i + k] === w,
        );
        if (same) best = { end, set, name };
      }
    if (!best) continue;
    const before = words.slice(0, i);
    const articleBefore = /^(?:the|a|an)$/i.test(before[before.length - 1] ?? '');
    for (const other of best.set) {
      if (other === best.name) continue;
      out.add(
        [...before, articleBefore ? other.replace(/^the\s+/, '') : other, ...words.slice(best.end)].join(' '),
      );
      if (out.size >= limit) break;
    }
    i = best.end - 1;
  }
  out.delete(phrase.trim());
  return [...out];
}
