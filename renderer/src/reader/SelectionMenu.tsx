import { StanceSelect } from '../controls/StanceSelect';
import { useState } from 'react';
import type { Stance } from '../../../shared/model';
import { useAuthorGate } from '../detail/useAuthorGate';
import { useStandpoint } from '../store';

export interface TextSelection {
  start: number;
  end: number;
  quote: string;
  /** Where to float the menu, in the reader body's scroll coordinates. */
  top: number;
  left: number;
}

/** Selected text → attach it to a cell as evidence for a stance, or add a note on the passage. */
export function SelectionMenu({
  documentId,
  selection,
  onDone,
}: {
  documentId: string;
  selection: TextSelection;
  onDone: () => void;
}) {
  const matrix = useStandpoint((s) => s.matrix);
  const focused = useStandpoint((s) => s.focused);
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [mode, setMode] = useState<'menu' | 'cite' | 'note'>('menu');
  const [party, setParty] = useState(focused?.party ?? matrix?.parties[0]?.id ?? '');
  const [demand, setDemand] = useState(focused?.demand ?? matrix?.demands[0]?.id ?? '');
  const [stance, setStance] = useState<Stance>('supports');
  const [text, setText] = useState('');
  const range = { document: documentId, start: selection.start, end: selection.end };

  const submit = async () => {
    if (!gate()) return;
    const ok =
      mode === 'cite'
        ? await apply({ type: 'citation:create', party, demand, stance, range, comment: text.trim() })
        : await apply({ type: 'note:create', target: { kind: 'range', range }, text: text.trim() });
    if (ok) {
      window.getSelection()?.removeAllRanges();
      onDone();
    }
  };

  return (
    <div
      className="selection-menu"
      style={{ top: selection.top, left: selection.left }}
      onMouseUp={(e) => e.stopPropagation()}
      role="dialog"
      aria-label="Use the selected text"
    >
      {mode === 'menu' ? (
        <div className="form__actions">
          <button type="button" className="btn btn--primary" onClick={() => setMode('cite')}>
            Attach as citation…
          </button>
          <button type="button" className="btn" onClick={() => setMode('note')}>
            Add note…
          </button>
          <button type="button" className="btn btn--quiet" onClick={onDone} aria-label="Dismiss">
            ✕
          </button>
        </div>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <p className="small selection-menu__quote">“{clip(selection.quote)}”</p>
          {mode === 'cite' && (
            <>
              <label>
                Party
                <select value={party} onChange={(e) => setParty(e.target.value)}>
                  {matrix?.parties.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Demand
                <select value={demand} onChange={(e) => setDemand(e.target.value)}>
                  {matrix?.demands.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.title}
                    </option>
                  ))}
                </select>
              </label>
              <StanceSelect label="Stance" value={stance} onChange={setStance} />
            </>
          )}
          <label>
            {mode === 'cite' ? 'Comment (optional)' : 'Note'}
            <textarea value={text} onChange={(e) => setText(e.target.value)} autoFocus={mode === 'note'} />
          </label>
          <div className="form__actions">
            <button type="submit" className="btn btn--primary" disabled={mode === 'note' && !text.trim()}>
              {mode === 'cite' ? 'Attach citation' : 'Add note'}
            </button>
            <button type="button" className="btn" onClick={onDone}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

const clip = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…` : s);
