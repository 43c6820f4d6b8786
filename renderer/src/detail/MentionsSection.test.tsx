// @vitest-environment jsdom
/**
 * The unclassified mentions in the cell detail, driven by the keyboard as an analyst would: one key
 * cites the focused mention with that stance; arrows move; without a name, the name is asked inline
 * and the citation is made once it is given.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentCell } from '../../../shared/analyst/effective';
import type { EffectiveCell } from '../../../shared/model';
import type { UnclassifiedMention } from '../../../shared/model/matrix';

const calls: Array<{ name: string; args: unknown }> = [];
vi.mock('../platform', () => ({
  platform: new Proxy(
    {},
    {
      get: (_t, name: string) => async (args: unknown) => {
        calls.push({ name, args });
        if (name === 'preferences:set') return { author: 'Ann Analyst', theme: 'system' };
        return (await import('../store/test-matrix')).analystSnapshot();
      },
    },
  ),
}));

const { useStandpoint } = await import('../store');
const { MentionsSection } = await import('./MentionsSection');

const mention = (start: number, quote: string): UnclassifiedMention => ({
  key: `cns:${start}-${start + quote.length}:eu:nx`,
  document: 'cns',
  start,
  end: start + quote.length,
  quote,
  party: 'eu',
  demand: 'nx',
  demandMatch: 'expansion',
  partyMatch: 'the EU',
  published: '2022-01-11',
});
const cell: EffectiveCell = {
  ...silentCell('eu', 'nx'),
  mentions: [mention(0, 'The EU discussed expansion.'), mention(40, 'The EU met on expansion again.')],
};

beforeEach(() => {
  calls.length = 0;
  requestAnimationFrameStub();
});
afterEach(cleanup);

/** jsdom has no layout: run animation-frame callbacks at once so focus moves happen in the test. */
function requestAnimationFrameStub() {
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    cb(0);
    return 0;
  });
}

const items = () => screen.getAllByRole('listitem');
const applied = () =>
  calls.filter((c) => c.name === 'analyst:apply').map((c) => (c.args as { action: unknown }).action);

describe('unclassified mentions', () => {
  it('cites the focused mention with one key, and moves with the arrows', async () => {
    useStandpoint.setState({ preferences: { author: 'Ann Analyst', theme: 'system' } });
    render(<MentionsSection cell={cell} />);
    expect(screen.getByRole('region', { name: 'Unclassified mentions' })).toBeTruthy();
    expect(items()[0]!.tabIndex).toBe(0);
    items()[0]!.focus();
    fireEvent.keyDown(items()[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    await act(async () => {
      fireEvent.keyDown(items()[1]!, { key: 'r' });
    });
    expect(applied()).toMatchObject([
      {
        type: 'citation:create',
        party: 'eu',
        demand: 'nx',
        stance: 'rejects',
        range: { document: 'cns', start: 40, end: 70 },
        comment: '',
      },
    ]);
    // Each stance has its key; other keys do nothing.
    for (const [key, stance] of [
      ['s', 'supports'],
      ['o', 'open'],
      ['u', 'unclear'],
    ] as const) {
      await act(async () => {
        fireEvent.keyDown(items()[0]!, { key });
      });
      expect(applied().at(-1)).toMatchObject({ stance, range: { start: 0, end: 27 } });
    }
    await act(async () => {
      fireEvent.keyDown(items()[0]!, { key: 'x' });
    });
    expect(applied()).toHaveLength(4);
  });

  it('hides a mention the analyst already cited', () => {
    useStandpoint.setState({ preferences: { author: 'Ann Analyst', theme: 'system' } });
    const cited: EffectiveCell = {
      ...cell,
      analystCitations: [
        {
          id: 'a1',
          author: 'Ann',
          createdAt: 't',
          updatedAt: 't',
          party: 'eu',
          demand: 'nx',
          stance: 'open',
          comment: '',
          anchor: {
            document: 'cns',
            documentHash: 'h',
            start: 0,
            end: 27,
            quote: 'x',
            prefix: '',
            suffix: '',
          },
          resolution: { status: 'anchored', start: 0, end: 27 },
        },
      ],
    };
    render(<MentionsSection cell={cited} />);
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toContain('met on expansion again');
  });

  it('asks for the name inline, then makes the citation', async () => {
    useStandpoint.setState({ preferences: { author: '', theme: 'system' } });
    render(<MentionsSection cell={cell} />);
    await act(async () => {
      fireEvent.keyDown(items()[0]!, { key: 's' });
    });
    expect(applied()).toEqual([]);
    const name = screen.getByLabelText(/^Your name \(recorded/);
    expect(document.activeElement).toBe(name);
    fireEvent.change(name, { target: { value: 'Ann Analyst' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cite as Supports' }));
    });
    // The name is saved first, then the citation (the store may refresh its snapshot after).
    expect(calls.map((c) => c.name).filter((n) => n !== 'analyst:get')).toEqual([
      'preferences:set',
      'analyst:apply',
    ]);
    expect(applied()[0]).toMatchObject({ stance: 'supports', range: { start: 0, end: 27 } });
  });
});
