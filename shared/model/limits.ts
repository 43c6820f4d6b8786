/**
 * One set of limits for what crosses into Standpoint, checked where it enters (IPC arguments,
 * corpus.json, stored ontology edits), so nothing larger can reach the derivation or the matrix.
 */

/** Every id: parties, demands, documents, analyst items, citation keys. */
export const ID_MAX_LENGTH = 200;

/** Ids an analyst chooses for a new party or demand: lower-case words joined by dashes. */
export const ONTOLOGY_ID_PATTERN = /^[a-z0-9-]+$/;

/** The longest quote an analyst citation or range note may hold: a long paragraph, not a document. */
export const QUOTE_MAX_LENGTH = 5_000;

/** One phrasing in the vocabulary: an alias, a demand phrase, a cue, an office word. */
export const PHRASE_MAX_LENGTH = 200;

/** Entries in one vocabulary list (a party's aliases, a cue kind's phrasings, the office words). */
export const VOCABULARY_LIST_MAX = 1_000;
