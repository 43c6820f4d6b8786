import { InlineForm } from '../controls/InlineForm';
import { useState } from 'react';
import type { Note } from '../../../shared/model';
import { useStandpoint } from '../store';
import type { AnalystAction } from '../store/types';
import { formatTimestamp } from '../text/format';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from './useAuthorGate';

type NoteTargetAction = Extract<AnalystAction, { type: 'note:create' }>['target'];

/** Notes listed with inline add, edit and delete. */
export function NotesSection({
  notes,
  target,
  title = 'Notes',
}: {
  notes: Note[];
  target: NoteTargetAction;
  title?: string;
}) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [draft, setDraft] = useState('');
  const add = async () => {
    if (!draft.trim() || !(await gate.ensure())) return;
    if (await apply({ type: 'note:create', target, text: draft.trim() })) setDraft('');
  };
  return (
    <section className="detail__section" aria-label={title}>
      <h3>
        {title} <span className="muted num">{notes.length}</span>
      </h3>
      {notes.length > 0 && (
        <ul className="notes" data-testid="notes">
          {notes.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ul>
      )}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label className="visually-hidden" htmlFor={`new-note-${title}`}>
          New note
        </label>
        <textarea
          id={`new-note-${title}`}
          value={draft}
          placeholder="Add a note…"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void add();
            }
          }}
        />
        {(draft.trim() || gate.asked > 0) && <AuthorField gate={gate} />}
        <div className="form__actions">
          <button type="submit" className="btn" disabled={!draft.trim()}>
            Add note
          </button>
        </div>
      </form>
    </section>
  );
}

export function NoteItem({ note }: { note: Note }) {
  const apply = useStandpoint((s) => s.applyAnalyst);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const on =
    note.target.kind === 'citation'
      ? 'on a citation'
      : note.target.kind === 'range'
        ? `on “${clip(note.target.anchor.quote)}”`
        : '';
  if (editing)
    return (
      <li className="note">
        <InlineForm
          submitLabel="Save"
          canSubmit={Boolean(text.trim())}
          onCancel={() => setEditing(false)}
          onSubmit={async () => {
            if (text.trim() && (await apply({ type: 'note:update', id: note.id, text: text.trim() })))
              setEditing(false);
          }}
        >
          <textarea value={text} onChange={(e) => setText(e.target.value)} aria-label="Edit note" autoFocus />
        </InlineForm>
      </li>
    );
  return (
    <li className="note">
      <p className="note__text">{note.text}</p>
      <p className="note__meta small muted">
        {note.author || 'Unknown analyst'} · {formatTimestamp(note.updatedAt)} {on}
        <span className="note__actions">
          {note.target.kind === 'cell' && (
            <button
              type="button"
              className="link note__key"
              aria-pressed={Boolean(note.key)}
              title={
                note.key
                  ? 'A key judgement: opens the briefing. Press to unmark.'
                  : 'Mark as a key judgement: it opens the briefing.'
              }
              onClick={() => void apply({ type: 'note:set-key', id: note.id, key: !note.key })}
            >
              {note.key ? '★ Key judgement' : '☆ Key'}
            </button>
          )}
          <button
            type="button"
            className="link"
            onClick={() => {
              setText(note.text);
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="link btn--danger"
            onClick={() => void apply({ type: 'note:delete', id: note.id })}
          >
            Delete
          </button>
        </span>
      </p>
    </li>
  );
}

const clip = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
