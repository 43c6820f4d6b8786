// @vitest-environment jsdom
/** The cell's timeline: the dated list always, the at-a-glance strip only when there is change to see. */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StanceAtDate } from '../../../shared/model';
import { Timeline } from './Timeline';

afterEach(cleanup);

const at = (date: string | null, stance: StanceAtDate['stance'], documents: string[]): StanceAtDate => ({
  date,
  stance,
  documents,
});

describe('Timeline', () => {
  it('lists one date without a strip of a single mark', () => {
    const { container } = render(<Timeline timeline={[at('2022-01-28', 'open', ['a'])]} />);
    expect(container.querySelector('.timeline__strip')).toBeNull();
    const rows = container.querySelectorAll('.timeline__list li');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('28 Jan 2022');
    expect(rows[0]!.textContent).toContain('Open');
    expect(rows[0]!.textContent).toContain('1 document');
  });

  it('shows a mark per date when there are several, in order', () => {
    const { container } = render(
      <Timeline
        timeline={[
          at('2022-01-11', 'rejects', ['a']),
          at('2022-01-28', 'open', ['b', 'c']),
          at(null, 'unclear', ['d']),
        ]}
      />,
    );
    const marks = [...container.querySelectorAll('.timeline__strip li')];
    expect(marks.map((m) => m.getAttribute('title'))).toEqual([
      '11 Jan 2022: Rejects',
      '28 Jan 2022: Open',
      expect.stringContaining('Unclear'),
    ]);
    expect(container.querySelectorAll('.timeline__list li')[1]!.textContent).toContain('2 documents');
  });

  it('says there is no evidence yet for an empty timeline', () => {
    const { container } = render(<Timeline timeline={[]} />);
    expect(container.textContent).toBe('No evidence yet.');
  });
});
