/**
 * npx tsx electron/cli/modest-ontology.ts IN.json OUT.json
 *
 * A "modest" copy of an evaluation ontology: what an analyst might write for a new negotiation in an
 * afternoon. Each demand keeps at most 10 of its phrases and 5 counter-phrases, each frame field at most
 * 8 entries (spread over the list, not the first few, which are often inflections of one phrase); parties
 * are kept whole. Evaluating with it says how much the derivation depends on long hand-written lists
 * (eval/README.md, "Modest ontologies").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const MODEST = { phrases: 10, counterPhrases: 5, frameField: 8 } as const;

/** `n` entries spread evenly over `list` (all of it when it is no longer). */
export function spread<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  const step = list.length / n;
  return Array.from({ length: n }, (_, i) => list[Math.floor(i * step)] as T);
}

type Json = Record<string, unknown>;

export function modestOntology(ontology: Json): Json {
  const demands = (ontology.demands as Json[]).map((d) => {
    const out: Json = { ...d, phrases: spread((d.phrases as string[]) ?? [], MODEST.phrases) };
    if (Array.isArray(d.counterPhrases)) out.counterPhrases = spread(d.counterPhrases, MODEST.counterPhrases);
    if (d.frame && typeof d.frame === 'object')
      out.frame = Object.fromEntries(
        Object.entries(d.frame as Json).map(([k, v]) => [
          k,
          Array.isArray(v) ? spread(v, MODEST.frameField) : v,
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
