import { describe, expect, it } from 'vitest';
import type { AnalystData } from '../model/analyst';
import type { Stance } from '../model/stance';
import { deriveMatrix } from '../derive/derive-matrix';
import { seedDocuments, seedOntology } from '../derive/test-support/seed-corpus';
import { agreementWithAnalyst } from './agreement';

const matrix = deriveMatrix(seedDocuments(), seedOntology(), { now: () => 0 });
const authored = {
  author: 'A. Analyst',
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
};
const empty: AnalystData = {
  schemaVersion: 2,
  notes: [],
  overrides: [],
  citations: [],
  rejections: [],
  ontologyEdits: [],
};

describe('agreement of the derivation with the analyst’s review', () => {
  it('is undefined before any review', () => {
    expect(agreementWithAnalyst(matrix, empty)).toMatchObject({
      reviewedCells: 0,
      cellAgreement: null,
      citationPrecision: null,
    });
  });

  it('counts an override with another stance and rejected citations as corrections, a note as agreement', () => {
    const usNx = matrix.cells.find((c) => c.party === 'united-states' && c.demand === 'non-expansion')!;
    const ruRb = matrix.cells.find((c) => c.party === 'russia' && c.demand === 'rollback-1997')!;
    const data: AnalystData = {
      ...empty,
      overrides: [
        {
          id: 'o1',
          ...authored,
          party: 'russia',
          demand: 'rollback-1997',
          stance: 'unclear',
          rationale: 'two readings',
        },
      ],
      notes: [
        {
          id: 'n1',
          ...authored,
          target: { kind: 'cell', party: 'united-states', demand: 'non-expansion' },
          text: 'checked',
        },
      ],
      rejections: [{ id: 'r1', ...authored, citationKey: usNx.citations[0]!.key, reason: 'misread' }],
    };
    const a = agreementWithAnalyst(matrix, data);
    expect(a.reviewedCells).toBe(2);
    expect(a.corrections).toEqual([
      { party: 'russia', demand: 'rollback-1997', derived: ruRb.stance, analyst: 'unclear' },
    ]);
    expect(a.agreedCells).toBe(1);
    expect(a.cellAgreement).toBe(0.5);
    expect(a.citations).toBe(usNx.citations.length + ruRb.citations.length);
    expect(a.rejectedCitations).toBe(1);
    expect(a.citationPrecision).toBeCloseTo(1 - 1 / a.citations);
  });

  it('counts a cell marked reviewed and an accepted change as agreement, a dismissed change as a correction', () => {
    const cell = (party: string, demand: string) =>
      matrix.cells.find((c) => c.party === party && c.demand === demand)!;
    const ruNx = cell('russia', 'non-expansion');
    const natoNx = cell('nato', 'non-expansion');
    const usMd = cell('united-states', 'missile-deployment');
    const decision = (party: string, demand: string, decided: 'accepted' | 'dismissed', from: Stance) => ({
      id: `d-${party}-${demand}`,
      ...authored,
      suggestionId: `s-${party}-${demand}`,
      party,
      demand,
      decision: decided,
      fromStance: from,
      toStance: cell(party, demand).stance,
      documents: ['doc'],
    });
    const data: AnalystData = {
      ...empty,
      reviewMarks: [{ id: 'm1', ...authored, party: 'russia', demand: 'non-expansion', stance: ruNx.stance }],
      reviewDecisions: [
        decision('nato', 'non-expansion', 'accepted', 'unclear'),
        decision('united-states', 'missile-deployment', 'dismissed', 'rejects'),
      ],
    };
    const a = agreementWithAnalyst(matrix, data);
    expect(a.reviewedCells).toBe(3);
    expect(a.agreedCells).toBe(2);
    expect(a.corrections).toEqual([
      { party: 'united-states', demand: 'missile-deployment', derived: usMd.stance, analyst: 'rejects' },
    ]);
    expect(natoNx.stance).not.toBe('unclear');
  });
});
