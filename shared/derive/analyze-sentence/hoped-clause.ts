/**
 * "Moscow hopes the US and Britain will agree to …", "the Kremlin expects that Washington will accept
 * …": a clause someone hopes for or expects is what they want or foresee, not a position its subject
 * has taken. (What the one hoping holds is read by the "hope" cue itself.)
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import type { Holder } from './types';
import { listStart } from './phrase-helpers';

/** Verbs whose clause is wished for or foreseen: "hopes (that)", "expected", "trusts". */
const EXPECTING = wordSet(
  /^(?:hopes?|hoped|hoping|expects?|expected|expecting|wish|wishes|wished|trusts?|trusted)$/,
);
/** What may stand between that verb and the clause's subject. */
const CLAUSE_OPENER = wordSet(/^(?:that|the)$/);

/** Whether the holder found for a cue is the subject of a clause hoped for or expected by someone. */
export function hopedClauseSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  holder: Holder,
  cueFirst: number,
): boolean {
  const named = actors
    .filter(
      (a) => a.last < cueFirst && a.parties.length > 0 && a.parties.every((p) => holder.parties.includes(p)),
    )
    .sort((x, y) => y.last - x.last)[0];
  if (!named) return false;
  let k = listStart(tokens, actors, named).first - 1;
  while (k >= 0 && CLAUSE_OPENER.test(tokens[k]?.lower ?? '')) k--;
  // (Not "as expected, NATO …": the comma stops the walk; not "is expected to": the verb follows.)
  return EXPECTING.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower !== 'as';
}
