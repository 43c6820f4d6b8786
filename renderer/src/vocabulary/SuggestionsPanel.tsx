import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { freeId } from '../../../shared/vocabulary/ids';
import { knownNames } from '../../../shared/vocabulary/suggest-parties';
import type { Ontology } from '../../../shared/model/ontology';
import { useStandpoint } from '../store';
import { DemandSuggestionCard, PartySuggestionCard } from './SuggestionCards';

/**
 * "Suggest from the documents": candidate parties and demand phrasings, each accepted in one click
 * (or set aside). Accepted ones leave the list as the vocabulary now holds them.
 */
export function SuggestionsPanel({ ontology, onChanged }: { ontology: Ontology; onChanged: () => void }) {
  const { suggestions, status, error, dismissed } = useStandpoint(
    useShallow((s) => ({
      suggestions: s.suggestions,
      status: s.suggestStatus,
      error: s.suggestError,
      dismissed: s.dismissedSuggestions,
    })),
  );
  const suggest = useStandpoint((s) => s.suggest);
  const known = useMemo(
    () => new Set([...knownNames(ontology).keys()].map((n) => n.toLowerCase())),
    [ontology],
  );
  const knownPhrases = useMemo(
    () => new Set(ontology.demands.flatMap((d) => d.phrases.map((p) => p.toLowerCase()))),
    [ontology],
  );
  const parties = (suggestions?.parties ?? []).filter(
    (p) => !dismissed.includes(p.key) && !known.has(p.name.toLowerCase()),
  );
  const demands = (suggestions?.demands ?? []).filter(
    (d) => !dismissed.includes(d.key) && !knownPhrases.has(d.phrase.toLowerCase()),
  );
  const partyIds = new Set(ontology.parties.map((p) => p.id));
  const demandIds = new Set(ontology.demands.map((d) => d.id));

  return (
    <div className="suggestions">
      <div className="form__actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={status === 'loading'}
          onClick={() => void suggest()}
        >
          {suggestions ? 'Suggest again from the documents' : 'Suggest from the documents'}
        </button>
        {status === 'loading' && (
          <span className="small muted" role="status">
            Reading the documents…
          </span>
        )}
        {suggestions && status !== 'loading' && (
          <span className="small muted num" role="status">
            Read {suggestions.read.documents.toLocaleString('en')} of{' '}
            {suggestions.read.of.toLocaleString('en')} documents (
            {suggestions.read.characters.toLocaleString('en')} characters)
            {suggestions.read.truncated && ': a large workspace is read up to a budget, the rest is not'}.
          </span>
        )}
      </div>
      {error && (
        <p className="error-text" role="alert">
          The suggestions could not be made: {error}
        </p>
      )}
      {suggestions && (
        <div className="suggestions__columns">
          <section aria-labelledby="suggested-parties">
            <h3 id="suggested-parties">
              Parties and people <span className="muted num">({parties.length})</span>
            </h3>
            {parties.length === 0 && (
              <p className="small muted">No other name appears often enough in the documents.</p>
            )}
            <ul className="suggestion-list">
              {parties.map((s) => (
                <PartySuggestionCard
                  key={s.key}
                  suggestion={s}
                  parties={ontology.parties}
                  newId={freeId(s.name, partyIds, 'party')}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          </section>
          <section aria-labelledby="suggested-demands">
            <h3 id="suggested-demands">
              Demand phrasings <span className="muted num">({demands.length})</span>
            </h3>
            {demands.length === 0 && (
              <p className="small muted">
                No noun phrase follows the stance cues often enough. Define the demand yourself from a
                sentence you read.
              </p>
            )}
            <ul className="suggestion-list">
              {demands.map((s) => (
                <DemandSuggestionCard
                  key={s.key}
                  suggestion={s}
                  demands={ontology.demands}
                  newId={freeId(s.phrase, demandIds, 'demand')}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          </section>
        </div>
      )}
    </div>
  );
}
