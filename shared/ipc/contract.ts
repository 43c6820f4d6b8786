/**
 * The one contract between renderer and main. Adding a request means adding one line here:
 * the preload, the main-process registry and the browser bridge are all generated from it.
 */
import { z } from 'zod';
import {
  analystActionSchema,
  analystChangeSchema,
  analystSnapshotSchema,
  appInfoSchema,
  exportOptionsSchema,
  exportResultSchema,
  EXPORT_FORMATS,
  menuCommandSchema,
  preferencesSchema,
  saveStatusSchema,
  searchHitSchema,
  snapshotListSchema,
  sourceDocumentSchema,
  stanceMatrixSchema,
} from './schemas';
import type { EventName, RequestName } from './channels';
import { vocabularySchema, vocabularySuggestionsSchema } from './vocabulary-replies';
import {
  documentMetaInput,
  documentsListSchema,
  folderListingSchema,
  folderPath,
  importAddReply,
  preparedFileSchema,
  stagedFileSchema,
  workspaceCreateArgs,
  workspaceIdSchema,
  workspaceInfoSchema,
} from './workspace-schemas';

export { EVENT_NAMES, REQUEST_NAMES, type EventName, type RequestName } from './channels';

interface RequestSpec {
  args: z.ZodType;
  reply: z.ZodType;
}

const noArgs = z.object({}).strict();

export const contract = {
  'app:info': { args: noArgs, reply: appInfoSchema },
  'matrix:get': { args: noArgs, reply: stanceMatrixSchema },
  // Polled while matrix:get is pending: how far the derivation of the documents has come.
  'matrix:progress': {
    args: noArgs,
    reply: z
      .object({ deriving: z.boolean(), done: z.number().int().min(0), total: z.number().int().min(0) })
      .strict(),
  },
  'document:get': {
    args: z.object({ id: z.string().min(1, 'must not be empty').max(200) }).strict(),
    reply: sourceDocumentSchema,
  },
  'corpus:search': {
    args: z
      .object({
        query: z.string().max(500, 'is longer than 500 characters'),
        limit: z.number().int().min(1).max(500).optional(),
      })
      .strict(),
    reply: z.object({ hits: z.array(searchHitSchema) }),
  },
  'analyst:get': { args: noArgs, reply: analystSnapshotSchema },
  // Changes reply with what changed, not the whole store (see shared/analyst/change.ts).
  'analyst:apply': { args: z.object({ action: analystActionSchema }).strict(), reply: analystChangeSchema },
  'analyst:undo': { args: noArgs, reply: analystChangeSchema },
  'analyst:redo': { args: noArgs, reply: analystChangeSchema },
  /** The user has read the store notices (e.g. "your store file was corrupt and moved to …"). */
  'analyst:dismiss-notices': { args: noArgs, reply: analystChangeSchema },
  /** Whether the work is on disk; while it is not (a full disk), each call tries to save it again. */
  'analyst:save-status': {
    args: noArgs,
    reply: z.object({ revision: z.number().int().nonnegative(), save: saveStatusSchema }),
  },
  'preferences:get': { args: noArgs, reply: preferencesSchema },
  'preferences:set': {
    args: z.object({ patch: preferencesSchema.strict().partial() }).strict(),
    reply: preferencesSchema,
  },
  'export:build': {
    args: z.object({ format: z.enum(EXPORT_FORMATS), options: exportOptionsSchema }).strict(),
    reply: exportResultSchema,
  },
  'print:html': {
    args: z.object({ options: exportOptionsSchema }).strict(),
    reply: z.object({ html: z.string(), warnings: z.array(z.string()) }),
  },
  /** The ontology file as read; the analyst's edits are in analyst:get. */
  'vocabulary:get': { args: noArgs, reply: vocabularySchema },
  /** Candidate parties and demand phrasings found in the documents (read up to a budget). */
  'vocabulary:suggest': { args: noArgs, reply: vocabularySuggestionsSchema },
  /** Briefing snapshots saved with earlier exports, newest first, for "changes since". */
  'snapshots:list': { args: noArgs, reply: snapshotListSchema },
  // Workspaces, adding documents, the documents list (issue 10).
  'workspace:get': { args: noArgs, reply: workspaceInfoSchema },
  'workspace:create': { args: workspaceCreateArgs, reply: workspaceInfoSchema },
  'workspace:open': {
    args: z.object({ path: folderPath.optional(), example: z.literal(true).optional() }).strict(),
    reply: workspaceInfoSchema,
  },
  'workspace:copy': { args: workspaceCreateArgs.omit({ template: true }), reply: workspaceInfoSchema },
  /** Electron only: the system's folder dialog. */
  'workspace:choose-folder': {
    args: z.object({ purpose: z.enum(['open', 'create', 'copy']) }).strict(),
    reply: z.object({ path: z.string().nullable() }),
  },
  /** Browser mode only: the folders in one folder, for the in-app folder chooser. */
  'folder:list': {
    args: z.object({ path: z.string().max(4096, 'is longer than 4096 characters').optional() }).strict(),
    reply: folderListingSchema,
  },
  /** Electron only: the system's file dialog; the files chosen are staged in main. */
  'import:choose-files': { args: noArgs, reply: z.object({ files: z.array(stagedFileSchema) }) },
  /** One chunk (at most 1 MB) of a file the renderer read (drag and drop, browser mode, paste). */
  'import:upload': {
    args: z
      .object({
        stagedId: workspaceIdSchema.optional(),
        name: z.string().min(1, 'must not be empty').max(500, 'is longer than 500 characters'),
        base64: z.string().max(1_400_000, 'is longer than a 1 MB chunk'),
        last: z.boolean(),
      })
      .strict(),
    reply: stagedFileSchema,
  },
  'import:prepare': {
    args: z.object({ stagedId: workspaceIdSchema }).strict(),
    reply: preparedFileSchema,
  },
  'import:add': {
    args: z
      .object({
        items: z
          .array(z.object({ stagedId: workspaceIdSchema, meta: documentMetaInput }).strict())
          .min(1)
          .max(100),
      })
      .strict(),
    reply: importAddReply,
  },
  'import:discard': {
    args: z.object({ stagedIds: z.array(workspaceIdSchema).max(10_000) }).strict(),
    reply: z.object({}),
  },
  'documents:list': { args: noArgs, reply: documentsListSchema },
  'document:update': {
    args: z.object({ id: workspaceIdSchema, meta: documentMetaInput.omit({ id: true }) }).strict(),
    reply: z.object({ suggestions: z.number().int() }),
  },
  'document:remove': {
    args: z.object({ id: workspaceIdSchema }).strict(),
    reply: z.object({ movedTo: z.string(), orphans: z.number().int() }),
  },
} as const satisfies Record<RequestName, RequestSpec>;

export type Contract = typeof contract;
export type RequestArgs<K extends RequestName> = z.input<Contract[K]['args']>;
export type ParsedArgs<K extends RequestName> = z.output<Contract[K]['args']>;
export type RequestReply<K extends RequestName> = z.output<Contract[K]['reply']>;

/** Events main pushes to the renderer. */
export const events = {
  'menu:command': menuCommandSchema,
  /** Main opened another workspace (Electron's Open Recent menu): the renderer reloads. */
  'workspace:changed': z.object({ root: z.string() }),
} as const satisfies Record<EventName, z.ZodType>;
export type EventPayload<K extends EventName> = z.output<(typeof events)[K]>;

/**
 * What the renderer sees: one method per request, one subscription per event.
 * The preload implements it over ipcRenderer; the browser bridge over HTTP.
 */
export type PlatformApi = {
  [K in RequestName]: (args: RequestArgs<K>) => Promise<RequestReply<K>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
};

/** The error every transport returns for a rejected request, so the renderer can show it. */
export interface RequestFailure {
  request: string;
  message: string;
  /** Dotted paths of the fields that failed validation, if the failure was a bad argument. */
  fields: string[];
}

/** Turns a zod error into one message that names each bad field. */
export function describeValidationError(
  request: string,
  where: 'argument' | 'reply',
  error: z.ZodError,
): RequestFailure {
  const fields = error.issues.map((issue) => (issue.path.length ? issue.path.join('.') : '(root)'));
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return {
    request,
    message: `Invalid ${where} for "${request}": ${parts.join('; ')}${more}`,
    fields,
  };
}

/** Error thrown in main for a request that was well-formed but could not be served (unknown id…). */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly fields: string[] = [],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** What a transport carries back for one request. */
export type RequestOutcome<T = unknown> = { ok: true; value: T } | { ok: false; error: RequestFailure };

/**
 * The preload's exposed object: one method per request returning the outcome unwrapped by the
 * renderer (errors crossing contextBridge lose their fields, so failures travel as data).
 */
export type PreloadBridge = {
  [K in RequestName]: (args: RequestArgs<K>) => Promise<RequestOutcome<RequestReply<K>>>;
} & {
  on<K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void): () => void;
};
