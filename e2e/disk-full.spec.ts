/**
 * A full disk, end to end: browser mode runs with its data folder on a small tmpfs of its own (a
 * private mount namespace: `unshare`, as root with CAP_SYS_ADMIN or where user namespaces are allowed). The
 * analyst adds a note when the disk is full, is told "Not saved: the disk is full (… free)",
 * keeps working; once space is freed the note is saved by itself and the message goes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probePrivateTmpfs } from '../scripts/private-tmpfs.mjs';
import { StandpointPage } from './pages/StandpointPage';
import { startBrowserMode } from './support/browser-mode';
import { expect, saveScreen, test } from './support/fixtures';

const mountPoint = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-e2e-tmpfs-'));
const MOUNT = `mount -t tmpfs -o size=${8 * 1024 * 1024} standpoint-full "$0" && mkdir "$0/data" && exec "$@"`;

const { flags } = probePrivateTmpfs();

// Collected everywhere; where the probe finds no private tmpfs it is skipped with the reason and the command that
// checks it (the skip reporter lists it after the run).
// prettier-ignore
test.skip(!flags, 'needs a small tmpfs in a private mount namespace (unshare --mount as root with CAP_SYS_ADMIN, or unprivileged user namespaces) and this machine has none (check: node scripts/private-tmpfs.mjs prints the unshare flags that work, or why none does); electron/services/analyst/disk-full.test.ts tells the same story on every machine with the room counted in-process (README: Tests that skip, and why)');

test('a note saved on a full disk is kept, reported, and saved once space returns (needs a private mount namespace: node scripts/private-tmpfs.mjs prints its unshare flags)', async ({
  page,
  pageErrors,
}) => {
  void pageErrors;
  const app = await startBrowserMode({
    dataDir: path.join(mountPoint, 'data'),
    prefix: ['unshare', ...flags!, 'sh', '-c', MOUNT, mountPoint],
  });
  // The tmpfs exists only in the server's mount namespace; /proc/<pid>/root looks into it.
  const inside = (file: string) => path.join(`/proc/${app.pid}/root`, mountPoint, file);
  // Browser mode opens the read-only example workspace, whose work is kept in <data>/example.
  const store = inside('data/example/analyst.json');
  try {
    const sp = new StandpointPage(page);
    await sp.open(app.url);
    await sp.setAuthor('Ann Analyst');
    await sp.openCell('nato', 'missile-deployment');
    await sp.addNote('Saved while there was room.');

    // Fill the disk, leaving less room than the store needs.
    const { bavail, bsize } = fs.statfsSync(inside('data'));
    fs.writeFileSync(inside('filler.bin'), Buffer.alloc(Math.max(0, bavail * bsize - 2048), 1));
    await sp.addNote('Written when the disk was full.');
    const alert = page.getByTestId('unsaved-work');
    await expect(alert).toContainText(/Not saved: the disk is full \(\d+(\.\d)? (bytes?|KB) free\)\./);
    await expect(alert).toContainText('Your work is kept in Standpoint');
    // The analyst still sees the note; the file on disk holds only what was acknowledged.
    await expect(sp.detail.getByTestId('notes')).toContainText('Written when the disk was full.');
    const onDisk = fs.readFileSync(store, 'utf8');
    expect(onDisk).toContain('Saved while there was room.');
    expect(onDisk).not.toContain('Written when the disk was full.');
    await saveScreen(page, 'disk-full-01-not-saved');

    fs.rmSync(inside('filler.bin'));
    await expect(alert).toBeHidden({ timeout: 20_000 });
    expect(fs.readFileSync(store, 'utf8')).toContain('Written when the disk was full.');
    await page.reload();
    await sp.openCell('nato', 'missile-deployment');
    await expect(sp.detail.getByTestId('notes')).toContainText('Written when the disk was full.');
    await saveScreen(page, 'disk-full-02-saved-after-space-returned');
  } finally {
    await app.stop();
  }
});
