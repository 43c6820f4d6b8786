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
    expect(data.schemaVersion).toBe(2);
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
      'version 2) is invalid: notes.0',
    );
    expect(() => migrateAnalystData({ schemaVersion: 3 })).toThrow(
      'version 3, newer than this app understands (2)',
    );
    expect(() => migrateAnalystData({})).toThrow('unknown schemaVersion: missing');
  });
});
