import { useState } from 'react';
import {
  demandChanges,
  demandDraft,
  FRAME_FIELDS,
  type DemandDraft,
  type FrameField,
} from '../../../shared/vocabulary/drafts';
import type { Entry } from '../../../shared/vocabulary/entries';
import type { Demand, Party } from '../../../shared/model/ontology';
import { EntryForm } from './EntryForm';
import { PhraseField } from './PhraseField';

const FRAME_HINTS: Record<FrameField, [string, string]> = {
  subjects: ['Subjects', 'What the demand is about, as lemmas or phrases: “tariff”, “steel tariffs”.'],
  strongSubjects: [
    'Strong subjects',
    'Specific enough to count anywhere in a document that names an anchor.',
  ],
  weakSubjects: ['Weak subjects', 'Too general to count unless a restriction states the demand.'],
  anchors: ['Anchors', 'A subject counts only near one of these: “steel”, “Canada”.'],
  restrictions: ['Restrictions', 'Words that, before a subject, state the demand: “lift”, “remove”, “end”.'],
  opposites: ['Opposites', 'Phrasings of the opposite: “keep the tariffs”.'],
};

/** One demand: title, description, the phrasings that state it or its opposite, its frame, who proposed it and to whom. */
export function DemandEditor({
  entry,
  parties,
  onChanged,
}: {
  entry: Entry<Demand>;
  parties: readonly Party[];
  onChanged: () => void;
}) {
  const demand = entry.value;
  const [draft, setDraft] = useState<DemandDraft>(() => demandDraft(demand));
  const { changes, problems } = demandChanges(demand, draft);
  const set = (patch: Partial<DemandDraft>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <EntryForm
      what="demand"
      entry={entry}
      name={demand.title}
      save={changes && { type: 'ontology:edit-demand', demandId: demand.id, changes }}
      problems={problems}
      hidden={draft.hidden}
      onHidden={(hidden) => set({ hidden })}
      onChanged={onChanged}
    >
      <label>
        Title
        <input type="text" value={draft.title} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label>
        Description
        <textarea rows={2} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
      </label>
      <div className="form__row">
        <PhraseField
          label="Phrases"
          hint="Whole phrasings that state the demand, one per line: “removal of steel tariffs”. Case and inflection do not matter."
          value={draft.phrases}
          onChange={(phrases) => set({ phrases })}
        />
        <PhraseField
          label="Counter-phrases"
          hint="Phrasings of its opposite: a party backing one of these rejects the demand."
          value={draft.counterPhrases}
          onChange={(counterPhrases) => set({ counterPhrases })}
        />
      </div>
      <details className="entry-editor__frame" open={FRAME_FIELDS.some((f) => draft[f].trim())}>
        <summary>Frame: subjects, restrictions, opposites</summary>
        <div className="frame-grid">
          {FRAME_FIELDS.map((f) => (
            <PhraseField
              key={f}
              label={FRAME_HINTS[f][0]}
              hint={FRAME_HINTS[f][1]}
              value={draft[f]}
              onChange={(text) => set({ [f]: text } as Partial<DemandDraft>)}
              rows={3}
            />
          ))}
        </div>
      </details>
      <PartyChecklist
        legend="Proposed by (holding firm on the topic then means supporting it)"
        parties={parties}
        checked={draft.proposedBy}
        onChange={(proposedBy) => set({ proposedBy })}
      />
      <PartyChecklist
        legend="Addressed to (their support read off a sentence is the demand put to them: kept as a mention)"
        parties={parties}
        checked={draft.addressedTo}
        onChange={(addressedTo) => set({ addressedTo })}
      />
    </EntryForm>
  );
}

/** A list of parties to tick: who proposed a demand, who it is put to. */
function PartyChecklist({
  legend,
  parties,
  checked,
  onChange,
}: {
  legend: string;
  parties: readonly Party[];
  checked: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <fieldset className="proposers">
      <legend>{legend}</legend>
      {parties.length === 0 && <p className="small muted">No parties yet.</p>}
      <div className="proposers__list">
        {parties.map((p) => (
          <label key={p.id} className="check">
            <input
              type="checkbox"
              checked={checked.includes(p.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...checked, p.id] : checked.filter((id) => id !== p.id))
              }
            />
            {p.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
