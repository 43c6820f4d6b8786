/**
 * The analyst layer in main: applies actions, keeps the session's undo history and saves every
 * change through a store file whose writes are verified on disk (persist/). A save that cannot
 * complete (a full disk) changes neither the file nor its backup: the work stays in memory, the
 * analyst is told it is not saved, and it is saved again on a timer until space returns.
 * Plain Node: Electron and browser mode run the same code, tests give it a temp folder.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { z } from 'zod';
import { resolveAnchor, type AnchorableDocument } from '../../../shared/analyst/anchor';
import { applyAction, type AnalystAction } from '../../../shared/analyst/apply';
import { diffAnalystData } from '../../../shared/analyst/change';
import { buildEffectiveMatrix } from '../../../shared/analyst/effective';
import * as history from '../../../shared/analyst/history';
import { migrateAnalystData } from '../../../shared/analyst/migrate';
import { reattachCitationKeys, renameCitationKeys } from '../../../shared/analyst/reattach';
import { isReplay } from '../../../shared/analyst/replay';
import { checkStoredOntologyEdits, describeSkippedEdit } from '../../../shared/analyst/stored-edits';
import { RequestError } from '../../../shared/ipc/contract';
import {
  preferencesSchema,
  type analystChangeSchema,
  type analystSnapshotSchema,
  type saveStatusSchema,
} from '../../../shared/ipc/schemas';
import type { AnalystData, AnchorResolution, OntologyEdit, Preferences } from '../../../shared/model/analyst';
import type { EffectiveMatrix } from '../../../shared/model/effective';
import type { StanceMatrix } from '../../../shared/model/matrix';
import { NotSavedError, writeFileDurably, type WriteIo } from '../persist/durable-write';
import { datedPath, openStoreFile, prepareStoreFile, type StoreNotice } from '../persist/store-file';
import { KEYS, parseStoreContent, STORE_NAME } from './store-content';

export type AnalystSnapshot = z.output<typeof analystSnapshotSchema>;
export type AnalystChange = z.output<typeof analystChangeSchema>;
export type SaveStatus = z.output<typeof saveStatusSchema>;

/** Where anchors are resolved; the corpus service's documents satisfy it. */
export interface DocumentSource {
  get(id: string): AnchorableDocument | undefined;
}

export interface AnalystServiceOptions {
  /** Folder of the store file (Electron: app.getPath('userData')). */
  dir: string;
  documents: DocumentSource;
  clock?: () => Date;
  newId?: () => string;
  historyLimit?: number;
  /** File name without `.json`; `analyst` by default. */
  name?: string;
  log?: (message: string) => void;
  /** Called after any change to the ontology edits (apply, undo, redo), so main can re-derive. */
  onOntologyChange?: (data: AnalystData) => void;
  /** The file-system calls of a save; tests inject short writes and full disks through it. */
  io?: WriteIo;
  /** How often unsaved work is tried again (ms); 5 s by default. */
  retryMs?: number;
}

export const DEFAULT_PREFERENCES: Preferences = { author: '', theme: 'system' };
/** Recorded when no author name has been set in preferences yet. */
export const UNNAMED_AUTHOR = 'Unnamed analyst';

const SAVED: SaveStatus = { saved: true, message: null };

export interface AnalystService {
  readonly storePath: string;
  get(): AnalystSnapshot;
  apply(action: AnalystAction): AnalystChange;
  /** With nothing to undo/redo these change nothing (a stray shortcut is no error). */
  undo(): AnalystChange;
  redo(): AnalystChange;
  /** Clears the store notices once the user has seen them; until then every reply carries them. */
  dismissNotices(): AnalystChange;
  /** Whether the work is on disk; if it is not, tries to save it first. */
  saveStatus(): { revision: number; save: SaveStatus };
  data(): AnalystData;
  /** The ontology edits the derivation may use: stored ones that fail the limits are left out. */
  ontologyEdits(): OntologyEdit[];
  /** Where each anchored item (analyst citation, range note) lies in its document's current text, by id. */
  resolutions(): Record<string, AnchorResolution>;
  effectiveMatrix(matrix: StanceMatrix): EffectiveMatrix;
  /**
   * Moves notes and rejections filed under a derived citation key that `matrix` no longer has to
   * the citation that replaced it (shared/analyst/reattach.ts), saves, and tells the analyst.
   * Returns how many moved.
   */
  reattach(matrix: StanceMatrix, previous?: StanceMatrix | null): number;
  preferences: { get(): Preferences; set(patch: Partial<Preferences>): Preferences };
  /** Stops the retry timer, after one last try to save unsaved work. */
  close(): void;
}

export function openAnalystService(options: AnalystServiceOptions): AnalystService {
  const { dir, documents } = options;
  const name = options.name ?? STORE_NAME;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const log = options.log ?? (() => {});

  // Check the file ourselves before anything reads it (see persist/store-file.ts); the checked
  // content is used as is.
  const prepared = prepareStoreFile(dir, name, parseStoreContent, clock());
  const startNotices = prepared.notices;
  const storeFile = openStoreFile(dir, name, { io: options.io, log });

  const migrated = prepared.content?.analyst ?? migrateAnalystData(undefined);
  const others = prepared.content?.others ?? {};
  let data = migrated.data;
  let notices: StoreNotice[] = prepared.content?.notices ?? [];
  let currentPreferences: Preferences = prepared.content?.preferences ?? { ...DEFAULT_PREFERENCES };
  let revision = 0;
  let past = history.emptyHistory(options.historyLimit);
  let unsaved: NotSavedError | null = null;
  let retryTimer: NodeJS.Timeout | undefined;

  const addNotice = (notice: StoreNotice) => {
    if (!notices.some((n) => n.message === notice.message)) notices = [...notices, notice];
  };

  /** Keeps a version someone else wrote while we had the file open, before we write over it. */
  const keepOutsideChange = () => {
    const bytes = storeFile.changedOutside();
    if (!bytes) return;
    const copy = datedPath(dir, name, 'changed-outside', clock());
    writeFileDurably(copy, bytes, options.io);
    const message =
      `${storeFile.path} was changed outside Standpoint while it was open. That version was kept as ${copy}; ` +
      'Standpoint then saved your work as it shows it.';
    addNotice({ kind: 'changed-outside', message, backupPath: copy });
    log(message);
  };

  const stopRetrying = () => {
    clearInterval(retryTimer);
    retryTimer = undefined;
  };

  /** Writes everything in memory; on failure keeps it there, says why, and tries again later. */
  const save = (): boolean => {
    try {
      keepOutsideChange();
      storeFile.write({
        ...others,
        [KEYS.analyst]: data,
        [KEYS.preferences]: currentPreferences,
        [KEYS.notices]: notices,
      });
    } catch (error) {
      unsaved =
        error instanceof NotSavedError
          ? error
          : new NotSavedError(`Not saved: ${(error as Error).message}`, storeFile.path, false, null, error);
      log(`${unsaved.message} (${storeFile.path}); the work is kept in memory and saving is retried.`);
      retryTimer ??= setInterval(save, options.retryMs ?? 5_000);
      retryTimer.unref?.();
      return false;
    }
    if (unsaved) log(`Saved ${storeFile.path} again: the unsaved work is now on disk.`);
    unsaved = null;
    stopRetrying();
    return true;
  };

  const status = (): SaveStatus =>
    unsaved
      ? {
          saved: false,
          message: `${unsaved.message} Your work is kept in Standpoint and will be saved as soon as ${
            unsaved.diskFull ? 'there is space' : 'the file can be written'
          }; do not close Standpoint until it is.`,
        }
      : SAVED;

  // What the start found: stored ontology edits over the limits are reported, not used.
  const checkEdits = () => checkStoredOntologyEdits(data.ontologyEdits);
  for (const skipped of checkEdits().skipped) {
    const message = describeSkippedEdit(skipped);
    log(message);
    addNotice({ kind: 'skipped-ontology-edit', message, backupPath: null });
  }
  if (migrated.migratedFrom !== undefined) {
    // Keep the file as the old version wrote it, in case the migration ever needs checking.
    const copy = datedPath(dir, name, `v${migrated.migratedFrom}`, clock());
    writeFileDurably(copy, fs.readFileSync(storeFile.path), options.io);
    startNotices.push({
      kind: 'migrated',
      message: `The analyst store was upgraded from version ${migrated.migratedFrom} to ${data.schemaVersion}; the old file was kept as ${copy}.`,
      backupPath: copy,
    });
  }
  for (const notice of startNotices) addNotice(notice);
  if (startNotices.length > 0 || migrated.migratedFrom !== undefined) save();

  const resolveItem = (anchor: { document: string } & Parameters<typeof resolveAnchor>[0]) =>
    resolveAnchor(anchor, documents.get(anchor.document));

  const resolutions = (items: Pick<AnalystData, 'citations' | 'notes'> = data) => {
    const resolved: Record<string, AnchorResolution> = {};
    for (const citation of items.citations) resolved[citation.id] = resolveItem(citation.anchor);
    for (const note of items.notes) {
      if (note.target.kind === 'range') resolved[note.id] = resolveItem(note.target.anchor);
    }
    return resolved;
  };

  const snapshot = (): AnalystSnapshot => ({
    revision,
    data,
    anchors: resolutions(),
    ...history.historyState(past),
    notices,
    save: status(),
  });

  /** The reply to a request: what changed since `before`, not the whole store. */
  const changeSince = (before: AnalystData, baseRevision: number): AnalystChange => {
    const changes = diffAnalystData(before, data);
    return {
      baseRevision,
      revision,
      changes,
      anchors: resolutions({
        citations: changes.citations?.upsert ?? [],
        notes: changes.notes?.upsert ?? [],
      }),
      ...history.historyState(past),
      notices,
      save: status(),
    };
  };

  /** Moves the state in memory, then saves; a failed save keeps it there (see save). */
  const commit = (next: AnalystData) => {
    const before = data;
    data = next;
    revision++;
    save();
    if (before.ontologyEdits !== next.ontologyEdits) options.onOntologyChange?.(next);
  };

  const preferences = {
    get: (): Preferences => ({ ...currentPreferences }),
    set(patch: Partial<Preferences>): Preferences {
      const next = preferencesSchema.safeParse({ ...currentPreferences, ...patch });
      if (!next.success) {
        const problems = next.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new RequestError(`Invalid preferences: ${problems}`, ['patch']);
      }
      currentPreferences = next.data;
      save();
      return preferences.get();
    },
  };

  return {
    storePath: storeFile.path,
    get: snapshot,
    apply(action) {
      const before = data;
      const base = revision;
      if (isReplay(data, action)) return changeSince(before, base);
      const author = preferences.get().author.trim() || UNNAMED_AUTHOR;
      const applied = applyAction(data, action, {
        author,
        now: clock().toISOString(),
        newId,
        getDocument: (id) => documents.get(id),
      });
      past = history.record(past, { label: applied.label, before, after: applied.data });
      commit(applied.data);
      return changeSince(before, base);
    },
    undo() {
      const before = data;
      const base = revision;
      const step = history.undo(past);
      if (step) {
        past = step.history;
        commit(step.entry.before);
      }
      return changeSince(before, base);
    },
    redo() {
      const before = data;
      const base = revision;
      const step = history.redo(past);
      if (step) {
        past = step.history;
        commit(step.entry.after);
      }
      return changeSince(before, base);
    },
    dismissNotices() {
      if (notices.length > 0) {
        notices = [];
        save();
      }
      return changeSince(data, revision);
    },
    saveStatus() {
      if (unsaved) save();
      return { revision, save: status() };
    },
    data: () => data,
    ontologyEdits: () => checkEdits().usable,
    resolutions: () => resolutions(),
    effectiveMatrix: (matrix) => buildEffectiveMatrix(matrix, data, resolutions()),
    reattach(matrix, previous = null) {
      const { data: next, moved } = reattachCitationKeys(data, matrix, previous);
      if (moved.length === 0) return 0;
      // Not an undoable step of its own: the keys are renamed in the undo history too.
      const renamed = new Map(moved.map((m) => [m.from, m.to]));
      past = history.mapEntries(past, (d) => renameCitationKeys(d, renamed));
      const count = (kind: string) => moved.filter((m) => m.kind === kind).length;
      const what = [
        [count('note'), 'note'],
        [count('rejection'), 'rejection'],
      ]
        .filter(([n]) => Number(n) > 0)
        .map(([n, word]) => `${n} ${word}${n === 1 ? '' : 's'}`)
        .join(' and ');
      const quotes = [...new Map(moved.map((m) => [m.to, m.quote])).values()];
      const examples = quotes
        .slice(0, 3)
        .map((q) => `“${q.slice(0, 80)}${q.length > 80 ? '…' : ''}”`)
        .join('; ');
      const message =
        `The derivation now cuts some sentences differently, so ${what} filed under a citation were ` +
        `moved to the citation that replaced it (same source, party and demand, overlapping sentence): ` +
        `${examples}${quotes.length > 3 ? '; …' : ''}. Check them in the cell detail.`;
      log(`${message} (${moved.map((m) => `${m.from} → ${m.to}`).join(', ')})`);
      addNotice({ kind: 'reattached', message, backupPath: null });
      commit(next);
      return moved.length;
    },
    preferences,
    close() {
      if (unsaved) save();
      stopRetrying();
    },
  };
}
