/**
 * "Washington will keep backing the open door", "kept pressing for talks": "keep" with a gerund right
 * after it says the act goes on; the gerund is the verb, not the object a gap cue such as "keep … open"
 * stands for ("keep the door open"). Read that way, the cue would swallow the verb and the words after it.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const KEEP = wordSet(/^(?:keep|keeps|kept|keeping)$/);
/** "-ing" words that are nouns or pronouns, an object "keep" may take: "keep everything open". */
const ING_NOUN = wordSet(
  /^(?:nothing|something|anything|everything|things?|meetings?|briefings?|hearings?|funding)$/,
);

/** Whether the gap cue `m` opens with "keep" and a gerund, which its gap would take for an object. */
export function keptDoingInGap(tokens: readonly Token[], m: { first: number; phrase: string }): boolean {
  if (!m.phrase.includes('…') || !KEEP.test(tokens[m.first]?.lower ?? '')) return false;
  const next = tokens[m.first + 1];
  return !!next && /^[a-z]{2,}ing$/.test(next.text) && !ING_NOUN.test(next.lower);
}
