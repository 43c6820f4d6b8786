/**
 * "pull its forces out of the new member states", "troops stationed in the new members": after a
 * preposition of place, words that are one demand's subject ("new members": enlargement) and another
 * demand's anchor (where the forces to pull back are) name a place for the other demand, when the
 * sentence mentions it. Read as the first demand, every retelling of the rollback demand also cited
 * support for a halt to enlargement.
 */
import type { CompiledOntology } from './compile-ontology';
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';

const PLACE = wordSet(/^(?:in|into|from|within|across|throughout|inside)$/);
const DETERMINER = wordSet(/^(?:the|its|their|all|some|those|these)$/);
const POSSESSIVE = wordSet(/^['’]s$/);

/** The token before `first`, past determiners and one possessive ("the alliance's"). */
function before(tokens: readonly Token[], first: number): number {
  let p = first - 1;
  while (p > 0 && (tokens[p]?.transparent || DETERMINER.test(tokens[p]?.lower ?? ''))) p--;
  if (POSSESSIVE.test(tokens[p]?.text ?? '') && tokens[p - 1]?.word) {
    p -= 2;
    while (p > 0 && DETERMINER.test(tokens[p]?.lower ?? '')) p--;
  }
  return p;
}

/** Whether [first, last], a subject of `demand`, is a place where another demand mentioned here lies. */
export function placeOfOtherDemand(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  demand: string,
  first: number,
  last: number,
): boolean {
  const p = before(tokens, first);
  const word = tokens[p]?.lower ?? '';
  if (!PLACE.test(word) && !(word === 'of' && tokens[p - 1]?.lower === 'out')) return false;
  const others = new Set<string>();
  for (const a of compiled.anchors.find(tokens))
    if (a.first <= first && a.last >= last) for (const d of a.values) if (d !== demand) others.add(d);
  if (others.size === 0) return false;
  const mentionedElsewhere = (values: readonly string[], at: { first: number; last: number }) =>
    (at.last < first || at.first > last) && values.some((v) => others.has(v.replace(/[!?~]$/, '')));
  return (
    compiled.subjects.find(tokens).some((s) => mentionedElsewhere(s.values, s)) ||
    compiled.demandPhrases.find(tokens).some((m) =>
      mentionedElsewhere(
        m.values.map((v) => v.demand),
        m,
      ),
    )
  );
}

// Where forces are sent ("to", "into"); "in" also says where forces already are ("their footprint in Europe").
const DESTINATION = wordSet(/^(?:to|into)$/);

const MIN_PLACES = 3;
const placed = new WeakMap<CompiledOntology, ReadonlySet<string>>();
/**
 * Demands whose anchors name three parties of the ontology or more (the rollback: Poland, Romania, the
 * Baltic states …), not just the sides ("NATO" for enlargement, "Iran" and "the US"): only there do the
 * anchors list where the demand applies, so a country they leave out lies outside it.
 */
function placedDemands(compiled: CompiledOntology): ReadonlySet<string> {
  let set = placed.get(compiled);
  if (!set) {
    const partyOf = new Map<string, string>();
    for (const p of compiled.parties)
      for (const n of [p.name, ...p.aliases]) partyOf.set(n.toLowerCase(), p.id);
    const placesOf = (d: (typeof compiled.demands)[number]) =>
      new Set((d.frame?.anchors ?? []).map((a) => partyOf.get(a.toLowerCase())).filter(Boolean)).size;
    set = new Set(compiled.demands.filter((d) => placesOf(d) >= MIN_PLACES).map((d) => d.id));
    placed.set(compiled, set);
  }
  return set;
}

/**
 * "will not deploy combat troops to Ukraine": forces sent to a country that is no anchor of a demand
 * whose anchors are places (a non-member, for the rollback from NATO's new members) are no part of it,
 * whatever restricts them.
 */
export function sentOutsideDemand(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  demand: string,
  last: number,
): boolean {
  if (!placedDemands(compiled).has(demand)) return false;
  let p = last + 1;
  if (!DESTINATION.test(tokens[p]?.lower ?? '')) return false;
  p++;
  while (DETERMINER.test(tokens[p]?.lower ?? '')) p++;
  const place = actors.find((a) => a.first === p);
  if (!place) return false;
  // ("to Poland and the Baltic states": a list naming an anchor after the first place is the demand's.)
  const joint = /^(?:and|or|,)$/.test(tokens[place.last + 1]?.lower ?? '') ? place.last + 4 : place.last;
  return !compiled.anchors
    .find(tokens)
    .some((a) => a.values.includes(demand) && a.first <= joint && a.last >= place.first);
}

/** Whether a demand's anchors list the places where it applies (three parties of the ontology or more). */
export function placedDemand(compiled: CompiledOntology, demand: string): boolean {
  return placedDemands(compiled).has(demand);
}
