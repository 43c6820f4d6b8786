/**
 * A list of three or more parties right after a verb of saying, with no "that", as the subject of the
 * reported clause ("Officials said the US, Britain and France would discuss …"): every listed party
 * holds the verb, as with two names ("said the US and Britain would …"), with "that", or with no
 * speech verb at all; the first name is no speaker named after the verb ("…, said Lavrov"). Serial
 * comma or not. Traps: a fronted phrase before names ("After meeting Blinken, Lavrov and Shoigu
 * said …"), a list after "with" ("In talks with Russia, Britain and France agreed …"), an apposition
 * ("the US, Britain's closest ally, …"), a list that is the object of "warned"/"told", and a list of
 * speakers closing the sentence ("…, said the US, Britain and France."). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';
const open = (party: string, quote: string) => ({ party, demand: MD, stance: 'open' as const, quote });

const russiaWest: ReadingCase[] = [
  {
    name: '"said A, B and C would discuss": all three are open, reported',
    text: 'Officials said the US, Britain and France would discuss limits on missile deployments with Moscow.',
    published,
    expect: [
      { ...open('united-states', 'would discuss'), voice: 'reported' },
      { ...open('uk', 'would discuss'), voice: 'reported' },
      { ...open('france', 'would discuss'), voice: 'reported' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'the serial comma ("said the US, Britain, and France would") changes nothing',
    text: 'Officials said the US, Britain, and France would discuss limits on missile deployments with Moscow.',
    published,
    expect: [
      { ...open('united-states', 'would discuss'), voice: 'reported' },
      { ...open('uk', 'would discuss'), voice: 'reported' },
      { ...open('france', 'would discuss'), voice: 'reported' },
    ],
    none: [['russia', MD]],
  },
  {
    name: 'four names after "says", auxiliary "have": "says Washington, London, Paris and Berlin have agreed to discuss"',
    text: 'A NATO diplomat says Washington, London, Paris and Berlin have agreed to discuss limits on missile deployments.',
    published,
    expect: [
      open('united-states', 'agreed to discuss'),
      open('uk', 'agreed to discuss'),
      open('france', 'agreed to discuss'),
      open('germany', 'agreed to discuss'),
    ],
  },
  {
    name: 'a refusal reported of a list: "said the US, Britain and France were refusing to discuss" rejects for all three',
    text: 'A Kremlin aide said the US, Britain and France were refusing to discuss limits on missile deployments.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'rejects', quote: 'refusing to discuss' },
      { party: 'uk', demand: MD, stance: 'rejects', quote: 'refusing to discuss' },
      { party: 'france', demand: MD, stance: 'rejects', quote: 'refusing to discuss' },
    ],
  },
  {
    name: 'control: two names after "said" were read already',
    text: 'Officials said the US and Britain would discuss limits on missile deployments with Moscow.',
    published,
    expect: [open('united-states', 'would discuss'), open('uk', 'would discuss')],
    none: [['france', MD]],
  },
  {
    name: 'control: the same list with no speech verb',
    text: 'The US, Britain and France would discuss limits on missile deployments with Moscow.',
    published,
    expect: [
      open('united-states', 'would discuss'),
      open('uk', 'would discuss'),
      open('france', 'would discuss'),
    ],
  },
  {
    name: 'trap: names after a fronted phrase ("After meeting Blinken, Lavrov and Shoigu said") make no US reading',
    text: 'After meeting Blinken, Lavrov and Shoigu said they would discuss limits on missile deployments.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: a list after "with" ("In talks with Russia, Britain and France agreed") reads nothing for Russia',
    text: 'In talks with Russia, Britain and France agreed to discuss limits on missile deployments.',
    published,
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: an apposition ("said the US, Britain\'s closest ally, would") is no list: France is not named',
    text: "Officials said the US, Britain's closest ally, would discuss limits on missile deployments with Moscow.",
    published,
    expect: [],
    none: [['france', MD]],
  },
  {
    name: 'trap: a list the object of "warned … that" speaks nothing',
    text: 'Russia warned the US, Britain and France that it would not discuss limits on missile deployments.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'trap: a list the object of "told … that" speaks nothing',
    text: 'Russia told the US, Britain and France that it would discuss limits on missile deployments.',
    published,
    expect: [],
    none: [
      ['united-states', MD],
      ['uk', MD],
      ['france', MD],
    ],
  },
  {
    name: 'trap: "said A, B and C" closing the sentence names speakers, not a reported subject (the first still speaks)',
    text: 'NATO must discuss limits on missile deployments, said the US, Britain and France.',
    published,
    expect: [open('united-states', 'must discuss')],
  },
];

const gaza = evalOntology('gaza-ceasefire-2024.json');
const PC = 'permanent-ceasefire';

const gazaCases: ReadingCase[] = [
  {
    name: 'gaza: "said Egypt, Qatar, and the US have agreed to discuss": all three are open',
    text: 'A senior official said Egypt, Qatar, and the US have agreed to discuss a permanent ceasefire.',
    published: '2024-05-01',
    expect: [
      { party: 'egypt', demand: PC, stance: 'open', quote: 'agreed to discuss' },
      { party: 'qatar', demand: PC, stance: 'open', quote: 'agreed to discuss' },
      { party: 'united-states', demand: PC, stance: 'open', quote: 'agreed to discuss' },
    ],
    none: [
      ['israel', PC],
      ['hamas', PC],
    ],
  },
  {
    name: 'gaza trap: "warned Egypt, Qatar and the US that" — the three are only spoken to',
    text: 'Hamas warned Egypt, Qatar and the US that it would not accept a temporary truce.',
    published: '2024-05-01',
    expect: [],
    none: [
      ['egypt', PC],
      ['qatar', PC],
      ['united-states', PC],
    ],
  },
];

describe('a list of three or more parties after a verb of saying is the reported clause subject', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});
