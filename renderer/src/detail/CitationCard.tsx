import { InlineForm } from '../controls/InlineForm';
import { useMemo, useState } from 'react';
import {
  STANCE_GLYPHS,
  STANCE_LABELS,
  type Citation,
  type CitationRejection,
  type MatrixDocument,
  type Note,
} from '../../../shared/model';
import { useStandpoint } from '../store';
import { quoteInContext, sentenceSpans } from '../text/sentences';
import { formatTimestamp } from '../text/format';
import { citationTraits } from '../../../shared/analyst/citation-words';
import { ATTRIBUTION_HELP, explainCitation } from './why';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from './useAuthorGate';

/** Sentence spans are costly on long texts: computed once per document text. */
const spanCache = new WeakMap<object, ReturnType<typeof sentenceSpans>>();

export function CitationCard({
  citation: c,
  partyName,
  doc,
  rejection,
  notes,
}: {
  citation: Citation;
  partyName: string;
  doc: MatrixDocument | undefined;
  rejection: CitationRejection | null;
  notes: Note[];
}) {
  const source = useStandpoint((s) => s.documents[c.document]);
  const sourceError = useStandpoint((s) => s.documentErrors[c.document]);
  const openReader = useStandpoint((s) => s.openReader);
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [rejecting, setRejecting] = useState(false);
  const [noting, setNoting] = useState(false);
  const [noteText, setNoteText] = useState('');
  const [reason, setReason] = useState('');
  const context = useMemo(() => {
    if (!source) return null;
    let spans = spanCache.get(source);
    if (!spans) spanCache.set(source, (spans = sentenceSpans(source.text)));
    return quoteInContext(source.text, c.start, c.end, spans);
  }, [source, c.start, c.end]);

  return (
    <div className={`citation${rejection ? ' is-rejected' : ''}`} data-testid="citation">
      <p
        className="citation__why"
        title={`${explainCitation(c, partyName, doc, true)}. Attributed because ${ATTRIBUTION_HELP[c.attribution.kind]}.`}
      >
        <span className={`stance-chip stance-${c.stance}`}>
          <span aria-hidden="true">{STANCE_GLYPHS[c.stance]}</span> {STANCE_LABELS[c.stance]}
        </span>{' '}
        {explainCitation(c, partyName, doc)}
      </p>
      <p className="citation__traits small" data-testid="citation-traits">
        {citationTraits(c).map((t, i) =>
          i === 0 ? (
            <span key={t} className={`voice voice--${c.voice}`}>
              {t}
            </span>
          ) : (
            <span key={t}> · {t}</span>
          ),
        )}
      </p>
      <blockquote className="citation__quote">
        {context ? (
          <>
            {context.before && <span className="citation__ctx">{context.before} </span>}
            {context.lead}
            <mark className={`quote-mark stance-${c.stance}`}>{context.quote}</mark>
            {context.trail}
            {context.after && <span className="citation__ctx"> {context.after}</span>}
          </>
        ) : (
          <>
            <mark className={`quote-mark stance-${c.stance}`}>{c.quote}</mark>
            {sourceError && <span className="small error-text"> (context unavailable: {sourceError})</span>}
          </>
        )}
      </blockquote>
      {c.resolvedFrom && (
        <p className="small citation__resolved" data-testid="resolved-from">
          {/* A party's demand noun before the document names its demands ("NATO rejected Russia's
              demands. … Moscow wants …") resolves to a later sentence. */}
          The demand is named in {c.resolvedFrom.start < c.start ? 'an earlier' : 'a later'} sentence:{' '}
          {source ? (
            <q>{source.text.slice(c.resolvedFrom.start, c.resolvedFrom.end).trim()}</q>
          ) : (
            <span className="muted">
              {c.resolvedFrom.start < c.start ? 'an earlier' : 'a later'} sentence
            </span>
          )}{' '}
          <button type="button" className="link" onClick={() => openReader(c.document, c.resolvedFrom)}>
            Open there
          </button>
        </p>
      )}
      {rejection && (
        <p className="small citation__rejection">
          Rejected by {rejection.author || 'an analyst'}, {formatTimestamp(rejection.updatedAt)}: “
          {rejection.reason}”
        </p>
      )}
      {notes.map((n) => (
        <p key={n.id} className="small citation__note">
          ¶ {n.text} <span className="muted">— {n.author}</span>
        </p>
      ))}
      {noting && (
        <InlineForm
          submitLabel="Add note"
          canSubmit={Boolean(noteText.trim())}
          onCancel={() => setNoting(false)}
          onSubmit={async () => {
            if (!noteText.trim() || !(await gate.ensure())) return;
            const target = { kind: 'citation' as const, citationKey: c.key };
            if (await apply({ type: 'note:create', target, text: noteText.trim() })) {
              setNoting(false);
              setNoteText('');
            }
          }}
        >
          <label>
            Note on this citation
            <textarea value={noteText} onChange={(e) => setNoteText(e.target.value)} autoFocus />
          </label>
          <AuthorField gate={gate} />
        </InlineForm>
      )}
      {rejecting ? (
        <InlineForm
          submitLabel="Reject citation"
          canSubmit={Boolean(reason.trim())}
          onCancel={() => setRejecting(false)}
          onSubmit={async () => {
            if (!reason.trim() || !(await gate.ensure())) return;
            if (await apply({ type: 'rejection:create', citationKey: c.key, reason: reason.trim() }))
              setRejecting(false);
          }}
        >
          <label>
            Why is this citation wrong? (required)
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </label>
          <AuthorField gate={gate} />
        </InlineForm>
      ) : (
        <div className="citation__actions">
          <button
            type="button"
            className="link"
            onClick={() => openReader(c.document, { start: c.start, end: c.end })}
          >
            Open source at quote
          </button>
          {!noting && (
            <button type="button" className="link" onClick={() => setNoting(true)}>
              Note…
            </button>
          )}
          {rejection ? (
            <button
              type="button"
              className="link"
              onClick={() => void apply({ type: 'rejection:delete', id: rejection.id })}
            >
              Restore
            </button>
          ) : (
            <button
              type="button"
              className="link btn--danger"
              onClick={() => {
                setReason('');
                setRejecting(true);
              }}
            >
              Reject…
            </button>
          )}
        </div>
      )}
    </div>
  );
}
