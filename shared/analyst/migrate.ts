/**
 * Versioned analyst data and its migrations. We migrate ourselves rather than through conf's
 * `migrations` option, whose maintainer documents known bugs; this way every step is tested.
 *
 * Version history
 * - v1 (Standpoint 0.0.x, invented for the first prototype): `{ schemaVersion: 1, annotations, overrides }`.
 *   `annotations` were cell notes `{ id, party, demand, text, createdAt }`; `overrides` were
 *   `{ id, party, demand, stance, rationale, createdAt }`. Neither recorded an author nor an update time,
 *   and there were no analyst citations, rejections or ontology edits.
 * - v2 (Standpoint 0.1.x): `AnalystData` — every item `Authored`; notes target cells, citations or
 *   text ranges; ontology edits only add (`party`, `demand`, `alias`, `phrase`).
 * - v3 (current): ontology edits may also change, remove and revert entries (`party-edit`,
 *   `party-remove`, `demand-edit`, `demand-remove`, `cues-edit`, `roles-edit`: the Vocabulary view).
 *   A v2 file is a valid v3 file; the version moves so that a v2 app refuses a v3 file by its version
 *   ("newer than this app understands") instead of judging the new edit kinds corrupt.
 */
import { z } from 'zod';
import { analystDataSchema, stanceSchema } from '../ipc/schemas';
import type { AnalystData } from '../model/analyst';

export const ANALYST_SCHEMA_VERSION = 3;

/** Recorded as the author of items migrated from a version that did not keep one. */
export const MIGRATED_AUTHOR = 'unknown (before v2)';

export function emptyAnalystData(): AnalystData {
  return {
    schemaVersion: ANALYST_SCHEMA_VERSION,
    notes: [],
    overrides: [],
    citations: [],
    rejections: [],
    ontologyEdits: [],
  };
}

const v1Schema = z.object({
  schemaVersion: z.literal(1),
  annotations: z.array(
    z.object({
      id: z.string(),
      party: z.string(),
      demand: z.string(),
      text: z.string(),
      createdAt: z.string(),
    }),
  ),
  overrides: z.array(
    z.object({
      id: z.string(),
      party: z.string(),
      demand: z.string(),
      stance: stanceSchema,
      rationale: z.string(),
      createdAt: z.string(),
    }),
  ),
});
export type AnalystDataV1 = z.infer<typeof v1Schema>;

/** Thrown when stored analyst data cannot be read; the message names what was wrong. */
export class AnalystDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalystDataError';
  }
}

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

function fromV1(v1: AnalystDataV1): AnalystData {
  return {
    ...emptyAnalystData(),
    notes: v1.annotations.map((a) => ({
      id: a.id,
      author: MIGRATED_AUTHOR,
      createdAt: a.createdAt,
      updatedAt: a.createdAt,
      target: { kind: 'cell', party: a.party, demand: a.demand },
      text: a.text,
    })),
    overrides: v1.overrides.map((o) => ({ ...o, author: MIGRATED_AUTHOR, updatedAt: o.createdAt })),
  };
}

/** Version 2 knew only the edits that add; anything else in a v2 file is not what v2 wrote. */
const V2_EDIT_KINDS = ['party', 'demand', 'alias', 'phrase'];
const v2Schema = analystDataSchema.refine(
  (d) => d.ontologyEdits.every((e) => V2_EDIT_KINDS.includes(e.kind)),
  {
    message: 'version 2 has no edit kinds other than party, demand, alias and phrase',
    path: ['ontologyEdits'],
  },
);

function fromV2(v2: AnalystData): AnalystData {
  return { ...v2, schemaVersion: ANALYST_SCHEMA_VERSION };
}

/**
 * Reads stored analyst data of any known version and returns it at the current version.
 * `undefined` (nothing stored yet) gives empty data. Anything else that does not validate throws
 * an AnalystDataError naming the version and the bad fields, so the caller can move the file aside.
 */
export function migrateAnalystData(raw: unknown): { data: AnalystData; migratedFrom?: number } {
  if (raw === undefined) return { data: emptyAnalystData() };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AnalystDataError('Analyst data is not an object');
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === ANALYST_SCHEMA_VERSION) {
    const parsed = analystDataSchema.safeParse(raw);
    if (!parsed.success)
      throw new AnalystDataError(
        `Analyst data (version ${ANALYST_SCHEMA_VERSION}) is invalid: ${describe(parsed.error)}`,
      );
    return { data: parsed.data as AnalystData };
  }
  if (version === 2) {
    const parsed = v2Schema.safeParse(raw);
    if (!parsed.success)
      throw new AnalystDataError(`Analyst data (version 2) is invalid: ${describe(parsed.error)}`);
    return { data: fromV2(parsed.data as AnalystData), migratedFrom: 2 };
  }
  if (version === 1) {
    const parsed = v1Schema.safeParse(raw);
    if (!parsed.success)
      throw new AnalystDataError(`Analyst data (version 1) is invalid: ${describe(parsed.error)}`);
    return { data: fromV1(parsed.data), migratedFrom: 1 };
  }
  if (typeof version === 'number' && version > ANALYST_SCHEMA_VERSION) {
    throw new AnalystDataError(
      `Analyst data has version ${version}, newer than this app understands (${ANALYST_SCHEMA_VERSION})`,
    );
  }
  throw new AnalystDataError(
    `Analyst data has an unknown schemaVersion: ${JSON.stringify(version) ?? 'missing'}`,
  );
}
