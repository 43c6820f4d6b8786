/**
 * Clause boundaries inside a sentence, as token indices: ";", ":", ", ", " but " and " and saying"
 * cut a sentence into clauses, except a comma before "such as", "including" and the like, which introduces an
 * example rather than a new clause.
 */
import type { Token } from './tokens';
import { wordSet } from './word-set';

const CUTS = new Set([';', ':', ',', '—', '–']);
const NO_CUT_AFTER_COMMA = new Set([
  'such',
  'including',
  'i.e.',
  'e.g.',
  'in',
  'especially',
  'namely',
  'notably',
  'particularly',
  'and',
  'or',
]);

export const SPEAKING_PARTICIPLE = wordSet(
  /^(?:saying|insisting|arguing|adding|stressing|noting|warning|calling|describing|declaring|claiming|stating|emphasi[sz]ing)$/,
);

const EXAMPLE_WORD = wordSet(/^(?:example|instance)$/);
const EXAMPLE_NEXT = wordSet(/^(?:to|the|a|an|its|their|no|not|any|further)$/);
const ADVERBIAL_WORD = wordSet(
  /^(?:in|on|at|both|all|each|cases|case|the|same|time|also|later|again|then|since|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/,
);
const SUBJECTLESS_VERB = wordSet(
  /^(?:made|said|says|insisted|rejected|refused|added|warned|stressed|reiterated|repeated|offered|agreed|declined|dismissed|ruled|urged|demanded|proposed)$/,
);
const FINITE = /^(?:has|have|had|is|are|was|were|will|would|said|says|[a-z]+ed)$/;

/** ", and NATO rejected …": after the comma, "and" with a name and a finite verb starts a clause, not a list item. */
function newClauseAfter(tokens: readonly Token[], n: number): boolean {
  if (tokens[n]?.lower !== 'and') return false;
  // ", and in both cases made clear …", ", and later said …": a verb of the same subject, after a short
  // adverbial, starts a clause of its own.
  let a = n + 1;
  while (a <= n + 4 && ADVERBIAL_WORD.test(tokens[a]?.lower ?? '')) a++;
  if (SUBJECTLESS_VERB.test(tokens[a]?.lower ?? '')) return true;
  let k = n + 1;
  if (tokens[k]?.lower === 'the') k++;
  if (!tokens[k]?.capital) return false;
  return FINITE.test(tokens[k + 1]?.lower ?? '') || FINITE.test(tokens[k + 2]?.lower ?? '');
}

/** Verbs of speech that close a speech tag or open a speaker's own clause ("…, he said, …", "… and Marin said …"). */
const SAID = wordSet(/^(?:said|says|told|added|adds|stressed|insisted|argued|noted)$/);
/** Besides SAID, the verbs of a speaker's own clause after "and": "… and Marin warned …". */
const SPEAKER_VERB_MORE = wordSet(/^(?:warned|wrote|declared|replied|countered)$/);
const speakerVerb = (w: string): boolean => SAID.test(w) || SPEAKER_VERB_MORE.test(w);
/**
 * "Niinistö rejected Moscow's demands that Finland never join NATO and Marin said Finland can apply …":
 * "and" at `and` opens a clause of its own when a subject of up to six words (opened by a capital or a
 * determiner) and a verb of speech follow, and the clause before has a verb of its own (not "Russia and
 * China said …", one subject of two names).
 */
function speakerClauseAfter(tokens: readonly Token[], from: number, and: number): boolean {
  const first = tokens[and + 1];
  if (!first?.word || !(first.capital || /^(?:the|a|an|its|his|her|their)$/.test(first.lower))) return false;
  let k = and + 1;
  while (k <= and + 6 && tokens[k]?.word && !speakerVerb(tokens[k]?.lower ?? '')) k++;
  if (k === and + 1 || !speakerVerb(tokens[k]?.lower ?? '')) return false;
  return tokens.slice(from, and).some((t) => !t.capital && FINITE.test(t.lower));
}

/** ", for example, to …": the comma at `i` opens an example aside before an infinitive or a noun phrase. */
function exampleAsideAt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.text === ',' &&
    tokens[i + 1]?.lower === 'for' &&
    EXAMPLE_WORD.test(tokens[i + 2]?.lower ?? '') &&
    tokens[i + 3]?.text === ',' &&
    EXAMPLE_NEXT.test(tokens[i + 4]?.lower ?? '')
  );
}

const CONTENT_NOUN = wordSet(
  /^(?:demands?|proposals?|insistence|calls?|requests?|requirements?|guarantees?|assurances?|pledges?|promises?|conditions?|ultimatums?)$/,
);
const DASHES = new Set(['—', '–']);
const ASIDE_PREPOSITION = wordSet(
  /^(?:along|alongside|together|with|in|at|for|including|like|such|as|among|notably|especially|chiefly)$/,
);
/** Asides that give examples run longer: "– among them that NATO never let Ukraine into the alliance –". */
const EXAMPLE_OPENER = wordSet(/^(?:including|such|among|notably|especially|chiefly)$/);
/** Index of the dash closing a short prepositional aside opened by the dash at `i` ("— along with NATO allies —"), or -1. */
export function dashAsideClose(tokens: readonly Token[], i: number): number {
  if (!DASHES.has(tokens[i]?.text ?? '') || !ASIDE_PREPOSITION.test(tokens[i + 1]?.lower ?? '')) return -1;
  const reach = EXAMPLE_OPENER.test(tokens[i + 1]?.lower ?? '') ? 16 : 8;
  for (let k = i + 2; k <= i + reach && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (DASHES.has(t.text)) return k;
    if (CUTS.has(t.text)) return -1;
  }
  return -1;
}

/** Besides SAID, the verbs that close a speech tag: "…, he explained, …", "…, she went on, …". */
const TAG_SPEECH_MORE = wordSet(/^(?:explained|went)$/);
const tagSpeech = (w: string): boolean => SAID.test(w) || TAG_SPEECH_MORE.test(w);
const TAG_WORD = /^(?:he|she|they|it|the|a|an|[a-z]+)$/i;
/** A verb the interrupted clause goes on with right after the tag: "…, he said, is …". */
const CLAUSE_GOES_ON = wordSet(
  /^(?:is|are|was|were|would|will|can|could|must|should|may|might|has|have|had|remains|remain|remained|includes|include|included)$/,
);
/**
 * Where the comma closing a speech tag opened by the comma at `i` sits ("…, the minister said, is …"):
 * one to six words ending in a speech verb (or "told reporters"), then a comma and a verb of the
 * interrupted clause. -1 if none.
 */
function speechTagAt(tokens: readonly Token[], i: number): number {
  if (tokens[i]?.text !== ',') return -1;
  for (let k = i + 2; k <= i + 8 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',') {
      const before = tokens.slice(i + 1, k);
      if (before.length < 2 || before.length > 6 || !before.every((x) => x.word && TAG_WORD.test(x.text)))
        return -1;
      if (!before.some((x, n) => n > 0 && tagSpeech(x.lower))) return -1;
      return CLAUSE_GOES_ON.test(tokens[k + 1]?.lower ?? '') ? k : -1;
    }
    if (!t.word) return -1;
  }
  return -1;
}
/** Whether the comma at `i` closes a speech tag (see speechTagAt) after words that read on (see readsOn). */
function speechTagClosing(tokens: readonly Token[], i: number, from: number): boolean {
  for (let o = i - 3; o >= i - 7 && o >= from; o--)
    if (speechTagAt(tokens, o) === i) return readsOn(tokens, from, o);
  return false;
}
/**
 * Words before a speech tag that read on past it: "Among Italy's priorities, …", "One of Moscow's
 * demands, …" name a part of what the verb after the tag says. (Not "Russia's demands, he said, are
 * unacceptable": a judged subject is read from the clause after the tag.)
 */
function readsOn(tokens: readonly Token[], from: number, comma: number): boolean {
  const words = tokens.slice(from, comma);
  return (
    words[0]?.lower === 'among' ||
    (words[0]?.lower === 'one' && words[1]?.lower === 'of' && words.some((x) => /^['’]s$/.test(x.text)))
  );
}

/**
 * Whether "so as to" opens at `n`: a purpose of the clause before, not a new one. (Not "so as to avoid
 * …", "so as not to …": what is kept away is no purpose wished.)
 */
function purposeOpensAt(tokens: readonly Token[], n: number): boolean {
  return (
    tokens[n]?.lower === 'so' &&
    tokens[n + 1]?.lower === 'as' &&
    tokens[n + 2]?.lower === 'to' &&
    !KEPT_AWAY.test(tokens[n + 3]?.lower ?? '')
  );
}
const KEPT_AWAY = wordSet(/^(?:not|avoid|prevent|stop|block|forestall|preclude|deter|head|ward|rule)$/);
/**
 * Verbs of wishing or urging: what they wish done serves the purpose after it, which they wish too. (Not
 * a refusal: "opposes new sanctions, so as to ease the way to …" aims at what follows, refuses nothing.)
 */
const WISHING = wordSet(
  /^(?:hopes?|hoped|hoping|wish(?:es|ed)?|urge[sd]?|urging|wants?|wanted|encourage[sd]?|appeal(?:s|ed)?)$/,
);
/** "called for", "asked for": asking, not a visit ("called on both Koreas"). */
const ASKING_FOR = wordSet(/^(?:calls?|called|calling|asks?|asked|asking)$/);
/** Whether a verb of wishing or urging stands in the clause [from, to). */
function wishBefore(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    if (WISHING.test(w) || (ASKING_FOR.test(w) && tokens[k + 1]?.lower === 'for')) return true;
  }
  return false;
}

/** What opens an infinitive or a modal's verb: the first item of a list of verbs sharing it. */
const VERB_OPENER = wordSet(/^(?:to|will|would|should|must|can|could|shall|may|might)$/);
/** Words that open no bare verb: function words of a new clause or a noun phrase. */
const NO_BARE_VERB = wordSet(
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|it|they|he|she|we|i|you|who|which|whose|where|when|while|whereas|as|if|unless|because|since|though|although|but|or|nor|so|yet|then|also|not|never|in|on|at|of|for|from|with|by|to|into|after|before|said|says|say|told|according|is|are|was|were|be|been|has|have|had|do|does|did|some|many|most|all|both|each|any|no|there|here|what|how|why|more|less|only|just|even|still|now)$/,
);
const SERIES_ITEM = 8;

/** A word that can be a bare verb (a module function, not a closure: keepNames names each closure made). */
function bareVerbAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    !!t &&
    t.word &&
    !t.capital &&
    /^[a-z]+$/.test(t.text) &&
    !NO_BARE_VERB.test(t.lower) &&
    !/(?:ed|ing|ly|s)$/.test(t.lower)
  );
}

/**
 * "hopes the two sides will keep talking, show good faith, and work toward …", "urged them to stop,
 * sit down and negotiate …": a comma between bare verbs that share one "to" or modal, in a list
 * closed by "and"/"or" and a bare verb, parts no clause (the first verb's subject and cue govern
 * every item). Each item short, each after the first opened by a word that can be a bare verb.
 */
function verbSeriesComma(tokens: readonly Token[], i: number, from: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  // Back to the opener: the items before, each short and split by commas, the first after "to"/a modal.
  let k = i - 1;
  let start = i;
  for (let items = 0; items < 4; items++) {
    let j = k;
    while (
      j >= from &&
      j > k - SERIES_ITEM &&
      tokens[j]?.text !== ',' &&
      !VERB_OPENER.test(tokens[j]?.lower ?? '')
    )
      j--;
    if (j < from || j <= k - SERIES_ITEM) return false;
    if (!bareVerbAt(tokens, j + 1)) return false;
    if (VERB_OPENER.test(tokens[j]?.lower ?? '')) {
      start = j;
      break;
    }
    k = j - 1;
  }
  if (start === i) return false;
  // Forward to the closing "and"/"or" with a bare verb, past items of the same kind.
  if (!bareVerbAt(tokens, i + 1)) return false;
  for (let j = i + 1, len = 0; j < tokens.length; j++, len++) {
    const t = tokens[j] as Token;
    if (/^(?:and|or)$/.test(t.lower)) return bareVerbAt(tokens, j + 1);
    if (t.text === ',') {
      len = -1;
      if (/^(?:and|or)$/.test(tokens[j + 1]?.lower ?? '')) continue;
      if (!bareVerbAt(tokens, j + 1)) return false;
      continue;
    }
    if ((!t.word && !/^['’]s$/.test(t.text)) || len >= SERIES_ITEM) return false;
  }
  return false;
}

/**
 * [first, last] token index pairs of each clause. `uncut`: commas that part no clause (those inside a
 * list of addressees, see analyze-sentence/addressee-list.ts).
 */
export function clauseSpans(tokens: readonly Token[], uncut?: ReadonlySet<number>): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  // Dashes around a short prepositional aside ("prepared to discuss — along with NATO allies — …") cut nothing.
  const asideDashes = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const close = dashAsideClose(tokens, i);
    if (close > 0) asideDashes.add(i).add(close);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (A comma made transparent around an aside cuts nothing either: see tokens.ts.)
    if (asideDashes.has(i) || (t.text === ',' && t.transparent) || uncut?.has(i)) continue;
    let n = i + 1;
    while (tokens[n]?.transparent) n++;
    // "3,000 troops": a thousands separator cuts nothing.
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const separator =
      t.text === ',' &&
      !!prev &&
      !!next &&
      /^\d+$/.test(prev.text) &&
      /^\d{3}$/.test(next.text) &&
      prev.end === t.start &&
      next.start === t.end;
    // "Russia's demands, for example, to change …": an example set off by commas, before what it
    // exemplifies, cuts nothing ("I also know, for instance, that …" still does).
    const exampleAside = t.text === ',' && (exampleAsideAt(tokens, i) || exampleAsideAt(tokens, i - 3));
    // "Moscow's demands that Kyiv be kept out, that weapons no longer be deployed and that …": a second
    // content clause of the same demand noun continues the first.
    const contentList =
      t.text === ',' &&
      tokens[n]?.lower === 'that' &&
      tokens
        .slice(from, i)
        .some((x) => x.lower === 'that' && CONTENT_NOUN.test(tokens[x.i - 1]?.lower ?? ''));
    // "Among Italy's priorities, the minister said, is …", "Its main demand, he added, was …": a
    // speech tag set off in commas before the verb of the clause it interrupts cuts nothing.
    // (Only after "among …" or "one of X's …", which read on into what follows the verb.)
    const speechTag =
      t.text === ',' &&
      (speechTagAt(tokens, i) > 0 ? readsOn(tokens, from, i) : speechTagClosing(tokens, i, from));
    // "hopes both sides will resume talks, so as to achieve …": a purpose after a comma belongs to the
    // clause it serves, as ", in order to …" does (its "in" cuts nothing above).
    const purpose = t.text === ',' && purposeOpensAt(tokens, n) && wishBefore(tokens, from, i);
    const cut =
      !speechTag &&
      !purpose &&
      !verbSeriesComma(tokens, i, from) &&
      ((CUTS.has(t.text) &&
        !separator &&
        !exampleAside &&
        !contentList &&
        !(t.text === ',' && NO_CUT_AFTER_COMMA.has(tokens[n]?.lower ?? '') && !newClauseAfter(tokens, n))) ||
        t.lower === 'but' ||
        // "refusing to … and saying that …": a second participle clause says something of its own.
        (t.lower === 'and' && SPEAKING_PARTICIPLE.test(tokens[n]?.lower ?? '')) ||
        (t.lower === 'and' && speakerClauseAfter(tokens, from, i)));
    if (!cut) continue;
    if (i > from) spans.push([from, i - 1]);
    from = i + 1;
  }
  if (from < tokens.length) spans.push([from, tokens.length - 1]);
  return spans;
}

export const clauseOf = (spans: Array<[number, number]>, i: number): number =>
  spans.findIndex(([a, b]) => i >= a && i <= b);
