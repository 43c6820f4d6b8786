/**
 * A state's official speaking of the state's government by its generic head ("Ghani said the government
 * would free the prisoners", "Netanyahu said his government would …", "…, Frost said"): the head stands
 * for the speaker's own party, so its "would"/"will" is the party's own undertaking (government-heads.ts;
 * eval ontologies afghanistan-doha-2020, gaza-ceasefire-2024, ni-protocol-2021, kosovo-serbia-2022).
 * Traps: a non-state speaker's "the government" (the other side's), an envoy's or a mediator's (the
 * government where they deal), another state named with it, another state's government named just
 * before, "the government's critics", a condition's subject ("provided the government frees …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const ni = evalOntology('ni-protocol-2021.json');
const PR = 'prisoner-release';

const afghanCases: ReadingCase[] = [
  {
    name: '"X said the government would free …": the president\'s own undertaking',
    text: 'Ghani said on Tuesday that the government would free the Taliban prisoners in stages.',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'would' }],
  },
  {
    name: '"his government will release …" said by the president',
    text: 'President Ashraf Ghani said his government will release the Taliban prisoners next week.',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'will' }],
  },
  {
    name: 'the head opening the sentence, the speaker after it',
    text: 'The government will let the Taliban prisoners go as a goodwill gesture, Ghani told the assembly.',
    expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'will' }],
  },
  {
    name: 'trap: a Taliban spokesman\'s "the government" is the other side\'s',
    text: 'Zabihullah Mujahid said the government would free the Taliban prisoners within days.',
    expect: [],
    none: [['afghan-government', PR]],
  },
  {
    name: 'trap: an envoy speaks of the government where he deals, not his own',
    text: 'Khalilzad said the government would release the Taliban prisoners soon.',
    expect: [],
    none: [
      ['united-states', PR],
      ['afghan-government', PR],
    ],
  },
  {
    name: 'trap: another state named with the head',
    text: 'Ghani said Pakistan and the government would release the Taliban prisoners.',
    expect: [],
    none: [
      ['afghan-government', PR],
      ['pakistan', PR],
    ],
  },
  {
    name: "trap: another state's government named just before the head",
    text: 'The Afghan government has held back the releases for weeks. Imran Khan said the government would release the Taliban prisoners.',
    expect: [],
    none: [
      ['pakistan', PR],
      ['afghan-government', PR],
    ],
  },
  {
    name: 'trap: the head is the subject of a condition the Taliban set',
    text: 'Ghani said the Taliban would talk once the government had released their prisoners.',
    expect: [],
    none: [['afghan-government', PR]],
  },
  {
    name: 'trap: "the government\'s critics" are not the government',
    text: "Ghani said the government's critics would free the Taliban prisoners.",
    expect: [],
    none: [['afghan-government', PR]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"his government would never accept …" said by the prime minister',
    text: 'Netanyahu said his government would never accept a permanent ceasefire.',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'accept' }],
  },
  {
    name: 'trap: a mediator\'s "the government" is a side\'s, not its own',
    text: 'Blinken said the government would withdraw its troops from Gaza.',
    expect: [],
    none: [
      ['united-states', 'israeli-withdrawal'],
      ['israel', 'israeli-withdrawal'],
    ],
  },
  {
    name: 'trap: another state named with the head ("Egypt and the government")',
    text: 'Netanyahu said Egypt and the government would free the hostages.',
    expect: [],
    none: [['egypt', 'hostage-release']],
  },
];

const niCases: ReadingCase[] = [
  {
    name: '"the government would trigger Article 16" said by the Brexit minister',
    text: 'Frost said the government would trigger Article 16 if talks failed to deliver.',
    published: '2021-07-21',
    expect: [{ party: 'uk', demand: 'full-implementation', stance: 'rejects', quote: 'Article 16' }],
  },
];

describe("a generic government head stands for its speaker's own state", () => {
  for (const c of afghanCases) it(c.name, () => checkReading({ published: '2020-03-10', ...c }, afghanistan));
  for (const c of gazaCases) it(c.name, () => checkReading({ published: '2024-06-05', ...c }, gaza));
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});
