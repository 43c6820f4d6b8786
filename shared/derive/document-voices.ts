/**
 * Who speaks beyond a sentence's own speech verbs: groups and pairs of parties ("the two leaders",
 * "They"), a party's drafts and replies ("Under the proposals, …", "the replies from Washington"), the
 * publisher of a party's own statement, a transcript's speaker labels, and a bare attribution after a
 * quotation cut at its question mark.
 */
import type { SourceDocument } from '../model/corpus';
import { canSpeak, findActors, type ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import type { Sentence } from './segment';
import { findSpeaker, type Speaker } from './speaker';
import { tokenize, type Token } from './tokens';
import { NOT_A_SUBJECT_AFTER } from './word-lists';
import { wordSet } from './word-set';
const GROUP_FILLER = new Set([
  'and',
  'his',
  'her',
  'its',
  'their',
  'the',
  'counterpart',
  'counterparts',
  'colleague',
  'host',
]);

/**
 * The parties of a coordinated subject that opens a sentence ("Putin and his Chinese counterpart Xi
 * Jinping", "Washington and Brussels"), when there are two or more of them.
 */
export function subjectGroup(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: ActorMention,
): Speaker | null {
  const parties = [...first.parties];
  const names = [first.text];
  let last = first.last;
  // ("Moscow, Beijing, Washington and Islamabad met …": a list of names set off by commas, closed by "and".)
  let commaOnly = false;
  let closed = true;
  for (const a of actors) {
    if (a.first <= last) continue;
    const between = tokens.slice(last + 1, a.first);
    if (between.length === 1 && between[0]!.text === ',' && a.kind !== 'adjective') {
      for (const p of a.parties) if (!parties.includes(p)) parties.push(p);
      names.push(a.text);
      last = a.last;
      commaOnly = true;
      closed = false;
      continue;
    }
    if (
      between.length > 5 ||
      !between.some((t) => t.lower === 'and') ||
      !between.every(
        (t) =>
          t.transparent ||
          GROUP_FILLER.has(t.lower) ||
          // "Putin and his Chinese counterpart, Xi Jinping": the comma of an apposition.
          (t.text === ',' && tokens[t.i - 1]?.lower.startsWith('counterpart')) ||
          actors.some((x) => x.kind === 'adjective' && t.i >= x.first && t.i <= x.last),
      )
    )
      break;
    if (a.kind === 'adjective') continue;
    for (const p of a.parties) if (!parties.includes(p)) parties.push(p);
    names.push(a.text);
    last = a.last;
    closed = true;
  }
  // (Not "Moscow, Beijing said" nor an apposition "Washington, the capital, …": the list must close with "and".)
  if (parties.length < 2 || (commaOnly && !closed)) return null;
  return { kind: 'party', parties, matched: names.join(' and '), role: null, document: false };
}

/**
 * Two parties named together as a subject or after "between" ("Xi Jinping and Vladimir Putin signed …",
 * "talks between Sherman and Ryabkov"), not as the object of another preposition ("sent to the US and NATO").
 */
/** Two parties that met, speaking together. */
const pairOf = (a: ActorMention, other: ActorMention): Speaker => ({
  kind: 'party',
  parties: [...new Set([...a.parties, ...other.parties])],
  matched: `${a.text} and ${other.text}`,
  role: null,
  document: false,
});

export function namedPair(tokens: readonly Token[], actors: readonly ActorMention[]): Speaker | null {
  for (const a of actors) {
    if (a.kind === 'adjective') continue;
    const first = tokens[a.first - 1]?.lower === 'the' ? a.first - 1 : a.first;
    const before = tokens[first - 1]?.lower ?? '';
    // "talks between Sherman and Ryabkov", not "tensions between Moscow and Washington".
    if (before === 'between' ? a.kind === 'name' : NOT_A_SUBJECT.has(before)) continue;
    const group = subjectGroup(tokens, actors, a);
    if (group?.kind === 'party' && group.parties.length === 2) return group;
    // "Xi met Putin in Beijing", "Scholz hosted Macron": a meeting's two sides, the other as the object.
    if (/^(?:met|meets|hosted|hosts|received|receives)$/.test(tokens[a.last + 1]?.lower ?? '')) {
      const o = tokens[a.last + 2]?.lower === 'the' ? a.last + 3 : a.last + 2;
      const other = actors.find(
        (b) => b.kind !== 'adjective' && b.first === o && b.parties.some((p) => !a.parties.includes(p)),
      );
      // (Only when the sentence names no third party: "Macron met Putin, and Scholz visited Kyiv".)
      const named = new Set(actors.filter((b) => b.kind !== 'adjective').flatMap((b) => b.parties));
      if (other && [...named].every((p) => a.parties.includes(p) || other.parties.includes(p)))
        return pairOf(a, other);
    }
    // "Macron spoke with Scholz", "Sherman met with Ryabkov": a meeting's two sides.
    const w = tokens.findIndex((t, k) => k > a.last && k <= a.last + 4 && t.lower === 'with');
    if (w > 0 && MEETING.test(tokens[w - 1]?.lower ?? '')) {
      const other = actors.find(
        (b) =>
          b.kind !== 'adjective' &&
          (b.first === w + 1 || (b.first === w + 2 && tokens[w + 1]?.lower === 'the')) &&
          b.parties.some((p) => !a.parties.includes(p)),
      );
      if (other) return pairOf(a, other);
    }
  }
  return adjectivePair(tokens, actors);
}

/** Words of office that may stand between a pair's adjectives and their people: "foreign", "prime". */
const OFFICE_MODIFIER = wordSet(/^(?:foreign|prime|top|chief|senior|lead|trade|defence|defense|deputy)$/);
/** The people two adjectives of parties name together: "ministers", "negotiators", "delegations". */
const PAIR_PEOPLE = wordSet(
  /^(?:ministers|leaders|negotiators|officials|diplomats|delegations|delegates|presidents|premiers|envoys|governments|teams|sides)$/,
);

/**
 * "The Armenian and Azerbaijani foreign ministers met …", "US and Chinese negotiators agreed …": two
 * parties' adjectives joined by "and" on one plural noun of people are the meeting's two sides, whom
 * "the two sides" next stands for, as "Xi and Putin" are. Not after a preposition other than "between"
 * ("sent to the Armenian and Azerbaijani ministers"), nor on a noun of things ("Armenian and Azerbaijani
 * territory").
 */
function adjectivePair(tokens: readonly Token[], actors: readonly ActorMention[]): Speaker | null {
  for (const a of actors) {
    if (a.kind !== 'adjective' || tokens[a.last + 1]?.lower !== 'and') continue;
    // (The second adjective may open a name of its own: "Armenian and Azerbaijani negotiators", where
    // the ontology lists "Azerbaijani negotiators".)
    const b = actors.find((x) => x.first === a.last + 2);
    if (!b || b.parties.every((p) => a.parties.includes(p))) continue;
    let k = b.kind === 'adjective' ? b.last + 1 : b.last;
    if (b.kind === 'adjective' && OFFICE_MODIFIER.test(tokens[k]?.lower ?? '')) k++;
    if (!PAIR_PEOPLE.test(tokens[k]?.lower ?? '')) continue;
    const first = tokens[a.first - 1]?.lower === 'the' ? a.first - 1 : a.first;
    const before = tokens[first - 1]?.lower ?? '';
    if (before !== 'between' && NOT_A_SUBJECT.has(before)) continue;
    return pairOf(a, b);
  }
  return null;
}

/** Who a pair named lately is when it speaks: "the two sides", "both leaders", "the parties", the bare "The two". */
export const PAIR_SPEAKER =
  /^(?:the two|both) (?:sides|leaders|countries|presidents|ministers|governments|delegations)$|^the (?:sides|parties|leaders|presidents|two)$/i;
const MEETING = wordSet(
  /^(?:met|meets|meet|spoke|speaks|talked|talks|conferred|negotiated|held|hold|holds)$/,
);
export const MET_WITH =
  /\b(?:met|meets|spoke|speaks|talked|talks|conferred|negotiated|held)\b[^.]*\bwith\b|\band\b/;

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "France, Germany and Britain said … . The three also stressed …": the group counted is the last
 * speaking group with that many members, named one by one (two subjects joined by "and", or one party
 * the ontology names by listing its members). No group of that size: no one.
 */
export function countedGroup(matched: string, group: Speaker | null, last: Speaker | null): Speaker | null {
  const n = COUNT[matched.toLowerCase().split(' ')[1] ?? ''] ?? 0;
  if (group?.kind === 'party' && group.parties.length === n) return group;
  if (last?.kind !== 'party') return null;
  if (last.parties.length === n) return last;
  const items = last.matched.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim() !== '');
  return last.parties.length === 1 && items.length === n ? last : null;
}

/** Bodies, not persons, that a pronoun-like speaker may name ("the ministry added"). */
export const BODY_ROLE = /\b(?:ministry|government|embassy)$/;
/** "the minister" → "minister": the office word a pronoun-like speaker names. */
export const roleNoun = (matched: string): string | null => {
  const m =
    /^(?:the\s+)?(?:(?:same|senior)\s+)?(minister|diplomat|spokesman|spokeswoman|spokesperson|senator|secretary|president|envoy|ambassador|chancellor|negotiator|deputy|leader|official)$/i.exec(
      matched.trim(),
    );
  if (m) return (m[1] as string).toLowerCase();
  // "the ministry added", "the foreign ministry said", "the government said": the latest speaker that
  // is such a body (not simply the latest speaker: a minister quoted since is no ministry).
  const body = /^(?:the\s+)?((?:(?:foreign|defen[cs]e)\s+)?(?:ministry|government|embassy))$/i.exec(
    matched.trim(),
  );
  return body ? (body[1] as string).toLowerCase().replace(/\s+/g, ' ') : null;
};

// Letters and digits of the scripts news copy uses, as plain ranges: screening only needs to find
// the demand words (Latin script). A word is a run of three or more of them.
/**
 * "The document also calls for …", "The draft treaty states that …": a document with no owner named
 * in its sentence speaks for the party whose demands the article last presented.
 */
/** What a draft does with its terms: "the document says", "the treaties envisage", "it pledges …". */
const DRAFT_VERB = wordSet(
  /^(?:says|said|states|stated|calls|called|call|demands|demanded|stipulate|stipulates|stipulated|propose|proposes|proposed|require|requires|required|insists|envisage|envisages|envisaged|include|includes|included|seek|seeks|sought|suggest|suggests|suggested|contain|contains|provide|provides|notes|noted|oblige|obliges|obligate|obligates|pledges|commits|prohibit|prohibits|ban|bans|bar|bars|aim|aims|aimed|outline|outlines|outlined|restrict|restricts|limit|limits|cap|caps|forbid|forbids|rule|rules|commit|covers|cover|foresees|foresee|lists|list)$/,
);

export function unownedDocumentSpeaking(
  tokens: readonly Token[],
  lastOwner: ActorMention | null,
  /** The demands' one proposer, when the document names it: whose draft an unowned draft is. */
  proposer: ActorMention | null,
  /** Whether the sentence before was a draft speaking ("It also pledges …" continues it). */
  draftBefore: boolean,
): Speaker | null {
  const owner = lastOwner ?? proposer;
  if (!owner) return null;
  let k = 0;
  while (tokens[k]?.transparent) k++;
  // "Under the sweeping proposals, which Moscow calls essential, the alliance would be barred from …":
  // what follows the opening phrase is the proposals' content.
  const under = underTheDocument(tokens, k, draftBefore);
  if (under > 0)
    return {
      kind: 'party',
      parties: owner.parties,
      matched: tokens
        .slice(k, under)
        .map((t) => t.text)
        .join(' '),
      role: null,
      document: true,
    };
  // "In particular, the agreements include …": past a short opening phrase.
  const comma = tokens.findIndex((t, i) => i <= k + 3 && t.text === ',');
  if (comma > 0 && /^(?:in|among|at|under)$/.test(tokens[k]?.lower ?? '')) k = comma + 1;
  // "One of the points suggests …"
  if (tokens[k]?.lower === 'one' && tokens[k + 1]?.lower === 'of') k += 2;
  let n: number;
  // ("These would cap …" stands for the drafts; "These two proposals …" names them again.)
  // ("Others would require …" after the package was named: its other parts, as "They" is all of it.)
  const pronoun =
    /^(?:it|they|others)$/.test(tokens[k]?.lower ?? '') ||
    (tokens[k]?.lower === 'these' &&
      (DRAFT_VERB.test(tokens[k + 1]?.lower ?? '') ||
        /^(?:also|further|would|will)$/.test(tokens[k + 1]?.lower ?? '')));
  if (draftBefore && pronoun) n = k;
  // "Russia published two draft treaties. The first would bar …": one of them, its noun left out.
  else if (
    draftBefore &&
    tokens[k]?.lower === 'the' &&
    /^(?:first|second|former|latter|other)$/.test(tokens[k + 1]?.lower ?? '')
  )
    n = k + 1;
  else {
    // ("Other clauses would …", "Some provisions …": parts of the drafts the sentence before put out.)
    const partOpener = draftBefore && /^(?:other|some)$/.test(tokens[k]?.lower ?? '');
    if (!partOpener && !/^(?:the|this|that|its|these|those|both|another|each)$/.test(tokens[k]?.lower ?? ''))
      return null;
    n = k + 1;
    while (
      n <= k + 3 &&
      /^(?:draft|security|russian|written|proposed|two|three|new|key|main|first|second|original|other)$/.test(
        tokens[n]?.lower ?? '',
      )
    )
      n++;
    if (
      !/^(?:document|documents|draft|drafts|text|texts|treaty|treaties|proposal|proposals|paper|agreement|agreements|points|provision|provisions|clause|clauses|article|articles|terms|measures)$/.test(
        tokens[n]?.lower ?? '',
      )
    )
      return null;
  }
  let v = n + 1;
  // "The two treaties - with the United States and the alliance - envisage …": past an aside in dashes.
  if (/^[-—–(]$/.test(tokens[v]?.text ?? '')) {
    // (Long enough for "one addressed to the United States, the other to the members of the alliance".)
    const close = tokens.findIndex((t, i) => i > v && i <= v + 25 && /^[-—–)]$/.test(t.text));
    if (close > 0) v = close + 1;
  }
  // "These two proposals, called the …, provide for …": past an aside in commas.
  if (tokens[v]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > v && i <= v + 30 && t.text === ',');
    if (close > 0) v = close + 1;
  }
  // "The draft agreement with NATO also says …": past a short phrase naming its other party.
  if (/^(?:with|to|between|for)$/.test(tokens[v]?.lower ?? '')) {
    let w = v + 1;
    while (w <= v + 5 && tokens[w] && !DRAFT_VERB.test(tokens[w]?.lower ?? '') && tokens[w]?.word) w++;
    if (DRAFT_VERB.test(tokens[w]?.lower ?? '') || /^(?:also|further)$/.test(tokens[w]?.lower ?? '')) v = w;
  }
  while (v <= n + 40 && /^(?:also|further|explicitly|reportedly|would|will)$/.test(tokens[v]?.lower ?? ''))
    v++;
  // "… would appear to require …", "… seem to oblige …": the reporter's hedge on what the text does.
  if (/^(?:appears?|seems?)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'to') v += 2;
  if (!DRAFT_VERB.test(tokens[v]?.lower ?? '')) return null;
  return {
    kind: 'party',
    parties: owner.parties,
    matched: tokens
      .slice(k, n + 1)
      .map((t) => t.text)
      .join(' '),
    role: null,
    document: true,
  };
}

export const DRAFTS_PUT_OUT = wordSet(/^(?:drafts?|treat(?:y|ies)|proposals|initiatives?|package)$/);
export const DRAFTS_PUT_OUT_WORD = /\b(?:drafts?|treat(?:y|ies)|proposals|initiatives?|package)\b/i;
export const DRAFTS_NAMED_AGAIN = wordSet(
  /^(?:texts?|drafts?|documents?|treat(?:y|ies)|proposals|agreements)$/,
);
export const ANSWER_NOUN = wordSet(/^(?:reply|replies|response|responses|answer|answers|letter|letters)$/);

/** A line that is an item of a list: a bullet, a dash or a number first. */
export const BULLET_LINE = /^\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)]|\(?[a-h]\))\s/;
/** What a list of a party's demands is called when a sentence opens one. */
export const LIST_NOUN =
  /\b(?:proposals?|demands?|requirements?|conditions?|points?|provisions?|drafts?|treat(?:y|ies)|agreements?|guarantees?|terms|elements?|list)\b/i;

export const DOCUMENT_NOUN = wordSet(
  /^(?:document|documents|draft|drafts|treaty|treaties|proposal|proposals|agreement|agreements|plan|terms|text|texts|papers|reply|response|letter)$/,
);
/** A document a sender's name may follow with "from": "the replies from Washington". */
const SENT_NOUN = wordSet(
  /^(?:replies|reply|responses|response|letters|letter|answers|answer|drafts|draft|proposals)$/,
);

/**
 * "Under the (sweeping) proposals[, which …], …": where the opening phrase naming a document ends (its
 * comma), or 0. Not "Under pressure, …", nor a document with an owner of its own named before it.
 */
export function underTheDocument(tokens: readonly Token[], k: number, draftBefore = false): number {
  if (tokens[k]?.lower !== 'under') return 0;
  // "Russia published two drafts. Under it/them, …": the drafts just put out.
  if (draftBefore && /^(?:it|them)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === ',')
    return k + 3;
  // "Russia published two draft treaties. Under the first, …": one of them, its noun left out.
  if (
    draftBefore &&
    tokens[k + 1]?.lower === 'the' &&
    /^(?:first|second|former|latter|other)$/.test(tokens[k + 2]?.lower ?? '') &&
    tokens[k + 3]?.text === ','
  )
    return k + 4;
  if (!/^(?:the|these|those|its)$/.test(tokens[k + 1]?.lower ?? '')) return 0;
  let n = k + 2;
  while (n <= k + 5 && !DOCUMENT_NOUN.test(tokens[n]?.lower ?? '') && tokens[n]?.word) n++;
  if (!DOCUMENT_NOUN.test(tokens[n]?.lower ?? '')) return 0;
  // (Past an aside in commas: ", which Moscow describes as essential to its security,".)
  let end = n + 1;
  if (tokens[end]?.text === ',' && /^(?:which|that)$/.test(tokens[end + 1]?.lower ?? '')) {
    const close = tokens.findIndex((t, i) => i > end + 1 && i <= end + 20 && t.text === ',');
    if (close < 0) return 0;
    end = close;
  } else if (/^(?:\w+ed|sent|given|drawn|made|put|shown)$/.test(tokens[end]?.lower ?? '')) {
    // (Past a participle: "Under the text handed to the Americans, …".)
    const close = tokens.findIndex((t, i) => i > end && i <= end + 10 && t.text === ',');
    if (close < 0) return 0;
    end = close;
  }
  return tokens[end]?.text === ',' ? end + 1 : 0;
}

export function leadingTransparent(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  return k;
}

/** The actors of a sentence's tail from token `from`, numbered within that tail. */
export function shiftActors(actors: readonly ActorMention[], from: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const a of actors) if (a.first >= from) out.push({ ...a, first: a.first - from, last: a.last - from });
  return out;
}

/**
 * "The separate replies from Washington and the alliance offered …": the sender of a document opening
 * the sentence, which a "They …" or "It …" in the next sentence continues.
 */
export function documentSender(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  opens: number,
): ActorMention | null {
  return (
    actors.find((a) => {
      if (a.kind === 'adjective' || a.first > opens + 6) return false;
      const from = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
      if (tokens[from]?.lower !== 'from' || !SENT_NOUN.test(tokens[from - 1]?.lower ?? '')) return false;
      // (Only the sentence's opening noun phrase: "The (separate) replies from …".)
      return tokens.slice(opens, from - 1).every((t) => t.word && !t.lower.endsWith('ed'));
    }) ?? null
  );
}

/**
 * Where a sentence's own words start past a short opening phrase and its comma: a source ("According
 * to Sky News,") or an adverbial that narrows ("In particular,", "Specifically,"), not one that judges
 * ("Curiously,"). 0 when there is none.
 */
export function afterOpeningPhrase(tokens: readonly Token[]): number {
  const first = tokens[0]?.lower ?? '';
  const source = first === 'according' && tokens[1]?.lower === 'to';
  // (A source may be described: "According to diplomats who have read the text, …".)
  const comma = tokens.findIndex((t, i) => i <= (source ? 10 : 6) && t.text === ',');
  if (comma < 1) return 0;
  const opening =
    source ||
    (comma === 1 &&
      /^(?:specifically|notably|chiefly|mainly|primarily|reportedly|principally)$/.test(first)) ||
    (comma === 2 && first === 'in' && /^(?:particular|addition|short)$/.test(tokens[1]?.lower ?? ''));
  return opening ? comma + 1 : 0;
}
/** The one party that proposed every demand (computed once per ontology), or null. */
const soleProposers = new WeakMap<CompiledOntology, ActorMention | null>();
function soleProposer(compiled: CompiledOntology): ActorMention | null {
  let found = soleProposers.get(compiled);
  if (found === undefined) {
    const all = compiled.proposingParties;
    const party = all.size === 1 ? ([...all][0] as string) : null;
    found = party ? { first: 0, last: 0, parties: [party], kind: 'name', role: null, text: party } : null;
    soleProposers.set(compiled, found);
  }
  return found;
}
/** That proposer, once the document has named it (as whose an unowned draft is). */
export function namedProposer(compiled: CompiledOntology, named: ReadonlySet<string>): ActorMention | null {
  const p = soleProposer(compiled);
  return p && named.has(p.parties[0] as string) ? p : null;
}

export const FIRST_PERSON_WORDS = new Set(['we', 'our', 'us', 'i', 'my']);
/** An outlet that is a party's own channel: "Kremlin transcript", "Russian Foreign Ministry statement", "NATO (nato.int)". */
const OFFICIAL_OUTLET =
  /\b(?:statement|transcript|official|press release|readout|website of|department of state|ministry of|foreign ministry|government of|office of the president|nato\.int|kremlin\.ru|mid\.ru|state\.gov|gov\.uk|fmprc)\b/i;

/**
 * The party whose own channel published the document, when its outlet says so: first-person
 * sentences no one else is said to speak are that party's. (A blog named after the Kremlin, or a
 * news agency, is no party's channel.)
 */
export function officialPublisher(doc: SourceDocument, compiled: CompiledOntology): Speaker | null {
  const outlet = doc.outlet ?? '';
  if (!OFFICIAL_OUTLET.test(outlet) || /\bblog\b/i.test(outlet)) return null;
  const tokens = tokenize(outlet, 0, outlet.length, compiled.keyCache);
  const named = findActors(outlet, tokens, compiled, doc.published, new Map()).filter(
    (a) => a.kind !== 'adjective',
  );
  const parties = [...new Set(named.flatMap((a) => a.parties))];
  if (parties.length !== 1 || !named[0]) return null;
  return { kind: 'party', parties, matched: named[0].text, role: named[0].role, document: true };
}

/** A transcript's speaker label opening a paragraph: "MR PRICE:", "SECRETARY BLINKEN:", "JENS STOLTENBERG, NATO SECRETARY GENERAL:". */
const TRANSCRIPT_LABEL =
  /^\s*([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,4})(?:,\s*[A-Za-z][A-Za-z ,.'’-]{0,60})?:\s/;
/** Labels of the other side of an exchange: the questions, the host. */
const ASKING_LABEL =
  /^(?:Q|QUESTION|MODERATOR|HOST|INTERVIEWER|REPORTER|PARTICIPANT|OPERATOR|MS\.? [A-Z]+ \(?MODERATOR)/;

/**
 * A transcript's speaker label in ordinary letters, as a foreign ministry's or a broadcaster's transcript
 * prints it: "Sergey Lavrov: …", "Question: …", "Nick Schifrin: …" — a name of two to four capitalised
 * words, or the asking side's one word. Headlines take the same form ("Sergey Lavrov: West must …"), so
 * the caller counts such labels only at a line's start, in a document with two or more of them.
 */
const TITLE_LABEL = /^\s*([A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,3}):\s+\S/;
const TITLE_ASKING = /^(?:Q|Question|Moderator|Host|Interviewer|Reporter|Journalist|Correspondent)$/;
/** A web page's own line headings of that form ("Read More:", "See Also:", "Related Articles:"): no speakers. */
const PAGE_HEADING =
  /^(?:Read|See|Also|Related|More|Photo|Image|Source|Watch|Listen|Click|Follow|Editor|Tags|Topics)\b/;

/** The title-case label opening a sentence ("Sergey Lavrov", "Question"), if it opens one. */
export function titleCaseLabel(sentenceText: string): string | undefined {
  const label = TITLE_LABEL.exec(sentenceText)?.[1];
  if (!label || PAGE_HEADING.test(label)) return undefined;
  return TITLE_ASKING.test(label) || /\s/.test(label) ? label : undefined;
}

/** Whether the sentence starting at `start` opens a line of the document. */
export function opensLine(text: string, start: number): boolean {
  for (let k = start - 1; k >= 0; k--) {
    const c = text[k] as string;
    if (c === '\n') return true;
    if (!/\s/.test(c)) return false;
  }
  return true;
}

/**
 * Who a transcript's label says speaks from here on: the official it names (the name read in its
 * usual capitals), nobody for a question or a host, undefined when the sentence opens no label.
 * `titleCase`: a label in ordinary letters counts too ("Sergey Lavrov: …", see TITLE_LABEL).
 */
export function transcriptLabel(
  sentenceText: string,
  compiled: CompiledOntology,
  published: string | null,
  titleCase = false,
): Speaker | null | undefined {
  const m = TRANSCRIPT_LABEL.exec(sentenceText);
  const capitals = m?.[1];
  // A label is capitals only ("MR PRICE"), not a headline's first words ("NATO: …" stays a headline).
  const label =
    capitals && /[A-Z]{2}/.test(capitals) && !/[a-z]/.test(capitals)
      ? capitals
      : titleCase
        ? titleCaseLabel(sentenceText)?.toUpperCase()
        : undefined;
  if (!label) return undefined;
  if (ASKING_LABEL.test(label)) return null;
  const name = label
    .split(/\s+/)
    .map((w) => (w.length <= 1 ? w : w[0] + w.slice(1).toLowerCase()))
    .join(' ');
  const tokens = tokenize(name, 0, name.length, compiled.keyCache);
  const actor = findActors(name, tokens, compiled, published, new Map()).find(
    (a) => a.kind === 'official' || a.kind === 'role' || a.kind === 'learned',
  );
  return actor
    ? { kind: 'party', parties: actor.parties, matched: actor.text, role: actor.role, document: false }
    : null;
}

/** A bare attribution right after a quotation cut at its "?" or "!": "Putin said.", "asked Lavrov." */
const BARE_ATTRIBUTION =
  /^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s+(?:said|asked|added|told\s+[^.]{1,40})|(?:said|asked|added)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})[.,]?\s*$/;

/**
 * A sentence that says who said the one before it: "So said Grushko …", "That is what Grushko said …",
 * "This was stated by …", "That was the view set out on Thursday by …".
 */
const POINTING_ATTRIBUTION =
  /^\s*(?:(?:so|thus)\s+(?:said|says|stated|argued|wrote|believes|thinks)\b|(?:that|this)\s+(?:is|was)\s+(?:what|how)\b[^.?!]{0,120}\b(?:said|says|stated|told|wrote|argued|put\s+it)\b|(?:this|that|it)\s+(?:was|has\s+been|is)\s+(?:stated|said|announced|declared|noted|emphasi[sz]ed|stressed|underlined|pointed\s+out)\b[^.?!]{0,60}?\bby\b|(?:that|this)\s+was\s+the\s+(?:view|position|assessment|message)\b[^.?!]{0,80}?\bby\b)/i;

/** A sentence read on its own for who speaks in it: its words, the actors it names and its speaker. */
function voiceOf(sentence: Sentence, text: string, compiled: CompiledOntology, published: string | null) {
  const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
  const actors = findActors(text, tokens, compiled, published, new Map());
  return { tokens, actors, speaker: findSpeaker(tokens, actors) };
}

export function attributionAfter(
  sentence: Sentence,
  sentences: readonly Sentence[],
  text: string,
  compiled: CompiledOntology,
  published: string | null,
): Speaker | null {
  const next = sentences[sentence.index + 1];
  if (!next) return null;
  const pointing = next.text.length <= 300 && POINTING_ATTRIBUTION.test(next.text);
  const quotedBefore = /[?!][”"]\s*$/.test(sentence.text) && /^\s*[“"]/.test(sentence.text);
  if (!pointing && !(quotedBefore && next.text.length <= 80 && BARE_ATTRIBUTION.test(next.text))) return null;
  const { tokens, actors, speaker } = voiceOf(next, text, compiled, published);
  if (speaker?.kind === 'party' || !pointing) return speaker?.kind === 'party' ? speaker : null;
  // "… was stated by Russian Deputy Foreign Minister Alexander Grushko": the first party named after "by".
  const by = tokens.findIndex((t) => t.lower === 'by');
  const agent = actors.find((a) => a.first > by && a.first <= by + 8 && a.parties.length > 0 && canSpeak(a));
  return by >= 0 && agent
    ? { kind: 'party', parties: agent.parties, matched: agent.text, role: agent.role, document: false }
    : null;
}

const NOT_A_SUBJECT = new Set(NOT_A_SUBJECT_AFTER);
/** "presented to the US and NATO its proposal": a name after a preposition (past "the") is no subject. */
export const afterPreposition = (
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  a: ActorMention,
): boolean => {
  const first = tokens[a.first - 1]?.lower === 'the' ? a.first - 1 : a.first;
  const before = tokens[first - 1]?.lower ?? '';
  if (NOT_A_SUBJECT.has(before)) return true;
  // "to the US and NATO": the second name shares the first one's preposition.
  const partner = before === 'and' || before === 'or' ? actors.find((b) => b.last === first - 2) : undefined;
  return !!partner && afterPreposition(tokens, actors, partner);
};

/** Whether token `i` is inside a party's name (not an adjective of one). */
export const inNamingActor = (actors: readonly ActorMention[], i: number): boolean =>
  actors.some((a) => i >= a.first && i <= a.last && a.kind !== 'adjective');

/**
 * The speaker named where a quotation running through several sentences closes: “We are kept informed.
 * Everyone agrees the demands cannot be accepted. Nothing will be decided over our heads,” Levits said.
 * A sentence inside the quotation (from `sentence`, which names no speaker) is the words of the one named
 * after its closing mark, not of whoever spoke before. Only within the paragraph, a few sentences on,
 * and only where the closing sentence's own speaker is a party.
 */
export function quotationCloserAfter(
  sentence: Sentence,
  sentences: readonly Sentence[],
  text: string,
  compiled: CompiledOntology,
  published: string | null,
): Speaker | null {
  for (let i = sentence.index + 1; i <= sentence.index + 4; i++) {
    const next = sentences[i];
    const before = sentences[i - 1];
    if (!next || !before) return null;
    // (A quotation never runs past its paragraph.)
    if (text.slice(before.end, next.start).includes('\n')) return null;
    // A new quotation opening: the one before closed without a name.
    if (/^\s*[“"]/.test(next.text)) return null;
    // The closing mark, right after a comma or a full stop, with words after it: “…,” Levits said.
    const close = next.text.search(/[,.?!][”"]\s+\S/);
    if (close < 0) {
      // (Closed with no name: “… .” at the end, or a closing mark met.)
      if (/[”"]\s*$/.test(next.text) || /[”]/.test(next.text)) return null;
      continue;
    }
    const { speaker } = voiceOf(next, text, compiled, published);
    return speaker?.kind === 'party' ? speaker : null;
  }
  return null;
}
