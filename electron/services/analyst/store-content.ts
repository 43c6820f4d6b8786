/**
 * What the analyst store file may contain, checked before the store is opened. The analyst data may
 * be at any version migrateAnalystData knows; keys we do not know are kept as they are and written
 * back, so no byte of someone else's is lost.
 */
import { z } from 'zod';
import { migrateAnalystData } from '../../../shared/analyst/migrate';
import { preferencesSchema, storeNoticeSchema } from '../../../shared/ipc/schemas';
import type { AnalystData, Preferences } from '../../../shared/model/analyst';
import type { StoreNotice } from '../persist/store-file';

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
  /** Keys Standpoint does not use (e.g. `__internal__`, written by conf before issue 12). */
  others: Record<string, unknown>;
}

/** Checks and migrates the whole file's content; throws naming the first bad key and fields. */
export function parseStoreContent(content: unknown): StoreContent {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw new Error('the file does not hold a JSON object');
  }
  const {
    analyst: rawAnalyst,
    preferences: rawPreferences,
    notices: rawNotices,
    ...others
  } = content as Record<string, unknown>;
  const analyst = migrateAnalystData(rawAnalyst);
  let preferences: Preferences | undefined;
  if (rawPreferences !== undefined) {
    const parsed = preferencesSchema.safeParse(rawPreferences);
    if (!parsed.success) throw new Error(describe(KEYS.preferences, parsed.error));
    preferences = parsed.data;
  }
  let notices: StoreNotice[] = [];
  if (rawNotices !== undefined) {
    const parsed = storedNoticesSchema.safeParse(rawNotices);
    if (!parsed.success) throw new Error(describe(KEYS.notices, parsed.error));
    notices = parsed.data;
  }
  return { analyst, preferences, notices, others };
}
