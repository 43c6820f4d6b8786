/**
 * The ontology compiled once per derivation into token tries: party names, officials and
 * adjectives (exact spelling: names), office words, demand frames, cues, negations, carriers and
 * references (matched on lemmas, so one entry covers every inflection).
 */
import {
  compileCollectiveNouns,
  compileLedGroupings,
  compileMemberGroupings,
  compileMemberNouns,
  type CollectiveCandidate,
  type CollectiveNouns,
  type LedGroupings,
  type MemberNouns,
} from './collective-nouns';
import type { Demand, Ontology, Party } from '../model/ontology';
import type { Stance } from '../model/stance';
import { buildTokenTrie, type TokenTrie } from './token-trie';
import { winkLemmatizer, winkTagger } from './segment';
import { withActionForms } from './action-forms';
import { withAccordNouns, withAnchorForms, withAnchorSwaps } from './anchor-forms';
import { phraseFamilyVariants, withRestrictionFamilies } from './restriction-families';
import { looseVariant } from './loose-phrases';
import { titleHeadsOf } from './title-heads';
import {
  actNounsOf,
  afterSkipped,
  demonstrativeVariants,
  oppositeVariants,
  contractedVariants,
  phraseVariants,
  temporaryForms,
} from './phrase-variants';
import { groupingNames, groupingVariants } from './grouping-names';
import { nameVariants, partyNameSets } from './name-variants';
import { adverbVariants } from './gap-adverbs';
import { exampleLeadVariants } from './example-lead-cues';
import { inferFrames, withPhraseReadings } from './infer-frame';
import { withSubjectAnchors } from './subject-anchors';
import { withWithdrawalPlaces } from './withdrawal-places';
import { withRefusedOpposites } from './refused-opposites';
import { KeyCache, phraseWords, type Lemmatizer, type Token } from './tokens';
import { HAS_LETTER, STARTS_UPPER } from './letters';
import { wordSet } from './word-set';

export type CueStance = Exclude<Stance, 'none'>;
/** What a cue says of its holder's attitude to the thing it governs. */
export type Attitude = CueStance | 'holdFirm' | 'intent';
/** +1: the phrase states the demand; −1: it states the demand's opposite; 0: it only names the topic. */
export type Direction = 1 | -1 | 0;

export interface ActorEntry {
  party: string;
  kind: 'name' | 'official' | 'adjective';
  /** The office, for officials. */
  role: string | null;
  from: string | null;
  to: string | null;
}

export interface DemandPhrase {
  demand: string;
  direction: 1 | -1;
  /** Counts only with an anchor of the demand nearby. */
  weak?: boolean;
  /** A principle the demand is argued from ("indivisible security"): only its proposers' support counts. */
  principle?: boolean;
  /** Read off a phrase with a determiner, with a noun group in its place (loose-phrases.ts). */
  loose?: boolean;
  /**
   * Opens with a verb the demand's written frame states it with only as denied ("use of Afghan soil"
   * where the frame says "soil will not be used"): the act the demand forbids, named. Only a restriction
   * before it ("prevent the use of …") makes it the demand; alone it names the topic.
   */
  forbidden?: boolean;
}

/** Verbs of holding back from what follows: a restriction of every demand with a frame. */
const HOLDING_BACK = ['refrain from', 'abstain from', 'desist from', 'hold off on'];
/**
 * First words of a restriction that stops, undoes or denies its subject ("halt the offensive", "lift
 * sanctions", "no new tariffs", "release the prisoners"). Holding back from a subject is the demand only
 * where the frame's restrictions do that to it; where they only bring it about ("start talks", "reimpose
 * tariffs", "recognise Kosovo"), holding off on it is not asking for the demand.
 */
const STOPPING = wordSet(
  /^(?:not|no|never|without|stop|halt|end|cease|suspend|suspension|freeze|lift|lifting|remove|removal|withdraw|withdrawal|cancel|cancellation|scrap|drop|forgo|abandon|renounce|ban|refrain|abstain|pull|cut|reduce|reduction|limit|curb|cap|ease|easing|rule|lower|roll|rollback|dismantle|close|eliminate|elimination|release|free|freeing|leave|exit|quit|halve|shelve|postpone|delay|defer|phase|scale|destroy|prohibit|forbid|bar|block|restrict)$/,
);

/** Whether holding back from the frame's subjects states its demand (see STOPPING). */
function framesStopping(
  frame: { restrictions: readonly string[] },
  lemma: (lower: string) => string,
): boolean {
  return frame.restrictions.some((entry) => {
    const first = phraseWords(entry)[0]?.toLowerCase() ?? '';
    return STOPPING.test(first) || STOPPING.test(lemma(first));
  });
}
const DENYING = wordSet(/^(?:not|never|no)$/);
/** Between a negation and its verb: "will not be used", "never again be used", "not to be allowed". */
const BEFORE_DENIED_VERB = wordSet(/^(?:be|to|again|ever)$/);

/**
 * The verbs (as lemmas) a written frame states its demand with only as denied: "not be used", "will
 * never be used", "not allow", "not host". An analyst who wrote "Afghan soil will not be used" has said
 * the demand is that use denied, so the verb alone (a phrase "using the soil of Afghanistan", read off
 * for the frame) names what it forbids. A verb also written plainly among the restrictions is not one.
 */
export function deniedVerbs(
  frame: { restrictions: readonly string[]; restrictionsAfter?: readonly string[] } | undefined,
  lemma: (lower: string) => string,
): Set<string> {
  const denied = new Set<string>();
  const plain = new Set<string>();
  for (const entry of [...(frame?.restrictions ?? []), ...(frame?.restrictionsAfter ?? [])]) {
    const words = phraseWords(entry).map((w) => w.toLowerCase());
    const at = words.findIndex((w) => DENYING.test(w));
    if (at < 0) {
      if (words[0]) plain.add(lemma(words[0]));
      continue;
    }
    let k = at + 1;
    while (k < words.length - 1 && BEFORE_DENIED_VERB.test(words[k] as string)) k++;
    // Only a verb that ends the entry: "no place for" names a place, not a verb denied.
    if (k === words.length - 1 && /^[a-z]{3,}$/.test(words[k] as string))
      denied.add(lemma(words[k] as string));
  }
  for (const verb of plain) denied.delete(verb);
  return denied;
}

/** A restriction read with its object between verb and particle: "scale the tariffs back". */
export interface SplitVerb {
  particle: string;
  demand: string;
  phrase: string;
}

/** Particles that may follow a verb's object: "roll the deal over", "take the tariffs off". */
const SPLIT_PARTICLES = new Set(['over', 'back', 'off', 'out', 'down', 'up', 'away', 'aside']);
/**
 * Words of the state a verb keeps its object in, written with a gap in the ontology ("keep … alive",
 * "keep … going"): read like a particle, so a long object fits ("keep the Black Sea Grain Initiative
 * alive").
 */
const KEPT_STATES = new Set(['alive', 'going', 'afloat', 'running', 'intact', 'whole']);

export interface CompiledOntology {
  ontology: Ontology;
  /** Parties and demands that make up the matrix (hidden ones left out). */
  parties: Party[];
  demands: Demand[];
  actors: TokenTrie<ActorEntry>;
  roles: TokenTrie<string>;
  demandPhrases: TokenTrie<DemandPhrase>;
  /** "the bloc", "the union": the parties whose names end in that noun, for the one named last. */
  collectives: CollectiveNouns;
  /** A party → the grouping it leads ("the US-led alliance"): "Washington and its allies". */
  ledGroupings: LedGroupings;
  /** "the allies" → the party: "no ally", "every ally", "all 30 allies" speak for it. */
  memberNouns: MemberNouns;
  /** Groupings whose names count members ("NATO member countries"): "no member" is the one named last. */
  memberGroupings: readonly CollectiveCandidate[];
  /** Frame subjects: values are `demand` ids, `demand!` for strong subjects, `demand?` for weak ones. */
  subjects: TokenTrie<string>;
  /** Values are `demand` ids, `demand>` for restrictions read only after a subject. */
  restrictions: TokenTrie<string>;
  /**
   * Verbs of two-word restrictions that end in a particle ("roll over", "scale back"), by the verb's keys:
   * the particle may follow the object instead ("roll the grain deal over").
   */
  splitVerbs: ReadonlyMap<string, ReadonlyArray<SplitVerb>>;
  anchors: TokenTrie<string>;
  cues: TokenTrie<Attitude>;
  negations: TokenTrie<true>;
  carriers: TokenTrie<true>;
  references: TokenTrie<true>;
  /** Demand id → parties that proposed it. */
  proposers: Map<string, Set<string>>;
  /** Demand id → parties it is put to. */
  addressees: Map<string, Set<string>>;
  /** Every party some demand is put to (the union of `addressees`). */
  addressedParties: Set<string>;
  /** Every party that put some demand forward (the union of `proposers`). */
  proposingParties: ReadonlySet<string>;
  /** Keys for text tokens, shared with the tries so spelling and inflection are treated alike. */
  keyCache: KeyCache;
  /** Keys without lemmas, for sentences read only for names and offices. */
  surfaceKeyCache: KeyCache;
  /** Every word of an office ("minister", "spokesman"), lower-case: sentences without one introduce no one. */
  roleWords: ReadonlySet<string>;
  /** Content words (and lemmas) of every demand and reference phrase: a sentence without one is skipped. */
  triggers: ReadonlySet<string>;
  /** "the Association" for "Association of Serb-majority Municipalities": title-case head → demand (title-heads.ts). */
  titleHeads: ReadonlyMap<string, string>;
}

/** Words too common to pre-select a sentence: articles, pronouns, prepositions, auxiliaries. */
const FUNCTION_WORDS = new Set(
  'the a an of to on in for at by with from as and or nor not no its their his her our this that these those any all own main key core central first each other is are was were be been will would can could should must than then there here it they he she we you'.split(
    ' ',
  ),
);
const GAP_WORD = wordSet(/^(?:…|\.\.\.)$/);

const ATTITUDES = ['supports', 'rejects', 'open', 'unclear', 'holdFirm', 'intent'] as const;

/** "the Kremlin" also matches "The Kremlin"; curly and straight apostrophes are one. */
const nameKey = (s: string): string => s.replace(/[’‘]/g, "'");

/**
 * A name's first word as it may open a sentence: "the Kremlin" as "The Kremlin", and a name the
 * ontology writes in lower case ("local Serbs", "ethnic Serbs", "official Baku", "mainland China") as
 * "Local Serbs …" too. (Only the first word: "Kosovo's local Serbs" keeps its spelling.)
 */
const sentenceStartForms = (word: string): string[] =>
  /^the$/i.test(word)
    ? ['the', 'The']
    : /^[a-z]/.test(word)
      ? [word, word[0]!.toUpperCase() + word.slice(1)]
      : [word];

/** The parties and demands that make up the matrix: hidden ones left out. */
export function matrixAxes(ontology: Ontology): { parties: Party[]; demands: Demand[] } {
  return {
    parties: ontology.parties.filter((p) => !p.hidden),
    demands: ontology.demands.filter((d) => !d.hidden),
  };
}

/**
 * The demands with the frame read off their phrases where they allow (infer-frame.ts): as their frame
 * when they have none, added to the one written otherwise.
 */
export function withInferredFrames(demands: Demand[], parties: Party[]): Demand[] {
  if (demands.every((d) => d.phrases.length === 0)) return demands;
  const inferred = inferFrames(demands, parties, winkTagger());
  const lemmatizer = winkLemmatizer();
  const lemma = (lower: string): string => lemmatizer.lemma(lower).toLowerCase();
  return demands.map((d) => {
    let guess = inferred.get(d.id);
    // ("using the soil of Afghanistan" beside "soil will not be used": "using" is what the demand forbids.)
    const denied = deniedVerbs(d.frame, lemma);
    if (guess && denied.size) {
      const restrictions = guess.frame.restrictions.filter(
        (r) => !denied.has(lemma(phraseWords(r)[0]?.toLowerCase() ?? '')),
      );
      guess = { ...guess, frame: { ...guess.frame, restrictions } };
    }
    const frame = guess ? (d.frame ? withPhraseReadings(d.frame, guess.frame) : guess.frame) : d.frame;
    const written = frame?.anchors ?? [];
    return frame
      ? {
          ...d,
          frame: withAnchorSwaps(
            withAnchorForms(
              withAccordNouns(
                withActionForms(
                  // "foreign forces" a subject, "forces" a weak one: "foreign" anchors (subject-anchors.ts).
                  withSubjectAnchors(
                    // The families of the restrictions the analyst wrote (or, with no frame written, read
                    // off the phrases): "cut" read off "cut ties with" is no reduction.
                    withRestrictionFamilies(frame, lemma, d.frame?.restrictions ?? frame.restrictions),
                  ),
                ),
              ),
              parties,
            ),
            parties,
            written,
          ),
        }
      : d;
  });
}

/** Words of degree or pace read between "be" and the participle of a restriction after its subject. */
const PASSIVE_DEGREE = [
  'partly',
  'partially',
  'fully',
  'gradually',
  'completely',
  'eventually',
  'immediately',
];

/** An opposite that names leaving what the demand keeps: "quit the deal", "withdraw from …", "pull out". */
const LEAVING = /^(?:quit|withdraw|pull out|walk out|walk away|exit|leave)\b/i;
/** Ceasing to take part in something or to carry it out, read as leaving it. */
const CEASING_TO_TAKE_PART = ['stop', 'cease', 'halt', 'suspend', 'end'].flatMap((verb) =>
  [
    'taking part in',
    'participating in',
    'implementing',
    'carrying out',
    'honouring',
    'honoring',
    'complying with',
    'abiding by',
  ].map((gerund) => `${verb} ${gerund}`),
);

export function compileOntology(
  ontology: Ontology,
  lemmatizer: Lemmatizer | null = winkLemmatizer(),
): CompiledOntology {
  const lemmaOf = (lower: string): string => (lemmatizer ? lemmatizer.lemma(lower).toLowerCase() : lower);
  const wordKeys = (word: string): string[] => {
    const lower = word.toLowerCase().replace(/’/g, "'");
    return [...new Set([lower, lemmaOf(lower)])];
  };

  // Content words of demand and reference phrases: the sentence pre-filter.
  const partyWords = new Set(
    ontology.parties.flatMap((p) =>
      [p.name, ...p.aliases, ...(p.adjectives ?? [])].flatMap((n) =>
        phraseWords(n).map((w) => w.toLowerCase()),
      ),
    ),
  );
  const triggers = new Set<string>();
  const lemmaEntries = <T>(phrases: Array<{ phrase: string; value: T }>, trigger = false) =>
    phrases.map(({ phrase, value }) => {
      const words = phraseWords(phrase);
      // A sentence is read closely only if it holds the most telling word of some demand or
      // reference phrase: a number ("1997" of "1997 positions"), else the longest content word that
      // is no party's name ("guarantees" of "security guarantees", "door" of "NATO's door").
      const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()) && !GAP_WORD.test(w));
      const named = content.filter((w) => !partyWords.has(w.toLowerCase()));
      const pool = named.length ? named : content;
      const head =
        pool.find((w) => /\d/.test(w)) ??
        pool.reduce<string | undefined>((best, w) => (!best || w.length > best.length ? w : best), undefined);
      if (trigger && head) for (const k of [head.toLowerCase(), ...wordKeys(head)]) triggers.add(k);
      return { words, phrase, value };
    });
  const tokenLemmaKeys = (t: Token): readonly string[] => t.keys;
  // Each lemma-matched list gets a bit; a key's bits say which lists have a phrase starting with it.
  const startBits = new Map<string, number>();
  let nextBit = 1;
  const lemmaTrie = <T>(
    phrases: Array<{ phrase: string; value: T }>,
    trigger = false,
    nounGaps = false,
  ): TokenTrie<T> => {
    const bit = nextBit;
    nextBit <<= 1;
    const trie = buildTokenTrie(
      lemmaEntries(phrases, trigger),
      wordKeys,
      tokenLemmaKeys,
      bit,
      undefined,
      nounGaps,
    );
    for (const key of trie.keys) startBits.set(key, (startBits.get(key) ?? 0) | bit);
    return trie;
  };
  const startsOf = (keys: readonly string[]): number => {
    let mask = 0;
    for (const key of keys) mask |= startBits.get(key) ?? 0;
    return mask;
  };

  const axes = matrixAxes(ontology);
  const { parties } = axes;
  // A demand given only as phrasings gets a frame read off them (infer-frame.ts), so that it is read in
  // any order and inflection. (Not without a lemmatizer: tests that keep the model out keep frames out.)
  // "withdraw from Eastern Europe", "pull out of the Baltic states": the frame's withdrawal places after
  // each word of leaving a place (withdrawal-places.ts), as phrases, before any frame is read off them.
  // ("refused to talk to the government": an opposite led by a refusal verb is the demand refused.)
  const placed = axes.demands.map(withWithdrawalPlaces);
  const demands = withRefusedOpposites(lemmatizer ? withInferredFrames(placed, ontology.parties) : placed);

  const actorEntries: Array<{ words: string[]; phrase: string; value: ActorEntry }> = [];
  const addActor = (phrase: string, value: ActorEntry): void => {
    const words = phraseWords(phrase).map(nameKey);
    if (words.length) actorEntries.push({ words, phrase, value });
  };
  for (const p of parties) {
    const plain = { party: p.id, role: null, from: null, to: null };
    for (const name of [p.name, ...p.aliases]) addActor(name, { ...plain, kind: 'name' });
    for (const adj of p.adjectives ?? []) addActor(adj, { ...plain, kind: 'adjective' });
    for (const o of p.officials ?? []) {
      const entry: ActorEntry = {
        party: p.id,
        kind: 'official',
        role: o.role,
        from: o.from ?? null,
        to: o.to ?? null,
      };
      for (const name of [o.name, ...(o.aliases ?? [])]) addActor(name, entry);
    }
  }
  // Names start with a capital, except a few ("the Kremlin", "allied"): most tokens need no lookup.
  const lowerStarts = new Set(
    actorEntries.map((e) => e.words[0] as string).filter((w) => !STARTS_UPPER.test(w)),
  );
  lowerStarts.add('The');
  const actors = buildTokenTrie(
    actorEntries,
    (word, index) => (index === 0 ? sentenceStartForms(word) : [word]),
    (t) => t.nameKeys,
    0,
    (t) => t.capital || lowerStarts.has(t.text),
  );

  const phraseEntries: Array<{ phrase: string; value: DemandPhrase }> = [];
  const subjectEntries: Array<{ phrase: string; value: string }> = [];
  const restrictionEntries: Array<{ phrase: string; value: string }> = [];
  const anchorEntries: Array<{ phrase: string; value: string }> = [];
  const proposers = new Map<string, Set<string>>();
  const addressees = new Map<string, Set<string>>();
  const partyNames = partyNameSets(ontology.parties);
  for (const d of demands) {
    // Shared value objects keep the tries' de-duplication per demand.
    const plus: DemandPhrase = { demand: d.id, direction: 1 };
    const minus: DemandPhrase = { demand: d.id, direction: -1 };
    const weakMinus: DemandPhrase = { demand: d.id, direction: -1, weak: true };
    const weakPlus: DemandPhrase = { demand: d.id, direction: 1, weak: true };
    const forbiddenPlus: DemandPhrase = { demand: d.id, direction: 1, forbidden: true };
    const denied = deniedVerbs(d.frame, lemmaOf);
    const forbids = (phrase: string): boolean => {
      const first = phraseWords(phrase)[0]?.toLowerCase();
      return !!first && denied.has(lemmaOf(first));
    };
    for (const phrase of d.phrases) {
      const value = forbids(phrase) ? forbiddenPlus : plus;
      phraseEntries.push({ phrase, value });
      // "sit down with Kabul" also as "sit down with the Afghan government" (name-variants.ts), each
      // with its word forms ("purchase more U.S." → "buy more U.S."), not with the readings of gaps and
      // families below (a party has dozens of names).
      for (const named of nameVariants(phrase, partyNames))
        for (const form of [named, ...phraseVariants(named)]) phraseEntries.push({ phrase: form, value });
      // "permanent cease-fire", "lasting ceasefire", "hostage release" (phrase-variants.ts).
      for (const variant of phraseVariants(phrase)) phraseEntries.push({ phrase: variant, value });
      // "permanent ceasefire": "any ceasefire must be temporary" is its opposite (phrase-variants.ts).
      for (const form of temporaryForms(phrase)) phraseEntries.push({ phrase: form, value: minus });
      // "denuclearize" also as "denuclearization of", near one of the demand's anchors (phrase-variants.ts).
      for (const form of actNounsOf(phrase)) phraseEntries.push({ phrase: form, value: weakPlus });
      // "withdraw from Gaza" also as "withdraw completely from Gaza" (gap-adverbs.ts).
      for (const variant of adverbVariants(phrase)) phraseEntries.push({ phrase: variant, value });
      // "end the war" also as "bring the war to an end", "bring this war to an end" (restriction-families.ts).
      for (const variant of phraseFamilyVariants(phrase, lemmaOf))
        for (const form of [variant, ...demonstrativeVariants(variant)])
          phraseEntries.push({ phrase: form, value });
    }
    const principle: DemandPhrase = { demand: d.id, direction: 1, principle: true };
    for (const phrase of d.frame?.principles ?? []) phraseEntries.push({ phrase, value: principle });
    // "the war would continue" also as "the war would go on" (phrase-variants.ts).
    for (const phrase of [...(d.counterPhrases ?? []), ...(d.frame?.opposites ?? [])]) {
      for (const kept of [phrase, ...oppositeVariants(phrase)])
        for (const form of [kept, ...phraseVariants(kept)])
          phraseEntries.push({ phrase: form, value: minus });
      for (const variant of nameVariants(phrase, partyNames))
        phraseEntries.push({ phrase: variant, value: minus });
    }
    // "halt the deal" also as "halting the Ukraine grain deal" (loose-phrases.ts).
    const loosePlus: DemandPhrase = { demand: d.id, direction: 1, loose: true };
    const looseForbidden: DemandPhrase = { demand: d.id, direction: 1, loose: true, forbidden: true };
    const looseMinus: DemandPhrase = { demand: d.id, direction: -1, loose: true };
    for (const [list, value] of [
      [d.phrases, loosePlus],
      [[...(d.counterPhrases ?? []), ...(d.frame?.opposites ?? [])], looseMinus],
    ] as const)
      for (const phrase of list) {
        const variant = looseVariant(phrase);
        if (variant)
          phraseEntries.push({
            phrase: variant,
            value: value === loosePlus && forbids(phrase) ? looseForbidden : value,
          });
      }
    // ("not decide who" also as "doesn't decide who", "can't decide who": the "not" written onto its
    // auxiliary, as for a strong opposite — phrase-variants.ts.)
    for (const phrase of d.frame?.weakOpposites ?? [])
      for (const form of [phrase, ...oppositeVariants(phrase)])
        for (const spelt of [form, ...contractedVariants(form.trim().split(/\s+/))])
          phraseEntries.push({ phrase: spelt, value: weakMinus });
    // A demand whose opposite is leaving something ("quit", "withdraw", "pull out") is also refused by
    // ceasing to take part in it or to carry it out: "stopped taking part in", "ceased implementing".
    if ([...(d.frame?.opposites ?? []), ...(d.frame?.weakOpposites ?? [])].some((x) => LEAVING.test(x)))
      for (const phrase of CEASING_TO_TAKE_PART) phraseEntries.push({ phrase, value: weakMinus });
    for (const phrase of d.frame?.subjects ?? []) subjectEntries.push({ phrase, value: d.id });
    for (const phrase of d.frame?.strongSubjects ?? []) subjectEntries.push({ phrase, value: `${d.id}!` });
    for (const phrase of d.frame?.weakSubjects ?? []) subjectEntries.push({ phrase, value: `${d.id}?` });
    // Marked `demand^`: read only with one of the demand's anchors as its own subject ("NATO will not grow").
    for (const phrase of d.frame?.anchoredSubjects ?? []) subjectEntries.push({ phrase, value: `${d.id}^` });
    // Marked `demand~`: a subject also listed as elliptical may borrow the document's anchor.
    for (const phrase of d.frame?.ellipticalSubjects ?? [])
      subjectEntries.push({ phrase, value: `${d.id}~` });
    for (const phrase of d.frame?.restrictions ?? []) {
      restrictionEntries.push({ phrase, value: d.id });
      // "lowering", "freezing" written as a restriction also as the noun of action it makes with "of":
      // "a lowering of violence", "the freezing of the programme".
      if (/^[a-z]+ing$/i.test(phrase.trim()))
        restrictionEntries.push({ phrase: `${phrase.trim()} of`, value: d.id });
    }
    // "asked the Taliban to refrain from a spring offensive": holding back from what follows turns it,
    // whatever the demand; a frame need not list it.
    // (Not where the frame's restrictions only bring its subject about: "hold off on tariffs" asks for no
    // mechanism that would reimpose them, "refrain from talks" for no talks.)
    if (d.frame && framesStopping(d.frame, lemmaOf))
      for (const phrase of HOLDING_BACK) restrictionEntries.push({ phrase, value: d.id });
    // Marked `demand>`: found by the same trie, but only read after a subject.
    for (const phrase of d.frame?.restrictionsAfter ?? []) {
      restrictionEntries.push({ phrase, value: `${d.id}>` });
      // "to go", "to be lifted", "would leave": the reading skips the "to" (and a modal, "has to") after
      // the subject before it looks for the restriction, so the words after it are what it meets: "the
      // court's role must go", "sanctions have to be lifted", "forces will leave" (phrase-variants.ts).
      const rest = afterSkipped(phrase);
      if (rest) restrictionEntries.push({ phrase: rest, value: `${d.id}>` });
      // "be eased" also with a word of degree or pace between: "sanctions be partly eased", "the
      // troops would be gradually withdrawn". A passive of one verb only.
      const passive = /^((?:to\s+)?be)\s+([a-z]+)$/i.exec(phrase.trim());
      if (passive)
        for (const adverb of PASSIVE_DEGREE)
          for (const head of [passive[1] as string, 'be'])
            restrictionEntries.push({
              phrase: `${head} ${adverb} ${passive[2] as string}`,
              value: `${d.id}>`,
            });
    }
    for (const phrase of d.frame?.anchors ?? []) anchorEntries.push({ phrase, value: d.id });
    proposers.set(d.id, new Set(d.proposedBy ?? []));
    addressees.set(d.id, new Set(d.addressedTo ?? []));
  }
  // "keep … out of the alliance" also as "out of the NATO alliance", "the transatlantic alliance": the
  // party's longer names of the same grouping (grouping-names.ts).
  const groupings = groupingNames(ontology.parties);
  if (groupings.size)
    for (const list of [phraseEntries, subjectEntries] as Array<Array<{ phrase: string; value: unknown }>>)
      for (const { phrase, value } of [...list])
        for (const variant of groupingVariants(phrase, groupings)) list.push({ phrase: variant, value });
  // The trie keeps only the longest restriction at a word: "not station" (one demand's) would hide
  // "not" (another's) in "not station troops". A longer restriction whose first words are another
  // demand's restriction counts for that demand too.
  const restrictionKey = (phrase: string): string => phraseWords(phrase).join(' ').toLowerCase();
  const restrictionDemands = new Map<string, Set<string>>();
  for (const { phrase, value } of restrictionEntries) {
    const key = restrictionKey(phrase);
    const set = restrictionDemands.get(key) ?? new Set<string>();
    set.add(value);
    restrictionDemands.set(key, set);
  }
  for (const { phrase, value } of [...restrictionEntries]) {
    const words = restrictionKey(phrase).split(' ');
    for (let n = 1; n < words.length; n++) {
      for (const other of restrictionDemands.get(words.slice(0, n).join(' ')) ?? []) {
        if (other === value || restrictionDemands.get(words.join(' '))?.has(other)) continue;
        restrictionEntries.push({ phrase, value: other });
        restrictionDemands.get(words.join(' '))?.add(other);
      }
    }
  }

  const splitVerbs = new Map<string, SplitVerb[]>();
  for (const { phrase, value } of restrictionEntries) {
    let words = phraseWords(phrase);
    // "keep … alive": the gap is where the object goes anyway.
    if (
      words.length === 3 &&
      /^(?:…|\.\.\.)$/.test(words[1] as string) &&
      KEPT_STATES.has(words[2]?.toLowerCase() ?? '')
    )
      words = [words[0] as string, words[2] as string];
    const particle = words[1]?.toLowerCase() ?? '';
    if (
      words.length !== 2 ||
      value.endsWith('>') ||
      !(SPLIT_PARTICLES.has(particle) || (KEPT_STATES.has(particle) && phrase.includes('…')))
    )
      continue;
    for (const key of wordKeys(words[0] as string)) {
      const list = splitVerbs.get(key) ?? [];
      if (!list.some((x) => x.particle === particle && x.demand === value))
        list.push({ particle, demand: value, phrase });
      splitVerbs.set(key, list);
    }
  }

  const cueEntries: Array<{ phrase: string; value: Attitude }> = [];
  for (const attitude of ATTITUDES) {
    for (const phrase of ontology.cues[attitude] ?? []) {
      cueEntries.push({ phrase, value: attitude });
      // "gave no ground on" also as "gave no ground, including on" (example-lead-cues.ts).
      if (attitude === 'holdFirm')
        for (const variant of exampleLeadVariants(phrase))
          cueEntries.push({ phrase: variant, value: attitude });
    }
  }
  const flag = (list: string[] | undefined) =>
    (list ?? []).map((phrase) => ({ phrase, value: true as const }));

  // Every word of three letters or more gets its lemma: irregular forms ("sought", "withdrew") share no
  // prefix with their lemma. Only sentences that may name a demand are read this way.
  const keyCache = new KeyCache(lemmatizer, (lower) => lower.length >= 3 && HAS_LETTER.test(lower), startsOf);
  // Sentences that name no demand are read for names and offices only: no lemmas needed there.
  const surfaceKeyCache = new KeyCache(null, () => false, startsOf);
  const titleHeads = titleHeadsOf(demands, ontology.parties);
  for (const head of titleHeads.keys()) triggers.add(head.toLowerCase());
  // One object literal (no spread): every compile gives the hot loops objects of the same shape, so
  // a second derivation does not throw away the optimised code of the first (V8 'wrong map').
  return {
    ontology,
    parties,
    demands,
    actors,
    collectives: compileCollectiveNouns(parties),
    ledGroupings: compileLedGroupings(parties),
    memberNouns: compileMemberNouns(parties),
    memberGroupings: compileMemberGroupings(parties),
    roles: lemmaTrie((ontology.roles ?? []).map((phrase) => ({ phrase, value: phrase }))),
    demandPhrases: lemmaTrie(phraseEntries, true, true),
    subjects: lemmaTrie(subjectEntries, true, true),
    restrictions: lemmaTrie(restrictionEntries, false, true),
    splitVerbs,
    anchors: lemmaTrie(anchorEntries),
    cues: lemmaTrie(cueEntries),
    negations: lemmaTrie(flag(ontology.cues.negations.map((n) => n.replace(/^n['’]t$/i, 'not')))),
    carriers: lemmaTrie(flag(ontology.cues.carriers)),
    references: lemmaTrie(flag(ontology.cues.references), true),
    proposers,
    addressees,
    addressedParties: new Set([...addressees.values()].flatMap((x) => [...x])),
    proposingParties: new Set([...proposers.values()].flatMap((ps) => [...ps])),
    triggers,
    titleHeads,
    roleWords: new Set(
      (ontology.roles ?? []).flatMap((r) =>
        phraseWords(r).flatMap((w) => [w.toLowerCase(), `${w.toLowerCase()}s`]),
      ),
    ),
    keyCache,
    surfaceKeyCache,
  };
}
