/**
 * What one change did to the analyst data, so main can reply with the change rather than the whole
 * store (10,000 items would be megabytes per keystroke) and the renderer can apply it to its copy.
 * Items are replaced, never edited in place, so a changed item is one whose reference differs.
 */
import type { z } from 'zod';
import type { analystChangeSchema, analystSnapshotSchema } from '../ipc/schemas';
import type { AnalystData, Authored } from '../model/analyst';
import { append } from '../util/append';

type Snapshot = z.output<typeof analystSnapshotSchema>;
type Change = z.output<typeof analystChangeSchema>;

export const COLLECTIONS = [
  'notes',
  'overrides',
  'citations',
  'rejections',
  'ontologyEdits',
  'reviewDecisions',
  'reviewMarks',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

export interface CollectionChange<T> {
  /** Items added or replaced. */
  upsert: T[];
  /** Ids of items removed. */
  remove: string[];
  /** The full order of ids, sent only when merging would not reproduce it (an undone delete). */
  order?: string[];
}

export type AnalystDataChange = {
  [K in Collection]?: CollectionChange<NonNullable<AnalystData[K]>[number]>;
};

/** The items of one collection; the review lists are absent in data written before the review queue. */
export const itemsOf = (data: AnalystData, key: Collection): readonly Authored[] => data[key] ?? [];

/** Applies a change to one list: replaced items keep their place, new ones are appended. */
function merge<T extends Authored>(items: readonly T[], change: CollectionChange<T>): T[] {
  const removed = new Set(change.remove);
  const upserts = new Map(change.upsert.map((item) => [item.id, item]));
  const merged: T[] = [];
  for (const item of items) {
    if (removed.has(item.id)) continue;
    const replacement = upserts.get(item.id);
    merged.push(replacement ?? item);
    upserts.delete(item.id);
  }
  append(merged, upserts.values());
  if (!change.order) return merged;
  const byId = new Map(merged.map((item) => [item.id, item]));
  return change.order.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
}

function diffList<T extends Authored>(before: readonly T[], after: readonly T[]): CollectionChange<T> | null {
  if (before === after) return null;
  // A change touches a few items of thousands: compare only what lies between the shared start
  // and the shared end, so an append to 10,000 items costs a few comparisons, not two maps.
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const beforeMiddle = before.slice(start, before.length - end);
  const afterMiddle = after.slice(start, after.length - end);
  if (beforeMiddle.length === 0 && afterMiddle.length === 0) return null;
  const old = new Map(beforeMiddle.map((item) => [item.id, item]));
  const upsert = afterMiddle.filter((item) => old.get(item.id) !== item);
  const kept = new Set(afterMiddle.map((item) => item.id));
  const remove = beforeMiddle.filter((item) => !kept.has(item.id)).map((item) => item.id);
  const change: CollectionChange<T> = { upsert, remove };
  const merged = merge(before, change);
  if (merged.length !== after.length || merged.some((item, i) => item !== after[i]))
    change.order = after.map((item) => item.id);
  return change;
}

/** The change that turns `before` into `after`; only the collections that differ appear. */
export function diffAnalystData(before: AnalystData, after: AnalystData): AnalystDataChange {
  const change: Record<string, CollectionChange<Authored>> = {};
  for (const key of COLLECTIONS) {
    const list = diffList<Authored>(itemsOf(before, key), itemsOf(after, key));
    if (list) change[key] = list;
  }
  return change as AnalystDataChange;
}

/** `data` with the change applied; collections the change does not name are shared, not copied. */
export function applyAnalystDataChange(data: AnalystData, change: AnalystDataChange): AnalystData {
  const next = { ...data };
  for (const key of COLLECTIONS) {
    const list = change[key] as CollectionChange<Authored> | undefined;
    if (list) (next as Record<Collection, Authored[]>)[key] = merge<Authored>(itemsOf(data, key), list);
  }
  return next;
}

/** The ids a change touches (added, replaced or removed), to find what else needs refreshing. */
export function changedIds(change: AnalystDataChange): string[] {
  return COLLECTIONS.flatMap((key) => {
    const list = change[key] as CollectionChange<Authored> | undefined;
    return list ? [...list.upsert.map((item) => item.id), ...list.remove] : [];
  });
}

/**
 * The snapshot after a change main replied with, or null when the change does not follow this
 * snapshot (a reply was missed): the caller then asks for the whole snapshot again.
 */
export function applyAnalystChange(snapshot: Snapshot, change: Change): Snapshot | null {
  if (change.baseRevision !== snapshot.revision) return null;
  const anchors = { ...snapshot.anchors };
  for (const id of changedIds(change.changes)) delete anchors[id];
  Object.assign(anchors, change.anchors);
  return {
    ...snapshot, // what a change does not carry (the review queue) stays as it was
    revision: change.revision,
    data: applyAnalystDataChange(snapshot.data, change.changes),
    anchors,
    canUndo: change.canUndo,
    canRedo: change.canRedo,
    undoLabel: change.undoLabel,
    redoLabel: change.redoLabel,
    notices: change.notices,
    save: change.save,
  };
}
