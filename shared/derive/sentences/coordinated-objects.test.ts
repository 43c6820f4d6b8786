/**
 * A bare subject that is the second of two objects or modifiers shares the first one's verb: where
 * that verb is one the ontology does not know ("to tackle", "to fight"), it decides the direction, so
 * the sentence gives no stance rather than the opposite one. Sentences written for these tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { parseOntology } from '../ontology-parse';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const english = seedOntology();
const file = path.join(__dirname, '../../../eval/ontologies/us-china-trade-2019.json');
const trade: Ontology = parseOntology(readFileSync(file, 'utf8'), 'us-china-trade-2019.json', {
  cues: english.cues,
  roles: english.roles ?? [],
}).ontology!;

const tradeCases: ReadingCase[] = [
  {
    // (Once read as no stance, the restriction not reaching past "pirated and"; the adjective pair now
    // lets it through — coordinated-modifier-s38.test.ts — and the pledge reads as what it is.)
    name: 'trap: "pledged to tackle pirated and counterfeit goods" is no pledge of counterfeit goods, but a pledge to tackle them',
    text: 'Officials said Beijing had pledged to tackle pirated and counterfeit goods, and that the deal gives American intellectual property more protection.',
    published: '2020-01-16',
    expect: [{ party: 'china', demand: 'structural-reform', stance: 'supports', quote: 'pledged' }],
  },
  {
    name: 'trap: the second of two objects, "to fight fake goods and counterfeiting"',
    text: 'China has vowed to fight fake goods and counterfeiting, and the deal gives American intellectual property more protection.',
    published: '2020-01-16',
    expect: [],
    none: [['china', 'structural-reform']],
  },
  {
    name: 'a known restriction before the first object reaches the second: "agreed to end subsidies and …"',
    text: 'Beijing agreed to end subsidies and forced technology transfer.',
    published: '2020-01-16',
    expect: [
      { party: 'china', demand: 'structural-reform', stance: 'supports', quote: 'agreed to end subsidies' },
    ],
  },
];

const russiaCases: ReadingCase[] = [
  {
    name: 'a verb fielding both objects keeps the direction: "plans to deploy more troops and missiles"',
    text: 'The Pentagon said it plans to deploy more troops and missiles to Poland.',
    expect: [
      {
        party: 'united-states',
        demand: 'missile-deployment',
        stance: 'rejects',
        quote: 'plans to deploy more troops and missiles',
      },
    ],
  },
  {
    name: 'trap: a verb the ontology does not know before both objects, "wants to discuss troops and missiles"',
    text: 'Russia wants to discuss troops and missiles in Europe.',
    expect: [],
    none: [['russia', 'missile-deployment']],
  },
];

describe('the second of two objects shares the first one’s verb', () => {
  it.each(tradeCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, trade));
  it.each(russiaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
