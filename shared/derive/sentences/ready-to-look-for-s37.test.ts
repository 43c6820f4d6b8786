/**
 * Readiness to look for, look at or find what a demand asks is an offer on it: "the Commission said it
 * was willing to look for imaginative fixes to the trade frictions", "Washington is willing to look for
 * arms control arrangements", "Washington is prepared to find a way to limit missile deployments". The
 * one ready to search is open to the demand, as one ready right before the demand's own verb is
 * (readinessMatches, searched-readiness.ts); negated it is a refusal ("not willing to look at any halt").
 * Only determiners, quote marks, one describing word and "a way to" may stand between the search verb and
 * the demand's words. Traps: a search for another noun that the demand's words only complement ("look
 * for common rules on missile deployments", "look for new ideas on the protocol" in
 * terms-and-owners.test.ts), readiness to look at something that is no demand, and readiness put as a
 * condition ("if Moscow is ready to look at …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const published = '2022-01-27';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: '"Washington is willing to look for arms control arrangements": open',
    text: 'Washington is willing to look for arms control arrangements in Europe, Sherman said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willing to look for' }],
  },
  {
    name: '"NATO is willing to find new arms control arrangements": open (one describing word between)',
    text: 'NATO is willing to find new arms control arrangements with Moscow, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'willing to find' }],
  },
  {
    name: '"Washington is prepared to find a way to limit missile deployments": open',
    text: 'Washington is prepared to find a way to limit missile deployments in Europe, a US official said.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'prepared to find' }],
  },
  {
    name: 'negated: "not willing to look at any halt to its enlargement" is a refusal',
    text: 'NATO is not willing to look at any halt to its enlargement, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'willing to look at' }],
  },
  {
    name: 'trap: "prepared to look for common rules on missile deployments": the search is for another noun',
    text: 'The allies are prepared to look for common rules on missile deployments, Stoltenberg said.',
    published,
    expect: [],
    none: [['nato', MD]],
  },
  {
    name: 'trap: officials ready to look at figures before talks on missile deployments: no offer',
    text: 'Officials are ready to look at the figures before the talks on missile deployments resume.',
    published,
    expect: [],
    none: [
      ['nato', MD],
      ['united-states', MD],
      ['russia', MD],
    ],
  },
  {
    name: 'trap: "if Moscow is ready to look at limits on missile deployments" is a condition, not its offer',
    text: 'If Moscow is ready to look at limits on missile deployments, the talks can go on, Blinken said.',
    published,
    expect: [],
    none: [['russia', MD]],
  },
];

const niCases: ReadingCase[] = [
  {
    name: '"willing to look for fixes to the trade frictions": open on the checks',
    text: 'The Commission said it was willing to look for practical fixes to the trade frictions between Britain and Northern Ireland.',
    published: '2021-07-21',
    expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'open', quote: 'willing to look for' }],
  },
  {
    name: '"Brussels is ready to find ways of cutting checks": open',
    text: 'Brussels is ready to find ways of cutting checks on goods from Great Britain, Sefcovic said.',
    published: '2021-07-21',
    expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'open', quote: 'ready to find' }],
  },
  {
    name: 'trap: readiness put as a condition ("if Brussels is willing to look for fixes, …") is no offer',
    text: 'If Brussels is willing to look for fixes to the trade frictions, London will keep talking, Frost said.',
    published: '2021-07-21',
    expect: [],
    none: [['eu', 'checks-reduction']],
  },
  {
    name: 'trap: ready to look at the text of a bill is no offer on the checks',
    text: 'The DUP leader said he was ready to look at the text of the bill once it was published.',
    published: '2021-07-21',
    expect: [],
    none: [
      ['dup', 'checks-reduction'],
      ['dup', 'protocol-renegotiation'],
    ],
  },
];

describe('readiness to look for, look at or find what a demand asks is an offer on it', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});
