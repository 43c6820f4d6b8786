/**
 * Named briefing snapshots, kept in `briefing-snapshots.json` in the data folder (apart from the
 * analyst store: they are a record of what was handed out, not work in progress). Written whole to
 * a temporary file and renamed; the previous good file stays as `briefing-snapshots.backup.json`.
 * A file that cannot be read is moved aside, never overwritten, and the backup is used instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { STANCES } from '../../../shared/model/stance';
import type { BriefingSnapshot } from '../../../shared/export/changes';
import { copyAtomically, datedPath } from '../analyst/store-file';

export const SNAPSHOTS_NAME = 'briefing-snapshots';

const snapshotSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.string(),
  stances: z.record(z.string(), z.enum(STANCES)),
  citations: z.array(z.string()),
  notes: z.array(z.string()),
});
const fileSchema = z.object({ version: z.literal(1), snapshots: z.array(snapshotSchema) });

export type SnapshotSummary = Pick<BriefingSnapshot, 'id' | 'name' | 'createdAt'>;

export interface SnapshotStore {
  list(): SnapshotSummary[];
  /** By id, or else the newest snapshot of that name. */
  get(idOrName: string): BriefingSnapshot | undefined;
  save(snapshot: BriefingSnapshot): void;
  /** What went wrong reading the file, for the analyst to see (e.g. "moved aside to …"). */
  problems(): string[];
}

function read(file: string): BriefingSnapshot[] {
  return fileSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))).snapshots;
}

export function openSnapshotStore(dir: string, now: () => Date = () => new Date()): SnapshotStore {
  const file = path.join(dir, `${SNAPSHOTS_NAME}.json`);
  const backup = path.join(dir, `${SNAPSHOTS_NAME}.backup.json`);
  const problems: string[] = [];
  let snapshots: BriefingSnapshot[] | null = null;

  const fromBackup = (): BriefingSnapshot[] => {
    if (!fs.existsSync(backup)) return [];
    try {
      const restored = read(backup);
      copyAtomically(backup, file);
      return restored;
    } catch (error) {
      problems.push(`The snapshot backup ${backup} could not be read either (${(error as Error).message}).`);
      return [];
    }
  };

  // Read on first use, so a data folder that never saves a snapshot never gets the file.
  const load = (): BriefingSnapshot[] => {
    if (snapshots) return snapshots;
    if (!fs.existsSync(file)) return (snapshots = fromBackup());
    try {
      return (snapshots = read(file));
    } catch (error) {
      const aside = datedPath(dir, SNAPSHOTS_NAME, 'corrupt', now());
      fs.renameSync(file, aside);
      problems.push(
        `The briefing snapshots in ${file} could not be read (${(error as Error).message}); the file was moved ` +
          `aside to ${aside} and the last good backup is used.`,
      );
      return (snapshots = fromBackup());
    }
  };

  return {
    list: () =>
      load()
        .map(({ id, name, createdAt }) => ({ id, name, createdAt }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    get: (idOrName) =>
      load().find((s) => s.id === idOrName) ??
      load()
        .filter((s) => s.name === idOrName)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0],
    save(snapshot) {
      const next = [...load().filter((s) => s.id !== snapshot.id), snapshot];
      fs.mkdirSync(dir, { recursive: true });
      // Acknowledged only once complete on disk: flushed, then renamed over the old file.
      const temporary = `${file}.${process.pid}.tmp`;
      const fd = fs.openSync(temporary, 'w');
      try {
        fs.writeFileSync(fd, JSON.stringify({ version: 1, snapshots: next }));
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(temporary, file);
      copyAtomically(file, backup);
      snapshots = next;
    },
    problems: () => [...problems],
  };
}
