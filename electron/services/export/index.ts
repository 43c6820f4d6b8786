export * from './export-service';
export * from './pdf-renderer';
export { openSnapshotStore, type SnapshotStore } from './snapshot-store';
export { createChromiumPdfRenderer, defaultChromiumPath } from './chromium-pdf';
