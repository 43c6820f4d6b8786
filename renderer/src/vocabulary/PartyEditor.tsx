import { useState } from 'react';
import { partyChanges, partyDraft, type PartyDraft } from '../../../shared/vocabulary/drafts';
import type { Entry } from '../../../shared/vocabulary/entries';
import type { Party } from '../../../shared/model/ontology';
import { EntryActions } from './EntryActions';
import { EntryStatusLine } from './EntryStatusLine';
import { OfficialsField } from './OfficialsField';
import { PhraseField } from './PhraseField';
import { useVocabularyChange } from './useVocabulary';

/** One party: its name, the names the articles use for it, its adjectives and officials, hidden or shown. */
export function PartyEditor({ entry, onChanged }: { entry: Entry<Party>; onChanged: () => void }) {
  const party = entry.value;
  const [draft, setDraft] = useState<PartyDraft>(() => partyDraft(party));
  const { change, error } = useVocabularyChange();
  const { changes, problems } = partyChanges(party, draft);
  const set = (patch: Partial<PartyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const removed = entry.status === 'removed';
  const run = async (action: Parameters<typeof change>[0]) => {
    if (await change(action)) onChanged();
  };

  return (
    <form
      className="form entry-editor"
      aria-label={`Party ${party.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (changes && problems.length === 0)
          void run({ type: 'ontology:edit-party', partyId: party.id, changes });
      }}
    >
      <h3 className="entry-editor__title">
        {party.name} <span className="small muted">party · id {party.id}</span>
      </h3>
      <EntryStatusLine entry={entry} />
      <fieldset disabled={removed} className="entry-editor__fields">
        <label>
          Name
          <input type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
        </label>
        <div className="form__row">
          <PhraseField
            label="Aliases"
            hint="Names the articles use for the party, one per line: “Canada”, “Ottawa”, “the Canadian government”. Matched as written (a leading “the” in any case)."
            value={draft.aliases}
            onChange={(aliases) => set({ aliases })}
            rows={5}
          />
          <PhraseField
            label="Adjectives"
            hint="Adjectives that name the party before an office or a demand: “Canadian”."
            value={draft.adjectives}
            onChange={(adjectives) => set({ adjectives })}
            rows={5}
          />
        </div>
        <OfficialsField value={draft.officials} onChange={(officials) => set({ officials })} />
        <label className="check">
          <input type="checkbox" checked={draft.hidden} onChange={(e) => set({ hidden: e.target.checked })} />
          Hide from the matrix (kept in the vocabulary)
        </label>
      </fieldset>
      <EntryActions
        what="party"
        name={party.name}
        status={entry.status}
        dirty={changes !== null}
        problems={problems}
        error={error}
        onRevert={() => void run({ type: 'ontology:revert', target: 'party', id: party.id })}
        onRemove={() => void run({ type: 'ontology:remove-party', partyId: party.id, name: party.name })}
      />
    </form>
  );
}
