/**
 * Builds the services behind the contract from a corpus folder and a data folder. Electron main
 * and browser mode call this with their own store and PDF renderer; everything else is shared.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppServices } from './app-services';
import { analystRequestServices, openAnalystService } from './analyst';
import { createMatrixService } from './corpus';
import { CorpusSearch } from './corpus-search';
import { acquireDataDirLock } from './data-dir-lock';
import { removeLeftoverTempFiles } from './persist/leftovers';
import { createExportService, openSnapshotStore, type PdfRenderer } from './export';
import { createVocabularyService } from './vocabulary-service';
import { checkActionTargets } from '../../shared/analyst/check-targets';
import type { SourceDocument, StanceMatrix } from '../../shared/model';

export interface ComposeOptions {
  transport: 'electron' | 'web';
  version: string;
  corpusDir: string;
  /** The bundled derivation worker, where there is one (Electron): keeps main responsive. */
  deriveWorkerFile?: string;
  /** The ontology used when the corpus folder has no ontology.json of its own. */
  defaultOntologyPath: string;
  dataDir: string;
  pdfRenderer: PdfRenderer;
  log: (message: string) => void;
}

async function composeServices(options: ComposeOptions): Promise<ComposedServices> {
  const { corpusDir, dataDir, log } = options;
  // A folder of articles without its own ontology is read with the one Standpoint ships.
  const ownOntology = path.join(corpusDir, 'ontology.json');
  const ontologyPath = existsSync(ownOntology) ? ownOntology : options.defaultOntologyPath;
  const matrixService = createMatrixService({
    corpusDir,
    ontologyPath,
    cacheDir: path.join(dataDir, 'cache'),
    log,
    deriveWorkerFile: options.deriveWorkerFile,
  });
  const documents = await matrixService.documents();
  const byId = new Map<string, SourceDocument>(documents.map((d) => [d.id, d]));

  // The current matrix follows the analyst's ontology edits: re-derived when they change.
  let matrix: Promise<StanceMatrix> | null = null;
  const analyst = openAnalystService({
    dir: dataDir,
    log,
    documents: { get: (id) => byId.get(id) },
    onOntologyChange: () => {
      matrix = null;
    },
  });
  const currentMatrix = () =>
    (matrix ??= matrixService.getMatrix(analyst.ontologyEdits()).catch((error: unknown) => {
      matrix = null; // let the next request try again rather than repeat a stale failure
      throw error;
    }));
  // Start deriving now, but do not hold the window back: the view shows its loading state until
  // the first `matrix:get` resolves.
  currentMatrix().catch((error: unknown) => log(`derivation failed: ${String(error)}`));

  const vocabulary = createVocabularyService({
    readOntology: () => matrixService.ontology(),
    ontologyPath,
    ontologyEdits: () => analyst.ontologyEdits(),
    documents: () => matrixService.documents(),
  });

  let search: CorpusSearch | null = null;
  const exportService = createExportService({
    getEffectiveMatrix: async () => analyst.effectiveMatrix(await currentMatrix()),
    getDocuments: async () => documents,
    pdfRenderer: options.pdfRenderer,
    snapshots: openSnapshotStore(dataDir),
  });

  const services: AppServices = {
    'app:info': () => ({
      name: 'Standpoint',
      version: options.version,
      transport: options.transport,
      dataDir,
      corpusDir,
    }),
    'matrix:get': () => currentMatrix(),
    'document:get': ({ id }) => matrixService.getDocument(id),
    'corpus:search': ({ query, limit }) => ({
      hits: (search ??= new CorpusSearch(documents)).search(query, limit),
    }),
    ...analystRequestServices(analyst),
    'analyst:apply': async ({ action }) => {
      checkActionTargets(action, await currentMatrix());
      await vocabulary.check(action);
      return analyst.apply(action);
    },
    'export:build': ({ format, options: exportOptions }) => exportService.build(format, exportOptions),
    'print:html': ({ options: exportOptions }) => exportService.printHtml(exportOptions),
    ...vocabulary.requests,
    'snapshots:list': () => exportService.snapshots(),
  };
  return {
    services,
    unsavedWork: () => {
      const { save } = analyst.saveStatus();
      return save.saved ? null : save.message;
    },
    dispose: async () => {
      analyst.close();
      await options.pdfRenderer.dispose?.();
    },
  };
}

export interface ComposedServices {
  services: AppServices;
  /** Why the analyst's work is not all on disk (a full disk), or null when it is; tries to save first. */
  unsavedWork(): string | null;
  /** Tries once more to save unsaved work, then lets go of the data folder. */
  dispose(): Promise<void>;
}

/** The services, holding the data folder for this process until they are disposed. */
export async function createAppServices(options: ComposeOptions): Promise<ComposedServices> {
  const lock = acquireDataDirLock(options.dataDir);
  try {
    // Only now, holding the folder, can no other Standpoint be in the middle of a save there.
    removeLeftoverTempFiles([options.dataDir, path.join(options.dataDir, 'cache')], options.log);
    const composed = await composeServices(options);
    return {
      ...composed,
      dispose: async () => {
        try {
          await composed.dispose();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
