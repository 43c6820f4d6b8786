/**
 * "Lavrov said Russia rejects the West's attempts to carve out spheres of influence in Central Asia":
 * a sphere of influence owned by another party than the demand's proposer, in a place the demand's own
 * words never name, is no call of the proposer's about its demand (that the alliance not reach its
 * borders). Not "Russia has no right to a sphere of influence" (no other owner, no place) nor "NATO's
 * sphere of influence in eastern Europe" (a place of the demand's own words).
 */
import type { ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';

const SPHERE = /^(?:spheres?|zones?) of (?:influence|interest)$/;
const POSSESSIVE = /^['’]s?$/;
/** What ends the look back for the sphere's owner: a new clause or a turn. */
const BREAK = /^(?:,|;|:|that|said|says|but|and)$/;

const placeWordsCache = new WeakMap<CompiledOntology, Set<string>>();
/** Every word of every demand's phrases, lower-cased: the places the demands name. */
function demandWords(compiled: CompiledOntology): Set<string> {
  let words = placeWordsCache.get(compiled);
  if (!words) {
    words = new Set();
    for (const d of compiled.ontology.demands)
      for (const p of d.phrases ?? [])
        for (const w of p.toLowerCase().split(/[^\p{L}]+/u)) if (w) words.add(w);
    placeWordsCache.set(compiled, words);
  }
  return words;
}

export function othersSphere(
  tokens: readonly Token[],
  m: DemandMention,
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string>,
  compiled: CompiledOntology,
): boolean {
  const words = tokens
    .slice(m.first, m.last + 1)
    .map((t) => t.lower)
    .join(' ');
  if (!SPHERE.test(words)) return false;
  // The place after it: "in Central Asia", "in the Pacific" — capitalised words no demand names.
  let k = m.last + 1;
  if (tokens[k]?.lower !== 'in') return false;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const place: string[] = [];
  while (place.length < 3 && /^\p{Lu}/u.test(tokens[k]?.text ?? '')) place.push((tokens[k++] as Token).lower);
  if (!place.length) return false;
  const named = demandWords(compiled);
  // (Its head word: "Central Asia" is no place of "central Europe".)
  if (named.has(place[place.length - 1] as string)) return false;
  // Its owner: another party's possessive before it ("the West's attempts to carve out …").
  for (let j = m.first - 1; j >= 0 && j >= m.first - 8; j--) {
    const t = tokens[j] as Token;
    if (BREAK.test(t.lower)) return false;
    if (!POSSESSIVE.test(t.lower)) continue;
    const owner = actors.find((a) => a.last === j - 1);
    if (owner && owner.parties.length && !owner.parties.some((p) => proposers.has(p))) return true;
  }
  return false;
}
