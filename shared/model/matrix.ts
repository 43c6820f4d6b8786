import type { InputProblem } from './corpus';
import type { Demand, Party } from './ontology';
import type { Stance } from './stance';

/** How a sentence was tied to the party holding the position. */
export type AttributionKind =
  | 'speaker' // "Sherman said", "according to Ryabkov"
  | 'previous-speaker' // a quote whose speaker is named in the sentence before
  | 'subject' // the subject of "X rejected/accepted/wants ..."
  | 'alias'; // an organisational alias in the sentence ("the alliance", "Moscow")

export interface Attribution {
  party: string;
  kind: AttributionKind;
  /** The words in the text that named the party or speaker, e.g. "Sherman". */
  matched: string;
}

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
  timeline: StanceAtDate[];
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
}

export interface StanceMatrix {
  /** Bumped when the shape of this JSON changes. */
  schemaVersion: 1;
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
