/**
 * A bare demonstrative opening a sentence in the perfect passive, standing for what the sentence before
 * asked: "Moscow wants a guarantee that NATO will never admit Ukraine. This has been rejected by the
 * alliance", "That had been turned down by Washington", "That has already been ruled out". The simple past
 * ("This was rejected by NATO") was read already; the perfect ("has been", "had been", with "already" or
 * "not" between) now is too, through the same bare-pointer reader (references.ts).
 * Traps: the perfect negated ("has not been rejected"), a perfect copula naming no verdict ("has been the
 * case for weeks", "has been a sticking point"), a report or an expectation ("has been reported by",
 * "had been expected by"), and "it has been" with no refusing verdict. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, readerFor, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const published = '2022-01-20';
const NE = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"This has been rejected by the alliance" after the proposer asked',
    text: 'Moscow wants a written guarantee that NATO will never admit Ukraine. This has been rejected by the alliance.',
    published,
    expect: [
      { party: 'russia', demand: NE, stance: 'supports', quote: 'Moscow wants a written guarantee' },
      { party: 'nato', demand: NE, stance: 'rejects', quote: 'This has been rejected by the alliance' },
    ],
  },
  {
    name: '"That had been turned down by Washington"',
    text: 'The Kremlin demanded that the alliance stop expanding eastward. That had been turned down by Washington.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: NE,
        stance: 'rejects',
        quote: 'That had been turned down by Washington',
      },
    ],
  },
  {
    name: '"That has already been rejected by Washington"',
    text: 'Moscow demanded that the alliance stop expanding eastward. That has already been rejected by Washington.',
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'That has already been rejected' },
    ],
  },
  {
    name: 'trap: "This has not been rejected by NATO"',
    text: 'Russia wants a guarantee that NATO will never admit Ukraine. This has not been rejected by NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'Russia wants a guarantee' }],
    none: [['nato', NE]],
  },
  {
    name: 'trap: "That has been the case for weeks, Washington said"',
    text: 'Moscow demanded that the alliance stop expanding eastward. That has been the case for weeks, Washington said.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: "This has been reported by Western media"',
    text: 'Moscow demanded that the alliance stop expanding eastward. This has been reported by Western media.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: "That had been expected by Washington"',
    text: 'Moscow demanded that the alliance stop expanding eastward. That had been expected by Washington.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "It has been a tense week in Washington"',
    text: 'Moscow demanded that the alliance stop expanding eastward. It has been a tense week in Washington.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
];

describe('a bare pointer in the perfect passive', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

const iran = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-03-20');

describe('a bare pointer in the perfect passive, Iran talks', () => {
  it('"This has been rejected by the United States" after Tehran asked for the delisting', () =>
    iran(
      'perfect passive pointer, delisting',
      'Tehran has demanded that Washington delist the IRGC. This has been rejected by the United States.',
      [
        {
          party: 'united-states',
          demand: 'irgc-delisting',
          stance: 'rejects',
          quote: 'This has been rejected by the United States',
        },
      ],
    ));
  it('"That has been ruled out by Washington" after Iran asked for guarantees', () =>
    iran(
      'perfect passive pointer, guarantees',
      'Iran wants legally binding guarantees that a future president will not quit the deal. That has been ruled out by Washington.',
      [
        {
          party: 'united-states',
          demand: 'us-guarantees',
          stance: 'rejects',
          quote: 'That has been ruled out by Washington',
        },
      ],
    ));
  it('trap: "This has been a sticking point for months, Washington said"', () =>
    iran(
      'trap: perfect copula, no verdict',
      'Tehran has demanded that Washington delist the IRGC. This has been a sticking point for months, Washington said.',
      [],
      [['united-states', 'irgc-delisting']],
    ));
});
