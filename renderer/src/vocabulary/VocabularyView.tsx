/**
 * The Vocabulary view: every party, demand, stance cue and office word the derivation reads, to
 * add, rename, edit, hide, remove and restore, with suggestions from the documents. Each change is
 * an analyst action (undoable), kept with the analyst's work apart from ontology.json, and the
 * matrix is derived again after it.
 */
import { useEffect, useMemo, useState } from 'react';
import { useStandpoint } from '../store';
import { Modal } from '../dialogs/Modal';
import type { VocabularyTab } from './vocabulary.slice';
import { CuesEditor, RolesEditor } from './CuesEditor';
import { DemandEditor } from './DemandEditor';
import { EntryList, type ListItem } from './EntryList';
import { NewEntryForm } from './NewEntryForm';
import { PartyEditor } from './PartyEditor';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useDerivingAgain, useVocabularyEntries, VocabularyAuthorGate } from './useVocabulary';
import { UnsavedContext, useUnsavedGuard } from './unsaved';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from '../detail/useAuthorGate';
import type { Entry } from '../../../shared/vocabulary/entries';
import './vocabulary.css';
import { plural } from '../text/format';

const TABS: Array<[VocabularyTab, string]> = [
  ['parties', 'Parties'],
  ['demands', 'Demands'],
  ['cues', 'Stance cues'],
  ['roles', 'Office words'],
  ['suggestions', 'Suggestions'],
];

const signature = (entry: Entry<unknown>) => entry.edits.map((e) => `${e.id}@${e.updatedAt}`).join(',');

function badges(entry: Entry<{ hidden?: boolean }>): string[] {
  const out: string[] = [];
  if (entry.status !== 'file') out.push(entry.status);
  if (entry.value.hidden && entry.status !== 'removed') out.push('hidden');
  return out;
}

export function VocabularyView({ onClose }: { onClose: () => void }) {
  const file = useStandpoint((s) => s.vocabularyFile);
  const status = useStandpoint((s) => s.vocabularyStatus);
  const loadError = useStandpoint((s) => s.vocabularyError);
  const load = useStandpoint((s) => s.loadVocabulary);
  const tab = useStandpoint((s) => s.vocabularyTab);
  const setTab = useStandpoint((s) => s.setVocabularyTab);
  const stats = useStandpoint((s) => s.matrix?.stats);
  const undoLabel = useStandpoint((s) => (s.analyst?.canUndo ? s.analyst.undoLabel : null));
  const undo = useStandpoint((s) => s.undo);
  const vocabulary = useVocabularyEntries();
  const [deriving, markChanged] = useDerivingAgain();
  const [selected, setSelected] = useState<Record<'parties' | 'demands', string | null>>({
    parties: null,
    demands: null,
  });
  const [creating, setCreating] = useState<'party' | 'demand' | null>(null);
  const gate = useAuthorGate();
  const unsaved = useUnsavedGuard();
  const close = () => unsaved.guard(onClose);

  useEffect(() => {
    void load();
  }, [load]);

  const lists = useMemo(() => {
    const item = (
      entry: Entry<{ id: string; hidden?: boolean }>,
      label: string,
      words: string[],
    ): ListItem => ({
      id: entry.value.id,
      label,
      words,
      badges: badges(entry),
    });
    return {
      parties: (vocabulary?.parties ?? []).map((e) =>
        item(e, e.value.name, [...e.value.aliases, ...(e.value.officials ?? []).map((o) => o.name)]),
      ),
      demands: (vocabulary?.demands ?? []).map((e) => item(e, e.value.title, e.value.phrases)),
    };
  }, [vocabulary]);

  const entryFor = (which: 'parties' | 'demands') => {
    const all = vocabulary?.[which] ?? [];
    return all.find((e) => e.value.id === selected[which]) ?? all[0] ?? null;
  };
  const takenIds = (which: 'parties' | 'demands') =>
    new Map<string, string>(
      which === 'parties'
        ? (vocabulary?.parties ?? []).map((e) => [e.value.id, e.value.name])
        : (vocabulary?.demands ?? []).map((e) => [e.value.id, e.value.title]),
    );

  const body = () => {
    if (!vocabulary || !file) {
      return status === 'error' ? (
        <p className="error-text" role="alert">
          The vocabulary could not be read: {loadError}{' '}
          <button type="button" className="btn" onClick={() => void load()}>
            Try again
          </button>
        </p>
      ) : (
        <p role="status" className="muted">
          Reading the vocabulary…
        </p>
      );
    }
    if (tab === 'parties' || tab === 'demands') {
      const what = tab === 'parties' ? 'party' : 'demand';
      const entry = entryFor(tab);
      return (
        <div className="vocab__split">
          <div className="vocab__list">
            <button type="button" className="btn" onClick={() => unsaved.guard(() => setCreating(what))}>
              New {what}…
            </button>
            <EntryList
              key={tab}
              label={tab}
              items={lists[tab]}
              selected={creating === what ? null : (entry?.value.id ?? null)}
              onSelect={(id) =>
                unsaved.guard(() => {
                  setCreating(null);
                  setSelected((s) => ({ ...s, [tab]: id }));
                })
              }
            />
          </div>
          <div className="vocab__editor">
            {creating === what ? (
              <NewEntryForm
                what={what}
                taken={takenIds(tab)}
                onCancel={() => setCreating(null)}
                onAdded={(id) => {
                  markChanged();
                  setCreating(null);
                  setSelected((s) => ({ ...s, [tab]: id }));
                }}
              />
            ) : !entry ? (
              <div className="state">
                <h3>No {tab} yet</h3>
                <p className="muted">
                  Add one with “New {what}…”, or let Standpoint suggest {tab} named in the documents.
                </p>
                <button type="button" className="btn btn--primary" onClick={() => setTab('suggestions')}>
                  Suggest from the documents
                </button>
              </div>
            ) : tab === 'parties' ? (
              <PartyEditor
                key={`${entry.value.id}|${signature(entry)}`}
                entry={entry as never}
                onChanged={markChanged}
              />
            ) : (
              <DemandEditor
                key={`${entry.value.id}|${signature(entry)}`}
                entry={entry as never}
                parties={vocabulary.ontology.parties}
                onChanged={markChanged}
              />
            )}
          </div>
        </div>
      );
    }
    if (tab === 'cues')
      return (
        <CuesEditor
          key={JSON.stringify(vocabulary.ontology.cues)}
          cues={vocabulary.ontology.cues}
          edited={vocabulary.cuesEdited}
          onChanged={markChanged}
        />
      );
    if (tab === 'roles')
      return (
        <RolesEditor
          key={JSON.stringify(vocabulary.ontology.roles ?? [])}
          roles={vocabulary.ontology.roles ?? []}
          edited={vocabulary.rolesEdited}
          onChanged={markChanged}
        />
      );
    return <SuggestionsPanel ontology={vocabulary.ontology} onChanged={markChanged} />;
  };

  const counts: Partial<Record<VocabularyTab, number>> = {
    parties: vocabulary?.parties.length,
    demands: vocabulary?.demands.length,
  };
  return (
    <Modal title="Vocabulary" onClose={close} className="modal--vocab">
      <VocabularyAuthorGate.Provider value={gate}>
        <UnsavedContext.Provider value={unsaved.report}>
          <div
            className="vocab"
            onKeyDown={(e) => {
              // Esc closes dialogs app-wide; here it first warns when an editor holds unsaved changes.
              if (e.key === 'Escape' && !close()) e.stopPropagation();
            }}
          >
            {unsaved.warning && (
              <p className="vocab__unsaved" role="alert">
                The editor has unsaved changes: save them, or do that again to discard them.
              </p>
            )}
            <div className="vocab__bar small">
              <span className="muted">
                Read from <code className="path">{file?.file ?? 'ontology.json'}</code>; your changes are kept
                with your work.
              </span>
              <span className="num" role="status">
                {deriving
                  ? 'Deriving the matrix again…'
                  : stats
                    ? `Matrix: ${plural(stats.citations, 'citation')} from ${plural(stats.documents, 'document')}`
                    : ''}
              </span>
              <button type="button" className="btn" disabled={!undoLabel} onClick={() => void undo()}>
                {undoLabel ? `Undo ${undoLabel}` : 'Undo'}
              </button>
            </div>
            {gate.missing && (
              <div className="vocab__author">
                <AuthorField gate={gate} />
              </div>
            )}
            {file && file.problems.length > 0 && (
              <details className="problems">
                <summary>
                  {file.problems.length} problem{file.problems.length === 1 ? '' : 's'} in the ontology file
                </summary>
                <ul className="problems__list">
                  {file.problems.map((p, i) => (
                    <li key={i}>{p.message}</li>
                  ))}
                </ul>
              </details>
            )}
            <div className="vocab__tabs" role="tablist" aria-label="Vocabulary">
              {TABS.map(([id, label]) => (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`vocab-tab-${id}`}
                  aria-selected={tab === id}
                  aria-controls="vocab-panel"
                  tabIndex={tab === id ? 0 : -1}
                  className="vocab__tab"
                  onClick={() => unsaved.guard(() => setTab(id))}
                  onKeyDown={(e) => {
                    const i = TABS.findIndex(([t]) => t === tab);
                    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
                    if (next === null) return;
                    e.preventDefault();
                    const [to] = TABS[(next + TABS.length) % TABS.length]!;
                    if (unsaved.guard(() => setTab(to))) document.getElementById(`vocab-tab-${to}`)?.focus();
                  }}
                >
                  {label}
                  {counts[id] !== undefined && <span className="muted num"> {counts[id]}</span>}
                </button>
              ))}
            </div>
            <div
              className="vocab__panel"
              id="vocab-panel"
              role="tabpanel"
              aria-labelledby={`vocab-tab-${tab}`}
            >
              {body()}
            </div>
          </div>
        </UnsavedContext.Provider>
      </VocabularyAuthorGate.Provider>
    </Modal>
  );
}
