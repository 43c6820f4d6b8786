/**
 * "Trump said the joint drills should be halted", "… must end", "Washington said it should lift the
 * tariffs": the party a demand is put to, in its own words, saying its own act asked for ought to happen
 * accepts the demand — as its "… should continue" refuses it. Only the speaker's own statement (not one
 * it reports of another), with the obligation on the act itself (the modal inside the demand's words)
 * or on the speaking side ("the United States should halt …"), and no condition or question in the
 * sentence. An obligation put on the addressee inside a proposal ("They suggest that NATO should …") is
 * the proposal's content and has no holder (holders.ts), so it never reaches here.
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { DEONTIC } from './lexicon';
import type { Holder } from './types';

/** "has to", "have to", "needs to": an obligation, as "must". */
const OBLIGATION = /^(?:has|have|needs?) to$/;
/** What makes the obligation no plain statement: a condition, a question, a doubt. */
const NOT_PLAIN = wordSet(/^(?:if|unless|whether|provided|providing|once|until|only|when)$/);
/** Whose view it is, told apart from the speaker's: "in Kim's view", "according to …", "in their eyes". */
const ANOTHER_VIEW = wordSet(/^(?:view|views|opinion|according|eyes|thinks|believes|insists|argues)$/);
/** The speaking side's own pronoun as the obliged one: "we should halt …", "it must lift …". */
const OWN_PRONOUN = wordSet(/^(?:we|it)$/);

export function addresseeOwnObligation(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cue: Cue,
  m: DemandMention,
  holder: Holder,
  party: string,
): boolean {
  if (holder.kind !== 'speaker' || !holder.parties.includes(party)) return false;
  if (cue.negated || cue.owner) return false;
  const text = cue.text.toLowerCase();
  // ("have to be halted", "ought to be suspended": the cue is the first word, "to" after it.)
  const toAfter = tokens[cue.last + 1]?.lower === 'to' && /^(?:has|have|needs?|ought)$/.test(text);
  if (!DEONTIC.has(text) && !OBLIGATION.test(text) && !toAfter) return false;
  if (tokens.some((t) => t.text === '?' || NOT_PLAIN.test(t.lower))) return false;
  if (!onlyOwnSide(tokens, actors, m, holder.parties)) return false;
  // The act itself obliged: "the joint drills should be halted", "the tariffs must go".
  const onTheAct = cue.first > m.first && cue.last < m.last;
  // The speaking side obliged: "the United States should halt …", "we must stop …".
  const before = cue.first - 1;
  const onItself =
    cue.last === m.first - 1 &&
    (OWN_PRONOUN.test(tokens[before]?.lower ?? '') ||
      actors.some(
        (a) =>
          a.last === before && a.parties.length > 0 && a.parties.every((p) => holder.parties.includes(p)),
      ));
  return onTheAct || onItself;
}

/**
 * Whether the sentence is the speaking side's own view only: no other side named outside the demand's
 * words ("Trump said Pyongyang thinks …", "…, as Kim demanded", "… by Seoul") and no words telling whose
 * view it is ("in Kim's view", "according to …").
 */
export function onlyOwnSide(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
  parties: readonly string[],
): boolean {
  if (tokens.some((t) => ANOTHER_VIEW.test(t.lower))) return false;
  return !actors.some(
    (a) =>
      (a.last < m.first || a.first > m.last) &&
      a.parties.length > 0 &&
      a.parties.some((p) => !parties.includes(p)),
  );
}
