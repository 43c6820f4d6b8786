/**
 * A party's own demand noun, named inside a question: "the question is whether the West can meet the
 * Russian demand for a ban on expansion", "it is unclear whether Washington will accept the Russian
 * demands: …". The question is about what others will do with the demand; that the demand is the
 * owner's is stated, not asked. (A possessive owner, "Russia's demand for …", already holds it there.)
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { POSSESSIVE_PRONOUNS } from '../owned-demands';

/** Words between a demand noun and its own content: "demand for a …", "calls to …", "requests: that …". */
const CONTENT_LINK = wordSet(/^(?:for|of|on|that|to|:|a|an|the|its|their)$/);

/** Before the noun, a demand not yet made or only supposed: "a Russian demand … would follow", "any". */
const NOT_YET_MADE = wordSet(/^(?:a|an|any|no|new|further|possible|another)$/);

/**
 * Whether `cue` is a demand noun whose owner is named ("the Russian demand", not "the demand" with its
 * only proposer supplied) and `m` is that noun's own content, right after it: then the owner holds the
 * demand whatever the question around it. (Not content reached through a verb: "whether the Russian
 * proposals include a ban on …" asks what they hold; nor an owner named by a pronoun.)
 */
export function ownedDemandContent(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (!cue.owner || cue.owner.proposer) return false;
  if (m.first <= cue.last) return false;
  // ("whether Russia had dropped its demand for …": an owner named by a pronoun is the question's own
  // subject, and whether it still holds the demand is what is asked.)
  // (So inside the cue: "whether Kyiv would drop its bid to join …" asks whether it gives the bid up.)
  for (let k = cue.first - 1; k <= cue.last; k++)
    if (POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '')) return false;
  // ("the Russian demands: assurances that …, an end to …": the items of the list the noun opens.)
  const listed =
    tokens[cue.last + 1]?.text === ':' &&
    !tokens.slice(cue.last + 2, m.first).some((t) => /^[;:]$/.test(t.text));
  if (!listed) {
    if (m.first - cue.last > 4) return false;
    for (let k = cue.last + 1; k < m.first; k++) if (!CONTENT_LINK.test(tokens[k]?.lower ?? '')) return false;
  }
  for (let k = cue.first - 1; k >= Math.max(0, cue.first - 3); k--) {
    const w = tokens[k]?.lower ?? '';
    if (NOT_YET_MADE.test(w)) return false;
    if (w === 'the' || /^[,;:]$/.test(w)) break;
  }
  return true;
}
