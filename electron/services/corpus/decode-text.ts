/**
 * Bytes of one file → its text, or a problem naming the file. Only UTF-8 is accepted (a BOM is
 * stripped); empty, binary, badly encoded and oversized files are reported and skipped.
 */
import type { InputProblem } from '../../../shared/model/corpus';

/** Largest document read: 20 MB. A news article is ~10 kB; anything this big is not an article. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; problem: InputProblem };

const problem = (source: string, message: string): Decoded => ({
  ok: false,
  problem: {
    source,
    message: `${source}: ${message} The file was skipped; the other documents are still used.`,
    severity: 'error',
  },
});

/** Control characters other than tab, newline, carriage return and form feed suggest a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  // (An indexed loop: a typed array's iterator is slow until the engine has optimised the loop, and this
  // runs over every byte of the first documents read, before it has.)
  const length = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control > length * 0.05;
}

export function decodeText(bytes: Uint8Array, source: string): Decoded {
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return problem(
      source,
      `is ${mb} MB, larger than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB limit for one document.`,
    );
  }
  if (bytes.length === 0) return problem(source, 'is empty.');
  if (looksBinary(bytes)) return problem(source, 'is a binary file, not text.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return problem(source, `is not valid UTF-8 (first bad byte at offset ${at}); save it as UTF-8.`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return problem(source, 'contains only whitespace.');
  return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8, for the message (a plain scan of lead/continuation bytes). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}
