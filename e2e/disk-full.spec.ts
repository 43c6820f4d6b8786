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

const { flags, why } = probePrivateTmpfs();

// playwright.config.ts leaves this file out where the probe finds no private tmpfs, and says so before the
// run; run by hand on such a machine, it fails with the probe's answer.
test.beforeAll(() => {
  if (!flags) throw new Error(`no private mount namespace for a small tmpfs here: ${why}`);
});

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
