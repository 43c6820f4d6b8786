// @vitest-environment jsdom
/**
 * A citation made through a pointer ("Russia's demands") says where the demand itself is named: in an
 * earlier sentence, or — when the document points ahead before it names the demands — a later one.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Citation } from '../../../shared/model/matrix';

vi.mock('../platform', () => ({
  platform: new Proxy(
    {},
    { get: () => async () => (await import('../store/test-matrix')).analystSnapshot() },
  ),
}));

const { CitationCard } = await import('./CitationCard');

afterEach(cleanup);

const QUOTE = "NATO rejected Russia's demands.";
const citation = (resolvedFrom: Citation['resolvedFrom'], start = 100): Citation => ({
  key: `doc:${start}-${start + QUOTE.length}:nato:nx`,
  document: 'doc',
  start,
  end: start + QUOTE.length,
  quote: QUOTE,
  party: 'nato',
  demand: 'nx',
  stance: 'rejects',
  cue: 'rejected',
  negated: false,
  attribution: { party: 'nato', kind: 'subject', matched: 'NATO', role: null, speaker: null },
  demandMatch: "Russia's demands → No further NATO expansion",
  published: '2022-01-12',
  voice: 'reported',
  modality: 'present',
  weight: 0.3,
  resolvedFrom,
});

const show = (c: Citation) =>
  render(<CitationCard citation={c} partyName="NATO" doc={undefined} rejection={null} notes={[]} />);

describe('where a pointer was resolved to', () => {
  it('says "an earlier sentence" for a demand named before the pointer', () => {
    show(citation({ start: 10, end: 60 }));
    expect(screen.getByTestId('resolved-from').textContent).toMatch(
      /^The demand is named in an earlier sentence:/,
    );
  });

  it('says "a later sentence" for a demand the document names only after it', () => {
    show(citation({ start: 400, end: 460 }));
    expect(screen.getByTestId('resolved-from').textContent).toMatch(
      /^The demand is named in a later sentence:/,
    );
  });

  it('says nothing of the kind for a citation that names its demand itself', () => {
    show(citation(null));
    expect(screen.queryByTestId('resolved-from')).toBeNull();
  });
});
