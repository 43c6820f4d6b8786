/**
 * "Putin insisted that NATO must not be allowed to expand": a modal of obligation with the negated passive
 * of permission after it ("must not be allowed to", "should never be permitted to") is one demand that the
 * act stop, and the verb reporting it ("insisted") holds it. Before, the permission's passive subject
 * stood between "insisted" and the cue, and the sentence stayed an unclassified mention. "Permitted" now
 * reads as "allowed" after a demand's subject ("joint exercises must not be permitted any more").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const dprk = evalOntology('us-dprk-2018.json');

const cases: ReadingCase[] = [
  {
    name: '"insisted that the alliance must not be allowed to grow any further" is the demand',
    text: 'Putin insisted that the alliance must not be allowed to grow any further.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed' }],
    none: [['nato', NX]],
  },
  {
    name: '"should never be permitted to join" reported by the Kremlin',
    text: 'The Kremlin insisted that Ukraine should never be permitted to join the alliance.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'never be permitted' }],
    none: [['ukraine', NX]],
  },
  {
    name: 'the obligation after its own reporting clause still reads ("…, Putin insisted")',
    text: 'NATO must not be allowed to expand, Putin insisted.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'must not be allowed' }],
    none: [['nato', NX]],
  },
  {
    name: "the demand's opposite denied permission: the alliance kept from halting its growth rejects the halt",
    text: 'Stoltenberg insisted that NATO must not be allowed to stop its enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'must not be allowed' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: a hypothetical insistence is no position',
    text: 'If Putin insisted that NATO must not be allowed to expand, the talks would collapse.',
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: a say over others denied ("must not be allowed to decide who joins") is not turned round',
    text: 'Stoltenberg insisted that Russia must not be allowed to decide who joins the alliance.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'decide who joins' }],
  },
  {
    name: 'trap: the permission denied for something no demand covers reads nothing',
    text: 'Putin insisted that Ukraine must not be allowed to become a launch pad for attacks on Russia.',
    expect: [],
    none: [
      ['russia', NX],
      ['ukraine', NX],
    ],
  },
];

describe('a denied permission after a modal of obligation, reported', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  it('"joint military exercises must not be permitted any more" is the halt, insisted on by the North', () =>
    checkReading(
      {
        name: 'permitted after the subject',
        text: 'Kim insisted that joint military exercises must not be permitted any more.',
        published: '2018-07-01',
        expect: [
          {
            party: 'north-korea',
            demand: 'exercises-halt',
            stance: 'supports',
            quote: 'must not be permitted',
          },
        ],
      },
      dprk,
    ));
  it('"would not be permitted to stop": the drills kept going, the halt rejected', () =>
    checkReading(
      {
        name: 'permitted to stop, denied',
        text: 'Trump said joint military exercises would not be permitted to stop.',
        published: '2018-07-01',
        expect: [
          { party: 'united-states', demand: 'exercises-halt', stance: 'rejects', quote: 'not be permitted' },
        ],
        none: [['north-korea', 'exercises-halt']],
      },
      dprk,
    ));
  it('trap: another party named as the one not permitted to act keeps no stance of its own', () =>
    checkReading(
      {
        name: 'the one denied permission',
        text: 'Kim insisted that the United States must not be permitted to hold joint military exercises.',
        published: '2018-07-01',
        expect: [
          {
            party: 'north-korea',
            demand: 'exercises-halt',
            stance: 'supports',
            quote: 'must not be permitted',
          },
        ],
        none: [['united-states', 'exercises-halt']],
      },
      dprk,
    ));
});
