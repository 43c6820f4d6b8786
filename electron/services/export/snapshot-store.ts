/**
 * Named briefing snapshots, kept in `briefing-snapshots.json` in the data folder (apart from the
 * analyst store: they are a record of what was handed out, not work in progress). Written durably
 * with a verified rolling backup, `briefing-snapshots.backup.json`; a file that cannot be read is
 * moved aside, never overwritten, and the backup is used instead.
 */
import { z } from 'zod';
import { STANCES } from '../../../shared/model/stance';
import type { BriefingSnapshot } from '../../../shared/export/changes';
import { openStoreFile, prepareStoreFile } from '../persist/store-file';

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

export function openSnapshotStore(dir: string, now: () => Date = () => new Date()): SnapshotStore {
  const problems: string[] = [];
  let snapshots: BriefingSnapshot[] | null = null;

  // Read on first use, so a data folder that never saves a snapshot never gets the file. A bad
  // file is moved aside and the backup used, by the same code that guards the analyst store.
  const load = (): BriefingSnapshot[] => {
    if (snapshots) return snapshots;
    const prepared = prepareStoreFile(
      dir,
      SNAPSHOTS_NAME,
      (c) => fileSchema.parse(c),
      now(),
      'briefing snapshots',
    );
    problems.push(...prepared.notices.map((n) => n.message));
    return (snapshots = prepared.content?.snapshots ?? []);
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
      // Acknowledged only once complete on disk; the backup is refreshed from the verified file.
      openStoreFile(dir, SNAPSHOTS_NAME).write({ version: 1, snapshots: next });
      snapshots = next;
    },
    problems: () => [...problems],
  };
}
