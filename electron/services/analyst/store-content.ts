/**
 * What the analyst store file may contain, checked before the store is opened. The analyst data may
 * be at any version migrateAnalystData knows; keys we do not know (conf's `__internal__`) are left be.
 */
import { z } from 'zod';
import { migrateAnalystData } from '../../../shared/analyst/migrate';
import { preferencesSchema, storeNoticeSchema } from '../../../shared/ipc/schemas';
import type { AnalystData, Preferences } from '../../../shared/model/analyst';
import type { StoreNotice } from './store-file';

export const STORE_NAME = 'analyst';
export const KEYS = { analyst: 'analyst', preferences: 'preferences', notices: 'notices' } as const;

export const storedNoticesSchema = z.array(storeNoticeSchema);

function describe(where: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((i) => `${[where, ...i.path].join('.')}: ${i.message}`);
  return parts.join('; ');
}

export interface StoreContent {
  analyst: { data: AnalystData; migratedFrom?: number };
  preferences: Preferences | undefined;
  notices: StoreNotice[];
}

/** Checks and migrates the whole file's content; throws naming the first bad key and fields. */
export function parseStoreContent(content: unknown): StoreContent {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new Error('the file does not hold a JSON object');
  }
  const record = content as Record<string, unknown>;
  const analyst = migrateAnalystData(record[KEYS.analyst]);
  let preferences: Preferences | undefined;
  if (record[KEYS.preferences] !== undefined) {
    const parsed = preferencesSchema.safeParse(record[KEYS.preferences]);
    if (!parsed.success) throw new Error(describe(KEYS.preferences, parsed.error));
    preferences = parsed.data;
  }
  let notices: StoreNotice[] = [];
  if (record[KEYS.notices] !== undefined) {
    const parsed = storedNoticesSchema.safeParse(record[KEYS.notices]);
    if (!parsed.success) throw new Error(describe(KEYS.notices, parsed.error));
    notices = parsed.data;
  }
  return { analyst, preferences, notices };
}
