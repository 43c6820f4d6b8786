/**
 * Builds the services behind the contract. App-level state (preferences, recent workspaces) lives
 * in the data folder; everything else belongs to the open workspace (workspace/session.ts), and
 * File › New / Open workspace switches to another one. Electron main and browser mode call this
 * with their own store, PDF renderer and (Electron) system dialogs; everything else is shared.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RequestError } from '../../shared/ipc/contract';
import type { AppServices } from './app-services';
import { acquireDataDirLock } from './data-dir-lock';
import type { WriteIo } from './persist/durable-write';
import { removeLeftoverTempFiles } from './persist/leftovers';
import type { PdfRenderer } from './export';
import { openAppState, type AppState } from './workspace/app-state';
import { copyWorkspace, createWorkspace } from './workspace/create-workspace';
import { listFolder } from './workspace/folder-list';
import {
  exampleWorkspace,
  folderWorkspace,
  readWorkspace,
  WorkspaceError,
  type WorkspaceLocation,
} from './workspace/layout';
import {
  hasPreWorkspaceData,
  migrateDataFolder,
  preWorkspacePreferences,
} from './workspace/migrate-data-folder';
import { listDocuments } from './workspace/documents-list';
import { notSavedAsRequestError, openSession, readOnlyError, type Session } from './workspace/session';

/** Electron's system dialogs (main/dialogs.ts); absent in browser mode, where the app has its own. */
export interface NativeDialogs {
  chooseFolder(purpose: 'open' | 'create' | 'copy'): Promise<string | null>;
  chooseFiles(): Promise<string[]>;
}

export interface ComposeOptions {
  transport: 'electron' | 'web';
  version: string;
  /** The app's data folder: preferences, recent workspaces, the example's notes. */
  dataDir: string;
  /** The ontology Standpoint ships; its folder is the example workspace. */
  defaultOntologyPath: string;
  /** Open this workspace (created from the Russia–West template if the folder is new or empty). */
  workspaceDir?: string;
  /** Open a plain folder of articles read-only, the analyst's work in dataDir (as before workspaces). */
  corpusDir?: string;
  /** Where the corpus of a data folder from before workspaces was (STANDPOINT_CORPUS then). */
  legacyCorpusDir?: string;
  deriveWorkerFile?: string;
  /** Derive and extract on worker threads (default true); in-process in some tests. */
  useWorker?: boolean;
  pdfRenderer: PdfRenderer;
  nativeDialogs?: NativeDialogs;
  /** Main told the renderer to reload after it switched workspace itself (Electron's Open Recent). */
  onWorkspaceChanged?: (root: string) => void;
  /** The recent list changed (Electron rebuilds its Open Recent menu). */
  onRecentChanged?: () => void;
  /** The file-system calls of every save; tests inject a full disk through it. */
  io?: WriteIo;
  log: (message: string) => void;
}

export interface ComposedApp {
  services: AppServices;
  /** Opens another workspace (Electron's Open Recent menu). */
  openWorkspace(root: string): Promise<void>;
  appState: AppState;
  /** The open workspace's services (tests and benchmarks look inside). */
  session(): Session;
  /** Why the open workspace's work is not all on disk (a full disk), or null when it is; tries to save first. */
  unsavedWork(): string | null;
  /** Tries once more to save unsaved work, then lets go of the workspace and the data folder. */
  dispose(): Promise<void>;
}

const isEmptyOrMissing = (dir: string) =>
  !existsSync(dir) || readdirSync(dir).filter((e) => !e.startsWith('.')).length === 0;

function startingWorkspace(
  options: ComposeOptions,
  app: AppState,
  shipped: string,
): { location: WorkspaceLocation; notice?: string } {
  if (options.workspaceDir) {
    const dir = path.resolve(options.workspaceDir);
    if (isEmptyOrMissing(dir))
      return {
        location: createWorkspace(dir, {
          name: path.basename(dir),
          template: 'russia-west',
          shippedOntologyPath: options.defaultOntologyPath,
        }),
      };
    return { location: readWorkspace(dir) };
  }
  if (options.corpusDir)
    return {
      location: folderWorkspace(
        path.resolve(options.corpusDir),
        options.dataDir,
        options.defaultOntologyPath,
      ),
    };
  if (app.migratedTo() === null && hasPreWorkspaceData(options.dataDir)) {
    const { workspace, message } = migrateDataFolder({
      dataDir: options.dataDir,
      corpusDir: options.legacyCorpusDir ?? shipped,
      defaultOntologyPath: options.defaultOntologyPath,
    });
    app.setMigratedTo(workspace.root);
    options.log(message);
    return { location: workspace, notice: message };
  }
  for (const recent of app.recent()) {
    try {
      return {
        location:
          recent.path === shipped ? exampleWorkspace(shipped, options.dataDir) : readWorkspace(recent.path),
      };
    } catch (error) {
      options.log(
        `the recent workspace ${recent.path} cannot be opened (${(error as Error).message}); skipped`,
      );
    }
  }
  return { location: exampleWorkspace(shipped, options.dataDir) };
}

async function composeApp(options: ComposeOptions): Promise<ComposedApp> {
  const { log } = options;
  const shipped = path.dirname(path.resolve(options.defaultOntologyPath));
  const app = openAppState(options.dataDir, {
    initialPreferences: preWorkspacePreferences(options.dataDir),
    io: options.io,
    log,
  });
  const start = startingWorkspace(options, app, shipped);
  const notices = [...app.notices];
  if (start.notice) notices.push({ kind: 'migrated', message: start.notice, backupPath: null });

  const open = (location: WorkspaceLocation) =>
    openSession({
      location,
      shippedOntologyPath: options.defaultOntologyPath,
      pdfRenderer: options.pdfRenderer,
      deriveWorkerFile: options.deriveWorkerFile,
      useWorker: options.useWorker ?? true,
      preferences: app.preferences(),
      lockHeld: path.resolve(location.dataDir) === path.resolve(options.dataDir),
      io: options.io,
      log,
    });
  let session: Session = open(start.location);
  notices.push(...session.notices);
  if (start.location.kind !== 'folder') app.opened(start.location);

  /** Opens `location` instead of the current workspace; the current one stays open if it fails. */
  const switchTo = async (location: WorkspaceLocation): Promise<void> => {
    if (
      path.resolve(location.root) === path.resolve(session.location.root) &&
      location.kind === session.location.kind
    )
      return;
    const previous = session;
    // Closing a workspace whose work a full disk kept in memory would lose it: stay until it is saved.
    const unsaved = previous.unsavedWork();
    if (unsaved)
      throw new RequestError(
        `${unsaved} Free some space (the work is then saved by itself), then open the other workspace.`,
      );
    await previous.dispose();
    try {
      session = open(location);
    } catch (error) {
      session = open(previous.location);
      throw error instanceof WorkspaceError ? new RequestError(error.message, ['path']) : error;
    }
    notices.push(...session.notices);
    app.opened(location);
    options.onRecentChanged?.();
  };
  const asRequestError = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      if (error instanceof WorkspaceError) throw new RequestError(error.message, ['path']);
      throw error;
    }
  };
  const workspaceInfo = async () => ({
    name: session.location.name,
    root: session.location.root,
    kind: session.location.kind,
    readOnly: session.location.readOnly,
    documents: (await session.matrixService.documents()).length,
    recent: app.recent(),
    nativeDialogs: !!options.nativeDialogs,
  });
  // The app's own notices (a migration, a broken recent list) travel with the analyst's until dismissed.
  const withNotices = <T extends { notices: unknown[] }>(reply: T): T =>
    notices.length ? { ...reply, notices: [...(notices as T['notices']), ...reply.notices] } : reply;
  const imports = () => {
    if (!session.imports) throw readOnlyError(session.location);
    return session.imports;
  };

  const services: AppServices = {
    'app:info': () => ({
      name: 'Standpoint',
      version: options.version,
      transport: options.transport,
      dataDir: session.location.dataDir,
      corpusDir: session.location.corpusDir,
    }),
    'matrix:get': () => session.currentMatrix(),
    'matrix:progress': () => session.matrixService.progress(),
    'document:get': ({ id }) => session.matrixService.getDocument(id),
    'corpus:search': async ({ query, limit }) => ({ hits: (await session.search()).search(query, limit) }),
    'analyst:get': async () => withNotices(await session.snapshot()),
    // Changes reply with what changed (shared/analyst/change.ts), not the whole store.
    'analyst:apply': async ({ action }) => withNotices(await session.apply(action)),
    'analyst:undo': () => withNotices(session.analyst.undo()),
    'analyst:redo': () => withNotices(session.analyst.redo()),
    'analyst:dismiss-notices': () => {
      notices.length = 0;
      return session.dismissNotices();
    },
    'analyst:save-status': () => session.analyst.saveStatus(),
    'preferences:get': () => app.preferences(),
    'preferences:set': ({ patch }) => {
      // The app's file first: if it cannot be written, nothing changed anywhere.
      const next = app.setPreferences(patch);
      session.analyst.preferences.set(next);
      return next;
    },
    'export:build': ({ format, options: exportOptions }) =>
      session.exportService.build(format, exportOptions),
    'print:html': ({ options: exportOptions }) => session.exportService.printHtml(exportOptions),
    'snapshots:list': () => session.exportService.snapshots(),
    'vocabulary:get': (args) => session.vocabulary.requests['vocabulary:get'](args),
    'vocabulary:suggest': (args) => session.vocabulary.requests['vocabulary:suggest'](args),
    'workspace:get': () => workspaceInfo(),
    'workspace:create': async ({ path: dir, name, template }) => {
      const location = asRequestError(() =>
        createWorkspace(dir, { name, template, shippedOntologyPath: options.defaultOntologyPath }),
      );
      await switchTo(location);
      return workspaceInfo();
    },
    'workspace:open': async ({ path: dir, example }) => {
      if (!dir && !example) throw new RequestError('Give the workspace folder to open.', ['path']);
      const location =
        example || path.resolve(dir!) === shipped
          ? exampleWorkspace(shipped, options.dataDir)
          : asRequestError(() => readWorkspace(dir!));
      await switchTo(location);
      return workspaceInfo();
    },
    'workspace:copy': async ({ path: dir, name }) => {
      const location = asRequestError(() => copyWorkspace(session.location, dir, { name }));
      await switchTo(location);
      return workspaceInfo();
    },
    'workspace:choose-folder': async ({ purpose }) => {
      if (!options.nativeDialogs)
        throw new RequestError('Browser mode has no system folder dialog: choose the folder in the app.');
      return { path: await options.nativeDialogs.chooseFolder(purpose) };
    },
    'folder:list': ({ path: dir }) => {
      if (options.transport === 'electron')
        throw new RequestError('Folders are chosen in the system dialog under Electron.');
      return listFolder(dir);
    },
    'import:choose-files': async () => {
      if (!options.nativeDialogs)
        throw new RequestError('Browser mode chooses files in the browser’s own file dialog.');
      const service = imports();
      const chosen = await options.nativeDialogs.chooseFiles();
      return { files: chosen.map((file) => service.stagePath(file)) };
    },
    'import:upload': ({ stagedId, name, base64, last }) =>
      imports().stageChunk({ stagedId, name, bytes: new Uint8Array(Buffer.from(base64, 'base64')), last }),
    'import:prepare': ({ stagedId }) => imports().prepare(stagedId),
    'import:add': async ({ items }) => {
      const outcome = await notSavedAsRequestError(() => imports().add(items));
      const suggestions = outcome.documents.length
        ? await session.documentsChanged({ added: outcome.documents })
        : 0;
      return { added: outcome.added, refused: outcome.refused, suggestions };
    },
    'import:discard': ({ stagedIds }) => {
      session.imports?.discard(stagedIds);
      return {};
    },
    'documents:list': async () => listDocuments(session, await session.currentMatrix()),
    'document:update': async ({ id, meta }) => ({ suggestions: await session.updateDocument(id, meta) }),
    'document:remove': ({ id }) => session.removeDocument(id),
  };
  return {
    services,
    appState: app,
    session: () => session,
    unsavedWork: () => session.unsavedWork(),
    async openWorkspace(root) {
      await switchTo(
        path.resolve(root) === shipped ? exampleWorkspace(shipped, options.dataDir) : readWorkspace(root),
      );
      options.onWorkspaceChanged?.(root);
    },
    dispose: () => session.dispose(),
  };
}

/** The services, holding the data folder for this process until they are disposed. */
export async function createAppServices(options: ComposeOptions): Promise<ComposedApp> {
  const lock = acquireDataDirLock(options.dataDir);
  let composed: ComposedApp;
  try {
    // Only now, holding the folder, can no other Standpoint be in the middle of a save there.
    removeLeftoverTempFiles([options.dataDir, path.join(options.dataDir, 'cache')], options.log);
    composed = await composeApp(options);
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...composed,
    dispose: async () => {
      try {
        await composed.dispose();
        await options.pdfRenderer.dispose?.();
      } finally {
        lock.release();
      }
    },
  };
}
