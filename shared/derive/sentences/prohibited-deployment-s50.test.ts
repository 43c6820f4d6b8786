/**
 * A ban on the alliance's deployments as a draft words it: "would prohibit NATO from deploying forces in
 * countries that joined after 1997", "NATO would be barred from stationing troops in …", "forbid the
 * alliance to keep battlegroups in …". The verb of forbidding restricts the forces named after it as
 * "ban" and "stop … from" already did for the rollback (corpus/ontology.json); without it the verb of
 * deploying under the ban was read as the alliance's own deployment, so a draft's clause gave NATO a
 * rejection of the rollback. Found in coverage of the drafts of 17 December 2021: the Russian treaty
 * text as summarised by Xinhua in The Nation Thailand (18 December 2021: one side "would be prohibited
 * from deploying" forces) and by pledgetimes.com (17 December 2021: the treaties "prohibit the United
 * States from" setting up bases).
 * Traps: a draft with no proposer named gives the alliance nothing; a denied ban ("nothing would
 * prohibit NATO from …") is not read as the proposer's demand; a ban on deploying in a country that is
 * no ally (Ukraine) is not the rollback; a constitution's silence on foreign troops is no position.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-18';
const RB = 'rollback-1997';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Moscow\'s draft would prohibit NATO from deploying forces in countries that joined after 1997": Russia supports',
    text: "Moscow's draft would prohibit NATO from deploying forces in countries that joined the alliance after 1997.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'prohibit NATO from deploying' }],
    none: [['nato', RB]],
  },
  {
    name: '"Under Moscow\'s draft, NATO would be prohibited from deploying forces …": Russia supports, NATO nothing',
    text: "Under Moscow's draft, NATO would be prohibited from deploying forces in countries that joined after 1997.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'prohibited from deploying' }],
    none: [['nato', RB]],
  },
  {
    name: '"Lavrov said NATO must be barred from stationing troops in the Baltic states": Russia supports',
    text: 'Lavrov said NATO must be barred from stationing troops in the Baltic states.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'barred from stationing' }],
    none: [['nato', RB]],
  },
  {
    name: '"Russia\'s proposal would forbid the alliance to keep battlegroups in the Baltic states": Russia supports',
    text: "Russia's proposal would forbid the alliance to keep battlegroups in the Baltic states.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'forbid the alliance' }],
    none: [['nato', RB]],
  },
  {
    name: '"Moscow wants to forbid NATO to station troops in Poland": Russia supports',
    text: 'Moscow wants to forbid NATO to station troops in Poland.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'forbid NATO to station' }],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "The draft would forbid NATO to station troops in states that joined after 1997": NATO holds nothing',
    text: 'The draft would forbid NATO to station troops in states that joined after 1997.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "NATO would be prohibited from deploying forces …, under Moscow\'s draft": no NATO rejection',
    text: "NATO would be prohibited from deploying forces in countries that joined after 1997, under Moscow's draft.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'prohibited from deploying' }],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "nothing would prohibit NATO from deploying forces in its eastern members": no support',
    text: 'Stoltenberg said nothing would prohibit NATO from deploying forces in its eastern members.',
    published,
    expect: [],
    none: [
      ['russia', RB],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "The draft would bar NATO from stationing troops in Ukraine": not the rollback',
    text: 'The draft would bar NATO from stationing troops in Ukraine.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['russia', RB],
    ],
  },
  {
    name: 'trap: "The Polish constitution does not prohibit the stationing of foreign troops": no position',
    text: 'The Polish constitution does not prohibit the stationing of foreign troops, Duda said.',
    published,
    expect: [],
    none: [
      ['poland', RB],
      ['russia', RB],
    ],
  },
];

describe('a ban on the alliance deploying (s50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
