/**
 * "and" followed by a finite auxiliary ("… and has offered talks", "… and will keep offering talks") opens
 * a predicate of its own: the refusal before it does not reach the cue after it. Before, "The alliance has
 * refused to halt enlargement and has offered talks on missile deployments instead" read NATO rejecting
 * missile limits, because the offer was taken into the scope of "refused to".
 * Traps: an infinitive coordinated under the refusal ("refused to halt enlargement and to discuss missile
 * deployments") is still refused; a second verb that is itself negated still refuses; the subject still
 * holds both verbs' readings.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-28';
const MI = 'missile-deployment';
const NX = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"refused to halt enlargement and has offered talks on missiles": NATO open on missiles',
    text: 'The alliance has refused to halt enlargement and has offered talks on missile deployments instead.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'refused to halt enlargement' },
      { party: 'nato', demand: MI, stance: 'open', quote: 'offered talks on missile deployments' },
    ],
  },
  {
    name: '"refused to pull its troops out of Poland and will keep offering talks": the US open on missiles',
    text: 'Washington refused to pull its troops out of Poland and will keep offering talks on missile deployments.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: RB,
        stance: 'rejects',
        quote: 'refused to pull its troops out of Poland',
      },
      { party: 'united-states', demand: MI, stance: 'open', quote: 'offering talks on missile deployments' },
    ],
  },
  {
    name: '"rejected the demand … and is ready to discuss missiles": both readings, as before',
    text: 'The US rejected the demand for a halt to NATO expansion and is ready to discuss missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected the demand' },
      { party: 'united-states', demand: MI, stance: 'open', quote: 'ready to discuss missile deployments' },
    ],
  },
  {
    name: 'trap: an infinitive coordinated under the refusal is still refused',
    text: 'The alliance has refused to halt enlargement and to discuss missile deployments.',
    published,
    expect: [{ party: 'nato', demand: MI, stance: 'rejects', quote: 'to discuss missile deployments' }],
  },
  {
    name: 'trap: a negated second verb still refuses on its own',
    text: 'The alliance has refused to halt enlargement and will not discuss missile deployments either.',
    published,
    expect: [{ party: 'nato', demand: MI, stance: 'rejects', quote: 'will not discuss missile deployments' }],
  },
  {
    name: 'trap: the offer after "and has" is no Russian position when Russia is only its object',
    text: 'Washington has rejected Moscow’s demand to halt enlargement and has offered Russia talks on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MI, stance: 'open', quote: 'offered Russia talks' }],
    none: [['russia', RB]],
  },
];

describe('"and" with a finite auxiliary opens a predicate of its own (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
