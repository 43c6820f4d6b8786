/**
 * A quantity between a negation and its cue ("I don't see a lot of compromise on NATO's approach to
 * enlargement", "there was not a great deal of willingness to discuss …") adds no distance: the negation
 * still reaches the cue (cues.ts quantityBefore). The walk back from the cue had stopped at the "of" of "a
 * lot of" and read the compromise or the willingness as an offer: a confident wrong "open". Found in
 * coverage of the NATO-Russia Council: the US ambassador to NATO telling CNN she did not see a lot of
 * compromise on enlargement (EIR news service, 12 January 2022; Newsweek, January 2022, quoting her that no
 * ally was willing to budge on the open door).
 * Kept: a quantity with no negation ("there is a lot of room for compromise on missile deployments" is
 * open), and the negation before "much" or "any", which never needed the step.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"I don\'t see a lot of compromise" on enlargement: the US rejects, no offer',
    text: '"Frankly, I don\'t see a lot of compromise" on NATO\'s approach to enlargement, Blinken said.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'a lot of compromise' }],
  },
  {
    name: '"did not see a lot of compromise on NATO enlargement": a refusal',
    text: 'Blinken said he did not see a lot of compromise on NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'a lot of compromise' }],
  },
  {
    name: '"not a great deal of willingness to discuss": a refusal',
    text: 'Blinken said there was not a great deal of willingness to discuss NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'willingness to discuss' }],
  },
  {
    name: '"not lots of compromises on offer over NATO enlargement": "lots of" is a quantity too',
    text: 'Blinken said there were not lots of compromises on offer over NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'lots of compromises' }],
  },
  {
    name: 'kept: "there is a lot of room for compromise on missile deployments" is open',
    text: 'Blinken said there is a lot of room for compromise on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'room for compromise' }],
  },
  {
    name: 'kept: "did not see much room for compromise" is a refusal',
    text: 'Blinken said he did not see much room for compromise on NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'room for compromise' }],
  },
  {
    name: 'trap: "a lot of" with no negation before it is no refusal of the talks',
    text: 'Stoltenberg said there was a lot of willingness among allies to discuss limits on missile deployments.',
    published,
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'a lot of willingness' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a lot of compromise on another matter names no demand',
    text: 'Blinken said he did not see a lot of compromise on the gas pipeline.',
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['united-states', MD],
    ],
  },
  {
    name: 'trap: "not a lot of" about the other side\'s troops names no demand',
    text: 'There has not been a lot of movement of Russian troops away from the border, Blinken said.',
    published,
    expect: [],
    none: [
      ['united-states', NX],
      ['russia', NX],
    ],
  },
];

describe('a quantity between a negation and its cue (s49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
