/**
 * What belongs to the app rather than to one workspace, in the app's data folder: the recent
 * workspaces (workspaces.json) and the preferences (preferences.json: your name and the theme).
 * Both are store files with the analyst store's guards (persist/): a broken file is moved aside,
 * never cleared, and the last good backup restored; every write is verified on disk before it
 * counts, and the rolling backup is refreshed only from a verified file.
 */
import path from 'node:path';
import { z } from 'zod';
import { RequestError } from '../../../shared/ipc/contract';
import { preferencesSchema } from '../../../shared/ipc/schemas';
import type { Preferences } from '../../../shared/model/analyst';
import { DEFAULT_PREFERENCES } from '../analyst';
import { NotSavedError, type WriteIo } from '../persist/durable-write';
import { openStoreFile, prepareStoreFile, type StoreNotice } from '../persist/store-file';

export const RECENT_LIMIT = 10;

const recentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));
const stateSchema = z.object({
  recent: recentSchema.default([]),
  /** Set once the data folder of a version before workspaces has been copied into one. */
  migratedTo: z.string().nullable().default(null),
});
const preferencesFileSchema = z.object({ preferences: preferencesSchema });
export type RecentWorkspace = z.infer<typeof recentSchema>[number];

const describe = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

const parseWith =
  <T>(schema: z.ZodType<T>) =>
  (content: unknown): T => {
    const parsed = schema.safeParse(content);
    if (!parsed.success) throw new Error(describe(parsed.error));
    return parsed.data;
  };

export interface AppState {
  recent(): RecentWorkspace[];
  migratedTo(): string | null;
  opened(location: { root: string; name: string }, when?: Date): void;
  forget(root: string): void;
  setMigratedTo(root: string): void;
  preferences(): Preferences;
  /** Checks and saves; throws a RequestError naming the problem (bad value, not saved) and changes nothing. */
  setPreferences(patch: Partial<Preferences>): Preferences;
  /** Problems with the app's own files the analyst must be told about (moved aside, restored). */
  readonly notices: StoreNotice[];
}

export interface AppStateOptions {
  /** The preferences to start with when preferences.json does not exist yet (from an older data folder). */
  initialPreferences?: Preferences;
  log?: (message: string) => void;
  /** The file-system calls of a save; tests inject a full disk through it. */
  io?: WriteIo;
  now?: Date;
}

export function openAppState(appDataDir: string, options: AppStateOptions = {}): AppState {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const preparedState = prepareStoreFile(
    appDataDir,
    'workspaces',
    parseWith(stateSchema),
    now,
    'recent list',
  );
  const preparedPrefs = prepareStoreFile(
    appDataDir,
    'preferences',
    parseWith(preferencesFileSchema),
    now,
    'preferences file',
  );
  const notices = [...preparedState.notices, ...preparedPrefs.notices];
  const stateFile = openStoreFile(appDataDir, 'workspaces', { io: options.io, log });
  const prefsFile = openStoreFile(appDataDir, 'preferences', { io: options.io, log });
  let state = preparedState.content ?? { recent: [], migratedTo: null };
  let prefs: Preferences = preparedPrefs.content?.preferences ??
    options.initialPreferences ?? { ...DEFAULT_PREFERENCES };

  /**
   * The recent list is a convenience: a save a full disk refused is logged and kept in memory (and
   * written with the next change), never a reason to refuse opening a workspace.
   */
  const saveState = (next: typeof state) => {
    state = next;
    try {
      stateFile.write({ ...state });
    } catch (error) {
      if (!(error instanceof NotSavedError)) throw error;
      log(`The list of recent workspaces was not saved: ${error.message}`);
    }
  };
  if (!preparedPrefs.content && options.initialPreferences) {
    try {
      prefsFile.write({ preferences: prefs });
    } catch (error) {
      if (!(error instanceof NotSavedError)) throw error;
      log(`The preferences were not saved: ${error.message}`);
    }
  }

  return {
    notices,
    recent: () => state.recent.map((r) => ({ ...r })),
    migratedTo: () => state.migratedTo,
    opened(location, when = new Date()) {
      const root = path.resolve(location.root);
      const entry = { path: root, name: location.name, openedAt: when.toISOString() };
      saveState({
        ...state,
        recent: [entry, ...state.recent.filter((r) => r.path !== root)].slice(0, RECENT_LIMIT),
      });
    },
    forget(root) {
      saveState({ ...state, recent: state.recent.filter((r) => r.path !== path.resolve(root)) });
    },
    setMigratedTo(root) {
      saveState({ ...state, migratedTo: root });
    },
    preferences: () => ({ ...prefs }),
    setPreferences(patch) {
      const next = preferencesSchema.safeParse({ ...prefs, ...patch });
      if (!next.success) throw new RequestError(`Invalid preferences: ${describe(next.error)}`, ['patch']);
      try {
        prefsFile.write({ preferences: next.data });
      } catch (error) {
        if (error instanceof NotSavedError) throw new RequestError(error.message, ['patch']);
        throw error;
      }
      prefs = next.data;
      return { ...prefs };
    },
  };
}
