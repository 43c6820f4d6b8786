/**
 * A side the demand is put to (or a mediator) proposing or offering the demand's own step, worded by
 * the frame rather than an ontology phrase: "the EU offered to remove customs checks", "Washington
 * proposed cutting the tariffs on Chinese imports", "the bloc offered to ease the restrictions on
 * Russian fertilizer exports". The restriction and the measure it takes away, right after the verb
 * (only "to" between), is the demand's substance put on the table: openness to it. Not for demands
 * whose anchors list places ("proposed cutting troop numbers at exercises" is no pull-back from the
 * places the demand is about), nor a measure a named place or party after it shows to be another one.
 */
import type { CompiledOntology } from './compile-ontology';
import type { DemandMention } from './demand-mentions';
import { placedDemand } from './place-of-other';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Words that may stand between the proposing verb and the restriction: "offered to remove …". */
const CALENDAR = wordSet(
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/,
);
const VERB_TO_RESTRICTION = wordSet(/^(?:to|also|further|partly|partially)$/);

const proposerWordsCache = new WeakMap<CompiledOntology, Map<string, Set<string>>>();
/** The words of the names, aliases and adjectives of the parties that put `demand` forward, lower-cased. */
function proposerWords(compiled: CompiledOntology, demand: string): Set<string> {
  let byDemand = proposerWordsCache.get(compiled);
  if (!byDemand) proposerWordsCache.set(compiled, (byDemand = new Map()));
  let out = byDemand.get(demand);
  if (!out) {
    const proposers = compiled.proposers.get(demand);
    out = new Set(
      compiled.parties
        .filter((p) => proposers?.has(p.id))
        .flatMap((p) => [p.name, ...p.aliases, ...(p.adjectives ?? [])])
        .flatMap((n) => n.toLowerCase().split(/\s+/)),
    );
    byDemand.set(demand, out);
  }
  return out;
}

/**
 * Whether `m`, a mention following the proposing or offering verb that ends at token `verbLast`,
 * is the demand's step itself stated by its frame (a restriction and its measure, "remove + customs
 * checks"), close after the verb, for a demand not tied to places, with no other capitalised target
 * after it in the clause ("cut tariffs on Mexican steel").
 */
export function proposedRemoval(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  verbLast: number,
  m: DemandMention,
): boolean {
  if (m.kind !== 'frame' || m.direction !== 1 || !m.match.includes(' + ') || m.first <= verbLast)
    return false;
  // (The restriction opens the mention: "remove + customs checks", not "customs checks + removed".)
  const opening = m.match.slice(0, m.match.indexOf(' + ')).toLowerCase();
  if (!(tokens[m.first]?.lower ?? '').startsWith(opening.split(' ')[0] ?? '')) return false;
  for (let k = verbLast + 1; k < m.first; k++)
    if (!VERB_TO_RESTRICTION.test(tokens[k]?.lower ?? '')) return false;
  if (placedDemand(compiled, m.demand)) return false;
  // ("offered to cut tariffs on Mexican steel": a name after the measure that is none of its anchors.)
  let anchors: ReturnType<CompiledOntology['anchors']['findAll']> | null = null;
  for (let i = m.last + 1; i <= m.last + 6 && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.word) break;
    if (!t.capital || CALENDAR.test(t.lower)) continue;
    anchors ??= compiled.anchors.findAll(tokens);
    if (anchors.some((a) => a.first <= i && i <= a.last && a.values.includes(m.demand))) continue;
    // ("on Russian fertilizer exports": the name of the side that put the demand forward is its own.)
    if (proposerWords(compiled, m.demand).has(t.lower)) continue;
    return false;
  }
  return true;
}
