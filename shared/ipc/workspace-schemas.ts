/** Schemas of the workspace, import, documents and review requests (issue 10), beside schemas.ts. */
import { z } from 'zod';
import { ID_MAX_LENGTH } from '../model/limits';

/** Document ids and staged-file ids: the one id limit every request follows (shared/model/limits.ts). */
export const workspaceIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(ID_MAX_LENGTH, `is longer than ${ID_MAX_LENGTH} characters`);
const id = workspaceIdSchema;
export const folderPath = z
  .string()
  .min(1, 'must not be empty')
  .max(4096, 'is longer than 4096 characters')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL character');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const workspaceInfoSchema = z.object({
  name: z.string(),
  root: z.string(),
  kind: z.enum(['workspace', 'example', 'folder']),
  readOnly: z.boolean(),
  documents: z.number().int(),
  recent: z.array(z.object({ path: z.string(), name: z.string(), openedAt: z.string() })),
  /** Electron: folders and files are chosen in the system's dialogs; browser mode: in the app. */
  nativeDialogs: z.boolean(),
});

export const workspaceCreateArgs = z.strictObject({
  path: folderPath,
  name: z.string().trim().min(1, 'a workspace needs a name').max(200, 'is longer than 200 characters'),
  template: z.enum(['empty', 'russia-west']),
});

export const folderListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  home: z.string(),
  folders: z.array(z.object({ name: z.string(), path: z.string(), isWorkspace: z.boolean() })),
});

export const stagedFileSchema = z.object({ stagedId: z.string(), name: z.string(), size: z.number() });

export const documentMetaInput = z.strictObject({
  id: id.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"'),
  title: z.string().trim().min(1, 'a document needs a title').max(500),
  outlet: z.string().max(300).nullable(),
  author: z.string().max(300).nullable(),
  published: date.nullable(),
  publishedNote: z.string().max(2000).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or ru'),
  translationOf: id.nullable(),
});

const resemblesSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['near-duplicate', 'translation']),
  score: z.number(),
  reasons: z.array(z.string()),
  inThisImport: z.boolean(),
});

export const preparedFileSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    stagedId: z.string(),
    fileName: z.string(),
    format: z.enum(['text', 'markdown', 'html', 'pdf', 'docx']),
    proposed: documentMetaInput,
    sources: z.record(z.string(), z.string()),
    warnings: z.array(z.string()),
    characters: z.number(),
    preview: z.string(),
    duplicateOf: z.object({ id: z.string(), title: z.string() }).nullable(),
    resembles: z.array(resemblesSchema),
  }),
  z.object({ ok: z.literal(false), stagedId: z.string(), fileName: z.string(), error: z.string() }),
]);

export const importAddReply = z.object({
  added: z.array(z.object({ stagedId: z.string(), id: z.string(), title: z.string() })),
  refused: z.array(z.object({ stagedId: z.string(), fileName: z.string(), reason: z.string() })),
  /** New suggestions in the review queue caused by these documents. */
  suggestions: z.number().int(),
});

export const documentSummarySchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string().nullable(),
  publishedNote: z.string().nullable(),
  language: z.string(),
  translationOf: z.string().nullable(),
  characters: z.number(),
  citations: z.number(),
  problems: z.array(z.string()),
});

export const orphanSchema = z.object({
  kind: z.enum(['note', 'analyst citation', 'rejection']),
  id: z.string(),
  text: z.string(),
  why: z.string(),
});

export const documentsListSchema = z.object({
  documents: z.array(documentSummarySchema),
  orphans: z.array(orphanSchema),
  readOnly: z.boolean(),
});
