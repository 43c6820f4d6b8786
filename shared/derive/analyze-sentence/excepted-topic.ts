import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** Words that make an offer's topic everything: "anything", "all issues", "any question". */
const EVERY = wordSet(/^(?:anything|everything|all|any|every|whatever)$/);
/** One-word exclusions after such a topic: "anything except", "everything but", "all topics barring". */
const EXCEPT = wordSet(/^(?:except|excepting|excluding|barring|bar|save|but|besides)$/);
/** Two-word exclusions: "apart from", "aside from", "other than". */
const EXCEPT_FIRST = wordSet(/^(?:apart|aside|other)$/);
/** Where the excepted list ends: a new clause or a contrast. */
const CLAUSE_END = wordSet(/^(?:;|:|while|whereas|although|though|because|since|if|unless|when)$/);

/**
 * "ready to discuss anything except NATO membership for Ukraine", "open to talks on any issue other
 * than enlargement", "willing to negotiate all questions apart from the withdrawal": an offer of talks
 * on everything but the demand is a refusal to talk about it, worded as an offer. Whether the tokens
 * between an openness cue's last token `cueLast` and the demand's first token `demandFirst` hold such
 * an exclusion: a word of "everything" after the cue, then an exclusion word with the demand within a
 * few words after it and no new clause between.
 */
export function exceptedFromOffer(tokens: readonly Token[], cueLast: number, demandFirst: number): boolean {
  if (demandFirst <= cueLast + 2 || demandFirst - cueLast > 14) return false;
  let every = false;
  for (let k = cueLast + 1; k < demandFirst; k++) {
    const w = tokens[k]?.lower ?? '';
    if (CLAUSE_END.test(w)) return false;
    if (EVERY.test(w)) {
      every = true;
      continue;
    }
    if (!every) continue;
    let end = -1;
    if (EXCEPT.test(w)) end = k;
    else if (EXCEPT_FIRST.test(w) && /^(?:from|than)$/.test(tokens[k + 1]?.lower ?? '')) end = k + 1;
    // ("except for", "save for", "but for")
    if (end >= 0 && tokens[end + 1]?.lower === 'for') end++;
    if (end < 0) continue;
    if (demandFirst - end > 6) return false;
    return !tokens.slice(end + 1, demandFirst).some((t) => CLAUSE_END.test(t.lower) || t.lower === ',');
  }
  return false;
}
