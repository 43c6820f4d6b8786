/**
 * An adjective or participle joined by a lone "and"/"or" to the first word of a subject of several
 * words ("tackle pirated and counterfeit goods", "end coercive and forced technology transfer"): both
 * modify the subject's head, so the restriction before the pair reaches the subject as it does without
 * it. Only a word shaped as an adjective or participle (-ed, -al, -ive, -ic, -ous, -ful, -ant, -ent,
 * -ary, -ory). Traps: the pair with no restriction before it, a comma and "and" opening a new clause,
 * ", and that the …" joining a second reported clause (the restriction before it reaches nothing after
 * "that"), and the demanding side's own wish read for it only. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2020-01-16';
const SR = 'structural-reform';
const EM = 'enforcement-mechanism';
const trade = evalOntology('us-china-trade-2019.json');

const cases: ReadingCase[] = [
  {
    name: '"had promised to tackle pirated and counterfeit goods": China gives its word on the reform',
    text: 'Trump said Beijing had promised to tackle pirated and counterfeit goods.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'promised' }],
  },
  {
    name: '"agreed to end coercive and forced technology transfer": the pair opens the subject',
    text: 'Beijing agreed to end coercive and forced technology transfer, a US official said.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'agreed to' }],
  },
  {
    name: '"vowed to scrap discriminatory and non-tariff barriers": "-ory" adjective before a hyphened subject',
    text: 'China vowed to scrap discriminatory and non-tariff barriers facing foreign firms.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'vowed' }],
  },
  {
    name: '"refused to tackle pirated and counterfeit goods": the refusal reaches the subject too',
    text: 'Beijing refused to tackle pirated and counterfeit goods, US negotiators complained.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'rejects', quote: 'refused' }],
  },
  {
    name: 'trap: the pair with no restriction before it states no position',
    text: 'Pirated and counterfeit goods were on sale in the market, Beijing said.',
    published,
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: ", and counterfeit goods …" opens a clause of its own',
    text: 'Beijing promised to tackle smuggling, and counterfeit goods kept flowing into the port.',
    published,
    expect: [],
    none: [['china', SR]],
  },
  {
    name: 'trap: ", and that the agreement …" is a second reported clause, not a second object of "tackle"',
    text: 'Trump said Beijing had promised to tackle pirated and counterfeit goods, and that the agreement gave American patents strong protection.',
    published,
    expect: [{ party: 'china', demand: SR, stance: 'supports', quote: 'promised' }],
    none: [['china', EM]],
  },
  {
    name: "trap: the demanding side's own wish is read for it, not for the side asked",
    text: 'Washington wants Beijing to tackle pirated and counterfeit goods.',
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'wants' }],
    none: [['china', SR]],
  },
];

describe('an adjective paired with the first word of a subject lets a restriction reach it', () => {
  for (const c of cases) it(c.name, () => checkReading(c, trade));
});
