/**
 * Electron entry: hardens the session, serves the renderer from app://, wires the main-process
 * services to ipcMain and opens the window. Everything with logic lives in ../services.
 */
import { app, BrowserWindow, dialog } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/compose';
import { registerIpcHandlers } from './ipc-main';
import { electronDialogs } from './dialogs';
import { installAppMenu } from './menu';
import { createElectronPdfRenderer } from './pdf-electron';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { applySecurityPolicies, CONTENT_SECURITY_POLICY } from './security';
import { restoredBounds, trackWindowState } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const log = (message: string) => console.error(`[standpoint] ${message}`);

// Tests and portable installs may put the user data elsewhere; must happen before 'ready'.
if (process.env.STANDPOINT_USER_DATA) app.setPath('userData', process.env.STANDPOINT_USER_DATA);
registerAppScheme();

let mainWindow: BrowserWindow | null = null;
let composed: Awaited<ReturnType<typeof createAppServices>> | null = null;

/** The menu lists the recent workspaces, so it is rebuilt when they change. */
function refreshMenu(): void {
  installAppMenu(() => mainWindow, {
    recent: composed?.appState.recent() ?? [],
    openRecent: (root) =>
      void composed
        ?.openWorkspace(root)
        .catch((error: Error) => dialog.showErrorBox('The workspace could not be opened', error.message)),
  });
}

/** The corpus shipped with the app (and its ontology, used for folders that bring none). */
function bundledCorpusDir(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'corpus') : path.join(app.getAppPath(), 'corpus');
}

function createWindow(): BrowserWindow {
  const bounds = restoredBounds(log);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Standpoint',
    backgroundColor: '#f7f7f5',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  if (bounds.maximized) window.maximize();
  trackWindowState(window, log);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  await app.whenReady();
  applySecurityPolicies();
  serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'), CONTENT_SECURITY_POLICY);
  try {
    const services = await createAppServices({
      transport: 'electron',
      version: app.getVersion(),
      // The shipped corpus is the example workspace; a folder given by STANDPOINT_CORPUS opens read-only.
      corpusDir: process.env.STANDPOINT_CORPUS,
      workspaceDir: process.env.STANDPOINT_WORKSPACE,
      defaultOntologyPath: path.join(bundledCorpusDir(), 'ontology.json'),
      nativeDialogs: electronDialogs(() => mainWindow),
      onWorkspaceChanged: (root) => {
        mainWindow?.webContents.send('workspace:changed', { root });
        refreshMenu();
      },
      onRecentChanged: () => refreshMenu(),
      // Unpacked from the asar (electron-builder.yml), .mjs so it is ESM wherever it lands.
      deriveWorkerFile: path
        .join(here, 'derive-worker.mjs')
        .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`),
      dataDir: app.getPath('userData'),
      pdfRenderer: createElectronPdfRenderer(BrowserWindow),
      log,
    });
    composed = services;
    registerIpcHandlers(services.services, log);
    guardUnsavedWorkOnQuit(services.unsavedWork);
    app.once('will-quit', () => void services.dispose());
  } catch (error) {
    dialog.showErrorBox('Standpoint could not start', (error as Error).message);
    app.exit(1);
    return;
  }
  refreshMenu();
  mainWindow = createWindow();
  mainWindow.on('closed', () => (mainWindow = null));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

/**
 * Quitting while the analyst's work is not on disk (a full disk) would lose it: ask first. The
 * check tries to save, so once space is free the quit simply goes ahead.
 */
function guardUnsavedWorkOnQuit(unsavedWork: () => string | null): void {
  app.on('before-quit', (event) => {
    const message = unsavedWork();
    if (!message) return;
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Your work is not saved',
      message: 'Some of your work is not saved yet.',
      detail: `${message}\n\nFree some space and keep Standpoint open: it saves your work by itself as soon as it can.`,
      buttons: ['Keep Standpoint open', 'Quit and lose the unsaved work'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 0) event.preventDefault();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// One app per user: a second launch brings the open window forward instead of a second writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void start();
}
