/**
 * "Britain would stand behind Kyiv if it chose to give up on joining", "Paris will back Ukraine whatever
 * it decides about membership", "London would support any decision Kyiv takes on its bid": support for
 * another party's own choice, whichever way it goes, takes no side on the matter chosen. The backing is
 * read as a non-answer (`unclear`) on that matter, and the cues inside the chosen clause are left unread:
 * "give up" there is the other party's possible act, not the backer's.
 */
import type { Attitude } from './compile-ontology';
import type { Token } from './tokens';
import type { TokenMatch } from './token-trie';
import { wordSet } from './word-set';

/**
 * Verbs of backing someone: "back", "support", "stand behind/by". Not "respect" or "accept": accepting in
 * advance whatever another decides on an act ("respected whatever decision Washington takes on a pullout")
 * is acceptance of that act, which the lexicon reads as such.
 */
const BACKING = wordSet(/^(?:back|backs|backed|backing|support|supports|supported|supporting)$/);
const STAND = wordSet(/^(?:stand|stands|stood|standing)$/);
/** Opening the chooser's clause: "if it chose", "whatever Kyiv decides", "should they opt". */
const CHOICE_OPENER = wordSet(/^(?:if|whether|whatever|should|once|when)$/);
/** Verbs of choosing: the clause is the other party's decision. */
const CHOOSING = wordSet(
  /^(?:decide|decides|decided|deciding|choose|chooses|chose|chosen|opt|opts|opted|elect|elects|elected|want|wants|wanted|wish|wishes|wished)$/,
);
/** Nouns of a decision backed: "any decision Kyiv takes", "whatever choice Ukraine makes". */
const DECISION = wordSet(/^(?:decision|decisions|choice|choices)$/);
/** Words that may stand between the chooser and the choosing verb: "it eventually decides", "Kyiv itself". */
const BEFORE_CHOOSING = wordSet(
  /^(?:itself|themselves|ultimately|eventually|finally|freely|alone|now|later|ever)$/,
);
const PRONOUN = wordSet(/^(?:it|they)$/);
const CLAUSE_END = /^[;:.!?—–]$/;

/** The end of the backing verb at `i` ("stand behind" ends on "behind"), or -1 when it is none. */
export function backingEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i]?.lower ?? '';
  if (BACKING.test(t)) return i;
  if (STAND.test(t) && /^(?:behind|by)$/.test(tokens[i + 1]?.lower ?? '')) return i + 1;
  return -1;
}

/**
 * Where the chooser's clause opens after the backed party ending at `end`: "(…) if it chose", "whatever
 * Kyiv decides", "any decision Ukraine takes". The index of the choosing verb (or of "decision"), or -1.
 */
export function choiceAfter(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  end: number,
): number {
  let k = end + 1;
  if (tokens[k]?.lower === ',') k++;
  // ("respect any decision Kyiv takes", "back whatever choice Ukraine makes".)
  if (
    /^(?:any|whatever|whichever|the|its|their)$/.test(tokens[k]?.lower ?? '') &&
    DECISION.test(tokens[k + 1]?.lower ?? '')
  )
    return k + 1;
  if (!CHOICE_OPENER.test(tokens[k]?.lower ?? '')) return -1;
  k++;
  if (tokens[k]?.lower === 'the') k++;
  const chooser = actors.find((a) => a.first === k && a.kind !== 'adjective');
  if (chooser) k = chooser.last + 1;
  else if (PRONOUN.test(tokens[k]?.lower ?? '')) k++;
  else return -1;
  while (BEFORE_CHOOSING.test(tokens[k]?.lower ?? '')) k++;
  return CHOOSING.test(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * Deference cues (`unclear`, from the backing verb to the choosing word) and, in `muted`, the spans whose
 * cues are left unread: the backing verb and the chooser's clause to its end.
 */
export function deferenceMatches(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  muted: Array<[number, number]>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = backingEnd(tokens, i);
    if (end < 0) continue;
    // (The one backed: a party right after the verb, "the" allowed, or a decision noun.)
    let k = end + 1;
    if (tokens[k]?.lower === 'the') k++;
    const backed = actors.find((a) => a.first === k && a.kind !== 'adjective');
    const choice = choiceAfter(tokens, actors, backed ? backed.last : end);
    if (choice < 0) continue;
    let last = choice;
    while (last + 1 < tokens.length && !CLAUSE_END.test(tokens[last + 1]?.text ?? '')) last++;
    muted.push([i, last]);
    out.push({
      first: i,
      last: choice,
      values: ['unclear'],
      phrase: tokens
        .slice(i, choice + 1)
        .map((t) => t.lower)
        .join(' '),
    });
  }
  return out;
}
