/**
 * Backing another party's own choice with the choice put first: "Should Kyiv decide to give up its hopes
 * of joining, London would stand behind that decision", "If Ukraine chooses to stay out of NATO, we will
 * support that". As with the backing first ("would stand behind Kyiv if it chose to …", deference-s38),
 * support for another's choice, whichever way it goes, takes no side on the matter chosen: `unclear` for
 * the backer, and none of the chooser's words ("give up") are the backer's. Traps: a main clause that does
 * not back the choice ("Britain will be disappointed"), backing a party rather than pointing back at the
 * choice ("Britain backed Ukraine"), a fronted clause that is no choice ("If Russia invades, …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';
const NE = 'non-expansion';
const unclear = (party: string, quote: string) => ({ party, demand: NE, stance: 'unclear' as const, quote });

const backed: ReadingCase[] = [
  {
    name: '"Should Kyiv decide to give up its hopes of joining, London would stand behind that decision": unclear',
    text: 'Should Kyiv itself decide to give up its hopes of joining the alliance, London would stand behind that decision, the minister said.',
    published,
    expect: [unclear('uk', 'stand behind that decision')],
  },
  {
    name: '"If Ukraine decides to drop its bid to join NATO, Britain will support that": unclear',
    text: 'If Ukraine decides to drop its bid to join NATO, Britain will support that, the minister said.',
    published,
    expect: [unclear('uk', 'support that')],
  },
  {
    name: '"Should Kyiv choose to stay out of NATO, Paris would back the decision": unclear for France',
    text: 'Should Kyiv choose to stay out of NATO, Paris would back the decision.',
    published,
    expect: [unclear('france', 'back the decision')],
  },
  {
    name: 'a pronoun subject: "If Kyiv chooses to stay out of NATO, we will back that decision, Blinken said"',
    text: 'If Kyiv chooses to stay out of NATO, we will back that decision, Blinken said.',
    published,
    expect: [unclear('united-states', 'back that decision')],
  },
];

const traps: ReadingCase[] = [
  {
    name: 'trap: no backing after the choice ("Britain will be disappointed")',
    text: 'If Ukraine decides to drop its bid to join NATO, Britain will be disappointed, the minister said.',
    published,
    expect: [],
    none: [['uk', NE]],
  },
  {
    name: 'trap: backing a party, not the choice ("When Moscow decided to demand …, Britain backed Ukraine")',
    text: 'When Moscow decided to demand a halt to NATO expansion, Britain backed Ukraine.',
    published,
    expect: [],
    none: [['uk', NE]],
  },
  {
    name: 'trap: a fronted condition that is no choice ("If Russia invades, Britain will support that …")',
    text: 'If Russia keeps demanding an end to NATO expansion, Britain will support that country.',
    published,
    expect: [],
    none: [['uk', NE]],
  },
];

describe("backing another party's choice put first is unclear on the matter chosen", () => {
  for (const c of backed) it(c.name, () => checkReading(c));
});
describe('a fronted clause that is no choice backed lends no unclear', () => {
  for (const c of traps) it(c.name, () => checkReading(c));
});
