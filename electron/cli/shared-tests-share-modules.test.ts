/**
 * The `shared` test project runs without per-file isolation (vitest.config.ts): a worker keeps the
 * derivation's modules loaded from one test file to the next, which is most of why the unit run takes 6
 * minutes instead of 17. That is safe only while no shared test changes what the next file sees: a mocked
 * module, a stubbed global or environment variable, fake timers, a spy left in place. This check reads every
 * file under shared/ that a test may load and fails, naming the file and the call, if one appears; such a
 * test belongs in an isolated project or must not need the mock. (It runs in the isolated `app` project.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Calls that change module or global state for whatever runs after them in the same worker. */
const LEAKING_CALL =
  /\bvi\s*\.\s*(?:mock|doMock|hoisted|stubGlobal|stubEnv|useFakeTimers|spyOn|setSystemTime)\s*\(/g;

/** The leaking calls in `source`, each as written. */
function leakingCalls(source: string): string[] {
  return [...source.matchAll(LEAKING_CALL)].map((m) => m[0].replace(/\s+/g, ''));
}

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('shared tests share their modules', () => {
  it('finds a leaking call where there is one, and none in plain code', () => {
    expect(leakingCalls("vi.mock('../segment', () => ({}));\nvi .stubGlobal('fetch', f);")).toEqual([
      'vi.mock(',
      'vi.stubGlobal(',
    ]);
    expect(leakingCalls("import { vi } from 'vitest';\nconst mock = 'vi.mocked';")).toEqual([]);
  });

  it('no file under shared/ mocks a module, stubs a global, fakes timers or spies', () => {
    const files = sourcesUnder(path.join(ROOT, 'shared'));
    expect(files.length).toBeGreaterThan(100);
    const found = files
      .map((f) => ({ file: path.relative(ROOT, f), calls: leakingCalls(readFileSync(f, 'utf8')) }))
      .filter((f) => f.calls.length > 0);
    expect(found, 'the shared project runs with isolate: false (vitest.config.ts)').toEqual([]);
  });
});
