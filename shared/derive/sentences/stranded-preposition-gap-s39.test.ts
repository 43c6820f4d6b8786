/**
 * A clause pointing back at a demand, opened by a word standing for its object and ending on a stranded
 * preposition before a comma ("a ceasefire, something Khalilzad has been pressing for, or …", "a truce,
 * which Kabul has been calling for, or …"): the cue and the party that is its subject took the demand
 * before the clause. Neither reaches a demand named after the comma. (The document may still credit the
 * proposer with a demand it states: "noneButStated".) Traps: the same verbs with their objects after
 * them ("pressing for a ceasefire and for talks with …"), and the demand before the clause, which the
 * clause's subject does hold. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const published = '2019-10-01';
const TALKS = 'intra-afghan-talks';
const CF = 'ceasefire';
const NDE = 'north-de-escalation';

const afghanCases: ReadingCase[] = [
  {
    name: '"a ceasefire, something Khalilzad has been pressing for, or say when they would sit down with the Afghan government": the envoy presses for the ceasefire only',
    text: 'There was also no sign that the Taliban would accept a ceasefire, something Khalilzad has been pressing for, or say when they would sit down directly with the Afghan government.',
    published,
    expect: [{ party: 'united-states', demand: CF, stance: 'supports', quote: 'something Khalilzad' }],
    noneButStated: [['united-states', TALKS]],
  },
  {
    name: '"a truce, which Kabul has been calling for, or to say when they will open talks": Kabul calls for the truce only',
    text: 'Few expect the Taliban to accept a truce, which Kabul has been calling for, or to say when they will open talks with the United States.',
    published,
    expect: [{ party: 'afghan-government', demand: CF, stance: 'supports', quote: 'which Kabul' }],
    none: [['afghan-government', TALKS]],
  },
  {
    name: 'trap: "pressing for a ceasefire and for talks with the Afghan government": both objects follow the verb',
    text: 'Washington has been pressing for a ceasefire and for talks with the Afghan government.',
    published,
    expect: [
      { party: 'united-states', demand: CF, stance: 'supports', quote: 'pressing for' },
      { party: 'united-states', demand: TALKS, stance: 'supports', quote: 'pressing for' },
    ],
  },
  {
    name: 'trap: "called for, and Kabul has backed, …": no word standing for the object, the object comes after',
    text: 'Washington has called for, and Kabul has backed, talks with the Taliban leadership on a ceasefire.',
    published,
    expect: [{ party: 'united-states', demand: CF, stance: 'supports', quote: 'Washington has called for' }],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"the licence plates, something Washington has pushed for, or on new elections": Washington pushed for the plates matter only',
    text: 'Serbia has not moved on the licence plates, something Washington has pushed for, or on new elections in the north.',
    published: '2023-10-01',
    expect: [],
    noneButStated: [['united-states', NDE]],
  },
  {
    name: 'trap: "new elections in the north, something Washington has pushed for": the demand before the clause is Washington\'s',
    text: 'Kurti has ruled out new elections in the north, something Washington has pushed for.',
    published: '2023-10-01',
    expect: [{ party: 'united-states', demand: NDE, stance: 'supports', quote: 'something Washington' }],
  },
];

describe('a clause ending on a stranded preposition points back; it reaches nothing after its comma', () => {
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghanistan));
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
});
