/** Helpers for the analyst service tests: a temp folder, editable documents, a fixed clock and ids. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SourceDocument } from '../../../../shared/model/corpus';
import { openAnalystService, type AnalystServiceOptions } from '../analyst-service';

export { hashOf, makeDocument } from '../../../../shared/model/test-support/make-document';
import { makeDocument } from '../../../../shared/model/test-support/make-document';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-analyst-'));
}

export const TASS_TEXT =
  'MOSCOW, Jan. 14. Ryabkov said Russia rejects any deployment of missiles in Europe. ' +
  'NATO said it is open to talks on missile deployment. Ryabkov said Russia rejects any deployment of missiles in Europe, again.';

/** A mutable document set, so a test can edit a document's text between "restarts". */
export function makeDocuments(initial: SourceDocument[] = [makeDocument('tass-1', TASS_TEXT)]) {
  const byId = new Map(initial.map((d) => [d.id, d]));
  return {
    get: (id: string) => byId.get(id),
    all: () => [...byId.values()],
    edit(id: string, text: string) {
      byId.set(id, makeDocument(id, text));
    },
  };
}

export function fixedClock(start = Date.parse('2026-11-23T05:30:00Z'), stepMs = 1000) {
  let now = start;
  return () => {
    const date = new Date(now);
    now += stepMs;
    return date;
  };
}

export function sequentialIds(prefix = 'item') {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

let instances = 0;

/** Each instance gets its own id prefix, as random ids would never collide across restarts either. */
export function openTestService(dir: string, overrides: Partial<AnalystServiceOptions> = {}) {
  return openAnalystService({
    dir,
    documents: makeDocuments(),
    clock: fixedClock(),
    newId: sequentialIds(`s${++instances}`),
    ...overrides,
  });
}
