/** Replies of the Vocabulary view's requests: the ontology file as read, and the suggestions. */
import { z } from 'zod';
import { inputProblemSchema, ontologySchema } from './schemas';

export const vocabularySchema = z.object({
  /** ontology.json as read, before the analyst's edits (the renderer lays them over it). */
  ontology: ontologySchema,
  /** Where the file is, to name it in the view. */
  file: z.string(),
  /** What was wrong with the file (entries skipped, fields ignored). */
  problems: z.array(inputProblemSchema),
});

const exampleSchema = z.object({
  document: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});

export const partySuggestionSchema = z.object({
  key: z.string(),
  kind: z.enum(['person', 'organisation', 'place', 'name']),
  name: z.string(),
  aliases: z.array(z.string()),
  adjectives: z.array(z.string()),
  title: z.string().nullable(),
  affiliation: z.string().nullable(),
  affiliationParty: z.string().nullable(),
  mentions: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  example: exampleSchema,
});

export const demandSuggestionSchema = z.object({
  key: z.string(),
  phrase: z.string(),
  title: z.string(),
  cues: z.array(z.string()),
  mentions: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  example: exampleSchema,
});

export const vocabularySuggestionsSchema = z.object({
  parties: z.array(partySuggestionSchema),
  demands: z.array(demandSuggestionSchema),
  read: z.object({
    documents: z.number().int().nonnegative(),
    of: z.number().int().nonnegative(),
    characters: z.number().int().nonnegative(),
    truncated: z.boolean(),
  }),
});
