// @vitest-environment jsdom
/**
 * The stance line of the cell detail: what backs the stance, and a plain warning when the analyst
 * has rejected every citation the derived stance rests on.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentCell } from '../../../shared/analyst/effective';
import { summarizeEvidence } from '../../../shared/analyst/evidence';
import type { EffectiveCell } from '../../../shared/model';
import type { Citation } from '../../../shared/model/matrix';

vi.mock('../platform', () => ({ platform: new Proxy({}, { get: () => async () => ({}) }) }));
const { OverrideSection } = await import('./OverrideSection');
afterEach(cleanup);

const citation = (key: string): Citation =>
  ({ key, document: 'd1', stance: 'supports', published: '2022-01-12', voice: 'own' }) as Citation;
const derived: EffectiveCell = {
  ...silentCell('russia', 'nx'),
  stance: 'supports',
  derivedStance: 'supports',
  confidence: 0.5,
  citations: [citation('d1:0-40:russia:nx'), citation('d1:41-90:russia:nx')],
};
const rejection = (citationKey: string) => ({
  id: citationKey,
  author: 'A',
  createdAt: 't',
  updatedAt: 't',
  citationKey,
  reason: 'paraphrase',
});
const show = (cell: EffectiveCell) =>
  render(<OverrideSection cell={cell} evidence={summarizeEvidence(cell, new Map())} />);

describe('the stance line', () => {
  it('says how many citations back the stance while any is accepted', () => {
    show({ ...derived, rejections: { 'd1:0-40:russia:nx': rejection('d1:0-40:russia:nx') } });
    expect(screen.getByText(/backed by 1 citation · confidence 50%/)).toBeTruthy();
    expect(screen.queryByTestId('unbacked-stance')).toBeNull();
  });

  it('warns when every citation of the derived stance is rejected, instead of “backed by 0”', () => {
    const keys = derived.citations.map((c) => c.key);
    show({ ...derived, rejections: Object.fromEntries(keys.map((k) => [k, rejection(k)])) });
    expect(screen.getByTestId('unbacked-stance').textContent).toBe(
      'derived from 2 citations, all rejected: override the stance to say what the sources show',
    );
    expect(screen.queryByText(/backed by/)).toBeNull();
  });
});
