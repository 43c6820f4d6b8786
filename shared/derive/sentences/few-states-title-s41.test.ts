/**
 * A speaker named only by a title few states give, with no name and no earlier mention of the party
 * ("The chancellor said …", "the foreign secretary told reporters …", "the taoiseach said …"): the
 * title speaks for the one party whose ontology officials hold it on the article's date, lower case or
 * capitalised. Traps: the head of a longer title ("the chancellor of the exchequer"), a former holder,
 * and titles that nearly every state or many people have ("the prime minister", "the foreign minister",
 * "the spokesman"), which still need a name or an earlier mention of their party. Sentences written for
 * these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-08';
const NE = 'non-expansion';
const rejects = (party: string, quote: string) => ({ party, demand: NE, stance: 'rejects' as const, quote });
/** Every party that has someone called by the trap's title in the ontology. */
const nobody: Array<[string, string]> = [
  ['germany', NE],
  ['uk', NE],
  ['italy', NE],
  ['eu', NE],
  ['nato', NE],
  ['russia', NE],
  ['united-states', NE],
];

const russiaWest: ReadingCase[] = [
  {
    name: '"The chancellor said …" with no name: Germany, the one holder on the date',
    text: 'The chancellor said every country had the right to choose its own security arrangements.',
    published,
    expect: [rejects('germany', 'choose its own security arrangements')],
    none: [['uk', NE]],
  },
  {
    name: 'lower-case "the foreign secretary told reporters": Britain',
    text: 'The foreign secretary told reporters that every country had the right to choose its alliances.',
    published,
    expect: [rejects('uk', 'choose its alliances')],
    none: [['germany', NE]],
  },
  {
    name: 'the title after a fronted question about a Russian demand: the chancellor rejects it',
    text: "Asked about Moscow's demand that the alliance rule out taking in Ukraine, the chancellor said no such guarantee could be given.",
    published,
    expect: [
      { party: 'russia', demand: NE, stance: 'supports', quote: "Moscow's demand" },
      rejects('germany', 'no such guarantee could be given'),
    ],
  },
  {
    name: 'capitalised "The Foreign Secretary insisted …": Britain',
    text: 'The Foreign Secretary insisted that every country had the right to choose its own security arrangements.',
    published,
    expect: [rejects('uk', 'insisted')],
  },
  {
    name: 'trap: "the chancellor of the exchequer" is another office',
    text: 'The chancellor of the exchequer said every country had the right to choose its own security arrangements.',
    published,
    expect: [],
    none: nobody,
  },
  {
    name: 'trap: a former chancellor speaks for no one',
    text: 'The former chancellor said every country had the right to choose its own security arrangements.',
    published,
    expect: [],
    none: nobody,
  },
  {
    name: 'trap: "the prime minister", an office most states have, needs its party named',
    text: 'The prime minister said every country had the right to choose its own security arrangements.',
    published,
    expect: [],
    none: nobody,
  },
  {
    name: 'trap: "the foreign minister" likewise',
    text: 'The foreign minister said every country had the right to choose its own security arrangements.',
    published,
    expect: [],
    none: nobody,
  },
  {
    name: 'trap: "the spokesman", many people of many parties',
    text: 'The spokesman said every country had the right to choose its own security arrangements.',
    published,
    expect: [],
    none: nobody,
  },
];

const ni = evalOntology('ni-protocol-2021.json');
const niCases: ReadingCase[] = [
  {
    name: 'lower-case "the taoiseach said" with Ireland never named: Ireland',
    text: 'The taoiseach said the Protocol had to be implemented in full.',
    published: '2021-03-04',
    expect: [
      { party: 'ireland', demand: 'full-implementation', stance: 'supports', quote: 'implemented in full' },
    ],
  },
];

describe('a title few states give speaks for its one holder without an earlier name', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});
