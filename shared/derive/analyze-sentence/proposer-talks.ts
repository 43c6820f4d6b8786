/**
 * The proposer backing talks on its own demand pushes the demand: "Moscow wants talks on its security
 * guarantees", "Russia urged NATO to discuss its proposals without delay", "Moscow is ready for talks on
 * caps on missiles" (the caps being its own ask) read as support, not openness. Openness stays for a side
 * the demand is put to ("Washington offered talks on …": not the proposer) and for a proposer giving
 * ground ("ready to discuss alternatives to …", "talks on changes to …", "open to compromise on …",
 * which is no talks cue). A third party urging talks is no proposer and keeps its own reading; nothing
 * is given to the proposer.
 */
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** A word of pressing for something, opening the cue: what the holder wants. */
const PRESSING_FOR = wordSet(
  /^(?:wants?|wanted|wanting|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|push(?:es|ed|ing)?|calls?|called|calling|seeks?|seeking|sought|propos(?:e|es|ed|ing)|proposals?|insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|backs?|backed|backing|support(?:s|ed|ing)?|ask(?:s|ed|ing)?|favou?r(?:s|ed|ing)?|suggest(?:s|ed|ing)?|appeal(?:s|ed|ing)?|hopes?|hoped|hoping|keen|eager|insistence)$/,
);

/** Words of talks on the matter. */
const TALKS = wordSet(
  /^(?:talks?|talking|talked|discuss(?:es|ed|ing)?|discussions?|negotiat(?:e|es|ed|ing|ions?)|dialogue|consultations?|consult(?:s|ed|ing)?)$/,
);

/** Words of giving ground: the proposer then stays open. */
const GIVING_GROUND =
  /^(?:compromis(?:e|es|ed|ing)|alternatives?|changes?|chang(?:e|ed|ing)|adjust\w*|modif\w*|amend\w*|revis\w*|flexib\w*|concessions?|concede|trade-?offs?|middle|softer|scal(?:e|ed|ing))$/;

/** A word of readiness or offer opening the cue: the proposer ready for talks on its own ask. */
const READY = wordSet(
  /^(?:ready|readiness|willing|willingness|prepared|open|openness|agree[sd]?|agreeing|offer(?:s|ed|ing)?)$/,
);

/** Words opening a clause of its own. */
const SUBORDINATE = wordSet(
  /^(?:if|unless|when|whether|because|while|although|though|once|until|after|before|that|since)$/,
);

/** Whether the cue, read for the demand's proposer, presses for talks on its demand. */
export function pressesForTalks(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (!PRESSING_FOR.test(tokens[cue.first]?.lower ?? '') && !READY.test(tokens[cue.first]?.lower ?? ''))
    return false;
  // (The cue's first word only marks where a chain starts, "wants to negotiate": read on to the demand's
  // words, or a few words when they come first, "the halt Moscow wants to discuss".)
  const end = m.first > cue.last ? m.first - 1 : Math.max(cue.last, cue.first + 6);
  const all = tokens.slice(cue.first, end + 1);
  // (Talks named in a clause of its own are no cue: "prepared to ease sanctions if the talks fail".)
  const cut = all.findIndex((t) => SUBORDINATE.test(t.lower));
  const span = cut < 0 ? all : all.slice(0, cut);
  if (!span.some((t) => TALKS.test(t.lower))) return false;
  // Nothing of giving ground on the way: "… talks on changes to its demands".
  return !span.some((t) => GIVING_GROUND.test(t.lower));
}
