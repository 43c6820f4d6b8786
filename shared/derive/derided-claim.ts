/**
 * A demand's words inside the content of a claim the sentence derides: "spouting nonsense that Washington
 * should make the DPRK declare its nuclear programme", "dismissed as rubbish claims that …", "the absurd
 * notion that …". The content is what someone is mocked for saying, not the document stating the
 * demand's proposer's position (stated-demands.ts).
 */
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns a derided claim is told with: "nonsense that", "rubbish that", "lies that". */
const DERIDED = wordSet(
  /^(?:nonsense|rubbish|garbage|lies|absurdity|absurdities|drivel|twaddle|balderdash|sophistry)$/,
);

/** Whether `m` stands in the "that" clause of a derided claim, the "that" within three words of the noun. */
export function deridedClaimContent(tokens: readonly Token[], m: DemandMention): boolean {
  for (let k = m.first - 1; k >= Math.max(1, m.first - 25); k--) {
    const w = tokens[k]?.lower ?? '';
    if (/^[.;:!?]$/.test(w)) return false;
    if (w !== 'that') continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) if (DERIDED.test(tokens[j]?.lower ?? '')) return true;
  }
  return false;
}
