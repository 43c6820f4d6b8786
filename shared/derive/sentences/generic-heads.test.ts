/**
 * A non-state party named once and then by the head noun of its description ("the group", "the
 * movement", "the militants", "the terror group", "the Islamist movement"): the party named last before it
 * whose own names end in that noun (eval ontologies gaza-ceasefire-2024, afghanistan-doha-2020). Traps: no
 * party named before, another group brought in between, groups spoken of together, a group of others
 * ("the group of mediators", "the bipartisan group"). And "our" in a quotation whose "he wrote" stands
 * for the speaker of the sentence before. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const afghanistan = evalOntology('afghanistan-doha-2020.json');
const PC = 'permanent-ceasefire';
const WD = 'israeli-withdrawal';
const TW = 'troop-withdrawal';

const gazaCases: ReadingCase[] = [
  {
    name: '"the group" after the party was named: the party speaks',
    text: 'Hamas sent its reply to the mediators on Monday. The group says it wants a lasting ceasefire.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'wants' }],
  },
  {
    name: '"the Islamist movement" after the party was named, with other parties named too',
    text: 'Egypt and Qatar pressed Hamas on Sunday. The Islamist movement insists that Israeli troops leave Gaza entirely.',
    expect: [{ party: 'hamas', demand: WD, stance: 'supports', quote: 'insists' }],
    none: [
      ['egypt', WD],
      ['qatar', WD],
    ],
  },
  {
    name: '"the terror group" after the party was named: its own call',
    text: 'Hamas answered the mediators late on Monday. The terror group says it will not budge from its call for Israeli troops to leave Gaza.',
    expect: [{ party: 'hamas', demand: WD, stance: 'supports', quote: 'its call' }],
  },
  {
    name: 'trap: another group brought in after the party was named',
    text: 'Hamas met the mediators on Monday. Islamic Jihad, another militant group, also sent a team. The group says it wants Israeli troops out of Gaza.',
    expect: [],
    noneButStated: [['hamas', WD]],
  },
  {
    name: 'trap: a group of others ("the group of mediators")',
    text: 'Hamas met the mediators on Monday. The group of mediators says it wants Israeli troops out of Gaza.',
    expect: [],
    noneButStated: [['hamas', WD]],
  },
  {
    name: 'trap: a group described by a word that is no epithet of the party',
    text: 'Hamas met the mediators on Monday. The bipartisan group says it wants Israeli troops out of Gaza.',
    expect: [],
    noneButStated: [['hamas', WD]],
  },
  {
    name: 'trap: "the group" with no party named before it',
    text: 'The group says it wants Israeli troops out of Gaza.',
    expect: [],
    none: [['hamas', WD]],
  },
  {
    name: 'trap: two groups spoken of together before "the group"',
    text: 'Hamas and Islamic Jihad met the mediators. Both groups say they want talks to go on. The group also says it wants Israeli troops out of Gaza.',
    expect: [],
    noneButStated: [['hamas', WD]],
  },
  {
    name: '"our plan" in a quotation whose "he wrote" stands for the speaker named before',
    text: 'President Biden spoke on Friday. "Our plan begins with a lasting ceasefire," he wrote.',
    expect: [{ party: 'united-states', demand: PC, stance: 'supports', quote: 'Our plan' }],
  },
  {
    name: 'trap: "our plan" after a meeting of two, "he said" standing for neither',
    text: 'Netanyahu met Biden on Friday. "Our plan begins with a lasting ceasefire," he said.',
    expect: [],
    none: [
      ['united-states', PC],
      ['israel', PC],
    ],
  },
  {
    name: 'trap: "our plan" of a speaker named in the sentence, not the one before',
    text: 'Biden spoke on Friday. "Our plan begins with a lasting ceasefire," Haniyeh said.',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'Our plan' }],
    none: [['united-states', PC]],
  },
];

const afghanCases: ReadingCase[] = [
  {
    name: '"the militants" after the party was named',
    text: 'The Taliban met US envoys in Doha. The militants say all foreign troops must leave Afghanistan.',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'must' }],
  },
  {
    name: '"the insurgent group" after the party was named',
    text: 'The Taliban met US envoys in Doha. The insurgent group says it wants every foreign soldier out of Afghanistan.',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: another terror group brought in after the party was named',
    text: 'The Taliban met US envoys in Doha. Al-Qaeda, a terror group, praised the talks. The terror group says every foreign soldier must leave Afghanistan.',
    expect: [],
    noneButStated: [['taliban', TW]],
  },
];

describe('a party named by the head noun of its description', () => {
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-05-01', ...c }, gaza));
  for (const c of afghanCases) it(c.name, () => checkReading({ published: '2020-05-01', ...c }, afghanistan));
});
