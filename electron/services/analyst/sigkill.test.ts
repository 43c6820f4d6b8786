/**
 * Every acknowledged save survives a SIGKILL at any moment: a writer process saves notes in a
 * loop and prints each one once its save is acknowledged; it is killed at a random moment, and
 * the store on disk must then hold every printed note and open cleanly (temporary files left by the
 * kill are removed at the next start). STANDPOINT_KILLS sets the number of kills (5 by default).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeLeftoverTempFiles } from '../persist/leftovers';
import { openTestService, tempDir } from './test-support/fixtures';

const KILLS = Number(process.env.STANDPOINT_KILLS ?? 5);
const WRITER = path.resolve('electron/services/analyst/test-support/kill-writer.ts');
const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged at least `after` more notes, then a little longer, then kills it. */
function writeAndKill(after: number, extraMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!timer && out.split('\n').length > after) timer = setTimeout(() => child.kill('SIGKILL'), extraMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${stderr}`));
      // Only complete lines were acknowledged; a line cut by the kill was not fully printed.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('saves under SIGKILL', () => {
  it(`keep every acknowledged note through ${KILLS} kills at random moments`, async () => {
    let acknowledged: string[] = [];
    let leftovers = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      acknowledged = [
        ...acknowledged,
        ...(await writeAndKill(3 + kill * 7, Math.floor(Math.random() * 150))),
      ];
      leftovers += removeLeftoverTempFiles([dir]).length;
      const onDisk = new Set(
        openTestService(dir)
          .data()
          .notes.map((n) => n.text),
      );
      const lost = acknowledged.filter((text) => !onDisk.has(text));
      expect(lost).toEqual([]);
    }
    console.info(
      `SIGKILL: ${KILLS} kills, ${acknowledged.length} acknowledged saves, all on disk; ${leftovers} temporary file(s) left by kills, removed at the next start`,
    );
  }, 120_000);
});
