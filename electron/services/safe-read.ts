/**
 * Reads a file that must be a regular file inside a given folder: a corpus document, corpus.json,
 * a file of the built renderer. Anything else is refused with a reason a user can act on, and is
 * never opened in a way that could hang or leak:
 * - a symbolic link is refused (listed or not), and so is any path whose real location, after
 *   every link in it is followed, is outside the folder: `/etc/passwd` is never read;
 * - a named pipe (FIFO), socket or device is refused without reading it (opening a FIFO to read
 *   waits for a writer for ever; it is opened non-blocking, and checked before and after opening);
 * - a folder named as a document is refused;
 * - a file larger than the caller's limit is refused before it is read.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';

export type SafeRead = { ok: true; bytes: Buffer } | { ok: false; reason: string; missing: boolean };

const refuse = (reason: string, missing = false): SafeRead => ({ ok: false, reason, missing });

function whatItIs(info: Stats): string | null {
  if (info.isSymbolicLink())
    return 'is a symbolic link; Standpoint reads only regular files inside the corpus folder, so it was not followed.';
  if (info.isDirectory()) return 'is a folder, not a document.';
  if (info.isFIFO()) return 'is a named pipe (FIFO), not a file; it was not read.';
  if (info.isSocket()) return 'is a socket, not a file; it was not read.';
  if (info.isBlockDevice() || info.isCharacterDevice()) return 'is a device, not a file; it was not read.';
  if (!info.isFile()) return 'is not a regular file; it was not read.';
  return null;
}

const isInside = (root: string, target: string) => {
  const relative = path.relative(root, target);
  return relative === '' ? false : !relative.startsWith('..') && !path.isAbsolute(relative);
};

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

// O_NOFOLLOW and O_NONBLOCK do not exist on Windows (no FIFOs to hang on there, and links are
// caught by lstat and the real-path check).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export interface ReadInsideOptions {
  maxBytes: number;
  /** Words after "limit" in the size message; "for one document" by default. */
  limitOf?: string;
  /**
   * The folder may lie inside the app's asar archive (the built renderer in a packaged app). There,
   * Electron fakes the stats of files and extracts a file to a temporary copy before `open`
   * (electron/docs/tutorial/asar-archives.md, "Extra Unpacking on Some APIs", "Fake Stat
   * Information"; lib/node/asar-fs-wrapper.ts patches lstat and realpath, and `open` copies out),
   * so the file is checked by type and real path and then read with readFile, not re-checked
   * through an open handle. An archive holds no pipes or devices to hang on.
   */
  inArchive?: boolean;
}

/** The bytes of `relative` inside `root`, or why it may not be read. */
export async function readFileInside(
  root: string,
  relative: string,
  { maxBytes, limitOf = 'for one document', inArchive = false }: ReadInsideOptions,
): Promise<SafeRead> {
  const file = path.resolve(root, relative);
  if (!isInside(path.resolve(root), file)) return refuse('is outside the corpus folder; it was not read.');
  let info: Stats;
  try {
    info = await lstat(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse('does not exist.', true);
    return refuse(`cannot be read (${(error as Error).message}).`);
  }
  const not = whatItIs(info);
  if (not) return refuse(not);
  // A link higher up the path (a linked sub-folder) can still lead out of the folder.
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]).catch(() => [null, null]);
  if (!realRoot || !realFile || !isInside(realRoot, realFile))
    return refuse('lies outside the corpus folder (through a symbolic link); it was not read.');
  const limit = `${megabytes(maxBytes).replace(/\.0$/, '')} MB limit ${limitOf}`;
  if (info.size > maxBytes) return refuse(`is ${megabytes(info.size)} MB, larger than the ${limit}.`);
  if (inArchive) return { ok: true, bytes: await readFile(file) };
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return refuse(whatItIs({ isSymbolicLink: () => true } as Stats)!);
    return refuse(`cannot be read (${(error as Error).message}).`);
  }
  try {
    // What was opened must be the very file that was checked (not swapped in between).
    const opened = await handle.stat();
    const swapped =
      whatItIs(opened) ??
      (opened.ino !== info.ino || opened.dev !== info.dev
        ? 'changed while it was being read; it was not read.'
        : null);
    if (swapped) return refuse(swapped);
    if (opened.size > maxBytes)
      return refuse(`grew past the ${megabytes(maxBytes)} MB limit while it was being read.`);
    return { ok: true, bytes: await handle.readFile() };
  } finally {
    await handle.close();
  }
}
