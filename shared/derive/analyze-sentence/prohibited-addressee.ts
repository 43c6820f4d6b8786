/**
 * "Putin insisted that NATO must not be allowed to expand", "Lavrov demanded that the US should never be
 * permitted to station missiles": a prohibition put on the party a demand is made of. An obligation on
 * that party after a verb of asking ("insisted that NATO must commit to …") is the content of the demand,
 * which the asking verb's own cue reads; a ban on letting it act is no undertaking that party could give,
 * and no asking cue reads it, so the one who states the ban holds it (the speaker), as after "said".
 * (Not a ban on a say over others: "insisted that Russia must not be allowed to decide whether …".)
 */
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { SAY_AFTER_ALLOWED } from './denied-say';

const PERMITTED = wordSet(/^(?:allowed|permitted)$/);

/** Whether `cue` is a negated "be allowed to" / "be permitted to" (the ban, not a permission given). */
export function prohibitionOnAddressee(tokens: readonly Token[], cue: Cue): boolean {
  return (
    cue.negated &&
    cue.first === cue.last &&
    PERMITTED.test(tokens[cue.first]?.lower ?? '') &&
    tokens[cue.first - 1]?.lower === 'be' &&
    tokens[cue.last + 1]?.lower === 'to' &&
    !SAY_AFTER_ALLOWED.test(tokens[cue.last + 2]?.lower ?? '')
  );
}
