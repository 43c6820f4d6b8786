/**
 * A verb whose own subject denies it of everyone it names: "Russia has no ally that will accept …",
 * "Russia says no member of Congress will accept …", "not a single ally would agree to …". What no one will
 * do is no one's position: not the sentence subject's, not the speaker's, and no statement of the demand
 * it takes for object.
 */
import type { ActorMention } from '../actors';
import { SUPPLYING } from '../supplied-pledges';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { AUXILIARY, MODAL_FILLER } from './lexicon';

/**
 * The quantifier that denies a verb of all its noun names: "no ally", "no member of Congress". (Not a
 * bare "nobody", "no one": in a party's mouth its own side, "nobody is proposing any change" a refusal.)
 */
const NO_ONE_HEAD = wordSet(/^(?:no)$/);
/** Words a subject noun phrase after "no" does not run across: "no choice but to", "no more than". */
const NO_ONE_BREAK = wordSet(
  /^(?:but|than|to|and|or|longer|matter|sooner|doubt|way|less|more|said|says|say|told|tells|believes?|believed|thinks?|thought|until|till|unless|if|when|before|after|because|while|since|as|once|every|each|all|any|whether)$/,
);

/** Modals of obligation, whose "no" phrase is the speaker's norm. */
const DEONTIC_AUX = wordSet(/^(?:should|must|ought|shall|need)$/);
/** Words a "no" subject may follow: a speech verb or a clause opening. */
const SUBJECT_AFTER = wordSet(
  /^(?:says?|said|claims?|claimed|insists?|insisted|believes?|believed|thinks?|thought|warns?|warned|adds?|added|argues?|argued|that|and|but|because|so)$/,
);
/** Verbs whose "no" object a relative clause may follow: "has no ally that will …", "found no partner who would …". */
const HAVING = wordSet(/^(?:has|have|had|having|is|are|was|were|found|finds|sees|saw)$/);

// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and deniedByNoOne runs for every demand mention's verb.)
/** A modal or auxiliary between "no one" and its verb. Words only, not a clitic: "no guarantee of NATO's non-expansion" has no "is" in it. */
const noOneFiller = (t: Token | undefined): boolean =>
  !!t && /^[a-z]+$/.test(t.lower) && (MODAL_FILLER.has(t.lower) || AUXILIARY.has(t.lower));
/** Whether a party is named in tokens [first, last]. */
const partyIn = (actors: readonly ActorMention[], first: number, last: number): boolean =>
  actors.some((a) => a.first >= first && a.first <= last);

/**
 * Whether the verb at `verb` has such a subject, right before its auxiliaries (and a relative "that",
 * "who"). A party inside the phrase ("no NATO member will accept", "a guarantee that no later US
 * administration could walk away") is left to the readers of subjects and guarantees: false.
 */
export function deniedByNoOne(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  verb: number,
): boolean {
  let k = verb - 1;
  let auxiliary = false;
  while (k >= 0 && noOneFiller(tokens[k])) {
    // (An obligation is the speaker's own norm: "no outside country should have a veto", "no talks
    // should begin on …" refuse it.)
    if (DEONTIC_AUX.test(tokens[k]!.lower)) return false;
    if (AUXILIARY.has(tokens[k]!.lower)) auxiliary = true;
    k--;
  }
  // (An auxiliary at least: "no ally will accept", not "no room for further NATO expansion".)
  if (!auxiliary) return false;
  const relative = /^(?:that|who|which)$/.test(tokens[k]?.lower ?? '');
  if (relative) k--;
  for (let q = k; q >= 0 && q >= k - 5; q--) {
    const t = tokens[q] as Token;
    if (!t.word || NO_ONE_BREAK.test(t.lower)) return false;
    if (NO_ONE_HEAD.test(t.lower)) {
      const first = q;
      // ("no" needs its noun: not "… will accept no …".)
      if (q === k) return false;
      // (A subject opens its clause, or follows a speech verb; "has no ally" only with its relative
      // clause: not the object of "take in no new members was rebuffed", "at no point did".)
      const before = tokens[q - 1];
      if (
        before &&
        before.word &&
        !SUBJECT_AFTER.test(before.lower) &&
        !(relative && HAVING.test(before.lower))
      )
        return false;
      // ("no one", "no-one": bare, see NO_ONE_HEAD.)
      if (/^(?:one|body)$/.test(tokens[q + 1]?.lower ?? '')) return false;
      return !partyIn(actors, first, k);
    }
    if (t.lower === 'single' && tokens[q - 1]?.lower === 'a' && tokens[q - 2]?.lower === 'not')
      return !partyIn(actors, q - 2, k);
  }
  return false;
}

/**
 * Whether what starts at `first` is such a verb's object ("no ally will accept a halt …", "… will agree
 * to a freeze"), or its verb.
 */
export function objectDeniedByNoOne(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: number,
): boolean {
  // ("no such guarantee can be given": the subject of a passive of giving is what is given, not the doer.)
  if (
    /^(?:be|been|being)$/.test(tokens[first - 1]?.lower ?? '') &&
    SUPPLYING.test(tokens[first]?.lower ?? '')
  )
    return false;
  let verb = /^(?:a|an|the|any)$/.test(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  // (Past the verb's own preposition: "will agree to a freeze", "would settle for …".)
  if (/^(?:to|for|with|on)$/.test(tokens[verb]?.lower ?? '')) verb--;
  const r = deniedByNoOne(tokens, actors, first) || (verb > 0 && deniedByNoOne(tokens, actors, verb));
  return r;
}
