import { useState } from 'react';
import { freeId, idProblem, readPhraseLines } from '../../../shared/vocabulary/ids';
import { InlineForm } from '../controls/InlineForm';
import { ProblemList, RefusedChange } from './controls';
import { PhraseField } from './PhraseField';
import { useReportUnsaved } from './unsaved';
import { useVocabularyChange } from './useVocabulary';

/**
 * A new party or demand: a name, an id made from it (editable until saved, then fixed: the
 * analyst's notes and overrides refer to it), and its first phrasings.
 */
export function NewEntryForm({
  what,
  taken,
  onAdded,
  onCancel,
}: {
  what: 'party' | 'demand';
  /** Ids in use, with the names holding them. */
  taken: ReadonlyMap<string, string>;
  onAdded: (id: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [id, setId] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [words, setWords] = useState('');
  const { run, error } = useVocabularyChange();
  const chosenId = id ?? freeId(name, new Set(taken.keys()), what);
  const list = readPhraseLines(words);
  const problems = [
    ...(name.trim() ? [] : [`The ${what === 'party' ? 'name' : 'title'} must not be empty.`]),
    ...(name.trim() ? [idProblem(chosenId, taken)].filter((p): p is string => p !== null) : []),
    ...list.problems,
  ];
  const label = what === 'party' ? 'Name' : 'Title';
  useReportUnsaved(name.trim() !== '' || words.trim() !== '');

  return (
    <InlineForm
      label={`New ${what}`}
      className="entry-editor"
      submitLabel={`Add ${what} and derive again`}
      canSubmit={problems.length === 0}
      onCancel={onCancel}
      onSubmit={async () => {
        if (problems.length) return;
        const ok = await run(
          what === 'party'
            ? { type: 'ontology:add-party', partyId: chosenId, name: name.trim(), aliases: list.phrases }
            : {
                type: 'ontology:add-demand',
                demandId: chosenId,
                title: name.trim(),
                description: description.trim(),
                phrases: list.phrases,
              },
        );
        if (ok) onAdded(chosenId);
      }}
    >
      <h3 className="entry-editor__title">New {what}</h3>
      <label>
        {label}
        <input type="text" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Id (used by your notes and overrides; fixed once added)
        <input type="text" value={chosenId} onChange={(e) => setId(e.target.value)} spellCheck={false} />
      </label>
      {what === 'demand' && (
        <label>
          Description
          <textarea rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
        </label>
      )}
      <PhraseField
        label={what === 'party' ? 'Aliases' : 'Phrases'}
        hint={
          what === 'party'
            ? 'Names the articles use for the party, one per line.'
            : 'Phrasings that state the demand, one per line: “removal of steel tariffs”.'
        }
        value={words}
        onChange={setWords}
      />
      {name.trim() !== '' && <ProblemList problems={problems} />}
      <RefusedChange error={error} verb="Not added" />
    </InlineForm>
  );
}
