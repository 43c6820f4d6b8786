/**
 * Undo/redo for the analyst layer, kept for the session. Each entry holds the whole data before and
 * after an action: actions are immutable updates that share unchanged items, so a snapshot costs one
 * array of references per collection, and undo is exact whatever the action was.
 */
import type { AnalystData } from '../model/analyst';

export interface HistoryEntry {
  label: string;
  before: AnalystData;
  after: AnalystData;
}

export interface History {
  done: HistoryEntry[];
  undone: HistoryEntry[];
  limit: number;
}

export const DEFAULT_HISTORY_LIMIT = 200;

export function emptyHistory(limit = DEFAULT_HISTORY_LIMIT): History {
  return { done: [], undone: [], limit };
}

/** Records a new action; a new action clears the redo stack, as in every editor. */
export function record(history: History, entry: HistoryEntry): History {
  const done = [...history.done, entry];
  return {
    ...history,
    done: done.length > history.limit ? done.slice(done.length - history.limit) : done,
    undone: [],
  };
}

/** The entry to revert and the history after reverting it, or null when there is nothing to undo. */
export function undo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.done[history.done.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { ...history, done: history.done.slice(0, -1), undone: [...history.undone, entry] },
  };
}

export function redo(history: History): { entry: HistoryEntry; history: History } | null {
  const entry = history.undone[history.undone.length - 1];
  if (!entry) return null;
  return {
    entry,
    history: { ...history, done: [...history.done, entry], undone: history.undone.slice(0, -1) },
  };
}

export function historyState(history: History) {
  const lastDone = history.done[history.done.length - 1];
  const lastUndone = history.undone[history.undone.length - 1];
  return {
    canUndo: lastDone !== undefined,
    canRedo: lastUndone !== undefined,
    undoLabel: lastDone?.label ?? null,
    redoLabel: lastUndone?.label ?? null,
  };
}

/** Every state the history holds, changed alike (a rename of keys that must reach undo too). */
export function mapEntries(history: History, change: (data: AnalystData) => AnalystData): History {
  const each = (e: HistoryEntry): HistoryEntry => ({
    ...e,
    before: change(e.before),
    after: change(e.after),
  });
  return { ...history, done: history.done.map(each), undone: history.undone.map(each) };
}
