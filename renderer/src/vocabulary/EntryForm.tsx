import type { ReactNode } from 'react';
import type { Entry } from '../../../shared/vocabulary/entries';
import type { AnalystAction } from '../store/types';
import { EntryActions } from './EntryActions';
import { EntryStatusLine } from './EntryStatusLine';
import { useReportUnsaved } from './unsaved';
import { useVocabularyChange } from './useVocabulary';

/**
 * The frame of a party's or a demand's editor: its heading and where it comes from, its fields
 * (the editor's), hide, and save / revert / remove / restore, each sent as one analyst action.
 */
export function EntryForm({
  what,
  entry,
  name,
  save,
  problems,
  hidden,
  onHidden,
  onChanged,
  children,
}: {
  what: 'party' | 'demand';
  entry: Entry<{ id: string }>;
  name: string;
  /** The change the form would save, or null when nothing differs. */
  save: AnalystAction | null;
  problems: readonly string[];
  hidden: boolean;
  onHidden: (hidden: boolean) => void;
  onChanged: () => void;
  children: ReactNode;
}) {
  const { run, error } = useVocabularyChange(onChanged);
  useReportUnsaved(save !== null);
  const id = entry.value.id;
  const remove: AnalystAction =
    what === 'party'
      ? { type: 'ontology:remove-party', partyId: id, name }
      : { type: 'ontology:remove-demand', demandId: id, title: name };
  return (
    <form
      className="form entry-editor"
      aria-label={`${what === 'party' ? 'Party' : 'Demand'} ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        if (save && problems.length === 0) void run(save);
      }}
    >
      <h3 className="entry-editor__title">
        {name}{' '}
        <span className="small muted">
          {what} · id {id}
        </span>
      </h3>
      <EntryStatusLine entry={entry} />
      <fieldset disabled={entry.status === 'removed'} className="entry-editor__fields">
        {children}
        <label className="check">
          <input type="checkbox" checked={hidden} onChange={(e) => onHidden(e.target.checked)} />
          Hide from the matrix (kept in the vocabulary)
        </label>
      </fieldset>
      <EntryActions
        what={what}
        name={name}
        status={entry.status}
        dirty={save !== null}
        problems={problems}
        error={error}
        onRevert={() => void run({ type: 'ontology:revert', target: what, id })}
        onRemove={() => void run(remove)}
      />
    </form>
  );
}
