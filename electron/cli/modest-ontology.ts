/**
 * npx tsx electron/cli/modest-ontology.ts IN.json OUT.json
 *
 * A "modest" copy of an evaluation ontology: what an analyst might write for a new negotiation in an
 * afternoon. Each demand keeps at most 10 of its phrases and 5 counter-phrases, each frame field at most
 * 8 entries (picked by a fixed hash of their text: spread over the list and stable under edits); parties
 * are kept whole. Evaluating with it says how much the derivation depends on long hand-written lists
 * (eval/README.md, "Modest ontologies").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MODEST = { phrases: 10, counterPhrases: 5, frameField: 8 } as const;

/** FNV-1a hash of a string: a fixed pseudo-random rank for each entry. */
function rank(entry: unknown): number {
  const text = typeof entry === 'string' ? entry : JSON.stringify(entry);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * `n` entries of `list` (all of it when it is no longer), in their order: the first, and those whose
 * text ranks lowest by a fixed hash. Spread over the list rather than its first few (often inflections of one
 * phrase), and stable: an entry added to the full list displaces at most one, so a copy made after an
 * edit differs from the one before only by what the edit touched (evenly spaced picks reshuffled
 * whole lists and moved the modest figures by chance).
 */
export function sample<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  // The first entry is the one a writer puts first: the demand's own name, its main wording.
  const kept = new Set([
    0,
    ...list
      .map((entry, i) => ({ i, r: rank(entry) }))
      .slice(1)
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .slice(0, n - 1)
      .map((x) => x.i),
  ]);
  return list.filter((_, i) => kept.has(i));
}

type Json = Record<string, unknown>;

export function modestOntology(ontology: Json): Json {
  const demands = (ontology.demands as Json[]).map((d) => {
    const out: Json = { ...d, phrases: sample((d.phrases as string[]) ?? [], MODEST.phrases) };
    if (Array.isArray(d.counterPhrases)) out.counterPhrases = sample(d.counterPhrases, MODEST.counterPhrases);
    if (d.frame && typeof d.frame === 'object')
      out.frame = Object.fromEntries(
        Object.entries(d.frame as Json).map(([k, v]) => [
          k,
          Array.isArray(v) ? sample(v, MODEST.frameField) : v,
        ]),
      );
    return out;
  });
  return { ...ontology, demands };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: npx tsx electron/cli/modest-ontology.ts IN.json OUT.json');
    process.exit(2);
  }
  const ontology = JSON.parse(readFileSync(input, 'utf8')) as Json;
  writeFileSync(output, `${JSON.stringify(modestOntology(ontology), null, 2)}\n`);
}
