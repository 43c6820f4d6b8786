/**
 * Four general readings, in sentences written for these tests: a number written with a comma between
 * its digit groups ("5,000") is one number, so the verb before it still reaches the subject after it
 * (a denied pledge "to release 5,000 prisoners" stays a refusal); holding off on a frame's subject is
 * its demand only where the frame's restrictions stop or undo that subject (not where they bring it
 * about, as "reimpose tariffs" for an enforcement mechanism); a city where someone spoke ("told
 * journalists in Brussels") names no party that holds the demand stated; and a party pressed by another
 * to do what the sentence names ("urged the government to accept a ceasefire") does not thereby hold it.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const usChina = evalOntology('us-china-trade-2019.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');

const numbers: ReadingCase[] = [
  {
    name: 'a denied promise to release a number written "5,000" is a refusal',
    text: "Ghani's government has made no promise to release 5,000 Taliban prisoners, his spokesman said.",
    published: '2020-03-01',
    expect: [{ party: 'afghan-government', demand: 'prisoner-release', stance: 'rejects', quote: 'promise' }],
  },
  {
    name: 'agreeing to free "1,500" prisoners is support',
    text: 'The Afghan government agreed to free 1,500 Taliban prisoners.',
    published: '2020-03-01',
    expect: [
      { party: 'afghan-government', demand: 'prisoner-release', stance: 'supports', quote: 'agreed to' },
    ],
  },
  {
    name: 'refusing to free "5,000" prisoners is a refusal',
    text: 'The Afghan government refused to free 5,000 Taliban prisoners.',
    published: '2020-03-01',
    expect: [{ party: 'afghan-government', demand: 'prisoner-release', stance: 'rejects', quote: 'refused' }],
  },
  {
    name: 'trap: holding "5,000" prisoners states no position',
    text: 'The Afghan government holds 5,000 Taliban prisoners in its jails.',
    published: '2020-03-01',
    expect: [],
    none: [['afghan-government', 'prisoner-release']],
  },
];

const holdingOff: ReadingCase[] = [
  {
    name: 'holding off on tariffs is their removal, not an enforcement mechanism',
    text: 'Washington agreed to hold off on tariffs.',
    published: '2019-12-01',
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' }],
    none: [['united-states', 'enforcement-mechanism']],
  },
  {
    name: 'trap: holding off on raising them reads no enforcement mechanism either',
    text: 'The U.S. has agreed to hold off on raising tariffs.',
    published: '2019-12-01',
    expect: [{ party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'agreed to' }],
    none: [['united-states', 'enforcement-mechanism']],
  },
  {
    name: 'the right to reimpose tariffs is still the enforcement mechanism',
    text: 'Washington insisted on the right to reimpose tariffs if Beijing broke its word.',
    published: '2019-12-01',
    expect: [
      { party: 'united-states', demand: 'enforcement-mechanism', stance: 'supports', quote: 'insisted on' },
    ],
  },
  {
    name: 'trap: holding off on talks is no support for them',
    text: 'The insurgents held off on talks with Kabul.',
    published: '2020-03-01',
    expect: [],
    none: [['taliban', 'intra-afghan-talks']],
  },
];

const places: ReadingCase[] = [
  {
    name: 'a city where the speaker told journalists credits no party there',
    text: "“Pristina has to create the association of Serb municipalities,” Serbia's president told journalists in Brussels.",
    published: '2023-05-03',
    expect: [{ party: 'serbia', demand: 'serb-association', stance: 'supports', quote: 'has to' }],
    none: [['eu', 'serb-association']],
  },
  {
    name: 'the same name as the subject is the party',
    text: 'Brussels wants Pristina to set up the association of Serb municipalities.',
    published: '2023-05-03',
    expect: [{ party: 'eu', demand: 'serb-association', stance: 'supports', quote: 'wants' }],
  },
];

const pressed: ReadingCase[] = [
  {
    name: 'the government urged to accept a ceasefire does not thereby hold it',
    text: 'The American envoy urged the Afghan government to accept a lasting ceasefire.',
    published: '2020-09-12',
    expect: [{ party: 'united-states', demand: 'ceasefire', stance: 'supports', quote: 'ceasefire' }],
    none: [['afghan-government', 'ceasefire']],
  },
  {
    name: 'trap: "its efforts to win" keeps the aim the urged party\'s own',
    text: 'Lawmakers called on the Afghan government to press on with its efforts to win a lasting ceasefire.',
    published: '2020-09-12',
    expect: [
      { party: 'afghan-government', demand: 'ceasefire', stance: 'supports', quote: 'lasting ceasefire' },
    ],
  },
];

describe('a number with digit groups is one number', () => {
  for (const c of numbers) it(c.name, () => checkReading(c, afghanistan));
});
describe('holding off on a subject the frame only brings about', () => {
  for (const c of holdingOff.slice(0, 3)) it(c.name, () => checkReading(c, usChina));
  for (const c of holdingOff.slice(3)) it(c.name, () => checkReading(c, afghanistan));
});
describe('a place of speaking names no party', () => {
  for (const c of places) it(c.name, () => checkReading(c, kosovo));
});
describe('a party pressed by another to act', () => {
  for (const c of pressed) it(c.name, () => checkReading(c, afghanistan));
});
