/**
 * The analyst layer in main: applies actions, keeps the session's undo history, persists every
 * change atomically through a KeyValueStore and keeps a rolling backup of the last good file.
 * Plain Node: Electron and browser mode give it different stores, tests give it a temp folder.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { z } from 'zod';
import { resolveAnchor, type AnchorableDocument } from '../../../shared/analyst/anchor';
import { applyAction, type AnalystAction } from '../../../shared/analyst/apply';
import { buildEffectiveMatrix } from '../../../shared/analyst/effective';
import * as history from '../../../shared/analyst/history';
import { migrateAnalystData } from '../../../shared/analyst/migrate';
import { RequestError } from '../../../shared/ipc/contract';
import { preferencesSchema, type analystSnapshotSchema } from '../../../shared/ipc/schemas';
import type { AnalystData, AnchorResolution, Preferences } from '../../../shared/model/analyst';
import type { EffectiveMatrix } from '../../../shared/model/effective';
import type { StanceMatrix } from '../../../shared/model/matrix';
import type { OpenStore } from './key-value-store';
import { KEYS, parseStoreContent, STORE_NAME } from './store-content';
import { datedPath, prepareStoreFile, writeRollingBackup, type StoreNotice } from './store-file';

export type AnalystSnapshot = z.output<typeof analystSnapshotSchema>;

/** Where anchors are resolved; the corpus service's documents satisfy it. */
export interface DocumentSource {
  get(id: string): AnchorableDocument | undefined;
}

export interface AnalystServiceOptions {
  /** Folder of the store file (Electron: app.getPath('userData')). */
  dir: string;
  openStore: OpenStore;
  documents: DocumentSource;
  clock?: () => Date;
  newId?: () => string;
  historyLimit?: number;
  /** File name without `.json`; `analyst` by default. */
  name?: string;
  log?: (message: string) => void;
  /** Called after any change to the ontology edits (apply, undo, redo), so main can re-derive. */
  onOntologyChange?: (data: AnalystData) => void;
}

export const DEFAULT_PREFERENCES: Preferences = { author: '', theme: 'system' };
/** Recorded when no author name has been set in preferences yet. */
export const UNNAMED_AUTHOR = 'Unnamed analyst';

export interface AnalystService {
  readonly storePath: string;
  get(): AnalystSnapshot;
  apply(action: AnalystAction): AnalystSnapshot;
  /** With nothing to undo/redo these return the snapshot unchanged (a stray shortcut is no error). */
  undo(): AnalystSnapshot;
  redo(): AnalystSnapshot;
  /** Clears the store notices once the user has seen them; until then every snapshot carries them. */
  dismissNotices(): AnalystSnapshot;
  data(): AnalystData;
  /** Where each anchored item (analyst citation, range note) lies in its document's current text, by id. */
  resolutions(): Record<string, AnchorResolution>;
  effectiveMatrix(matrix: StanceMatrix): EffectiveMatrix;
  preferences: { get(): Preferences; set(patch: Partial<Preferences>): Preferences };
}

export function openAnalystService(options: AnalystServiceOptions): AnalystService {
  const { dir, documents } = options;
  const name = options.name ?? STORE_NAME;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const log = options.log ?? (() => {});

  // Check the file ourselves before the store library touches it (see store-file.ts); the checked
  // content is used as is, rather than read back through the store.
  const prepared = prepareStoreFile(dir, name, parseStoreContent, clock());
  const startNotices = prepared.notices;
  const store = options.openStore(dir, name);

  // What the file held after our last read or write: anything else was written by someone else
  // (a hand edit, a sync tool) while we had it open, and is kept before we write over it.
  const fileBytes = () => (fs.existsSync(store.path) ? fs.readFileSync(store.path) : null);
  let lastKnown = fileBytes();
  let changedOutside: StoreNotice | null = null;
  const keepOutsideChange = () => {
    const current = fileBytes();
    if (!current || !lastKnown || current.equals(lastKnown)) return;
    const copy = datedPath(dir, name, 'changed-outside', clock());
    fs.writeFileSync(copy, current);
    changedOutside = {
      kind: 'changed-outside',
      message:
        `${store.path} was changed outside Standpoint while it was open. That version was kept as ${copy}; ` +
        'Standpoint then saved your work as it shows it.',
      backupPath: copy,
    };
    log(changedOutside.message);
  };

  const persist = (key: string, value: unknown) => {
    keepOutsideChange();
    store.set(key, value);
    if (changedOutside && key !== KEYS.notices) {
      notices = [...notices, changedOutside];
      store.set(KEYS.notices, notices);
    }
    changedOutside = null;
    lastKnown = fileBytes();
    try {
      writeRollingBackup(dir, name);
    } catch (error) {
      // The change itself is safely written; a stale backup must not turn it into a failure.
      log(`Could not refresh the rolling backup of ${store.path}: ${(error as Error).message}`);
    }
  };

  const migrated = prepared.content?.analyst ?? migrateAnalystData(undefined);
  let data = migrated.data;
  let notices: StoreNotice[] = prepared.content?.notices ?? [];
  if (migrated.migratedFrom !== undefined) {
    // Keep the file as the old version wrote it, in case the migration ever needs checking.
    const copy = datedPath(dir, name, `v${migrated.migratedFrom}`, clock());
    fs.copyFileSync(store.path, copy);
    persist(KEYS.analyst, data);
    startNotices.push({
      kind: 'migrated',
      message: `The analyst store was upgraded from version ${migrated.migratedFrom} to ${data.schemaVersion}; the old file was kept as ${copy}.`,
      backupPath: copy,
    });
  }
  if (startNotices.length > 0) {
    notices = [...notices, ...startNotices];
    persist(KEYS.notices, notices);
  }
  let past = history.emptyHistory(options.historyLimit);

  // Held in memory: we are the file's only writer, and conf re-reads the whole file on every get.
  let currentPreferences: Preferences = prepared.content?.preferences ?? { ...DEFAULT_PREFERENCES };
  const preferences = {
    get: (): Preferences => ({ ...currentPreferences }),
    set(patch: Partial<Preferences>): Preferences {
      const next = preferencesSchema.safeParse({ ...currentPreferences, ...patch });
      if (!next.success) {
        const problems = next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new RequestError(`Invalid preferences: ${problems}`, ['patch']);
      }
      persist(KEYS.preferences, next.data);
      currentPreferences = next.data;
      return preferences.get();
    },
  };

  const resolutions = (): Record<string, AnchorResolution> => {
    const resolved: Record<string, AnchorResolution> = {};
    for (const citation of data.citations)
      resolved[citation.id] = resolveAnchor(citation.anchor, documents.get(citation.anchor.document));
    for (const note of data.notes) {
      if (note.target.kind === 'range')
        resolved[note.id] = resolveAnchor(note.target.anchor, documents.get(note.target.anchor.document));
    }
    return resolved;
  };

  const snapshot = (): AnalystSnapshot => ({
    data,
    anchors: resolutions(),
    ...history.historyState(past),
    notices,
  });

  /** Writes first and only then moves the in-memory state, so a failed write changes nothing. */
  const commit = (next: AnalystData) => {
    const before = data;
    persist(KEYS.analyst, next);
    data = next;
    if (before.ontologyEdits !== next.ontologyEdits) options.onOntologyChange?.(next);
  };

  return {
    storePath: store.path,
    get: snapshot,
    apply(action) {
      const author = preferences.get().author.trim() || UNNAMED_AUTHOR;
      const applied = applyAction(data, action, {
        author,
        now: clock().toISOString(),
        newId,
        getDocument: (id) => documents.get(id),
      });
      const before = data;
      commit(applied.data);
      past = history.record(past, { label: applied.label, before, after: applied.data });
      return snapshot();
    },
    undo() {
      const step = history.undo(past);
      if (!step) return snapshot();
      commit(step.entry.before);
      past = step.history;
      return snapshot();
    },
    redo() {
      const step = history.redo(past);
      if (!step) return snapshot();
      commit(step.entry.after);
      past = step.history;
      return snapshot();
    },
    dismissNotices() {
      if (notices.length > 0) {
        persist(KEYS.notices, []);
        notices = [];
      }
      return snapshot();
    },
    data: () => data,
    resolutions,
    effectiveMatrix: (matrix) => buildEffectiveMatrix(matrix, data, resolutions()),
    preferences,
  };
}
