/**
 * A later item of a list opened by a topic's preposition is a topic too: in "commitments on farm
 * trade, technology transfer and intellectual property" the second and third items are what the
 * commitments are about, as the first is, not something wanted done (a subject named after "on"
 * "only names the topic", demand-mentions.ts). So a wish for commitments on them supports the demand
 * they name. Traps: an aside set off in commas after the verb ("would change, on its own, the
 * protocol") is no list, nor is a clause closed before "and" ("the talks on tariffs ended, and …"),
 * and a list with no topic preposition before it keeps its own reading. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const ni = evalOntology('ni-protocol-2021.json');
const SR = 'structural-reform';
const published = '2019-09-12';

const tradeCases: ReadingCase[] = [
  {
    name: 'the middle item: "commitments from China on farm trade, technology transfer and intellectual property"',
    text: 'Washington wants commitments from China on farm trade, technology transfer and intellectual property.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'Washington wants' }],
    none: [['china', SR]],
  },
  {
    name: 'the last item after "and": "commitments on farm trade and technology transfer"',
    text: 'Washington wants commitments on farm trade and technology transfer.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'Washington wants' }],
  },
  {
    name: 'inside a question left open, the wish given: "… secure the commitments Washington wants from China on farm trade, technology transfer and …"',
    text: 'It remains uncertain whether the new push can secure the commitments Washington wants from China on farm trade, technology transfer and intellectual property.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'Washington wants' }],
  },
  {
    name: 'trap: a list with no topic preposition ("wants the tariffs cut and technology transfer left alone")',
    text: 'Beijing wants the tariffs cut and technology transfer left alone.',
    published,
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: a clause closed before "and" ("talks on subsidies collapsed, and technology transfer goes on") is no list',
    text: 'Talks on subsidies collapsed, and technology transfer goes on, a Chinese official said.',
    published,
    expect: [],
    none: [
      ['china', SR],
      ['united-states', SR],
    ],
  },
];

const niCases: ReadingCase[] = [
  {
    name: 'trap: an aside after the verb ("would change, on its own, the Northern Ireland protocol") is no list',
    text: 'London would change, on its own, the Northern Ireland protocol, the minister said.',
    published: '2022-06-12',
    expect: [],
    none: [['uk', 'protocol-renegotiation']],
  },
];

describe('a later item of a list opened by a topic preposition is a topic too', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of niCases) it(c.name, () => checkReading(c, ni));
});
