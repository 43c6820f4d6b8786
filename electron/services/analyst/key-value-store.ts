/**
 * The little the analyst service needs from a persistent store. In Electron the lead backs it with
 * electron-store; in browser mode and tests with conf, the library electron-store wraps (same file
 * format, same atomic writes), because electron-store itself imports `electron` and cannot load in Node.
 */
import Conf from 'conf';

export interface KeyValueStore {
  /** Absolute path of the JSON file the store writes. */
  readonly path: string;
  get(key: string): unknown;
  /** Writes the whole file atomically (write to a temporary file, then rename). */
  set(key: string, value: unknown): void;
}

/** Opens (creating if needed) `<dir>/<name>.json`. Call only after prepareStoreFile has checked it. */
export type OpenStore = (dir: string, name: string) => KeyValueStore;

/**
 * Options shared by both implementations. `clearInvalidConfig: false` so a broken file makes the
 * store throw instead of being replaced by an empty one; no conf schema, defaults or migrations —
 * the analyst data is validated and migrated by our own tested code before the store is opened.
 */
export const STORE_OPTIONS = {
  clearInvalidConfig: false,
  // Keys are plain names; dot paths would make an id containing "." reach into nested objects.
  accessPropertiesByDotNotation: false,
  watch: false,
} as const;

export const createConfStore: OpenStore = (dir, name) => {
  const conf = new Conf<Record<string, unknown>>({ cwd: dir, configName: name, ...STORE_OPTIONS });
  return {
    path: conf.path,
    get: (key) => conf.get(key),
    set: (key, value) => conf.set(key, value),
  };
};
