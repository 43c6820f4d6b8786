/**
 * The base layer of a sentence's reading: what is worked out once (clauses, who may speak, facts of the
 * whole sentence, each clause's modality) and questions about clause structure: where a clause starts,
 * what a cue's complement covers, whether a word is inside a demand's wording.
 */
import {
  DEMAND_NOUN_MODIFIERS,
  MODAL_ADVERB,
  ownedReadinessAt,
  relinquishingAt,
  UNDERTAKING_WORD,
} from '../word-lists';
import { undertakingLaterInList } from './later-list-item';
import type { Modality } from '../../model/matrix';
import { canSpeak, type ActorMention } from '../actors';
import { clauseOf, clauseSpans, dashAsideClose, SPEAKING_PARTICIPLE } from '../clauses';
import type { CompiledOntology } from '../compile-ontology';
import { clauseModality, cueModality, isPastYear, makeCue, type ClauseModality, type Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';
import { verbBeforeParticle } from './particle-verb';
import { deniedPermissionLink } from './denied-permission';
import { newClauseSubjectBetween } from './joined-clause-subject';
import { addresseeListCommas } from './addressee-list';
import type { SentenceFacts, SentenceFinding, SentenceInput } from './types';
import {
  ASKING_QUESTION,
  AUXILIARY,
  CLAUSE_PUNCTUATION,
  COMMENTATORS,
  commentatorGuessAt,
  COMPLEMENT,
  LIST_OPENER,
  NEW_PREDICATE,
  NP_SKIP,
  NP_WORDS,
} from './lexicon';
import { wordSet } from '../word-set';
import { refusalReachesExample } from './refusal-before-example';
import { wishInRelativeClause } from './wanted-in-relative';

/** A finite auxiliary right after "and": "… and has offered", "… and will keep". */
const FINITE_AUXILIARY_AFTER_AND = wordSet(/^(?:has|have|had|will|would|is|are|was|were)$/);

const ADJACENT_FILLER = new Set([
  'to',
  'the',
  'a',
  'an',
  'on',
  'for',
  'that',
  'any',
  'even',
  'also',
  'further',
  'its',
  'their',
  'be',
  'been',
  'is',
  'are',
  'was',
  'were',
  'discussing',
  // "no intention of making compromises on …": a light verb before the noun that carries the cue
  'making',
  'make',
  'about',
  'possibility',
  'idea',
  'notion',
  'of',
  'some',
  'all',
  'most',
  'several',
  'many',
  'key',
  'main',
  // "discuss certain aspects of Russia's proposals"
  'certain',
  'aspects',
  'aspect',
  'parts',
  'part',
  'elements',
]);

const LINK_MODIFIERS = wordSet(
  /^(?:security|legal|legally|binding|written|formal|formally|firm|firmly|clear|clearly|concrete|explicit|explicitly|public|publicly|official|officially|reliable|solid|ironclad|iron-clad|long-term|new|fresh|specific|reinforced)$/,
);

/** Opening an aside in commas whose names are no subject of the verb after it: ", who …,", ", if Moscow reciprocates,". */
const INSERTION_WORD = wordSet(/^(?:who|which|whose|if|unless|provided|once|should)$/);

const CONJUNCTIONS = new Set([
  'if',
  'unless',
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'as',
  'but',
  'since',
  'after',
  'before',
  'when',
  'which',
  'who',
]);

/** The determiner opening an object put after its "as" phrase: "dismissed as outdated the Russian demand". */
const INVERTED_OBJECT_OPENER = wordSet(/^(?:the|any|all|this|these|those|such|its|their|his|her)$/);

const DEMAND_AUXILIARY = new Set([
  'will',
  'would',
  'shall',
  'should',
  'must',
  'not',
  'never',
  'to',
  'be',
  'ever',
  'further',
  'no',
  'longer',
  'can',
  'could',
  'may',
]);

/** Cues that are also verbs of saying: what follows "that" is a clause of its own. */
const STATING_CUE = wordSet(
  /^(?:stress|stressed|stresses|stressing|emphasi[sz]e|emphasi[sz]ed|emphasi[sz]es|emphasi[sz]ing|underline|underlined|underlines|underlining|underscore|underscored|underscores|underscoring|reiterate|reiterated|reiterates|reiterating|repeat|repeated|repeats|repeating|highlight|highlighted|highlights|highlighting|restate|restated|restates|restating)$/,
);

/** Words whose "that" clause is what someone asks for. */
const ASKING_WORDS = wordSet(
  /^(?:demands?|demanded|demanding|insists?|insisted|insistence|requests?|requested|requirements?|conditions?|ultimatums?|proposals?|calls?|urged?|urges|urging)$/,
);

const INVERTED_AUXILIARY = wordSet(
  /^(?:is|are|was|were|will|would|does|do|did|can|could|should|shall|has|have|had|may|might|must|isn't|aren't|won't|doesn't|don't|didn't)$/,
);

const DOUBTING = wordSet(
  /^(?:doubt|doubts|doubted|doubting|doubtful|questioned|questions|unsure|uncertain|unclear|fear|fears|feared|fearing|worry|worries|worried|afraid)$/,
);

/** A verb of doubting or fearing followed at once by a clause with a modal: "doubts Finland will seek …". */
const DOUBTING_VERB = wordSet(/^(?:doubt|doubts|doubted|fear|fears|feared)$/);
/** "not sure", "wasn't certain", "never convinced": a doubt put as a denied certainty. */
const CERTAIN = wordSet(/^(?:sure|certain|convinced)$/);
function deniedCertainty(tokens: readonly Token[], k: number): boolean {
  return CERTAIN.test(tokens[k]?.lower ?? '') && /^(?:not|never|n['’]t)$/.test(tokens[k - 1]?.lower ?? '');
}
function doubtWithoutThat(tokens: readonly Token[], k: number): boolean {
  if (!DOUBTING_VERB.test(tokens[k]?.lower ?? '') && !deniedCertainty(tokens, k)) return false;
  const next = tokens[k + 1];
  if (!next || !(next.capital || next.lower === 'the')) return false;
  for (let j = k + 2; j <= k + 8 && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    // ("Sweden doubts the Kremlin's promises and will seek …": a clause of the doubter's own after "and".)
    // (Not a second name joined on: "doubts Finland and Sweden will seek …".)
    const joinsName =
      /^(?:and|or)$/.test(t.lower) && (tokens[j + 1]?.capital || tokens[j + 1]?.lower === 'the');
    if (/^[,.;:!?()"“”—–]$/.test(t.text) || (/^(?:and|but|or|yet)$/.test(t.lower) && !joinsName))
      return false;
    if (/^(?:will|would|could|might|can|may|shall)$/.test(t.lower)) return true;
  }
  return false;
}

/** The words of speech that mark a sentence's speech verb (a set: every word of a sentence read is looked up). */
const SPEECH_VERB_WORDS = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'added',
  'stressed',
  'noted',
  'according',
]);
const CONDITION_WORDS = new Set(['if', 'unless', 'whether', 'should']);
/** "it is possible that …", "it seems likely that …". */
const LIKELIHOOD = wordSet(/^(?:possible|likely|unlikely|probable|improbable|conceivable|plausible)$/);
const LIKELIHOOD_VERB = wordSet(
  /^(?:is|was|be|been|seems|seemed|appears|appeared|looks|looked|remains|it's|it’s)$/,
);
const GUESSING = wordSet(
  /^(?:speculate|speculates|speculated|speculating|guessed|guesses|mused|muses|surmised)$/,
);

const CAUSATIVE_MODAL = wordSet(/^(?:would|will|could|also|effectively|essentially|in|effect|,)$/);

const CAUSATIVE_REQUIRING = wordSet(/^(?:require|oblige|obligate|force|compel|commit|bind)$/);

const DEMAND_NOUN_MODIFIER_SET = new Set(DEMAND_NOUN_MODIFIERS);

/** Nouns naming a part of a demand noun after them: "the core provisions of the Russian draft". */
const PART_OF_DEMAND = wordSet(
  /^(?:core|central|principal|basic|provisions|provision|points|point|items|item|planks|plank)$/,
);

const QUANTIFIER = wordSet(
  /^(?:some|several|many|most|all|certain|both|more|fewer|much|half|halves|majority|third|thirds|two-thirds|quarter|quarters|nearly|almost|roughly)$/,
);
/** The "as" of a rough amount: "as many as half", "as much as a third". */
const roughAmountAs = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'as' &&
  ((/^(?:many|much)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'as') ||
    (/^(?:many|much)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'as'));
const OBJECT_DETERMINER = wordSet(
  /^(?:the|a|an|any|its|their|his|her|our|this|that|these|those|further|current|existing)$/,
);

/**
 * Words in -ing that are no verb acting on what follows, that keep it as it is ("keeping the option to
 * join open"), or that report speech ("saying the deployment …").
 */
/** An aim given up, before what it aims at: "its ambition to join", "plans to deploy" (not "hopes", an expectation). */
const AIM_NOUN = wordSet(
  /^(?:plans?|ambitions?|aspirations?|bids?|goals?|aims?|dreams?|quest|intentions?|desire|efforts?|attempts?|course|path|prospects?|drive|push)$/,
);
const AIM_LINK = wordSet(/^(?:of|to|toward|towards|for)$/);
/** Words that part a cue from a later verb of giving up: a condition, a time clause, a coordinator. */
const LINK_BREAK = wordSet(
  /^(?:if|unless|until|when|whenever|before|after|once|because|but|while|as|since|so|than|although|though|whereas|and|or|;|:)$/,
);
/** Words that end the object of a verb of giving up: a condition, a trade, a clause of its own. */
const OBJECT_BREAK = wordSet(
  /^(?:if|unless|in|for|without|until|before|after|once|when|while|and|or|but|as|with|from|by|on|at|that|which|who|so|than|because|since|is|are|was|were|be|will|would|should|must|can|could|may|might|not|never)$/,
);
const KNOWN_ING = wordSet(
  /^(?:including|regarding|concerning|during|according|excluding|following|notwithstanding|pending|nothing|something|anything|everything|thing|king|spring|morning|evening|meeting|briefing|building|wording|warning|bring|keeping|maintaining|preserving|retaining|upholding|defending|protecting|safeguarding|continuing|pursuing|honouring|honoring|respecting|ensuring|supporting|backing|leaving|affirming|reaffirming|confirming|recognising|recognizing)$/,
);

const GERUND_BEFORE = wordSet(
  /^(?:of|for|by|without|about|on|from|in|against|toward|towards|is|are|was|were|be|been|am)$/,
);

const ITEM_DETERMINER = wordSet(
  /^(?:a|an|the|their|its|written|legal|legally|binding|legally-binding|firm)$/,
);

/** What comes right before an infinitive: "to", or a modal ("must withdraw", "should scrap"). */
const INFINITIVE_MARK = wordSet(/^(?:to|must|should|shall|will|would|can|could|may|might)$/);

/** Verbs that field what a bare subject names: "to deploy missiles", "stationing troops". */
const DEPLOYING_VERB = wordSet(
  /^(?:deploy|deploying|station|stationing|place|placing|put|putting|send|sending|install|installing|base|basing|position|positioning|move|moving|bring|bringing|keep|keeping|maintain|maintaining|add|adding|increase|increasing|build|building|reinforce|reinforcing|boost|boosting|expand|expanding|strengthen|strengthening|bolster|bolstering|enhance|enhancing|double|doubling|triple|tripling)$/,
);

/** Clause keys: first token × CLAUSE_KEY + last token (no sentence has 2^26 tokens). */
const CLAUSE_KEY = 2 ** 26;
/** Whether token `k` lies in a cue or a demand mention (a module function, not a closure: keepNames names each closure made). */
function coveredAt(
  cues: ReadonlyArray<{ first: number; last: number }>,
  mentions: ReadonlyArray<{ first: number; last: number }>,
  k: number,
): boolean {
  return cues.some((x) => k >= x.first && k <= x.last) || mentions.some((x) => k >= x.first && k <= x.last);
}

/** A sentence's input, what is worked out once from it, and questions about its clause structure. */
export abstract class ClauseStructure {
  readonly tokens: readonly Token[];
  readonly compiled: CompiledOntology;
  readonly actors: readonly ActorMention[];
  readonly mentions: readonly DemandMention[];
  readonly cues: readonly Cue[];
  /** Relative clauses after a demand's words, each its subject's cue ("… that Moscow is demanding"). */
  readonly relativeCues: readonly Cue[];
  readonly speaker: Speaker | null;
  readonly previousSpeaker: Speaker | null;
  readonly findings: SentenceFinding[] = [];
  /**
   * Demands a party makes the condition of an agreement ("would not sign any deal that did not include
   * a ceasefire"): set by the withheld-condition reader; no reading of that party rejecting them stands.
   */
  agreementConditions: Array<{ mention: DemandMention; parties: readonly string[] }> | null = null;
  /**
   * The mention whose words an aim given up turns round ("renouncing its ambition to join NATO") while
   * the cues before it are read; null otherwise.
   */
  reversedMention: DemandMention | null = null;
  readonly spans: Array<[number, number]>;
  readonly speakers: ActorMention[];
  readonly speechVerbAt: number;

  constructor(readonly input: SentenceInput) {
    this.tokens = input.tokens;
    this.compiled = input.compiled;
    this.actors = input.actors;
    this.mentions = input.mentions;
    this.cues = input.cues.filter((c) => !c.relative);
    this.relativeCues = input.cues.filter((c) => c.relative);
    this.speaker = input.speaker;
    this.previousSpeaker = input.previousSpeaker;
    this.spans = clauseSpans(this.tokens, addresseeListCommas(this.tokens, this.actors));
    // (Not the subject of a relative clause on a demand: "Moscow" in "the halt Moscow wants is a non-starter".)
    this.speakers = this.actors.filter(
      (a) =>
        canSpeak(a) &&
        !this.partOfDemand(a) &&
        !this.relativeCues.some((c) => a.first >= c.first && a.last <= c.last),
    );
    this.speechVerbAt = this.tokens.findIndex((t) => SPEECH_VERB_WORDS.has(t.lower));
  }

  /** Facts of the whole sentence several rules ask about, found once (a sentence can be long). */
  private factsCache: SentenceFacts | null = null;
  get facts(): SentenceFacts {
    if (this.factsCache) return this.factsCache;
    const { tokens } = this;
    let speculationAt = -1;
    for (let k = 1; k < tokens.length && speculationAt < 0; k++) {
      const w = tokens[k] as Token;
      // (The word after first: it is rarely a clause's opening, and this runs on every word.)
      const next = tokens[k + 1]?.lower;
      if (
        ((next === 'that' || next === 'whether' || next === 'if') &&
          (DOUBTING.test(w.lower) || deniedCertainty(tokens, k)) &&
          // ("left no doubt that …", "there is little doubt that …" is certainty.)
          !/^(?:no|little)$/.test(tokens[k - 1]?.lower ?? '')) ||
        commentatorGuessAt(tokens, k) ||
        // ("A diplomat speculated that NATO could …": a guess about a party, whoever makes it.)
        (next === 'that' && GUESSING.test(w.lower)) ||
        // ("Lavrov doubts Finland and Sweden will seek membership": the doubt with "that" left out.)
        doubtWithoutThat(tokens, k)
      )
        speculationAt = k;
    }
    // The first word past quotes and an interview label ("Q:", "QUESTION:") opens a yes/no question.
    let open = 0;
    while (
      open < tokens.length &&
      ((tokens[open] as Token).transparent ||
        /^(?:q|question)$/i.test((tokens[open] as Token).text) ||
        (tokens[open] as Token).text === ':')
    )
      open++;
    // "It is possible that the US will deploy missiles …": a likelihood, not the position of the one it is about.
    const likelihoodAt = tokens.findIndex(
      (t, k) =>
        tokens[k + 1]?.lower === 'that' &&
        LIKELIHOOD.test(t.lower) &&
        LIKELIHOOD_VERB.test(tokens[k - 1]?.lower ?? ''),
    );
    const mark = tokens.findIndex((t) => t.text === '?');
    this.factsCache = {
      question: mark >= 0,
      yesNoQuestionEnd: mark > open && INVERTED_AUXILIARY.test(tokens[open]?.lower ?? '') ? mark : -1,
      asking: tokens.some((t) => ASKING_QUESTION.test(t.lower)),
      commentary: tokens.some((t) => COMMENTATORS.test(t.lower)),
      condition: tokens.some((t) => CONDITION_WORDS.has(t.lower)),
      anchored: new Set(this.compiled.anchors.findAll(tokens).flatMap((a) => a.values)),
      speculationAt,
      likelihoodAt,
    };
    return this.factsCache;
  }

  /** A cue's modality; what its clause says is found once per clause (keyed by its first and last token). */
  private clauseModalities = new Map<number, ClauseModality>();
  modality(clause: [number, number], cue: { first: number }): Modality {
    const key = clause[0] * CLAUSE_KEY + clause[1];
    let whole = this.clauseModalities.get(key);
    if (!whole) {
      // (Anonymous arrows passed inline: keepNames names a closure bound to a name, a property write each.)
      whole = clauseModality(this.tokens, clause, this.input.published, (i) => this.inMention(i));
      // "In 1990, Baker assured Gorbachev that …": a past year opening the sentence dates every clause.
      if (!whole.historical && clause[0] > 0 && this.opensWithPastYear())
        whole = { historical: true, conditional: false };
      this.clauseModalities.set(key, whole);
    }
    return cueModality(this.tokens, clause, cue, (i) => this.inMention(i), whole);
  }

  /** Whether "it is not true that", "it is false that" opens the content the cue at `at` is in. */
  deniedContentBefore(at: number): boolean {
    const { tokens } = this;
    // (The first "that" before `at`: a loop that stops there, as this is asked for every finding.)
    let that = -1;
    for (let k = 0; k < at && k < tokens.length && that < 0; k++)
      if ((tokens[k] as Token).lower === 'that') that = k;
    if (that < 2) return false;
    const words = tokens
      .slice(Math.max(0, that - 5), that)
      .map((t) => t.lower)
      .join(' ');
    return /\b(?:is|was|it's) (?:not true|false|untrue|a lie|nonsense|simply wrong)$/.test(words);
  }

  /** Whether the sentence opens with a year before the one before publication ("In 1997, …"). */
  opensWithPastYear(): boolean {
    const { tokens } = this;
    const published = this.input.published ? Number(this.input.published.slice(0, 4)) : null;
    for (let k = 0; k < Math.min(4, tokens.length); k++) {
      const t = tokens[k] as Token;
      if (t.text === ',') return false;
      if (/^\d{4}$/.test(t.text)) return isPastYear(t.text, published);
    }
    return false;
  }

  /** A cue made of the sentence's own words, tokens `first` to `last` ("will unleash terror"). */
  wordsCue(first: number, last: number, attitude: Cue['attitude']): Cue {
    const { tokens } = this;
    const text = this.input.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);
    return makeCue({ first, last, attitude, text, negated: false, negation: null });
  }

  inMention(i: number): boolean {
    const { mentions } = this;
    return mentions.some((m) => i >= m.first && i <= m.last);
  }
  // Actors inside a demand's wording or owning it ("NATO's open door", "that NATO will not expand") hold no position there.
  partOfDemand(a: ActorMention): boolean {
    const { tokens, mentions, cues } = this;
    return mentions.some(
      (m) =>
        (a.first >= m.first && a.last <= m.last) ||
        a.last === m.first - 1 ||
        (a.last === m.first - 2 && tokens[a.last + 1]?.transparent === true) ||
        // "Ukraine joining NATO", "expansion of the alliance": the object of the demand's own words.
        // (Not past a comma: "…never become a NATO member, Putin demanded …" has a new subject.)
        (m.kind === 'frame' &&
          a.first > m.last &&
          a.first <= m.last + 2 &&
          !cues.some((c) => c.first > m.last && c.first < a.first) &&
          !tokens.slice(m.last + 1, a.first).some((t) => CLAUSE_PUNCTUATION.has(t.text))) ||
        // "(demands) that NATO will not expand", "for NATO to stop expanding": the subject of the
        // demand's own verb inside what someone demands — not "Putin would pull back", a main clause.
        (m.kind === 'frame' &&
          a.last < m.first &&
          ['that', 'for', 'if', 'whether'].includes(tokens[a.first - 1]?.lower ?? '') &&
          tokens.slice(a.last + 1, m.first).every((t) => t.transparent || DEMAND_AUXILIARY.has(t.lower))) ||
        // "the proposals Moscow tabled were unacceptable": the owner named after the pointer, in the
        // clause that says who put them forward, is not the subject of the verdict.
        (m.kind === 'reference' &&
          !!m.owner &&
          a.first > m.last &&
          a.first <= m.last + 2 &&
          a.parties.includes(m.owner)),
    );
  }

  /** "after the US …", "since Moscow …": a word before the name that may open a clause instead. */
  conjunctionBefore(a: ActorMention): boolean {
    const { tokens } = this;
    let k = a.first - 1;
    while (k >= 0 && (NP_WORDS.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
    return ['after', 'before', 'since', 'until', 'like', 'as', 'than'].includes(tokens[k]?.lower ?? '');
  }

  /**
   * The comma closing the inserted relative clause the cue stands in when a new conjunct follows it
   * (", which hopes to join the bloc, and …"); the sentence's length when there is none.
   */
  closedRelativeClauseEnd(cue: Cue): number {
    const { tokens } = this;
    let open = -1;
    for (let k = cue.first - 1; k >= Math.max(1, cue.first - 6); k--) {
      if (CLAUSE_PUNCTUATION.has(tokens[k]?.text ?? '')) break;
      if (/^(?:which|who)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') {
        open = k;
        break;
      }
    }
    if (open < 0) return tokens.length;
    const close = tokens.findIndex((t, j) => j > cue.last && CLAUSE_PUNCTUATION.has(t.text));
    if (close < 0 || tokens[close]?.text !== ',') return tokens.length;
    return /^(?:and|but|or|while|whereas|yet)$/.test(tokens[close + 1]?.lower ?? '') ? close : tokens.length;
  }

  /**
   * Where an inserted relative clause or parenthesis holding `at` opens ("(who …)", ", who …,"), when it
   * closes before `before`; -1 otherwise.
   */
  insertedClauseOpening(at: number, before: number): number {
    const { tokens } = this;
    for (let k = at - 1; k >= Math.max(0, at - 12); k--) {
      const w = tokens[k] as Token;
      if (
        w.text === ')' ||
        (w.text === ',' && k < at - 1 && !INSERTION_WORD.test(tokens[k + 1]?.lower ?? ''))
      )
        return -1;
      const opens =
        w.text === '(' || (INSERTION_WORD.test(w.lower) && [',', '('].includes(tokens[k - 1]?.text ?? ''));
      if (!opens) continue;
      const paren = w.text === '(' || tokens[k - 1]?.text === '(';
      const start = w.text === '(' ? k : k - 1;
      const close = tokens.findIndex((t, j) => j > at && j < before && t.text === (paren ? ')' : ','));
      return close >= 0 ? start : -1;
    }
    return -1;
  }

  /** The words of two composed cues as written: the whole span when short ("refused to discuss"), else the outer cue. */
  cueSpan(outer: Cue, inner: { last: number }): string {
    const { input, tokens } = this;
    return inner.last - outer.first <= 6
      ? input.text.slice((tokens[outer.first] as Token).start, (tokens[inner.last] as Token).end)
      : outer.text;
  }

  /** The word before the noun phrase that starts at `i` (skipping determiners, names and quote marks). */
  precedingWord(i: number): string | undefined {
    const { tokens, actors } = this;
    let k = i - 1;
    while (
      k >= 0 &&
      (tokens[k]?.transparent ||
        NP_SKIP.has(tokens[k]?.lower ?? '') ||
        actors.some((a) => k >= a.first && k <= a.last))
    )
      k--;
    return tokens[k]?.lower;
  }
  clauseStart(i: number): number {
    const { spans } = this;
    return spans[clauseOf(spans, i)]?.[0] ?? 0;
  }

  /**
   * Whether `inner` is part of what `outer` says: next to it ("refused to discuss") or inside its
   * complement ("demands that NATO pledge…", "urged the US to refuse…") with no clause of its own between.
   */
  linked(outer: Cue, inner: Cue): boolean {
    const { tokens, actors } = this;
    // "prepared to discuss — along with NATO allies — guaranteeing …": an aside between dashes parts nothing.
    let from = outer.last + 1;
    const close = dashAsideClose(tokens, from);
    if (close > 0 && close < inner.first) from = close + 1;
    const between = tokens.slice(from, inner.first).filter((t) => !t.transparent);
    // "unclear whether Beijing will make the concessions Washington wants on …": a wish in a relative
    // clause on a noun is its own subject's; the cue outside does not reach into it. A refusal does:
    // "Washington rejected the guarantees Moscow is demanding that …" refuses what is wished.
    if (outer.attitude !== 'rejects' && wishInRelativeClause(tokens, actors, inner, outer.last)) return false;
    // "Lavrov welcomed Washington's willingness to …": an owned readiness is its owner's; the one who
    // welcomes (or doubts) it is not ready to do anything.
    if (ownedReadinessAt(tokens, inner.first)) return false;
    // "Lavrov stressed that the US reply had ignored …": a verb of saying that is also a cue reports a
    // clause with a subject of its own; the clause's verb is that subject's, not a link in a chain.
    if (
      STATING_CUE.test(tokens[outer.last]?.lower ?? '') &&
      between[0]?.lower === 'that' &&
      between.slice(1).some((t) => t.word && !AUXILIARY.has(t.lower) && !/ly$/.test(t.lower))
    )
      return false;
    // "must not be allowed to expand": the obligation and its denied permission are one (denied-permission.ts).
    if (deniedPermissionLink(tokens, outer, inner, between)) return true;
    // "… hammered NATO's unwillingness to respond and accused the West of …": a new verb after "and"
    // starts a predicate of its own.
    if (between[between.length - 1]?.lower === 'and' && NEW_PREDICATE.test(tokens[inner.first]?.lower ?? ''))
      return false;
    // "has refused to halt enlargement and has offered talks on …": "and" with a finite auxiliary opens a
    // predicate of its own; an infinitive the refusal governs cannot go on with "has".
    // ("… and will keep offering talks", "… and has since offered": past a word or two of the new verb's.)
    for (let k = Math.max(0, between.length - 4); k < between.length - 1; k++)
      if (between[k]?.lower === 'and' && FINITE_AUXILIARY_AFTER_AND.test(between[k + 1]?.lower ?? ''))
        return false;
    // "responding to Moscow's demands and suggesting talks on …": two participles side by side.
    if (
      ['and', 'or'].includes(between[between.length - 1]?.lower ?? '') &&
      /ing$/.test(tokens[inner.first]?.lower ?? '')
    )
      return false;
    // "made no concessions, including on Moscow's demand to …": a refusal reaches the owned demand noun
    // of an example set after a comma (refusal-before-example.ts).
    if (refusalReachesExample(outer, inner, between)) return true;
    // "rejected Russia's demands, including a pledge that …": an undertaking listed as an item of a
    // party's demand noun is part of what that noun names.
    if (
      outer.owner &&
      UNDERTAKING_WORD.test(tokens[inner.last]?.lower ?? '') &&
      between.length <= 4 &&
      between[0]?.text === ',' &&
      LIST_OPENER.test(between[1]?.lower ?? '') &&
      between.slice(2).every((t) => ITEM_DETERMINER.test(t.lower))
    )
      return true;
    // ("… Russia's demands, including a pullback of NATO troops and the guarantee that …": the same
    // undertaking as a later item of that list — later-list-item.ts.)
    if (
      outer.owner &&
      UNDERTAKING_WORD.test(tokens[inner.last]?.lower ?? '') &&
      undertakingLaterInList(between, (t) => ITEM_DETERMINER.test(t.lower))
    )
      return true;
    // "brushed aside as anachronistic the Russian request", "dismissed as a relic of the past any demand
    // that …": a refusal's "as" phrase put before its object, which opens on a determiner.
    if (
      outer.attitude === 'rejects' &&
      between[0]?.lower === 'as' &&
      between.length >= 2 &&
      between.length <= 8 &&
      [tokens[inner.first - 1], tokens[inner.first]].some((t) =>
        INVERTED_OBJECT_OPENER.test(t?.lower ?? ''),
      ) &&
      between
        .slice(1)
        .every((t) => t.word && !COMPLEMENT.has(t.lower) && !CONJUNCTIONS.has(t.lower) && t.lower !== 'or')
    )
      return true;
    // "The Russian draft would have NATO rule out …", "Moscow's proposal would require the alliance to …":
    // a party's demand noun as the subject of a causative verb; what it has another party do is its content.
    if (outer.owner && this.causativeLink(tokens.slice(from, inner.first), inner)) return true;
    // "agree to security pledges", "must legally commit to": a modifier of the second cue does not part them.
    if (
      between.length <= 5 &&
      between.every((t) => ADJACENT_FILLER.has(t.lower) || LINK_MODIFIERS.test(t.lower))
    )
      return true;
    // "rejected a key Moscow demand", "rejected the main Russian demands": a possessor or a party's
    // name among the modifiers of the second cue.
    if (
      between.length <= 6 &&
      between.every(
        (t) =>
          ADJACENT_FILLER.has(t.lower) ||
          LINK_MODIFIERS.test(t.lower) ||
          // "made no concessions to the central Russian demands"
          // ("gave no answer on the core provisions of the Russian draft": a part of the demand noun.)
          PART_OF_DEMAND.test(t.lower) ||
          DEMAND_NOUN_MODIFIER_SET.has(t.lower) ||
          /^['’]s$/.test(t.text) ||
          actors.some((a) => t.i >= a.first && t.i <= a.last && a.last === inner.first - 1) ||
          // "discuss with Moscow certain aspects of Russia's proposals": the one to talk with.
          t.lower === 'with' ||
          actors.some((a) => t.i >= a.first && t.i <= a.last && tokens[a.first - 1]?.lower === 'with'),
      )
    )
      return true;
    // ("willing to talk, and NATO rejects …": a new clause with a subject of its own.)
    if (newClauseSubjectBetween(between, actors)) return false;
    // "demanded the US and NATO agree to …": only the addressees stand between the two verbs.
    if (
      between.length <= 8 &&
      between.every(
        (t) =>
          actors.some((a) => t.i >= a.first && t.i <= a.last) ||
          LINK_MODIFIERS.test(t.lower) ||
          [
            'and',
            'the',
            'that',
            'to',
            ',',
            'provide',
            'give',
            'grant',
            'sign',
            'issue',
            'legal',
            'written',
          ].includes(t.lower),
      )
    )
      return true;
    if (between.length > 12) return false;
    // "cannot agree that we should …": the complementizer is the outer cue's own last word.
    const complementInCue = /\b(?:that|whether)$/i.test(outer.text) && between.length <= 6;
    if (!complementInCue && !between.some((t) => COMPLEMENT.has(t.lower))) return false;
    // "go to war over demands the West has rejected or take up the offer to negotiate": alternatives.
    return !between.some(
      (t) => CONJUNCTIONS.has(t.lower) || t.lower === 'or' || /^(?:said|says|told|added)$/.test(t.lower),
    );
  }

  /** Whether `between` is "would have <party>" before `inner`, or a modal alone before a requiring `inner`. */
  causativeLink(between: Token[], inner: Cue): boolean {
    const { tokens, actors } = this;
    let k = 0;
    while (CAUSATIVE_MODAL.test(between[k]?.lower ?? '')) k++;
    if (k === between.length) return CAUSATIVE_REQUIRING.test(tokens[inner.first]?.lower ?? '');
    if (k === 0 || !/^(?:have|make)$/.test(between[k]?.lower ?? '')) return false;
    const party = actors.find(
      (a) => a.parties.length > 0 && a.last === inner.first - 1 && a.first > (between[k] as Token).i,
    );
    return (
      !!party &&
      between.slice(k + 1).every((t) => (t.i >= party.first && t.i <= party.last) || t.lower === 'the')
    );
  }

  /** Whether an -ing verb that is no cue and no demand word acts on mention `m` ("of curtailing NATO's open door"). */
  unknownVerbActsOn(m: DemandMention): boolean {
    const { tokens, actors, cues, mentions } = this;
    let k = m.first - 1;
    while (k >= 0) {
      const t = tokens[k] as Token;
      const inActor = actors.some((a) => k >= a.first && k <= a.last);
      // ("to some missile systems": a quantifier, like a determiner, is no verb of an infinitive.)
      if (!(
        t.transparent ||
        inActor ||
        /^['’]s$/.test(t.text) ||
        OBJECT_DETERMINER.test(t.lower) ||
        QUANTIFIER.test(t.lower) ||
        // ("to scrap as many as half of the checks": a rough amount's "as" too.)
        roughAmountAs(tokens, k) ||
        // ("to reduce some of its duties": the quantifier's "of" too.)
        (t.lower === 'of' && QUANTIFIER.test(tokens[k - 1]?.lower ?? ''))
      ))
        break;
      k--;
    }
    const bare = m.kind === 'frame' && !m.match.includes(' + ');
    // The second of two objects, or of two modifiers, shares the first one's verb: "promised to tackle
    // pirated and counterfeit goods", "to fight fake goods and counterfeiting".
    if (bare && /^(?:and|or)$/.test(tokens[k]?.lower ?? '')) {
      for (let j = k - 1; j >= Math.max(1, k - 4); j--) {
        if (!/^[a-z]{3,}$/.test(tokens[j]?.lower ?? '')) break;
        if (tokens[j - 1]?.lower === 'to') {
          k = j;
          break;
        }
      }
    }
    // "taking apart all the nuclear installations of the Yongbyon centre": a bare subject after the head
    // noun of an of-phrase is acted on with it, by the gerund before that head.
    if (bare && tokens[k]?.lower === 'of') {
      for (let j = k - 1; j >= Math.max(1, k - 7); j--) {
        const w = tokens[j]?.lower ?? '';
        if (!/^[a-z][a-z-]+$/.test(w) || w === 'to') break;
        if (/^[a-z]{3,}ing$/.test(w)) {
          k = j;
          break;
        }
      }
    }
    // ("to sweep away the barriers": the verb before its particle acts on the object.)
    // ("doing away with half of the checks": the particle's own "with" too.)
    if (bare && tokens[k]?.lower === 'with' && tokens[k - 1]?.lower === 'away') k--;
    if (bare) k = verbBeforeParticle(tokens, k);
    const verb = tokens[k];
    // A bare subject ("missiles") is the thing itself, not a demand about it: an infinitive or gerund
    // the ontology does not know acting on it ("plans to raise missiles with Moscow", split by an
    // adverb: "agreed to permanently shut the complex") leaves its direction unknown; a verb fielding
    // it ("plans to deploy missiles") does not.
    // (A bare infinitive after a modal too: "the United States must withdraw its sanctions".)
    const infinitive =
      INFINITIVE_MARK.test(tokens[k - 1]?.lower ?? '') ||
      (/^[a-z]{3,}ly$/.test(tokens[k - 1]?.lower ?? '') && INFINITIVE_MARK.test(tokens[k - 2]?.lower ?? ''));
    if (
      bare &&
      verb &&
      /^[a-z]{3,}$/.test(verb.lower) &&
      // (An adverb is no verb: in "would ever join NATO" the demand's own word is the verb.)
      !MODAL_ADVERB.test(verb.lower) &&
      (infinitive || /ing$/.test(verb.lower)) &&
      !KNOWN_ING.test(verb.lower) &&
      !SPEAKING_PARTICIPLE.test(verb.lower) &&
      !DEPLOYING_VERB.test(verb.lower)
    )
      return !coveredAt(cues, mentions, k);
    if (
      !verb ||
      !/^[a-z]{3,}ing$/.test(verb.lower) ||
      KNOWN_ING.test(verb.lower) ||
      SPEAKING_PARTICIPLE.test(verb.lower)
    )
      return false;
    // (A gerund after a preposition or an auxiliary: "of curtailing", "is reinterpreting" — not the
    // end of a compound adjective, "long-standing".)
    if (!GERUND_BEFORE.test(tokens[k - 1]?.lower ?? '')) return false;
    return !coveredAt(cues, mentions, k);
  }

  /**
   * "there can be no question of Kyiv renouncing its ambition to join NATO", "refused to give up plans
   * to join": a verb of giving up, known to no cue or demand wording, whose object is an aim of doing
   * what the demand's words say; giving that aim up is the words' opposite.
   */
  relinquishedBetween(cue: Cue, m: DemandMention): boolean {
    const { tokens, cues, mentions } = this;
    for (let k = cue.last + 1; k < m.first; k++) {
      // (Not past a condition or another clause: "will not accept it unless the West gives up …".)
      if (LINK_BREAK.test(tokens[k]?.lower ?? '') || tokens[k]?.text === ',') return false;
      const verbLast = relinquishingAt(tokens, k);
      if (verbLast < 0 || coveredAt(cues, mentions, k)) continue;
      // The aim right before the demand's words ("its ambition to", "plans to"), past at most two modifiers.
      const object = tokens.slice(verbLast + 1, m.first);
      const noun = object.length - 2;
      return (
        noun >= 0 &&
        noun <= 3 &&
        AIM_NOUN.test(object[noun]?.lower ?? '') &&
        AIM_LINK.test(object[noun + 1]?.lower ?? '') &&
        object.slice(0, noun).every((t) => /^[a-z][a-z-]*$/.test(t.lower) && !OBJECT_BREAK.test(t.lower))
      );
    }
    return false;
  }

  /** Whether the clause holding `at` is the content of a demand: "… demand(s) that X …", "called for X to …". */
  insideDemandContent(at: number, clauseStart: number): boolean {
    const { tokens } = this;
    for (let i = at - 1; i >= Math.max(0, clauseStart - 2); i--) {
      if ((tokens[i] as Token).lower !== 'that') continue;
      let k = i - 1;
      while (k >= 0 && (tokens[k]?.transparent || [',', '—', '–', ':'].includes(tokens[k]?.text ?? ''))) k--;
      return ASKING_WORDS.test(tokens[k]?.lower ?? '');
    }
    return false;
  }
}
