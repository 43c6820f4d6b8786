/**
 * "Kallas called Russia's demands unacceptable", "Borrell described the Russian conditions as
 * unacceptable", "Ukraine declares Russia's conditions unacceptable": the subject of a verb of judging,
 * with a party's demand noun for its object, gives a verdict of its own on them, as "Kallas said
 * Russia's demands were unacceptable" does, though no verb of saying names a speaker. This tells such a
 * verdict from an account of another's refusal ("NATO rejected Russia's demands", the narrator's), where
 * the demand noun waits for the document to say what it stands for (see settlePending).
 */
import type { ActorMention } from './actors';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { JUDGING_WORDS } from './references';
import { wordSet } from './word-set';

/**
 * Verbs judging their object by what follows it ("called X unacceptable", "described X as a non-starter"):
 * those references.ts reads a pointer with, their plain forms, and the ones a demand noun's judge also
 * uses ("declared X unacceptable", "finds X unacceptable").
 */
const JUDGING_VERB = wordSet(
  new RegExp(
    `^(?:${JUDGING_WORDS.split(' ').join('|')}|describe|term|brand|deem|declares?|declared|labels?|finds?|found|considers?|considered)$`,
  ),
);
/** Words between the judge and the verb: "has called", "flatly called", "again described". */
const BEFORE_VERB = wordSet(
  /^(?:has|have|had|also|again|flatly|repeatedly|openly|publicly|bluntly|already)$/,
);
/** Words opening the object before the demand noun: "called the Russian conditions". */
const OBJECT_OPENER = wordSet(/^(?:the|these|those|all)$/);

/** Whether a party named by `party` is the subject of a verb of judging whose object is the mention `m`. */
export function judgedBySubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
  party: string,
): boolean {
  let k = m.first - 1;
  if (OBJECT_OPENER.test(tokens[k]?.lower ?? '')) k--;
  if (!JUDGING_VERB.test(tokens[k]?.lower ?? '')) return false;
  // ("the call Moscow made", "its calls": a noun, not the verb.)
  if (/^(?:the|a|an|its|their|his|her)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  k--;
  for (let n = 0; n < 2 && BEFORE_VERB.test(tokens[k]?.lower ?? ''); n++) k--;
  const judge = actors.find((a) => a.last === k);
  // ("He called …": the pronoun stands for whoever the reading took to hold it.)
  if (!judge) return /^(?:he|she|they|it)$/.test(tokens[k]?.lower ?? '');
  return judge.kind !== 'adjective' && judge.parties.includes(party);
}
