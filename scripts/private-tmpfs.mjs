// Whether this machine can mount a small tmpfs in a private mount namespace: what the two full-disk
// tests (electron/services/analyst/disk-full.tmpfs.test.ts, e2e/disk-full.spec.ts) need. Those tests run it
// and, where it finds none, skip with a reason that names it as the command a reader runs to check:
//   node scripts/private-tmpfs.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The `unshare` flags under which a tmpfs mounts here (root needs no user namespace; others need
 * unprivileged user namespaces), or null with every attempt and what it answered.
 */
export function probePrivateTmpfs() {
  if (process.platform !== 'linux')
    return {
      flags: null,
      why: `this is ${process.platform}; the tests mount a tmpfs in a Linux mount namespace`,
    };
  const candidates =
    process.getuid?.() === 0
      ? [['--mount'], ['--mount', '--map-root-user']]
      : [['--mount', '--map-root-user']];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'standpoint-tmpfs-probe-'));
  const refused = [];
  try {
    for (const flags of candidates) {
      // The tests' own mount, at a size the kernel accepts anywhere, on a fresh folder.
      const run = spawnSync(
        'unshare',
        [...flags, 'sh', '-c', 'mount -t tmpfs -o size=1m standpoint-probe "$0"', dir],
        {
          encoding: 'utf8',
          timeout: 10_000,
        },
      );
      if (run.status === 0) return { flags, why: null };
      const said = run.error?.message ?? (run.stderr.trim().split('\n')[0] || `exit ${run.status}`);
      refused.push(`unshare ${flags.join(' ')} sh -c 'mount -t tmpfs …' answered: ${said}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { flags: null, why: refused.join('; ') };
}

// `node scripts/private-tmpfs.mjs`: the check named where the full-disk tests skip. Prints the unshare
// flags that mount a tmpfs here, or "none:" and what each attempt answered.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { flags, why } = probePrivateTmpfs();
  console.log(flags ? `flags: ${flags.join(' ')}` : `none: ${why}`);
}
