import type { Demand, Official, Party, StanceCues } from './ontology';
import type { Stance } from './stance';

/**
 * The analyst's own work, stored apart from the derived matrix so re-deriving never touches it.
 * Every item records who made it and when.
 */
export interface Authored {
  id: string;
  author: string;
  createdAt: string; // ISO timestamp
  updatedAt: string; // ISO timestamp
}

/** A place in a document's text that survives edits: re-found by its quote and context. */
export interface TextAnchor {
  document: string;
  /** Hash of the document text the offsets refer to. */
  documentHash: string;
  start: number;
  end: number;
  quote: string;
  /** Up to 32 characters before and after the quote, to choose between repeated quotes. */
  prefix: string;
  suffix: string;
}

export type NoteTarget =
  | { kind: 'cell'; party: string; demand: string }
  | {
      kind: 'citation';
      citationKey: string;
      /** The citation's quote when the note was made: finds it again if its key changes (reattach.ts). */
      quote?: string;
    }
  | { kind: 'range'; anchor: TextAnchor };

export interface Note extends Authored {
  target: NoteTarget;
  text: string;
  /** A cell note marked as a key judgement: it opens the briefing. */
  key?: boolean;
}

export interface StanceOverride extends Authored {
  party: string;
  demand: string;
  stance: Stance;
  /** Mandatory: why the analyst disagrees with the derivation. */
  rationale: string;
}

export interface AnalystCitation extends Authored {
  party: string;
  demand: string;
  stance: Stance;
  anchor: TextAnchor;
  comment: string;
}

export interface CitationRejection extends Authored {
  citationKey: string;
  reason: string;
  /** The citation's quote when it was rejected (older stores have none): see reattach.ts. */
  quote?: string;
}

export type OntologyEdit =
  | (Authored & {
      kind: 'party';
      partyId: string;
      name: string;
      aliases: string[];
      adjectives?: string[];
      officials?: Official[];
    })
  | (Authored & { kind: 'demand'; demandId: string; title: string; description: string; phrases: string[] })
  | (Authored & { kind: 'alias'; partyId: string; alias: string })
  | (Authored & { kind: 'phrase'; demandId: string; phrase: string })
  | (Authored & { kind: 'party-edit'; partyId: string; changes: PartyChanges })
  | (Authored & { kind: 'party-remove'; partyId: string; name: string })
  | (Authored & { kind: 'demand-edit'; demandId: string; changes: DemandChanges })
  | (Authored & { kind: 'demand-remove'; demandId: string; title: string })
  | (Authored & { kind: 'cues-edit'; changes: CueChanges })
  | (Authored & { kind: 'roles-edit'; roles: string[] });

/** The fields of a party the analyst changed; each one given replaces the ontology file's value. */
export type PartyChanges = Partial<Pick<Party, 'name' | 'aliases' | 'adjectives' | 'officials' | 'hidden'>>;
/** The fields of a demand the analyst changed; each one given replaces the ontology file's value. */
export type DemandChanges = Partial<
  Pick<
    Demand,
    | 'title'
    | 'description'
    | 'phrases'
    | 'counterPhrases'
    | 'frame'
    | 'proposedBy'
    | 'addressedTo'
    | 'central'
    | 'hidden'
  >
>;
/** Stance cue lists the analyst changed; each kind given replaces the file's list of that kind. */
export type CueChanges = Partial<StanceCues>;

/** The analyst's answer to a suggested stance change (see shared/model/review.ts). */
export interface ReviewDecision extends Authored {
  suggestionId: string;
  party: string;
  demand: string;
  decision: 'accepted' | 'dismissed';
  fromStance: Stance;
  toStance: Stance;
  /** Titles of the documents that brought the change, so the history reads on its own. */
  documents: string[];
}

/** "I have looked at this cell": a new document that changes it is then a suggestion to review. */
export interface ReviewMark extends Authored {
  party: string;
  demand: string;
  /** The derived stance when it was marked. */
  stance: Stance;
}

export interface AnalystData {
  schemaVersion: number;
  notes: Note[];
  overrides: StanceOverride[];
  citations: AnalystCitation[];
  rejections: CitationRejection[];
  ontologyEdits: OntologyEdit[];
  /**
   * Optional so that data written before the review queue reads as it is (no migration needed);
   * the schema fills in empty lists.
   */
  reviewDecisions?: ReviewDecision[];
  reviewMarks?: ReviewMark[];
}

export interface Preferences {
  /** Name recorded on every analyst item; set once in preferences. */
  author: string;
  theme: 'system' | 'light' | 'dark';
}

/** Where an analyst anchor lies in the current text of its document. */
export interface AnchorResolution {
  status: 'anchored' | 'reanchored' | 'orphaned';
  start: number;
  end: number;
}
