/**
 * "Moscow has no right to tell NATO where to put its troops" refuses Russia's demand; "NATO has no right to
 * dictate to Russia how to ensure its security" is Russia's own claim to sovereignty and answers no demand
 * of Russia's. An opposite that denies someone the right to dictate, instruct or tell counts only when the
 * one denied is the demand's proposer (or no party is named), and not when the one told is the proposer.
 * An opposite that opens with the denial itself ("Russia cannot decide who joins", "Moscow doesn't dictate
 * which countries join") counts only when the one denied is the proposer.
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { CONTRACTED_NOT, DECIDING_INFLECTED, DECIDING_PLAIN } from './word-lists';
import { wordSet } from './word-set';

/** The verbs of ordering others about that such an opposite denies. */
const ORDERING = wordSet(/^(?:dictate|dictating|instruct|instructing|tell|telling|order|ordering)$/);
/** Words between the party denied and the denial: "Russia has no right", "Moscow is not entitled". */
const HOLDER_GAP = wordSet(
  /^(?:has|have|had|will|would|shall|is|are|was|were|be|been|should|must|can|may|could|also|still|simply|then|therefore|that)$/,
);
/** Verbs of letting another do something: "not let anyone dictate", "not allow Moscow to dictate". */
const LETTING = wordSet(/^(?:let|lets|allow|allows|allowed|permit|permits|permitted)$/);
/** A denial an opposite may open with: "cannot decide who joins", "does not decide on … membership". */
const DENYING = wordSet(new RegExp(`^(?:not|cannot|${CONTRACTED_NOT.join('|')})$`));
/** Verbs of deciding for others that such a denial may govern, in any form. */
const deciding = (w: string): boolean => DECIDING_PLAIN.test(w) || DECIDING_INFLECTED.test(w);
/** Words between the one denied and a denial that opens the opposite: "Russia does not decide". */
const DENIED_GAP = wordSet(/^(?:does|do|did|simply|also|still|alone|itself|then|therefore|certainly)$/);
/** Words between the verb of ordering and the one told: "dictate to Russia", "tell the Russians". */
const TOLD_GAP = wordSet(/^(?:to|the)$/);

export function dictatingDeniedToOther(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: { first: number; last: number },
): boolean {
  if (!proposers?.size) return false;
  let verb = -1;
  for (let i = m.first; i <= m.last; i++)
    if (ORDERING.test(tokens[i]?.lower ?? '')) {
      verb = i;
      break;
    }
  if (verb < 0) return false;
  const ofParty = (a: ActorMention | undefined): a is ActorMention => !!a && a.parties.length > 0;
  // The one denied, just before the denial: "NATO has no right to dictate …". (Not before "will not let
  // anyone dictate", "will not allow Moscow to dictate": there it is the one who refuses to let.)
  let letting = false;
  for (let i = m.first; i < verb; i++) letting ||= LETTING.test(tokens[i]?.lower ?? '');
  let k = m.first - 1;
  while (k > 0 && HOLDER_GAP.test(tokens[k]?.lower ?? '')) k--;
  const holder = letting ? undefined : actors.find((a) => a.last === k);
  if (ofParty(holder) && !holder.parties.some((p) => proposers.has(p))) return true;
  // The one told, right after the verb: "… tell Russia how to …", "… dictate to Moscow …".
  let t = verb + 1;
  while (t <= m.last + 1 && TOLD_GAP.test(tokens[t]?.lower ?? '')) t++;
  const told = actors.find((a) => a.first === t);
  return ofParty(told) && told.parties.every((p) => proposers.has(p));
}

/**
 * "Moscow had no right to instruct NATO members on how to behave": the proposer denied the right to order
 * others about is told what it may not do; the sentence states no demand of its own (its named-proposer
 * reading is left out). `m` is an opposite's match; true when it holds a verb of ordering and the party
 * just before the denial is the proposer.
 */
export function orderingDeniedToProposer(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: { first: number; last: number },
): boolean {
  if (!proposers?.size) return false;
  // ("Russia cannot decide who joins NATO": the proposer denied the say, as with the verbs of ordering.)
  if (opensWithDeniedDeciding(tokens, m)) {
    const holder = deniedHolder(tokens, actors, m.first);
    return !!holder && holder.parties.every((p) => proposers.has(p));
  }
  let ordering = false;
  for (let i = m.first; i <= m.last && !ordering; i++) ordering = ORDERING.test(tokens[i]?.lower ?? '');
  if (!ordering) return false;
  // ("will not allow Moscow to dictate": the one before is the one refusing, read as before.)
  for (let i = m.first; i <= m.last; i++) if (LETTING.test(tokens[i]?.lower ?? '')) return false;
  let k = m.first - 1;
  while (k > 0 && HOLDER_GAP.test(tokens[k]?.lower ?? '')) k--;
  const holder = actors.find((a) => a.last === k);
  return !!holder && holder.parties.length > 0 && holder.parties.every((p) => proposers.has(p));
}

/**
 * "Russia cannot decide who joins NATO", "Moscow does not decide on Kyiv's membership", "Russia can't
 * dictate which countries join": an opposite that opens with a denial of deciding or dictating denies
 * that power to the one just before it. Said of the demand's proposer it is the speaker's refusal; said of
 * anyone else ("the allies have not decided whether Ukraine joins", "Kyiv cannot decide alone") it is no
 * stance, and with no party there it is left unread too. `m` is an opposite's match; true when it opens
 * so and the one denied is not (all) the proposer.
 */
export function decidingDeniedToOther(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: { first: number; last: number },
): boolean {
  if (!opensWithDeniedDeciding(tokens, m)) return false;
  // ("Russia has not decided who …", "did not dictate which …": a choice not yet made, or a past act, not a
  // power denied; only the plain verb after the denial denies one.)
  if (!DECIDING_PLAIN.test(tokens[m.first + 1]?.lower ?? '')) return true;
  const holder = deniedHolder(tokens, actors, m.first);
  return !holder || !proposers?.size || !holder.parties.every((p) => proposers.has(p));
}

/** Whether the match opens with a denial and a verb of deciding: "cannot decide", "not dictate". */
function opensWithDeniedDeciding(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  return (
    m.last > m.first &&
    DENYING.test(tokens[m.first]?.lower ?? '') &&
    deciding(tokens[m.first + 1]?.lower ?? '')
  );
}

/** The party just before a denial at `at` ("Russia cannot", "Moscow does not", "Russia should not"). */
function deniedHolder(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  at: number,
): ActorMention | undefined {
  let k = at - 1;
  while (k > 0 && (HOLDER_GAP.test(tokens[k]?.lower ?? '') || DENIED_GAP.test(tokens[k]?.lower ?? ''))) k--;
  const holder = actors.find((a) => a.last === k);
  return holder && holder.parties.length > 0 ? holder : undefined;
}
