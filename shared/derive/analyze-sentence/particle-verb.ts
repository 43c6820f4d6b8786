import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Particles that may close a phrasal verb right before its object: "sweep away", "brush aside". */
const PARTICLE = wordSet(/^(?:away|aside|down|off|out|up|back|over)$/);

/**
 * "to sweep away the barriers", "brushing aside the curbs": where the token at `k` is the particle of a
 * phrasal verb (an infinitive or a gerund), the verb's index; otherwise `k`. The verb, not its particle,
 * is what acts on the object after it.
 */
export function verbBeforeParticle(tokens: readonly Token[], k: number): number {
  if (!PARTICLE.test(tokens[k]?.lower ?? '')) return k;
  const verb = tokens[k - 1];
  if (!verb || !/^[a-z]{3,}$/.test(verb.lower)) return k;
  return tokens[k - 2]?.lower === 'to' || /ing$/.test(verb.lower) ? k - 1 : k;
}
