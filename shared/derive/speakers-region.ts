import type { CompiledOntology } from './compile-ontology';
import { tokenize, type Token } from './tokens';
import { wordSet } from './word-set';

/**
 * "The existing posture in the region must stay, he said", from a Lithuanian minister: "the region" a
 * speaker names without naming it is the speaker's own, so a speaking party that is itself one of the
 * demand's places ("Lithuania", "Poland", "the Baltic states" among its anchors) anchors a frame subject
 * that "in the region" / "in our region" follows. A speaker that is no such place (Washington, Moscow)
 * anchors nothing: its region is not known.
 */

/** Determiners of a region the speaker leaves unnamed: "in the region", "in our region". */
const UNNAMED = wordSet(/^(?:the|our|this)$/);

const placeParties = new WeakMap<CompiledOntology, Map<string, Set<string>>>();

/** Demand → parties one of whose names is, whole, one of the demand's anchors. */
function partiesThatArePlaces(compiled: CompiledOntology): Map<string, Set<string>> {
  const known = placeParties.get(compiled);
  if (known) return known;
  const out = new Map<string, Set<string>>();
  for (const party of compiled.parties)
    for (const name of [party.name, ...party.aliases]) {
      const tokens = tokenize(name, 0, name.length, compiled.keyCache);
      for (const a of compiled.anchors.findAll(tokens)) {
        if (a.first !== 0 || a.last !== tokens.length - 1) continue;
        for (const d of a.values) {
          const set = out.get(d) ?? new Set<string>();
          set.add(party.id);
          out.set(d, set);
        }
      }
    }
  placeParties.set(compiled, out);
  return out;
}

/**
 * Whether "in the/our/this region" follows the subject ending at `last` and a speaking party is one of
 * `demand`'s places.
 */
export function inSpeakersRegion(
  tokens: readonly Token[],
  last: number,
  demand: string,
  compiled: CompiledOntology,
  speakerParties: readonly string[] | undefined,
): boolean {
  if (!speakerParties?.length) return false;
  if (tokens[last + 1]?.lower !== 'in' || !UNNAMED.test(tokens[last + 2]?.lower ?? '')) return false;
  if (tokens[last + 3]?.lower !== 'region') return false;
  const places = partiesThatArePlaces(compiled).get(demand);
  return !!places && speakerParties.some((p) => places.has(p));
}
