/**
 * A wish stated in a relative clause with no pronoun, on a noun: "the concessions Washington wants on
 * …", "the commitments that Washington is seeking on …". The clause's own subject holds the wish, and a
 * cue outside it does not reach in: in "it is unclear whether Beijing will make the concessions
 * Washington wants on …" what is asked is whether the other side gives the thing; that its holder wants
 * it is taken as given.
 */
import type { ActorMention } from '../actors';
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { AUXILIARY } from './lexicon';
import { ASKING_CUE } from './phrase-helpers';

/** What the wanted thing's noun may open with: "the concessions", "those commitments", "any changes". */
const DETERMINER = /^(?:the|those|these|any|such)$/;

/** A plain lower-case word: a noun or an adjective of the head's phrase, not a name or a mark. */
const PLAIN_WORD = /^[a-z][a-z-]*$/;

/** Words that are no head noun though lower-case: function words and the question's own opener. */
const NOT_A_HEAD = /^(?:whether|if|that|which|who|and|or|but|to|of|on|in|for|with|by|from|not|no|it|they)$/;

/**
 * The party's actor whose wish `cue` states in a relative clause on a noun: the clause's subject right
 * before the cue (past auxiliaries); before it "that"/"which" at most, then the noun, opened by a
 * determiner within three words, after the token `after` (an outer cue or doubt). Undefined when the cue is no
 * such clause's verb.
 */
export function wishInRelativeClause(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  cue: Cue,
  after = -1,
): ActorMention | undefined {
  if (cue.negated || cue.owner || cue.attitude !== 'supports' || !ASKING_CUE.test(cue.text)) return undefined;
  const actor = actors.find(
    (a) =>
      a.parties.length > 0 &&
      a.last < cue.first &&
      tokens.slice(a.last + 1, cue.first).every((t) => AUXILIARY.has(t.lower)),
  );
  if (!actor) return undefined;
  let head = actor.first - 1;
  if (tokens[head]?.lower === 'the') head--;
  if (/^(?:that|which)$/.test(tokens[head]?.lower ?? '')) head--;
  // ("the minister doubts Finland will seek …": the outer word's own verb is no head noun.)
  if (head <= after) return undefined;
  const noun = tokens[head]?.text ?? '';
  if (!PLAIN_WORD.test(noun) || NOT_A_HEAD.test(noun)) return undefined;
  for (let k = head - 1; k >= Math.max(0, head - 3); k--) {
    const w = tokens[k]?.text ?? '';
    if (DETERMINER.test(w.toLowerCase())) return actor;
    if (!PLAIN_WORD.test(w) || NOT_A_HEAD.test(w)) return undefined;
  }
  return undefined;
}
