/**
 * "its" in the content of a demand a name modifies without "'s" ("U.S. demands to curb its
 * subsidies", "Moscow demands to halt its expansion") is the party the demand is addressed to, not the
 * demander: the demander's name no longer claims the pronoun, as "Moscow's demand to halt its expansion"
 * already did not. An offer or a pledge stays the party's own act, and "Beijing demanded Washington drop
 * its curbs" is still the addressee's. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const published = '2019-05-11';

const tradeCases: ReadingCase[] = [
  {
    name: 'a refusal of U.S. demands to curb "its" subsidies: the subsidies are China’s',
    text: 'China will never accept U.S. demands to curb its industrial subsidies.',
    published,
    expect: [
      { party: 'china', demand: 'structural-reform', stance: 'rejects', quote: 'accept U.S. demands' },
      { party: 'united-states', demand: 'structural-reform', stance: 'supports', quote: 'demands' },
    ],
  },
  {
    name: 'so with a capital for the demander and another refusing verb',
    text: 'Beijing has turned down Washington demands to curb its industrial subsidies.',
    published,
    expect: [
      {
        party: 'china',
        demand: 'structural-reform',
        stance: 'rejects',
        quote: 'turned down Washington demands',
      },
      { party: 'united-states', demand: 'structural-reform', stance: 'supports', quote: 'demands' },
    ],
  },
  {
    name: 'so with "demands for it to"',
    text: 'China will not give in to U.S. demands for it to curb its industrial subsidies.',
    published,
    expect: [
      {
        party: 'china',
        demand: 'structural-reform',
        stance: 'rejects',
        quote: 'not give in to U.S. demands',
      },
      { party: 'united-states', demand: 'structural-reform', stance: 'supports', quote: 'demands' },
    ],
  },
  {
    name: 'trap: an offer to curb its subsidies is the offerer’s own, and reads nothing',
    text: 'The U.S. offer to curb its industrial subsidies was welcomed by Beijing.',
    published,
    expect: [],
    none: [
      ['united-states', 'structural-reform'],
      ['china', 'structural-reform'],
    ],
  },
  {
    name: 'trap: a pledge to curb its own tariffs and subsidies is Washington’s own act',
    text: 'Washington pledged to curb its own tariffs and to end its industrial subsidies.',
    published,
    expect: [],
    none: [
      ['united-states', 'structural-reform'],
      ['china', 'structural-reform'],
    ],
  },
  {
    name: 'trap: "Washington demands China curb …" ("demands" the verb) reads as before',
    text: 'Washington demands China curb its industrial subsidies.',
    published,
    expect: [{ party: 'united-states', demand: 'structural-reform', stance: 'supports', quote: 'demands' }],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'trap: Beijing demanding Washington drop "its" curbs on technology transfers is no rejection of the reform',
    text: 'Beijing demanded Washington drop its curbs on technology transfers.',
    published,
    expect: [],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'trap: China refusing to lift its own restrictions on market access still rejects',
    text: 'China refuses to lift its restrictions on market access.',
    published,
    expect: [{ party: 'china', demand: 'structural-reform', stance: 'rejects', quote: 'refuses' }],
  },
];

const russiaCases: ReadingCase[] = [
  {
    name: 'NATO rejecting Moscow demands to halt "its" expansion: the expansion is NATO’s',
    text: 'NATO has rejected Moscow demands to halt its expansion to the east.',
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'rejected Moscow demands' },
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'demands' },
    ],
  },
];

describe('"its" in a demand a name modifies is the addressee’s', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of russiaCases) it(c.name, () => checkReading(c));
});
