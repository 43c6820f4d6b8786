import { describe, expect, it } from 'vitest';
import { ANALYST_SCHEMA_VERSION, emptyAnalystData, MIGRATED_AUTHOR, migrateAnalystData } from './migrate';

describe('migrateAnalystData', () => {
  it('gives empty current data when nothing is stored', () => {
    expect(migrateAnalystData(undefined)).toEqual({ data: emptyAnalystData() });
    expect(emptyAnalystData().schemaVersion).toBe(ANALYST_SCHEMA_VERSION);
  });

  it('passes current data through unchanged', () => {
    const data = emptyAnalystData();
    expect(migrateAnalystData(data)).toEqual({ data });
  });

  it('turns v1 annotations into cell notes and gives v1 items an author and update time', () => {
    const { data, migratedFrom } = migrateAnalystData({
      schemaVersion: 1,
      annotations: [
        { id: 'a', party: 'eu', demand: 'non-expansion', text: 'Hm.', createdAt: '2025-05-05T00:00:00Z' },
      ],
      overrides: [
        {
          id: 'o',
          party: 'eu',
          demand: 'non-expansion',
          stance: 'open',
          rationale: 'Why.',
          createdAt: '2025-05-06T00:00:00Z',
        },
      ],
    });
    expect(migratedFrom).toBe(1);
    expect(data.schemaVersion).toBe(ANALYST_SCHEMA_VERSION);
    expect(data.notes[0]).toEqual({
      id: 'a',
      author: MIGRATED_AUTHOR,
      createdAt: '2025-05-05T00:00:00Z',
      updatedAt: '2025-05-05T00:00:00Z',
      target: { kind: 'cell', party: 'eu', demand: 'non-expansion' },
      text: 'Hm.',
    });
    expect(data.overrides[0]).toMatchObject({
      author: MIGRATED_AUTHOR,
      updatedAt: '2025-05-06T00:00:00Z',
      stance: 'open',
    });
  });

  it('names what is wrong with data it cannot read', () => {
    expect(() => migrateAnalystData([])).toThrow('not an object');
    expect(() => migrateAnalystData({ schemaVersion: 1, annotations: 'x', overrides: [] })).toThrow(
      'version 1) is invalid: annotations',
    );
    expect(() => migrateAnalystData({ ...emptyAnalystData(), notes: [{}] })).toThrow(
      'version 3) is invalid: notes.0',
    );
    expect(() => migrateAnalystData({ ...emptyAnalystData(), schemaVersion: 2, notes: [{}] })).toThrow(
      'version 2) is invalid: notes.0',
    );
    expect(() => migrateAnalystData({ schemaVersion: 4 })).toThrow(
      'version 4, newer than this app understands (3)',
    );
    expect(() => migrateAnalystData({})).toThrow('unknown schemaVersion: missing');
  });

  it('reads a v2 store (edits that only add) as v3 with every item unchanged', () => {
    const at = '2025-06-01T10:00:00.000Z';
    const by = { author: 'Ann', createdAt: at, updatedAt: at };
    const v2 = {
      schemaVersion: 2,
      notes: [
        { id: 'n1', ...by, target: { kind: 'cell', party: 'eu', demand: 'non-expansion' }, text: 'Hm.' },
      ],
      overrides: [],
      citations: [],
      rejections: [],
      ontologyEdits: [
        { id: 'e1', ...by, kind: 'party', partyId: 'moldova', name: 'Moldova', aliases: ['Chisinau'] },
        { id: 'e2', ...by, kind: 'alias', partyId: 'nato', alias: 'the allies' },
        { id: 'e3', ...by, kind: 'phrase', demandId: 'non-expansion', phrase: 'no new members' },
        {
          id: 'e4',
          ...by,
          kind: 'demand',
          demandId: 'grain',
          title: 'Grain corridor',
          description: '',
          phrases: [],
        },
      ],
    };
    const { data, migratedFrom } = migrateAnalystData(v2);
    expect(migratedFrom).toBe(2);
    expect(data).toEqual({ ...v2, schemaVersion: 3 });
  });

  it('refuses a "v2" store holding edit kinds only v3 writes, rather than guessing', () => {
    const at = '2025-06-01T10:00:00.000Z';
    const edit = { id: 'e', author: 'Ann', createdAt: at, updatedAt: at, kind: 'roles-edit', roles: [] };
    expect(() =>
      migrateAnalystData({ ...emptyAnalystData(), schemaVersion: 2, ontologyEdits: [edit] }),
    ).toThrow(
      'version 2) is invalid: ontologyEdits: version 2 has no edit kinds other than party, demand, alias and phrase',
    );
    // The same edit in a v3 store is read as it is.
    const v3 = { ...emptyAnalystData(), ontologyEdits: [edit] };
    expect(migrateAnalystData(v3).data).toEqual(v3);
  });
});
