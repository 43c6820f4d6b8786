/**
 * Constructions of general English that left cells of the negotiations other than Russia–West unread:
 * - "go along with" is a verb of accepting, like "agree to" ("Moscow would go along with an extension of
 *   the grain deal" is Moscow open to it; "would not go along with" refuses it);
 * - one adverb of degree or pace between a passive's copula and its participle ("that the sanctions be
 *   partly eased") leaves the passive whole;
 * - a party between a possessor and an office held at a posting ("Pyongyang's UN ambassador") is where the
 *   envoy is posted: the possessor is whom the envoy speaks for.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const grain = evalOntology('grain-deal-2022.json');
const korea = evalOntology('us-dprk-2018.json');

const goingAlong: ReadingCase[] = [
  {
    name: 'going along with an extension is openness to it',
    text: 'Moscow said it would go along with an extension of the grain deal.',
    published: '2023-03-13',
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'open', quote: 'go along with' }],
  },
  {
    name: 'not going along with it refuses it',
    text: 'Moscow said it would not go along with another extension of the grain deal.',
    published: '2023-03-13',
    expect: [{ party: 'russia', demand: 'deal-extension', stance: 'rejects', quote: 'go along with' }],
  },
  {
    name: 'trap: talks that "go along" slowly accept nothing',
    text: 'The talks on extending the grain deal will go along slowly, Moscow said.',
    published: '2023-03-13',
    expect: [],
    none: [['russia', 'deal-extension']],
  },
];

const shipped: ReadingCase[] = [
  {
    name: 'Russia–West: refusing to go along with a halt to expansion rejects it',
    text: 'Washington will not go along with any halt to NATO expansion, Blinken said.',
    expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'go along with' }],
  },
];

const koreaCases: ReadingCase[] = [
  {
    name: 'an adverb of degree inside the passive: the urged easing is read',
    text: 'Beijing has urged that the sanctions be partly eased.',
    published: '2019-12-12',
    expect: [{ party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'urged' }],
  },
  {
    name: 'an adverb of pace inside the passive: the insisted lifting is read',
    text: 'Moscow insists that the sanctions be gradually lifted.',
    published: '2019-12-12',
    expect: [{ party: 'russia', demand: 'sanctions-relief', stance: 'supports', quote: 'insists' }],
  },
  {
    name: 'trap: a hedge inside the passive is no adverb of degree',
    text: 'Moscow insists that the sanctions be hardly eased.',
    published: '2019-12-12',
    expect: [],
    none: [['russia', 'sanctions-relief']],
  },
  {
    name: 'trap: an easing told as past fact is no one’s position',
    text: 'The sanctions were partly eased last year, the report said.',
    published: '2019-12-12',
    expect: [],
    none: [
      ['china', 'sanctions-relief'],
      ['russia', 'sanctions-relief'],
      ['north-korea', 'sanctions-relief'],
    ],
  },
  {
    name: 'a possessor before a posted office speaks through its envoy',
    text: "Pyongyang's UN ambassador said the sanctions must be lifted.",
    published: '2019-12-12',
    expect: [{ party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'must' }],
    none: [['un', 'sanctions-relief']],
  },
  {
    name: 'the same with the envoy named in an apposition',
    text: "China's UN ambassador, Zhang Jun, said the sanctions should be eased.",
    published: '2019-12-12',
    expect: [{ party: 'china', demand: 'sanctions-relief', stance: 'supports', quote: 'should' }],
    none: [['un', 'sanctions-relief']],
  },
  {
    name: 'trap: a posted office with no possessor is no other party’s envoy',
    text: 'The UN ambassador said the sanctions must be lifted.',
    published: '2019-12-12',
    expect: [],
    none: [
      ['north-korea', 'sanctions-relief'],
      ['china', 'sanctions-relief'],
    ],
  },
];

describe('going along with a demand (grain deal)', () => {
  for (const c of goingAlong) it(c.name, () => checkReading(c, grain));
});
describe('going along with a demand (Russia–West)', () => {
  for (const c of shipped) it(c.name, () => checkReading(c));
});
describe('US–North Korea: passives and posted envoys', () => {
  for (const c of koreaCases) it(c.name, () => checkReading(c, korea));
});
