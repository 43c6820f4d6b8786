/**
 * The release of the hostages told with "every hostage" (eval ontology gaza-ceasefire-2024), as Israeli
 * officials and envoys word the goal: "until every hostage has come home", "until every hostage
 * comes home", "until every hostage is back". Traps: the deal judged not to bring every hostage home, said by
 * a critic, is no stance on the release; a hostage's own story and a count of hostages state nothing.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const HR = 'hostage-release';

const cases: ReadingCase[] = [
  {
    name: '"will keep fighting until … every hostage has come home": Israel wants the release',
    text: 'Netanyahu said Israel will keep fighting until Hamas is defeated and every hostage has come home.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'every hostage has come home' }],
  },
  {
    name: '"will press on until every hostage comes home"',
    text: 'The Israeli government said it would press on with the operation until every hostage comes home.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'every hostage comes home' }],
  },
  {
    name: '"would not stop until every hostage is back"',
    text: 'Netanyahu told the families that Israel would not stop until every hostage is back.',
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'every hostage is back' }],
  },
  {
    name: 'trap: the deal judged by a critic not to bring every hostage home',
    text: 'The deal, the Israeli minister argued, would not bring every hostage home and would endanger civilians.',
    expect: [],
    none: [['israel', HR]],
  },
  {
    name: "trap: one hostage's own homecoming, told as news",
    text: 'A hostage freed last week said every day in the tunnels had felt endless.',
    expect: [],
    none: [
      ['israel', HR],
      ['hamas', HR],
    ],
  },
  {
    name: 'trap: a count of hostages still held states no demand',
    text: 'Of the 250 people taken into Gaza, about 100 are still held, according to the army.',
    expect: [],
    none: [
      ['israel', HR],
      ['hamas', HR],
    ],
  },
];

describe('the release of the hostages told with "every hostage"', () => {
  for (const c of cases) it(c.name, () => checkReading({ published: '2024-06-24', ...c }, gaza));
});
