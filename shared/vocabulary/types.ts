/** What "Suggest from the documents" proposes for the analyst to accept. */

/** Where a suggestion was seen: one sentence of one document. */
export interface SuggestionExample {
  document: string;
  start: number;
  end: number;
  quote: string;
}

export type SuggestedPartyKind = 'person' | 'organisation' | 'place' | 'name';

export interface PartySuggestion {
  /** Stable within one answer: what the analyst's choice refers to. */
  key: string;
  kind: SuggestedPartyKind;
  /** As the texts write it: "Elaine Fortier", "World Trade Organization", "Canada". */
  name: string;
  /** Other names seen for it: initials ("WTO"), a surname ("Fortier"). */
  aliases: string[];
  /** Adjectives of it seen in the texts: "Canadian". */
  adjectives: string[];
  /** For people: the office written with the name ("Trade Minister"), the most frequent one. */
  title: string | null;
  /** For people: who they speak for, as written ("Canadian", "EU", "Canada"). */
  affiliation: string | null;
  /** The vocabulary's party that affiliation names, when one does. */
  affiliationParty: string | null;
  mentions: number;
  documents: number;
  example: SuggestionExample;
}

export interface DemandSuggestion {
  key: string;
  /** The noun phrase as written: "removal of steel tariffs". */
  phrase: string;
  /** A title for a new demand: "Removal of steel tariffs". */
  title: string;
  /** The cue words the phrase followed: "called for", "rejected". */
  cues: string[];
  mentions: number;
  documents: number;
  example: SuggestionExample;
}

export interface VocabularySuggestions {
  parties: PartySuggestion[];
  demands: DemandSuggestion[];
  /** How much was read: a very large workspace is read up to a budget, and says so. */
  read: { documents: number; of: number; characters: number; truncated: boolean };
}
