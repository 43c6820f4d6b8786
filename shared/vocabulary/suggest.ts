/**
 * "Suggest from the documents": candidate parties and demand phrasings for the analyst to accept.
 * Pure: reads the documents' texts and the current vocabulary. The work is bounded: each document
 * is read up to a limit and the whole up to a budget, so a workspace of any size answers promptly
 * and says how much it read.
 */
import type { Ontology } from '../model/ontology';
import { DemandSuggester } from './suggest-demands';
import { PartySuggester } from './suggest-parties';
import { createWinkTagger, type Tagger } from './tagger';
import type { VocabularySuggestions } from './types';

export interface SuggestOptions {
  /**
   * Characters read in all (default 1,000,000: about a second here, some 200 articles, plenty to see
   * which names and phrasings recur; main answers other requests again after it).
   */
  maxCharacters?: number;
  /** Characters read of one document (default 200,000), cut at a line break. */
  maxDocumentCharacters?: number;
  parties?: number;
  demands?: number;
  tagger?: Tagger;
}

export interface SuggestDocument {
  id: string;
  text: string;
}

/** The beginning of a text up to `max` characters, ending at a line break where there is one. */
function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

export function suggestVocabulary(
  documents: readonly SuggestDocument[],
  ontology: Ontology,
  options: SuggestOptions = {},
): VocabularySuggestions {
  const budget = options.maxCharacters ?? 1_000_000;
  const perDocument = options.maxDocumentCharacters ?? 200_000;
  const tagger = options.tagger ?? createWinkTagger();
  const parties = new PartySuggester(ontology);
  const demands = new DemandSuggester(ontology);
  let characters = 0;
  let read = 0;
  let truncated = false;
  for (const doc of documents) {
    if (characters >= budget) {
      truncated = true;
      break;
    }
    const text = head(doc.text, Math.min(perDocument, budget - characters));
    if (text.length < doc.text.length) truncated = true;
    characters += text.length;
    read++;
    for (const sentence of tagger.tag(text)) {
      parties.addSentence(doc.id, text, sentence);
      demands.addSentence(doc.id, text, sentence);
    }
  }
  return {
    parties: parties.suggestions(options.parties),
    demands: demands.suggestions(options.demands),
    read: { documents: read, of: documents.length, characters, truncated },
  };
}
