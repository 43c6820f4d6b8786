/**
 * A refusal whose object is an offer of talks ("Russia rejected the American offer to discuss limits on
 * missiles", "Moscow turned down an invitation to negotiate a moratorium") is a refusal to talk about
 * the demand's words, like "refused to discuss" (refused-talks.ts): the proposer refusing it is not
 * credited the demand as stated in its own words. Session 34, helper R2. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const MS = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"rejected the American offer to discuss limits" credits Russia no support for limits',
    text: 'Russia rejected the American offer to discuss limits on missiles.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: '"turned down Washington\'s invitation to negotiate a moratorium", the proposer named',
    text: "Moscow turned down Washington's invitation to negotiate a moratorium on missile deployments, Peskov said.",
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: '"did not accept the offer to discuss limits": a negated acceptance of the offer',
    text: 'The Kremlin did not accept the offer to discuss limits on missiles.',
    expect: [],
    none: [['russia', MS]],
  },
  {
    name: 'trap: the offer welcomed is no refusal (an open reading stays)',
    text: 'Russia welcomed the American offer to discuss limits on missiles.',
    expect: [
      { party: 'russia', demand: MS, stance: 'open', quote: 'welcomed the American offer to discuss' },
    ],
  },
  {
    name: "trap: the other side rejecting the proposer's offer keeps both readings",
    text: "The United States rejected Russia's offer to discuss limits on missiles.",
    expect: [
      { party: 'united-states', demand: MS, stance: 'rejects', quote: "rejected Russia's offer to discuss" },
      { party: 'russia', demand: MS, stance: 'supports', quote: 'offer to discuss' },
    ],
  },
  {
    name: 'trap: an offer rejected in one clause, talks wanted in the next, still reads the want',
    text: 'Russia rejected the American offer, and wants to discuss limits on missiles.',
    expect: [{ party: 'russia', demand: MS, stance: 'supports', quote: 'wants to discuss' }],
  },
  {
    name: 'trap: an offer rejected and talks proposed instead still reads the proposal',
    text: 'Russia rejected the American offer and proposed to discuss limits on missiles.',
    expect: [{ party: 'russia', demand: MS, stance: 'supports', quote: 'proposed to discuss' }],
  },
];

describe('a refused offer of talks', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
