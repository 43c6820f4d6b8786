import { useState } from 'react';
import { partyChanges, partyDraft, type PartyDraft } from '../../../shared/vocabulary/drafts';
import type { Entry } from '../../../shared/vocabulary/entries';
import type { Party } from '../../../shared/model/ontology';
import { EntryForm } from './EntryForm';
import { OfficialsField } from './OfficialsField';
import { PhraseField } from './PhraseField';

/** One party: its name, the names the articles use for it, its adjectives and officials, hidden or shown. */
export function PartyEditor({ entry, onChanged }: { entry: Entry<Party>; onChanged: () => void }) {
  const party = entry.value;
  const [draft, setDraft] = useState<PartyDraft>(() => partyDraft(party));
  const { changes, problems } = partyChanges(party, draft);
  const set = (patch: Partial<PartyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <EntryForm
      what="party"
      entry={entry}
      name={party.name}
      save={changes && { type: 'ontology:edit-party', partyId: party.id, changes }}
      problems={problems}
      hidden={draft.hidden}
      onHidden={(hidden) => set({ hidden })}
      onChanged={onChanged}
    >
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
    </EntryForm>
  );
}
