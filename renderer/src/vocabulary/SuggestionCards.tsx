import { useState } from 'react';
import type { Demand, Party } from '../../../shared/model/ontology';
import type { DemandSuggestion, PartySuggestion } from '../../../shared/vocabulary/types';
import { useStandpoint } from '../store';
import { EntrySelect, RefusedChange } from './controls';
import { useVocabularyChange } from './useVocabulary';

/** `wanted` when the list holds it, else the list's first id ('' for an empty list). */
const pick = (list: ReadonlyArray<{ id: string }>, wanted: string | null): string =>
  list.find((x) => x.id === wanted)?.id ?? list[0]?.id ?? '';

const KIND_WORDS = { person: 'person', organisation: 'organisation', place: 'place', name: 'name' } as const;

function Seen({ mentions, documents, quote }: { mentions: number; documents: number; quote: string }) {
  return (
    <>
      <p className="small muted num">
        {mentions} mentions in {documents} document{documents === 1 ? '' : 's'}
      </p>
      <blockquote className="suggestion__quote small">
        {quote.length > 280 ? `${quote.slice(0, 280)}…` : quote}
      </blockquote>
    </>
  );
}

function Dismiss({ id, label }: { id: string; label: string }) {
  const dismiss = useStandpoint((s) => s.dismissSuggestion);
  return (
    <button
      type="button"
      className="btn btn--quiet"
      onClick={() => dismiss(id)}
      aria-label={`Set aside ${label}`}
    >
      Set aside
    </button>
  );
}

export function PartySuggestionCard({
  suggestion: s,
  parties,
  newId,
  onChanged,
}: {
  suggestion: PartySuggestion;
  parties: readonly Party[];
  newId: string;
  onChanged: () => void;
}) {
  const { run, error } = useVocabularyChange(onChanged);
  const [chosen, setSpeaksFor] = useState<string | null>(null);
  // Until the analyst chooses, the party the person speaks for (or the first): parties may be
  // added while the card is shown.
  const speaksFor = pick(parties, chosen ?? s.affiliationParty);
  const [office, setOffice] = useState(s.title ?? '');
  const partyOptions = parties.map((p) => ({ id: p.id, label: p.name }));
  const asParty = () =>
    void run({
      type: 'ontology:add-party',
      partyId: newId,
      name: s.name,
      aliases: [s.name, ...s.aliases],
      ...(s.adjectives.length ? { adjectives: s.adjectives } : {}),
    });
  const asAlias = () => {
    const party = parties.find((p) => p.id === speaksFor);
    if (!party) return;
    const aliases = [...party.aliases, ...[s.name, ...s.aliases].filter((a) => !party.aliases.includes(a))];
    void run({ type: 'ontology:edit-party', partyId: party.id, changes: { aliases } });
  };
  const asOfficial = () => {
    const party = parties.find((p) => p.id === speaksFor);
    if (!party || !office.trim()) return;
    const official = {
      name: s.name,
      role: office.trim(),
      ...(s.aliases.length ? { aliases: s.aliases } : {}),
    };
    void run({
      type: 'ontology:edit-party',
      partyId: party.id,
      changes: { officials: [...(party.officials ?? []), official] },
    });
  };
  return (
    <li className="suggestion" aria-label={s.name}>
      <p className="suggestion__head">
        <strong>{s.title ? `${s.title} ${s.name}` : s.name}</strong>{' '}
        <span className={`badge badge--${s.kind}`}>{KIND_WORDS[s.kind]}</span>
        {s.affiliation && <span className="small muted"> · speaks for {s.affiliation}</span>}
      </p>
      {(s.aliases.length > 0 || s.adjectives.length > 0) && (
        <p className="small">
          {s.aliases.length > 0 && <>Also: {s.aliases.join(', ')}. </>}
          {s.adjectives.length > 0 && <>Adjective: {s.adjectives.join(', ')}.</>}
        </p>
      )}
      <Seen mentions={s.mentions} documents={s.documents} quote={s.example.quote} />
      <div className="form__actions">
        {s.kind === 'person' && parties.length > 0 && (
          <>
            <label className="small">
              Office{' '}
              <input type="text" value={office} onChange={(e) => setOffice(e.target.value)} size={18} />
            </label>
            <EntrySelect label="of" value={speaksFor} onChange={setSpeaksFor} options={partyOptions} />
            <button type="button" className="btn btn--primary" disabled={!office.trim()} onClick={asOfficial}>
              Add as official
            </button>
          </>
        )}
        <button
          type="button"
          className={`btn${s.kind === 'person' ? '' : ' btn--primary'}`}
          onClick={asParty}
        >
          Add as party
        </button>
        {s.kind !== 'person' && parties.length > 0 && (
          <>
            <EntrySelect
              label="or as another name of"
              value={speaksFor}
              onChange={setSpeaksFor}
              options={partyOptions}
            />
            <button type="button" className="btn" onClick={asAlias}>
              Add alias
            </button>
          </>
        )}
        <Dismiss id={s.key} label={s.name} />
      </div>
      <RefusedChange error={error} verb="Not added" />
    </li>
  );
}

export function DemandSuggestionCard({
  suggestion: s,
  demands,
  newId,
  onChanged,
}: {
  suggestion: DemandSuggestion;
  demands: readonly Demand[];
  newId: string;
  onChanged: () => void;
}) {
  const { run, error } = useVocabularyChange(onChanged);
  const [chosen, setTarget] = useState<string | null>(null);
  const target = pick(demands, chosen);
  const toDemand = demands.find((d) => d.id === target);
  return (
    <li className="suggestion" aria-label={s.phrase}>
      <p className="suggestion__head">
        <strong>“{s.phrase}”</strong>
      </p>
      <p className="small">
        After:{' '}
        {s.cues
          .slice(0, 6)
          .map((c) => `“${c}”`)
          .join(', ')}
      </p>
      <Seen mentions={s.mentions} documents={s.documents} quote={s.example.quote} />
      <div className="form__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() =>
            void run({
              type: 'ontology:add-demand',
              demandId: newId,
              title: s.title,
              description: '',
              phrases: [s.phrase],
            })
          }
        >
          Add as demand
        </button>
        {demands.length > 0 && (
          <>
            <EntrySelect
              label="or as a phrase of"
              value={target}
              onChange={setTarget}
              options={demands.map((d) => ({ id: d.id, label: d.title }))}
            />
            <button
              type="button"
              className="btn"
              disabled={!toDemand}
              onClick={() =>
                toDemand &&
                void run({
                  type: 'ontology:edit-demand',
                  demandId: toDemand.id,
                  changes: { phrases: [...toDemand.phrases, s.phrase] },
                })
              }
            >
              Add phrase
            </button>
          </>
        )}
        <Dismiss id={s.key} label={s.phrase} />
      </div>
      <RefusedChange error={error} verb="Not added" />
    </li>
  );
}
