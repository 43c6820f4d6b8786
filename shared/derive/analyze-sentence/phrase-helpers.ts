/**
 * Small readings of a phrase that more than one layer, or analyzeSentence itself, asks for.
 */
import type { ActorMention } from '../actors';
import { makeCue, type Cue } from '../cues';
import type { CompiledOntology } from '../compile-ontology';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { LIST_OPENER, RISK_REDUCTION } from './lexicon';
import type { SentenceInput } from './types';
import { whetherSubjectLeftOpen } from './whether-subject';
import { wordSet } from '../word-set';
import { NEGATION_WORD } from '../word-lists';

/** Arms control or the risk-reduction basket: talks both sides take part in, no one's demand. */
export const mutualTopic = (m: DemandMention, compiled: CompiledOntology): boolean =>
  /\b(?:arms|weapons)[ -]?control\b/i.test(m.match) || riskBasket(m, compiled);

/**
 * A phrase of a demand's wider risk-reduction basket ("confidence-building measures", "transparency on
 * exercises") where the demand itself is about something else (missiles). For a demand about the drills
 * themselves ("suspend the joint drills", its frame's own subject) those words are the demand.
 */
export function riskBasket(m: DemandMention, compiled: CompiledOntology): boolean {
  if (m.kind !== 'phrase' || m.direction !== 1 || !RISK_REDUCTION.test(m.match)) return false;
  let owns = ownRiskWords.get(compiled);
  if (!owns) ownRiskWords.set(compiled, (owns = new Map()));
  let own = owns.get(m.demand);
  if (own === undefined) {
    const frame = compiled.demands.find((d) => d.id === m.demand)?.frame;
    own = [...(frame?.subjects ?? []), ...(frame?.strongSubjects ?? [])].some((w) => RISK_REDUCTION.test(w));
    owns.set(m.demand, own);
  }
  return !own;
}
const ownRiskWords = new WeakMap<CompiledOntology, Map<string, boolean>>();

/** Whether the word at `k` opens a list item: "including", "in particular", "such as". */
export function listItemAt(tokens: readonly Token[], k: number): boolean {
  return (
    LIST_OPENER.test(tokens[k]?.lower ?? '') ||
    (tokens[k]?.lower === 'particular' && tokens[k - 1]?.lower === 'in') ||
    (tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'such')
  );
}

/** Verbs whose first object is the one given something: "gave Tehran sanctions relief". */
const GIVING = wordSet(
  /^(?:give|gives|gave|given|giving|offer|offers|offered|offering|grant|grants|granted|granting|promise|promises|promised|promising|deny|denies|denied|denying|provide|provides|provided|providing)$/,
);

/**
 * "sanctions relief for Pyongyang", "easing sanctions on North Korea", "guarantees to Iran", "gave
 * Tehran sanctions relief": a party named (not by an adjective, nor as a possessor) as the one the
 * demand's words are for or aimed at — their beneficiary or target, which says nothing of what it holds.
 */
export function namedAsBeneficiary(tokens: readonly Token[], a: ActorMention, m: DemandMention): boolean {
  if (a.kind === 'adjective' || /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) return false;
  const after = tokens[m.last + 1]?.lower ?? '';
  if (/^(?:for|on|to|against)$/.test(after)) {
    const start = tokens[m.last + 2]?.lower === 'the' ? m.last + 3 : m.last + 2;
    if (a.first === m.last + 2 || a.first === start) return true;
  }
  // (Its first object: "gave Tehran sanctions relief", "denied Iran any relief".)
  if (
    a.last + 1 === m.first ||
    (a.last + 2 === m.first && /^(?:any|some|the|a|an|more|full)$/.test(tokens[a.last + 1]?.lower ?? ''))
  ) {
    let p = a.first - 1;
    if (tokens[p]?.lower === 'the') p--;
    return GIVING.test(tokens[p]?.lower ?? '');
  }
  return false;
}

/** Words after which a "whether" clause is a question left open: "has not said whether", "unclear whether". */
const UNSAID_VERB = wordSet(
  /^(?:say|said|says|saying|disclose|disclosed|indicate|indicated|specify|specified|confirm|confirmed|reveal|revealed|explain|explained|know|knew|decided)$/,
);
const LEFT_OPEN_ADVERB = wordSet(
  /^(?:publicly|yet|immediately|explicitly|exactly|precisely|officially|clearly|still)$/,
);
function leftOpen(tokens: readonly Token[], whether: number): boolean {
  // ("Whether Israel accepts the demand remains to be seen": the open question as the subject.)
  if (whetherSubjectLeftOpen(tokens, whether)) return true;
  let k = whether - 1;
  while (LEFT_OPEN_ADVERB.test(tokens[k]?.lower ?? '')) k--;
  const w = tokens[k]?.lower ?? '';
  if (/^(?:unclear|uncertain|unknown)$/.test(w)) return true;
  if (w === 'seen' && tokens[k - 1]?.lower === 'be' && tokens[k - 2]?.lower === 'to') return true;
  const denied = tokens
    .slice(Math.max(0, k - 3), k)
    .some((t) => /^(?:not|never|declined|declines|refused|refuses|yet|n['’]t)$/.test(t.lower));
  if (w === 'clear' && denied) return true;
  return UNSAID_VERB.test(w) && denied;
}

/**
 * Whether the word at `at` stands in a "whether" or "if" clause left open ("Tehran has not said whether
 * it still insists on …", "it is unclear whether Washington would offer …"), no clause break between.
 */
export function inLeftOpenQuestion(tokens: readonly Token[], at: number): boolean {
  for (let w = at - 1; w >= Math.max(0, at - 12); w--) {
    const word = tokens[w]?.text ?? '';
    if (/^[,;:()—–]$/.test(word)) return false;
    if (/^(?:whether|if)$/i.test(word)) return leftOpen(tokens, w);
  }
  return false;
}

/** Opens what a step refused or kept up waits for: "will not rest until …", "won't stop before …". */
const WAIT_OPENER = wordSet(/^(?:until|till|before)$/);

/**
 * Whether a negation stands just before the demand's words ("will not rewrite the protocol", "does not
 * plan to scrap", "has no intention of reopening"): within three words, no comma between. Not across
 * "until" or "before" (nor with the demand's words opening with it): in "will not stop fighting until
 * every hostage is home" the negation is the waiting step's, and the demand is what it waits for.
 */
export function negatedJustBefore(tokens: readonly Token[], m: DemandMention): boolean {
  if (WAIT_OPENER.test(tokens[m.first]?.lower ?? '')) return false;
  for (let k = m.first - 1; k >= Math.max(0, m.first - 3); k--) {
    const w = tokens[k]?.lower ?? '';
    if (/^[,;:]$/.test(w) || WAIT_OPENER.test(w)) return false;
    if (NEGATION_WORD.test(w)) return true;
  }
  return false;
}

/** Cues of asking or wanting (not of granting: "never pledged to refrain from …" is another's refusal). */
export const ASKING_CUE =
  /^(?:call|ask|demand|seek|sought|want|request|insist|press|push|urge|require|need|propose|suggest|expect|hope)/i;

/**
 * Whether a denied cue governs the demand's words: "the DUP's tests do not call for the court to be
 * removed", "Moscow has never asked for a pledge …". A cue of asking or wanting that is denied, with the
 * demand's words right after it (within four words, no comma or second clause between), says the demand
 * is not what was asked there: no stance of anyone's, and no statement of the demand for its proposer.
 */
export function deniedCueBefore(tokens: readonly Token[], cues: readonly Cue[], m: DemandMention): boolean {
  return cues.some(
    (c) =>
      c.negated &&
      !c.owner &&
      c.attitude === 'supports' &&
      ASKING_CUE.test(c.text) &&
      c.last < m.first &&
      m.first - c.last <= 5 &&
      !tokens.slice(c.last + 1, m.first).some((t) => /^(?:[,;:—–]|but|and|or|while|whereas)$/.test(t.lower)),
  );
}

/** Back from `k` past articles and commas. */
export function skipArticles(tokens: readonly Token[], k: number): number {
  while (k > 0 && /^(?:the|a|an|,)$/.test(tokens[k]?.lower ?? '')) k--;
  return k;
}

/**
 * The lower-case word `k` places into tokens[from, to), or ''. (Not `tokens.slice(…).map(…)[k]`:
 * an array made by map is of another kind when empty, which costs the optimised code.)
 */
export function wordOf(tokens: readonly Token[], from: number, to: number, k: number): string {
  return from + k < to ? (tokens[from + k]?.lower ?? '') : '';
}

/** "…, among them …", "…, chief among them …": where "among" opens the clause at `start`, or -1. */
export const amongThemAt = (tokens: readonly Token[], start: number): number => {
  const k = /^(?:chief|foremost|first|key|principal|primary|notably|especially)$/.test(
    tokens[start]?.lower ?? '',
  )
    ? start + 1
    : start;
  return tokens[k]?.lower === 'among' && /^(?:them|these|those)$/.test(tokens[k + 1]?.lower ?? '') ? k : -1;
};

/** Where the item after an example's lead starts ("chief among them …", "above all …", "notably …"), or -1. */
export function exampleLeadEnd(tokens: readonly Token[], k: number): number {
  const among = amongThemAt(tokens, k);
  if (among >= 0) return among + 2;
  if (tokens[k]?.lower === 'above' && tokens[k + 1]?.lower === 'all') return k + 2;
  if (/^(?:notably|especially|particularly|foremost)$/.test(tokens[k]?.lower ?? '')) return k + 1;
  return -1;
}

const ACCESSION = wordSet(/^(?:joined|join|joins|joining|became|become|becoming|admitted|entered|acceded)$/);

const ACCESSION_FILLER = wordSet(/^(?:nato|the|alliance|bloc|members?|of|as|full|only|both|later)$/);

/**
 * A date phrase of the demand ("after 1997") that only says when countries joined, in a sentence that
 * asks nothing of them (no other words of the demand, no cue of a demand).
 */
export function accessionHistory(
  tokens: readonly Token[],
  m: DemandMention,
  mentions: readonly DemandMention[],
  cues: readonly Cue[],
): boolean {
  if (m.kind !== 'phrase' || !/^(?:after|since|before) 1997$/i.test(m.match)) return false;
  if (mentions.some((o) => o !== m && o.demand === m.demand)) return false;
  if (cues.some((c) => c.attitude === 'supports' || c.attitude === 'rejects')) return false;
  let k = m.first - 1;
  while (k >= 0 && k >= m.first - 5 && ACCESSION_FILLER.test(tokens[k]?.lower ?? '')) k--;
  return ACCESSION.test(tokens[k]?.lower ?? '');
}

export function demandAsCue(input: SentenceInput, m: DemandMention): Cue {
  const { tokens, text } = input;
  return makeCue({
    first: m.first,
    last: m.last,
    attitude: 'supports',
    text: text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
    negated: false,
    negation: null,
  });
}

/** Words after "and"/"but" that open a noun phrase, not a verb: ", and its allies …". */
const NOT_A_VERB = wordSet(/^(?:its|this|his|hers|theirs|ours|yours|whether|if|that|as|us)$/);
/**
 * Whether a second clause of the same subject starts between `from` and `to`: a semicolon, or a comma
 * and "and"/"but"/"yet" before a verb ("Moscow questioned whether Washington was serious, and insisted
 * on …"). What a doubt or a question opened before it does not reach past it.
 */
export function coordinatedClauseBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';') return true;
    if (t.text !== ',' || !/^(?:and|but|yet)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const next = tokens[k + 2]?.lower ?? '';
    if (
      /^(?:[a-z]{2,}ed|[a-z]{2,}s|will|would|must|can|could|may|might|said|told|made|sought|kept|held|stood|also|then|later|again|still)$/.test(
        next,
      ) &&
      !NOT_A_VERB.test(next)
    )
      return true;
  }
  return false;
}

/** The first name of a list the actor closes: "the US and Britain", "Paris, Berlin and London". */
export function listStart(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  a: ActorMention,
): ActorMention {
  let first = a;
  for (;;) {
    const joint = tokens[first.first - 1];
    const before = actors.find(
      (x) =>
        x.last === first.first - 2 ||
        (x.last === first.first - 3 && tokens[first.first - 2]?.lower === 'the'),
    );
    if (!joint || !before || !(joint.text === ',' || /^(?:and|or)$/.test(joint.lower))) return first;
    first = before;
  }
}
