/**
 * "its" stands for a body (a country, a government, an alliance), never for a person: in "John Doe, the
 * ambassador in Moscow, handed the Russian side a reply to its demand …" the demand is the Russian side's,
 * not the ambassador's. A person is "his" or "her".
 */
import type { ActorMention } from './actors';
import type { Token } from './tokens';

/** Offices held by one person ("the U.S. ambassador", "the Kremlin spokesman"), not bodies ("the ministry"). */
const PERSON_OFFICE =
  /^(?:ambassador|envoy|spokesman|spokeswoman|spokesperson|minister|secretary|president|premier|chancellor|adviser|advisor|aide|negotiator|diplomat|senator|lawmaker|legislator|parliamentarian|politician|commissioner|chairman|chairwoman|leader|commander|representative|delegate|counterpart)$/;

/** Whether the actor is one person: an official by name, a surname learned, an office held by one person. */
function personActor(tokens: readonly Token[], a: ActorMention): boolean {
  if (a.kind === 'official' || a.kind === 'learned') return true;
  return a.kind === 'role' && PERSON_OFFICE.test(tokens[a.last]?.lower ?? '');
}

/** Before a name that places or qualifies a person ("the ambassador in Moscow"), not a body acting. */
const AFTER_PLACE_WORD = /^(?:in|at|to|from|of|for|with|by|on|over|toward|towards)$/;

/** Verbs and nouns of answering: no one answers its own demand. */
const ANSWERING =
  /^(?:answer|answers|answered|answering|reply|replies|replied|replying|respond|responds|responded|responding|response)$/;

/** Words between a subject and its verb: "had already answered", "has now replied". */
const AUXILIARY =
  /^(?:has|have|had|is|was|were|are|will|would|did|does|already|now|also|since|formally|not|never|yet)$/;

/**
 * The owner of an "its" at `j` once `owner`, the one first found, is a person: the first body named after
 * the person and before the pronoun, not after a preposition ("the ambassador in Moscow"), or the
 * person (speaking for a body) when there is none. Not the one answering right before the pronoun
 * ("Peskov said Washington had answered its demand": the demand is Peskov's side's).
 */
export function ownerOfItsPastPerson(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  owner: ActorMention,
  j: number,
): ActorMention {
  if (!personActor(tokens, owner)) return owner;
  const body = actors.find(
    (a) =>
      a.first > owner.last &&
      a.last < j &&
      a.kind !== 'adjective' &&
      !personActor(tokens, a) &&
      !AFTER_PLACE_WORD.test(
        tokens[tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1]?.lower ?? '',
      ),
  );
  if (!body) return owner;
  for (let i = body.last + 1; i < j; i++)
    if (ANSWERING.test(tokens[i]?.lower ?? '')) {
      // (The body that answers, as subject: "Washington had answered its …"; not one given an answer:
      // "handed the Russian side a written answer to its …".)
      let k = body.last + 1;
      while (k < i && AUXILIARY.test(tokens[k]?.lower ?? '')) k++;
      if (k === i) return owner;
      break;
    }
  return body;
}
