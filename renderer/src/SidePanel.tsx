import { useEffect, useRef, useState } from 'react';
import { clampWidth, defaultPanelWidth, PanelSplitter } from './PanelSplitter';
import { CellDetail } from './detail/CellDetail';
import { SourceReader } from './reader/SourceReader';
import { SearchResults } from './search/SearchResults';
import { focusGridCell } from './grid/focus-cell';
import { useStandpoint } from './store';

const TITLES = { detail: 'Cell detail', reader: 'Source', search: 'Search results' } as const;

/** The right-hand panel: shows the top of the panel stack, with Back and Close. */
export function SidePanel() {
  const panel = useStandpoint((s) => s.panels.at(-1) ?? null);
  const depth = useStandpoint((s) => s.panels.length);
  const below = useStandpoint((s) => s.panels.at(-2) ?? null);
  const closePanel = useStandpoint((s) => s.closePanel);
  const closeAll = useStandpoint((s) => s.closeAllPanels);
  const ref = useRef<HTMLElement>(null);
  const kind = panel?.kind;
  const chosenWidth = useStandpoint((s) => (kind ? s.panelWidths[kind] : undefined));
  const viewport = useViewportWidth();
  useEffect(() => {
    // Moving focus into a newly opened panel lets a keyboard user read it straight away.
    if (kind && kind !== 'search' && !ref.current?.contains(document.activeElement)) ref.current?.focus();
  }, [kind, panel]);
  if (!panel) return null;
  const width = clampWidth(chosenWidth ?? defaultPanelWidth(panel.kind, viewport), viewport);
  return (
    <>
      <PanelSplitter kind={panel.kind} width={width} />
      <aside
        className={`panel panel--${panel.kind}`}
        aria-label={TITLES[panel.kind]}
        ref={ref}
        tabIndex={-1}
        style={{ width }}
      >
        <div className="panel__bar">
          {depth > 1 && below ? (
            <button type="button" className="btn btn--quiet" onClick={closePanel}>
              ← Back to {TITLES[below.kind].toLowerCase()}
            </button>
          ) : (
            <span className="panel__kind small muted">{TITLES[panel.kind]}</span>
          )}
          <button
            type="button"
            className="btn btn--quiet"
            onClick={() => {
              closeAll();
              focusGridCell(useStandpoint.getState().focused);
            }}
            aria-label="Close panel"
            title="Close (Esc)"
          >
            ✕
          </button>
        </div>
        <div className="panel__body">
          {panel.kind === 'detail' && <CellDetail cellRef={panel.cell} />}
          {panel.kind === 'reader' && (
            <SourceReader
              key={`${panel.document}|${panel.find ?? ''}`}
              documentId={panel.document}
              focus={panel.focus}
              find={panel.find ?? null}
            />
          )}
          {panel.kind === 'search' && <SearchResults />}
        </div>
      </aside>
    </>
  );
}

function useViewportWidth(): number {
  const [width, setWidth] = useState(() => document.documentElement.clientWidth);
  useEffect(() => {
    const onResize = () => setWidth(document.documentElement.clientWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return width;
}
