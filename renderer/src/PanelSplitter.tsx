import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Panel } from './store/selection.slice';
import { useStandpoint } from './store';

/** The grid keeps at least this much room beside a panel, so its open cell stays visible. */
const MIN_GRID = 360;
const MIN_PANEL = 300;
const STEP = 32;

/** The panel's default width for the window it is in: wide enough to read, never crowding the grid. */
export function defaultPanelWidth(kind: Panel['kind'], viewport: number): number {
  const share = kind === 'reader' ? 0.42 : kind === 'detail' ? 0.36 : 0.32;
  const max = kind === 'reader' ? 720 : 520;
  return clampWidth(Math.min(max, Math.round(viewport * share)), viewport);
}

export function clampWidth(width: number, viewport: number): number {
  return Math.max(MIN_PANEL, Math.min(width, viewport - MIN_GRID));
}

/**
 * The edge between grid and panel: drag it, or focus it and use ←/→ (Home/End for the limits), to
 * give the grid or the panel more room. The width is remembered per kind of panel.
 */
export function PanelSplitter({ kind, width }: { kind: Panel['kind']; width: number }) {
  const setPanelWidth = useStandpoint((s) => s.setPanelWidth);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const viewport = () => document.documentElement.clientWidth;
  const set = (w: number) => setPanelWidth(kind, clampWidth(w, viewport()));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    // The panel is on the right: dragging the edge left widens it.
    if (drag.current) set(drag.current.width + drag.current.x - e.clientX);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = {
      ArrowLeft: width + STEP,
      ArrowRight: width - STEP,
      Home: viewport() - MIN_GRID,
      End: MIN_PANEL,
    };
    if (next[e.key] === undefined) return;
    e.preventDefault();
    set(next[e.key]!);
  };
  return (
    <div
      className="panel-splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the panel (← wider, → narrower)"
      aria-valuenow={width}
      aria-valuemin={MIN_PANEL}
      aria-valuemax={Math.max(MIN_PANEL, viewport() - MIN_GRID)}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onDoubleClick={() => setPanelWidth(kind, null)}
      onKeyDown={onKeyDown}
    />
  );
}
