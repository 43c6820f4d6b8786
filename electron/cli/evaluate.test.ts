import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-evaluate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evaluate = (...args: string[]) =>
  run(process.execPath, [TSX, 'electron/cli/evaluate.ts', ...args], { cwd: PROJECT });

// Each test runs the CLI as a process: on a loaded CI machine a process start may take many seconds.
describe('npm run evaluate', { timeout: 120_000 }, () => {
  it('scores the seed corpus against its gold file: every cell right, a confusion table, exit 0', async () => {
    const { stdout } = await evaluate(
      '--corpus',
      'corpus',
      '--gold',
      'eval/gold/seed-corpus.json',
      '--min',
      '0.85',
    );
    expect(stdout).toContain('gold cells 9: right 9 (recall 100.0%)');
    expect(stdout).toMatch(
      /right {2}corpus {2}united-states × non-expansion: derived rejects, expected rejects/,
    );
    expect(stdout).toContain('confusion (rows expected, columns derived)');
  });

  it('scores each document of a folder on its own, and exits 1 below --min', async () => {
    const corpus = path.join(dir, 'articles');
    mkdirSync(corpus);
    writeFileSync(
      path.join(corpus, 'a.txt'),
      'Talks\nMOSCOW, Jan. 12, 2022 — The Kremlin insists on a halt to NATO expansion.',
    );
    writeFileSync(path.join(corpus, 'b.txt'), 'Talks\nGENEVA, Jan. 12, 2022 — The weather was cold.');
    const gold = path.join(dir, 'gold.json');
    writeFileSync(
      gold,
      JSON.stringify({
        documents: [
          { id: 'a', cells: [{ party: 'russia', demand: 'non-expansion', stance: 'supports' }] },
          {
            id: 'b',
            cells: [{ party: 'united-states', demand: 'non-expansion', stance: ['rejects', 'unclear'] }],
          },
        ],
      }),
    );
    const failed = await evaluate('--corpus', corpus, '--gold', gold, '--min', '0.9').catch(
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toContain('gold cells 2: right 1 (recall 50.0%)');
    expect((failed as { stdout: string }).stdout).toContain(
      'WRONG  b  united-states × non-expansion: derived none, expected rejects or unclear',
    );
    expect((failed as { stderr: string }).stderr).toContain('recall 50.0% is below --min 90.0%');
  });

  it('names what is wrong with a bad gold file', async () => {
    const gold = path.join(dir, 'bad.json');
    writeFileSync(
      gold,
      JSON.stringify({ cells: [{ party: 'russia', demand: 'non-expansion', stance: 'maybe' }] }),
    );
    await expect(evaluate('--corpus', 'corpus', '--gold', gold)).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('cells.0.stance'),
    });
  });
});
