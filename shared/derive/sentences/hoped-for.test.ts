/**
 * A party hoping that someone will do what a demand asks wants it done, as "expects X to" does:
 * "Beijing hopes Washington will ease the sanctions", "Seoul expressed the hope that the North would
 * give up its weapons". The verb only, with the party right before it (or "voiced/expressed hope
 * that"): "little hope that …" and "hopes of …" are nouns, and a hope with a negation in the clause
 * hoped for is left unread. Sentences written for these tests, read with the US–North Korea ontology
 * of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const cases: ReadingCase[] = [
  {
    name: '"Beijing hopes Washington will ease the sanctions": the hoper backs the easing',
    text: 'Beijing hopes Washington will ease the sanctions on North Korea, a spokesman said.',
    published,
    expect: [{ party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'Beijing hopes' }],
  },
  {
    name: '"expressed the hope that the North would give up its nuclear weapons": support',
    text: 'Seoul expressed the hope that the North would give up its nuclear weapons.',
    published,
    expect: [
      { party: 'south-korea', demand: 'denuclearization', stance: 'supports', quote: 'expressed the hope' },
    ],
  },
  {
    name: '"also voiced hope that the two sides would agree on a peace treaty": support',
    text: 'South Korea also voiced hope that the two sides would agree on a peace treaty.',
    published,
    expect: [{ party: 'south-korea', demand: 'end-of-war', stance: 'supports', quote: 'voiced hope' }],
  },
  {
    name: 'trap: "see little hope that Washington will ease …" is a forecast, no wish',
    text: 'Chinese diplomats see little hope that Washington will ease the sanctions on North Korea.',
    published,
    expect: [],
    none: [
      ['china', 'sanctions-relief'],
      ['united-states', 'sanctions-relief'],
    ],
  },
  {
    name: 'trap: a hope that Washington will never ease the sanctions is no support of easing',
    text: 'China hopes that Washington will never ease the sanctions on North Korea.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
  {
    name: 'trap: the noun "hopes of" names no wish of the party',
    text: 'Moscow hopes of a peace treaty were dashed by the collapse of the summit.',
    published,
    expect: [],
    none: [['russia', 'end-of-war']],
  },
];

describe('a party hoping someone will do what a demand asks', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
});
