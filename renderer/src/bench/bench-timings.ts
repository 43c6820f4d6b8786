/** What `?bench=1` records for the render benchmark (e2e/analyst-render-bench.spec.ts, bench/render-bench.ts). */
export interface BenchTimings {
  generateMs: number;
  firstPaintMs: number;
  overlayMs: number;
  commitMs: number;
  citations: number;
}

declare global {
  interface Window {
    __standpointBench?: BenchTimings;
  }
}
