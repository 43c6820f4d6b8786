/**
 * "Netanyahu rejected a full withdrawal and a hostage release": a proposer's refusal verb whose plain
 * object (alone or one of a list of objects) is its own demand. The refusal of its own demand is not
 * read (findings.ts leaves such a reading as a mention, since it is mostly a hidden restriction), but
 * the demand named there is no demand of the proposer's either: the named-proposer reading must not
 * take it for one.
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** What may stand between a refusal verb and its object: articles, plain adjectives of scope, list joins. */
const OBJECT_LEAD = wordSet(
  /^(?:a|an|the|any|all|both|either|,|and|or|full|complete|total|immediate|permanent|new|further)$/,
);

/** A preposition opening the tail of an item in the list ("a pullout from Gaza and …"). */
const TAIL_PREPOSITION = wordSet(/^(?:from|of|in|on|at|to|for|across|along)$/);
/** Words that end such a tail: a clause or a verb of its own starts there. */
const TAIL_STOP = wordSet(
  /^(?:and|or|but|that|which|who|whom|while|because|if|unless|when|as|is|are|was|were|would|will|said|says|saying)$/,
);

/** Words inside the demand's own span that hide a restriction: "not to expand", "no deployment". */
const INNER_DENIAL = wordSet(/^(?:not|no|never|without|non|nor)$/);

/**
 * Whether `m` is the plain object of the refusal `cue`: right after it, or after other demands' words
 * joined by "and"/"or"/commas, with nothing else between (no owner, no preposition, no clause).
 */
export function plainObjectOfRefusal(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  cue: Cue,
  m: DemandMention,
): boolean {
  if (m.direction !== 1 || m.first <= cue.last) return false;
  if (tokens.slice(m.first, m.last + 1).some((t) => INNER_DENIAL.test(t.lower))) return false;
  for (let k = cue.last + 1; k < m.first; k++) {
    const t = tokens[k] as Token;
    if (OBJECT_LEAD.test(t.lower)) continue;
    const other = mentions.find((o) => o !== m && k >= o.first && k <= o.last);
    if (other) {
      k = other.last;
      // ("a full pullout from Gaza and …": a short prepositional tail of the item before.)
      if (TAIL_PREPOSITION.test(tokens[k + 1]?.lower ?? '')) {
        let e = k + 2;
        while (e < m.first && e <= k + 6 && tokens[e]?.word && !TAIL_STOP.test(tokens[e]?.lower ?? '')) e++;
        if (/^(?:and|or|,)$/.test(tokens[e]?.lower ?? '')) k = e - 1;
      }
      continue;
    }
    return false;
  }
  // ("rejected a hostage release deal", "… release plan proposed by Egypt": the demand naming what a
  // refused deal is about is refused with it, or at least not wanted by the one refusing.)
  let end = m.last;
  if (DEAL_NOUN.test(tokens[end + 1]?.lower ?? '')) {
    end++;
    if (PROPOSING_PARTICIPLE.test(tokens[end + 1]?.lower ?? '')) return byPhraseFollows(tokens, end + 2);
    const after = tokens[end + 1];
    return !after || !after.word || AFTER_DEAL.test(after.lower);
  }
  // (Not the first item of something longer: "rejected a hostage release bill", "… release programme".)
  const next = tokens[end + 1];
  return (
    !next || !next.word || /^(?:and|or|but|unless|until|as|because|while|before|after)$/.test(next.lower)
  );
}

/** Nouns naming a deal whose content a demand before them gives: "a hostage release deal". */
const DEAL_NOUN = wordSet(
  /^(?:deal|deals|plan|plans|proposal|proposals|offer|offers|agreement|accord|framework|initiative|package|blueprint|roadmap)$/,
);
/** What may follow such a deal's noun: its author, a time or place, a clause of its own. */
const AFTER_DEAL = wordSet(
  /^(?:by|from|on|in|at|with|for|last|this|earlier|that|which|and|or|but|because|as|while|after|before|unless|until|since|despite)$/,
);
/** A participle naming who brought the deal: "a … deal proposed by Egypt". */
const PROPOSING_PARTICIPLE = wordSet(
  /^(?:proposed|offered|brokered|drafted|tabled|floated|presented|submitted|suggested|mediated|put|drawn|crafted|backed)$/,
);

/** Whether a "by" opens a phrase within the next few words ("put forward by", "drawn up by"). */
function byPhraseFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 2 && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (w === 'by') return true;
    if (!/^(?:forward|up|together)$/.test(w)) return false;
  }
  return false;
}

/** What may stand between a refusal's subject and its verb: auxiliaries and adverbs. */
const SUBJECT_TO_VERB = wordSet(
  /^(?:has|have|had|is|was|were|are|will|would|could|can|did|does|do|also|again|flatly|firmly|repeatedly|already|still|then|now|swiftly|quickly|publicly|not|never)$/,
);

/** A cue that refuses what follows: a verb of refusing, or a verb of accepting denied ("would not accept"). */
const refusing = (c: Cue): boolean =>
  !c.owner &&
  !c.relative &&
  ((c.attitude === 'rejects' && !c.negated) || (c.attitude === 'supports' && c.negated));

/**
 * The demand's proposers that refuse it as the plain object of their own refusal verb ("Netanyahu
 * rejected a full withdrawal and a hostage release"): the party named as the verb's subject, opening
 * its clause. Such a sentence states no demand of theirs (findings.ts reads no refusal from it either).
 */
export function proposersRefusingOwn(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  mentions: readonly DemandMention[],
  cues: readonly Cue[],
  proposers: ReadonlySet<string> | undefined,
  m: DemandMention,
): string[] {
  if (!proposers?.size || m.direction !== 1) return [];
  const out: string[] = [];
  for (const c of cues) {
    if (!refusing(c) || !plainObjectOfRefusal(tokens, mentions, c, m)) continue;
    let k = c.first - 1;
    while (k >= 0 && SUBJECT_TO_VERB.test(tokens[k]?.lower ?? '')) k--;
    const subject = actors.find((a) => a.last === k && a.kind !== 'adjective');
    if (!subject) continue;
    // (Opening its clause: not the one told, "told Hamas they refused …".)
    let o = subject.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[o]?.lower ?? '')) o--;
    if (o >= 0 && !/^(?:[,;:"“”—–]|that|and|but|while|because|since|when|as)$/.test(tokens[o]?.lower ?? ''))
      continue;
    for (const p of subject.parties) if (proposers.has(p) && !out.includes(p)) out.push(p);
  }
  return out;
}
