/**
 * One document → its citations and unclassified mentions. Walks the sentences in order, carrying
 * what the document has established: the last speaker (for "he said" and quotations running over
 * several sentences), people it introduced with their office, enumerated lists of demands, and the
 * demands it attached to each party (for "these demands" later on). Sentences that name nothing
 * of the demands are only read for speakers and names, which keeps derivation fast.
 */
import {
  addresseeOfDemand,
  DEMAND_NOUN_MODIFIERS,
  NOT_A_SUBJECT_AFTER,
  UNDERTAKING_WORD,
} from './word-lists';
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { Citation, UnclassifiedMention } from '../model/matrix';
import {
  canSpeak,
  findActors,
  officeKey,
  type ActorMention,
  type LearnedNames,
  type LearnedOffices,
} from './actors';
import {
  analyzeSentence,
  citationWeight,
  type SentenceFinding,
  type SentenceMention,
} from './analyze-sentence';
import { statesProposersDemand } from './stated-demands';
import type { Attitude, CompiledOntology } from './compile-ontology';
import { buildCues, findCueMatches, type Cue } from './cues';
import { findDemandMentions, type DefiniteSubjects, type DemandMention } from './demand-mentions';
import { findListReferences, findLists, type DemandList } from './enumerations';
import {
  findReferences,
  POINTER_SENTENCE,
  previousPointerReferences,
  pronounObjectReferences,
  PRONOUN_OBJECT_SENTENCE,
  PENDING,
  type AttachedDemands,
  type PreviousMentions,
} from './references';
import { MAX_TOKEN, overlongRuns, type Segmenter, type Sentence } from './segment';
import { findSpeaker, NUMBERED_GROUP, quoteBalance, SPEECH, type Speaker } from './speaker';
import { SpanMap } from './span-map';
import type { TokenMatch } from './token-trie';
import { inflectionVariants, tokenize, type Token } from './tokens';

export interface DocumentDerivation {
  citations: Citation[];
  mentions: UnclassifiedMention[];
  sentences: number;
  /** Whether any party of the ontology is named anywhere in the document. */
  namesAParty: boolean;
  /** Whether any demand of the ontology is named anywhere in the document. */
  namesADemand: boolean;
  problems: InputProblem[];
}

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
function subjectGroup(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: ActorMention,
): Speaker | null {
  const parties = [...first.parties];
  const names = [first.text];
  let last = first.last;
  for (const a of actors) {
    if (a.first <= last) continue;
    const between = tokens.slice(last + 1, a.first);
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
  }
  if (parties.length < 2) return null;
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

function namedPair(tokens: readonly Token[], actors: readonly ActorMention[]): Speaker | null {
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
  return null;
}

const PAIR_SPEAKER =
  /^(?:the two|both) (?:sides|leaders|countries|presidents|ministers|governments|delegations)$|^the (?:sides|parties|leaders|presidents)$/i;
const MEETING = /^(?:met|meets|meet|spoke|speaks|talked|talks|conferred|negotiated|held|hold|holds)$/;
const MET_WITH = /\b(?:met|meets|spoke|speaks|talked|talks|conferred|negotiated|held)\b[^.]*\bwith\b|\band\b/;

const COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/**
 * "France, Germany and Britain said … . The three also stressed …": the group counted is the last
 * speaking group with that many members, named one by one (two subjects joined by "and", or one party
 * the ontology names by listing its members). No group of that size: no one.
 */
function countedGroup(matched: string, group: Speaker | null, last: Speaker | null): Speaker | null {
  const n = COUNT[matched.toLowerCase().split(' ')[1] ?? ''] ?? 0;
  if (group?.kind === 'party' && group.parties.length === n) return group;
  if (last?.kind !== 'party') return null;
  if (last.parties.length === n) return last;
  const items = last.matched.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((x) => x.trim() !== '');
  return last.parties.length === 1 && items.length === n ? last : null;
}

/** Bodies, not persons, that a pronoun-like speaker may name ("the ministry added"). */
const BODY_ROLE = /\b(?:ministry|government|embassy)$/;
/** "the minister" → "minister": the office word a pronoun-like speaker names. */
const roleNoun = (matched: string): string | null => {
  const m =
    /^(?:the\s+)?(minister|diplomat|spokesman|spokeswoman|spokesperson|senator|secretary|president|envoy|ambassador|chancellor|negotiator|deputy|leader)$/i.exec(
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
const WORD_CHAR =
  /[A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFDC]/;
/** Per UTF-16 code unit: 0 not yet known, 1 not a word character, 2 a word character. */
const wordChars = new Uint8Array(0x10000);
function isWordChar(code: number): boolean {
  let c = wordChars[code] as number;
  if (c === 0) wordChars[code] = c = WORD_CHAR.test(String.fromCharCode(code)) ? 2 : 1;
  return c === 2;
}

/**
 * One cheap pass over a sentence's words: may it name a demand (a word starts like a demand or
 * reference word), and may it introduce someone by office (an office word)?
 */
interface Screening {
  demand: boolean;
  office: boolean;
  speech: boolean;
}

function screen(sentence: string, compiled: CompiledOntology): Screening {
  let demand = false;
  let office = false;
  let speech = false;
  let memo = wordKinds.get(compiled);
  if (!memo) wordKinds.set(compiled, (memo = new SpanMap(200_000)));
  // Runs of word characters, found with a table lookup per character (no regex, no match objects).
  const n = sentence.length;
  for (let i = 0; i < n && !(demand && office);) {
    while (i < n && !isWordChar(sentence.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isWordChar(sentence.charCodeAt(i))) i++;
    if (i - start < 3) continue;
    const kind = wordKind(sentence, start, i, compiled, memo);
    if (kind & TRIGGER) demand = true;
    if (kind & OFFICE) office = true;
    if (kind & SPEAKS) speech = true;
  }
  if (!demand) demand = /\b(?:first|second|third|fourth|fifth)\b/i.test(sentence);
  return { demand, office, speech };
}

const TRIGGER = 1;
const OFFICE = 2;
const SPEAKS = 4;
const wordKinds = new WeakMap<CompiledOntology, SpanMap<number>>();

/**
 * Whether the word text[start, end) (any case, any inflection) belongs to a demand or reference
 * phrase, or to an office; memoised by spelling.
 */
function wordKind(
  text: string,
  start: number,
  end: number,
  compiled: CompiledOntology,
  memo: SpanMap<number>,
): number {
  let kind = memo.getSpan(text, start, end);
  if (kind === undefined) {
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    kind = 0;
    if (compiled.triggers.has(lower) || inflectionVariants(lower).some((v) => compiled.triggers.has(v)))
      kind |= TRIGGER;
    if (compiled.roleWords.has(lower)) kind |= OFFICE;
    if (
      SPEECH.has(lower) ||
      lower === 'according' ||
      lower === 'clear' ||
      lower === 'plain' ||
      lower === 'doubt'
    )
      kind |= SPEAKS;
    memo.set(word, kind);
  }
  return kind;
}

/** The opening of a sentence naming the first item of a list just mentioned. */
const LIST_TOP =
  /^(?:(?:topping|heading|leading) the list|(?:at the )?top of the list|first on the list|high on the list) (?:is|are|was|were)\b/;

/**
 * Where a sentence opens on the items of a list the sentence before presented, as the words to cite:
 * "These include A, B and C", "Among them are …", "Chief among these is …", "Among the conditions it set
 * out was …", "Topping the list is …". Past a source or a short adverbial ("According to Sky News, …",
 * "In particular, …"). Null when it does not.
 */
function listItemsOpening(
  tokens: readonly Token[],
  compiled: CompiledOntology,
): { first: number; last: number } | null {
  const opens = afterOpeningPhrase(tokens);
  if (
    /^(?:these|those|they)$/i.test(tokens[opens]?.text ?? '') &&
    /^(?:include|included|includes|comprise|comprised|comprises)$/.test(tokens[opens + 1]?.lower ?? '')
  )
    return { first: opens, last: opens + 1 };
  const among =
    tokens[opens]?.lower === 'among' ? opens : tokens[opens + 1]?.lower === 'among' ? opens + 1 : -1;
  if (
    among >= 0 &&
    /^(?:them|these|those)$/.test(tokens[among + 1]?.lower ?? '') &&
    /^(?:is|are|was|were)$/.test(tokens[among + 2]?.lower ?? '')
  )
    return { first: among, last: among + 2 };
  // ("Among the conditions it set out was …": the list's noun and a short relative clause, then the verb.)
  if (among >= 0 && tokens[among + 1]?.lower === 'the') {
    let verb = -1;
    for (let k = among + 2; k <= among + 7 && tokens[k]?.word; k++)
      if (/^(?:is|are|was|were)$/.test(tokens[k]?.lower ?? '')) {
        verb = k;
        break;
      }
    if (verb > 0 && compiled.carriers.find(tokens).some((c) => c.first > among && c.last < verb))
      return { first: among, last: verb };
  }
  const top = LIST_TOP.exec(
    tokens
      .slice(opens, opens + 8)
      .map((t) => t.lower)
      .join(' '),
  );
  return top ? { first: opens, last: opens + top[0].split(' ').length - 1 } : null;
}

/** How many sentences before one that names a demand still matter for "he said" and quotations. */
const SPEAKER_LOOKBACK = 4;

const CARRIER_MODIFIERS = new Set([
  ...DEMAND_NOUN_MODIFIERS,
  // "Moscow's recent set of proposals"
  'set',
  'series',
  'list',
  'package',
  'of',
  'most',
  'long-standing',
  'repeated',
  'earlier',
  'two',
  'three',
  'four',
  'five',
  'several',
  'specific',
]);
/** Words that deny or question giving something up: "will not drop", "asked whether Kyiv would drop". */
const OFFER_NOUN = /^(?:proposals?|ideas?|offers?|initiatives?|suggestions?)$/;
const GIVING_UP_DENIED =
  /^(?:not|never|no|denied|denies|deny|refused|refuses|refuse|rejected|rejects|whether|if)$/;
const RELINQUISHING =
  /^(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|shelve|shelves|shelved|shelving|ditch|ditched|scrap|scrapped|renounce|renounced|relinquish|relinquished|forgo|forgoes|forgone|forsake|forsook)$/;
const RECEIVED = /^(?:given|handed|shown|sent|presented|summoned|informed|briefed|told|invited)$/;
const INCLUDING = /^(?:include|includes|included|including|comprise|comprises|comprised|are|were)$/;
const ASKING_NOUNS =
  /^(?:demands?|requests?|calls?|proposals?|ultimatums?|insistence|conditions?|requirements?|initiatives?|drafts?|positions?|stance|principles?|polic(?:y|ies)|priorit(?:y|ies))$/;
const PRESENTING =
  /^(?:sent|send|sends|made|make|makes|put|puts|presented|presents|submitted|submits|issued|issues|tabled|raised|raises|published|publishes|handed|delivered|set|laid|outlined|advanced|formulated|drafted|spelled|spelt|wants|wanted|seeks|sought|demanded|demands|insists|insisted|pushing|pushed|pushes|pressing|pressed|presses|championed|championing|seeking|demanding|wanting|requesting|requested)$/;
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** Words opening a relative or "that" clause whose own subject a possessive pronoun in it points to. */
const CLAUSE_OPENER = /^(?:which|that|who|whom)$/;
const NOT_A_SUBJECT = new Set(NOT_A_SUBJECT_AFTER);
/** "presented to the US and NATO its proposal": a name after a preposition (past "the") is no subject. */
const afterPreposition = (
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

/** Words between a presenting verb and the demand noun ("sent a set of new demands"). */
const PRESENTED_FILLER = new Set([
  'a',
  'an',
  'the',
  'set',
  'list',
  'of',
  'its',
  'their',
  'new',
  'series',
  'package',
  // "a long list of demands", "a sweeping set of demands"
  'long',
  'lengthy',
  'sweeping',
  'detailed',
  // "set out a list of demands", "laid out its demands", "spelled out …"
  'out',
  // "set out what it wants by way of security guarantees"
  'by',
  'way',
]);
/** Words between an owner and its presenting verb ("the demands Russia has already sent"). */
const AUXILIARY_FILLER = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'repeatedly',
  'already',
  'formally',
  'first',
]);

/**
 * "the Kremlin published a set of demands", "Moscow presented draft treaties", "Moscow handed
 * Washington a list of demands": the presenter of the demand noun whose words end at `j`.
 */
function presenterBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  j: number,
): ActorMention | null {
  let pv = j;
  // Past the addressees too: "sent the US and NATO drafts".
  while (
    pv >= 0 &&
    pv >= j - 8 &&
    (PRESENTED_FILLER.has(tokens[pv]?.lower ?? '') ||
      tokens[pv]?.transparent ||
      tokens[pv]?.lower === 'and' ||
      inNamingActor(actors, pv)) &&
    // "set out a list": "set" the verb, not "a set of".
    !(PRESENTING.test(tokens[pv]?.lower ?? '') && tokens[pv + 1]?.lower !== 'of')
  )
    pv--;
  if (
    !PRESENTING.test(tokens[pv]?.lower ?? '') &&
    !(tokens[pv]?.lower === 'forward' && tokens[pv - 1]?.lower === 'put') &&
    // "have proposed a set of ideas" (not "rejected the proposed treaties": no article between)
    !(pv < j && /^(?:proposed|proposes|propose)$/.test(tokens[pv]?.lower ?? ''))
  )
    return null;
  const nearest =
    [...actors]
      .reverse()
      .find((a) => a.last < pv && a.kind !== 'adjective' && !afterPreposition(tokens, actors, a)) ?? null;
  // "Russia denies it intends to invade Ukraine but has issued a list of demands": past a "but"/"and"
  // before the verb, the presenter is the sentence's subject, not the object of the verb before.
  if (nearest) {
    const between = tokens.slice(nearest.last + 1, pv);
    if (
      between.some((t) => t.lower === 'but' || t.lower === 'and') &&
      between.some((t) => /^(?:has|have|had)$/.test(t.lower))
    ) {
      const subject = actors.find((a) => a.kind !== 'adjective' && !afterPreposition(tokens, actors, a));
      if (subject && subject.last < nearest.first) return subject;
    }
  }
  return nearest;
}

/** Whether a name is one of two joined by "and" ("the US and NATO"). */
const coordinated = (tokens: readonly Token[], actors: readonly ActorMention[], a: ActorMention): boolean =>
  (tokens[a.last + 1]?.lower === 'and' &&
    actors.some((b) => b.first === a.last + 2 || b.first === a.last + 3)) ||
  (tokens[a.first - 1]?.lower === 'and' && actors.some((b) => b.last === a.first - 2)) ||
  (tokens[a.first - 1]?.lower === 'the' &&
    tokens[a.first - 2]?.lower === 'and' &&
    actors.some((b) => b.last === a.first - 3));
/** Right before "its demands": a refusal, which no one makes of their own demands. */
const REFUSING_BEFORE =
  /^(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|refuse|refuses|refused|refusing|oppose|opposes|opposed|opposing|ignore|ignores|ignored|ignoring|disagree|disagrees|disagreed)$|^with$/;

interface OwnedCarrier {
  first: number;
  last: number;
  owner: ActorMention;
  /** "a key demand of the Kremlin", "demands Russia sent": also names what stands before it. */
  predicative: boolean;
}

/**
 * Demand nouns owned by a party: "Russia's demands", "the Russian proposal", "its call for" (the
 * clause's subject), "our proposals" (the speaker), "a key demand of the Kremlin", "the demands
 * that Russia sent". Not "Russia demands", where "demands" is the verb.
 */
function ownedCarriers(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  speaker: Speaker | null,
  /** Who owned the demands the document spoke of last ("these demands include …" are theirs). */
  lastOwner: ActorMention | null,
): OwnedCarrier[] {
  const out: OwnedCarrier[] = [];
  for (const c of compiled.carriers.find(tokens)) {
    // "From a Finnish point of view, …": a point of view is no demand.
    if (tokens[c.last + 1]?.lower === 'of' && tokens[c.last + 2]?.lower === 'view') continue;
    // "Moscow's security demands include …": the owner named before the demand noun decides (below).
    let m = c.first - 1;
    while (
      m >= 0 &&
      m >= c.first - 4 &&
      (tokens[m]?.transparent || CARRIER_MODIFIERS.has(tokens[m]?.lower ?? ''))
    )
      m--;
    const namedOwner = actors.some((a) => a.last === m && a.kind !== 'role');
    // "these demands include A, B and C", "the three demands included …": a list of someone's demands.
    // So is "…; these include demands to stop admitting new members": the demands of what "these" are.
    const includedBy =
      INCLUDING.test(tokens[c.first - 1]?.lower ?? '') &&
      /^(?:these|they|those|which)$/.test(tokens[c.first - 2]?.lower ?? '');
    // "Russia … set out a list of demands including …": the one who presented them, not the last owner.
    if (
      !namedOwner &&
      (includedBy || INCLUDING.test(tokens[c.last + 1]?.lower ?? '')) &&
      !presenterBefore(tokens, actors, m)
    ) {
      const earlier = out[out.length - 1]?.owner;
      const proposer =
        speaker?.kind === 'party' && speaker.parties.some((p) => compiled.proposingParties.has(p))
          ? ({
              first: c.first,
              last: c.first,
              parties: speaker.parties,
              kind: 'name',
              role: speaker.role,
              text: speaker.matched,
            } as ActorMention)
          : null;
      const owner = earlier ?? lastOwner ?? proposer;
      if (owner && !actors.some((a) => a.last === c.first - 1 || a.last === c.first - 2)) {
        out.push({ first: c.first, last: includedBy ? c.last : c.last + 1, owner, predicative: false });
        continue;
      }
    }
    let j = c.first - 1;
    while (
      j >= 0 &&
      j >= c.first - 4 &&
      (tokens[j]?.transparent || CARRIER_MODIFIERS.has(tokens[j]?.lower ?? ''))
    )
      j--;
    const possessive = tokens.slice(j + 1, c.first).some((t) => /^['’]s$/i.test(t.text));
    // "Russian President Vladimir Putin's insistence": an office holder's own, but not "the Russian envoy demands".
    const before = actors.find((a) => a.last === j && (a.kind !== 'role' || possessive));
    // "Putin wants Biden's written guarantee on …": a guarantee asked of someone is not theirs to hold.
    // So is one a draft puts in a party's mouth: "the treaties envisage NATO's pledge to …".
    const askedOf =
      !!before &&
      possessive &&
      UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '') &&
      addresseeOfDemand(tokens, before.first);
    if (askedOf) continue;
    // "Russia's push to get Western security guarantees precluding expansion": a guarantee named by
    // the adjective of a side that put no demand forward is one it would give, not one it asks for.
    if (
      before?.kind === 'adjective' &&
      UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '') &&
      !before.parties.some((p) => compiled.proposingParties.has(p))
    )
      continue;
    // "the U.S. insistence that …", "the NATO position": a name used as a modifier (not after a
    // preposition or a verb presenting something to it, and not an undertaking it would give).
    const attributive =
      !!before &&
      before.kind === 'name' &&
      tokens[before.first - 1]?.lower === 'the' &&
      // (Right before the noun, a noun itself: not "accused the United States of planning …".)
      !tokens.slice(before.last + 1, c.first).some((t) => t.lower === 'of') &&
      !/ing$/.test(tokens[c.first]?.lower ?? '') &&
      !/^(?:to|with|for|from|toward|towards|between)$/.test(tokens[before.first - 2]?.lower ?? '') &&
      !PRESENTING.test(tokens[before.first - 2]?.lower ?? '') &&
      !UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '');
    if (before && (before.kind === 'adjective' || possessive || attributive)) {
      out.push({ first: before.first, last: c.last, owner: before, predicative: false });
      continue;
    }
    const word = tokens[j]?.lower ?? '';
    if (POSSESSIVE_PRONOUNS.has(word)) {
      // "Moscow reiterated its call for …", "Russian officials …, with US officials rejecting its main
      // demand": the sentence's first subject before the pronoun.
      const first = actors.find(
        (a) => a.last < j && a.kind !== 'adjective' && !afterPreposition(tokens, actors, a),
      );
      let owner = first;
      // "…, above all where Ukraine is concerned, which Moscow has attached to its push …": in a relative
      // or "that" clause with a subject of its own, the pronoun is that subject's.
      let o = j - 1;
      while (
        o > 0 &&
        !/^[,;:()—–]$/.test(tokens[o]?.text ?? '') &&
        !CLAUSE_OPENER.test(tokens[o]?.lower ?? '')
      )
        o--;
      if (CLAUSE_OPENER.test(tokens[o]?.lower ?? '')) {
        const at = tokens[o + 1]?.lower === 'the' ? o + 2 : o + 1;
        const own = actors.find((a) => a.first === at && a.last < j - 1 && a.kind !== 'adjective');
        if (
          own &&
          /^(?:has|have|had|is|was|were|are|will|would|must|should|can|could|[a-z]+ed|[a-z]+[^s]s)$/.test(
            tokens[own.last + 1]?.lower ?? '',
          )
        )
          owner = own;
      }
      if (first && REFUSING_BEFORE.test(tokens[j - 1]?.lower ?? '')) {
        // "Washington … disagrees with its demands": no one refuses their own demands. "its" is the
        // nearest other party before it (not one joined to the subject: "the US and NATO … reject its
        // demands"), or no one.
        const refuser = [...actors].reverse().find(
          (a) =>
            a.last < j &&
            a.kind !== 'adjective' &&
            // ", with US officials rejecting its …": the subject of an absolute "with" clause.
            (!afterPreposition(tokens, actors, a) ||
              /ing$/.test(
                tokens[a.last + (/ly$/.test(tokens[a.last + 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '',
              )),
        );
        const joined = (a: ActorMention, b: ActorMention): boolean =>
          (tokens[a.last + 1]?.lower === 'and' && b.first > a.last && b.first <= a.last + 3) ||
          (tokens[b.last + 1]?.lower === 'and' && a.first > b.last && a.first <= b.last + 3);
        const refusers = new Set(
          actors.filter((a) => refuser && (a === refuser || joined(a, refuser))).flatMap((a) => a.parties),
        );
        owner = [...actors]
          .reverse()
          .find((a) => a.last < j && a.kind !== 'adjective' && !a.parties.some((p) => refusers.has(p)));
      } else if (first && word === 'its' && coordinated(tokens, actors, first)) {
        // "the US and NATO … said its …": "its" is one party, not two joined by "and".
        owner = [...actors]
          .reverse()
          .find((a) => a.last < j && a.kind !== 'adjective' && !coordinated(tokens, actors, a));
      }
      if (owner) out.push({ first: j, last: c.last, owner, predicative: false });
      continue;
    }
    if ((word === 'our' || word === 'my') && speaker?.kind === 'party') {
      const owner: ActorMention = {
        first: j,
        last: j,
        parties: speaker.parties,
        kind: 'name',
        role: speaker.role,
        text: speaker.matched,
      };
      out.push({ first: j, last: c.last, owner, predicative: false });
      continue;
    }
    const presenter = presenterBefore(tokens, actors, j);
    if (presenter) {
      out.push({ first: c.first, last: c.last, owner: presenter, predicative: false });
      continue;
    }
    // "a key demand of the Kremlin", "demands from Moscow" (not "guarantees from the US": those it would give),
    // "the demands (that) Russia sent" (not "guarantees that NATO will not expand": that is their content).
    const noun = tokens[c.last]?.lower ?? '';
    let k = c.last + 1;
    // (Past a closing quote: 'the so-called "security guarantees" Russia wants'.)
    while (tokens[k]?.transparent) k++;
    const next = tokens[k]?.lower ?? '';
    if (['of', 'by', 'from'].includes(next) && ASKING_NOUNS.test(noun)) {
      const after = actors.find(
        (a) =>
          (a.first === k + 1 || (a.first === k + 2 && tokens[k + 1]?.lower === 'the')) &&
          a.kind !== 'adjective',
      );
      if (after) out.push({ first: c.first, last: after.last, owner: after, predicative: true });
      continue;
    }
    if (next === 'that' || next === 'which') k++;
    const after = actors.find((a) => a.first === k && a.kind !== 'adjective');
    if (!after) continue;
    let v = after.last + 1;
    while (AUXILIARY_FILLER.has(tokens[v]?.lower ?? '')) v++;
    if (PRESENTING.test(tokens[v]?.lower ?? ''))
      out.push({ first: c.first, last: v, owner: after, predicative: true });
  }
  return out;
}

/**
 * "The document also calls for …", "The draft treaty states that …": a document with no owner named
 * in its sentence speaks for the party whose demands the article last presented.
 */
/** What a draft does with its terms: "the document says", "the treaties envisage", "it pledges …". */
const DRAFT_VERB =
  /^(?:says|said|states|stated|calls|called|call|demands|demanded|stipulate|stipulates|stipulated|propose|proposes|proposed|require|requires|required|insists|envisage|envisages|envisaged|include|includes|included|seek|seeks|sought|suggest|suggests|suggested|contain|contains|provide|provides|notes|noted|oblige|obliges|obligate|obligates|pledges|commits|prohibit|prohibits|ban|bans|bar|bars|aim|aims|aimed|outline|outlines|outlined|restrict|restricts|limit|limits|cap|caps|forbid|forbids|rule|rules|commit|covers|cover|foresees|foresee|lists|list)$/;

function unownedDocumentSpeaking(
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
  const pronoun =
    /^(?:it|they)$/.test(tokens[k]?.lower ?? '') ||
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
    if (!/^(?:the|this|that|its|these|those|both|another|each)$/.test(tokens[k]?.lower ?? '')) return null;
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

const PRESENTS_DEMANDS = /\b(?:demands|proposals|requirements|conditions|guarantees)\b/i;
/**
 * A proposer named as the one who wants what follows: "Moscow wants allied troops gone from …", "the
 * Kremlin is seeking …" — the demand its object, with no clause break, question or other aim between
 * ("Moscow wants talks, and …", "wants to know why …" want something else).
 */
const WANTS_AFTER_NAME =
  /^\s*(?:(?:also|still|now|reportedly|openly|further|has|had|is|was|again)\s+){0,2}(?:wants|wanted|seeks|sought|seeking|insists|insisted|insisting|demands|demanded|demanding|asks|asked|asking|calls|called|calling|presses|pressed|pressing|pushes|pushed|pushing)\b/i;
const OTHER_AIM_BETWEEN =
  /[,;:()]|\b(?:and|but|or|why|whether|how|if|what|talks?|dialogue|to (?:know|see|hear|learn|understand|talk|discuss))\b/i;
function proposerWants(text: string, name: string, demandMatch: string): boolean {
  const at = name ? text.indexOf(name) : -1;
  if (at < 0) return false;
  const rest = text.slice(at + name.length);
  const verb = WANTS_AFTER_NAME.exec(rest);
  const head = demandMatch.split(' + ')[0]?.split(' ')[0] ?? '';
  const to = head ? rest.indexOf(head, verb ? verb[0].length : 0) : -1;
  return !!verb && to >= 0 && !OTHER_AIM_BETWEEN.test(rest.slice(verb[0].length, to));
}
const DRAFTS_PUT_OUT = /^(?:drafts?|treat(?:y|ies)|proposals|initiatives?|package)$/;
const DRAFTS_PUT_OUT_WORD = /\b(?:drafts?|treat(?:y|ies)|proposals|initiatives?|package)\b/i;
const DRAFTS_NAMED_AGAIN = /^(?:texts?|drafts?|documents?|treat(?:y|ies)|proposals|agreements)$/;
const ANSWER_NOUN = /^(?:reply|replies|response|responses|answer|answers|letter|letters)$/;

/** A line that is an item of a list: a bullet, a dash or a number first. */
const BULLET_LINE = /^\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)]|\(?[a-h]\))\s/;
/** What a list of a party's demands is called when a sentence opens one. */
const LIST_NOUN =
  /\b(?:proposals?|demands?|requirements?|conditions?|points?|provisions?|drafts?|treat(?:y|ies)|agreements?|guarantees?|terms|elements?|list)\b/i;

const DOCUMENT_NOUN =
  /^(?:document|documents|draft|drafts|treaty|treaties|proposal|proposals|agreement|agreements|plan|terms|text|texts|papers|reply|response|letter)$/;
/** A document a sender's name may follow with "from": "the replies from Washington". */
const SENT_NOUN =
  /^(?:replies|reply|responses|response|letters|letter|answers|answer|drafts|draft|proposals)$/;

/**
 * "Under the (sweeping) proposals[, which …], …": where the opening phrase naming a document ends (its
 * comma), or 0. Not "Under pressure, …", nor a document with an owner of its own named before it.
 */
function underTheDocument(tokens: readonly Token[], k: number, draftBefore = false): number {
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

function leadingTransparent(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  return k;
}

/** The actors of a sentence's tail from token `from`, numbered within that tail. */
function shiftActors(actors: readonly ActorMention[], from: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const a of actors) if (a.first >= from) out.push({ ...a, first: a.first - from, last: a.last - from });
  return out;
}

const UNOWNED_DEMAND_NOUN =
  /^(?:demand|demands|proposal|proposals|guarantee|guarantees|request|requests|ultimatum|insistence|draft|drafts|treaty|treaties|requirement|requirements)$/;
const NOUN_DETERMINER = new Set(['the', 'these', 'those', 'such', 'a', 'an', 'its']);

/**
 * "The separate replies from Washington and the alliance offered …": the sender of a document opening
 * the sentence, which a "They …" or "It …" in the next sentence continues.
 */
function documentSender(
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
function afterOpeningPhrase(tokens: readonly Token[]): number {
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
/** Words between a demand noun and the demand it asks for: "the demand for NATO to stop", "guarantees that NATO will never". */
const COMPLEMENT_OPENER = new Set(['for', 'that', 'to', 'which', 'would', 'on', 'of', 'against']);

/**
 * "The demand for NATO to stop expanding came after …", "the security guarantees would bar Ukraine
 * from joining": a demand noun with no owner named, stating a demand in the demand's own words, is
 * the demand's one proposer's when the document has named that proposer.
 */
function proposersOfUnownedNouns(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  owned: readonly OwnedCarrier[],
  mentions: readonly DemandMention[],
  cues: readonly Cue[],
  namedParties: ReadonlySet<string>,
): Cue[] {
  const out: Cue[] = [];
  for (const c of compiled.carriers.find(tokens)) {
    if (!UNOWNED_DEMAND_NOUN.test(tokens[c.last]?.lower ?? '')) continue;
    if (owned.some((o) => o.first <= c.last && c.first <= o.last)) continue;
    if (cues.some((x) => x.first <= c.last && c.first <= x.last)) continue;
    // A noun, not the verb ("Moscow demands that …"): a determiner before it, past its modifiers.
    let j = c.first - 1;
    while (j >= 0 && (CARRIER_MODIFIERS.has(tokens[j]?.lower ?? '') || tokens[j]?.transparent)) j--;
    if (!NOUN_DETERMINER.has(tokens[j]?.lower ?? '')) continue;
    if (/^(?:no|not|never|without)$/.test(tokens[j - 1]?.lower ?? '')) continue;
    // Its complement states the demand right after it; "(Chief) among the requirements is that …"
    // states it after the verb.
    const among =
      tokens[j - 1]?.lower === 'among' && /^(?:is|are|was|were)$/.test(tokens[c.last + 1]?.lower ?? '');
    const opener = tokens[c.last + (among ? 2 : 1)]?.lower ?? '';
    if (!COMPLEMENT_OPENER.has(opener) && !among) continue;
    const reach = c.last + (among ? 8 : 6);
    const m = mentions.find(
      (x) => x.first > c.last && x.first <= reach && x.direction === 1 && x.kind !== 'reference',
    );
    if (!m) continue;
    const proposers = compiled.proposers.get(m.demand);
    if (!proposers || proposers.size !== 1) continue;
    const party = [...proposers][0] as string;
    if (!namedParties.has(party)) continue;
    // The words that tie the position to the party are the demand noun's own (its owner is not written).
    const words = tokens
      .slice(j + 1, c.last + 1)
      .map((t) => t.text)
      .join(' ');
    out.push({
      first: c.first,
      last: c.last,
      attitude: 'supports',
      text: tokens
        .slice(c.first, c.last + 1)
        .map((t) => t.text)
        .join(' '),
      negated: false,
      negation: null,
      owner: { parties: [party], text: words, role: null, predicative: false, proposer: true },
    });
  }
  return out;
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
function namedProposer(compiled: CompiledOntology, named: ReadonlySet<string>): ActorMention | null {
  const p = soleProposer(compiled);
  return p && named.has(p.parties[0] as string) ? p : null;
}

const FIRST_PERSON_WORDS = new Set(['we', 'our', 'us', 'i', 'my']);
/** An outlet that is a party's own channel: "Kremlin transcript", "Russian Foreign Ministry statement", "NATO (nato.int)". */
const OFFICIAL_OUTLET =
  /\b(?:statement|transcript|official|press release|readout|website of|department of state|ministry of|foreign ministry|government of|office of the president|nato\.int|kremlin\.ru|mid\.ru|state\.gov|gov\.uk|fmprc)\b/i;

/**
 * The party whose own channel published the document, when its outlet says so: first-person
 * sentences no one else is said to speak are that party's. (A blog named after the Kremlin, or a
 * news agency, is no party's channel.)
 */
function officialPublisher(doc: SourceDocument, compiled: CompiledOntology): Speaker | null {
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
 * Who a transcript's label says speaks from here on: the official it names (the name read in its
 * usual capitals), nobody for a question or a host, undefined when the sentence opens no label.
 */
function transcriptLabel(
  sentenceText: string,
  compiled: CompiledOntology,
  published: string | null,
): Speaker | null | undefined {
  const m = TRANSCRIPT_LABEL.exec(sentenceText);
  if (!m) return undefined;
  const label = m[1] as string;
  // A label is capitals only ("MR PRICE"), not a headline's first words ("NATO: …" stays a headline).
  if (!/[A-Z]{2}/.test(label) || /[a-z]/.test(label)) return undefined;
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

function attributionAfter(
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
  const tokens = tokenize(text, next.start, next.end, compiled.surfaceKeyCache);
  const actors = findActors(text, tokens, compiled, published, new Map());
  const speaker = findSpeaker(tokens, actors);
  if (speaker?.kind === 'party' || !pointing) return speaker?.kind === 'party' ? speaker : null;
  // "… was stated by Russian Deputy Foreign Minister Alexander Grushko": the first party named after "by".
  const by = tokens.findIndex((t) => t.lower === 'by');
  const agent = actors.find((a) => a.first > by && a.first <= by + 8 && a.parties.length > 0 && canSpeak(a));
  return by >= 0 && agent
    ? { kind: 'party', parties: agent.parties, matched: agent.text, role: agent.role, document: false }
    : null;
}

/** Where the document first states a demand in its own words (see statedDemandsOwnedByProposer). */
interface StatedDemand {
  sentence: Sentence;
  mention: DemandMention;
  words: string;
}

/**
 * What reading a document carries from one sentence to the next: the document and its ontology, what
 * it has established so far (names, offices, demands attached to parties, speakers, subjects, lists),
 * and where the results go.
 */
interface DocumentReading {
  readonly doc: SourceDocument;
  readonly text: string;
  readonly compiled: CompiledOntology;
  readonly sentences: readonly Sentence[];
  readonly screened: readonly Screening[];
  /** For each sentence, the index of the first one from it on that may name a demand (-1: none). */
  readonly nextCandidateAfter: readonly number[];
  readonly lists: readonly DemandList[];
  readonly publisher: Speaker | null;
  /** Whether the document is a statement published by a party that put demands forward. */
  readonly publisherProposes: boolean;
  readonly learned: LearnedNames;
  readonly offices: LearnedOffices;
  readonly recorded: Recorded;
  /** Every party the document has named so far. */
  readonly namedParties: Set<string>;
  readonly stated: Map<string, StatedDemand>;
  readonly documentAnchors: Set<string>;
  readonly definite: DefiniteSubjects;
  namesAParty: boolean;
  namesADemand: boolean;
  lastSpeaker: Speaker | null;
  lastSpeakerAge: number;
  /** The latest speakers that were parties, newest first (for "the minister added"). */
  history: Speaker[];
  lastOwner: ActorMention | null;
  /** Whether the sentence before named a party's demands (for "These include …" opening this one). */
  ownerJustNamed: boolean;
  lastSubject: ActorMention | null;
  /** The proposers whose list of items the lines now being read belong to. */
  listOf: string[];
  /** Two or more parties opening the sentence before ("Putin and his Chinese counterpart Xi …"): who "They" is. */
  lastGroup: Speaker | null;
  /** Two parties named together lately, and how many sentences ago: who "the two sides" are. */
  recentPair: Speaker | null;
  recentPairAge: number;
  /** The official a transcript's last speaker label names ("MR PRICE:"), until the next label. */
  labelled: Speaker | null;
  /** Whether the sentence before had a proposer put out drafts (which may speak on in this one). */
  draftBefore: boolean;
  openQuote: boolean;
  /** The demands the sentence before named ("… a ban on further expansion. The U.S. ruled that out"). */
  previousMentions: PreviousMentions[];
  askedEarlier: PreviousMentions[];
  askedAge: number;
  namedInLast: boolean;
}

export function deriveDocument(
  doc: SourceDocument,
  compiled: CompiledOntology,
  segmenter: Segmenter,
): DocumentDerivation {
  const text = doc.text;
  const sentences = segmenter.split(text);
  const problems: InputProblem[] = overlongProblems(doc);
  const reading = startReading(doc, compiled, sentences);
  for (const sentence of sentences) readSentence(reading, sentence);
  const { recorded } = reading;
  for (const [what, perCell] of [
    ['citations', recorded.citedPerCell],
    ['unclassified mentions', recorded.mentionedPerCell],
  ] as const) {
    for (const [cell, count] of perCell) {
      if (count <= MAX_PER_CELL) continue;
      const [party, demand] = cell.split('|') as [string, string];
      const partyName = compiled.parties.find((x) => x.id === party)?.name ?? party;
      const demandTitle = compiled.demands.find((x) => x.id === demand)?.title ?? demand;
      problems.push({
        source: doc.path,
        message: `${doc.path}: ${(count - MAX_PER_CELL).toLocaleString('en')} more ${what} of ${partyName} × ${demandTitle} were left out: one document gives a cell at most ${MAX_PER_CELL} (the first ones are kept).`,
        severity: 'warning',
      });
    }
  }
  settlePending(recorded.citations, recorded.pending, recorded.attached);
  statedDemandsOwnedByProposer(doc, compiled, reading.stated, reading.namedParties, recorded);
  return {
    citations: recorded.citations,
    mentions: recorded.mentions,
    sentences: sentences.length,
    namesAParty: reading.namesAParty,
    namesADemand: reading.namesADemand,
    problems,
  };
}

function overlongProblems(doc: SourceDocument): InputProblem[] {
  const overlong = overlongRuns(doc.text);
  if (overlong.length === 0) return [];
  const chars = overlong.reduce((n, r) => n + r.end - r.start, 0);
  return [
    {
      source: doc.path,
      message: `${doc.path}: ${overlong.length === 1 ? 'a run' : `${overlong.length} runs`} of more than ${MAX_TOKEN} characters without a space (${chars.toLocaleString('en')} characters, first at offset ${overlong[0]!.start}) ${overlong.length === 1 ? 'was' : 'were'} left out: ${overlong.length === 1 ? 'it is' : 'they are'} not prose (encoded data?).`,
      severity: 'warning',
    },
  ];
}

function startReading(
  doc: SourceDocument,
  compiled: CompiledOntology,
  sentences: readonly Sentence[],
): DocumentReading {
  const text = doc.text;
  const demandsIn = (start: number, end: number) => {
    const tokens = tokenize(text, start, end, compiled.keyCache);
    const actors = findActors(text, tokens, compiled, doc.published, new Map());
    // An item of a list of demands is a demand, whichever words name it; only an opposite phrase says otherwise.
    return findDemandMentions(text, tokens, compiled, actors, []).map((m) => ({
      demand: m.demand,
      counter: m.kind === 'phrase' && m.direction === -1,
      phrase: m.match,
    }));
  };
  // (Arrays filled by push: an array made by map is of another kind when empty or short, and each
  // new kind cost the reading its optimised code.)
  const screened: Screening[] = [];
  for (const s of sentences) screened.push(screen(s.text, compiled));
  let nextCandidate = -1;
  const nextCandidateAfter: number[] = new Array<number>(sentences.length);
  for (let i = sentences.length - 1; i >= 0; i--) {
    if ((screened[i] as Screening).demand) nextCandidate = i;
    nextCandidateAfter[i] = nextCandidate;
  }
  const publisher = officialPublisher(doc, compiled);
  return {
    doc,
    text,
    compiled,
    sentences,
    screened,
    nextCandidateAfter,
    lists: findLists(text, demandsIn),
    publisher,
    publisherProposes:
      publisher?.kind === 'party' && publisher.parties.some((p) => compiled.proposingParties.has(p)),
    learned: new Map(),
    offices: new Map(),
    recorded: {
      citations: [],
      mentions: [],
      attached: new Map(),
      citedPerCell: new Map(),
      mentionedPerCell: new Map(),
      pending: [],
    },
    namedParties: new Set(),
    stated: new Map(),
    documentAnchors: new Set(),
    definite: { seen: new Map(), sentence: 0 },
    namesAParty: false,
    namesADemand: false,
    lastSpeaker: null,
    lastSpeakerAge: 0,
    history: [],
    lastOwner: null,
    ownerJustNamed: false,
    lastSubject: null,
    listOf: [],
    lastGroup: null,
    recentPair: null,
    recentPairAge: 0,
    labelled: null,
    draftBefore: false,
    openQuote: false,
    previousMentions: [],
    askedEarlier: [],
    askedAge: 0,
    namedInLast: false,
  };
}

/** What the sentences just before named that a pointer or pronoun in this one may stand for. */
interface Antecedents {
  /** The demands the sentence right before named. */
  before: PreviousMentions[];
  /** What the sentence before asked, or the one before that past a sentence naming no demand. */
  askedBefore: PreviousMentions[];
}

function takeAntecedents(r: DocumentReading): Antecedents {
  const before = r.previousMentions;
  r.previousMentions = [];
  // "Putin wants A and B. That would overturn decades of policy. Washington signalled part of that list
  // is dead": past one sentence naming no demand, a pointer still reaches what the one before asked.
  if (before.length > 0) r.askedEarlier = before;
  else if (r.namedInLast) r.askedEarlier = [];
  const askedBefore = before.length > 0 ? before : r.askedAge === 0 ? r.askedEarlier : [];
  r.askedAge = before.length > 0 ? 0 : r.askedAge + 1;
  r.namedInLast = false;
  return { before, askedBefore };
}

function readSentence(r: DocumentReading, sentence: Sentence): void {
  const { text, compiled, doc } = r;
  const antecedents = takeAntecedents(r);
  // "The Russian proposals cover the following points:" opens a list of its proposer's items, which runs
  // while lines open with a bullet or a number.
  if (/:\s*$/.test(sentence.text) && LIST_NOUN.test(sentence.text)) {
    const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
    r.listOf = findActors(text, tokens, compiled, doc.published, r.learned, r.offices).flatMap((a) =>
      a.parties.filter((p) => compiled.proposingParties.has(p)),
    );
  } else if (!BULLET_LINE.test(sentence.text)) r.listOf = [];
  const label = /^\s*[A-Z]/.test(sentence.text)
    ? transcriptLabel(sentence.text, compiled, doc.published)
    : undefined;
  if (label !== undefined) r.labelled = label;
  const screening = r.screened[sentence.index] as Screening;
  const candidate =
    screening.demand ||
    (antecedents.before.length > 0 && PRONOUN_OBJECT_SENTENCE.test(sentence.text)) ||
    (antecedents.askedBefore.some((b) => b.askedBy) && POINTER_SENTENCE.test(sentence.text));
  const ownerInSentenceBefore = r.ownerJustNamed;
  r.ownerJustNamed = false;
  // A sentence far from any that names a demand, introducing no one by office, can only matter as the
  // document's first mention of a party (for the problem list): skip it once a party has been named.
  const upcoming = r.nextCandidateAfter[sentence.index] ?? -1;
  const needed =
    candidate ||
    // A speech verb shortly before a sentence that names a demand: "he said" there may need it.
    (screening.speech && upcoming >= 0 && upcoming - sentence.index <= SPEAKER_LOOKBACK) ||
    screening.office ||
    // "Stoltenberg spoke in Brussels. “We stand for …,” he said.": who the quotation right after is by.
    (upcoming === sentence.index + 1 && /^\s*[“"]/.test(r.sentences[upcoming]?.text ?? '')) ||
    // "Moscow made its drafts public. Under the first text, …": the drafts the next sentence goes on with.
    (upcoming === sentence.index + 1 && DRAFTS_PUT_OUT_WORD.test(sentence.text)) ||
    !r.namesAParty;
  if (!needed) {
    passOver(r, sentence, upcoming);
    return;
  }
  const tokens = tokenize(
    text,
    sentence.start,
    sentence.end,
    candidate ? compiled.keyCache : compiled.surfaceKeyCache,
  );
  const actors = findActors(text, tokens, compiled, doc.published, r.learned, r.offices);
  if (actors.some((a) => a.kind !== 'adjective')) r.namesAParty = true;
  for (const a of actors) for (const p of a.parties) r.namedParties.add(p);
  const voice = whoSpeaks(r, sentence, tokens, actors);
  for (const a of compiled.anchors.findAll(tokens)) for (const d of a.values) r.documentAnchors.add(d);
  if (candidate) readDemands(r, sentence, tokens, actors, voice, antecedents, ownerInSentenceBefore);
  noteSubjectAndSpeaker(r, tokens, actors, voice);
  r.openQuote = quoteOpenAfter(r.openQuote, sentence, text);
}

/** A sentence that matters to no demand: only who met whom, and whether a quotation runs on. */
function passOver(r: DocumentReading, sentence: Sentence, upcoming: number): void {
  r.lastSpeakerAge++;
  r.recentPairAge++;
  // "Macron spoke with Scholz." right before a sentence on a demand: who "the two leaders" are.
  if (upcoming >= 0 && upcoming - sentence.index <= 3 && MET_WITH.test(sentence.text)) {
    const { text, compiled } = r;
    const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
    const pair = namedPair(tokens, findActors(text, tokens, compiled, r.doc.published, r.learned, r.offices));
    if (pair) {
      r.recentPair = pair;
      r.recentPairAge = 0;
    }
  }
  r.openQuote = quoteOpenAfter(r.openQuote, sentence, r.text);
}

/** Who speaks in a sentence, and who spoke before it (for "he said", a quotation running on, "the minister added"). */
interface Voice {
  speaker: Speaker | null;
  previousSpeaker: Speaker | null;
  /** The party whose draft speaks in the sentence, if one does. */
  draft: Speaker | null;
}

function whoSpeaks(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Voice {
  const { text, compiled } = r;
  // A draft with no owner named speaks for whoever presented the demands (or their one proposer);
  // so does "the draft agreement with NATO also says …", read above as no one's.
  // "“How would the Americans react if …?” Putin said.": a quotation ending in "?" or "!" is cut
  // from its attribution; the short sentence after it names who spoke.
  // ("Under the proposals, which Moscow calls essential, …": the aside's subject is not the speaker.)
  const opening = underTheDocument(tokens, leadingTransparent(tokens), r.draftBefore);
  const found =
    (opening > 0
      ? findSpeaker(tokens.slice(opening), shiftActors(actors, opening))
      : findSpeaker(tokens, actors)) ??
    attributionAfter(sentence, r.sentences, text, compiled, r.doc.published);
  const draft: Speaker | null =
    !found || found.kind === 'other'
      ? unownedDocumentSpeaking(tokens, r.lastOwner, namedProposer(compiled, r.namedParties), r.draftBefore)
      : null;
  const speaker = pairSpeaking(r, tokens, found) ?? draft ?? found;
  // "Russia published two draft treaties. Among other things, they propose …": the drafts a proposer
  // was just said to put out speak on in the next sentence (not a reply or a letter, whoever's).
  r.draftBefore =
    !!draft ||
    // ("The texts have already been passed to Washington." keeps them the topic.)
    (r.draftBefore &&
      /^(?:the|these|both)$/.test(tokens[0]?.lower ?? '') &&
      DRAFTS_NAMED_AGAIN.test(tokens[1]?.lower ?? '')) ||
    (tokens.some((t) => DRAFTS_PUT_OUT.test(t.lower)) &&
      !tokens.some((t) => ANSWER_NOUN.test(t.lower)) &&
      actors.some((a) => a.kind !== 'adjective' && a.parties.some((p) => compiled.proposingParties.has(p))));
  return { speaker, previousSpeaker: previousSpeakerFor(r, sentence, tokens, speaker), draft };
}

/** "The two leaders said …": the two parties named together lately. */
function pairSpeaking(r: DocumentReading, tokens: readonly Token[], found: Speaker | null): Speaker | null {
  if (r.recentPairAge > 3 || !r.recentPair) return null;
  if (found) return found.kind !== 'party' && PAIR_SPEAKER.test(found.matched) ? r.recentPair : null;
  const pairWords = tokens.findIndex(
    (t, k) => k <= 3 && /^(?:said|say|says|stressed|noted|agreed|added|warned)$/.test(t.lower),
  );
  return pairWords > 0 &&
    PAIR_SPEAKER.test(r.text.slice((tokens[0] as Token).start, (tokens[pairWords - 1] as Token).end))
    ? r.recentPair
    : null;
}

/** Whom a pronoun speaker, or a sentence with no speaker inside a quotation or a party's own statement, stands for. */
function previousSpeakerFor(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  speaker: Speaker | null,
): Speaker | null {
  const { lastSpeaker, lastSpeakerAge, history } = r;
  const continuesQuote = r.openQuote || /^[“"]/.test(sentence.text);
  // "the minister added": the latest speaker holding a ministry, not simply the latest speaker.
  const byRole = speaker?.kind === 'pronoun' ? roleNoun(speaker.matched) : null;
  const roleMatch = byRole
    ? history.find((h) => h.kind === 'party' && h.role?.toLowerCase().includes(byRole))
    : undefined;
  // "The prime minister said …" where the document named two prime ministers, or none: no one in
  // particular (an office named once with its party is resolved among the actors).
  const office = speaker?.kind === 'pronoun' ? speaker.matched.replace(/^the\s+/i, '') : '';
  const officeShared = office.includes(' ') && !Array.isArray(r.offices.get(officeKey(office)));
  // "They said …" after "Putin and Xi met …": both of them.
  // ("The three said …" is a group of three or no one: not simply the last speaker.)
  const counted = speaker?.kind === 'pronoun' && NUMBERED_GROUP.test(speaker.matched.toLowerCase());
  const plural =
    speaker?.kind === 'pronoun' && /^they$/i.test(speaker.matched)
      ? r.lastGroup
      : counted
        ? countedGroup(speaker.matched, r.lastGroup, lastSpeakerAge <= 3 ? lastSpeaker : null)
        : null;
  // "These documents say … . He recalled that …": "he" or "she" is a person, not the document that
  // spoke last: the last person who did.
  const personal = speaker?.kind === 'pronoun' && /^(?:he|she|him|her)$/i.test(speaker.matched);
  const documentSpoke =
    (lastSpeaker?.kind === 'party' && lastSpeaker.document) ||
    (lastSpeaker?.kind === 'other' && DOCUMENT_NOUN.test(lastSpeaker.matched.toLowerCase()));
  const lastPerson =
    personal && documentSpoke
      ? (history.find((h) => h.kind === 'party' && !h.document) ?? null)
      : lastSpeaker;
  const firstPerson = () => tokens.some((t) => FIRST_PERSON_WORDS.has(t.lower));
  return (
    plural ??
    roleMatch ??
    (lastSpeakerAge <= 3 &&
    !officeShared &&
    // ("The ministry added …" after no ministry spoke: no one, not the last person quoted.)
    !(byRole && BODY_ROLE.test(byRole)) &&
    !counted &&
    (speaker?.kind === 'pronoun' || (speaker === null && continuesQuote))
      ? lastPerson
      : null) ??
    // "We state that the American side did not …" in a ministry's own statement: the publisher.
    // So is a proposer's own statement listing its demands ("This is with regard to the renunciation of …").
    (speaker === null && r.publisher && (r.publisherProposes || firstPerson()) ? r.publisher : null) ??
    // "MR PRICE: … We will not allow …": the official the transcript's label names.
    (speaker === null && r.labelled && firstPerson() ? r.labelled : null)
  );
}

/** The demands a sentence names: in its own words, as items of a list, by a reference or a pronoun. */
interface SentenceMentions {
  cueMatches: ReturnType<typeof findCueMatches>;
  explicit: DemandMention[];
  listMentions: DemandMention[];
  references: DemandMention[];
  pointedBack: DemandMention[];
  /** All of them, in the order of the sentence. */
  all: DemandMention[];
}

function mentionsIn(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  { before, askedBefore }: Antecedents,
): SentenceMentions {
  const { text, compiled } = r;
  const cueMatches = findCueMatches(tokens, compiled, actors);
  r.definite.sentence = sentence.index;
  const explicit = findDemandMentions(
    text,
    tokens,
    compiled,
    actors,
    cueMatches,
    r.documentAnchors,
    r.definite,
  );
  const list = lastListBefore(r.lists, sentence.end);
  const listMentions = list ? listMentionsIn(text, sentence, tokens, list, explicit) : [];
  const references = findReferences(
    text,
    tokens,
    compiled,
    actors,
    [...explicit, ...listMentions],
    r.recorded.attached,
  );
  applyRestrictions(text, tokens, compiled, cueMatches, [...listMentions, ...references]);
  // "Putin asked for a pledge NATO would not move east. Helsinki saw no possibility of such an
  // arrangement": a pointer no owner resolved, to what the sentence before asked. (Never restricted:
  // "no such guarantee" denies the guarantee's giving, not the demand.)
  references.push(
    ...previousPointerReferences(
      tokens,
      compiled,
      [...explicit, ...listMentions, ...references],
      askedBefore,
    ),
  );
  // (Only where no demand was named before the pronoun: "it" may point at that one.)
  const pointedBack = pronounObjectReferences(tokens, compiled, before).filter(
    (p) => ![...explicit, ...listMentions, ...references].some((m) => m.first <= p.first),
  );
  const all = [...explicit, ...listMentions, ...references, ...pointedBack].sort((a, b) => a.first - b.first);
  return { cueMatches, explicit, listMentions, references, pointedBack, all };
}

function readDemands(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  { speaker, previousSpeaker, draft }: Voice,
  antecedents: Antecedents,
  ownerInSentenceBefore: boolean,
): void {
  const { text, compiled, doc } = r;
  const named = mentionsIn(r, sentence, tokens, actors, antecedents);
  const { all } = named;
  r.namedInLast = all.length > 0;
  const pointable = passOnToNext(r, tokens, named);
  if (named.explicit.length + named.listMentions.length > 0) r.namesADemand = true;

  const cues = sentenceCues(text, tokens, compiled, named.cueMatches, actors, all);
  // Demand nouns owned by a party ("Russia's demands") act as that party's support for what they name.
  const owned = ownedCarriers(tokens, compiled, actors, speaker, r.lastOwner);
  // "Russia sent the US a list of demands. These include A, B and C.": the list is the owner's.
  const listItems = ownerInSentenceBefore && r.lastOwner ? listItemsOpening(tokens, compiled) : null;
  if (listItems && r.lastOwner) owned.unshift({ ...listItems, owner: r.lastOwner, predicative: false });
  const latest = owned.filter((p) => !p.predicative || p.owner).pop();
  if (latest) r.lastOwner = latest.owner;
  r.ownerJustNamed = !!latest;
  for (const c of ownedCarrierCues(text, tokens, compiled, owned, all)) cues.push(c);
  for (const c of proposersOfUnownedNouns(tokens, compiled, owned, all, cues, r.namedParties)) cues.push(c);
  cues.sort((a, b) => a.first - b.first);
  const { findings: read, mentions: found } = analyzeSentence({
    text,
    tokens,
    compiled,
    published: doc.published,
    actors,
    mentions: all,
    cues,
    speaker,
    previousSpeaker,
    recentSpeaker: r.lastSpeakerAge <= 3 && r.lastSpeaker?.kind === 'party' ? r.lastSpeaker : null,
    recentSubject: r.lastSubject,
    itemOf: r.listOf.length && BULLET_LINE.test(sentence.text) ? r.listOf : null,
    namedParties: r.namedParties,
    recentPair: r.recentPairAge <= 3 ? r.recentPair : null,
    demandingParties: new Set(r.recorded.attached.keys()),
  });
  // "Some of these the alliance turned down": which of them, the sentence does not say.
  const findings = read.map((f) =>
    f.mention.partial && f.stance !== 'unclear' ? { ...f, stance: 'unclear' as const } : f,
  );
  // What a party's draft would have others do is the draft's content, not their position: "Under it,
  // the United States would commit to …" says nothing of Washington's view.
  const kept =
    speaker === draft && draft?.kind === 'party'
      ? findings.filter((f) => draft.parties.includes(f.party) || f.judgesOwnedDemand)
      : findings;
  // (A party's demand noun not yet resolved says nothing unclassified: it may name none of the cell's.)
  const settled = all.some((m) => m.resolvedFrom === PENDING)
    ? found.filter((u) => !all.some((m) => m.resolvedFrom === PENDING && m.match === u.demandMatch))
    : found;
  record(doc, sentence, kept, settled, r.recorded);
  for (const m of all)
    if (
      !r.stated.has(m.demand) &&
      statesProposersDemand(m, sentence, text, tokens, actors, compiled, speaker) &&
      // (Not where another party offers talks on it: "NATO offered limits on missiles" is the offer.)
      !kept.some((f) => f.mention === m && f.stance === 'open')
    )
      r.stated.set(m.demand, {
        sentence,
        mention: m,
        words: text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
      });
  noteWhoAsked(r, pointable, kept);
}

/**
 * "Grushko restated those demands. NATO's envoys turned them down. Sherman called them …": the demands
 * the sentence names, for a pointer or pronoun in the next; a sentence naming them only by a resolved
 * pointer or pronoun passes those on. Returns the mentions passed on, in the order of `previousMentions`.
 */
function passOnToNext(
  r: DocumentReading,
  tokens: readonly Token[],
  named: SentenceMentions,
): DemandMention[] {
  const direct = named.explicit.filter((m) => m.direction !== 0 && m.kind !== 'reference');
  const pointable =
    direct.length > 0
      ? direct
      : [...named.references, ...named.pointedBack].filter(
          (m) => m.kind === 'reference' && !!m.resolvedFrom && m.resolvedFrom.start >= 0 && !m.partial,
        );
  for (const m of pointable)
    r.previousMentions.push({
      demand: m.demand,
      direction: m.direction as 1 | -1,
      from:
        m.kind === 'reference' && m.resolvedFrom
          ? m.resolvedFrom
          : { start: (tokens[m.first] as Token).start, end: (tokens[m.last] as Token).end },
    });
  return pointable;
}

/**
 * What a pronoun in the next sentence points at is what this one said a party stands for: "Moscow's
 * list would bar troops from any country that entered the alliance after 1997" asks a pullback; the
 * countries' joining is scenery. Who asked for each: its proposer read supporting it here, no other side
 * speaking of it; a reference passes on the proposer it resolved to. What a proposer asked is the demand
 * itself, whichever way the words ran ("drafts that would forbid stationing forces" asks the pullback).
 */
function noteWhoAsked(
  r: DocumentReading,
  pointable: readonly DemandMention[],
  kept: readonly SentenceFinding[],
): void {
  pointable.forEach((m, k) => {
    const p = r.previousMentions[k] as PreviousMentions;
    const proposers = r.compiled.proposers.get(m.demand);
    const on = kept.filter((f) => f.mention === m);
    const asked =
      m.kind === 'reference'
        ? m.owner && proposers?.has(m.owner) && m.direction === 1 && !on.some((f) => f.party !== m.owner)
          ? m.owner
          : undefined
        : on.length > 0 && on.every((f) => f.stance === 'supports' && proposers?.has(f.party))
          ? (on[0] as SentenceFinding).party
          : undefined;
    if (asked) {
      p.askedBy = asked;
      p.direction = 1;
    }
  });
  const decided = pointable.filter((m) => kept.some((f) => f.mention === m));
  if (decided.length > 0)
    r.previousMentions = r.previousMentions.filter((_, k) => decided.includes(pointable[k] as DemandMention));
}

/** A party's demand nouns ("Russia's demands", "could drop its bid to join") as cues of its support. */
function ownedCarrierCues(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  owned: readonly OwnedCarrier[],
  all: readonly DemandMention[],
): Cue[] {
  const cues: Cue[] = [];
  // "could back down from its bid to join": a negation right before the owned demand noun.
  const negationsHere = owned.length ? compiled.negations.findAll(tokens) : [];
  for (const p of owned) {
    if (all.some((m) => m.first <= p.last && p.first <= m.last)) continue;
    // So is a verb giving it up: "might drop its bid to join", "has shelved its application".
    const negation =
      negationsHere.find((x) => x.last === p.first - 1 && x.first < x.last) ??
      (RELINQUISHING.test(tokens[p.first - 1]?.lower ?? '') &&
      /^(?:its|their|our|his|her)$/.test(tokens[p.first]?.lower ?? '') &&
      // ("will not drop its bid", "denied that it had dropped its demand": giving up denied.)
      !tokens
        .slice(Math.max(0, p.first - 6), p.first - 1)
        .some((t) => GIVING_UP_DENIED.test(t.lower) || /n['’]t$/.test(t.lower))
        ? { first: p.first - 1, last: p.first - 1 }
        : undefined);
    const first = negation ? negation.first : p.first;
    // "the American proposals on missile transparency": what a side that put no demand forward
    // proposes on a demand's subject is an offer to talk about it, not the demand.
    // (Named, not "our initiative": a pronoun's owner is a guess at who speaks.)
    const offered =
      OFFER_NOUN.test(tokens[p.last]?.lower ?? '') &&
      !/^(?:our|its|their|his|her|my)$/.test(tokens[p.first]?.lower ?? '') &&
      !p.owner.parties.some((x) => compiled.proposingParties.has(x));
    cues.push({
      first,
      last: p.last,
      attitude: offered ? 'open' : 'supports',
      text: text.slice((tokens[first] as Token).start, (tokens[p.last] as Token).end),
      negated: !!negation,
      negation: negation
        ? text.slice((tokens[negation.first] as Token).start, (tokens[negation.last] as Token).end)
        : null,
      owner: {
        parties: p.owner.parties,
        text: p.owner.text,
        role: p.owner.role,
        predicative: p.predicative,
      },
    });
  }
  return cues;
}

/** The sentence's subject and speaker, for "It demanded …", "They said …" or "he said" in the next sentences. */
function noteSubjectAndSpeaker(
  r: DocumentReading,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  { speaker, previousSpeaker }: Voice,
): void {
  // (Past an opening source: "According to officials familiar with it, Washington's reply states …";
  // the source itself when no party opens the rest: "According to Blinken, the American reply …".)
  const opens = afterOpeningPhrase(tokens);
  r.lastSubject =
    actors.find((a) => a.kind !== 'adjective' && a.first >= opens && a.first <= opens + 3) ??
    actors.find((a) => a.kind !== 'adjective' && a.first <= 3) ??
    documentSender(tokens, actors, opens) ??
    null;
  r.lastGroup = r.lastSubject ? subjectGroup(tokens, actors, r.lastSubject) : null;
  const pair = namedPair(tokens, actors);
  if (pair) {
    r.recentPair = pair;
    r.recentPairAge = 0;
  } else r.recentPairAge++;
  // "Lavrov also offered an assessment. “…,” he said.": a person who is the subject of a sentence is
  // who the next "he" is, even without a speech verb.
  const people = actors.filter((a) => a.kind === 'official' || a.kind === 'role' || a.kind === 'learned');
  const person =
    people.find((a) => a.first <= 6) ??
    // "…, for which Putin blamed Kyiv …": the one person a sentence names, unless after a preposition.
    (people.length === 1 && !afterPreposition(tokens, actors, people[0]!) ? people[0] : undefined);
  // ("US Ambassador John Sullivan, invited to the ministry, was given the following reaction": the one
  // handed something, by the passive, does not speak next.)
  const received =
    !!person &&
    tokens.some(
      (t, k) =>
        k > person.last && /^(?:was|were)$/.test(t.lower) && RECEIVED.test(tokens[k + 1]?.lower ?? ''),
    );
  if (!speaker && person && person.role && !received) {
    r.lastSpeaker = {
      kind: 'party',
      parties: person.parties,
      matched: person.text,
      role: person.role,
      document: false,
    };
    r.lastSpeakerAge = 0;
    r.history = [r.lastSpeaker, ...r.history.filter((h) => h.matched !== person.text)].slice(0, 6);
  } else if (speaker && speaker.kind !== 'pronoun') {
    r.lastSpeaker = speaker;
    r.lastSpeakerAge = 0;
    if (speaker.kind === 'party')
      r.history = [speaker, ...r.history.filter((h) => h.matched !== speaker.matched)].slice(0, 6);
  } else if (speaker?.kind === 'pronoun' && previousSpeaker) {
    r.lastSpeakerAge = 0; // "he said" keeps the same speaker current
  } else r.lastSpeakerAge++;
}

/**
 * A document that names a demand's proposer and states the demand in its own words, but has no sentence
 * tying the two, still reports the proposer's demand: weakly, as reported, through the proposer (the
 * first sentence stating it). Coverage of the talks names Russia's demands this way ("The talks turned
 * on a halt to NATO's expansion and the pullback of its forces …") more often than with a verb.
 */
function statedDemandsOwnedByProposer(
  doc: SourceDocument,
  compiled: CompiledOntology,
  stated: ReadonlyMap<string, { sentence: Sentence; mention: DemandMention; words: string }>,
  namedParties: ReadonlySet<string>,
  recorded: Recorded,
): void {
  for (const [demand, { sentence, mention, words }] of stated) {
    for (const party of compiled.proposers.get(demand) ?? []) {
      if (!namedParties.has(party)) continue;
      if (recorded.citations.some((c) => c.party === party && c.demand === demand)) continue;
      record(
        doc,
        sentence,
        [
          {
            party,
            demand,
            stance: 'supports',
            cue: words,
            negated: false,
            attribution: { kind: 'stated-demand', matched: words, role: null, speaker: null },
            voice: 'reported',
            modality: 'present',
            demandMatch: mention.match,
            mention,
          },
        ],
        [],
        recorded,
      );
      const key = `${doc.id}:${sentence.start}-${sentence.end}:${party}:${demand}`;
      const at = recorded.mentions.findIndex((u) => u.key === key);
      if (at >= 0) recorded.mentions.splice(at, 1);
    }
  }
}

/**
 * Citations through a party's demand noun met before the document attached any demand to it ("NATO
 * rejected Russia's demands. … Moscow wants …"): kept for the demands the document attached to that
 * party by its end, resolved to where; the others dropped.
 */
function settlePending(citations: Citation[], pending: Recorded['pending'], attached: AttachedDemands): void {
  if (pending.length === 0) return;
  const dropped = new Set<Citation>();
  for (const { citation, owner } of pending) {
    const from = attached.get(owner)?.get(citation.demand);
    if (from) citation.resolvedFrom = from;
    else dropped.add(citation);
  }
  if (dropped.size === 0) return;
  let kept = 0;
  for (const c of citations) if (!dropped.has(c)) citations[kept++] = c;
  citations.length = kept;
}

/**
 * How specific the wording of a finding's demand is: its own phrase, then a list item or a restricted
 * subject, then a bare subject, then a reference.
 */
function specificity(f: SentenceFinding): number {
  if (f.mention.kind === 'phrase') return 4;
  if (f.mention.kind === 'list') return 3;
  if (f.mention.kind === 'frame') return f.mention.match.includes(' + ') ? 3 : 2;
  return 1;
}

const inMention = (mentions: readonly DemandMention[], i: number): boolean =>
  mentions.some((m) => i >= m.first && i <= m.last);
const inNamingActor = (actors: readonly ActorMention[], i: number): boolean =>
  actors.some((a) => i >= a.first && i <= a.last && a.kind !== 'adjective');

/** Whether a quotation is open after `sentence`, given whether one was open before it. */
function quoteOpenAfter(open: boolean, sentence: Sentence, text: string): boolean {
  const balance = quoteBalance(sentence.text);
  let stillOpen = open;
  if (balance > 0) stillOpen = true;
  else if (balance < 0 || endsWithClosingQuote(sentence.text)) stillOpen = false;
  // A quotation never runs past its paragraph in news copy.
  if (text.charCodeAt(sentence.end) === 10 || text.charCodeAt(sentence.end + 1) === 10) stillOpen = false;
  return stillOpen;
}

const SPACE = /\s/;
/** /[”"]\s*$/ without a regex scanning the whole sentence: the last character before trailing spaces. */
function endsWithClosingQuote(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && SPACE.test(s[i] as string)) i--;
  return i >= 0 && (s[i] === '”' || s[i] === '"');
}

/** Mentions by reference to the items of an earlier list ("the second point"), except where the sentence names a demand itself. */
function listMentionsIn(
  text: string,
  sentence: Sentence,
  tokens: readonly Token[],
  list: DemandList,
  explicit: readonly DemandMention[],
): DemandMention[] {
  const listMentions: DemandMention[] = [];
  for (const ref of findListReferences(text, Math.max(sentence.start, list.end), sentence.end, list)) {
    const first = tokens.findIndex((t) => t.start >= ref.start);
    const last = tokens.reduce((acc, t, i) => (t.end <= ref.end ? i : acc), first);
    if (first < 0 || explicit.some((m) => m.first <= last && first <= m.last)) continue;
    for (const item of ref.items)
      for (const d of item.demands)
        listMentions.push({
          first,
          last,
          demand: d.demand,
          direction: d.counter ? -1 : 1,
          match: `${ref.text} → item ${item.n}: ${d.phrase}`,
          kind: 'list',
          cueCapableAt: null,
          resolvedFrom: null,
        });
  }
  return listMentions;
}

/**
 * "does not intend to give up any of these aspects": a restriction before a reference abandons the
 * demand. Turns the direction of each such mention, and says so in its match.
 */
function applyRestrictions(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  cueMatches: ReadonlyArray<TokenMatch<unknown>>,
  references: readonly DemandMention[],
): void {
  let restrictions: ReadonlyArray<TokenMatch<string>> | null = null;
  for (const m of references) {
    let flips = 0;
    for (let j = m.first - 1; j >= Math.max(0, m.first - 5); j--) {
      // (Not across a clause: "… would never include Ukraine, yet the demand …".)
      if (/^[,;:—–]$/.test(tokens[j]?.text ?? '') || /^(?:yet|but)$/.test(tokens[j]?.lower ?? '')) break;
      // (Nor past the verdict on it: "would never accept these demands" negates the acceptance, not the demands.)
      if (cueMatches.some((c) => c.first <= j && j <= c.last)) break;
      // The sentence's restriction phrases, found once (on the first reference that looks).
      restrictions ??= compiled.restrictions.findAll(tokens);
      const r = restrictions.find((x) => x.last === j && x.values.includes(m.demand));
      // "a refusal of its demands": a word that is the sentence's cue does not restrict the reference.
      if (!r || cueMatches.some((c) => c.first <= r.last && r.first <= c.last)) continue;
      flips++;
      m.match = `${text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end)} + ${m.match}`;
      break;
    }
    if (flips % 2 === 1) m.direction = m.direction === 1 ? -1 : 1;
  }
}

/** The sentence's cues outside its demand mentions and party names. */
function sentenceCues(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  cueMatches: ReadonlyArray<TokenMatch<Attitude>>,
  actors: readonly ActorMention[],
  all: DemandMention[],
): Cue[] {
  const blocked = blockedBy(all, actors);
  const cues = buildCues(text, tokens, cueMatches, compiled, blocked);
  if (cues.length > 0) return cues;
  // A demand that swallowed the sentence's only cue-capable word ("NATO refused to halt expansion"): give it back.
  for (const m of all) {
    if (m.cueCapableAt === null) continue;
    const cueMatch = cueMatches.find((c) => c.first === m.cueCapableAt);
    if (!cueMatch) continue;
    m.first = Math.max(m.first, cueMatch.last + 1);
    return buildCues(text, tokens, cueMatches, compiled, blocked);
  }
  return cues;
}

/** What a document's derivation gathers sentence by sentence. */
interface Recorded {
  citations: Citation[];
  mentions: UnclassifiedMention[];
  /** The demands each party was cited supporting, for "these demands" later on. */
  attached: AttachedDemands;
  citedPerCell: Map<string, number>;
  mentionedPerCell: Map<string, number>;
  /** Citations through a party's demand noun before any of its demands was attached (see settlePending). */
  pending: Array<{ citation: Citation; owner: string }>;
}

/** A sentence's findings and unclassified mentions → the document's citations and mentions. */
function record(
  doc: SourceDocument,
  sentence: Sentence,
  findings: readonly SentenceFinding[],
  found: readonly SentenceMention[],
  recorded: Recorded,
): void {
  const { citations, mentions, attached, citedPerCell, mentionedPerCell } = recorded;
  // One citation per sentence and cell: the most specific wording of the demand decides
  // (its own phrase, then a restricted subject, then a bare subject, then a reference).
  const best = new Map<string, SentenceFinding>();
  for (const f of findings) {
    const k = `${f.party}:${f.demand}`;
    const held = best.get(k);
    if (!held || specificity(f) > specificity(held)) best.set(k, f);
  }
  // A sentence gives a cell one citation or else one mention: the cells it gave so far, as `party:demand`.
  const given = new Set<string>();
  const keyPrefix = `${doc.id}:${sentence.start}-${sentence.end}:`;
  for (const [pair, f] of best) {
    given.add(pair);
    const key = keyPrefix + pair;
    const reference = f.mention.kind === 'reference';
    if (!roomIn(citedPerCell, `${f.party}|${f.demand}`)) continue;
    const citation: Citation = {
      key,
      document: doc.id,
      start: sentence.start,
      end: sentence.end,
      quote: sentence.text,
      party: f.party,
      demand: f.demand,
      stance: f.stance,
      cue: f.cue,
      negated: f.negated,
      attribution: { party: f.party, ...f.attribution },
      demandMatch: f.demandMatch,
      published: doc.published,
      voice: f.voice,
      modality: f.modality,
      weight: citationWeight(f.voice, f.modality, reference),
      resolvedFrom: f.mention.resolvedFrom,
    };
    citations.push(citation);
    if (f.mention.resolvedFrom === PENDING && f.mention.owner)
      recorded.pending.push({ citation, owner: f.mention.owner });
    // (A proposer merely named with its demand attaches nothing for "these demands" to point to,
    // unless the sentence presents demands: "Among the demands, set out by Ryabkov, are that …".)
    if (
      f.stance === 'supports' &&
      f.mention.kind !== 'reference' &&
      (f.attribution.kind !== 'named-proposer' ||
        PRESENTS_DEMANDS.test(sentence.text) ||
        proposerWants(sentence.text, f.attribution.matched, f.demandMatch))
    ) {
      const forParty = attached.get(f.party) ?? new Map();
      forParty.set(f.demand, { start: sentence.start, end: sentence.end });
      attached.set(f.party, forParty);
    }
  }
  for (const u of found) {
    const pair = `${u.party}:${u.demand}`;
    if (given.has(pair)) continue;
    given.add(pair);
    const key = keyPrefix + pair;
    if (!roomIn(mentionedPerCell, `${u.party}|${u.demand}`)) continue;
    mentions.push({
      key,
      document: doc.id,
      start: sentence.start,
      end: sentence.end,
      quote: sentence.text,
      party: u.party,
      demand: u.demand,
      demandMatch: u.demandMatch,
      partyMatch: u.partyMatch,
      published: doc.published,
    });
  }
}

/** Tokens no cue may start in: inside a demand mention or a party's name. */
const blockedBy =
  (all: readonly DemandMention[], actors: readonly ActorMention[]) =>
  (i: number): boolean =>
    inMention(all, i) || inNamingActor(actors, i);

/** The last of the document's lists that ends by `end` (the one a reference here may point back to). */
function lastListBefore(lists: readonly DemandList[], end: number): DemandList | undefined {
  for (let i = lists.length - 1; i >= 0; i--) if ((lists[i] as DemandList).end <= end) return lists[i];
  return undefined;
}

/**
 * Citations (and unclassified mentions) one document gives one cell, at most: an article quoting a
 * position a hundred times says no more than one quoting it ten times, and a hostile document of
 * one sentence repeated must not flood the matrix, its cache and every view.
 */
export const MAX_PER_CELL = 100;

/** Counts one more for `cell`; whether it is still within MAX_PER_CELL. */
function roomIn(perCell: Map<string, number>, cell: string): boolean {
  const count = (perCell.get(cell) ?? 0) + 1;
  perCell.set(cell, count);
  return count <= MAX_PER_CELL;
}
