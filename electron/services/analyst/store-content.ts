/**
 * What the analyst store file may contain, checked before the store is opened. The analyst data may
 * be at any version migrateAnalystData knows; keys we do not know (conf's `__internal__`) are left be.
 */
import { z } from 'zod';
import { migrateAnalystData } from '../../../shared/analyst/migrate';
import { preferencesSchema, storeNoticeSchema } from '../../../shared/ipc/schemas';

export const STORE_NAME = 'analyst';
export const KEYS = { analyst: 'analyst', preferences: 'preferences', notices: 'notices' } as const;

export const storedNoticesSchema = z.array(storeNoticeSchema);

function describe(where: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((i) => `${[where, ...i.path].join('.')}: ${i.message}`);
  return parts.join('; ');
}

export function validateStoreContent(content: unknown): void {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new Error('the file does not hold a JSON object');
  }
  const record = content as Record<string, unknown>;
  if (record[KEYS.analyst] !== undefined) migrateAnalystData(record[KEYS.analyst]);
  if (record[KEYS.preferences] !== undefined) {
    const parsed = preferencesSchema.safeParse(record[KEYS.preferences]);
    if (!parsed.success) throw new Error(describe(KEYS.preferences, parsed.error));
  }
  if (record[KEYS.notices] !== undefined) {
    const parsed = storedNoticesSchema.safeParse(record[KEYS.notices]);
    if (!parsed.success) throw new Error(describe(KEYS.notices, parsed.error));
  }
}
