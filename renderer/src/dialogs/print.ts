/**
 * In-app printing under a strict CSP (no inline styles): main renders the print HTML; we take its
 * body markup only (no <style>, no style attributes), adopt the print stylesheet through CSSOM
 * (constructable stylesheets are not inline styles) and print the hidden container.
 */
import { printCssOf } from '../../../shared/export/print-html';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export/types';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { plural } from '../text/format';
import { messageOf } from '../store/matrix.slice';
import { buildGridModel, selectDocumentIndex, selectEffective } from '../store/selectors';
import { sortRows } from '../grid/columns';
import type { ExportOptions } from '../store/types';

export const PRINT_ROOT_ID = 'print-root';

/**
 * The parties and demands the grid shows, in the order it shows them (its sort, its filters, rows
 * or columns whichever way it is turned): what a print follows unless the analyst says otherwise.
 */
export function screenSelection(): { parties: string[]; demands: string[] } {
  const s = useStandpoint.getState();
  const model = buildGridModel(selectEffective(s), s.filters, s.transposed, selectDocumentIndex(s));
  const rows = sortRows(model.rows, s.sorting).map((r) => r.id);
  const columns = model.columns.map((c) => c.id);
  return s.transposed ? { parties: columns, demands: rows } : { parties: rows, demands: columns };
}

/** The options an analyst expects by default: what the screen shows, everything else as exported. */
export function defaultExportOptions(): ExportOptions {
  return { ...DEFAULT_EXPORT_OPTIONS, ...screenSelection() };
}

let adopted: CSSStyleSheet | null = null;

/** The print document's own sheet (page size, running head and foot in the page margins). */
function adoptPrintSheet(css: string) {
  const sheet = adopted ?? new CSSStyleSheet();
  // Only the print media needs it; @media wrapping keeps the screen untouched.
  sheet.replaceSync(`@media print { ${css} }`);
  if (!adopted) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = sheet;
}

export function insertPrintMarkup(root: HTMLElement, html: string) {
  // Chrome checks the CSP even while parsing into an inert document, so the embedded <style>
  // (the standalone document's copy of the sheet we adopt) is cut out of the string first.
  const withoutStyle = html.replace(/<style[^>]*>[\s\S]*?<\/style>/gi, '');
  const parsed = new DOMParser().parseFromString(withoutStyle, 'text/html');
  parsed.querySelectorAll('style, script, link, meta').forEach((el) => el.remove());
  parsed.querySelectorAll('[style]').forEach((el) => el.removeAttribute('style'));
  root.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
}

export async function printMatrix(options: ExportOptions = defaultExportOptions()): Promise<void> {
  const root = document.getElementById(PRINT_ROOT_ID);
  if (!root) return;
  try {
    const { html, warnings } = await platform['print:html']({ options });
    adoptPrintSheet(printCssOf(html));
    insertPrintMarkup(root, html);
    if (warnings.length)
      useStandpoint.getState().setFlash(`Printed with ${plural(warnings.length, 'warning')}: ${warnings[0]}`);
    window.print();
  } catch (error) {
    useStandpoint.getState().setFlash(`Could not print: ${messageOf(error)}`);
  }
}
