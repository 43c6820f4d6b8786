/** Remembers the main window's size, position and maximised state through electron-store. */
import { screen, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { sanitizeBounds, type WindowBounds } from '../services/window-bounds';

const store = new Store<{ bounds?: WindowBounds }>({ name: 'window-state', clearInvalidConfig: false });

export function restoredBounds(): WindowBounds {
  return sanitizeBounds(
    store.get('bounds'),
    screen.getAllDisplays().map((d) => d.workArea),
  );
}

export function trackWindowState(window: BrowserWindow): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const maximized = window.isMaximized();
    const bounds = maximized ? window.getNormalBounds() : window.getBounds();
    store.set('bounds', { ...bounds, maximized });
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
