import { StanceSelect } from '../controls/StanceSelect';
import { useEffect, useRef, useState } from 'react';
import type { Stance } from '../../../shared/model';
import { AuthorField } from '../controls/AuthorField';
import { useAuthorGate } from '../detail/useAuthorGate';
import { useStandpoint } from '../store';
import { selectCell } from '../store/selectors';
import { attachStance, attachTarget } from './attach-defaults';

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
  const apply = useStandpoint((s) => s.applyAnalyst);
  const gate = useAuthorGate();
  const [mode, setMode] = useState<'menu' | 'cite' | 'note'>('menu');
  // The form starts on the party and demand the selection names, else the cell the analyst came from.
  const [start] = useState(() => {
    const s = useStandpoint.getState();
    const detail = [...s.panels].reverse().find((p) => p.kind === 'detail');
    const cameFrom = detail?.kind === 'detail' ? detail.cell : s.focused;
    return attachTarget(selection.quote, s.matrix?.parties ?? [], s.matrix?.demands ?? [], cameFrom);
  });
  const [party, setParty] = useState(start.party);
  const [demand, setDemand] = useState(start.demand);
  // The stance follows the chosen cell's effective stance until the analyst picks one.
  const cellStance = useStandpoint((s) => selectCell(s, { party, demand })?.stance);
  const [chosenStance, setStance] = useState<Stance | null>(null);
  const stance = chosenStance ?? attachStance(cellStance);
  const [text, setText] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  // The form opens below the selection: scroll the reader so all of it, Save included, is in view.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [mode]);
  const range = { document: documentId, start: selection.start, end: selection.end };

  const submit = async () => {
    if (!(await gate.ensure())) return;
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
      ref={ref}
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
          <AuthorField gate={gate} />
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
