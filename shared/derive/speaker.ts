/**
 * Who is speaking in a sentence: the actor before or after a speech verb ("Peskov said", "said
 * Sergei Lavrov", "according to Ryabkov"), a party's document ("Washington's written reply says"),
 * or a pronoun ("he said") that continues the previous speaker. A speaker who is not a party (an
 * expert, a newspaper) is recorded too, so the next "he said" is not pinned on an earlier party.
 */
import { canSpeak, type ActorMention } from './actors';
import { reportedListSubject } from './analyze-sentence/addressee-list';
import type { Token } from './tokens';
import { CALENDAR_WORDS, DAY_WORDS, memberAppositionComma } from './word-lists';
import { wordSet } from './word-set';
import { placeOfInstitution } from './based-in-place';
import { admitsMember } from './admitted-member';

export type Speaker =
  | { kind: 'party'; parties: string[]; matched: string; role: string | null; document: boolean }
  | { kind: 'other'; matched: string }
  | { kind: 'pronoun'; matched: string };

// English speech verbs in the forms news copy uses them (a closed class, so listed here).
export const SPEECH = new Set(
  'say says said saying tell tells told state states stated add adds added stress stresses stressed note notes noted emphasise emphasised emphasises emphasize emphasized emphasizes conclude concluded declare declares declared explain explains explained announce announces announced argue argues argued concede concedes conceded warn warns warned reiterate reiterates reiterated restate restates restated reaffirm reaffirms reaffirmed write writes wrote tweet tweets tweeted reply replies replied respond responds responded assert asserts asserted claim claims claimed comment comments commented remark remarks remarked acknowledge acknowledges acknowledged insist insists insisted affirm affirms affirmed confirm confirms confirmed underline underlines underlined underscore underscores underscored signaled signalled signals indicated indicates suggested suggests mentioned mentions recalled recalls admitted admits vowed vows maintained maintains complained complains assured assures countered counters believes believed thinks thought cited cites urged urges wonder wonders wondered clarify clarifies clarified specify specifies specified informed informs notified notifies'.split(
    ' ',
  ),
);
/**
 * Verbs that speak only with the clause they report right after them ("repeated that …", "answered that …", "…, she
 * repeated, …", "…, he cautioned."): with an object they do something else ("repeated its call for
 * …", "cautioned Moscow against …"), which the cue lists read.
 */
const SPEECH_BEFORE_CLAUSE = new Set(
  'repeat repeats repeated observe observes observed contend contends contended retort retorts retorted predict predicts predicted answer answers answered'.split(
    ' ',
  ),
);
/**
 * What may follow such a verb: the reported clause's opening, the end of a speech tag, or a time or
 * place before either ("repeated on Friday that …", "…, she observed in Oslo.").
 */
const CLAUSE_AFTER = wordSet(/^(?:that|,|\.|:|;|“|"|”|—|–)$/);
const WHEN_OR_WHERE_AFTER = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'again', ...DAY_WORDS]);
/** Whether the reported clause or the tag's end follows at `k`, past a short time or place. */
function clauseAfter(tokens: readonly Token[], k: number): boolean {
  if (CLAUSE_AFTER.test(tokens[k]?.text ?? '')) return true;
  if (!WHEN_OR_WHERE_AFTER.has(tokens[k]?.lower ?? '')) return false;
  for (let n = k + 1; n <= k + 4 && n < tokens.length; n++)
    if (CLAUSE_AFTER.test((tokens[n] as Token).text)) return true;
  return false;
}
/** Whether the word at `i` is such a verb with the reported clause (or the tag's end) after it. */
function speechBeforeClause(tokens: readonly Token[], i: number): boolean {
  const lower = tokens[i]?.lower ?? '';
  // (Set lookups, not patterns: this is asked of every word of every sentence read.)
  // ("pointed out that …", "…, Peskov pointed out.")
  if (POINTING.has(lower) && tokens[i + 1]?.lower === 'out') return clauseAfter(tokens, i + 2);
  // ("…, he went on; …", "…, she continued.": the speaker speaking on, the reported clause before it or
  // after it; "the build-up goes on", "talks went on" speak nothing. Only after a pronoun: a name before
  // "went on" is as often a party acting on.)
  if (SPEAKING_ON.has(lower) && PRONOUNS.has(tokens[i - 1]?.lower ?? ''))
    return (
      clauseAfter(tokens, /^(?:went|goes)$/.test(lower) ? i + 2 : i + 1) &&
      (/^(?:continued|continues)$/.test(lower) || tokens[i + 1]?.lower === 'on')
    );
  // ("Washington has long held that the sanctions stay until …": a position maintained; "held that
  // position", "held that meeting" hold a thing, so the clause must open after "that".)
  if (HOLDING.has(lower))
    return (
      tokens[i + 1]?.lower === 'that' &&
      (CLAUSE_OPENER.has(tokens[i + 2]?.lower ?? '') || /^[A-Z]/.test(tokens[i + 2]?.text ?? ''))
    );
  return SPEECH_BEFORE_CLAUSE.has(lower) && clauseAfter(tokens, i + 1);
}
/** Verbs of holding a view: they speak only with "that" and a clause's opening after them. */
const HOLDING = new Set(['held', 'holds', 'hold', 'holding']);
/** Words that open a clause (not a noun "that" points at): "held that the …", "held that it …". */
const CLAUSE_OPENER = new Set(
  'the a an any no it its they he she we there this these those such all every both neither none'.split(' '),
);
const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
const POINTING = new Set(['point', 'points', 'pointed']);
const SPEAKING_ON = new Set(['went', 'goes', 'continued', 'continues']);
/** "According to him, …" continues the previous speaker as "he said" does. */
const OBJECT_PRONOUNS = new Set(['him', 'her']);
/** Words between a pronoun subject and its speech verb: "They also stressed". */
const SPEAKER_ADVERB = wordSet(/^(?:also|further|again|jointly|too|repeatedly|later|separately|themselves)$/);
/**
 * "The three said", "the two governments added", "all four stressed", "the four main outside stakeholders
 * called on …": a group counted after its members were named, which the document resolves like "they"
 * (when the count fits).
 */
export const NUMBERED_GROUP = wordSet(
  /^(?:the|all|both) (?:two|three|four|five|six|seven)(?: (?:(?:main|major|key|outside|external) )?(?:(?:main|major|key|outside|external) )?(?:countries|powers|governments|nations|states|capitals|allies|partners|signatories|ministers|leaders|sides|stakeholders|members|participants))?$/,
);
/** "the official", "the same diplomat" after "according to", closed by a comma: the office words, or null. */
function roleAfterAccording(tokens: readonly Token[], from: number): string | null {
  for (let n = 2; n <= 3; n++) {
    if (tokens[from + n]?.text !== ',') continue;
    const words = tokens.slice(from, from + n).map((t) => t.lower);
    const text = words.join(' ');
    return ROLE_PRONOUN.test(text) ? text : null;
  }
  return null;
}
/**
 * Who speaks for a person, after "his" or "her": a spokesman, an aide, the person's office or
 * government ("his spokesman", "her chief of staff", "his office"). Not a counterpart, who is another's.
 */
const AIDE =
  /^(?:(?:chief|top|senior|deputy|principal|foreign|official|press|national security|presidential) )*(?:spokesman|spokeswoman|spokesperson|spokespeople|press secretary|aide|aides|adviser|advisers|advisor|advisors|deputy|office|ministry|government|administration|envoy|chief of staff)$/;
/**
 * The party speaking in a sentence: its named speaker, or, when that is "he" or "she", the party who spoke
 * before (the quotation or "he said" chain it continues).
 */
export function partySpeaking(
  speaker: Speaker | null,
  previousSpeaker: Speaker | null,
): Extract<Speaker, { kind: 'party' }> | null {
  if (speaker?.kind === 'party') return speaker;
  return speaker?.kind === 'pronoun' && previousSpeaker?.kind === 'party' ? previousSpeaker : null;
}

/**
 * The party a sentence's words are read as said by: its named speaker, or, when none is named, the party
 * that spoke last; none when the sentence names a speaker who is no party.
 */
export function partySpeakingOrLast(
  speaker: Speaker | null,
  previousSpeaker: Speaker | null,
): Extract<Speaker, { kind: 'party' }> | null {
  if (speaker?.kind === 'other') return null;
  if (speaker?.kind === 'party') return speaker;
  return previousSpeaker?.kind === 'party' ? previousSpeaker : null;
}

/** Whether the words (a speech verb's subject) are "his"/"her" and such an office. */
export function ownAide(words: readonly Token[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    /^(?:his|her)$/.test(words[0]!.lower) &&
    AIDE.test(joinWords(words.slice(1), true))
  );
}
/** "his spokesman" at `i`, closed by a boundary: the words as written, or null. */
function aideAt(tokens: readonly Token[], i: number): string | null {
  let k = i;
  while (k < tokens.length && k - i <= 4 && !BOUNDARY.has((tokens[k] as Token).text)) k++;
  const words = tokens.slice(i, k);
  if (!words.every((w) => w.word) || !ownAide(words)) return null;
  // (Not "said his aide had …": the reported clause's subject, with its verb after it.)
  if (k < tokens.length && !/^[,.;:—–”"]$/.test((tokens[k] as Token).text)) return null;
  return joinWords(words, false);
}
/** Whether a pronoun-like speaker is "his spokesman" or the like. */
export const AIDE_SPEAKER = /^(?:his|her)\s+(?!counterpart)/i;
/** "His counterpart said": the other side of the pair the person last met. */
export const COUNTERPART_SPEAKER = /^(?:his|her)\s+counterpart$/i;
/** A speech verb's past form, never a noun: "the official said", "the official added". */
const PAST_SPEECH = /^(?:said|told|\w+ed)$/;
const ROLE_PRONOUN = wordSet(
  /^(?:the )?(?:(?:same|senior) )?(?:(?:prime|foreign|defen[cs]e|deputy|vice|chief|top) )?(?:minister|diplomat|spokesman|spokeswoman|spokesperson|official|senator|secretary|president|envoy|ambassador|chancellor|negotiator|deputy|leader|secretary general|secretary of state|ministry|government|embassy)$/,
);
const DOCUMENT_NOUNS = new Set([
  'reply',
  'response',
  'answer',
  'letter',
  'document',
  'statement',
  'draft',
  'paper',
  'text',
  'communique',
  'communiqué',
  'declaration',
  'note',
  'proposal',
  'proposals',
  'responses',
  'replies',
  'readout',
  'website',
  'ministry',
  'treaty',
  'treaties',
]);
const AFTER_NAME = new Set([
  'on',
  'in',
  'at',
  'during',
  'after',
  'before',
  'yesterday',
  'today',
  'tonight',
  ...DAY_WORDS,
  'earlier',
  'later',
  'last',
  'this',
  'when',
  'while',
  'who',
  'as',
  'told',
  'in',
]);
const NOUN_BEFORE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  "'s",
  '’s',
  'written',
  'official',
  'formal',
  'this',
  'that',
  'these',
  'those',
  // "Russia has no say", "without any say": the noun.
  'no',
  'any',
  'little',
  'final',
  'equal',
]);
/** Speech verbs that are also plural nouns ("former Soviet states", "his remarks"). */
const ALSO_A_NOUN = new Set([
  'states',
  'notes',
  'claims',
  'remarks',
  'comments',
  'replies',
  'counters',
  'signals',
  'tweets',
  'mentions',
  'recalls',
  'vows',
  'cites',
]);
/** Words before such a form that make it the verb: a pronoun, an adverb, a relative word. */
const VERB_AFTER = new Set([
  'he',
  'she',
  'it',
  'also',
  'further',
  'now',
  'again',
  'clearly',
  'explicitly',
  'that',
  'which',
  'who',
  'then',
]);
/** Between "said" and a name after it: "told reporters in Moscow", "states like Ukraine" name no speaker. */
const NOT_BEFORE_SPEAKER = new Set([
  'in',
  'like',
  'of',
  'from',
  'with',
  'for',
  'on',
  'at',
  'about',
  'to',
  'into',
  'near',
  'as',
  'before',
  'against',
  'over',
  'toward',
  'towards',
]);
const SPEAKING_AFTER_COMMA = new Set([
  'arguing',
  'citing',
  'stating',
  'insisting',
  'stressing',
  'noting',
  'warning',
  'adding',
  'declaring',
  'claiming',
  'repeating',
  'reiterating',
  'recalling',
  'observing',
  'explaining',
  'asserting',
  'maintaining',
  'underlining',
  'underscoring',
  'emphasising',
  'emphasizing',
  // ("…, pointing out that …": only with its particle.)
  'pointing',
]);
const JOINERS = new Set(['but', 'and', 'yet']);
const ADVERB_BEFORE_VERB = new Set(['also', 'then', 'later', 'still', 'nevertheless', 'however']);
const PREPOSITION_BEFORE_NAME = new Set([
  'to',
  'of',
  'from',
  'with',
  'for',
  'by',
  'on',
  'at',
  'in',
  'against',
  'toward',
  'towards',
]);
/**
 * Whether a preposition stands one or two words before the name `a` ("talks with Moscow", "of the
 * alliance"). (A function of the module: a closure made per call is named anew by tsx's keepNames.)
 */
function afterPreposition(tokens: readonly Token[], a: ActorMention): boolean {
  return [a.first - 1, a.first - 2].some((k) => PREPOSITION_BEFORE_NAME.has(tokens[k]?.lower ?? ''));
}
/**
 * "The foreign ministry in Kyiv said …": a ministry followed only by "in" and the place (its capital or
 * country), right before the speech verb, speaks for that place's party.
 */
function ministryIn(
  tokens: readonly Token[],
  docNoun: Token,
  place: ActorMention,
  verbStart: number,
): boolean {
  return (
    docNoun.lower === 'ministry' &&
    place.kind !== 'adjective' &&
    tokens[docNoun.i + 1]?.lower === 'in' &&
    place.first === docNoun.i + 2 &&
    place.last === verbStart - 1
  );
}
const BOUNDARY = new Set([',', '.', ';', ':', '“', '”', '"', '(', ')', '—', '–']);

const isAccordingTo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';

/** Whether a speaking actor follows the verb at `verbAt` ("…, said Sergei Ryabkov"). */
/** Words a subject of two names may stand after: a clause's opening, a conjunction, a verb of speech. */
const SUBJECT_OPENING = wordSet(
  /^(?:that|while|whereas|but|and|or|both|as|when|after|before|because|since|although|though|if|once|said|says|told|added|meanwhile|also|then|now|where|so|yet|whom)$/,
);
/** Whether the name starting at `first` (past "the") follows a lower-case word that would govern it. */
function objectBefore(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  const prev = tokens[k];
  return !!prev && prev.word && !prev.capital && !SUBJECT_OPENING.test(prev.lower);
}

function actorRightAfter(tokens: readonly Token[], actors: readonly ActorMention[], verbAt: number): boolean {
  const a = actors.find((x) => x.first > verbAt && x.first <= verbAt + 3 && canSpeak(x));
  const follower = a ? tokens[a.last + 1] : undefined;
  return !!a && (!follower || BOUNDARY.has(follower.text) || AFTER_NAME.has(follower.lower));
}

/** The speaker of the sentence; `actors` are the sentence's actor mentions. */
const AFTER_SAID = wordSet(/^(?:said|says|added|adds|explained|stressed|noted|wrote|argued|warned)$/);
const NOT_A_SPEAKER_WORDS = new Set([
  ...CALENDAR_WORDS,
  ...['today', 'yesterday', 'the', 'a', 'an', 'in', 'on', 'at', 'it', 'this', 'that', 'there'],
]);

/** The name starting at token `i`: capitalised words and initials ("Victoria Y. Zhuravleva", "Foreign Ministry"). */
/**
 * The words joined by spaces, lower-cased or as written. (A loop, not map + join: the arrays map
 * makes differ in kind, and each new kind cost findSpeaker its optimised code.)
 */
function joinWords(words: readonly Token[], lower: boolean): string {
  let out = '';
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    out += (k > 0 ? ' ' : '') + (lower ? w.lower : w.text);
  }
  return out;
}

/**
 * Indices of the words that may introduce speech ("according", "clear", a speech verb): the rest
 * need no closer look. (A loop of its own: a loop whose body makes closures allocates a scope for
 * every word it passes, and most sentences have one such word or none.)
 */
/** "left no doubt (that)", "leaves little doubt": a statement made plainly. */
function leftNoDoubt(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]?.lower === 'doubt' &&
    /^(?:no|little)$/.test(tokens[i - 1]?.lower ?? '') &&
    /^(?:left|leave|leaves|leaving)$/.test(tokens[i - 2]?.lower ?? '')
  );
}

function speechWordsIn(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = (tokens[i] as Token).lower;
    if (
      lower === 'according' ||
      lower === 'clear' ||
      lower === 'plain' ||
      lower === 'doubt' ||
      (SPEECH.has(lower) && !admitsMember(tokens, i)) ||
      speechBeforeClause(tokens, i) ||
      (SPEAKING_AFTER_COMMA.has(lower) &&
        tokens[i - 1]?.text === ',' &&
        (lower !== 'pointing' || tokens[i + 1]?.lower === 'out'))
    )
      out.push(i);
  }
  return out;
}

function nameRun(tokens: readonly Token[], i: number): string {
  let last = i;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    const t = tokens[k] as Token;
    const initial = t.text === '.' && /^\p{Lu}$/u.test((tokens[k - 1] as Token).text);
    if (!(t.word && t.capital) && !initial) break;
    last = k;
  }
  return tokens
    .slice(i, last + 1)
    .map((t, n) => (n > 0 && t.text !== '.' ? ` ${t.text}` : t.text))
    .join('');
}

const QUOTE_TOKENS = new Set(['“', '”', '"']);
/**
 * Whether the comma at `comma` closes a short speech tag set off before it ("…, he said, adding …",
 * "…, the minister told reporters, arguing …"): a participle after it is that speaker's.
 */
function afterSpeechTag(tokens: readonly Token[], comma: number): boolean {
  let b = comma - 1;
  while (b >= 0 && comma - b <= 5 && !BOUNDARY.has((tokens[b] as Token).text)) b--;
  // ("“…,” he said, adding …": the tag may open at the mark closing a quotation that opens the sentence.)
  const quoteClose = QUOTE_TOKENS.has(tokens[b]?.text ?? '') && openingQuotationEnd(tokens) === b;
  if (tokens[b]?.text !== ',' && !quoteClose) return false;
  return tokens.slice(b + 1, comma).some((x) => SPEECH.has(x.lower));
}

/**
 * The mark closing a quotation that opens the sentence (or runs on into it from the one before), or -1:
 * "“We will not give way,” he said, …". Only such a quotation is wholly someone's words; in "Iran is
 * “keeping the window open,” he said" the words before the quotation are the writer's.
 */
export function openingQuotationEnd(tokens: readonly Token[]): number {
  for (let k = 1; k < tokens.length; k++) {
    const t = (tokens[k] as Token).text;
    if (!QUOTE_TOKENS.has(t)) continue;
    return t !== '“' && /^[,?!]$/.test(tokens[k - 1]?.text ?? '') ? k : -1;
  }
  return -1;
}
/** The party an actor mention names, speaking in its own voice. */
const partySpeaker = (a: ActorMention): Speaker => ({
  kind: 'party',
  parties: a.parties,
  matched: a.text,
  role: a.role,
  document: false,
});

/** A single quotation mark opening a sentence, and one closing a quotation. */
const SINGLE_OPENING = /^['‘]$/;
const SINGLE_CLOSING = /^['’]$/;

/** Plural nouns of people that two parties' modifiers may share: "officials", "diplomats", "leaders". */
const SHARED_PEOPLE = wordSet(
  /^(?:officials|diplomats|leaders|ministers|negotiators|envoys|delegations|delegates|governments|sides)$/,
);

/**
 * "American and NATO officials said …", "British and American diplomats told …": a party's adjective
 * joined by "and" right before another party's office noun of several people shares that noun, so both
 * parties speak. Not a noun of things ("American and NATO troops") nor a singular office.
 */
function adjectiveOnSharedPeople(
  tokens: readonly Token[],
  adjective: ActorMention,
  office: ActorMention,
): boolean {
  return (
    adjective.kind === 'adjective' &&
    office.kind === 'role' &&
    office.first === adjective.last + 2 &&
    SHARED_PEOPLE.test(tokens[office.last]?.lower ?? '') &&
    office.parties.some((p) => !adjective.parties.includes(p))
  );
}

export function findSpeaker(tokens: readonly Token[], actors: readonly ActorMention[]): Speaker | null {
  // "Stoltenberg: …", "NATO chief Stoltenberg: …": a person named before a colon opening the sentence speaks.
  const headline = actors.find((a) => a.first <= 2 && tokens[a.last + 1]?.text === ':' && canSpeak(a));
  if (
    headline &&
    headline.kind !== 'name' &&
    headline.kind !== 'adjective' &&
    tokens.slice(0, headline.first).every((t) => t.word && t.capital) &&
    headline.last + 2 < tokens.length
  )
    return partySpeaker(headline);
  // "Russia has no say in Ukraine's membership – Kuleba": a person named after a dash closing a
  // headline speaks.
  let end = tokens.length - 1;
  while (end > 0 && !(tokens[end] as Token).word) end--;
  const byline = actors.find(
    (a) =>
      a.last === end &&
      a.first >= 3 &&
      /^[-–—]$/.test(tokens[a.first - 1]?.text ?? '') &&
      canSpeak(a) &&
      a.kind !== 'name' &&
      a.kind !== 'adjective',
  );
  // (Only where no speech verb names a speaker: "…, Ryabkov said after meeting his counterpart – Sherman".)
  if (byline) return speakerAroundVerbs(tokens, actors) ?? partySpeaker(byline);
  // "The US suggests … but we underscore …,” the Russian diplomat told reporters": the one named after
  // the closing quotation mark speaks the quotation, not a speech verb inside it.
  // ("'Moscow has told us what it wants,' Kallas said": single marks, as British-style outlets write
  // them, close a quotation that opened the sentence with one; elsewhere a lone mark may be an apostrophe.)
  const singleMarks = SINGLE_OPENING.test(tokens[0]?.text ?? '');
  let close = -1;
  for (let k = tokens.length - 1; k > 2 && close < 0; k--) {
    const t = tokens[k] as Token;
    const closing = t.text === '”' || t.text === '"' || (singleMarks && SINGLE_CLOSING.test(t.text));
    if (closing && /^[,.!?]$/.test(tokens[k - 1]?.text ?? '')) close = k;
  }
  if (close > 0 && close < tokens.length - 2) {
    const attributed = speakerAroundVerbs(tokens, actors, close + 1);
    if (attributed?.kind === 'party') return attributed;
  }
  return speakerAroundVerbs(tokens, actors);
}

/**
 * Words fronted before a pronoun subject, with no comma: one time or sequence adverb ("Later",
 * "Then", "Afterwards") or a short phrase opened by a preposition of time or place ("On Friday",
 * "At the summit", "In Brussels on Monday"). No name of a party may stand in it (the caller's actor
 * window already takes one).
 */
function frontedBefore(words: readonly Token[]): boolean {
  const first = words[0]!.lower;
  if (words.length === 1) return FRONTED_ADVERB.test(first);
  return words.length <= 4 && FRONTED_PREPOSITION.test(first);
}
const FRONTED_ADVERB = wordSet(
  /^(?:later|earlier|then|afterwards|afterward|subsequently|yesterday|today|tonight|meanwhile|separately|privately|publicly|now)$/,
);
const FRONTED_PREPOSITION = wordSet(
  /^(?:on|in|at|after|before|during|since|later|earlier|speaking|writing)$/,
);

/** Nouns for people who speak about a party from outside it: "critics of", "opponents of". */
const OUTSIDERS = wordSet(
  /^(?:critics|critic|opponents|opponent|detractors|sceptics|skeptics|rivals|adversaries|enemies|foes|observers|analysts|experts|watchers|commentators|historians)$/,
);

/**
 * Whether the actor is named through outsiders: "critics of (the) ‹party›", "analysts in ‹capital›",
 * or people near it who do not speak for it: "sources close to the Kremlin", "a person familiar with
 * Washington's thinking" (unnamed, unplaced: no one's voice).
 */
function outsidersOf(tokens: readonly Token[], a: ActorMention): boolean {
  let k = a.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  const word = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  if (word === 'of' || word === 'in') return OUTSIDERS.test(before);
  return (word === 'to' || word === 'with') && NEAR_TO.test(before);
}
/** "close to", "familiar with", "near to": someone beside the party, not of it. */
const NEAR_TO = wordSet(/^(?:close|closer|familiar|near|acquainted)$/);

/** The actor around a speech verb, a party's document, or a pronoun continuing the previous speaker. */
/** Whether the subject right before the speech verb at `verbStart` is opened by "what": "what it says". */
function freeRelativeSubject(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  verbStart: number,
): boolean {
  const subject = actors.find((a) => a.last === verbStart - 1);
  let first = subject
    ? subject.first
    : /^(?:it|he|she|they|we|you)$/.test(tokens[verbStart - 1]?.lower ?? '')
      ? verbStart - 1
      : -1;
  if (first < 0) return false;
  if (tokens[first - 1]?.lower === 'the') first--;
  // (Not "That is what the Kremlin spokesman told journalists": a cleft naming who said the sentence before.)
  return (
    tokens[first - 1]?.lower === 'what' && !/^(?:is|was|are|were|['’]s)$/.test(tokens[first - 2]?.lower ?? '')
  );
}

function speakerAroundVerbs(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  /** Only speech verbs from here on (after a closing quotation mark). */
  from = 0,
): Speaker | null {
  let fallback: Speaker | null = null;
  for (const i of speechWordsIn(tokens)) {
    if (i < from) continue;
    const t = tokens[i] as Token;
    const according = isAccordingTo(tokens, i);
    // "made it clear", "made clear", "made it plain": a statement like "said"; so is "left no doubt".
    const madeClear =
      ((t.lower === 'clear' || t.lower === 'plain') &&
        (tokens[i - 1]?.lower === 'made' ||
          tokens[i - 1]?.lower === 'make' ||
          tokens[i - 2]?.lower === 'made' ||
          tokens[i - 2]?.lower === 'make')) ||
      leftNoDoubt(tokens, i);
    // "…, arguing that …": a speaking participle counts only right after a comma.
    const participle =
      SPEAKING_AFTER_COMMA.has(t.lower) &&
      tokens[i - 1]?.text === ',' &&
      (t.lower !== 'pointing' || tokens[i + 1]?.lower === 'out');
    if (!according && !madeClear && !participle && !SPEECH.has(t.lower) && !speechBeforeClause(tokens, i))
      continue;
    // "Washington's written reply", "the claims": a noun, not a speech verb.
    // (But "a US official said": the word before ends a speaker's name, office included.)
    if (
      !according &&
      !madeClear &&
      NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '') &&
      !actors.some((a) => a.last === i - 1 && canSpeak(a)) &&
      // ("the official said", "the same official added": a past form after "official" is its verb.)
      !(tokens[i - 1]?.lower === 'official' && PAST_SPEECH.test(t.lower))
    )
      continue;
    // "NATO's unwillingness to respond", "declined to comment": an infinitive nobody spoke (but "went
    // on to say", "continued to argue" speak).
    const inf = /ly$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (
      !according &&
      tokens[inf]?.lower === 'to' &&
      !/^(?:on|continued|continues|continue|went|proceeded)$/.test(tokens[inf - 1]?.lower ?? '')
    )
      continue;
    // "the US and NATO were told": a passive speech verb names the addressee, not the speaker.
    if (
      !according &&
      ['was', 'were', 'been', 'being', 'is', 'are', 'be'].includes(tokens[i - 1]?.lower ?? '')
    )
      continue;
    // "United States" is no speech verb.
    if (actors.some((a) => i >= a.first && i <= a.last)) continue;
    // "former Soviet states like Ukraine": a plural noun, unless a subject, a document or a boundary stands before it.
    if (ALSO_A_NOUN.has(t.lower)) {
      const prev = tokens[i - 1];
      const verb =
        !prev ||
        BOUNDARY.has(prev.text) ||
        VERB_AFTER.has(prev.lower) ||
        DOCUMENT_NOUNS.has(prev.lower) ||
        actors.some((a) => a.last === i - 1);
      if (!verb) continue;
    }
    const verbEnd = according ? i + 1 : i;

    // Before the verb, back to a boundary: "Kremlin spokesman Dmitry Peskov said", "Washington's reply says".
    if (!according) {
      let verbStart = madeClear ? i - (tokens[i - 1]?.lower === 'it' || t.lower === 'doubt' ? 2 : 1) : i;
      // "Kalle Laanet (Reform) said": past a short parenthesis between the name and the verb.
      if (tokens[verbStart - 1]?.text === ')') {
        let q = verbStart - 2;
        while (q > 0 && verbStart - q <= 6 && !BOUNDARY.has((tokens[q] as Token).text)) q--;
        if (tokens[q]?.text === '(') verbStart = q;
      }
      let j = verbStart - 1;
      while (j >= 0 && verbStart - j <= 8 && !BOUNDARY.has((tokens[j] as Token).text)) j--;
      // "…, whatever Moscow writes", "no matter what the Kremlin says": a concession, no one's words.
      const concession = tokens.slice(j + 1, verbStart);
      if (
        concession.some(
          (x, k) =>
            /^(?:whatever|whoever)$/.test(x.lower) ||
            (x.lower === 'matter' &&
              concession[k - 1]?.lower === 'no' &&
              concession[k + 1]?.lower === 'what'),
        )
      )
        continue;
      // "We call on Russia to do what it says", "contrary to what Moscow claims": a free relative names
      // the thing said; it reports no one speaking.
      if (freeRelativeSubject(tokens, actors, verbStart)) continue;
      // "France, Germany and Britain said": a party named by a list holds its own commas.
      const listed = actors.find((a) => a.first <= j && a.last >= j && a.last < verbStart);
      if (listed) j = listed.first - 1;
      const window = actors.filter((a) => a.first > j && a.last < verbStart && canSpeak(a));
      // A party's document speaking: "<party>'s written reply says", "the US response said".
      const docNoun = tokens.slice(j + 1, verbStart).find((x) => DOCUMENT_NOUNS.has(x.lower));
      const owner = actors.filter((a) => a.first > j && a.last < verbStart).pop();
      // Not "rejected some of Moscow's proposals but said …": the verb after "but" has its own subject.
      const joined = tokens
        .slice(docNoun ? docNoun.i + 1 : verbStart, verbStart)
        .some((x) => JOINERS.has(x.lower));
      if (docNoun && owner && owner.last < docNoun.i && !joined)
        return { kind: 'party', parties: owner.parties, matched: owner.text, role: null, document: true };
      let nearest = window[window.length - 1];
      // "Lithuania, a fellow NATO state, said": the organisation a membership apposition names is not
      // who speaks; the name before its comma is.
      const apposition = nearest ? memberAppositionComma(tokens, nearest.first, nearest.last) : -1;
      if (nearest && apposition > 0) {
        const described = actors.find((a) => a.last === apposition - 1 && canSpeak(a));
        if (described) nearest = described;
      }
      // "Critics of the administration argue …": people outside the party, named through it, speak.
      if (nearest && outsidersOf(tokens, nearest)) nearest = undefined;
      // "Emily Ferris of the London-based Royal United Services Institute said …": a capital naming where
      // an institution sits is no party speaking (based-in-place.ts).
      if (nearest && placeOfInstitution(tokens, nearest)) nearest = undefined;
      // "The US rejected some of Moscow's proposals but said …": a verb coordinated after "but"/"and"
      // is said by the clause's subject, not by a name in its object.
      if (
        (nearest && JOINERS.has(tokens[verbStart - 1]?.lower ?? '')) ||
        (nearest &&
          JOINERS.has(tokens[verbStart - 2]?.lower ?? '') &&
          ADVERB_BEFORE_VERB.has(tokens[verbStart - 1]?.lower ?? ''))
      ) {
        let b = verbStart - 1;
        while (b >= 0 && !BOUNDARY.has((tokens[b] as Token).text)) b--;
        const subject = actors.find(
          (a) =>
            a.first > b &&
            a.last < verbStart &&
            canSpeak(a) &&
            !afterPreposition(tokens, a) &&
            !/^['’]s$/.test(tokens[a.last + 1]?.text ?? ''),
        );
        nearest = subject;
      }
      // "a list of demands to the U.S. which said …": what said it is the list, not the addressee.
      if (nearest && tokens[verbStart - 1]?.lower === 'which' && afterPreposition(tokens, nearest))
        nearest = undefined;
      // "a draft treaty submitted to the US stated …": the document speaks, not whom it was sent to.
      // (But "the foreign ministry in Kyiv said": a ministry is its capital's, the place its speaker.)
      if (
        nearest &&
        docNoun &&
        docNoun.i < nearest.first &&
        afterPreposition(tokens, nearest) &&
        !ministryIn(tokens, docNoun, nearest, verbStart)
      ) {
        fallback ??= { kind: 'other', matched: docNoun.text };
        continue;
      }
      // "Wendy Sherman, the US negotiator, said": the speaker is named right before an apposition
      // set off by two commas — not "NATO must halt its expansion, said Ryabkov", where the name follows.
      let subjectEnd = verbStart;
      if (!nearest && tokens[verbStart - 1]?.text === ',' && !actorRightAfter(tokens, actors, verbStart)) {
        let c2 = verbStart - 2;
        while (
          c2 >= 0 &&
          verbStart - c2 <= 12 &&
          tokens[c2]?.text !== ',' &&
          !BOUNDARY.has(tokens[c2]?.text ?? '')
        )
          c2--;
        // ("these documents, approved at the 1999 OSCE Summit, say": the documents speak, not a name
        // in the aside about them.)
        const head = tokens[c2 - 1]?.lower ?? '';
        if (
          tokens[c2]?.text === ',' &&
          (DOCUMENT_NOUNS.has(head) || /^(?:documents|texts|agreements|papers)$/.test(head))
        ) {
          fallback ??= { kind: 'other', matched: tokens[c2 - 1]!.text };
          continue;
        }
        if (tokens[c2]?.text === ',') {
          // "Wendy Sherman, the US negotiator, said" or "the US envoy, Wendy Sherman, said".
          const a =
            actors.find((y) => y.last === c2 - 1 && canSpeak(y)) ??
            // (Not "the responses, delivered to the Kremlin last week, underscored": a name after a preposition.)
            actors.find(
              (y) => y.first > c2 && y.last < verbStart - 1 && canSpeak(y) && !afterPreposition(tokens, y),
            );
          if (a) nearest = a;
          // ("Norway's prime minister and Justin Trudeau, his Canadian counterpart, said": the pair's
          // second name ends where the aside starts.)
          if (a && a.last === c2 - 1) subjectEnd = c2;
        }
      }
      if (nearest) {
        // "Blinken and Stoltenberg said …": both speak; so do "Norway's prime minister and his Canadian
        // counterpart", one's own counterpart after a possessive.
        const own =
          /^(?:his|her|their)$/.test(tokens[nearest.first - 1]?.lower ?? '') &&
          /^counterparts?$/.test(tokens[nearest.last]?.lower ?? '')
            ? 1
            : 0;
        // ("The German chancellor and the Polish prime minister said": past the second one's article.)
        const article = !own && tokens[nearest.first - 1]?.lower === 'the' ? 1 : 0;
        const partner = actors.find(
          (a) =>
            a !== nearest &&
            (canSpeak(a) || adjectiveOnSharedPeople(tokens, a, nearest as ActorMention)) &&
            a.last === (nearest as ActorMention).first - 2 - own - article &&
            tokens[a.last + 1]?.lower === 'and',
        );
        // (Past "have repeatedly": "The Biden administration and NATO have repeatedly said".)
        let between = nearest.last + 1;
        while (
          between < subjectEnd &&
          /^(?:have|has|had|repeatedly|also|again|long|previously|both|jointly)$/.test(
            tokens[between]?.lower ?? '',
          )
        )
          between++;
        // ("… demands that Finland never join NATO and Marin said …": a name that is the object of a verb
        // or a preposition before it is no partner in the subject.)
        if (partner && subjectEnd === between && !objectBefore(tokens, partner.first)) {
          const parties = [...new Set([...partner.parties, ...nearest.parties])];
          return {
            kind: 'party',
            parties,
            matched: `${partner.text} and ${nearest.text}`,
            role: nearest.role,
            document: false,
          };
        }
        return partySpeaker(nearest);
      }
      // "Stoltenberg rejected the demand, arguing that …": a speaking participle after a comma is said
      // by the sentence's subject.
      // (Not after "…, she said, adding that …": the participle goes on with that speaker, and the
      // subject before it belongs to what she said.)
      if (
        !nearest &&
        !afterSpeechTag(tokens, verbStart - 1) &&
        tokens[verbStart - 1]?.text === ',' &&
        /ing$/.test(t.lower) &&
        !actorRightAfter(tokens, actors, verbStart)
      ) {
        const subject = actors.find(
          (a) =>
            a.last < verbStart &&
            canSpeak(a) &&
            !PREPOSITION_BEFORE_NAME.has(tokens[a.first - 1]?.lower ?? ''),
        );
        if (subject && !/^['’]s$/.test(tokens[subject.last + 1]?.text ?? '')) return partySpeaker(subject);
      }
      // "Sherman expressed hope …, but told reporters": the subject of the clause the verb continues.
      const opener = tokens.slice(j + 1, verbStart).filter((x) => x.word);
      if (
        opener.length <= 2 &&
        opener.some((x) => x.lower === 'but' || x.lower === 'and') &&
        tokens[j]?.text === ','
      ) {
        const subject = actors.find(
          (a) =>
            a.last < j &&
            canSpeak(a) &&
            !['to', 'with', 'from', 'for', 'on', 'of', 'by', 'in', 'at'].includes(
              tokens[a.first - 1]?.lower ?? '',
            ),
        );
        // (The subject opens its clause: not "They …, refused to bar Ukraine …, and said", an object.)
        let b = subject ? subject.first - 1 : -1;
        while (b >= 0 && (tokens[b]?.lower === 'the' || tokens[b]?.transparent)) b--;
        if (subject && (b < 0 || tokens[b]?.text === ',' || tokens[b]?.text === ':'))
          return partySpeaker(subject);
      }
      let words = tokens.slice(j + 1, verbStart).filter((x) => x.word);
      // "the envoy went on to say", "he continued to argue": the subject before the chain.
      if (/^(?:went|goes|go) on to$/.test(joinWords(words.slice(-3), true))) words = words.slice(0, -3);
      else if (/^(?:continued|continues) to$/.test(joinWords(words.slice(-2), true)))
        words = words.slice(0, -2);
      // "They also stressed", "The three jointly said": past an adverb before the verb.
      while (words.length > 1 && SPEAKER_ADVERB.test(words[words.length - 1]!.lower))
        words = words.slice(0, -1);
      // "Later he said", "On Friday she told reporters": a short fronted adverb or phrase before the
      // pronoun leaves the pronoun as the speaker (the phrase is no part of its name).
      const pronoun = words[words.length - 1];
      if (pronoun && PRONOUNS.has(pronoun.lower) && words.length > 1 && frontedBefore(words.slice(0, -1))) {
        fallback ??= { kind: 'pronoun', matched: pronoun.text };
        continue;
      }
      // "His spokesman said", "her office added": one who speaks for the person named before.
      if (ownAide(words) || (words.length === 2 && COUNTERPART_SPEAKER.test(joinWords(words, false)))) {
        fallback ??= { kind: 'pronoun', matched: joinWords(words, false) };
        continue;
      }
      if (
        words.length > 0 &&
        ((words.length <= 3 &&
          (PRONOUNS.has(words[words.length - 1]!.lower) || ROLE_PRONOUN.test(joinWords(words, true)))) ||
          (words.length <= 5 && NUMBERED_GROUP.test(joinWords(words, true))))
      ) {
        fallback ??= { kind: 'pronoun', matched: joinWords(words, false) };
        continue;
      }
      const named = words.find((x) => x.capital && x.i > 0);
      if (named && words.length <= 4) fallback ??= { kind: 'other', matched: nameRun(tokens, named.i) };
    }
    // After the verb, up to a boundary: "said Sergei Lavrov", "according to Ryabkov".
    let k = verbEnd + 1;
    while (
      k < tokens.length &&
      k - verbEnd <= 8 &&
      !BOUNDARY.has((tokens[k] as Token).text) &&
      (tokens[k] as Token).lower !== 'that'
    )
      k++;
    const after = actors.filter((a) => a.first > verbEnd && a.last < k && canSpeak(a));
    // "said Lavrov." / "said Lavrov on Monday" — not "said Moscow doesn't have a say", where Moscow starts the reported clause.
    const follower = after[0] ? tokens[after[0].last + 1] : undefined;
    // (Not "said the US, Britain and France would …": the list is the reported clause's subject.)
    const closes =
      (!follower || BOUNDARY.has(follower.text) || AFTER_NAME.has(follower.lower)) &&
      !(follower?.text === ',' && reportedListSubject(tokens, actors, after[0] as ActorMention));
    const across = after[0]
      ? tokens.slice(verbEnd + 1, after[0].first).some((x) => NOT_BEFORE_SPEAKER.has(x.lower))
      : false;
    // (Not "…, an adviser told Blinken": whom someone tells is not the speaker.)
    if (
      after[0] &&
      (according || (after[0].first <= verbEnd + 4 && closes && !across)) &&
      !/^(?:told|tells|tell)$/.test(t.lower)
    )
      return partySpeaker(after[0]);
    const next = tokens[verbEnd + 1];
    // "according to his spokesman, …", "…, said her spokeswoman.": one who speaks for the person before.
    const aide = next && (according || AFTER_SAID.test(t.lower)) ? aideAt(tokens, next.i) : null;
    if (aide) fallback ??= { kind: 'pronoun', matched: aide };
    else if (next && (PRONOUNS.has(next.lower) || (according && OBJECT_PRONOUNS.has(next.lower))))
      fallback ??= { kind: 'pronoun', matched: next.text };
    // "According to the official, …", "according to the minister": the office alone, as "the official said".
    else if (according && next?.lower === 'the' && roleAfterAccording(tokens, verbEnd + 1))
      fallback ??= { kind: 'pronoun', matched: roleAfterAccording(tokens, verbEnd + 1) as string };
    else if (according && next?.word) fallback ??= { kind: 'other', matched: nameRun(tokens, next.i) };
    // "…,” said Victoria Y. Zhuravleva, an expert …": someone the ontology does not know speaks.
    else if (
      next?.capital &&
      next.word &&
      AFTER_SAID.test((tokens[verbEnd] as Token).lower) &&
      !NOT_A_SPEAKER_WORDS.has(next.lower) &&
      !actors.some((a) => a.first <= next.i && next.i <= a.last)
    )
      fallback ??= { kind: 'other', matched: nameRun(tokens, next.i) };
  }
  return fallback;
}

/** Opening minus closing double quotes: > 0 means a quotation runs on into the next sentence. */
export function quoteBalance(s: string): number {
  // Most sentences quote no one: one scan says so.
  if (!QUOTE_MARK.test(s)) return 0;
  return count(s, '“') - count(s, '”') + (count(s, '"') % 2);
}
const QUOTE_MARK = /["“”]/;

/** How often `mark` occurs in `s` (indexOf: no match objects, and most sentences have none). */
function count(s: string, mark: string): number {
  let n = 0;
  for (let i = s.indexOf(mark); i >= 0; i = s.indexOf(mark, i + 1)) n++;
  return n;
}
