/**
 * One open workspace and the services that work on it: its matrix (derived incrementally), its
 * analyst store, review queue, import, search and export. compose.ts opens one at a time and
 * switches between them; every workspace request goes to the open one.
 */
import path from 'node:path';
import { buildEffectiveMatrix } from '../../../shared/analyst/effective';
import { checkActionTargets } from '../../../shared/analyst/check-targets';
import { createVocabularyService, type VocabularyService } from '../vocabulary-service';
import type { AnalystAction } from '../../../shared/analyst/apply';
import { RequestError } from '../../../shared/ipc/contract';
import type { Preferences } from '../../../shared/model/analyst';
import type { SourceDocument } from '../../../shared/model/corpus';
import { cellKey, type StanceMatrix } from '../../../shared/model/matrix';
import { cellReviews, staleSuggestions, suggestChanges, touchedCells } from '../../../shared/review/review';
import {
  openAnalystService,
  type AnalystChange,
  type AnalystService,
  type AnalystSnapshot,
} from '../analyst';
import { createMatrixService, type MatrixService } from '../corpus';
import { removeFromCorpus, updateInCorpus, type CorpusFolders } from '../corpus/corpus-writer';
import { sha256 } from '../corpus/hash';
import { CorpusSearch } from '../corpus-search';
import { acquireDataDirLock } from '../data-dir-lock';
import { NotSavedError, type WriteIo } from '../persist/durable-write';
import { removeLeftoverTempFiles } from '../persist/leftovers';
import type { StoreNotice } from '../persist/store-file';
import { createExportService, openSnapshotStore, type ExportService, type PdfRenderer } from '../export';
import { createImportService, workerExtractor, type ImportService } from '../import/import-service';
import { openReviewService, type ReviewService } from '../review/review-service';
import { TaskWorker } from '../corpus/task-worker';
import type { WorkspaceLocation } from './layout';
import { prepareWorkspaceFiles } from './workspace-files';

export interface SessionOptions {
  location: WorkspaceLocation;
  /** The shipped ontology: its English cues and office words fill in an ontology.json that leaves them out. */
  shippedOntologyPath?: string;
  pdfRenderer: PdfRenderer;
  deriveWorkerFile?: string;
  /** Derive and extract on worker threads (browser mode, Electron); tests may run in-process. */
  useWorker: boolean;
  preferences: Preferences;
  /** The caller already holds the lock of location.dataDir (a plain folder keeps its work in the app's data folder). */
  lockHeld?: boolean;
  /** The file-system calls of every save; tests inject a full disk through it. */
  io?: WriteIo;
  log: (message: string) => void;
}

export interface Session {
  location: WorkspaceLocation;
  matrixService: MatrixService;
  analyst: AnalystService;
  review: ReviewService;
  imports: ImportService | null;
  exportService: ExportService;
  /** The Vocabulary view's requests, on this workspace's ontology and documents. */
  vocabulary: VocabularyService;
  /** What opening the workspace found wrong with its files (moved aside, restored from a backup). */
  notices: StoreNotice[];
  currentMatrix(): Promise<StanceMatrix>;
  /** The analyst's work with the review queue, its anchors resolved in the documents. */
  snapshot(): Promise<AnalystSnapshot>;
  /** Applies one action (review decisions and marks filled in from the queue and the matrix); replies with the change. */
  apply(action: AnalystAction): Promise<AnalystChange>;
  dismissNotices(): AnalystChange;
  /** Why some of this workspace's work is not on disk (a full disk), or null; tries to save first. */
  unsavedWork(): string | null;
  search(): Promise<CorpusSearch>;
  /** Documents added, edited or removed: re-derive them alone, then queue the changes to touched cells. */
  documentsChanged(change: {
    added?: SourceDocument[];
    edited?: SourceDocument[];
    removed?: string[];
  }): Promise<number>;
  removeDocument(id: string): Promise<{ movedTo: string; orphans: number }>;
  updateDocument(id: string, meta: Omit<SourceDocument, 'id' | 'path' | 'text' | 'hash'>): Promise<number>;
  dispose(): Promise<void>;
}

export function openSession(options: SessionOptions): Session {
  const { location, log } = options;
  const lock = options.lockHeld ? { release() {} } : acquireDataDirLock(location.dataDir);
  try {
    // Holding the folder, no other Standpoint can be mid-save there: what a crash left is removed.
    const writable = location.kind === 'workspace' && !location.readOnly;
    removeLeftoverTempFiles(
      [
        location.dataDir,
        path.join(location.dataDir, 'cache'),
        ...(writable ? [location.corpusDir, ...(location.originalsDir ? [location.originalsDir] : [])] : []),
      ],
      log,
    );
    return compose(options, prepareWorkspaceFiles(location), () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function compose(options: SessionOptions, fileNotices: StoreNotice[], releaseLock: () => void): Session {
  const { location, log } = options;
  for (const notice of fileNotices) log(notice.message);
  const matrixService = createMatrixService({
    corpusDir: location.corpusDir,
    ontologyPath: location.ontologyPath,
    lexiconFrom: options.shippedOntologyPath,
    cacheDir: path.join(location.dataDir, 'cache'),
    log,
    deriveWorkerFile: options.deriveWorkerFile,
    useWorker: options.useWorker,
  });
  let byId = new Map<string, SourceDocument>();
  const refreshIndex = async () => {
    byId = new Map((await matrixService.documents()).map((d) => [d.id, d]));
  };
  let matrix: Promise<StanceMatrix> | null = null;
  let lastDerived: StanceMatrix | null = null;
  const analyst = openAnalystService({
    dir: location.dataDir,
    documents: { get: (id) => byId.get(id) },
    onOntologyChange: () => {
      matrix = null;
    },
    io: options.io,
    log,
  });
  // Preferences are the app's (your name, the theme); each workspace's store keeps a copy.
  const mine = analyst.preferences.get();
  if (mine.author !== options.preferences.author || mine.theme !== options.preferences.theme)
    analyst.preferences.set(options.preferences);
  const review = openReviewService({ dir: location.dataDir, io: options.io, log });
  const currentMatrix = () =>
    (matrix ??= (async () => {
      await refreshIndex();
      const m = await matrixService.getMatrix(analyst.ontologyEdits());
      // A new cut of sentences renames citation keys: the analyst's work follows them.
      analyst.reattach(m, lastDerived);
      lastDerived = m;
      return m;
    })().catch((error: unknown) => {
      matrix = null; // let the next request try again rather than repeat a stale failure
      throw error;
    }));
  currentMatrix().catch((error: unknown) => log(`derivation failed: ${String(error)}`));

  const extractWorker =
    options.useWorker || options.deriveWorkerFile
      ? new TaskWorker({
          bundledFile: options.deriveWorkerFile,
          sourceModule: new URL('../corpus/derive-worker.ts', import.meta.url),
          idleMs: 30_000,
        })
      : null;
  const folders: CorpusFolders = {
    corpusDir: location.corpusDir,
    originalsDir: location.originalsDir,
    removedDir: path.join(location.dataDir, 'removed'),
    io: options.io,
  };
  const imports = location.readOnly
    ? null
    : createImportService({
        folders,
        stagingDir: path.join(location.dataDir, '.staging'),
        documents: () => matrixService.documents(),
        extract: extractWorker ? workerExtractor(extractWorker) : undefined,
      });

  let search: { version: StanceMatrix; index: CorpusSearch } | null = null;
  const effective = async () => {
    const m = await currentMatrix();
    return buildEffectiveMatrix(m, analyst.data(), analyst.resolutions(), review.suggestions());
  };
  const exportService = createExportService({
    getEffectiveMatrix: effective,
    getDocuments: () => matrixService.documents(),
    pdfRenderer: options.pdfRenderer,
    // Briefing snapshots belong to the negotiation: kept with the workspace's work.
    snapshots: openSnapshotStore(location.dataDir),
  });

  const vocabulary = createVocabularyService({
    readOntology: () => matrixService.ontology(),
    ontologyPath: location.ontologyPath,
    ontologyEdits: () => analyst.ontologyEdits(),
    documents: () => matrixService.documents(),
  });

  const session: Session = {
    location,
    matrixService,
    analyst,
    review,
    imports,
    exportService,
    vocabulary,
    notices: [...fileNotices, ...review.notices],
    currentMatrix,
    async snapshot() {
      // Anchors are resolved against the documents, and citation keys re-attached to the current
      // derivation: wait for both (a derivation that fails still leaves the work to show).
      await currentMatrix().catch(() => {});
      await refreshIndex();
      return { ...analyst.get(), review: { suggestions: review.suggestions() } };
    },
    dismissNotices: () => analyst.dismissNotices(),
    unsavedWork() {
      const { save } = analyst.saveStatus();
      return [save.saved ? null : save.message, review.unsaved()].filter(Boolean).join(' ') || null;
    },
    async apply(action) {
      const m = await currentMatrix();
      checkActionTargets(action, m);
      // A note or rejection keeps its citation's quote, so it can follow the citation if its key changes.
      if (action.type === 'note:create' && action.target.kind === 'citation')
        action = { ...action, target: { ...action.target, quote: quoteOf(m, action.target.citationKey) } };
      if (action.type === 'rejection:create') action = { ...action, quote: quoteOf(m, action.citationKey) };
      await vocabulary.check(action);
      if (action.type === 'review:decide') {
        const s = review.get(action.suggestionId);
        if (!s || s.withdrawn)
          throw new RequestError(`Suggestion "${action.suggestionId}" is not waiting in the review queue.`, [
            'action.suggestionId',
          ]);
        action = {
          ...action,
          suggestion: {
            party: s.party,
            demand: s.demand,
            fromStance: s.fromStance,
            toStance: s.toStance,
            documents: s.documents.map((d) => d.title),
          },
        };
      }
      if (action.type === 'cell:mark-reviewed') {
        const { party, demand } = action;
        const cell = m.cells.find((c) => cellKey(c.party, c.demand) === cellKey(party, demand));
        action = { ...action, stance: cell?.stance ?? 'none' };
      }
      return analyst.apply(action);
    },
    async search() {
      const m = await currentMatrix();
      if (search?.version !== m)
        search = { version: m, index: new CorpusSearch(await matrixService.documents()) };
      return search.index;
    },
    async documentsChanged(change) {
      const before = await currentMatrix();
      if (change.added?.length) await matrixService.addDocuments(change.added);
      for (const doc of change.edited ?? []) await matrixService.replaceDocument(doc);
      for (const id of change.removed ?? []) await matrixService.removeDocument(id);
      matrix = null;
      const after = await currentMatrix();
      const data = analyst.data();
      const changed = new Map<string, 'added' | 'edited'>([
        ...(change.added ?? []).map((d) => [d.id, 'added'] as const),
        ...(change.edited ?? []).map((d) => [d.id, 'edited'] as const),
      ]);
      const fresh = suggestChanges({
        before,
        after,
        changed,
        touched: touchedCells(data, before),
        reviews: cellReviews(review.suggestions(), data),
      });
      review.withdraw(staleSuggestions(review.suggestions(), data, after));
      review.record(fresh);
      if (fresh.length) log(`${fresh.length} change(s) to cells you have worked on wait for review`);
      return fresh.length;
    },
    async removeDocument(id) {
      if (location.readOnly) throw readOnlyError(location);
      const doc = await matrixService.getDocument(id);
      const before = await currentMatrix();
      const keys = new Set(
        before.cells
          .flatMap((c) => c.citations)
          .filter((c) => c.document === id)
          .map((c) => c.key),
      );
      const data = analyst.data();
      const orphans =
        data.citations.filter((c) => c.anchor.document === id).length +
        data.notes.filter(
          (n) =>
            (n.target.kind === 'range' && n.target.anchor.document === id) ||
            (n.target.kind === 'citation' && keys.has(n.target.citationKey)),
        ).length +
        data.rejections.filter((r) => keys.has(r.citationKey)).length;
      const movedTo = await notSavedAsRequestError(() => removeFromCorpus(folders, doc));
      await session.documentsChanged({ removed: [id] });
      return { movedTo, orphans };
    },
    async updateDocument(id, meta) {
      if (location.readOnly) throw readOnlyError(location);
      const doc = await matrixService.getDocument(id);
      if (meta.translationOf === id)
        throw new RequestError('A document cannot be a translation of itself.', ['meta.translationOf']);
      const next: SourceDocument = { ...doc, ...meta, hash: sha256(doc.text) };
      await notSavedAsRequestError(() => updateInCorpus(folders, next));
      return session.documentsChanged({ edited: [next] });
    },
    async dispose() {
      try {
        analyst.close();
        review.close();
        await matrixService.dispose();
        await extractWorker?.dispose();
      } finally {
        releaseLock();
      }
    },
  };
  return session;
}

/** A write a full disk refused, as the message the analyst sees ("Not saved: the disk is full (… free)."). */
export async function notSavedAsRequestError<T>(write: () => T | Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof NotSavedError) throw new RequestError(error.message);
    throw error;
  }
}

/** The quote of the derived citation with `key` (checkActionTargets has made sure there is one). */
function quoteOf(matrix: StanceMatrix, key: string): string | undefined {
  for (const cell of matrix.cells) for (const c of cell.citations) if (c.key === key) return c.quote;
  return undefined;
}

export function readOnlyError(location: WorkspaceLocation): RequestError {
  const what = location.kind === 'example' ? 'the example workspace' : `the folder ${location.root}`;
  return new RequestError(
    `Documents cannot be added to or removed from ${what}: it is read-only. Use File › Save a copy as workspace… to make a workspace of it, then add documents there.`,
  );
}
