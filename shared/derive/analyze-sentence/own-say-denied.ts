/**
 * "Kyiv complained it has no say in the talks on NATO's expansion", "\"We have no say over who joins,\"
 * Lavrov complained": a say, voice or veto denied to a party is no stance *of that party's own*. The one
 * who denies it holds the open door (the speaker, read as before); the one denied it, named as the
 * subject of the denial (its name, or "we"/"I" for the speaker, or "it"/"they" right after its own speech
 * verb), does not refuse the halt by it: a complaint about being left out says nothing of what it wants.
 * Its readings of the denial (the denial words as the demand's mention, or a mention right after them:
 * "no say in the talks on NATO's expansion") are dropped, except the proposer's reported support, which
 * the project reads by design ("Russia has no say over our enlargement": Moscow named as wanting one).
 * Only a denial of having the say counts ("not have a veto", "no say"), not of another verb before it
 * ("will not accept a Russian veto").
 */
import type { ActorMention } from '../actors';
import { SPEECH } from '../speaker';
import { CONTRACTED_NOT } from '../word-lists';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import type { SentenceFinding } from './types';

/** Nouns of a say over others' choices. */
const SAY_NOUN = wordSet(/^(?:say|voice|veto)$/);
/** (A denied say needs its noun: without one, nothing is dropped.) */
const SAY_NOUN_WORD = triggerList(SAY_NOUN);
/** Words that deny it: "no say", "not have the right of veto", "nor anyone else has a veto". */
// (The tokenizer keeps a contracted auxiliary whole: "doesn't", "won't"; either apostrophe.)
const DENIAL = wordSet(
  new RegExp(
    `^(?:no|not|nor|never|cannot|${[...CONTRACTED_NOT, "hasn't", "haven't", "hadn't"]
      .map((w) => w.replace("'", "['’]"))
      .join('|')})$`,
  ),
);
/** Words between the subject and the denial: "Russia has no", "Moscow does not have", "it still has no". */
const AUX = wordSet(
  /^(?:has|have|had|gets|get|got|will|would|should|shall|must|can|could|may|does|do|did|is|are|was|were|still|also|simply|really|effectively)$/,
);
/** The word before the noun that makes it one: "no say", "a veto", "the right of veto". */
const DETERMINER = wordSet(/^(?:no|a|an|any|the|real|final|of)$/);
/** Words between the denial and the noun: "no say", "not have a say", "does not have the right of veto". */
const HAVING = wordSet(
  /^(?:have|has|had|get|gets|got|hold|holds|a|an|any|the|real|final|right|power|of|to)$/,
);
/** The words between a denied say and the mention after it: "no voice in NATO's open-door policy". */
const SAY_TO_MENTION = 6;
const BREAK = /^[,;:.—–()"“”]$/;

/** The token where the say denied at or just before the mention is denied: the "no" of "no say". */
function denialAt(tokens: readonly Token[], f: SentenceFinding): number {
  const m = f.mention;
  const from = Math.max(0, m.first - SAY_TO_MENTION);
  for (let s = m.last; s >= from; s--) {
    const t = tokens[s] as Token;
    if (s < m.first && BREAK.test(t.text)) return -1;
    if (!SAY_NOUN.test(t.lower)) continue;
    // ("would not say whether …": the verb, not a say someone has.)
    if (!DETERMINER.test(tokens[s - 1]?.lower ?? '')) continue;
    for (let k = s - 1; k >= 0 && k >= s - 5; k--) {
      const w = tokens[k] as Token;
      if (DENIAL.test(w.lower)) return k;
      // ("will not accept a Russian veto": the denial is of another verb, not of having the say.)
      if (!HAVING.test(w.lower)) break;
    }
  }
  return -1;
}

/** The parties the denial at `d` is said of: its subject named just before it. */
function deniedTo(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  d: number,
  speakerParties: readonly string[],
): string[] {
  let j = d - 1;
  while (j >= 0 && AUX.test(tokens[j]?.lower ?? '')) j--;
  // ("Neither Moscow nor anyone else has a veto": the first of the pair.)
  if (tokens[d]?.lower === 'nor') {
    while (j >= 0 && !actors.some((a) => a.last === j)) j--;
    if (tokens[(actors.find((a) => a.last === j)?.first ?? -1) - 1]?.lower !== 'neither') return [];
  }
  const named = actors.find((a) => a.last === j && a.kind !== 'adjective');
  if (named) return named.parties;
  const word = tokens[j]?.lower ?? '';
  if (/^(?:we|i)$/.test(word)) return [...speakerParties];
  if (!/^(?:it|they)$/.test(word)) return [];
  // ("Kyiv complained that it has no say": the one speaking of itself.)
  let v = j - 1;
  if (tokens[v]?.lower === 'that') v--;
  if (!SPEECH.has(tokens[v]?.lower ?? '')) return [];
  return actors.find((a) => a.last === v - 1 && a.kind !== 'adjective')?.parties ?? [];
}

/** Drops the readings of a denied say held by the party it is denied to. */
export function dropOwnSayDenied(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  findings: SentenceFinding[],
  speakerParties: readonly string[],
): void {
  if (!holdsTrigger(tokens, SAY_NOUN_WORD)) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    // (The proposer named as denied a say keeps its reported support, by design: "Russia has no say over
    // our enlargement" names Moscow as wanting one; attribution.test.ts, seat-at-talks-s47.)
    if (f.attribution.kind === 'named-proposer') continue;
    const d = denialAt(tokens, f);
    if (d < 0) continue;
    if (deniedTo(tokens, actors, d, speakerParties).includes(f.party)) findings.splice(i, 1);
  }
}
