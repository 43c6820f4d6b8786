/**
 * The evaluation data and the shipped corpus are small text files written by hand. A scripted edit that
 * goes wrong can blow one up without changing what any test reads (a notes file once grew to 23 MB of one
 * paragraph repeated), so their size is checked here rather than trusted.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
/** Larger than any hand-written file here (eval/README.md is about 190 KB) by a wide margin. */
const MAX_BYTES = 1_000_000;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe('evaluation and corpus files', () => {
  for (const top of ['eval', 'corpus']) {
    it(`every file under ${top}/ stays under ${MAX_BYTES / 1_000_000} MB`, () => {
      const files = filesUnder(path.join(ROOT, top));
      expect(files.length).toBeGreaterThan(0);
      const oversized = files
        .map((f) => ({ file: path.relative(ROOT, f), bytes: statSync(f).size }))
        .filter((f) => f.bytes > MAX_BYTES);
      expect(oversized).toEqual([]);
    });
  }
});
