import { useEffect, useMemo, useRef, useState } from 'react';
import { useStandpoint } from '../store';
import { selectEffective, selectNames } from '../store/selectors';
import type { TextRange } from '../store/types';
import { formatDate } from '../text/format';
import { findAll, segmentText } from '../text/segments';
import { NoteItem } from '../detail/NotesSection';
import { FindBar } from './FindBar';
import { marksByDocument, type ReaderMark } from './marks';
import { SelectionMenu, type TextSelection } from './SelectionMenu';
import './reader.css';

export function SourceReader({
  documentId,
  focus,
  find = null,
}: {
  documentId: string;
  focus: TextRange | null;
  /** A term to put in the Find box (carried from a search), its match at `focus` current. */
  find?: string | null;
}) {
  const doc = useStandpoint((s) => s.documents[documentId]);
  const error = useStandpoint((s) => s.documentErrors[documentId]);
  const loadDocument = useStandpoint((s) => s.loadDocument);
  const openReader = useStandpoint((s) => s.openReader);
  const meta = useStandpoint((s) => s.matrix?.documents.find((d) => d.id === documentId));
  const original = useStandpoint((s) =>
    meta?.translationOf ? s.matrix?.documents.find((d) => d.id === meta.translationOf) : undefined,
  );
  useEffect(() => void loadDocument(documentId), [documentId, loadDocument]);

  if (error)
    return (
      <p role="alert" className="error-text">
        This source could not be opened: {error}
      </p>
    );
  if (!doc) return <p role="status">Opening the source…</p>;
  return (
    <div className="reader" data-testid="source-reader">
      <header className="reader__meta">
        <h2 className="panel__title">{doc.title}</h2>
        <dl className="facts small">
          <dt>Outlet</dt>
          <dd>{doc.outlet ?? 'unknown'}</dd>
          <dt>Published</dt>
          <dd className="num">
            {formatDate(doc.published)}
            {doc.publishedNote && <span className="muted"> ({doc.publishedNote})</span>}
          </dd>
          {doc.author && (
            <>
              <dt>Author</dt>
              <dd>{doc.author}</dd>
            </>
          )}
          <dt>Language</dt>
          <dd>
            {doc.language}
            {original && (
              <>
                {' '}
                · translation of{' '}
                <button type="button" className="link" onClick={() => openReader(original.id)}>
                  {original.title}
                </button>
              </>
            )}
          </dd>
          <dt>File</dt>
          <dd>
            <code>{doc.path}</code> <span className="muted">sha256 {doc.hash.slice(0, 12)}</span>
          </dd>
        </dl>
      </header>
      <PassageNotes documentId={documentId} />
      <ReaderText
        documentId={documentId}
        title={doc.title}
        text={doc.text}
        focus={focus}
        initialFind={find}
      />
    </div>
  );
}

function ReaderText({
  documentId,
  title,
  text,
  focus,
  initialFind,
}: {
  documentId: string;
  title: string;
  text: string;
  focus: TextRange | null;
  initialFind: string | null;
}) {
  const effective = useStandpoint(selectEffective);
  const notes = useStandpoint((s) => s.analyst?.data.notes);
  const rangeNotes = useMemo(() => notes?.filter((n) => n.target.kind === 'range'), [notes]);
  const names = useStandpoint(selectNames);
  const openDetail = useStandpoint((s) => s.openDetail);
  // Where a passage backs several cells, a click goes to the cell the analyst came from.
  const cameFrom = useStandpoint((s) => [...s.panels].reverse().find((p) => p.kind === 'detail'));
  const preferred = cameFrom?.kind === 'detail' ? cameFrom.cell : null;
  const [find, setFind] = useState(initialFind ?? '');
  // The carried term's current match is the one the reader opened at, not the first in the text.
  const [findIndex, setFindIndex] = useState(() => {
    if (!initialFind || !focus) return 0;
    return Math.max(
      0,
      findAll(text, initialFind).findIndex((m) => m.end > focus.start),
    );
  });
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const body = useRef<HTMLDivElement>(null);

  const matches = useMemo(() => findAll(text, find), [text, find]);
  const segments = useMemo(() => {
    const marks: ReaderMark[] = [
      ...((effective && marksByDocument(effective, rangeNotes ?? []).get(documentId)) ?? []),
      ...matches.map((m, i) => ({ kind: 'find' as const, ...m, label: i === findIndex ? 'current' : '' })),
    ];
    if (focus) marks.push({ kind: 'focus', start: focus.start, end: focus.end });
    return segmentText(
      text.length,
      marks.map((m) => ({ start: m.start, end: m.end, data: m })),
    );
  }, [effective, rangeNotes, documentId, matches, findIndex, focus, text]);

  useEffect(() => {
    const el = body.current?.querySelector('.is-focus');
    el?.scrollIntoView({ block: 'center' });
  }, [focus, documentId]);
  useEffect(() => {
    body.current?.querySelector('.is-find-current')?.scrollIntoView({ block: 'center' });
  }, [findIndex, find]);

  // Mouse or keyboard (Shift+arrows with caret browsing): either way the selection ends here.
  const onSelectionEnd = () => {
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || !body.current) return setSelection(null);
    const start = offsetOf(sel.anchorNode, sel.anchorOffset);
    const end = offsetOf(sel.focusNode, sel.focusOffset);
    if (start === null || end === null || start === end) return setSelection(null);
    const rect = sel.getRangeAt(0).getBoundingClientRect();
    const host = body.current.getBoundingClientRect();
    setSelection({
      start: Math.min(start, end),
      end: Math.max(start, end),
      quote: text.slice(Math.min(start, end), Math.max(start, end)),
      top: rect.bottom - host.top + body.current.scrollTop + 4,
      // Kept inside the reader's width so the form never spills off its right edge.
      left: Math.max(0, Math.min(rect.left - host.left, host.width - 340)),
    });
  };

  return (
    <>
      <FindBar
        value={find}
        onChange={(v) => {
          setFind(v);
          setFindIndex(0);
        }}
        count={matches.length}
        index={findIndex}
        onMove={(d) => setFindIndex((i) => (matches.length ? (i + d + matches.length) % matches.length : 0))}
      />
      <div
        className="reader__text"
        ref={body}
        onMouseUp={onSelectionEnd}
        onKeyUp={(e) => {
          if (e.shiftKey) onSelectionEnd();
        }}
        data-testid="reader-text"
        role="region"
        aria-label={`Text of “${title}”`}
        // Focusable so keyboard users can scroll the text.
        tabIndex={0}
      >
        {segments.map((seg) => {
          const slice = text.slice(seg.start, seg.end);
          if (seg.covering.length === 0)
            return (
              <span key={seg.start} data-start={seg.start}>
                {slice}
              </span>
            );
          const cites = seg.covering.filter((m) => m.kind === 'citation' || m.kind === 'analyst');
          const cite =
            cites.find((m) => m.party === preferred?.party && m.demand === preferred?.demand) ?? cites[0];
          const classes = ['hl'];
          if (cite)
            classes.push('hl--cite', `stance-${cite.stance}`, cite.kind === 'analyst' ? 'hl--analyst' : '');
          if (cite?.rejected) classes.push('is-rejected');
          if (seg.covering.some((m) => m.kind === 'note')) classes.push('hl--note');
          if (seg.covering.some((m) => m.kind === 'find')) classes.push('hl--find');
          if (seg.covering.some((m) => m.kind === 'find' && m.label === 'current'))
            classes.push('is-find-current');
          if (seg.covering.some((m) => m.kind === 'focus')) classes.push('is-focus');
          const title = seg.covering
            .map((m) =>
              m.kind === 'note'
                ? `Note: ${m.note?.text}`
                : m.party
                  ? `${m.kind === 'analyst' ? 'Analyst citation' : 'Citation'}: ${names.parties.get(m.party) ?? m.party} ${m.stance} ${names.demands.get(m.demand!) ?? m.demand}${m.rejected ? ' (rejected)' : ''}`
                  : '',
            )
            .filter(Boolean)
            .join('\n');
          return (
            <mark
              key={seg.start}
              data-start={seg.start}
              className={classes.join(' ')}
              title={title || undefined}
              onClick={
                cite?.party
                  ? () => {
                      if (!window.getSelection()?.isCollapsed) return;
                      openDetail({ party: cite.party!, demand: cite.demand! });
                    }
                  : undefined
              }
            >
              {slice}
            </mark>
          );
        })}
        {selection && (
          <SelectionMenu documentId={documentId} selection={selection} onDone={() => setSelection(null)} />
        )}
      </div>
    </>
  );
}

/** Text offset of a DOM position inside the reader: each run carries its start in data-start. */
function offsetOf(node: Node | null, offset: number): number | null {
  const el = node instanceof Element ? node : node?.parentElement;
  const run = el?.closest<HTMLElement>('[data-start]');
  if (!run?.dataset.start) return null;
  return Number(run.dataset.start) + (node instanceof Text ? offset : 0);
}

/** Notes the analyst wrote on passages of this document, editable in place. */
function PassageNotes({ documentId }: { documentId: string }) {
  const notes = useStandpoint((s) => s.analyst?.data.notes);
  const mine = useMemo(
    () => (notes ?? []).filter((n) => n.target.kind === 'range' && n.target.anchor.document === documentId),
    [notes, documentId],
  );
  if (mine.length === 0) return null;
  return (
    <details className="reader__notes" open>
      <summary className="small">
        Notes on passages <span className="num muted">{mine.length}</span>
      </summary>
      <ul className="notes" data-testid="passage-notes">
        {mine.map((n) => (
          <NoteItem key={n.id} note={n} />
        ))}
      </ul>
    </details>
  );
}
