/**
 * The analyst's edits to the ontology: a new party, demand, alias or phrase. Main re-runs the
 * derivation with them; the matrix refreshes when the snapshot says the edits changed.
 */
import { useState } from 'react';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from '../detail/useAuthorGate';
import { useStandpoint } from '../store';
import type { AnalystAction } from '../store/types';
import { formatTimestamp } from '../text/format';
import { Modal } from './Modal';

type Kind = 'party' | 'demand' | 'alias' | 'phrase';

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

export function VocabularyDialog({ onClose }: { onClose: () => void }) {
  const matrix = useStandpoint((s) => s.matrix);
  const edits = useStandpoint((s) => s.analyst?.data.ontologyEdits);
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [kind, setKind] = useState<Kind>('alias');
  const [name, setName] = useState('');
  const [words, setWords] = useState('');
  const [description, setDescription] = useState('');
  const [target, setTarget] = useState('');

  const action = (): AnalystAction | null => {
    if (kind === 'party' && name.trim())
      return { type: 'ontology:add-party', partyId: slug(name), name: name.trim(), aliases: list(words) };
    if (kind === 'demand' && name.trim())
      return {
        type: 'ontology:add-demand',
        demandId: slug(name),
        title: name.trim(),
        description: description.trim(),
        phrases: list(words),
      };
    const id = target || (kind === 'alias' ? matrix?.parties[0]?.id : matrix?.demands[0]?.id);
    if (kind === 'alias' && id && words.trim())
      return { type: 'ontology:add-alias', partyId: id, alias: words.trim() };
    if (kind === 'phrase' && id && words.trim())
      return { type: 'ontology:add-phrase', demandId: id, phrase: words.trim() };
    return null;
  };
  const ready = action() !== null;

  return (
    <Modal title="Parties, demands and their wording" onClose={onClose} wide>
      <p className="small muted">
        Your additions are kept with your notes, apart from <code>ontology.json</code>; the matrix is derived
        again with them.
      </p>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          const a = action();
          if (!a || !(await gate.ensure())) return;
          if (await apply(a)) {
            setName('');
            setWords('');
            setDescription('');
          }
        }}
      >
        <label>
          Add
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            <option value="alias">an alias for a party (a way the articles refer to it)</option>
            <option value="phrase">a phrase that names a demand</option>
            <option value="party">a new party</option>
            <option value="demand">a new demand</option>
          </select>
        </label>
        {(kind === 'alias' || kind === 'phrase') && (
          <label>
            {kind === 'alias' ? 'Party' : 'Demand'}
            <select value={target} onChange={(e) => setTarget(e.target.value)}>
              {(kind === 'alias' ? matrix?.parties : matrix?.demands)?.map((x) => (
                <option key={x.id} value={x.id}>
                  {'name' in x ? x.name : x.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {(kind === 'party' || kind === 'demand') && (
          <label>
            {kind === 'party' ? 'Name' : 'Title'}
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
        )}
        {kind === 'demand' && (
          <label>
            Description
            <input type="text" value={description} onChange={(e) => setDescription(e.target.value)} />
          </label>
        )}
        <label>
          {kind === 'alias'
            ? 'Alias'
            : kind === 'phrase'
              ? 'Phrase'
              : kind === 'party'
                ? 'Aliases (comma-separated)'
                : 'Phrases (comma-separated)'}
          <input type="text" value={words} onChange={(e) => setWords(e.target.value)} />
        </label>
        <AuthorField gate={gate} />
        <div className="form__actions">
          <button type="submit" className="btn btn--primary" disabled={!ready}>
            Add and derive again
          </button>
        </div>
      </form>
      {edits && edits.length > 0 && (
        <>
          <h3 className="small">Your additions</h3>
          <ul className="notes">
            {edits.map((e) => (
              <li key={e.id} className="note">
                <p className="note__text">{describeEdit(e)}</p>
                <p className="note__meta small muted">
                  {e.author} · {formatTimestamp(e.updatedAt)}
                  <span className="note__actions">
                    <button
                      type="button"
                      className="link btn--danger"
                      onClick={() => void apply({ type: 'ontology:delete-edit', id: e.id })}
                    >
                      Remove
                    </button>
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Modal>
  );
}

type Edit = NonNullable<
  ReturnType<typeof useStandpoint.getState>['analyst']
>['data']['ontologyEdits'][number];

function describeEdit(e: Edit): string {
  switch (e.kind) {
    case 'party':
      return `New party “${e.name}”${e.aliases.length ? ` (aliases: ${e.aliases.join(', ')})` : ''}`;
    case 'demand':
      return `New demand “${e.title}”${e.phrases.length ? ` (phrases: ${e.phrases.join(', ')})` : ''}`;
    case 'alias':
      return `Alias “${e.alias}” for ${e.partyId}`;
    case 'phrase':
      return `Phrase “${e.phrase}” for ${e.demandId}`;
  }
}
