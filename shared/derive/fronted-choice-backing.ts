/**
 * "Should Kyiv decide to give up its bid, London would stand behind that decision", "If Ukraine chooses
 * to stay out, we will support that": the other party's choice opens the sentence and the backing, after
 * the comma, points back at it. As with the backing put first (see deferenceMatches), support for
 * another's choice, whichever way it goes, takes no side on the matter chosen: a non-answer (`unclear`),
 * and the cues in the chooser's clause ("give up") are its acts, left unread.
 */
import type { SentenceReading } from './analyze-sentence';
import { clauseOf } from './clauses';
import type { Attitude } from './compile-ontology';
import { backingEnd, choiceAfter } from './deference';
import type { Token } from './tokens';
import type { TokenMatch } from './token-trie';
import { wordSet } from './word-set';

/** The subject of the backing: a pronoun, when no party is named there. */
const SUBJECT_PRONOUN = wordSet(/^(?:we|they|it|he|she|i)$/);
/** Between the subject and the backing verb: a modal or an adverb. */
const BEFORE_BACKING = wordSet(
  /^(?:would|will|could|can|shall|should|fully|also|then|certainly|still|readily)$/,
);
/** Words pointing back at the choice: "that", "that decision", "such a choice", "it". */
const POINTER = wordSet(/^(?:that|this|it|such)$/);
const DECISION = wordSet(/^(?:decision|choice|step|move)$/);

/** The end of the words pointing back at the choice after the backing verb ending at `end`, or -1. */
function pointerEnd(tokens: readonly Token[], end: number): number {
  let k = end + 1;
  if (!POINTER.test(tokens[k]?.lower ?? '')) {
    // ("… would back the decision", "… support its choice".)
    if (/^(?:the|its|their)$/.test(tokens[k]?.lower ?? '') && DECISION.test(tokens[k + 1]?.lower ?? ''))
      return k + 1;
    return -1;
  }
  if (tokens[k]?.lower === 'such' && tokens[k + 1]?.lower === 'a') k++;
  return DECISION.test(tokens[k + 1]?.lower ?? '') ? k + 1 : tokens[k]?.lower === 'a' ? -1 : k;
}

/** A choice opening the sentence and the backing that points back at it (token indexes). */
interface FrontedChoice {
  /** The word opening the chooser's clause ("Should", "If"). */
  opening: number;
  /** The comma closing it. */
  comma: number;
  /** The backing verb, and the last word pointing back at the choice. */
  backing: number;
  last: number;
}

/** The fronted choice and its backing in the sentence, or null. */
export function frontedChoiceIn(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
): FrontedChoice | null {
  let opening = 0;
  while (tokens[opening]?.transparent) opening++;
  const choice = choiceAfter(tokens, actors, opening - 1);
  if (choice < 0) return null;
  // (The chooser's clause ends at the first comma; the backing comes right after it.)
  const comma = tokens.findIndex((t, k) => k > choice && t.text === ',');
  if (comma < 0) return null;
  let k = comma + 1;
  const subject = actors.find((a) => a.first === k || (a.first === k + 1 && tokens[k]?.lower === 'the'));
  if (subject && subject.kind !== 'adjective') k = subject.last + 1;
  else if (SUBJECT_PRONOUN.test(tokens[k]?.lower ?? '')) k++;
  else return null;
  while (BEFORE_BACKING.test(tokens[k]?.lower ?? '')) k++;
  const end = backingEnd(tokens, k);
  if (end < 0) return null;
  const last = pointerEnd(tokens, end);
  return last < 0 ? null : { opening, comma, backing: k, last };
}

/**
 * The deference cue for a choice opening the sentence (`unclear`, the backing verb and its pointer) and,
 * in `muted`, the chooser's clause, whose cues are left unread.
 */
export function frontedChoiceBacking(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  muted: Array<[number, number]>,
): TokenMatch<Attitude>[] {
  const f = frontedChoiceIn(tokens, actors);
  if (!f) return [];
  muted.push([f.opening, f.comma]);
  return [
    {
      first: f.backing,
      last: f.last,
      values: ['unclear'],
      phrase: tokens
        .slice(f.backing, f.last + 1)
        .map((t) => t.lower)
        .join(' '),
    },
  ];
}

/**
 * The backing's holder (its subject) takes the matters named in the chooser's clause before it: the
 * pointer stands for that clause, which the cue's own clause does not hold.
 */
export function readFrontedChoiceBacking(r: SentenceReading): void {
  const { tokens, actors, cues, mentions, spans, findings } = r;
  const f = frontedChoiceIn(tokens, actors);
  if (!f) return;
  const cue = cues.find((c) => c.first === f.backing && c.attitude === 'unclear' && !c.owner);
  if (!cue) return;
  const ci = clauseOf(spans, cue.first);
  if (ci < 0) return;
  const holder = r.subjectBefore(cue.first, spans[ci] as [number, number]);
  if (!holder || holder.parties.length === 0) return;
  for (const m of mentions) {
    if (m.first <= f.opening || m.last >= f.comma || m.kind === 'reference') continue;
    if (findings.some((x) => x.mention === m && holder.parties.includes(x.party))) continue;
    r.emit(holder, { attitude: 'unclear', negated: false }, cue, m, ci);
  }
}
