/**
 * A demand referred to rather than named: "our proposal" in the quoted words of a party (that party's
 * attached demands, a singular noun only where exactly one is attached), and "the offer" standing for the
 * one demand the document attached to the proposer. The citation says which sentence it resolved to.
 * Ambiguous references read nothing. Sentences written for these tests, read with the US–DPRK and Gaza
 * ontologies of eval/.
 */
import { describe, expect, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, derive, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const SR = 'sanctions-relief';
const PC = 'permanent-ceasefire';

const ours: ReadingCase[] = [
  {
    name: '"not prepared to accept our proposal," a North Korean official said: the North’s one attached demand',
    text: 'Pyongyang wants the United States to ease sanctions. "The Americans were not prepared to accept our proposal," a North Korean official said.',
    published: '2019-03-01',
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'accept our proposal' }],
  },
  {
    name: '"turned down our demands," the envoy said: the plural takes every attached demand',
    text: 'North Korea is asking Washington to lift the sanctions. "Washington turned down our demands," a North Korean envoy said on Friday.',
    published: '2019-03-01',
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'turned down our demands' }],
  },
  {
    name: 'trap: two demands attached to the speaker, so "our proposal" does not say which',
    text: 'Pyongyang wants the United States to ease sanctions and to sign a peace treaty. "The Americans rejected our proposal," a North Korean official said.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "our proposal" said by a party with nothing attached is not the other side’s demand',
    text: 'Pyongyang wants the United States to ease sanctions. "The Americans rejected our proposal," a South Korean official said.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "our proposal to hold a summit" says what it is right there',
    text: 'Pyongyang wants the United States to ease sanctions. "The Americans rejected our proposal to hold a summit," a North Korean official said.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "our" outside quotation marks is no party speaking',
    text: 'Pyongyang wants the United States to ease sanctions. The Americans rejected our proposal, a North Korean official said.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "one of our demands" is a part, not saying which',
    text: 'Pyongyang wants the United States to ease sanctions. "Washington turned down one of our demands," a North Korean official said.',
    published: '2019-03-01',
    expect: [],
    none: [['united-states', SR]],
  },
];

const offers: ReadingCase[] = [
  {
    name: '"rejected the offer": the one demand attached to the proposer',
    text: 'Hamas has demanded a permanent ceasefire. Israel rejected the offer outright.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'rejected the offer' }],
  },
  {
    name: 'trap: two demands attached, so the singular "the offer" does not say which',
    text: 'Hamas has demanded a permanent ceasefire and the withdrawal of Israeli troops. Israel rejected the offer outright.',
    published: '2024-05-01',
    expect: [],
    none: [
      ['israel', PC],
      ['israel', 'israeli-withdrawal'],
    ],
  },
  {
    name: 'trap: "the offer of a ceasefire in Lebanon" says what it is',
    text: 'Hamas has demanded a permanent ceasefire. Israel rejected the offer of a ceasefire in Lebanon.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "the offer to host talks" is another thing offered',
    text: 'Hamas has demanded a permanent ceasefire. Israel rejected the offer to host talks in Cairo.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: "Egypt’s offer", a third party with nothing attached, is not Hamas’s demand',
    text: 'Hamas has demanded a permanent ceasefire. Israel rejected Egypt’s offer outright.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: the proposer turning down "the offer" does not reject its own demand',
    text: 'Hamas has demanded a permanent ceasefire. Hamas rejected the offer outright.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'demanded a permanent ceasefire' }],
  },
];

describe('a demand referred to as "our proposal" in a party’s quoted words', () => {
  for (const c of ours) it(c.name, () => checkReading(c, dprk));
  it('the citation says which sentence it resolved to', () => {
    const text = ours[0]?.text as string;
    const m = derive(text, '2019-03-01', dprk);
    const cite = m.cells
      .flatMap((c) => c.citations)
      .find((c) => c.party === 'united-states' && c.demand === SR);
    expect(cite?.resolvedFrom).toBeTruthy();
    const from = cite?.resolvedFrom as { start: number; end: number };
    expect(text.slice(from.start, from.end)).toContain('ease sanctions');
  });
});

describe('a demand referred to as "the offer"', () => {
  for (const c of offers) it(c.name, () => checkReading(c, gaza));
});
