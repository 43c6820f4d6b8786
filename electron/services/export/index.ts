export * from './export-service';
export * from './pdf-renderer';
export { createChromiumPdfRenderer, defaultChromiumPath } from './chromium-pdf';
