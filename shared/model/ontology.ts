/** The vocabulary the derivation reads: a workspace's ontology.json (corpus/ontology.json ships). */

/** A person who speaks for a party while holding an office (dates bound the tenure). */
export interface Official {
  /** Full name as articles write it: "Sergei Ryabkov". */
  name: string;
  /** Other spellings and the surname: "Ryabkov", "Sergey Ryabkov". */
  aliases?: string[];
  /** The office, in words: "Deputy Foreign Minister". */
  role: string;
  /** First and last day in office (YYYY-MM-DD); absent means open-ended. */
  from?: string | null;
  to?: string | null;
}

export interface Party {
  id: string;
  name: string;
  /** Names of the party itself and its metonyms: the country or body, its capital, "the Kremlin". */
  aliases: string[];
  /** Adjectives that combine with an office or a demand noun: "Russian" in "the Russian foreign minister". */
  adjectives?: string[];
  /** People who speak for the party while in office. */
  officials?: Official[];
  /** Hidden parties stay in the ontology but are left out of the matrix. */
  hidden?: boolean;
}

/**
 * A demand as a frame: what it is about (subjects), the words that restrict the subject and so
 * state the demand ("halt", "no further", "never admit"), and the phrasings of its opposite ("the
 * open door"). A subject with a restriction before it names the demand; a bare subject or an
 * opposite names what the demand would stop, so attitudes to it count the other way round.
 */
export interface DemandFrame {
  /** Lemmas or phrases naming what the demand is about: "expansion", "enlarge", "admit". */
  subjects: string[];
  /** A subject counts only when one of these is near it in the sentence (or in the subject itself). */
  anchors?: string[];
  /** Subjects specific enough to count anywhere in a document that has named an anchor: "enlargement". */
  strongSubjects?: string[];
  /** Subjects too general to name the demand unless a restriction states it: "weapons" in "not deploy weapons". */
  weakSubjects?: string[];
  /**
   * Subjects too general to name the demand unless one of its anchors is their own subject: "grow" in
   * "NATO will not grow", "the alliance keeps growing", "stop the bloc from growing" (not in "tensions
   * with NATO will grow", nor "the alliance grew stronger").
   */
  anchoredSubjects?: string[];
  /**
   * Subjects that, restricted and closing their clause with no object, take their anchor from earlier in
   * the document: "(NATO …) Ukraine will never join", "forbidden from ever becoming a member".
   */
  ellipticalSubjects?: string[];
  /** Phrasings that, before a subject, state the demand: "halt", "no further", "exclude … from". */
  restrictions: string[];
  /**
   * Phrasings that state the demand only after a subject: "forces to leave", "troops out of", where
   * the same words before it would not ("leave its forces in place").
   */
  restrictionsAfter?: string[];
  /** Phrasings of the opposite of the demand: "open door", "right to choose alliances". */
  opposites: string[];
  /** Opposites too general to count without an anchor nearby: "its door" (of the alliance). */
  weakOpposites?: string[];
  /**
   * Places the demand's forces are to leave ("Eastern Europe", "the Baltic states"): each read as a phrase
   * after every word of leaving a place ("withdraw from", "pull out of", "withdrawal from", "pullout
   * from") where the restrictions hold a word of withdrawing (withdrawal-places.ts).
   */
  withdrawalPlaces?: string[];
  /**
   * The principle the demand is argued from ("indivisibility of security"): read only as its
   * proposers' support, never as anyone else's stance.
   */
  principles?: string[];
}

export interface Demand {
  id: string;
  title: string;
  description: string;
  /** Whole phrasings that state the demand itself: "non-expansion". */
  phrases: string[];
  /** Whole phrasings that name its opposite (kept for ontologies written before frames). */
  counterPhrases?: string[];
  frame?: DemandFrame;
  /** Parties that put the demand forward: holding firm on the topic means supporting it for them. */
  proposedBy?: string[];
  /**
   * Parties the demand is put to (for Russia's: the US and NATO). One of them supporting it, read off a
   * sentence, is nearly always the demand told as addressed to it: left as a mention, not a stance.
   */
  addressedTo?: string[];
  /**
   * The proposer's central demand: "Russia's demands are unacceptable", said by another side in an
   * article that never says what the demands are, is read as refusing this one (and no other).
   */
  central?: boolean;
  hidden?: boolean;
}

/** Attitudes a party takes, as phrasings; combined with negation, modality and the demand's direction. */
export interface StanceCues {
  supports: string[];
  rejects: string[];
  open: string[];
  unclear: string[];
  /** Refusing to give ground on a thing: "non-negotiable", "no concessions on", "will not compromise on". */
  holdFirm?: string[];
  /** Stated plans: "intends to", "plans to"; negated, "no intention of". */
  intent?: string[];
  /** Words that flip a following cue ("not", "never", "refuse to"). */
  negations: string[];
  /** Nouns that carry a demand and pass an attitude through: "demand", "proposal", "call". */
  carriers?: string[];
  /** Phrasings that refer back to demands named earlier: "these demands", "the proposals". */
  references?: string[];
}

export interface Ontology {
  version: number;
  parties: Party[];
  demands: Demand[];
  cues: StanceCues;
  /** Office words that combine with a party: "foreign minister", "spokesman", "ambassador". */
  roles?: string[];
}

/** Required ids other code and tests rely on (for the shipped Russia–West ontology). */
export const REQUIRED_DEMAND_IDS = ['non-expansion', 'rollback-1997', 'missile-deployment'] as const;
export const REQUIRED_PARTY_IDS = ['russia', 'united-states', 'nato', 'eu'] as const;
