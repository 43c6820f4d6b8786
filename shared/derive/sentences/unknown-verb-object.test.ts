/**
 * A bare subject of a demand (the thing itself: "sanctions", a nuclear site) acted on by a verb the
 * ontology does not know may be turned either way: no stance is read off it. Also when the verb, a
 * gerund, acts on the head noun of an of-phrase the subject ends ("taking apart the reactors of the X
 * complex"), and when a predicate follows ("by relaxing sanctions … and by seeking …": the object of a
 * verb is no subject of the predicate after it). Sentences written for these tests, read with the
 * US–North Korea ontology of eval/ (and its modest copy).
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const modest = evalOntology('modest/us-dprk-2018.json');
const published = '2019-03-02';

const cases: ReadingCase[] = [
  {
    name: 'a gerund before the head of an of-phrase acts on the site: no refusal read',
    text: 'According to the minister, Pyongyang had proposed taking apart all the reactor buildings of the Yongbyon complex.',
    published,
    expect: [],
    none: [['north-korea', 'denuclearization']],
  },
  {
    name: 'trap: a known verb of keeping before the of-phrase still refuses the demand',
    text: 'The minister said Pyongyang insisted on keeping the reactor buildings of the Yongbyon complex.',
    published,
    expect: [
      { party: 'north-korea', demand: 'denuclearization', stance: 'rejects', quote: 'keeping the reactor' },
    ],
  },
];

const modestCases: ReadingCase[] = [
  {
    name: 'the object of an unknown gerund is no subject of a predicate after it',
    text: 'The envoy said Beijing had encouraged the Americans to bend, including by relaxing sanctions on the North at a suitable time and by seeking to address worries through talks.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
];

describe('an unknown verb acting on a bare subject', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
  it.each(modestCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, modest));
});
