import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';

/** "-ing" words that are no verb of a gerund clause. */
const NOT_A_GERUND = wordSet(
  /^(?:regarding|concerning|including|during|according|following|pending|notwithstanding)$/,
);
/** Verbs whose object a gerund clause is, naming what is meant or required: "the EU means Serbia accepting …". */
const MEANING = wordSet(
  /^(?:means|meant|mean|envisages|envisaged|envisage|requires|required|require|entails|entailed|entail|implies|implied|imply|involves|involved|involve)$/,
);
/** A verb of which the gerund clause is the subject: "Serbia accepting Kosovo as a state was the goal". */
const PREDICATE = wordSet(/^(?:is|was|would|will|remains|remained|could|might)$/);
/** Prepositions before a gerund clause telling what happens ("with Washington declining …", "in Russia objecting to …"). */
const TELLING_PREPOSITION = wordSet(
  /^(?:in|with|of|about|on|over|after|despite|by|without|amid|from|at|to|for|against)$/,
);

/**
 * "the EU means Serbia accepting Kosovo as a state", "Serbia accepting Kosovo as a state was the goal": a
 * party named right before an "-ing" cue, with no comma or auxiliary between, is the subject of a gerund
 * clause that names an event (what is meant, what the goal is), not that party's stance. Whether the cue
 * starting at `cueFirst` is such a gerund of one of `parties`: after a verb of meaning, or with a verb of
 * its own later in its stretch of the sentence. Not after a preposition, where such a clause tells what
 * happens ("nothing new in Russia objecting to …", "with Washington declining Moscow's request …").
 */
export function gerundOfNamedSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cueFirst: number,
  parties: readonly string[],
): boolean {
  const word = tokens[cueFirst]?.lower ?? '';
  if (!/^[a-z]{2,}ing$/.test(word) || NOT_A_GERUND.test(word)) return false;
  const a = actors.find(
    (x) => x.last === cueFirst - 1 && x.kind !== 'adjective' && x.parties.some((p) => parties.includes(p)),
  );
  if (!a) return false;
  const before = tokens[a.first - 1]?.lower ?? '';
  if (TELLING_PREPOSITION.test(before)) return false;
  if (MEANING.test(before)) return true;
  for (let k = cueFirst + 1; k < tokens.length && k <= cueFirst + 14; k++) {
    const t = tokens[k] as Token;
    if (/^[,;:"“”()]$/.test(t.text) || t.lower === 'that') return false;
    if (PREDICATE.test(t.lower)) return true;
  }
  return false;
}
