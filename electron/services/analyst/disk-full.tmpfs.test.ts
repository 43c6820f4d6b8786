/**
 * The full-disk story on a real, small tmpfs (a real kernel, real ENOSPC, real short writes). It
 * needs a private mount namespace: root with CAP_SYS_ADMIN gets one with `unshare --mount`, other
 * users where the kernel allows unprivileged user namespaces. Elsewhere it is skipped with that reason and the
 * command that checks it (listed after the run); disk-full.test.ts tells the same story on every machine with the
 * room counted in-process.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { probePrivateTmpfs } from '../../../scripts/private-tmpfs.mjs';

const SCENARIO = path.resolve('electron/services/analyst/test-support/tmpfs-scenario.ts');
const TMPFS_BYTES = 1024 * 1024;
const FILLER_BYTES = TMPFS_BYTES - 96 * 1024; // about 96 KB left for the store, its backup and a temporary file
const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-tmpfs-'));
afterAll(() => fs.rmSync(mountPoint, { recursive: true, force: true }));

const probe = probePrivateTmpfs();

/** The scenario in a private mount namespace on a fresh tmpfs, under the flags the probe found. */
function inPrivateTmpfs(flags: string[]): { stdout: string; stderr: string; status: number | null } {
  const script = `mount -t tmpfs -o size=${TMPFS_BYTES} standpoint-full "$1" && exec "$2" --import tsx "$3" "$1" "$4"`;
  const args = ['sh', '-c', script, 'sh', mountPoint, process.execPath, SCENARIO, String(FILLER_BYTES)];
  const run = spawnSync('unshare', [...flags, ...args], { encoding: 'utf8', timeout: 60_000 });
  return {
    stdout: run.stdout ?? '',
    stderr: `${run.stderr ?? ''}${run.error?.message ?? ''}`,
    status: run.status,
  };
}

describe('a save on a real full tmpfs (needs a private mount namespace: node scripts/private-tmpfs.mjs prints its unshare flags)', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(!probe.flags, 'needs a small tmpfs in a private mount namespace (unshare --mount as root with CAP_SYS_ADMIN, or unprivileged user namespaces) and this machine has none (check: node scripts/private-tmpfs.mjs prints the unshare flags that work, or why none does); disk-full.test.ts tells the same story on every machine with the room counted in-process (README: Tests that skip, and why)'));
  it(
    'loses no acknowledged note, tells the analyst, and saves the rest once space returns',
    { timeout: 90_000 },
    () => {
      const outcome = inPrivateTmpfs(probe.flags!);
      expect(outcome.stderr).not.toMatch(/Error/);
      expect(outcome.status).toBe(0);
      const seen = JSON.parse(outcome.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
      expect(seen.message).toMatch(/^Not saved: the disk is full \(.* free\)\./);
      expect(seen.acknowledged).toBeGreaterThan(5);
      expect(seen).toMatchObject({
        acknowledgedOnDiskWhenFull: true,
        backupValidWhenFull: true,
        stillUnsaved: true,
        savedAfterSpace: true,
        leftoverTemporaryFiles: 0,
      });
      console.info(`disk-full on tmpfs: ${JSON.stringify(seen)}`);
    },
  );
});
