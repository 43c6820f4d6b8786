import { useEffect } from 'react';
import './bench/bench-timings';
import { BENCH_DEFAULT, generateMatrix } from './bench/generate';
import { DialogHost } from './dialogs/DialogHost';
import { PrintContainer } from './dialogs/PrintContainer';
import { FilterBar } from './grid/FilterBar';
import { focusMatrix } from './grid/focus-cell';
import { MatrixView } from './grid/MatrixView';
import { SidePanel } from './SidePanel';
import { useStandpoint } from './store';
import { selectEffective } from './store/selectors';
import { Toolbar } from './Toolbar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useTheme } from './useTheme';
import { WorkspaceHost } from './workspace/WorkspaceHost';
import './styles/theme.css';
import './styles/app.css';

/** `?bench=1` shows a generated 200 × 40 matrix with 100,000 citations and records timings. */
const benchMode = new URLSearchParams(window.location.search).has('bench');

export function App() {
  useGlobalShortcuts();
  useTheme();
  const hasPanel = useStandpoint((s) => s.panels.length > 0);

  useEffect(() => {
    const s = useStandpoint.getState();
    if (benchMode) {
      const t0 = performance.now();
      const matrix = generateMatrix(BENCH_DEFAULT);
      const generateMs = performance.now() - t0;
      const t1 = performance.now();
      // Laid over first (memoised) so the figures separate the analyst overlay from the render.
      useStandpoint.setState({ matrix });
      selectEffective(useStandpoint.getState());
      const overlayDone = performance.now();
      s.setMatrix(matrix);
      const commitMs = performance.now() - overlayDone;
      // Two frames: the commit, then the paint that follows it.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          window.__standpointBench = {
            generateMs,
            firstPaintMs: performance.now() - t1,
            overlayMs: overlayDone - t1,
            commitMs,
            citations: matrix.stats.citations,
          };
        }),
      );
      return;
    }
    void s.loadMatrix();
    void s.loadAnalyst();
    void s.loadPreferences();
  }, []);

  // The print container sits beside the app, not in it: printing hides the app and shows only it.
  return (
    <>
      <div className="app">
        {/* The first Tab stop: straight to the matrix, past the toolbar and the filters. */}
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            if (focusMatrix()) e.preventDefault();
          }}
        >
          Skip to the matrix
        </a>
        <Toolbar />
        <FilterBar />
        <main className={`workspace${hasPanel ? ' has-panel' : ''}`} id="main">
          <section className="matrix-area" aria-label="Matrix">
            <MatrixView />
          </section>
          {hasPanel && <SidePanel />}
        </main>
        <DialogHost />
        {!benchMode && <WorkspaceHost />}
      </div>
      <PrintContainer />
    </>
  );
}
