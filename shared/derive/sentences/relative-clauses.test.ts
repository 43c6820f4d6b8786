/**
 * A relative clause right after a demand's words says whose it is ("the halt to NATO expansion that
 * Moscow is demanding") or who refuses it ("…, which Washington rejects"): its subject holds its verb,
 * and the sentence's own verb, after the clause, is still read for its own holder ("… is a non-starter,
 * Blinken said"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';

const cases: ReadingCase[] = [
  {
    name: '"that Moscow is demanding … is a non-starter, X said": both the clause and the main verb read',
    text: 'The halt to NATO expansion that Moscow is demanding is a non-starter, Blinken said on Wednesday.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'non-expansion',
        stance: 'supports',
        quote: 'that Moscow is demanding',
        kind: 'subject',
      },
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'non-starter' },
    ],
  },
  {
    name: 'a bare relative clause ("the halt … Moscow wants") before the verdict',
    text: 'The halt to NATO enlargement Moscow wants is out of the question, the alliance said.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'non-expansion',
        stance: 'supports',
        quote: 'Moscow wants',
        kind: 'subject',
      },
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'out of the question' },
    ],
  },
  {
    name: 'trap: a bare subject inside a larger noun phrase ("a pledge against further NATO enlargement Berlin wants")',
    text: 'A pledge against further NATO enlargement Berlin wants was discussed in Paris.',
    published,
    expect: [],
    none: [['germany', 'non-expansion']],
  },
  {
    name: 'two clauses in a row: "that the Kremlin seeks, which Washington has rejected"',
    text: 'Talks resumed on a ban on intermediate-range missiles that the Kremlin seeks, which Washington has rejected.',
    published,
    expect: [
      { party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'that the Kremlin seeks' },
      {
        party: 'united-states',
        demand: 'missile-deployment',
        stance: 'rejects',
        quote: 'which Washington has rejected',
      },
    ],
  },
  {
    name: 'the main clause keeps its own reading: "Washington rejects the halt … that Moscow has called for"',
    text: 'Washington rejects the halt to NATO expansion that Moscow has called for, a spokesman said.',
    published,
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'that Moscow has called for' },
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'rejects' },
    ],
  },
  {
    name: 'an opposite phrase turns the clause: "NATO enlargement, which Russia has long opposed"',
    text: 'NATO enlargement, which Russia has long opposed, was on the agenda in Brussels.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'non-expansion',
        stance: 'supports',
        quote: 'which Russia has long opposed',
      },
    ],
  },
  {
    name: 'trap: the clause\'s verb takes more ("the open door Washington wants closed", "… want to end")',
    text: 'Diplomats spoke of the open door Washington wants closed. Reporters asked about the open door that the Americans want to end.',
    published,
    expect: [],
    none: [['united-states', 'non-expansion']],
  },
  {
    name: 'trap: a verb that is no position ("the halt to NATO expansion that Kyiv fears")',
    text: 'The ministers discussed the halt to NATO expansion that Kyiv fears.',
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');
const iranCases: ReadingCase[] = [
  {
    name: 'trap: a clause said of the noun inside the demand ("an end to the sanctions that Washington supports")',
    text: 'Analysts spoke of an end to the sanctions that Washington supports. Others wrote of the lifting of the sanctions that the Americans back.',
    published: '2021-06-01',
    expect: [],
    none: [['united-states', 'sanctions-lifting']],
  },
];

const kosovo = evalOntology('kosovo-serbia-2022.json');
const kosovoCases: ReadingCase[] = [
  {
    name: 'another negotiation: "the association … that Belgrade is demanding, which Pristina rejects"',
    text: 'On the association of Serb-majority municipalities that Belgrade is demanding, which Pristina rejects, the envoy said it would not become a state within a state.',
    published: '2023-06-06',
    expect: [
      {
        party: 'serbia',
        demand: 'serb-association',
        stance: 'supports',
        quote: 'that Belgrade is demanding',
      },
      { party: 'kosovo', demand: 'serb-association', stance: 'rejects', quote: 'which Pristina rejects' },
    ],
  },
];

describe('a relative clause after a demand says who holds it', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
  it.each(iranCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
  it.each(kosovoCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
});
