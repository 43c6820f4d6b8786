/**
 * A step offered "only within a deal that …", "only under an agreement that …", "only as part of a deal
 * …", "(but) only in exchange for …": the deal or the exchange is the condition the step is offered on,
 * as "only if" is, so the side the demand is put to is open to the step (not silent on it), and what
 * the deal must do is its own ask. "only under pressure", "within weeks" set no condition; another side
 * saying what the first would do is its account, not the first's offer. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const iran = evalOntology('iran-nuclear-2021.json');
const HR = 'hostage-release';
const PC = 'permanent-ceasefire';

const gazaCases: ReadingCase[] = [
  {
    name: '"only within an agreement that ends the war": open to the release, the end of the war its own ask',
    text: 'Hamas says it will free the hostages only within an agreement that ends the war.',
    published: '2024-03-10',
    expect: [
      { party: 'hamas', demand: HR, stance: 'open', quote: 'will' },
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'ends the war' },
    ],
  },
  {
    name: '"only under a deal that brings the war to an end"',
    text: 'Hamas says it will release the hostages only under a deal that brings the war to an end.',
    published: '2024-03-10',
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'will' }],
  },
  {
    name: '"only as part of a comprehensive deal"',
    text: 'Hamas said it would hand over the hostages only as part of a comprehensive deal.',
    published: '2024-03-10',
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'would' }],
  },
  {
    name: 'an aside between the subject and its modal ("Hamas, for its part, will …")',
    text: 'Hamas, for its part, will free the hostages only within an agreement that ends the war.',
    published: '2024-03-10',
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'will' }],
  },
  {
    name: '", but only in exchange for" after the step',
    text: 'Hamas said it would free the hostages, but only in exchange for a permanent ceasefire.',
    published: '2024-03-10',
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'would' }],
  },
  {
    name: 'trap: "only under pressure" sets no condition of a deal',
    text: 'Hamas will release the hostages only under pressure.',
    published: '2024-03-10',
    expect: [],
    none: [['hamas', HR]],
  },
  {
    name: 'trap: "within weeks" is a time, not a deal',
    text: 'Hamas will release the hostages within weeks.',
    published: '2024-03-10',
    expect: [],
    none: [['hamas', HR]],
  },
  {
    name: 'trap: "only within" a stage of the plan is a time, not a deal',
    text: 'Hamas will free the hostages only within the first phase.',
    published: '2024-03-10',
    expect: [],
    none: [['hamas', HR]],
  },
  {
    name: 'trap: another side telling what Hamas would do is its account, not Hamas’s offer',
    text: 'Israel said Hamas would free the hostages only within a deal that ends the war.',
    published: '2024-03-10',
    expect: [],
    none: [['hamas', HR]],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: 'another negotiation: "only in exchange for the lifting of all sanctions"',
    text: 'Tehran says it will return to full compliance with the nuclear deal only in exchange for the lifting of all sanctions.',
    published: '2021-12-01',
    expect: [
      { party: 'iran', demand: 'nuclear-limits', stance: 'open', quote: 'will' },
      { party: 'iran', demand: 'sanctions-lifting', stance: 'supports', quote: 'lifting of all sanctions' },
    ],
  },
  {
    name: 'another negotiation: "only as part of a deal that lifts all sanctions"',
    text: 'Iran said it would restore the limits on enrichment only as part of a deal that lifts all sanctions.',
    published: '2021-12-01',
    expect: [{ party: 'iran', demand: 'nuclear-limits', stance: 'open', quote: 'would' }],
  },
];

describe('a step offered only within a deal or in exchange for something', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
