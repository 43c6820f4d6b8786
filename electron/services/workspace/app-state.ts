/**
 * What belongs to the app rather than to one workspace, in the app's data folder: the recent
 * workspaces (workspaces.json) and the preferences (preferences.json: your name and the theme).
 * Both go through the analyst store's own file guard (a corrupt file is moved aside, never
 * cleared, and the last good backup restored) and its atomic key-value store.
 */
import path from 'node:path';
import { z } from 'zod';
import { preferencesSchema } from '../../../shared/ipc/schemas';
import type { Preferences } from '../../../shared/model/analyst';
import { DEFAULT_PREFERENCES, prepareStoreFile, type OpenStore, type StoreNotice } from '../analyst';
import { writeRollingBackup } from '../analyst/store-file';

export const RECENT_LIMIT = 10;

const recentSchema = z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() }));
const stateSchema = z.object({
  recent: recentSchema.default([]),
  /** Set once the data folder of a version before workspaces has been copied into one. */
  migratedTo: z.string().nullable().default(null),
});
export type RecentWorkspace = z.infer<typeof recentSchema>[number];

function describe(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

export interface AppState {
  recent(): RecentWorkspace[];
  migratedTo(): string | null;
  opened(location: { root: string; name: string }, when?: Date): void;
  forget(root: string): void;
  setMigratedTo(root: string): void;
  preferences(): Preferences;
  setPreferences(patch: Partial<Preferences>): Preferences;
  /** Problems with the app's own files the analyst must be told about (moved aside, restored). */
  readonly notices: StoreNotice[];
}

export function openAppState(
  appDataDir: string,
  openStore: OpenStore,
  initialPreferences?: Preferences,
): AppState {
  const notices: StoreNotice[] = [];
  const parseState = (content: unknown) => {
    const parsed = stateSchema.safeParse(content);
    if (!parsed.success) throw new Error(describe(parsed.error));
    return parsed.data;
  };
  const parsePreferences = (content: unknown) => {
    const parsed = preferencesSchema.safeParse((content as { preferences?: unknown } | null)?.preferences);
    if (!parsed.success) throw new Error(describe(parsed.error));
    return parsed.data;
  };
  const preparedState = prepareStoreFile(appDataDir, 'workspaces', parseState, new Date());
  const preparedPrefs = prepareStoreFile(appDataDir, 'preferences', parsePreferences, new Date());
  notices.push(...preparedState.notices, ...preparedPrefs.notices);
  const stateStore = openStore(appDataDir, 'workspaces');
  const prefsStore = openStore(appDataDir, 'preferences');
  let state = preparedState.content ?? { recent: [], migratedTo: null };
  let prefs: Preferences = preparedPrefs.content ?? initialPreferences ?? { ...DEFAULT_PREFERENCES };
  if (!preparedPrefs.content && initialPreferences) prefsStore.set('preferences', prefs);

  const save = () => {
    stateStore.set('recent', state.recent);
    stateStore.set('migratedTo', state.migratedTo);
    writeRollingBackup(appDataDir, 'workspaces');
  };
  return {
    notices,
    recent: () => state.recent.map((r) => ({ ...r })),
    migratedTo: () => state.migratedTo,
    opened(location, when = new Date()) {
      const root = path.resolve(location.root);
      const entry = { path: root, name: location.name, openedAt: when.toISOString() };
      state = {
        ...state,
        recent: [entry, ...state.recent.filter((r) => r.path !== root)].slice(0, RECENT_LIMIT),
      };
      save();
    },
    forget(root) {
      state = { ...state, recent: state.recent.filter((r) => r.path !== path.resolve(root)) };
      save();
    },
    setMigratedTo(root) {
      state = { ...state, migratedTo: root };
      save();
    },
    preferences: () => ({ ...prefs }),
    setPreferences(patch) {
      const next = preferencesSchema.parse({ ...prefs, ...patch });
      prefsStore.set('preferences', next);
      writeRollingBackup(appDataDir, 'preferences');
      prefs = next;
      return { ...prefs };
    },
  };
}
