/**
 * A party's demand noun named by a national adjective ("the Russian demand for …", "two Russian
 * demands: …") inside a question ("the question is whether the West can meet …", "it is unclear
 * whether Washington will accept …"): the question is about what others will do with the demand; that
 * the demand is the owner's is stated, as it already was for a possessive owner ("Russia's demand for
 * …"). Only the noun's own content counts (right after it, or the items of the list its colon opens).
 * Traps: content reached through a verb the question asks about ("whether the Russian proposals
 * include …", "whether the Russian drafts would bar …"), a demand not yet made ("whether a Russian
 * demand … would follow", "whether the Russian side will put forward a demand …"), and the parties
 * the question is about, who get no stance, and an owner named by a pronoun, who is the question's own
 * subject ("whether Russia had dropped its demand …": whether it still holds it is what is asked). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const russiaHolds = (quote: string) => ({ party: 'russia', demand: NE, stance: 'supports' as const, quote });

const cases: ReadingCase[] = [
  {
    name: '"the question is whether the West can accept the Russian demand for …": Russia still holds it',
    text: 'The question is whether the West can accept the Russian demand for a ban on NATO expansion.',
    published,
    expect: [russiaHolds('Russian demand')],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: '"diplomats wonder whether Washington will ever meet the Russian demand for a halt to …"',
    text: 'Diplomats wonder whether Washington will ever meet the Russian demand for a halt to NATO enlargement.',
    published,
    expect: [russiaHolds('Russian demand')],
    none: [['united-states', NE]],
  },
  {
    name: 'a question left open: "it is unclear whether the allies will accept the Russian demands: …"',
    text: 'It is unclear whether the allies will accept the Russian demands: a ban on NATO expansion and a pullback of forces.',
    published,
    expect: [russiaHolds('Russian demands')],
    none: [['nato', NE]],
  },
  {
    name: '"whether there is room to compromise on two Russian demands: …", the items of the list',
    text: 'The real issue is whether there is room to compromise on two Russian demands: a halt to NATO expansion and limits on missiles.',
    published,
    expect: [russiaHolds('Russian demands')],
  },
  {
    name: 'control: a possessive owner was read already ("whether the West can accept Moscow\'s demand for …")',
    text: "The question is whether the West can accept Moscow's demand for a ban on NATO expansion.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'Moscow' }],
  },
  {
    name: 'trap: content through a verb the question asks about ("whether the Russian proposals include …")',
    text: 'It is unclear whether the Russian proposals include a ban on NATO expansion.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "reporters asked whether the Russian drafts would bar Ukraine from joining NATO"',
    text: 'Reporters asked whether the Russian drafts would bar Ukraine from joining NATO.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: a demand not yet made ("wondered whether a Russian demand for … would follow")',
    text: 'Officials wondered whether a Russian demand for a ban on NATO expansion would follow.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "it remains to be seen whether the Russian side will put forward a demand for …"',
    text: 'It remains to be seen whether the Russian side will put forward a demand for a ban on NATO expansion.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: an owner named by a pronoun, the question\'s own subject ("whether Russia had dropped its demand for …")',
    text: 'The chancellor would not say whether Russia had dropped its demand for a halt to NATO enlargement.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "it is unclear whether Moscow still holds to their demand for …" asks whether the owner holds it',
    text: 'It is unclear whether the Russians still hold to their demand for a ban on NATO expansion.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
];

describe('a demand noun owned by a national adjective keeps its owner inside a question', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
