/**
 * One document → its citations and unclassified mentions. Walks the sentences in order, carrying
 * what the document has established: the last speaker (for "he said" and quotations running over
 * several sentences), people it introduced with their office, enumerated lists of demands, and the
 * demands it attached to each party (for "these demands" later on). Sentences that name nothing
 * of the demands are only read for speakers and names, which keeps derivation fast.
 */
import { ourReferences } from './our-references';
import {
  DENIED_REPORT_WORDS,
  deniedReportInSentence,
  deniedReportMentions,
  reportedReadiness,
  type ReportedReadiness,
} from './denied-report';
import { ownAnchors, pronounOwner } from './possessive-anchors';
import type { InputProblem, SourceDocument } from '../model/corpus';
import type { Citation, UnclassifiedMention } from '../model/matrix';
import { findActors, officeKey, type ActorMention, type LearnedNames, type LearnedOffices } from './actors';
import {
  analyzeSentence,
  citationWeight,
  type SentenceFinding,
  type SentenceMention,
} from './analyze-sentence';
import type { Attitude, CompiledOntology } from './compile-ontology';
import { buildCues, findCueMatches, readinessMatches, type Cue } from './cues';
import { handedOverMatches } from './handed-over';
import { soleMeansMatches } from './sole-means';
import { giveBackTopicSubjects } from './topic-modifier';
import { governmentHeads, mayHoldGovernmentHead } from './government-heads';
import { suppliedPledgeMatches, UNDERTAKING } from './supplied-pledges';
import { withheldUndertakingMatches } from './withheld-undertakings';
import { findDemandMentions, type DefiniteSubjects, type DemandMention } from './demand-mentions';
import {
  afterOpeningPhrase,
  afterPreposition,
  ANSWER_NOUN,
  attributionAfter,
  quotationCloserAfter,
  BODY_ROLE,
  BULLET_LINE,
  countedGroup,
  DOCUMENT_NOUN,
  documentSender,
  DRAFTS_NAMED_AGAIN,
  DRAFTS_PUT_OUT,
  DRAFTS_PUT_OUT_WORD,
  FIRST_PERSON_WORDS,
  inNamingActor,
  leadingTransparent,
  LIST_NOUN,
  MET_WITH,
  namedPair,
  namedProposer,
  officialPublisher,
  opensLine,
  PAIR_SPEAKER,
  roleNoun,
  shiftActors,
  subjectGroup,
  titleCaseLabel,
  transcriptLabel,
  underTheDocument,
  unownedDocumentSpeaking,
} from './document-voices';
import { findListReferences, findLists, type DemandList } from './enumerations';
import {
  listItemsOpening,
  ownedCarrierCues,
  ownedCarriers,
  proposersOfUnownedNouns,
  relativeClauseCues,
} from './owned-demands';
import { notePersonPronouns, personKey, pronounOf, type PersonPronouns } from './pronoun-gender';
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
import {
  ACCORDING_WORD,
  ECHO_WORD,
  JOINT_WORD,
  PAPER_WORD,
  PERFECT_WORD,
  SAID_WORD,
  screen,
  SENDING_WORD,
  type Screening,
} from './sentence-screen';
import {
  AIDE_SPEAKER,
  COUNTERPART_SPEAKER,
  findSpeaker,
  NUMBERED_GROUP,
  partySpeaking,
  partySpeakingOrLast,
  quoteBalance,
  type Speaker,
} from './speaker';
import { officeAmongPeople, peopleOf, type PersonNamed } from './role-speaker';
import { statementOwner, statementSpeaker, statementSpeaksHere } from './statement-speaker';
import { namedInDemandsOfPhrase } from './demand-name-of';
import { datedPastEvent } from './dated-past-event';
import { judgedBySubject } from './judged-pointer';
import {
  DEFINED_POINTER,
  definedDemands,
  DEFINITION_OPENING,
  definitionOpening,
  pointersDefinedNext,
} from './defined-next';
import { proposerRefusingTalks } from './analyze-sentence/refused-talks';
import { foretoldByOther, proposersDenying, statesProposersDemand } from './stated-demands';
import { reportsOthersRefusal } from './analyze-sentence/reported-refusal';
import { proposersRefusingOwn } from './analyze-sentence/own-refusal';
import { statedDemandCredits, type StatedDemand } from './stated-demand-owner';
import { namesAgainAfter } from './named-again';
import { deniedCueBefore } from './analyze-sentence/phrase-helpers';
import type { TokenMatch } from './token-trie';
import {
  replySender,
  ownedPaperSubject,
  unownedPaperOwner,
  OWNED_PAPER_WORDS,
  SENT_REPLY_WORDS,
  SOURCED_REPLY_WORDS,
  sourcedReplySender,
  unownedReplySpeaks,
  unownedReplySubject,
  itSpeaks,
} from './sent-replies';
import { ECHO_WORDS, echoedInNext, echoedInSentence, heldFindings, sharedFindings } from './echoed-stance';
import { tokenize, type Token } from './tokens';
import { wordSet } from './word-set';

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

/** How many sentences before one that names a demand still matter for "he said" and quotations. */
const SPEAKER_LOOKBACK = 4;
const RECEIVED = wordSet(/^(?:given|handed|shown|sent|presented|summoned|informed|briefed|told|invited)$/);

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
/** A name before a word for land, sea or air that it owns ("UK territory", "British soil"): a place. */
const PLACE_NOUN = /^(?:territory|soil|waters|airspace|mainland)$/;
/**
 * Words before "in" that make the name after it where someone spoke or met: "told reporters in Brussels",
 * "said in Washington", "at a news conference in Moscow", "talks in Doha".
 */
const SPOKE_OR_MET = wordSet(
  /^(?:reporters|journalists|media|press|said|says|told|tells|spoke|speaks|speaking|added|stressed|insisted|conference|briefing|meeting|meetings|talks|summit|interview|remarks|speech|statement|visit|trip|ceremony|event|forum)$/,
);
function namesPlace(tokens: readonly Token[], a: ActorMention): boolean {
  const next = /^['’]s$/.test(tokens[a.last + 1]?.text ?? '') ? a.last + 2 : a.last + 1;
  if (PLACE_NOUN.test(tokens[next]?.lower ?? '')) return true;
  // "Vucic told reporters in Brussels": a city where someone spoke names no party that holds anything
  // (not "the talks in Brussels' view" or "a role for the EU": only a name right after "in").
  return (
    a.kind === 'name' &&
    tokens[a.first - 1]?.lower === 'in' &&
    SPOKE_OR_MET.test(tokens[a.first - 2]?.lower ?? '') &&
    !/^['’]s$/.test(tokens[a.last + 1]?.text ?? '')
  );
}

/**
 * "a weapons programme Pyongyang regards as the best guarantee of its survival", "sees its arsenal as
 * the only guarantee of its security": the demand's words as what something else is taken to be, a
 * description of that thing, no demand. (Not "what Moscow sees as security guarantees": its own name
 * for what it asks.)
 */
function regardedAs(tokens: readonly Token[], m: DemandMention): boolean {
  let k = m.first - 1;
  while (k >= 0 && REGARDED_AS_FILLER.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'as') return false;
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const w = tokens[j]?.lower ?? '';
    if (/^[,;:.]$/.test(w) || w === 'what' || w === 'whatever') return false;
    if (REGARDING.test(w)) return !tokens.slice(Math.max(0, j - 3), j).some((t) => t.lower === 'what');
  }
  return false;
}
const REGARDED_AS_FILLER = wordSet(
  /^(?:the|a|an|its|their|best|only|ultimate|surest|real|sole|main|key|true|last|final|one|greatest|strongest)$/,
);
const REGARDING = wordSet(
  /^(?:regards?|regarded|regarding|sees?|saw|seen|seeing|views?|viewed|viewing|considers?|considered|considering|treats?|treated|deems?|deemed)$/,
);

/** "… but no officials of the government in Kabul", "talks without Kyiv": a party named as left out. */
function namedAsLeftOut(tokens: readonly Token[], a: ActorMention): boolean {
  let p = a.first - 1;
  if (/^(?:the|a|an|any)$/.test(tokens[p]?.lower ?? '')) p--;
  return /^(?:no|without|excluding|except|barring)$/.test(tokens[p]?.lower ?? '');
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
  /**
   * The parties the document has named outside a demand's own words ("the Association of Serb-majority
   * Municipalities" names the Kosovo Serbs only as the body's name).
   */
  readonly namedOutsideDemands: Set<string>;
  readonly stated: Map<string, StatedDemand>;
  /** "party|demand" for proposers that denied their demand in a sentence no reading took it from. */
  readonly deniedUnread: Set<string>;
  /** Parties a demand noun of the document belongs to ("Moscow's proposals", "Russia's demands"). */
  readonly demandOwners: Set<string>;
  /** "party|demand" for parties named with a demand, in a sentence no reading took, not in a third party's words. */
  readonly namedWithDemand: Set<string>;
  readonly documentAnchors: Set<string>;
  readonly definite: DefiniteSubjects;
  /** Whether each person named goes by "he" or "she", where the text showed it. */
  readonly pronouns: PersonPronouns;
  namesAParty: boolean;
  namesADemand: boolean;
  lastSpeaker: Speaker | null;
  lastSpeakerAge: number;
  /** The latest speakers that were parties, newest first (for "the minister added"). */
  history: Speaker[];
  lastOwner: ActorMention | null;
  /** The parties listed as issuing a joint statement lately, and the sentence that named them. */
  jointStatement: Speaker | null;
  jointStatementAt: number;
  /** The party whose statement the latest sentence naming one named (null: no one's or two parties'), and where; where it last spoke. */
  statementOwner: string[] | null;
  statementAt: number;
  statementSpokeAt: number;
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
  /** Whether two or more lines open with a label in ordinary letters ("Question: …", "Sergey Lavrov: …"). */
  titleLabels: boolean;
  /** Whether the sentence before had a proposer put out drafts (which may speak on in this one). */
  draftBefore: boolean;
  /** The party a sentence lately said sent replies or letters, and that sentence's index ("The letters hold …"). */
  lastSent: Speaker | null;
  /** The party whose paper was a clause's subject, and where ("Lavrov said the American document …"). */
  paperSubject: { index: number; owner: Speaker } | null;
  /** That party, when the sentence right before named its paper so: who "it" opening a clause may be. */
  paperBefore: Speaker | null;
  lastSentAt: number;
  /** The sentence that last named the sent reply again as a subject ("… the text makes …"), for "It holds …". */
  replySubjectAt: number;
  openQuote: boolean;
  /** The demands the sentence before named ("… a ban on further expansion. The U.S. ruled that out"). */
  previousMentions: PreviousMentions[];
  askedEarlier: PreviousMentions[];
  askedAge: number;
  /** A party's readiness a sentence reported ("NBC reported that the administration was prepared to …"). */
  reportedReadiness: { index: number; reading: ReportedReadiness } | null;
  namedInLast: boolean;
  /** What the last sentence read its one holder to hold, for "Her words repeated the line X has given" next. */
  lastHeld: { index: number; sentence: Sentence; findings: SentenceFinding[] } | null;
  /** The two parties (only two) a read sentence named, and its index; and those of the sentence before this one. */
  namedTwo: { index: number; pair: Speaker | null } | null;
  twoBefore: Speaker | null;
  /** The parties of the people (by office or name) a read sentence named, and its index. */
  peopleNamed: { index: number; parties: string[]; office: boolean; people: PersonNamed[] } | null;
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
  settlePending(recorded.citations, recorded.pending, recorded.attached, compiled);
  statedDemandsOwnedByProposer(doc, compiled, reading, recorded);
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
  // A transcript in ordinary letters ("Question: …" then "Sergey Lavrov: …"): one such line alone may be a headline.
  let titleLabelLines = 0;
  for (const s of sentences)
    if (opensLine(text, s.start) && titleCaseLabel(s.text) !== undefined) titleLabelLines++;
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
    namedOutsideDemands: new Set(),
    stated: new Map(),
    deniedUnread: new Set(),
    demandOwners: new Set(),
    namedWithDemand: new Set(),
    documentAnchors: new Set(),
    definite: { seen: new Map(), sentence: 0, otherHeads: new Set() },
    pronouns: new Map(),
    namesAParty: false,
    namesADemand: false,
    lastSpeaker: null,
    lastSpeakerAge: 0,
    history: [],
    lastOwner: null,
    jointStatement: null,
    jointStatementAt: 0,
    statementOwner: null,
    statementAt: -9,
    statementSpokeAt: -9,
    ownerJustNamed: false,
    lastSubject: null,
    listOf: [],
    lastGroup: null,
    recentPair: null,
    recentPairAge: 0,
    labelled: null,
    titleLabels: titleLabelLines >= 2,
    draftBefore: false,
    lastSent: null,
    lastSentAt: -1,
    paperSubject: null,
    paperBefore: null,
    replySubjectAt: -1,
    openQuote: false,
    previousMentions: [],
    askedEarlier: [],
    askedAge: 0,
    reportedReadiness: null,
    namedInLast: false,
    lastHeld: null,
    namedTwo: null,
    twoBefore: null,
    peopleNamed: null,
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
    ? transcriptLabel(
        sentence.text,
        compiled,
        doc.published,
        r.titleLabels && opensLine(text, sentence.start),
      )
    : undefined;
  if (label !== undefined) r.labelled = label;
  const screening = r.screened[sentence.index] as Screening;
  const candidate =
    screening.demand ||
    (antecedents.before.length > 0 && PRONOUN_OBJECT_SENTENCE.test(sentence.text)) ||
    (antecedents.askedBefore.some((b) => b.askedBy) && POINTER_SENTENCE.test(sentence.text)) ||
    (r.reportedReadiness?.index === sentence.index - 1 && DENIED_REPORT_WORDS.test(sentence.text)) ||
    mayBeDefinedNext(r, sentence);
  const ownerInSentenceBefore = r.ownerJustNamed;
  r.ownerJustNamed = false;
  if (r.lastHeld?.index === sentence.index - 1 && mayEcho(r, sentence) && ECHO_WORDS.test(sentence.text))
    echoNext(r, sentence);
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
  if (!needed || screening.link) {
    passOver(r, sentence, upcoming);
    return;
  }
  const tokens = tokenize(
    text,
    sentence.start,
    sentence.end,
    candidate ? compiled.keyCache : compiled.surfaceKeyCache,
  );
  const named = findActors(text, tokens, compiled, doc.published, r.learned, r.offices, r.namedParties);
  // ("Washington sent its reply. Lavrov said the reply ignored …": the reply is Washington's.)
  const paper =
    candidate && mayName(r, sentence, PAPER_WORD) && OWNED_PAPER_WORDS.test(sentence.text)
      ? unownedPaperOwner(tokens, named, paperInReach(r, sentence), compiled.addressedParties)
      : null;
  const actors = paper ? [...named, paper].sort((a, b) => a.first - b.first) : named;
  if (actors.some((a) => a.kind !== 'adjective')) r.namesAParty = true;
  for (const a of actors) for (const p of a.parties) r.namedParties.add(p);
  if (!candidate) for (const a of actors) for (const p of a.parties) r.namedOutsideDemands.add(p);
  const voice = whoSpeaks(r, sentence, tokens, actors);
  notePaperSubject(r, sentence, tokens, actors);
  noteReplySender(r, sentence, tokens, actors);
  const speakerParties = partiesSpeaking(voice);
  for (const a of ownAnchors(
    compiled.anchors.findAll(tokens),
    tokens,
    actors,
    compiled,
    speakerParties,
    // (The sentence's cues are not read here, so no name is passed over as the owner of a demand noun.)
    (i) => pronounOwner(tokens, actors, i - 1),
  ))
    for (const d of a.values) r.documentAnchors.add(d);
  r.twoBefore = r.namedTwo?.index === sentence.index - 1 ? r.namedTwo.pair : null;
  r.namedTwo = { index: sentence.index, pair: twoPartiesNamed(actors) };
  if (candidate)
    readDemands(
      r,
      sentence,
      tokens,
      withGovernmentHeads(text, tokens, actors, compiled, voice),
      voice,
      antecedents,
      ownerInSentenceBefore,
    );
  noteSubjectAndSpeaker(r, tokens, actors, voice);
  r.peopleNamed = {
    index: sentence.index,
    parties: actors
      .filter((a) => a.kind === 'official' || a.kind === 'role' || a.kind === 'learned')
      .flatMap((a) => a.parties),
    office: OFFICE_WORD.test(sentence.text),
    people: peopleOf(actors),
  };
  r.openQuote = quoteOpenAfter(r.openQuote, sentence, text);
}

/**
 * "Ghani said the government would free …": the sentence's actors, with the generic government heads that
 * stand for its speaker's own state (government-heads.ts).
 */
function withGovernmentHeads(
  text: string,
  tokens: readonly Token[],
  actors: ActorMention[],
  compiled: CompiledOntology,
  voice: Voice,
): ActorMention[] {
  if (!mayHoldGovernmentHead(tokens)) return actors;
  const heads = governmentHeads(
    text,
    tokens,
    actors,
    compiled,
    partySpeakingOrLast(voice.speaker, voice.previousSpeaker),
  );
  return heads.length === 0 ? actors : [...actors, ...heads].sort((a, b) => a.first - b.first);
}

/**
 * "Sherman said no one would shut the alliance's door. Her words repeated the line Stoltenberg has been
 * giving.": the party echoed holds what the sentence before read its holder to hold, cited from both.
 */
function echoNext(r: DocumentReading, sentence: Sentence): void {
  const { text, compiled } = r;
  const before = r.lastHeld!;
  const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
  const echoed = echoedInNext(
    tokens,
    findActors(text, tokens, compiled, r.doc.published, r.learned, r.offices),
  );
  const shared = echoed ? sharedFindings(before.findings, echoed) : [];
  if (shared.length === 0) return;
  const span: Sentence = {
    index: sentence.index,
    start: before.sentence.start,
    end: sentence.end,
    text: text.slice(before.sentence.start, sentence.end),
  };
  record(r.doc, span, shared, [], r.recorded);
}

/** The two parties a sentence names, in any way, when it names exactly two. */
function twoPartiesNamed(actors: readonly ActorMention[]): Speaker | null {
  const parties: string[] = [];
  const names: string[] = [];
  for (const a of actors)
    for (const p of a.parties)
      if (!parties.includes(p)) {
        parties.push(p);
        names.push(a.text);
      }
  return parties.length === 2
    ? { kind: 'party', parties, matched: names.join(' and '), role: null, document: false }
    : null;
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
  // ("Lavrov said the American document had elements …" right before a sentence on a demand.)
  if (
    upcoming >= 0 &&
    upcoming - sentence.index <= 2 &&
    mayName(r, sentence, PAPER_WORD) &&
    OWNED_PAPER_WORDS.test(sentence.text)
  ) {
    const { text, compiled } = r;
    const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
    const owner = ownedPaperSubject(
      tokens,
      findActors(text, tokens, compiled, r.doc.published, r.learned, r.offices),
    );
    if (owner) r.paperSubject = { index: sentence.index, owner };
  }
  if (sendsReply(r, sentence) || sourcedToReplies(r, sentence)) {
    const { text, compiled } = r;
    const tokens = tokenize(text, sentence.start, sentence.end, compiled.surfaceKeyCache);
    noteReplySender(
      r,
      sentence,
      tokens,
      findActors(text, tokens, compiled, r.doc.published, r.learned, r.offices),
    );
  }
  r.openQuote = quoteOpenAfter(r.openQuote, sentence, r.text);
}

/** A statement several parties put out together: "a joint statement", "the joint declaration". */
const JOINT_STATEMENT = /\bjoint\s+(?:statement|declaration|communiqu[eé])s?\b/i;

/**
 * Whether the sentence's screen met a word of one of `kinds` (sentence-screen.ts PAPER_WORD …): the
 * whole-sentence patterns needing such a word are tested only then (each is tested on every sentence
 * read, and costs more than the screen's word lookups). A sentence not the document's own is tested.
 */
function mayName(r: DocumentReading, sentence: Sentence, kinds: number): boolean {
  const screening = r.screened[sentence.index];
  return (
    screening === undefined ||
    r.sentences[sentence.index]?.text !== sentence.text ||
    (screening.words & kinds) !== 0
  );
}

/** ECHO_WORDS' screen: an echoing word, or a perfect and a speech verb for "as … has said". */
const mayEcho = (r: DocumentReading, sentence: Sentence): boolean =>
  mayName(r, sentence, ECHO_WORD) || (mayName(r, sentence, PERFECT_WORD) && mayName(r, sentence, SAID_WORD));

/** "The US and NATO sent their replies …" (SENT_REPLY_WORDS). */
const sendsReply = (r: DocumentReading, sentence: Sentence): boolean =>
  mayName(r, sentence, SENDING_WORD) &&
  mayName(r, sentence, PAPER_WORD) &&
  SENT_REPLY_WORDS.test(sentence.text);

/** "…, according to papers El País posted" (SOURCED_REPLY_WORDS). */
const sourcedToReplies = (r: DocumentReading, sentence: Sentence): boolean =>
  mayName(r, sentence, ACCORDING_WORD) && SOURCED_REPLY_WORDS.test(sentence.text);
/** The statement quoted, closing its quotation: "…,” the document reads", "…," the text continues". */
const STATEMENT_CLOSER =
  /["”]\s*,?\s+the\s+(?:joint\s+)?(?:statement|document|text|declaration|communiqu[eé])\s+(?:says|said|reads|read|continues|continued|states|stated|adds|added|notes|noted|went on)\b/i;
/** How many sentences on the joint statement's issuers still speak through "the statement". */
const JOINT_STATEMENT_REACH = 8;
/** How many sentences on a counted group ("the four countries") may still be the joint statement's issuers. */
const JOINT_GROUP_REACH = 2;

/**
 * "The four members …, namely Washington, Moscow, Beijing and Islamabad, used a joint statement …",
 * "the joint statement that Moscow, Beijing, Washington and Islamabad issued": the parties listed one by
 * one in a sentence naming a joint statement are its issuers.
 */
function noteJointStatement(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): void {
  if (!mayName(r, sentence, JOINT_WORD) || !JOINT_STATEMENT.test(sentence.text)) return;
  const named = actors.filter((a) => a.kind !== 'adjective');
  let best: ActorMention[] = [];
  for (let i = 0; i < named.length; i++) {
    const run = [named[i] as ActorMention];
    for (let j = i + 1; j < named.length; j++) {
      const between = tokens.slice(
        (run[run.length - 1] as ActorMention).last + 1,
        (named[j] as ActorMention).first,
      );
      if (
        between.length === 0 ||
        between.length > 2 ||
        !between.every((t) => t.text === ',' || t.lower === 'and')
      )
        break;
      run.push(named[j] as ActorMention);
    }
    if (run.length > best.length) best = run;
  }
  const parties = [...new Set(best.flatMap((a) => a.parties))];
  // (A list closed by "and": "Washington, Moscow, Beijing and Islamabad".)
  if (best.length < 2 || parties.length < 2) return;
  const closedByAnd = tokens
    .slice((best[best.length - 2] as ActorMention).last + 1, (best[best.length - 1] as ActorMention).first)
    .some((t) => t.lower === 'and');
  if (!closedByAnd) return;
  r.jointStatement = {
    kind: 'party',
    parties,
    matched: best.map((a) => a.text).join(', '),
    role: null,
    document: true,
  };
  r.jointStatementAt = sentence.index;
}

/**
 * A quotation the joint statement's text closes ("“We ask the Taliban to refrain …,” the document
 * reads"), in this sentence or where the quotation running on from it closes: its issuers speak.
 */
function jointStatementSpeaking(r: DocumentReading, sentence: Sentence): Speaker | null {
  const joint = r.jointStatement;
  if (!joint || sentence.index - r.jointStatementAt > JOINT_STATEMENT_REACH) return null;
  if (STATEMENT_CLOSER.test(sentence.text)) return joint;
  // (A quotation running on: the sentence opens or continues it, and a later one of the paragraph closes it.)
  if (!/^["“]/.test(sentence.text.trim()) && !r.openQuote) return null;
  for (let k = sentence.index + 1; k < Math.min(r.sentences.length, sentence.index + 4); k++) {
    const next = r.sentences[k] as Sentence;
    if (r.text.slice(sentence.end, next.start).includes('\n')) return null;
    if (STATEMENT_CLOSER.test(next.text)) return joint;
    if (/["”]/.test(next.text)) return null;
  }
  return null;
}

/**
 * "Lavrov said the American document had elements … On the main question, it gave no positive answer":
 * the paper a sentence names as a clause's subject, or a reply just sent, is who "it" may be in the next.
 */
function notePaperSubject(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): void {
  const before = r.paperSubject;
  r.paperBefore = before && before.index === sentence.index - 1 ? before.owner : null;
  if (!mayName(r, sentence, PAPER_WORD) || !OWNED_PAPER_WORDS.test(sentence.text)) return;
  const owner =
    ownedPaperSubject(tokens, actors) ??
    (sendsReply(r, sentence) ? replySender(tokens, actors, (a) => subjectGroup(tokens, actors, a)) : null);
  if (owner) r.paperSubject = { index: sentence.index, owner };
}

/** The party whose paper a sentence shortly before named as its subject or said it sent (two sentences back at most). */
function paperInReach(r: DocumentReading, sentence: Sentence): Speaker | null {
  const p = r.paperSubject;
  const named = p && sentence.index - p.index <= 2 && sentence.index > p.index ? p : null;
  const sent =
    r.lastSent && sentence.index - r.lastSentAt <= 2 && sentence.index > r.lastSentAt
      ? { index: r.lastSentAt, owner: r.lastSent }
      : null;
  if (named && sent) return named.index >= sent.index ? named.owner : sent.owner;
  return (named ?? sent)?.owner ?? null;
}

/** "The US and NATO sent their replies …": who the replies named again in the next sentences are from. */
function noteReplySender(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): void {
  // (Inline arrows, not a named closure: the tsx/esbuild keepNames transform names each closure made,
  // and this runs for every sentence read.)
  if (sendsReply(r, sentence)) {
    r.lastSent = replySender(tokens, actors, (first) => subjectGroup(tokens, actors, first));
    r.lastSentAt = sentence.index;
    return;
  }
  // "…, according to papers El País posted": the papers are the subject's.
  if (!sourcedToReplies(r, sentence)) return;
  const sender = sourcedReplySender(tokens, actors, (first) => subjectGroup(tokens, actors, first));
  if (!sender) return;
  r.lastSent = sender;
  r.lastSentAt = sentence.index;
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
    attributionAfter(sentence, r.sentences, text, compiled, r.doc.published) ??
    // (Inside a quotation running on, the one named where it closes: “… . …,” Levits said.)
    (quoteOpenAfter(r.openQuote, sentence, text)
      ? quotationCloserAfter(sentence, r.sentences, text, compiled, r.doc.published)
      : null);
  // "The US and NATO sent their replies. The letters stand firm that …": the replies' sender.
  // "… the text makes no concessions. It holds that …": "It" is that reply again.
  const replyInReach = !!r.lastSent && sentence.index - r.lastSentAt <= 3;
  const replySpeaks =
    (!found || found.kind === 'other') &&
    replyInReach &&
    // (The reply sent in the sentence right before is what is named again, whatever spoke before it.)
    (!r.draftBefore || r.lastSentAt === sentence.index - 1) &&
    unownedReplySpeaks(tokens, leadingTransparent(tokens), actors);
  // ("Washington delivered its answer. The document contains no promise …": the paper just sent is
  // the reply, not the demands' draft, unless a draft spoke in the sentence before.)
  const draft: Speaker | null =
    (!found || found.kind === 'other') && !replySpeaks
      ? unownedDocumentSpeaking(tokens, r.lastOwner, namedProposer(compiled, r.namedParties), r.draftBefore)
      : null;
  const reply =
    !draft &&
    (!found || found.kind === 'other') &&
    replyInReach &&
    (replySpeaks ||
      unownedReplySpeaks(tokens, leadingTransparent(tokens), actors) ||
      (r.replySubjectAt === sentence.index - 1 && itSpeaks(tokens, leadingTransparent(tokens))))
      ? r.lastSent
      : null;
  // (The reply named again keeps its tie to the sender for the sentences after.)
  if (replyInReach && unownedReplySubject(tokens, actors)) r.replySubjectAt = r.lastSentAt = sentence.index;
  noteJointStatement(r, sentence, tokens, actors);
  const joint = !found || found.kind !== 'party' ? jointStatementSpeaking(r, sentence) : null;
  const statement = !joint && !draft && !reply ? statementSpeaking(r, sentence, tokens, actors, found) : null;
  const speaker =
    joint ??
    statement ??
    pairSpeaking(r, tokens, found) ??
    draft ??
    reply ??
    aidesPerson(r, tokens, actors, found) ??
    found;
  noteStatement(r, sentence, tokens, actors, speaker, statement);
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

/**
 * "Netanyahu's office issued a statement. The statement rejected …": the statement the sentence before
 * named speaking for its one owner; "It went on that …" after the statement spoke.
 */
function statementSpeaking(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  found: Speaker | null,
): Speaker | null {
  if ((found && found.kind !== 'other') || !r.statementOwner || r.statementAt !== sentence.index - 1)
    return null;
  const opens = statementSpeaksHere(tokens, actors);
  // ("It" is the statement only after the statement itself spoke: "Hamas dismissed Israel's statement.
  // It said …" is Hamas speaking.)
  if (!opens || (opens === 'it' && r.statementSpokeAt !== sentence.index - 1)) return null;
  return statementSpeaker(r.statementOwner, tokens);
}

/** Whose statement the sentence names (for the next sentence's "The statement said …"). */
function noteStatement(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  speaker: Speaker | null,
  statement: Speaker | null,
): void {
  if (statement?.kind === 'party') {
    r.statementAt = r.statementSpokeAt = sentence.index;
    return;
  }
  const owner = statementOwner(tokens, actors, speaker);
  if (owner === undefined) return;
  r.statementOwner = owner;
  r.statementAt = sentence.index;
}

/**
 * "Johnson wants to reassure Moscow, his spokesman said": the person opening the sentence, whom the
 * aide speaks for (unless the document calls that person by the other pronoun).
 */
function aidesPerson(
  r: DocumentReading,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  found: Speaker | null,
): Speaker | null {
  if (found?.kind !== 'pronoun' || !AIDE_SPEAKER.test(found.matched)) return null;
  const word = found.matched.split(/\s+/)[0]!.toLowerCase();
  const at = tokens.findIndex(
    (t, k) => t.lower === word && tokens[k + 1]?.lower === found.matched.split(/\s+/)[1]?.toLowerCase(),
  );
  const person = actors.find(
    (a) =>
      (a.kind === 'official' || a.kind === 'role' || a.kind === 'learned') &&
      a.first <= 3 &&
      a.last < at &&
      !afterPreposition(tokens, actors, a),
  );
  if (!person) return null;
  const known = r.pronouns.get(personKey(person.text));
  if (known && known !== pronounOf(word)) return null;
  return { kind: 'party', parties: person.parties, matched: person.text, role: person.role, document: false };
}

/**
 * What a pair opening a sentence says or does: "The two leaders said …", and what they sign or pledge
 * together ("The two presidents pledged to …", "the two leaders signed a statement …").
 */
const PAIR_VERB =
  /^(?:said|say|says|stressed|noted|agreed|added|warned|signed|pledged|vowed|promised|committed|reaffirmed)$/;

/** "The two leaders said …": the two parties named together lately. */
function pairSpeaking(r: DocumentReading, tokens: readonly Token[], found: Speaker | null): Speaker | null {
  if (r.recentPairAge > 3 || !r.recentPair) return null;
  if (found) return found.kind !== 'party' && PAIR_SPEAKER.test(found.matched) ? r.recentPair : null;
  const pairWords = tokens.findIndex((t, k) => k <= 3 && PAIR_VERB.test(t.lower));
  return pairWords > 0 &&
    PAIR_SPEAKER.test(r.text.slice((tokens[0] as Token).start, (tokens[pairWords - 1] as Token).end))
    ? r.recentPair
    : null;
}

/** An office named with no name: "the prime minister", "the president" (whom an aide may speak for). */
const OFFICE_WORD =
  /\bthe\s+(?:prime\s+minister|president|chancellor|premier|(?:foreign|defen[cs]e)\s+(?:minister|secretary)|secretary\s+of\s+state)\b/i;

/** Office words that name a person by office alone: "the official", "the diplomat". */
const UNNAMED_OFFICE = /^(?:official|diplomat)$/;

/** Whom a pronoun speaker, or a sentence with no speaker inside a quotation or a party's own statement, stands for. */
function previousSpeakerFor(
  r: DocumentReading,
  sentence: Sentence,
  tokens: readonly Token[],
  speaker: Speaker | null,
): Speaker | null {
  const { lastSpeaker, lastSpeakerAge, history } = r;
  const continuesQuote = r.openQuote || /^[“"]/.test(sentence.text);
  // "the minister added": the latest speaker holding a ministry, not simply the latest speaker. ("The
  // same official added …" after a US official and then Lavrov spoke: the US official, introduced by
  // that office word.)
  const byRole = speaker?.kind === 'pronoun' ? roleNoun(speaker.matched) : null;
  const roleMatches = byRole
    ? history.filter((h) => h.kind === 'party' && h.role?.toLowerCase().includes(byRole))
    : [];
  // ("X met U.S. envoy Y. The envoy said …": among people of two parties just named, the one holding
  // the office, or no one.)
  if (byRole && !BODY_ROLE.test(byRole) && r.peopleNamed?.index === sentence.index - 1) {
    const among = officeAmongPeople(r.peopleNamed.people, byRole);
    if (among !== undefined) return among;
  }
  const roleMatch = roleMatches[0];
  // ("The official said …" after an American official and then a Russian official spoke: either one;
  // an unnamed official or diplomat is no one's when officials of two parties spoke lately.)
  if (
    roleMatch?.kind === 'party' &&
    UNNAMED_OFFICE.test(byRole ?? '') &&
    roleMatches.some((h) => h.kind === 'party' && h.parties.join() !== roleMatch.parties.join())
  )
    return null;
  // "The prime minister said …" where the document named two prime ministers, or none: no one in
  // particular (an office named once with its party is resolved among the actors).
  // ("The same official said …", "the senior official added": the one spoken of before, the office one word.)
  const office =
    speaker?.kind === 'pronoun' ? speaker.matched.replace(/^the\s+(?:(?:same|senior)\s+)?/i, '') : '';
  const officeShared = office.includes(' ') && !Array.isArray(r.offices.get(officeKey(office)));
  // "They said …" after "Putin and Xi met …": both of them.
  // ("The three said …" is a group of three or no one: not simply the last speaker.)
  const counted = speaker?.kind === 'pronoun' && NUMBERED_GROUP.test(speaker.matched.toLowerCase());
  const plural =
    speaker?.kind === 'pronoun' && /^they$/i.test(speaker.matched)
      ? r.lastGroup
      : counted
        ? (countedGroup(speaker.matched, r.lastGroup, lastSpeakerAge <= 3 ? lastSpeaker : null) ??
          // "… the joint statement that Moscow, Beijing, Washington and Islamabad issued. … the four
          // main outside stakeholders called on …": the issuers listed a sentence or two before.
          (sentence.index - r.jointStatementAt <= JOINT_GROUP_REACH
            ? countedGroup(speaker.matched, r.jointStatement, null)
            : null))
        : null;
  // "These documents say … . He recalled that …": "he" or "she" is a person, not the document that
  // spoke last: the last person who did.
  const personal = speaker?.kind === 'pronoun' && /^(?:he|she|him|her)$/i.test(speaker.matched);
  const documentSpoke =
    (lastSpeaker?.kind === 'party' && lastSpeaker.document) ||
    (lastSpeaker?.kind === 'other' && DOCUMENT_NOUN.test(lastSpeaker.matched.toLowerCase()));
  const latest =
    personal && documentSpoke
      ? (history.find((h) => h.kind === 'party' && !h.document) ?? null)
      : lastSpeaker;
  // "Lavrov met his German counterpart. She said …": not Lavrov, whom the document called "he".
  const goesBy = personal && latest ? r.pronouns.get(personKey(latest.matched)) : undefined;
  const lastPerson = goesBy && goesBy !== pronounOf(speaker!.matched) ? null : latest;
  // "Scholz spoke in Berlin. His spokesman said …": the person spoken of last, a person with an office
  // (not a party or a document), unless the document calls that person by the other pronoun.
  // "Lavrov spoke with Blinken. His counterpart said …": the pair's other side, when the person is one side.
  if (speaker?.kind === 'pronoun' && COUNTERPART_SPEAKER.test(speaker.matched)) {
    const person =
      lastSpeakerAge <= 3 && lastSpeaker?.kind === 'party' && !lastSpeaker.document && lastSpeaker.role
        ? lastSpeaker
        : null;
    const pair = r.recentPairAge <= 3 && r.recentPair?.kind === 'party' ? r.recentPair : null;
    if (!person || !pair || pair.parties.length !== 2 || person.parties.length !== 1) return null;
    const known = r.pronouns.get(personKey(person.matched));
    if (known && known !== pronounOf(speaker.matched.split(/\s+/)[0]!)) return null;
    const other = pair.parties.filter((p) => !person.parties.includes(p));
    return other.length === 1
      ? { kind: 'party', parties: other, matched: speaker.matched, role: null, document: false }
      : null;
  }
  if (speaker?.kind === 'pronoun' && AIDE_SPEAKER.test(speaker.matched)) {
    const person =
      lastSpeakerAge <= 3 && lastSpeaker?.kind === 'party' && !lastSpeaker.document && lastSpeaker.role
        ? lastSpeaker
        : null;
    const known = person ? r.pronouns.get(personKey(person.matched)) : undefined;
    if (person) return !known || known === pronounOf(speaker.matched.split(/\s+/)[0]!) ? person : null;
    // "Downing Street said the prime minister wanted … . His spokesman stressed …": the office that
    // spoke, for the person of its own party it spoke of (no person of another party named with it).
    // (Or an office no name goes with: "the prime minister", when no person of another party is named.)
    const named = r.peopleNamed?.index === sentence.index - 1 ? r.peopleNamed : null;
    return lastSpeakerAge <= 1 &&
      lastSpeaker?.kind === 'party' &&
      !lastSpeaker.document &&
      !lastSpeaker.role &&
      named &&
      (named.parties.length > 0 || named.office) &&
      named.parties.every((p) => lastSpeaker.parties.includes(p))
      ? lastSpeaker
      : null;
  }
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
    // (The first person looked for in place: a named closure costs a naming per call under tsx.)
    (speaker === null &&
    r.publisher &&
    (r.publisherProposes || tokens.some((t) => FIRST_PERSON_WORDS.has(t.lower)))
      ? r.publisher
      : null) ??
    // "MR PRICE: … We will not allow …": the official the transcript's label names.
    (speaker === null && r.labelled && tokens.some((t) => FIRST_PERSON_WORDS.has(t.lower))
      ? r.labelled
      : null)
  );
}

/** The parties of the sentence's speaker ("he said" standing for the last one), who own its "our". */
function partiesSpeaking({
  speaker,
  previousSpeaker,
}: Pick<Voice, 'speaker' | 'previousSpeaker'>): string[] | undefined {
  if (speaker?.kind === 'party') return speaker.parties;
  return previousSpeaker?.kind === 'party' ? previousSpeaker.parties : undefined;
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
  speakerParties: readonly string[] | undefined,
): SentenceMentions {
  const { text, compiled } = r;
  const cueMatches = findCueMatches(tokens, compiled, actors);
  r.definite.sentence = sentence.index;
  const found = findDemandMentions(
    text,
    tokens,
    compiled,
    actors,
    cueMatches,
    r.documentAnchors,
    r.definite,
    speakerParties,
  );
  // (A new array only where a mention is dropped: most sentences keep every one.)
  const explicit = found.some((m) => regardedAs(tokens, m))
    ? found.filter((m) => !regardedAs(tokens, m))
    : found;
  giveBackTopicSubjects(tokens, explicit, cueMatches);
  cueMatches.push(...readinessMatches(tokens, explicit, cueMatches));
  cueMatches.push(...handedOverMatches(tokens, explicit, cueMatches));
  cueMatches.push(...withheldUndertakingMatches(tokens, explicit, cueMatches));
  cueMatches.push(...soleMeansMatches(tokens, explicit, cueMatches));
  cueMatches.sort((a, b) => a.first - b.first || b.last - a.last);
  const list = lastListBefore(r.lists, sentence.end);
  const listMentions = list ? listMentionsIn(text, sentence, tokens, list, explicit) : [];
  const references = findReferences(
    text,
    tokens,
    compiled,
    actors,
    [...explicit, ...listMentions],
    r.recorded.attached,
    r.lastOwner,
  );
  // "“They would not accept our proposal,” the official said": the speaking party's attached demands.
  references.push(
    ...ourReferences(
      text,
      tokens,
      compiled,
      [...explicit, ...listMentions, ...references],
      r.recorded.attached,
      speakerParties,
    ),
  );
  // "… no positive answer on the main question. That question is …": the next sentence says what it is.
  const ahead = mayBeDefinedNext(r, sentence) ? definitionNext(r, sentence) : null;
  if (ahead) {
    const forward = pointersDefinedNext(
      text,
      tokens,
      compiled,
      [...explicit, ...listMentions],
      ahead.kind,
      ahead.defined,
      ahead.tokens,
    );
    if (forward.length > 0) {
      let kept = 0;
      for (const m of references)
        if (!forward.some((f) => f.first <= m.last && m.first <= f.last)) references[kept++] = m;
      references.length = kept;
      references.push(...forward);
    }
  }
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
  // "… cannot give such a guarantee": giving the undertaking a pointer names grants it.
  // ("… no such guarantee can be given": the same, in the passive.)
  const supplied = suppliedPledgeMatches(tokens, references, cueMatches);
  if (supplied.length > 0) {
    cueMatches.push(...supplied);
    cueMatches.sort((a, b) => a.first - b.first || b.last - a.last);
  }
  // (Only where no demand was named before the pronoun: "it" may point at that one.)
  const pointedBack = pronounObjectReferences(tokens, compiled, before).filter(
    (p) => ![...explicit, ...listMentions, ...references].some((m) => m.first <= p.first),
  );
  // "… is not prepared to do so": readiness for the act the pro-verb stands for.
  const proVerbs = pointedBack.filter((p) => p.proVerb);
  if (proVerbs.length > 0) {
    cueMatches.push(...readinessMatches(tokens, proVerbs, cueMatches));
    cueMatches.sort((a, b) => a.first - b.first || b.last - a.last);
  }
  const all = [...explicit, ...listMentions, ...references, ...pointedBack].sort((a, b) => a.first - b.first);
  return { cueMatches, explicit, listMentions, references, pointedBack, all };
}

/** Whether the sentence may hold a pointer the next one opens by defining ("That question is …"); a cheap test. */
function mayBeDefinedNext(r: DocumentReading, sentence: Sentence): boolean {
  const next = r.sentences[sentence.index + 1];
  return !!next && DEFINED_POINTER.test(sentence.text) && DEFINITION_OPENING.test(next.text);
}

/** The definition the next sentence opens with: the noun's kind and the demands it names, in its tokens. */
function definitionNext(
  r: DocumentReading,
  sentence: Sentence,
): { kind: string; defined: DemandMention[]; tokens: Token[] } | null {
  const { text, compiled } = r;
  const next = r.sentences[sentence.index + 1] as Sentence;
  const tokens = tokenize(text, next.start, next.end, compiled.keyCache);
  const opening = definitionOpening(tokens);
  if (!opening) return null;
  const actors = findActors(text, tokens, compiled, r.doc.published, new Map());
  const defined = definedDemands(
    tokens,
    findDemandMentions(text, tokens, compiled, actors, []),
    opening.kind,
    opening.from,
  );
  return defined.length > 0 ? { kind: opening.kind, defined, tokens } : null;
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
  const named = mentionsIn(
    r,
    sentence,
    tokens,
    actors,
    antecedents,
    partiesSpeaking({ speaker, previousSpeaker }),
  );
  const { all } = named;
  // "NBC reported that the administration was ready to offer … . The White House rejected the story.":
  // the denied report stands for what it said the denier was ready to grant.
  const reported = reportedReadiness(tokens, actors, named.explicit);
  const before = r.reportedReadiness;
  r.reportedReadiness = reported ? { index: sentence.index, reading: reported } : before;
  if (!reported && before?.index === sentence.index - 1) {
    all.push(...deniedReportMentions(tokens, actors, before.reading));
    all.sort((a, b) => a.first - b.first);
  }
  // ("The White House denied a report that it was ready to cut …": the same in one sentence; the
  // sentence's own mentions, made for it alone, carry the denial.)
  const deniedHere = deniedReportInSentence(tokens, actors, named.explicit);
  if (deniedHere) {
    const { denier, first, last } = deniedHere;
    for (const m of deniedHere.demands) m.deniedReport = { parties: denier.parties, first, last };
  }
  for (const a of actors)
    if (!all.some((m) => (a.first >= m.first && a.last <= m.last) || namedInDemandsOfPhrase(tokens, a, m)))
      for (const p of a.parties) r.namedOutsideDemands.add(p);
  r.namedInLast = all.length > 0;
  const pointable = passOnToNext(r, tokens, named);
  if (named.explicit.length + named.listMentions.length > 0) r.namesADemand = true;

  const cues = sentenceCues(text, tokens, compiled, named.cueMatches, actors, all);
  // Demand nouns owned by a party ("Russia's demands") act as that party's support for what they name.
  // ("President Joe Biden spoke on Friday. “Our plan …,” he wrote": "our" is the party "he" stands for.)
  const owned = ownedCarriers(
    tokens,
    compiled,
    actors,
    partySpeaking(speaker, previousSpeaker) ?? speaker,
    r.lastOwner,
  );
  // "Russia sent the US a list of demands. These include A, B and C.": the list is the owner's.
  const listItems = ownerInSentenceBefore && r.lastOwner ? listItemsOpening(tokens, compiled) : null;
  if (listItems && r.lastOwner) owned.unshift({ ...listItems, owner: r.lastOwner, predicative: false });
  const latest = owned.filter((p) => !p.predicative || p.owner).pop();
  if (latest) r.lastOwner = latest.owner;
  for (const o of owned) for (const p of o.owner.parties) r.demandOwners.add(p);
  r.ownerJustNamed = !!latest;
  for (const c of ownedCarrierCues(text, tokens, compiled, owned, all)) cues.push(c);
  // "the halt … that Moscow is demanding, which Pristina rejects": the clause's verb is its subject's cue.
  const relative = relativeClauseCues(text, tokens, actors, all);
  if (relative.length > 0) {
    const inClause = (c: Cue) => relative.some((x) => c.first <= x.last && x.first <= c.last);
    let kept = 0;
    for (const c of cues) if (!inClause(c)) cues[kept++] = c;
    cues.length = kept;
    for (const c of relative) cues.push(c);
    // The demand's words run on through their relative clauses, which say whose they are; the sentence's
    // own verb, after them, reads the whole ("the halt … that Moscow is demanding is a non-starter").
    for (const m of all) {
      let end = m.last;
      for (const c of relative) if (c.first > end && c.first <= end + 2) end = c.last;
      m.last = end;
    }
  }
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
    paperBefore: r.paperBefore,
    itemOf: r.listOf.length && BULLET_LINE.test(sentence.text) ? r.listOf : null,
    namedParties: r.namedParties,
    recentPair: r.recentPairAge <= 3 ? r.recentPair : null,
    twoNamedBefore: r.twoBefore,
    recentGroups: [
      r.lastGroup,
      sentence.index - r.jointStatementAt <= JOINT_GROUP_REACH ? r.jointStatement : null,
      r.lastSpeakerAge <= 3 ? r.lastSpeaker : null,
    ].filter((g): g is Speaker => g?.kind === 'party'),
    demandingParties: new Set(r.recorded.attached.keys()),
  });
  // "Some of these the alliance turned down": which of them, the sentence does not say.
  // (Arrays filled by push, here and below: an array `map` or `filter` makes is of another kind when
  // empty, and each kind met anew sent the reading, inlined whole, back to be compiled again.)
  const findings: SentenceFinding[] = [];
  for (const f of read)
    findings.push(f.mention.partial && f.stance !== 'unclear' ? { ...f, stance: 'unclear' as const } : f);
  // "Kallas called Russia's demands unacceptable": the judge's own verdict on demands not yet said.
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as SentenceFinding;
    if (
      f.voice === 'reported' &&
      f.mention.resolvedFrom === PENDING &&
      f.attribution.kind === 'subject' &&
      judgedBySubject(tokens, actors, f.mention, f.party)
    )
      findings[i] = { ...f, voice: 'own' };
  }
  // What a party's draft would have others do is the draft's content, not their position: "Under it,
  // the United States would commit to …" says nothing of Washington's view.
  let kept = findings;
  if (speaker === draft && draft?.kind === 'party') {
    kept = [];
    for (const f of findings) if (draft.parties.includes(f.party) || f.judgesOwnedDemand) kept.push(f);
  }
  // (A party's demand noun not yet resolved says nothing unclassified: it may name none of the cell's.)
  const settled = all.some((m) => m.resolvedFrom === PENDING)
    ? found.filter((u) => !all.some((m) => m.resolvedFrom === PENDING && m.match === u.demandMatch))
    : found;
  // "Stoltenberg, repeating what Biden said, pledged …": the one repeated holds it too.
  const echoed =
    mayEcho(r, sentence) && ECHO_WORDS.test(sentence.text) ? echoedInSentence(tokens, actors) : null;
  const shared = echoed ? sharedFindings(heldFindings(kept), echoed) : [];
  record(doc, sentence, shared.length > 0 ? [...kept, ...shared] : kept, settled, r.recorded);
  const held = heldFindings(kept);
  r.lastHeld = held.length > 0 ? { index: sentence.index, sentence, findings: held } : null;
  if (settled.length > 0) {
    const voice = sentenceVoice(r, tokens, actors, speaker, previousSpeaker);
    for (const u of settled)
      if (!thirdPartyVoiced(compiled, u.demand, voice)) r.namedWithDemand.add(`${u.party}|${u.demand}`);
  }
  // "North Korea said it no longer needs sanctions relief", read by no rule: not to be overridden by the
  // document's stated demand.
  for (const m of all)
    for (const p of proposersDenying(m, tokens, actors, compiled, speaker))
      if (!kept.some((f) => f.party === p && f.demand === m.demand)) r.deniedUnread.add(`${p}|${m.demand}`);
  // ("Netanyahu rejected a full withdrawal and a hostage release": its own demand refused, read by no rule.)
  for (const m of all)
    for (const p of proposersRefusingOwn(tokens, actors, all, cues, compiled.proposers.get(m.demand), m))
      if (!kept.some((f) => f.party === p && f.demand === m.demand)) r.deniedUnread.add(`${p}|${m.demand}`);
  for (const m of all) {
    // (After a stating sentence in a third party's words, the next one stating the demand otherwise is
    // kept too: the proposer may be credited from it instead.)
    const held = r.stated.get(m.demand);
    if (
      (!held || (held.thirdPartyVoice && !held.later)) &&
      statesProposersDemand(m, sentence, text, tokens, actors, compiled, speaker, previousSpeaker) &&
      // (Nor where a denied cue governs it: "the DUP does not call for the court to be removed".)
      !deniedCueBefore(tokens, cues, m) &&
      // (Nor history: "Soviet troops withdrew from Poland in 1993, the ministry noted", dated-past-event.ts.)
      !datedPastEvent(tokens, m, doc.published, sentence) &&
      // (Nor talks on it refused by its proposer: "Russia is not willing to discuss limits on missiles".)
      !proposerRefusingTalks(tokens, cues, m, actors, compiled.proposers.get(m.demand)) &&
      // (Not where another party offers talks on it: "NATO offered limits on missiles" is the offer.)
      !kept.some((f) => f.mention === m && f.stance === 'open') &&
      // (Nor the other side's refusal the proposer tells of: "Russia says NATO will not return to …",
      // reported-refusal.ts.)
      !actors.some((a) =>
        reportsOthersRefusal(tokens, actors, kept, a, m, compiled.proposers.get(m.demand) ?? new Set()),
      )
    ) {
      const voice = sentenceVoice(r, tokens, actors, speaker, previousSpeaker);
      // ("“Lifting sanctions will unleash …,” the Israeli minister said": another party's forecast.)
      if (foretoldByOther(m, tokens, compiled, voice)) continue;
      // ("“It is our hope that this will lead into talks,” the ministry said", no ministry named before:
      // someone's own words, whose we cannot tell, are no report of the proposer's demand either.)
      const unknownVoice =
        speaker !== null && voice.length === 0 && tokens.some((t) => FIRST_PERSON_WORDS.has(t.lower));
      const thirdPartyVoice = unknownVoice || thirdPartyVoiced(compiled, m.demand, voice);
      if (held && thirdPartyVoice) continue;
      const stated: StatedDemand = {
        sentence,
        mention: m,
        words: text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
        // ("EU law still applies on UK territory", "on British soil": a name for a place names no one who
        // might hold the demand.)
        named: new Set(actors.filter((a) => !namesPlace(tokens, a)).flatMap((a) => a.parties)),
        namedAsNoun: new Set(
          actors
            .filter(
              (a) =>
                !namesPlace(tokens, a) &&
                ((a.kind !== 'adjective' && !compoundModifier(text, tokens, a)) ||
                  (a.first >= m.first && a.last <= m.last)),
            )
            .flatMap((a) => a.parties),
        ),
        narrated: speaker === null && previousSpeaker?.kind !== 'party',
        voice,
        thirdPartyVoice,
        addresseesDenial: addresseesDenial(compiled, m, tokens, voice),
        later: null,
        namedOutside: new Set(
          actors
            .filter(
              (a) =>
                a.kind !== 'adjective' && !namesPlace(tokens, a) && (a.last < m.first || a.first > m.last),
            )
            .flatMap((a) => a.parties),
        ),
        namedBefore: new Set(
          actors
            .filter((a) => a.kind !== 'adjective' && !namesPlace(tokens, a) && a.last < m.first)
            .flatMap((a) => a.parties),
        ),
        namedOnlyInside: onlyInside(tokens, actors, m),
        namedLeftOut: leftOutOnly(tokens, actors),
        namedUrged: urgedOnly(tokens, actors, m),
      };
      if (held) held.later = stated;
      else r.stated.set(m.demand, stated);
    }
  }
  noteWhoAsked(r, pointable, kept, sentence);
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
  sentence: Sentence,
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
        : on.length > 0
          ? on.every((f) => f.stance === 'supports' && proposers?.has(f.party))
            ? (on[0] as SentenceFinding).party
            : undefined
          : statedFor(r, m, sentence);
    if (asked) {
      p.askedBy = asked;
      p.direction = 1;
    }
  });
  const decided = pointable.filter((m) => kept.some((f) => f.mention === m));
  if (decided.length > 0)
    r.previousMentions = r.previousMentions.filter((_, k) => decided.includes(pointable[k] as DemandMention));
}

/**
 * "The drafts published in Moscow would rule out any further eastward growth of NATO. Those demands
 * should be put to one side, …": a demand no reading took, which the document states here in its own
 * words as its proposer's (see statedDemandsOwnedByProposer), was asked by that proposer, where the
 * demand has one proposer only and the document has named it by now.
 */
function statedFor(r: DocumentReading, m: DemandMention, sentence: Sentence): string | undefined {
  // (The first stating sentence, or the one kept after it when the first was in a third party's words.
  // Whoever's words state it, the demand pointed back to is still its proposer's.)
  const first = r.stated.get(m.demand);
  const stated = first?.sentence === sentence ? first : first?.later;
  if (stated?.mention !== m || stated.sentence !== sentence) return undefined;
  const proposers = r.compiled.proposers.get(m.demand);
  if (proposers?.size !== 1) return undefined;
  const [party] = proposers as Set<string>;
  return r.namedParties.has(party as string) && !r.deniedUnread.has(`${party}|${m.demand}`)
    ? party
    : undefined;
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
  // ("In its written response, NATO said …", "In talks with Biden, Putin said …": past an opening
  // prepositional phrase, whose own nouns are not the subject.)
  const start = opens || afterOpeningAdverbial(tokens);
  r.lastSubject =
    actors.find((a) => a.kind !== 'adjective' && a.first >= start && a.first <= start + 3) ??
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
  notePersonPronouns(tokens, people, r.pronouns);
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
        k > person.last &&
        (t.lower === 'was' || t.lower === 'were') &&
        RECEIVED.test(tokens[k + 1]?.lower ?? ''),
    );
  // ("His spokesman said …" with no one it speaks for: the person, as with no speaker.)
  const unresolved = speaker?.kind === 'pronoun' && AIDE_SPEAKER.test(speaker.matched) && !previousSpeaker;
  if ((!speaker || unresolved) && person && person.role && !received) {
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

const OPENING_PREPOSITION = wordSet(
  /^(?:in|on|at|after|before|during|following|with|under|amid|despite|from|by|for|over|since|within|throughout)$/,
);
/** Where a sentence's subject may start past an opening prepositional phrase and its comma; 0 if none. */
function afterOpeningAdverbial(tokens: readonly Token[]): number {
  if (!OPENING_PREPOSITION.test(tokens[0]?.lower ?? '')) return 0;
  const comma = tokens.findIndex((t, i) => i <= 8 && t.text === ',');
  return comma > 1 ? comma + 1 : 0;
}

/**
 * Whose words a sentence gives: the parties speaking it ("he said" standing for the last one), or in
 * narration the party opening it as its subject ("Beijing supports an approach it calls …").
 */
function sentenceVoice(
  r: DocumentReading,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  speaker: Speaker | null,
  previousSpeaker: Speaker | null,
): readonly string[] {
  const spoken = partiesSpeaking({ speaker, previousSpeaker });
  if (spoken || speaker !== null) return spoken ?? [];
  // ("Wang spoke after the meeting. He called on every delegation to …": the person spoken of just before.)
  if (/^(?:he|she)$/.test(tokens[0]?.lower ?? '') && tokens[1] && !tokens[1].transparent)
    return r.lastSpeakerAge <= 1 && r.lastSpeaker?.kind === 'party' && !r.lastSpeaker.document
      ? r.lastSpeaker.parties
      : [];
  return openingSubjectParties(tokens, actors);
}

/** The parties a sentence names only as left out ("talks without Kyiv"), not otherwise as well. */
function leftOutOnly(tokens: readonly Token[], actors: readonly ActorMention[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of actors) if (namedAsLeftOut(tokens, a)) for (const p of a.parties) out.add(p);
  if (out.size === 0) return out;
  // (An adjective, "Afghan figures", "intra-Afghan talks", names the country, not the party otherwise.)
  for (const a of actors)
    if (!namedAsLeftOut(tokens, a) && a.kind !== 'adjective') for (const p of a.parties) out.delete(p);
  return out;
}

/** Verbs that press or oblige someone named right after them to act: "pressed Abdullah to …". */
const PRESSING = wordSet(
  /^(?:press|presses|pressed|pressing|urge|urges|urged|urging|push|pushes|pushed|pushing|pressure|pressures|pressured|pressuring|pressurised|pressurized|ask|asks|asked|asking|tell|tells|told|telling|encourage|encourages|encouraged|encouraging|implore|implored|beg|begged|lobby|lobbied|lobbying|persuade|persuaded|convince|convinced|oblige|obliges|obliged|require|requires|required|force|forces|forced|forcing|compel|compels|compelled|compelling)$/,
);
/**
 * "Pompeo pressed Abdullah to reach a ceasefire", "urged the government to …", "called on Kabul to …",
 * "pushed China into removing …":
 * the party pressed or obliged to act is told what another side wants; the sentence states no demand of
 * its own in its words.
 */
function namedAsUrged(tokens: readonly Token[], a: ActorMention): boolean {
  if (a.kind === 'adjective') return false;
  // (Or pushed into the act: "pressure Iran into renegotiating …".)
  const into = tokens[a.last + 1]?.lower === 'into' && /ing$/.test(tokens[a.last + 2]?.lower ?? '');
  if (tokens[a.last + 1]?.lower !== 'to' && !into) return false;
  let p = a.first - 1;
  if (/^(?:the|its|their)$/.test(tokens[p]?.lower ?? '')) p--;
  if (PRESSING.test(tokens[p]?.lower ?? '')) return true;
  return tokens[p]?.lower === 'on' && /^call(?:s|ed|ing)?$/.test(tokens[p - 1]?.lower ?? '');
}

/**
 * The parties the sentence names only as pressed to do what `m` names (see namedAsUrged). (Not "called
 * on the government to cooperate in its efforts to win freedom for the captives": the urged party's own
 * aim, named with its possessive, stays its own.)
 */
function urgedOnly(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
): ReadonlySet<string> {
  const out = new Set<string>();
  for (const a of actors)
    if (
      a.last < m.first &&
      namedAsUrged(tokens, a) &&
      !tokens.slice(a.last + 1, m.first).some((t) => /^(?:its|their|his|her|own)$/.test(t.lower))
    )
      for (const p of a.parties) out.add(p);
  if (out.size === 0) return out;
  for (const a of actors)
    if (a.kind !== 'adjective' && !namedAsUrged(tokens, a) && !(a.first >= m.first && a.last <= m.last))
      for (const p of a.parties) out.delete(p);
  return out;
}

/** Whether `voice` is a third party's to `demand`: none of it put the demand forward, and not all of it is asked to meet it. */
function thirdPartyVoiced(compiled: CompiledOntology, demand: string, voice: readonly string[]): boolean {
  const proposers = compiled.proposers.get(demand);
  const addressees = compiled.addressees.get(demand);
  return voice.length > 0 && !voice.some((p) => proposers?.has(p)) && voice.some((p) => !addressees?.has(p));
}

/**
 * "There are no American or NATO missiles in Ukraine" said by a party the demand is put to: its own
 * denial that it does what the demand would stop, "no" opening the demand's words after "there are" or
 * "we have".
 */
function addresseesDenial(
  compiled: CompiledOntology,
  m: DemandMention,
  tokens: readonly Token[],
  voice: readonly string[],
): boolean {
  const addressees = compiled.addressees.get(m.demand);
  if (voice.length === 0 || !voice.every((p) => addressees?.has(p))) return false;
  if (tokens[m.first]?.lower !== 'no') return false;
  const one = tokens[m.first - 1]?.lower ?? '';
  const two = tokens[m.first - 2]?.lower ?? '';
  return (
    (two === 'there' && /^(?:are|is|were|was)$/.test(one)) ||
    (/^(?:we|they)$/.test(two) && /^(?:have|had)$/.test(one))
  );
}

/** The parties named in `m`'s own words and nowhere else in the sentence. */
function onlyInside(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
): Set<string> {
  const inside = new Set(
    actors.filter((a) => a.first >= m.first && a.last <= m.last).flatMap((a) => a.parties),
  );
  for (const a of actors)
    if ((a.last < m.first || a.first > m.last) && !namesAgainAfter(tokens, actors, m, a))
      for (const p of a.parties) inside.delete(p);
  return inside;
}

/**
 * The party opening a sentence as its subject, its verb right after ("Beijing supports …", "The alliance
 * proposes …"); none where the name goes on as a possessive, a compound or a list.
 */
function openingSubjectParties(tokens: readonly Token[], actors: readonly ActorMention[]): string[] {
  let s = 0;
  while (tokens[s]?.transparent) s++;
  const subject = actors.find(
    (a) => a.kind !== 'adjective' && (a.first === s || (a.first === s + 1 && tokens[s]?.lower === 'the')),
  );
  if (!subject) return [];
  let end = subject.last;
  // ("Antonio Guterres, the head of the United Nations, has appealed …": past the same party's office in apposition.)
  if (tokens[end + 1]?.text === ',') {
    const office = actors.find(
      (a) =>
        (a.first === end + 2 ||
          (a.first === end + 3 && /^(?:the|a|an)$/.test(tokens[end + 2]?.lower ?? ''))) &&
        a.parties.some((p) => subject.parties.includes(p)),
    );
    if (office && tokens[office.last + 1]?.text === ',') end = office.last + 1;
  }
  const next = tokens[end + 1];
  if (!next || /^(?:['’]s?|[-–,(]|and|or|of)$/.test(next.lower)) return [];
  return subject.parties;
}

/** A name joined by a hyphen to another word, as a modifier: "the US-China talks". */
function compoundModifier(text: string, tokens: readonly Token[], a: ActorMention): boolean {
  const first = tokens[a.first];
  const last = tokens[a.last];
  if (!first || !last) return false;
  return (
    /^[-–]\S/.test(text.slice(last.end, last.end + 2)) ||
    /\S[-–]$/.test(text.slice(Math.max(0, first.start - 2), first.start))
  );
}

/**
 * A document that names a demand's proposer and states the demand in its own words, but has no sentence
 * tying the two, still reports the proposer's demand: weakly, as reported, through the proposer (the
 * first sentence stating it). Which proposers it credits: see stated-demand-owner.ts.
 */
function statedDemandsOwnedByProposer(
  doc: SourceDocument,
  compiled: CompiledOntology,
  reading: DocumentReading,
  recorded: Recorded,
): void {
  for (const { party, demand, stating } of statedDemandCredits(compiled, reading, recorded.citations)) {
    const { sentence, mention, words } = stating;
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

/**
 * Citations through a party's demand noun met before the document attached any demand to it ("NATO
 * rejected Russia's demands. … Moscow wants …"): kept for the demands the document attached to that
 * party by its end, resolved to where; the others dropped.
 * Where the document never attaches one, another side refusing the party's demands in its own words
 * ("Tallinn said Russia's demands were unacceptable") refuses the party's central demand (the
 * ontology marks it), resolved to the pointer itself; nothing else is read from such a pointer.
 */
function settlePending(
  citations: Citation[],
  pending: Recorded['pending'],
  attached: AttachedDemands,
  compiled: CompiledOntology,
): void {
  if (pending.length === 0) return;
  const dropped = new Set<Citation>();
  for (const { citation, owner } of pending) {
    const from = attached.get(owner)?.get(citation.demand);
    if (from) citation.resolvedFrom = from;
    else if (
      !attached.get(owner)?.size &&
      citation.stance === 'rejects' &&
      citation.voice === 'own' &&
      citation.party !== owner &&
      compiled.demands.some((d) => d.id === citation.demand && d.central)
    )
      citation.resolvedFrom = { start: citation.start, end: citation.end };
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
      // ("no such guarantee can be given": "no" denies the undertaking's giving, not the demand.)
      if (
        r.first === r.last &&
        tokens[r.first]?.lower === 'no' &&
        UNDERTAKING.test(tokens[m.last]?.lower ?? '')
      )
        break;
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
  // "Washington will not give Russia the guarantees it wants": a gapped cue ("not give … guarantees")
  // started before a pointer and ending on its noun; the pointer gives the noun back, as above.
  for (const m of all) {
    if (m.kind !== 'reference') continue;
    const cueMatch = cueMatches.find(
      (c) => c.first < m.first && c.last >= m.first && c.last < m.last && !blocked(c.first),
    );
    if (!cueMatch) continue;
    m.first = cueMatch.last + 1;
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
