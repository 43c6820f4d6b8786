/**
 * The proposer backing talks on its own demand pushes the demand: "Moscow wants talks on its security
 * guarantees", "Russia urged NATO to discuss its proposals without delay", "Moscow is ready for talks on
 * caps on missiles" (the caps being its own ask) read as support, not openness. Openness stays for a side
 * the demand is put to ("Washington offered talks on …": not the proposer) and for a proposer giving
 * ground ("ready to discuss alternatives to …", "talks on changes to …", "open to compromise on …",
 * which is no talks cue). A third party urging talks is no proposer and keeps its own reading; nothing
 * is given to the proposer.
 *
 * So does a deal sought by the proposer whose purpose is its demand: "Trump told Kim to strike a deal with
 * him to dismantle the nuclear programme", "Washington wants to reach an agreement to take apart Yongbyon"
 * (the deal's infinitive is the demand itself). A deal on the matter ("a deal on sanctions"), a deal after
 * which the demand is only mentioned ("a deal that leaves …"), or the demand's opposite stay as read.
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
  /^(?:ready|readiness|willing|willingness|prepared|open|openness|interest|agree[sd]?|agreeing|offer(?:s|ed|ing)?)$/,
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

/** A verb of making a deal, opening the cue: "strike a deal", "reach an agreement". */
const DEAL_MAKING = wordSet(
  /^(?:strik(?:e|es|ing)|struck|reach(?:es|ed|ing)?|cut(?:s|ting)?|seal(?:s|ed|ing)?|clinch(?:es|ed|ing)?)$/,
);

/** Whether the cue, read for the demand's proposer, seeks a deal whose purpose is the demand itself. */
export function seeksDealToDo(tokens: readonly Token[], cue: Cue, m: DemandMention): boolean {
  if (m.direction !== 1 || m.first <= cue.last) return false;
  const first = tokens[cue.first]?.lower ?? '';
  if (!DEAL_MAKING.test(first) && !PRESSING_FOR.test(first) && !READY.test(first)) return false;
  // (A chained cue is marked by its first word only, "urged Kim to strike a deal": its text names the deal.)
  if (!/\b(?:deal|agreement)\b/i.test(cue.text)) return false;
  let deal = -1;
  for (let k = cue.first; k < m.first; k++) if (/^(?:deal|agreement)$/.test(tokens[k]?.lower ?? '')) deal = k;
  if (deal < 0) return false;
  // Between the deal and the demand's words only "with <its partner>" and the infinitive's "to".
  const between = tokens.slice(deal + 1, m.first);
  if (between.length === 0 || between.length > 5 || between[between.length - 1]?.lower !== 'to') return false;
  const rest = between.slice(0, -1);
  if (rest.length > 0 && rest[0]?.lower !== 'with') return false;
  return !rest.some(
    (t) => /^[,.;:—–()"“”]$/.test(t.text) || SUBORDINATE.test(t.lower) || GIVING_GROUND.test(t.lower),
  );
}
