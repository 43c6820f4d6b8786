/**
 * The review queue of one workspace, kept in review.json beside the analyst store: suggestions a
 * new or edited document made about cells the analyst has touched. The decisions themselves are
 * analyst actions (in analyst.json, with undo); this file holds what was suggested. It goes through
 * the analyst store's file guard and atomic writes, with a rolling backup.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { suggestionSchema } from '../../../shared/ipc/schemas';
import type { Suggestion } from '../../../shared/model/review';
import type { NewSuggestion } from '../../../shared/review/review';
import { prepareStoreFile, type OpenStore, type StoreNotice } from '../analyst';
import { writeRollingBackup } from '../analyst/store-file';

const NAME = 'review';
const fileSchema = z.object({ suggestions: z.array(suggestionSchema).default([]) });

export interface ReviewService {
  suggestions(): Suggestion[];
  get(id: string): Suggestion | undefined;
  record(fresh: NewSuggestion[]): Suggestion[];
  withdraw(ids: string[]): void;
  notices: StoreNotice[];
}

export function openReviewService(options: {
  dir: string;
  openStore: OpenStore;
  clock?: () => Date;
  newId?: () => string;
}): ReviewService {
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const prepared = prepareStoreFile(
    options.dir,
    NAME,
    (content) => {
      const parsed = fileSchema.safeParse(content);
      if (!parsed.success)
        throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      return parsed.data;
    },
    clock(),
  );
  let suggestions: Suggestion[] = prepared.content?.suggestions ?? [];
  let store: ReturnType<OpenStore> | null = null;
  const save = () => {
    store ??= options.openStore(options.dir, NAME);
    store.set('suggestions', suggestions);
    writeRollingBackup(options.dir, NAME);
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
  };
}
