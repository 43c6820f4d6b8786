/**
 * What reading a sentence takes in and gives out: its input, its findings and unclassified mentions,
 * who holds a position (Holder), and how much a finding's modality weighs in a citation.
 */
import type { AttributionKind, Modality, Voice } from '../../model/matrix';
import type { Stance } from '../../model/stance';
import type { ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import type { Cue } from '../cues';
import type { DemandMention } from '../demand-mentions';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';

export interface SentenceFinding {
  party: string;
  demand: string;
  stance: Exclude<Stance, 'none'>;
  cue: string;
  negated: boolean;
  attribution: { kind: AttributionKind; matched: string; role: string | null; speaker: string | null };
  voice: Voice;
  modality: Modality;
  demandMatch: string;
  mention: DemandMention;
  /**
   * A verdict in an aside on a party's demands ("The Russian proposals, which Washington has called
   * non-starters, would …"): the judge's own position, though the rest of the sentence is their content.
   */
  judgesOwnedDemand?: boolean;
}

export interface SentenceMention {
  party: string;
  demand: string;
  demandMatch: string;
  partyMatch: string;
}

export interface SentenceInput {
  text: string;
  tokens: readonly Token[];
  compiled: CompiledOntology;
  published: string | null;
  actors: readonly ActorMention[];
  mentions: readonly DemandMention[];
  cues: readonly Cue[];
  speaker: Speaker | null;
  /** The speaker of a quotation continued from before, or of "he said". */
  previousSpeaker: Speaker | null;
  /** The last party that spoke in the last few sentences: who "he" or "she" is as a subject. */
  recentSpeaker: Speaker | null;
  /** The subject of the sentence before: who "It" or "They" opening this one is. */
  recentSubject?: ActorMention | null;
  /** The party whose paper the sentence before named as a clause's subject: who "it" may be. */
  paperBefore?: Speaker | null;
  /**
   * The proposers whose list this sentence is an item of: a line opening with a bullet or a number
   * after a sentence that named their proposals and ended in a colon ("The Russian proposals cover
   * the following points:" / "- No further enlargement of NATO").
   */
  itemOf?: readonly string[] | null;
  /** Every party the document has named so far (whose demand an agentless "was asked to …" is). */
  namedParties?: ReadonlySet<string>;
  /** Parties the document has already shown holding demands of their own (their attached demands). */
  demandingParties?: ReadonlySet<string>;
  /** Two parties named together lately ("Xi and Putin met", "talks between Sherman and Ryabkov"): who "the two sides" are. */
  recentPair?: Speaker | null;
  /**
   * The two parties, and only two, the sentence before named in any way ("China backs the Russian
   * proposals"): who "both governments" or "the two leaders" are when no pair was named together.
   */
  twoNamedBefore?: Speaker | null;
  /**
   * Groups of parties named one by one lately (a coordinated subject, a joint statement's issuers, the
   * last speaking group): who "the four countries", "the three main stakeholders" are when the count fits.
   */
  recentGroups?: readonly Speaker[];
}

export interface SentenceFacts {
  question: boolean;
  /** Where a yes/no question ("Is Paris ready to …?", "Q: Will Washington agree …?") ends; -1 if none. */
  yesNoQuestionEnd: number;
  asking: boolean;
  commentary: boolean;
  condition: boolean;
  /** Demands whose anchor words (places, parties) the sentence names. */
  anchored: ReadonlySet<string>;
  /** Where the first "doubt that …" or "analysts believe …" stands; -1 if none. */
  speculationAt: number;
  /** Where "(it is) possible / likely that" stands, or -1. */
  likelihoodAt: number;
}

export interface Holder {
  parties: string[];
  kind: AttributionKind;
  matched: string;
  role: string | null;
  /** "Neither Berlin nor Paris backs …": the subject itself denies the verb. */
  negates?: boolean;
}

export const NO_HOLDER: Holder = { parties: [], kind: 'subject', matched: '', role: null };

const MODALITY_WEIGHT: Record<Modality, number> = {
  present: 1,
  future: 0.9,
  conditional: 0.5,
  historical: 0.25,
};

export const citationWeight = (voice: Voice, modality: Modality, reference: boolean): number =>
  Math.round((voice === 'own' ? 1 : 0.6) * MODALITY_WEIGHT[modality] * (reference ? 0.5 : 1) * 100) / 100;

export const partyHolder = (s: Speaker): Holder | null =>
  s.kind === 'party'
    ? { parties: s.parties, kind: s.document ? 'document' : 'speaker', matched: s.matched, role: s.role }
    : null;
