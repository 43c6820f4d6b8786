/**
 * A demand phrase that names a grouping by its short name ("keep … out of the alliance", "entering the
 * alliance") reads with the grouping's longer names too: "keeping Ukraine out of the NATO alliance",
 * "entering the transatlantic alliance". An analyst who writes "the alliance" means that grouping however
 * a text describes it, and the ontology's own party says which longer names are that grouping's: every
 * alias of the same party made of "the", describing words and the same noun ("the transatlantic
 * alliance", "the US-led military alliance"). No word outside the ontology is added.
 */
import type { Party } from '../model/ontology';

const lower = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").trim();

/** Short name ("the alliance") → the longer names of the same party ending in its noun. */
export function groupingNames(parties: readonly Party[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of parties) {
    const names = [...new Set([p.name, ...p.aliases].map(lower))];
    for (const short of names) {
      const m = /^the ([a-z]+)$/.exec(short);
      if (!m) continue;
      const noun = m[1] as string;
      const longer = names.filter((n) => n !== short && n.startsWith('the ') && n.endsWith(` ${noun}`));
      if (longer.length) out.set(short, [...new Set([...(out.get(short) ?? []), ...longer])]);
    }
  }
  return out;
}

/** The phrase with each longer name of a grouping it names by a short name (none when it names none). */
export function groupingVariants(phrase: string, names: ReadonlyMap<string, readonly string[]>): string[] {
  const words = phrase.trim().split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if ((words[i] as string).toLowerCase() !== 'the') continue;
    const longer = names.get(`the ${lower(words[i + 1] as string)}`);
    if (!longer) continue;
    for (const name of longer) out.push([...words.slice(0, i), name, ...words.slice(i + 2)].join(' '));
  }
  return out;
}
