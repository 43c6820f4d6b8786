import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { stanceMatrixSchema } from '../../shared/ipc/schemas';

const run = promisify(execFile);
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = path.join(PROJECT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each test runs the CLI as a process: on a loaded CI machine a process start may take many seconds.
describe('npm run derive', { timeout: 120_000 }, () => {
  it('derives a folder without corpus.json, reports the bad file and prints a summary line', async () => {
    const corpus = path.join(dir, 'articles');
    const out = path.join(dir, 'matrix.json');
    await import('node:fs/promises').then((fs) => fs.mkdir(corpus));
    writeFileSync(
      path.join(corpus, 'a.txt'),
      'Talks\nMOSCOW, Jan. 12, 2022 — The Kremlin insists on a halt to NATO expansion.',
    );
    writeFileSync(path.join(corpus, 'b.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    const { stdout, stderr } = await run(
      process.execPath,
      [TSX, 'electron/cli/derive.ts', '--corpus', corpus, '--out', out],
      { cwd: PROJECT },
    );
    expect(stdout).toBe('');
    expect(stderr).toContain('error: b.txt: is not valid UTF-8');
    expect(stderr).toMatch(
      /derived 1 documents, 2 sentences, 1 citations, 1 errors \(0 warnings\) in \d+ ms/,
    );
    const matrix = stanceMatrixSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(matrix.documents[0]).toMatchObject({
      id: 'a',
      path: 'a.txt',
      title: 'Talks',
      published: '2022-01-12',
    });
    expect(matrix.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')?.stance).toBe(
      'supports',
    );
  });

  it('rejects an unknown argument with the usage line', async () => {
    await expect(
      run(process.execPath, [TSX, 'electron/cli/derive.ts', '--bogus', 'x'], { cwd: PROJECT }),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining('usage: npm run derive --'),
    });
  });
});
