/**
 * Remembers the main window's size, position and maximised state in the data folder
 * (window-state-store.ts). Opened only once the data folder is known (after STANDPOINT_USER_DATA
 * has set userData), never at import time.
 */
import { app, screen, type BrowserWindow } from 'electron';
import { sanitizeBounds, type WindowBounds } from '../services/window-bounds';
import { openWindowStateStore, type WindowStateStore } from '../services/window-state-store';

let store: WindowStateStore | undefined;
const windowState = (log: (message: string) => void) =>
  (store ??= openWindowStateStore(app.getPath('userData'), { log }));

export function restoredBounds(log: (message: string) => void): WindowBounds {
  return sanitizeBounds(
    windowState(log).bounds(),
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

export function trackWindowState(window: BrowserWindow, log: (message: string) => void): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const maximized = window.isMaximized();
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    windowState(log).save({ ...bounds, maximized });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
