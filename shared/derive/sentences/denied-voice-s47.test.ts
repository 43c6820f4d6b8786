/**
 * A say over enlargement denied to outsiders, in more of the words coverage uses: "Moscow has no voice on
 * who joins the alliance", "Russia has no right to interfere in countries joining NATO", "no third country
 * has a veto over enlargement", "Russia has no voice in the discussion on Ukraine's NATO membership". The
 * speaker holds the open door (rejects non-expansion). The new phrasings count only with one of the demand's
 * anchors (NATO, the alliance) in the sentence. (The bare "no say" and "no veto" count without one, as before:
 * "Kyiv complained that it has no say in the talks between Washington and Moscow" still reads Ukraine; making
 * them need an anchor lost "Moscow has no say over who joins" and was taken back.)
 * Traps: a voice or a say in security decisions or a deal, with no alliance named, is no stance.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';
/** The parties of talks over Ukraine's head: none of them holds a stance in the traps below. */
const THE_THREE_OF_THE_TALKS: Array<[string, string]> = [
  ['ukraine', NX],
  ['united-states', NX],
  ['russia', NX],
];

const cases: ReadingCase[] = [
  {
    name: '"Moscow has no voice on who joins the alliance, the NATO chief said": NATO rejects',
    text: 'The NATO chief said Moscow has no voice on who joins the alliance.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no voice on' }],
  },
  {
    name: '"no right to interfere in the process of countries joining NATO": NATO rejects',
    text: 'Stoltenberg said Russia has no right to interfere in the process of countries joining NATO.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no right to interfere in' }],
  },
  {
    name: '"no third country has a veto over NATO enlargement": NATO rejects',
    text: 'Stoltenberg said no third country has a veto over NATO enlargement.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'no third country has a veto' }],
  },
  {
    name: '"Russia has no voice in the discussion on Ukraine\'s NATO membership, Kuleba said": Ukraine rejects',
    text: "Kuleba said Russia has no voice in the discussion on Ukraine's future NATO membership.",
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no voice in' }],
  },
  {
    name: 'trap: "no say in European security decisions" is no stance on enlargement',
    text: 'Lavrov complained that Russia has no say in European security decisions.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "no voice in a deal struck over its head" is no stance on enlargement',
    text: 'The Ukrainian president warned that Kyiv would have no voice in a deal struck over its head by Washington and Moscow.',
    published,
    expect: [],
    none: THE_THREE_OF_THE_TALKS,
  },
];

describe('a say over enlargement denied to outsiders, anchored in the alliance (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
