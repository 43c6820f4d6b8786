import { useMemo, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { freeId } from '../../../shared/vocabulary/ids';
import { knownNames } from '../../../shared/vocabulary/suggest-parties';
import type { Ontology } from '../../../shared/model/ontology';
import { useStandpoint } from '../store';
import { DemandSuggestionCard, PartySuggestionCard } from './SuggestionCards';
import { plural } from '../text/format';

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
            {plural(suggestions.read.of, 'document')} ({suggestions.read.characters.toLocaleString('en')}{' '}
            characters)
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
          <SuggestionSection
            id="suggested-parties"
            title="Parties and people"
            count={parties.length}
            none="No other name appears often enough in the documents."
          >
            {parties.map((s) => (
              <PartySuggestionCard
                key={s.key}
                suggestion={s}
                parties={ontology.parties}
                newId={freeId(s.name, partyIds, 'party')}
                onChanged={onChanged}
              />
            ))}
          </SuggestionSection>
          <SuggestionSection
            id="suggested-demands"
            title="Demand phrasings"
            count={demands.length}
            none="No noun phrase follows the stance cues often enough. Define the demand yourself from a sentence you read."
          >
            {demands.map((s) => (
              <DemandSuggestionCard
                key={s.key}
                suggestion={s}
                demands={ontology.demands}
                newId={freeId(s.phrase, demandIds, 'demand')}
                onChanged={onChanged}
              />
            ))}
          </SuggestionSection>
        </div>
      )}
    </div>
  );
}

function SuggestionSection({
  id,
  title,
  count,
  none,
  children,
}: {
  id: string;
  title: string;
  count: number;
  none: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="muted num">({count})</span>
      </h3>
      {count === 0 && <p className="small muted">{none}</p>}
      <ul className="suggestion-list">{children}</ul>
    </section>
  );
}
