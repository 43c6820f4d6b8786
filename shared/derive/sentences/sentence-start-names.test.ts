/**
 * A party name the ontology writes in lower case ("local Serbs", "ethnic Serbs", "official Baku") opening
 * a sentence with a capital ("Local Serbs demanded …") is the same name. Words that only look alike
 * ("Local officials", "Ethnic tensions") name no party. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const caucasus = evalOntology('armenia-azerbaijan-2025.json');
const ND = 'north-de-escalation';

const kosovoCases: ReadingCase[] = [
  {
    name: '"Local Serbs demanded …" at the start of a sentence is the Kosovo Serbs',
    text: 'Local Serbs demanded the withdrawal of the special police from the north.',
    published: '2023-06-12',
    expect: [{ party: 'kosovo-serbs', demand: ND, stance: 'supports', quote: 'Local Serbs demanded' }],
  },
  {
    name: '"Ethnic Serbs rallied …, demanding that Pristina pull the special police out"',
    text: 'Ethnic Serbs rallied in Mitrovica, demanding that Pristina pull the special police out of the north.',
    published: '2023-06-12',
    expect: [{ party: 'kosovo-serbs', demand: ND, stance: 'supports', quote: 'demanding that Pristina' }],
  },
  {
    name: 'trap: "Local officials" are no party',
    text: 'Local officials demanded the withdrawal of the special police from the north.',
    published: '2023-06-12',
    expect: [],
    none: [['kosovo-serbs', ND]],
  },
  {
    name: 'trap: "Ethnic tensions" name no one',
    text: 'Ethnic tensions rose after the special police moved into the north.',
    published: '2023-06-12',
    expect: [],
    none: [['kosovo-serbs', ND]],
  },
];

const caucasusCases: ReadingCase[] = [
  {
    name: '"Official Baku insists …" at the start of a sentence is Azerbaijan',
    text: 'Official Baku insists that Armenia change its constitution.',
    published: '2025-03-13',
    expect: [{ party: 'azerbaijan', demand: 'constitution-change', stance: 'supports', quote: 'insists' }],
  },
];

describe('lower-case party names opening a sentence', () => {
  it.each(kosovoCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
  it.each(caucasusCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, caucasus));
});
