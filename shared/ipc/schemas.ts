/**
 * Runtime schemas for everything that crosses the renderer/main boundary.
 * Main parses every argument with these; replies are parsed on the way out too.
 */
import { z } from 'zod';
import { ID_MAX_LENGTH, ONTOLOGY_ID_PATTERN, QUOTE_MAX_LENGTH } from '../model/limits';
import { ATTRIBUTION_KINDS, MODALITIES, VOICES } from '../model/matrix';
import { STANCES } from '../model/stance';
import { officialInputSchema, vocabularyActionSchemas } from './vocabulary-schemas';

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(ID_MAX_LENGTH, `is longer than ${ID_MAX_LENGTH} characters`);
const text = (max: number) => z.string().max(max, `is longer than ${max} characters`);
const offset = z.number().int('must be a whole number').nonnegative('must not be negative');

export const stanceSchema = z.enum(STANCES);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
export const officialSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).optional(),
  role: z.string(),
  from: isoDate.nullable().optional(),
  to: isoDate.nullable().optional(),
});
export const partySchema = z.object({
  id,
  name: z.string(),
  aliases: z.array(z.string()),
  adjectives: z.array(z.string()).optional(),
  officials: z.array(officialSchema).optional(),
  hidden: z.boolean().optional(),
});
export const demandFrameSchema = z.object({
  subjects: z.array(z.string()),
  strongSubjects: z.array(z.string()).optional(),
  weakSubjects: z.array(z.string()).optional(),
  anchors: z.array(z.string()).optional(),
  restrictions: z.array(z.string()),
  restrictionsAfter: z.array(z.string()).optional(),
  opposites: z.array(z.string()),
  weakOpposites: z.array(z.string()).optional(),
  ellipticalSubjects: z.array(z.string()).optional(),
  anchoredSubjects: z.array(z.string()).optional(),
  principles: z.array(z.string()).optional(),
  withdrawalPlaces: z.array(z.string()).optional(),
});
export const demandSchema = z.object({
  id,
  title: z.string(),
  description: z.string(),
  phrases: z.array(z.string()),
  counterPhrases: z.array(z.string()).optional(),
  frame: demandFrameSchema.optional(),
  proposedBy: z.array(z.string()).optional(),
  addressedTo: z.array(z.string()).optional(),
  central: z.boolean().optional(),
  hidden: z.boolean().optional(),
});

const phraseListSchema = z.array(z.string());
export const stanceCuesSchema = z.object({
  supports: phraseListSchema,
  rejects: phraseListSchema,
  open: phraseListSchema,
  unclear: phraseListSchema,
  holdFirm: phraseListSchema.optional(),
  intent: phraseListSchema.optional(),
  negations: phraseListSchema,
  carriers: phraseListSchema.optional(),
  references: phraseListSchema.optional(),
});
export const ontologySchema = z.object({
  version: z.number(),
  parties: z.array(partySchema),
  demands: z.array(demandSchema),
  cues: stanceCuesSchema,
  roles: phraseListSchema.optional(),
});

export const attributionSchema = z.object({
  party: z.string(),
  kind: z.enum(ATTRIBUTION_KINDS),
  matched: z.string(),
  role: z.string().nullable(),
  speaker: z.string().nullable(),
});

const spanSchema = z.object({ start: offset, end: offset });

export const citationSchema = z.object({
  key: z.string(),
  document: z.string(),
  start: offset,
  end: offset,
  quote: z.string(),
  party: z.string(),
  demand: z.string(),
  stance: stanceSchema,
  cue: z.string(),
  negated: z.boolean(),
  attribution: attributionSchema,
  demandMatch: z.string(),
  published: z.string().nullable(),
  voice: z.enum(VOICES),
  modality: z.enum(MODALITIES),
  weight: z.number().min(0).max(1),
  resolvedFrom: spanSchema.nullable(),
});

export const unclassifiedMentionSchema = z.object({
  key: z.string(),
  document: z.string(),
  start: offset,
  end: offset,
  quote: z.string(),
  party: z.string(),
  demand: z.string(),
  demandMatch: z.string(),
  partyMatch: z.string(),
  published: z.string().nullable(),
});

export const matrixCellSchema = z.object({
  party: z.string(),
  demand: z.string(),
  stance: stanceSchema,
  confidence: z.number().min(0).max(1),
  citations: z.array(citationSchema),
  sources: z.number().int().nonnegative(),
  ownSources: z.number().int().nonnegative(),
  mentions: z.array(unclassifiedMentionSchema),
  timeline: z.array(
    z.object({ date: z.string().nullable(), stance: stanceSchema, documents: z.array(z.string()) }),
  ),
});

export const inputProblemSchema = z.object({
  source: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const matrixDocumentSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string(),
  translationOf: z.string().nullable(),
  hash: z.string(),
});

export const stanceMatrixSchema = z.object({
  schemaVersion: z.literal(2),
  generatedAt: z.string(),
  documents: z.array(matrixDocumentSchema),
  parties: z.array(partySchema),
  demands: z.array(demandSchema),
  cells: z.array(matrixCellSchema),
  problems: z.array(inputProblemSchema),
  stats: z.object({
    documents: z.number(),
    sentences: z.number(),
    citations: z.number(),
    errors: z.number(),
    millis: z.number(),
    documentsNamingAParty: z.number().int().nonnegative().optional(),
    documentsNamingADemand: z.number().int().nonnegative().optional(),
  }),
});

export const sourceDocumentSchema = matrixDocumentSchema.extend({
  author: z.string().nullable(),
  publishedNote: z.string().nullable(),
  text: z.string(),
});

// ---- analyst layer ----

const authored = {
  id: z.string(),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const textAnchorSchema = z.object({
  document: id,
  documentHash: z.string(),
  start: offset,
  end: offset,
  quote: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});

export const noteTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cell'), party: id, demand: id }),
  z.object({ kind: z.literal('citation'), citationKey: id, quote: z.string().optional() }),
  z.object({ kind: z.literal('range'), anchor: textAnchorSchema }),
]);

export const noteSchema = z.object({
  ...authored,
  target: noteTargetSchema,
  text: z.string(),
  /** A cell note the analyst marked as a key judgement for the briefing. */
  key: z.boolean().optional(),
});
export const stanceOverrideSchema = z.object({
  ...authored,
  party: z.string(),
  demand: z.string(),
  stance: stanceSchema,
  rationale: z.string(),
});
export const analystCitationSchema = z.object({
  ...authored,
  party: z.string(),
  demand: z.string(),
  stance: stanceSchema,
  anchor: textAnchorSchema,
  comment: z.string(),
});
export const citationRejectionSchema = z.object({
  ...authored,
  citationKey: z.string(),
  reason: z.string(),
  quote: z.string().optional(),
});
export const ontologyEditSchema = z.discriminatedUnion('kind', [
  z.object({
    ...authored,
    kind: z.literal('party'),
    partyId: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    adjectives: z.array(z.string()).optional(),
    officials: z.array(officialSchema).optional(),
  }),
  z.object({
    ...authored,
    kind: z.literal('demand'),
    demandId: z.string(),
    title: z.string(),
    description: z.string(),
    phrases: z.array(z.string()),
  }),
  z.object({ ...authored, kind: z.literal('alias'), partyId: z.string(), alias: z.string() }),
  z.object({ ...authored, kind: z.literal('phrase'), demandId: z.string(), phrase: z.string() }),
  // The Vocabulary view's changes (analyst data v3): read leniently here, checked by stored-edits.ts.
  z.object({
    ...authored,
    kind: z.literal('party-edit'),
    partyId: z.string(),
    changes: partySchema.omit({ id: true }).partial(),
  }),
  z.object({ ...authored, kind: z.literal('party-remove'), partyId: z.string(), name: z.string() }),
  z.object({
    ...authored,
    kind: z.literal('demand-edit'),
    demandId: z.string(),
    changes: demandSchema.omit({ id: true }).partial(),
  }),
  z.object({ ...authored, kind: z.literal('demand-remove'), demandId: z.string(), title: z.string() }),
  z.object({ ...authored, kind: z.literal('cues-edit'), changes: stanceCuesSchema.partial() }),
  z.object({ ...authored, kind: z.literal('roles-edit'), roles: phraseListSchema }),
]);

export const reviewDecisionSchema = z.object({
  ...authored,
  suggestionId: z.string(),
  party: z.string(),
  demand: z.string(),
  decision: z.enum(['accepted', 'dismissed']),
  fromStance: stanceSchema,
  toStance: stanceSchema,
  documents: z.array(z.string()),
});
export const reviewMarkSchema = z.object({
  ...authored,
  party: z.string(),
  demand: z.string(),
  stance: stanceSchema,
});

export const analystDataSchema = z.object({
  schemaVersion: z.number().int(),
  notes: z.array(noteSchema),
  overrides: z.array(stanceOverrideSchema),
  citations: z.array(analystCitationSchema),
  rejections: z.array(citationRejectionSchema),
  ontologyEdits: z.array(ontologyEditSchema),
  // Added with the review queue; absent in files written before it.
  reviewDecisions: z.array(reviewDecisionSchema).optional(),
  reviewMarks: z.array(reviewMarkSchema).optional(),
});

export const preferencesSchema = z.object({
  author: text(120),
  theme: z.enum(['system', 'light', 'dark']),
});

const nonBlank = (what: string, max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .refine((s) => s.trim().length > 0, `${what} must not be blank`);

/** The id of a party or demand an analyst adds: the same limit as every id, in lower-case words. */
export const ontologyIdSchema = id.regex(
  ONTOLOGY_ID_PATTERN,
  'must be lower-case letters, digits and dashes',
);

/**
 * The id a client chooses for an item it creates, so that sending the same create again (a reply
 * lost on the way back) finds the item instead of adding a duplicate.
 */
export const clientIdSchema = id.regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, "_" or "-"').optional();

// Arguments are strict at every level: an unknown key anywhere is refused, not silently dropped.

/** A text range the analyst selected; main fills in quote, hash and context from the document. */
export const rangeSelectionSchema = z
  .strictObject({ document: id, start: offset, end: offset })
  .refine((r) => r.end > r.start, { message: 'end must be after start', path: ['end'] })
  .refine((r) => r.end - r.start <= QUOTE_MAX_LENGTH, {
    message: `a quote may be at most ${QUOTE_MAX_LENGTH.toLocaleString('en')} characters: select a shorter passage`,
    path: ['end'],
  });

/** Every change an analyst can make. Each is undoable. */
export const analystActionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('note:create'),
    id: clientIdSchema,
    target: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('cell'), party: id, demand: id }),
      z.strictObject({
        kind: z.literal('citation'),
        citationKey: id,
        /** The citation's quote: filled in by main from its matrix (whatever the renderer sends is replaced). */
        quote: text(QUOTE_MAX_LENGTH).optional(),
      }),
      z.strictObject({ kind: z.literal('range'), range: rangeSelectionSchema }),
    ]),
    text: nonBlank('note text', 20_000),
  }),
  z.strictObject({ type: z.literal('note:update'), id, text: nonBlank('note text', 20_000) }),
  z.strictObject({ type: z.literal('note:delete'), id }),
  z.strictObject({ type: z.literal('note:set-key'), id, key: z.boolean() }),
  z.strictObject({
    type: z.literal('override:set'),
    id: clientIdSchema,
    party: id,
    demand: id,
    stance: stanceSchema,
    rationale: nonBlank('rationale', 5_000),
  }),
  z.strictObject({ type: z.literal('override:delete'), id }),
  z.strictObject({
    type: z.literal('citation:create'),
    id: clientIdSchema,
    party: id,
    demand: id,
    stance: stanceSchema,
    range: rangeSelectionSchema,
    comment: text(5_000),
  }),
  z.strictObject({
    type: z.literal('citation:update'),
    id,
    stance: stanceSchema.optional(),
    comment: text(5_000).optional(),
  }),
  z.strictObject({ type: z.literal('citation:delete'), id }),
  z.strictObject({
    type: z.literal('rejection:create'),
    id: clientIdSchema,
    citationKey: id,
    reason: nonBlank('reason', 5_000),
    /** The citation's quote: filled in by main from its matrix (whatever the renderer sends is replaced). */
    quote: text(QUOTE_MAX_LENGTH).optional(),
  }),
  z.strictObject({ type: z.literal('rejection:delete'), id }),
  z.strictObject({
    type: z.literal('ontology:add-party'),
    id: clientIdSchema,
    partyId: ontologyIdSchema,
    name: nonBlank('party name', 200),
    aliases: z.array(text(200)).max(200),
    adjectives: z.array(text(200)).max(200).optional(),
    officials: z.array(officialInputSchema).max(200).optional(),
  }),
  z.strictObject({
    type: z.literal('ontology:add-demand'),
    id: clientIdSchema,
    demandId: ontologyIdSchema,
    title: nonBlank('demand title', 200),
    description: text(2_000),
    phrases: z.array(text(200)).max(200),
  }),
  z.strictObject({
    type: z.literal('ontology:add-alias'),
    id: clientIdSchema,
    partyId: id,
    alias: nonBlank('alias', 200),
  }),
  z.strictObject({
    type: z.literal('ontology:add-phrase'),
    id: clientIdSchema,
    demandId: id,
    phrase: nonBlank('phrase', 200),
  }),
  z.strictObject({ type: z.literal('ontology:delete-edit'), id }),
  z.strictObject({
    type: z.literal('review:decide'),
    suggestionId: id,
    decision: z.enum(['accepted', 'dismissed']),
    /** Filled in by main from its review queue (whatever the renderer sends here is replaced). */
    suggestion: z
      .strictObject({
        party: id,
        demand: id,
        fromStance: stanceSchema,
        toStance: stanceSchema,
        documents: z.array(text(500)).max(1000),
      })
      .optional(),
  }),
  z.strictObject({
    type: z.literal('cell:mark-reviewed'),
    party: id,
    demand: id,
    /** The derived stance now: filled in by main. */
    stance: stanceSchema.optional(),
  }),
  z.strictObject({ type: z.literal('cell:unmark-reviewed'), id }),
  ...vocabularyActionSchemas,
]);

/** A notice about the store file that the user must see (e.g. a corrupt file moved aside). */
export const storeNoticeSchema = z.object({
  kind: z.enum([
    'corrupt-moved-aside',
    'migrated',
    'restored-from-backup',
    'changed-outside',
    'skipped-ontology-edit',
    'reattached',
  ]),
  message: z.string(),
  backupPath: z.string().nullable(),
});

/** Whether the analyst's work in memory is safely on disk; if not, why, in the analyst's words. */
export const saveStatusSchema = z.object({
  saved: z.boolean(),
  /** "Not saved: the disk is full (12 KB free)." — null once saved. */
  message: z.string().nullable(),
});

const anchorsSchema = z.record(
  z.string(),
  z.object({ status: z.enum(['anchored', 'reanchored', 'orphaned']), start: offset, end: offset }),
);

const undoStateShape = {
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** Label of the action an undo / redo would revert, for menus and tooltips. */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
};

export const analystSnapshotSchema = z.object({
  /** Counts the changes of this session; a change names the revision it applies to. */
  revision: z.number().int().nonnegative(),
  data: analystDataSchema,
  anchors: anchorsSchema,
  ...undoStateShape,
  notices: z.array(storeNoticeSchema),
  save: saveStatusSchema,
  /** The review queue (main adds it to every snapshot): suggested changes to cells the analyst has touched. */
  review: z.object({ suggestions: z.array(z.lazy(() => suggestionSchema)) }).optional(),
});

/** A change a new or edited document would make to a cell the analyst has touched. */
export const suggestionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  party: z.string(),
  demand: z.string(),
  fromStance: stanceSchema,
  toStance: stanceSchema,
  documents: z.array(z.object({ id: z.string(), title: z.string() })),
  citations: z.array(citationSchema),
  reason: z.enum(['added', 'edited']),
  /** Withdrawn when the evidence behind it went away (its document removed, the stance changed back). */
  withdrawn: z.boolean(),
});

const collectionChange = <T extends z.ZodType>(item: T) =>
  z.object({ upsert: z.array(item), remove: z.array(z.string()), order: z.array(z.string()).optional() });

/**
 * What one request changed, instead of the whole store: the items added, replaced or removed, where
 * the anchors of those items lie, the undo state, the notices and whether it is saved.
 */
export const analystChangeSchema = z.object({
  baseRevision: z.number().int().nonnegative(),
  revision: z.number().int().nonnegative(),
  changes: z.object({
    notes: collectionChange(noteSchema).optional(),
    overrides: collectionChange(stanceOverrideSchema).optional(),
    citations: collectionChange(analystCitationSchema).optional(),
    rejections: collectionChange(citationRejectionSchema).optional(),
    ontologyEdits: collectionChange(ontologyEditSchema).optional(),
    reviewDecisions: collectionChange(reviewDecisionSchema).optional(),
    reviewMarks: collectionChange(reviewMarkSchema).optional(),
  }),
  anchors: anchorsSchema,
  ...undoStateShape,
  notices: z.array(storeNoticeSchema),
  save: saveStatusSchema,
});

export const searchHitSchema = z.object({
  document: z.string(),
  title: z.string(),
  score: z.number(),
  snippets: z.array(
    z.object({ start: offset, end: offset, before: z.string(), match: z.string(), after: z.string() }),
  ),
});

export const EXPORT_FORMATS = ['pdf', 'md', 'csv', 'csv-long', 'xlsx', 'json'] as const;

export const exportOptionsSchema = z.strictObject({
  parties: z.array(id).max(10_000).optional(),
  demands: z.array(id).max(10_000).optional(),
  includeCitations: z.boolean(),
  includeNotes: z.boolean(),
  paper: z.enum(['a4', 'letter']),
  orientation: z.enum(['landscape', 'portrait']),
  /** Classification or handling line printed at top and bottom; empty by default. */
  classification: text(200),
  title: text(200),
  /** Leave out parties and demands on which nobody has a position (on unless turned off). */
  omitEmpty: z.boolean().default(true),
  /** The "Key judgements" box as edited for this briefing; absent: the cell notes marked as key. */
  keyJudgements: z.array(text(5_000)).max(200).optional(),
  /** Include "changes since" this saved snapshot (its id). */
  changesSince: id.optional(),
  /** Save what this export shows as a named snapshot, for a later "changes since". */
  saveSnapshot: text(120).optional(),
});

export const snapshotListSchema = z.object({
  snapshots: z.array(z.object({ id: z.string(), name: z.string(), createdAt: z.string() })),
  /** Problems reading the snapshot file (moved aside, restored from backup…), for the analyst. */
  problems: z.array(z.string()),
});

export const exportResultSchema = z.object({
  filename: z.string(),
  mime: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  /** Quotes that no longer match their source, and anything else the analyst must know. */
  warnings: z.array(z.string()),
});

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  transport: z.enum(['electron', 'web']),
  dataDir: z.string(),
  corpusDir: z.string(),
});

export const MENU_COMMANDS = [
  'print',
  'export',
  'about',
  'find',
  'search',
  'shortcuts',
  'undo',
  'redo',
  'workspace-new',
  'workspace-open',
  'workspace-copy',
  'add-documents',
  'paste-document',
  'documents',
  'review',
  'vocabulary',
] as const;
export const menuCommandSchema = z.enum(MENU_COMMANDS);
