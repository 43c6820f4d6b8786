/**
 * The review queue of one workspace, kept in review.json beside the analyst store: suggestions a
 * new or edited document made about cells the analyst has touched. The decisions themselves are
 * analyst actions (in analyst.json, with undo); this file holds what was suggested. It is a store
 * file with the analyst store's guards (persist/): a broken file is moved aside and the backup
 * restored, writes are verified on disk, the rolling backup comes only from a verified file. A save
 * a full disk refused keeps the queue in memory and is tried again until it succeeds, like the
 * analyst's own work.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { suggestionSchema } from '../../../shared/ipc/schemas';
import type { Suggestion } from '../../../shared/model/review';
import type { NewSuggestion } from '../../../shared/review/review';
import { NotSavedError, type WriteIo } from '../persist/durable-write';
import { openStoreFile, prepareStoreFile, type StoreNotice } from '../persist/store-file';

export const REVIEW_STORE_NAME = 'review';
const fileSchema = z.object({ suggestions: z.array(suggestionSchema).default([]) });

export interface ReviewService {
  suggestions(): Suggestion[];
  get(id: string): Suggestion | undefined;
  record(fresh: NewSuggestion[]): Suggestion[];
  withdraw(ids: string[]): void;
  /** Why the queue is not on disk (a full disk), or null when it is; tries to save first. */
  unsaved(): string | null;
  /** Stops retrying, after one last try to save. */
  close(): void;
  notices: StoreNotice[];
}

export function openReviewService(options: {
  dir: string;
  clock?: () => Date;
  newId?: () => string;
  log?: (message: string) => void;
  io?: WriteIo;
  /** How often an unsaved queue is tried again (ms); 5 s by default. */
  retryMs?: number;
}): ReviewService {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const log = options.log ?? (() => {});
  const prepared = prepareStoreFile(
    options.dir,
    REVIEW_STORE_NAME,
    (content) => {
      const parsed = fileSchema.safeParse(content);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      return parsed.data;
    },
    clock(),
    'review queue',
  );
  const file = openStoreFile(options.dir, REVIEW_STORE_NAME, { io: options.io, log });
  let suggestions: Suggestion[] = prepared.content?.suggestions ?? [];
  let unsaved: NotSavedError | null = null;
  let retryTimer: NodeJS.Timeout | undefined;

  const save = (): void => {
    try {
      file.write({ suggestions });
    } catch (error) {
      if (!(error instanceof NotSavedError)) throw error;
      unsaved = error;
      log(`${error.message} (${file.path}); the review queue is kept in memory and saving is retried.`);
      retryTimer ??= setInterval(save, options.retryMs ?? 5_000);
      retryTimer.unref?.();
      return;
    }
    if (unsaved) log(`Saved ${file.path} again: the review queue is now on disk.`);
    unsaved = null;
    clearInterval(retryTimer);
    retryTimer = undefined;
  };

  return {
    notices: prepared.notices,
    suggestions: () => suggestions,
    get: (id) => suggestions.find((s) => s.id === id),
    record(fresh) {
      if (fresh.length === 0) return [];
      const at = clock().toISOString();
      const added = fresh.map((s) => ({ ...s, id: newId(), createdAt: at }));
      suggestions = [...suggestions, ...added];
      save();
      return added;
    },
    withdraw(ids) {
      if (ids.length === 0) return;
      const gone = new Set(ids);
      suggestions = suggestions.map((s) => (gone.has(s.id) ? { ...s, withdrawn: true } : s));
      save();
    },
    unsaved() {
      if (unsaved) save();
      if (!unsaved) return null;
      const when = unsaved.diskFull ? 'there is space' : 'the file can be written';
      return `${unsaved.message} The review queue is kept in Standpoint and will be saved as soon as ${when}; do not close Standpoint until it is.`;
    },
    close() {
      if (unsaved) save();
      clearInterval(retryTimer);
      retryTimer = undefined;
    },
  };
}
