/**
 * Where the main window was, in `<data folder>/window-state.json`, with the same guards as the
 * analyst store (persist/): a broken file is moved aside (the window then opens at its default
 * size), writes are verified on disk, and a backup is kept. Losing a window position is never worth
 * stopping the app for, so a failed save is logged, not thrown.
 */
import { NotSavedError, type WriteIo } from './persist/durable-write';
import { openStoreFile, prepareStoreFile } from './persist/store-file';

export const WINDOW_STATE_NAME = 'window-state';

function parseWindowState(content: unknown): { bounds?: unknown } {
  if (typeof content !== 'object' || content === null || Array.isArray(content))
    throw new Error('the file does not hold a JSON object');
  return content as { bounds?: unknown };
}

export interface WindowStateStore {
  /** The saved bounds as stored: check them with sanitizeBounds before use. */
  bounds(): unknown;
  save(bounds: unknown): void;
}

export function openWindowStateStore(
  dir: string,
  options: { io?: WriteIo; log?: (message: string) => void; now?: Date } = {},
): WindowStateStore {
  const log = options.log ?? (() => {});
  const prepared = prepareStoreFile(
    dir,
    WINDOW_STATE_NAME,
    parseWindowState,
    options.now ?? new Date(),
    'window state',
  );
  for (const notice of prepared.notices) log(notice.message);
  const file = openStoreFile(dir, WINDOW_STATE_NAME, { io: options.io, log });
  let content: Record<string, unknown> = { ...prepared.content };
  return {
    bounds: () => content.bounds,
    save(bounds) {
      const next = { ...content, bounds };
      try {
        file.write(next);
        content = next;
      } catch (error) {
        if (!(error instanceof NotSavedError)) throw error;
        log(`The window position was not saved: ${error.message}`);
      }
    },
  };
}
