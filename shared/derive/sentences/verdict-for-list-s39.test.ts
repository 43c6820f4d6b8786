/**
 * A verdict that judges the demands named before it in its clause ("…, and a guarantee keeping Ukraine
 * out of NATO is a non-starter for both Washington and the alliance") belongs to every name listed after
 * its "for"/"to", as the verdict read with its own subject already is ("unacceptable to Paris, London and
 * Berlin"): not to the first name only. Traps: a name opening a clause of its own after the verdict
 * ("…, and Kyiv has said nothing"; "… for Washington and Brussels officials are unsure"), and names before
 * the verdict's clause ("Berlin and Paris want talks, and …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const R97 = 'rollback-1997';
const rejects = (party: string, demand = NE) => ({
  party,
  demand,
  stance: 'rejects' as const,
  quote: 'non-starter',
});

const listed: ReadingCase[] = [
  {
    name: '"…, and a guarantee keeping Ukraine out of NATO is a non-starter for both Washington and the alliance"',
    text: 'Moscow wants NATO to stop expanding, and a guarantee keeping Ukraine out of NATO is a non-starter for both Washington and the alliance.',
    published,
    expect: [rejects('united-states'), rejects('nato')],
  },
  {
    name: '"… and to bar Ukraine from joining NATO, both non-starters for London and Paris": both reject both',
    text: 'Russia wants the allies to pull their troops back and to bar Ukraine from joining NATO, both non-starters for London and Paris.',
    published,
    expect: [rejects('uk'), rejects('france'), rejects('uk', R97), rejects('france', R97)],
  },
  {
    name: 'three names after "to": "…, and a halt to NATO enlargement is unacceptable to Berlin, Paris and Warsaw"',
    text: 'The withdrawal Putin wants is far off, and a halt to NATO enlargement is unacceptable to Berlin, Paris and Warsaw.',
    published,
    expect: [
      { ...rejects('germany'), quote: 'unacceptable' },
      { ...rejects('france'), quote: 'unacceptable' },
      { ...rejects('poland'), quote: 'unacceptable' },
    ],
  },
];

const traps: ReadingCase[] = [
  {
    name: 'trap: a name opening its own clause after the verdict ("…, and Kyiv has said nothing")',
    text: 'Moscow wants the alliance to stop expanding, and a halt to enlargement is a non-starter for Washington, and Kyiv has said nothing.',
    published,
    expect: [rejects('united-states')],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: "for Washington and Brussels officials are unsure": a new clause, not a second name',
    text: 'Moscow wants the alliance to stop expanding, and a halt to enlargement is a non-starter for Washington and Brussels officials are unsure.',
    published,
    expect: [rejects('united-states')],
    none: [
      ['nato', NE],
      ['eu', NE],
    ],
  },
  {
    name: 'trap: names before the verdict\'s clause ("Berlin and Paris want talks, and …") are not its holders',
    text: 'Berlin and Paris want talks, and a halt to NATO enlargement is a non-starter for Washington.',
    published,
    expect: [rejects('united-states')],
    none: [
      ['germany', NE],
      ['france', NE],
    ],
  },
];

describe('a verdict on the demands before it belongs to every name listed after its "for"', () => {
  for (const c of listed) it(c.name, () => checkReading(c));
});
describe('names not listed after the verdict do not hold it', () => {
  for (const c of traps) it(c.name, () => checkReading(c));
});
