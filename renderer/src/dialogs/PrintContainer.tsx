import { PRINT_ROOT_ID } from './print';

/** Hidden on screen; the only thing shown when printing (see app.css @media print). */
export function PrintContainer() {
  return <div id={PRINT_ROOT_ID} className="print-root" aria-hidden="true" />;
}
