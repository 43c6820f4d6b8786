/**
 * The SHA-256 of the derivation's source: every non-test TypeScript file under shared/derive, by
 * path and content. A derivation cache made by other sources must not be reused, so this hash is
 * recorded beside PIPELINE_VERSION (shared/derive/pipeline-version.ts) and a test compares them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DERIVE = path.join(PROJECT, 'shared', 'derive');
const SKIP_DIRS = new Set(['sentences', 'test-support']);

function sourceFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) out.push(...sourceFiles(full));
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.test.ts') &&
      entry.name !== 'pipeline-version.ts'
    ) {
      out.push(full);
    }
  }
  return out;
}

export function derivationSourceHash() {
  const hash = createHash('sha256');
  for (const file of sourceFiles(DERIVE).sort()) {
    hash.update(path.relative(PROJECT, file).split(path.sep).join('/'));
    hash.update('\0');
    // Line endings do not change what the code does.
    hash.update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
