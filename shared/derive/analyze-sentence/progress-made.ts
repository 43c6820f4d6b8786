/**
 * Progress told of two sides together: "China and the United States made progress on forced technology
 * transfer", "Both sides moved forward substantially on a number of points, among them …", "the two sides
 * have made headway on …". A side the demand is put to, moving on it with the side that asks it (one of
 * the two), is open on it: neither granting it nor refusing it. The asking side's own demand is not read here (its progress
 * on it says nothing new), nor is any single party's progress (often its own reform, told by others).
 * Only a plain, positive report: no negation or scant amount ("made no progress", "little headway"), no
 * modal or infinitive ("hope to make progress", "could move forward"), no question or condition, and
 * only the demands named after the verb before a contrast ("…, but not on …", "yet").
 */
import { canSpeak, type ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import type { SentenceFinding, SentenceInput } from './types';

/** Before the verb: an auxiliary or a plain adverb of time or report. */
const BEFORE_VERB = wordSet(/^(?:have|has|had|also|now|already|reportedly|since|again|finally|jointly)$/);

const MAKE = wordSet(/^(?:made|make|makes|achieved|achieve|achieves)$/);

/** Amounts that make the progress real; anything else ("no", "little", "limited", "much") is no match. */
const PROGRESS_AMOUNT = wordSet(
  /^(?:some|substantial|significant|considerable|good|real|great|enormous|important|major|new|further|steady|tangible|concrete|substantive|notable|remarkable|positive|solid|big)$/,
);

const PROGRESS_NOUN = wordSet(/^(?:progress|headway)$/);
/** (Progress made needs its noun or "forward": without one, nothing is read.) */
const PROGRESS_WORD = triggerList(PROGRESS_NOUN, 'forward');

const MOVED = wordSet(/^(?:moved|move|moves)$/);

/** Manner adverbs after the verb: "substantially", "considerably". */
const MANNER = wordSet(
  /^(?:substantially|significantly|considerably|markedly|notably|steadily|further|somewhat)$/,
);

/** What may open the matter after the verb: a preposition of topic, or a comma before a list. */
const TOPIC_OPENER = wordSet(/^(?:on|over|in|toward|towards|regarding|concerning|during|at|,)$/);

/** Where the matter ends: a contrast, a new clause, a negation. */
const STOP = wordSet(
  /^(?:but|yet|;|while|whereas|although|though|except|not|no|without|despite|apart|beyond|\.|\?|!|:)$/,
);

/** Pair nouns of "both sides", "the two countries". */
const PAIR_NOUN = wordSet(/^(?:sides|countries|governments|delegations|parties|teams|negotiators)$/);

const REACH = 25;

interface ProgressSubject {
  parties: string[];
  matched: string;
  kind: SentenceFinding['attribution']['kind'];
  /** First token of the subject. */
  first: number;
  /** Token right after the subject. */
  after: number;
}

/** "China and the United States", "Washington and Beijing": two actors joined by "and", ending at `last`. */
function coordinatedSubjects(tokens: readonly Token[], actors: readonly ActorMention[]): ProgressSubject[] {
  const out: ProgressSubject[] = [];
  for (const b of actors) {
    if (!canSpeak(b)) continue;
    const andAt = tokens[b.first - 1]?.lower === 'the' ? b.first - 2 : b.first - 1;
    if (tokens[andAt]?.lower !== 'and') continue;
    const a = actors.find((x) => x.last === andAt - 1 && canSpeak(x));
    if (!a) continue;
    const parties = [...new Set([...a.parties, ...b.parties])];
    if (parties.length < 2) continue;
    const first = tokens[a.first - 1]?.lower === 'the' ? a.first - 1 : a.first;
    out.push({ parties, matched: `${a.text} and ${b.text}`, kind: 'subject', first, after: b.last + 1 });
  }
  return out;
}

/**
 * "Both sides", "the two sides": the pair named together lately, or else the two parties, and only two,
 * the sentence before named ("trade negotiations between China and the US … . Both sides …"); each
 * demand read must be one of them asking the other (see progressMadeTogether).
 */
function pairSubjects(input: SentenceInput): ProgressSubject[] {
  const { tokens } = input;
  const pair = input.recentPair ?? input.twoNamedBefore ?? null;
  if (pair?.kind !== 'party' || pair.parties.length !== 2) return [];
  const out: ProgressSubject[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!PAIR_NOUN.test((tokens[i] as Token).lower)) continue;
    const before = tokens[i - 1]?.lower ?? '';
    let first = -1;
    if (before === 'both') first = i - 1;
    else if (before === 'two' && tokens[i - 2]?.lower === 'the') first = i - 2;
    if (first < 0) continue;
    out.push({
      parties: pair.parties,
      matched: pair.matched,
      kind: 'previous-speaker',
      first,
      after: i + 1,
    });
  }
  return out;
}

/** Where the matter starts after "made (some) progress", "moved forward (substantially)"; -1 if no such verb. */
function progressVerbEnd(tokens: readonly Token[], at: number): { end: number; words: string } {
  let k = at;
  while (BEFORE_VERB.test(tokens[k]?.lower ?? '')) k++;
  const verb = k;
  const w = tokens[k]?.lower ?? '';
  if (MAKE.test(w)) {
    k++;
    while (PROGRESS_AMOUNT.test(tokens[k]?.lower ?? '') && k < verb + 4) k++;
    if (!PROGRESS_NOUN.test(tokens[k]?.lower ?? '')) return { end: -1, words: '' };
    k++;
  } else if (MOVED.test(w) && tokens[k + 1]?.lower === 'forward') {
    k += 2;
  } else return { end: -1, words: '' };
  const words = tokens
    .slice(verb, k)
    .map((t) => t.text)
    .join(' ');
  while (MANNER.test(tokens[k]?.lower ?? '') && k < verb + 6) k++;
  if (!TOPIC_OPENER.test(tokens[k]?.lower ?? '')) return { end: -1, words: '' };
  return { end: k, words };
}

/**
 * Adds "open" for each side the demand is put to in a pair said to have made progress on it, unless the
 * sentence already reads that side on that demand.
 */
export function progressMadeTogether(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, actors, compiled, mentions } = input;
  if (!holdsTrigger(tokens, PROGRESS_WORD)) return;
  const subjects = [...coordinatedSubjects(tokens, actors), ...pairSubjects(input)];
  for (const s of subjects) {
    // ("whether China and the US made progress …", "if both sides make headway …": no step told.)
    if (/^(?:whether|if|unless)$/.test(tokens[s.first - 1]?.lower ?? '')) continue;
    const { end, words } = progressVerbEnd(tokens, s.after);
    if (end < 0) continue;
    let stop = end;
    while (stop < tokens.length && stop < end + REACH && !STOP.test((tokens[stop] as Token).lower)) stop++;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.principle || m.first < end || m.last >= stop) continue;
      // (Progress made with the side that asks it: "Russia and China made progress on …" is neither's.)
      if (!s.parties.some((p) => compiled.proposers.get(m.demand)?.has(p))) continue;
      for (const party of s.parties) {
        if (!compiled.addressees.get(m.demand)?.has(party)) continue;
        if (compiled.proposers.get(m.demand)?.has(party)) continue;
        if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
        findings.push({
          party,
          demand: m.demand,
          stance: 'open',
          cue: words,
          negated: false,
          attribution: { kind: s.kind, matched: s.matched, role: null, speaker: null },
          voice: 'reported',
          modality: 'present',
          demandMatch: m.match,
          mention: m,
        });
      }
    }
  }
}
