/**
 * The mirror of addressee-acts: a measure named without the anchor that ties it to the negotiation
 * ("the duties", "the designation"), said to be done with no agent or the party it is put to as agent
 * ("taken off", "be lifted", "removed by Washington"), held by the party that put the demand forward
 * ("Beijing wants the duties taken off"). Read with a cue on it only; not where another target is named,
 * where the holder is joined to another party, where a condition or time word follows, or where the
 * participle merely describes the measure. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');
const published = '2019-06-01';
const TR = 'tariff-removal';

const tradeCases: ReadingCase[] = [
  {
    name: '"Beijing wants the duties taken off": the proposer wants the measure gone',
    text: 'Beijing wants the duties taken off, officials there said.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'wants the duties taken off' }],
    none: [['united-states', TR]],
  },
  {
    name: '"China demands that the tariffs be lifted": a subjunctive after a demand verb',
    text: 'China demands that the tariffs be lifted in full.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'demands that the tariffs be lifted' }],
  },
  {
    name: '"removed by the Americans": the party the demand is put to as the agent',
    text: 'Beijing wants the levies removed by the Americans in one go.',
    published,
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'wants the levies removed' }],
  },
  {
    name: 'trap: a participle describing the measure ("the tariffs removed last year")',
    text: 'China said the tariffs removed last year had helped its exporters.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: another target named after the measure ("tariffs on Canadian steel")',
    text: 'China wants the tariffs on Canadian steel removed.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: the proposer as agent of its own step ("China cut its tariffs on American cars")',
    text: 'China cut its tariffs on American cars last month.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: both sides hold it ("China and the U.S. want the tariffs removed")',
    text: 'China and the U.S. want the tariffs removed.',
    published,
    expect: [],
    none: [
      ['china', TR],
      ['united-states', TR],
    ],
  },
  {
    name: 'trap: a condition after the step ("once a deal is signed") is left to the readers of conditions',
    text: 'China wants the duties lifted once a deal is signed.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: the proposer as the agent after "by"',
    text: 'China wants the tariffs removed by Beijing.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: no cue on the step ("refused to see … removed") reads no stated demand',
    text: 'Beijing has refused to see the tariffs removed by Washington in stages.',
    published,
    expect: [],
    none: [['china', TR]],
  },
  {
    name: 'trap: a report with no verb of wanting ("say the duties must be lifted")',
    text: 'Chinese negotiators say the duties must be lifted soon.',
    published,
    expect: [],
    none: [['united-states', TR]],
  },
  {
    name: 'trap: a step in a sequence ("closed before any deal") is left to the readers of conditions',
    text: 'Beijing wants the tariffs removed before any deal.',
    published,
    expect: [],
    none: [['china', TR]],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: '"Tehran wants the designation lifted": the IRGC named nowhere near',
    text: 'Tehran wants the designation lifted, its negotiators say.',
    published: '2022-04-01',
    expect: [
      { party: 'iran', demand: 'irgc-delisting', stance: 'supports', quote: 'wants the designation lifted' },
    ],
  },
];

describe('a bare measure its proposer wants done', () => {
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
