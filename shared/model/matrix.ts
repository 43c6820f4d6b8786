import type { InputProblem } from './corpus';
import type { Demand, Party } from './ontology';
import type { Stance } from './stance';

/** How a sentence was tied to the party holding the position. */
export type AttributionKind =
  | 'speaker' // "Sherman said", "according to Ryabkov"
  | 'previous-speaker' // a quote whose speaker is named in the sentence before ("he said")
  | 'subject' // the subject of "X rejected/accepted/wants ..."
  | 'possessor' // "Russia's demand", "the Russian proposal"
  | 'passive-agent' // "guarantees demanded by Moscow"
  | 'document' // the party speaking through its document: "Washington's written reply says"
  | 'first-person' // "we" / "our" in a quotation whose speaker belongs to the party
  | 'role' // a role word combined with a party: "a Kremlin spokesman", "the British foreign secretary"
  | 'alias' // an organisational alias in the sentence ("the alliance", "Moscow")
  | 'proposer' // a demand noun with no owner named ("the demand for NATO to stop expanding"): the demand's only proposer
  | 'named-proposer' // the demand's proposer named with it, no cue deciding ("Putin's fear of NATO's expansion")
  | 'stated-demand'; // the document names the proposer and states its demand, no sentence tying the two

export const ATTRIBUTION_KINDS = [
  'speaker',
  'previous-speaker',
  'subject',
  'possessor',
  'passive-agent',
  'document',
  'first-person',
  'role',
  'alias',
  'proposer',
  'named-proposer',
  'stated-demand',
] as const satisfies readonly AttributionKind[];

export interface Attribution {
  party: string;
  kind: AttributionKind;
  /** The words in the text that named the party or speaker, e.g. "Sherman". */
  matched: string;
  /** The office that made the words speak for the party ("deputy foreign minister"), when one did. */
  role: string | null;
  /** Who is speaking in the sentence when that is not the holder ("Sherman" reporting Russia's demand). */
  speaker: string | null;
}

/** Whether a citation is the party's own statement or someone else's account of its position. */
export type Voice = 'own' | 'reported';
export const VOICES = ['own', 'reported'] as const satisfies readonly Voice[];

/** When the position holds: now, or only in the future, under a condition, or in the past. */
export type Modality = 'present' | 'future' | 'conditional' | 'historical';
export const MODALITIES = [
  'present',
  'future',
  'conditional',
  'historical',
] as const satisfies readonly Modality[];

/** A verbatim quote from a source: `quote === text.slice(start, end)` (JS string offsets). */
export interface Citation {
  /** Stable key: `${document}:${start}-${end}:${party}:${demand}`. */
  key: string;
  document: string;
  start: number;
  end: number;
  quote: string;
  party: string;
  demand: string;
  stance: Stance;
  /** The cue phrase that decided the stance, exactly as it appears in the text. */
  cue: string;
  /** True when a negation flipped the cue ("not ready to", "no positive reaction"). */
  negated: boolean;
  attribution: Attribution;
  /** How the demand was recognised: the phrase found, or the enumerated item referred to. */
  demandMatch: string;
  /** Publication date of the citing document (YYYY-MM-DD) or null. */
  published: string | null;
  /** The party's own statement, or reported by a journalist or another party. */
  voice: Voice;
  modality: Modality;
  /** The citation's vote in aggregation (0..1): own above reported, present above the rest. */
  weight: number;
  /** For a reference ("these demands"): the sentence that named the demands it was resolved to. */
  resolvedFrom: { start: number; end: number } | null;
}

/**
 * A sentence that names the party and the demand but no cue decides: kept so that nothing relevant
 * is invisible; the analyst can turn it into a citation.
 */
export interface UnclassifiedMention {
  /** Stable key: `${document}:${start}-${end}:${party}:${demand}`. */
  key: string;
  document: string;
  start: number;
  end: number;
  quote: string;
  party: string;
  demand: string;
  /** How the demand was recognised. */
  demandMatch: string;
  /** The words that named the party. */
  partyMatch: string;
  published: string | null;
}

export interface StanceAtDate {
  /** YYYY-MM-DD, or null for undated documents (listed last). */
  date: string | null;
  stance: Stance;
  documents: string[];
}

export interface MatrixCell {
  party: string;
  demand: string;
  stance: Stance;
  /** 0..1: agreement of the citations and number of independent sources. */
  confidence: number;
  /** All supporting citations, newest document first. */
  citations: Citation[];
  /** Independent sources: a translation and its original count as one. */
  sources: number;
  /** Independent sources in which the party itself states its position. */
  ownSources: number;
  timeline: StanceAtDate[];
  /** Sentences naming the party and the demand that no cue decides, newest document first. */
  mentions: UnclassifiedMention[];
}

export interface MatrixDocument {
  id: string;
  path: string;
  title: string;
  outlet: string | null;
  published: string | null;
  language: string;
  translationOf: string | null;
  hash: string;
}

export interface DerivationStats {
  documents: number;
  sentences: number;
  citations: number;
  errors: number;
  millis: number;
  /** Documents that name a party of the vocabulary: the matrix's empty state says why it is empty. */
  documentsNamingAParty?: number;
  /** Documents in which a demand phrasing of the vocabulary matched. */
  documentsNamingADemand?: number;
}

export interface StanceMatrix {
  /** Bumped when the shape of this JSON changes. */
  schemaVersion: 2;
  generatedAt: string;
  documents: MatrixDocument[];
  parties: Party[];
  demands: Demand[];
  /** One cell for every party × demand pair, `none` where the corpus says nothing. */
  cells: MatrixCell[];
  problems: InputProblem[];
  stats: DerivationStats;
}

export const cellKey = (party: string, demand: string): string => `${party}|${demand}`;
