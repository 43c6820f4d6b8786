/**
 * A store written by Standpoint 0.1.x (analyst data version 2, ontology edits that only add) opens
 * in this version with every item intact, the old file kept beside it, and the vocabulary changes
 * of version 3 then saved and read back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestService, tempDir } from './test-support/fixtures';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = '2025-06-01T10:00:00.000Z';
const by = { author: 'Ann', createdAt: at, updatedAt: at };
const v2 = {
  analyst: {
    schemaVersion: 2,
    notes: [
      {
        id: 'n1',
        ...by,
        target: { kind: 'cell', party: 'nato', demand: 'non-expansion' },
        text: 'Watch this.',
      },
    ],
    overrides: [
      {
        id: 'o1',
        ...by,
        party: 'nato',
        demand: 'rollback-1997',
        stance: 'rejects',
        rationale: 'Communiqué.',
      },
    ],
    citations: [],
    rejections: [{ id: 'r1', ...by, citationKey: 'doc:1-2:nato:non-expansion', reason: 'Misattributed.' }],
    ontologyEdits: [
      { id: 'e1', ...by, kind: 'party', partyId: 'moldova', name: 'Moldova', aliases: ['Chisinau'] },
      { id: 'e2', ...by, kind: 'alias', partyId: 'nato', alias: 'the allies' },
    ],
  },
  preferences: { author: 'Ann', theme: 'light' },
};

describe('a version 2 store', () => {
  it('opens with every item intact, the old file kept, and takes vocabulary changes after', () => {
    const original = JSON.stringify(v2, null, 2);
    fs.writeFileSync(path.join(dir, 'analyst.json'), original);
    const service = openTestService(dir);
    const { data, notices } = service.get();
    expect(data).toEqual({ ...v2.analyst, schemaVersion: 3 });
    const [name] = fs.readdirSync(dir).filter((f) => /^analyst\.v2-[\dT-]+\.json$/.test(f));
    const kept = path.join(dir, name!);
    expect(fs.readFileSync(kept, 'utf8')).toBe(original);
    expect(notices).toEqual([expect.objectContaining({ kind: 'migrated', backupPath: kept })]);
    expect(service.preferences.get()).toEqual({ author: 'Ann', theme: 'light' });

    service.apply({ type: 'ontology:edit-party', partyId: 'moldova', changes: { adjectives: ['Moldovan'] } });
    service.apply({ type: 'ontology:remove-party', partyId: 'eu', name: 'European Union' });
    const again = openTestService(dir).get();
    expect(again.data.ontologyEdits.map((e) => e.kind)).toEqual([
      'party',
      'alias',
      'party-edit',
      'party-remove',
    ]);
    expect(again.data.notes).toEqual(data.notes);
    expect(again.notices).toHaveLength(1); // the upgrade is told once, not at every start
  });
});
