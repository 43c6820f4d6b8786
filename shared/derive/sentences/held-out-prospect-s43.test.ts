/**
 * "Trump held out the prospect of an easing of sanctions", "is holding out the prospect of sanctions
 * relief": a party holding out the prospect of a demand's step offers it without promising it — open to
 * it, as "offered talks on …" is. An open cue ("hold out the prospect of/that") in the shipped cues and in
 * each negotiation's own cue list. Traps: a prospect held out by an event, not a party ("the summit held
 * out the prospect of …"); no prospect held out ("held out no prospect of …"); a prospect dismissed
 * (a refusal, not an offer). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-02-21';
const SR = 'sanctions-relief';
const EOW = 'end-of-war';

const cases: ReadingCase[] = [
  {
    name: '"held out the prospect of an easing of sanctions": the holder is open to it',
    text: 'Trump held out the prospect of an easing of sanctions on the North.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'open', quote: 'held out the prospect of' }],
  },
  {
    name: 'a party named as its capital, a declaration as the prospect: open',
    text: 'Washington held out the prospect of a declaration ending the Korean War.',
    published,
    expect: [{ party: 'united-states', demand: EOW, stance: 'open', quote: 'held out the prospect of' }],
  },
  {
    name: 'the progressive "is holding out the prospect of": open',
    text: 'Trump is holding out the prospect of sanctions relief.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'open', quote: 'holding out the prospect of' }],
  },
  {
    name: 'trap: an event, not a party, holds out the prospect; the analysts are no party',
    text: 'Analysts said the summit held out the prospect of a declaration ending the Korean War.',
    published,
    expect: [],
    none: [
      ['united-states', EOW],
      ['north-korea', EOW],
    ],
  },
  {
    name: 'trap: "held out no prospect of" offers nothing',
    text: 'Kim held out no prospect of complete denuclearization.',
    published,
    expect: [],
    none: [['north-korea', 'denuclearization']],
  },
  {
    name: 'trap: a prospect dismissed is refused, not held out',
    text: 'Washington dismissed the prospect of an easing of sanctions.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'rejects', quote: 'dismissed' }],
  },
];

describe('holding out the prospect of a step is openness to it', () => {
  for (const c of cases) it(c.name, () => checkReading(c, dprk));
});
