/**
 * An offer with a condition after it ("ready to A if B"): the offer is openness to A, the condition B
 * is what the one offering asks in return. Sentences written for these tests, read with the eval
 * ontologies of other negotiations and the shipped lexicon.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const grain = evalOntology('grain-deal-2022.json');
const trade = evalOntology('us-china-trade-2019.json');

describe('an offer with a condition: the condition is the offering side’s ask', () => {
  it('"prepared to ease sanctions if Tehran comes back into compliance": open to the one, asking the other', () =>
    checkReading(
      {
        name: 'prepared to … if',
        text: 'A State Department spokesman said Washington stood prepared to ease sanctions if Tehran came back into compliance.',
        expect: [
          { party: 'united-states', demand: 'sanctions-lifting', stance: 'open', quote: 'prepared to ease' },
          {
            party: 'united-states',
            demand: 'nuclear-limits',
            stance: 'supports',
            quote: 'came back into compliance',
          },
        ],
      },
      iran,
    ));
  it('"willing to prolong the deal provided …": the condition supported, the offer open', () =>
    checkReading(
      {
        name: 'willing to … provided',
        text: 'Moscow is willing to prolong the deal provided the Russian part of the deal is carried out, the Kremlin said.',
        expect: [
          { party: 'russia', demand: 'deal-extension', stance: 'open', quote: 'willing to prolong' },
          {
            party: 'russia',
            demand: 'export-restrictions-lifted',
            stance: 'supports',
            quote: 'Russian part',
          },
        ],
      },
      grain,
    ));
  it('"ready to … once …": a condition in time is an ask too', () =>
    checkReading(
      {
        name: 'ready to … once',
        text: 'Tehran is ready to roll back its nuclear work once Washington lifts sanctions, the Iranian envoy said.',
        expect: [
          { party: 'iran', demand: 'sanctions-lifting', stance: 'supports', quote: 'lifts sanctions' },
        ],
      },
      iran,
    ));
  it('trap: a condition the offer does not set ("even if", a negated one) is no ask', () =>
    checkReading(
      {
        name: 'even if, not',
        text: 'Washington is ready to ease sanctions even if Tehran never comes back into compliance, one analyst wrote. Washington is prepared to ease sanctions if the talks do not reach full compliance.',
        // (Read as before this rule, never as the offering side's ask.)
        expect: [
          { party: 'united-states', demand: 'nuclear-limits', stance: 'open', quote: 'even if' },
          { party: 'united-states', demand: 'nuclear-limits', stance: 'open', quote: 'do not reach' },
        ],
      },
      iran,
    ));
  it('trap: a side the condition’s demand is not its own stays open, not supportive', () =>
    checkReading(
      {
        name: 'not its own',
        text: 'Kyiv is ready to help if the Russian part of the deal is carried out, the Ukrainian side said.',
        expect: [],
        none: [['ukraine', 'export-restrictions-lifted']],
      },
      grain,
    ));
});

describe('what a side awaits ("until", "once") is not yet its position', () => {
  it('trap: "will not cut tariffs until Beijing agrees to structural reforms" gives Beijing no stance', () =>
    checkReading(
      {
        name: 'until … agrees',
        text: 'Washington will keep every tariff in place until Beijing agrees to structural reforms, the trade representative said.',
        expect: [],
        none: [['china', 'structural-reform']],
      },
      trade,
    ));
  it('a time already past ("until Beijing agreed to …") still tells what it did', () =>
    checkReading(
      {
        name: 'until … agreed',
        text: 'The talks went nowhere for months until Beijing agreed to structural reforms.',
        expect: [{ party: 'china', demand: 'structural-reform', stance: 'supports', quote: 'agreed to' }],
      },
      trade,
    ));
});
