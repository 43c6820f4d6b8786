/** The hand-edited vocabulary the derivation reads: corpus/ontology.json. */
export interface Party {
  id: string;
  name: string;
  /** Names that speak for the party: the country or body itself, its capital, officials, spokespeople. */
  aliases: string[];
}

export interface Demand {
  id: string;
  title: string;
  description: string;
  /** Words and phrasings that name the demand in the articles. */
  phrases: string[];
  /**
   * Phrasings that name the opposite of the demand ("open-door policy" for non-expansion): a party
   * that will not abandon them rejects the demand. Optional; absent means none.
   */
  counterPhrases?: string[];
}

/** Stance cues: phrases that signal how a party stands on a demand in a sentence. */
export interface StanceCues {
  supports: string[];
  rejects: string[];
  open: string[];
  unclear: string[];
  /** Words that flip a following cue ("not", "no", "never", "not ready to"). */
  negations: string[];
}

export interface Ontology {
  version: number;
  parties: Party[];
  demands: Demand[];
  cues: StanceCues;
}

/** Required ids other code and tests rely on. */
export const REQUIRED_DEMAND_IDS = ['non-expansion', 'rollback-1997', 'missile-deployment'] as const;
export const REQUIRED_PARTY_IDS = ['russia', 'united-states', 'nato', 'eu'] as const;
