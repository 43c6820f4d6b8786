/**
 * The Vocabulary view's requests: the ontology file as read, the suggestions from the documents,
 * and the check that a vocabulary change names entries that exist. The vocabulary is the file with
 * the analyst's edits laid over it, exactly as the derivation reads it.
 */
import type { AnalystAction } from '../../shared/analyst/apply';
import { checkVocabularyTargets } from '../../shared/analyst/check-vocabulary';
import { applyOntologyEdits } from '../../shared/derive/ontology-edits';
import type { OntologyEdit } from '../../shared/model/analyst';
import type { InputProblem, SourceDocument } from '../../shared/model/corpus';
import type { Ontology } from '../../shared/model/ontology';
import { suggestVocabulary } from '../../shared/vocabulary/suggest';
import type { VocabularySuggestions } from '../../shared/vocabulary/types';
import type { AppServices } from './app-services';

export interface VocabularyServiceOptions {
  readOntology: () => Promise<{ ontology: Ontology; problems: InputProblem[] }>;
  ontologyPath: string;
  /** The analyst's edits the derivation uses. */
  ontologyEdits: () => OntologyEdit[];
  documents: () => Promise<SourceDocument[]>;
}

export type VocabularyService = ReturnType<typeof createVocabularyService>;

export function createVocabularyService(options: VocabularyServiceOptions) {
  const vocabulary = async (): Promise<Ontology> =>
    applyOntologyEdits((await options.readOntology()).ontology, options.ontologyEdits());
  // The last answer, kept while neither the documents nor the edits change (asking again is free).
  let last: { documents: SourceDocument[]; edits: string; reply: VocabularySuggestions } | null = null;
  const requests: Pick<AppServices, 'vocabulary:get' | 'vocabulary:suggest'> = {
    'vocabulary:get': async () => {
      const { ontology, problems } = await options.readOntology();
      return { ontology, problems, file: options.ontologyPath };
    },
    'vocabulary:suggest': async () => {
      const documents = await options.documents();
      const edits = JSON.stringify(options.ontologyEdits().map((e) => [e.id, e.updatedAt]));
      if (last && last.documents === documents && last.edits === edits) return last.reply;
      const reply = suggestVocabulary(
        documents.map((d) => ({ id: d.id, text: d.text })),
        await vocabulary(),
      );
      last = { documents, edits, reply };
      return reply;
    },
  };
  return {
    requests,
    /** Throws a RequestError naming the id when a vocabulary change points at nothing. */
    check: async (action: AnalystAction) => checkVocabularyTargets(action, await vocabulary()),
  };
}
