/**
 * A demand judged the right, best or correct way ("a working agreement that limits Iran's nuclear
 * programme is the right path", "a complete end to the war remains the best way forward"): the one
 * who says so backs it, as "X is the only way" does; "not the right approach" refuses it. What the way
 * leads to ("the right way to end the war is …") is the goal argued from, not the means judged, as
 * with "the only way to …". Traps: the goal after "the right way to", a way judged of something no
 * demand names, and the way judged wrong by another party than the one it is about. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const iran = evalOntology('iran-nuclear-2021.json');
const PC = 'permanent-ceasefire';
const NL = 'nuclear-limits';

const gazaCases: ReadingCase[] = [
  {
    name: '"X was the right path": the one who says so supports X',
    text: 'Hamas said a permanent ceasefire was the right path.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'right path' }],
  },
  {
    name: '"X remains the best way forward" by a mediator',
    text: "Qatar's prime minister said a complete end to the war remains the best way forward for the region.",
    published: '2024-05-01',
    expect: [{ party: 'qatar', demand: PC, stance: 'supports', quote: 'best way' }],
  },
  {
    name: '"X is not the right approach" refuses X',
    text: 'Netanyahu said a permanent ceasefire is not the right approach.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'right approach' }],
  },
  {
    name: 'trap: the goal after "the right way to" is not the means judged',
    text: 'Netanyahu said the right way to end the war is a military victory.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', PC]],
  },
  {
    name: 'trap: a way judged right with no demand named',
    text: 'Qatar said the talks were heading the right way.',
    published: '2024-05-01',
    expect: [],
    none: [
      ['qatar', PC],
      ['hamas', PC],
      ['israel', PC],
    ],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: '"an agreement that limits Iran\'s nuclear programme is the right path" backs the limits',
    text: "Scholz said a working agreement that limits Iran's nuclear programme is the right path.",
    published: '2022-09-12',
    expect: [{ party: 'germany', demand: NL, stance: 'supports', quote: 'right path' }],
  },
  {
    name: 'trap: a way judged right in one clause reaches no demand named in the next',
    text: 'Grossi said dialogue was the right path, while Tehran kept pressing for sanctions relief.',
    published: '2022-09-12',
    expect: [],
    none: [['iaea', 'sanctions-lifting']],
  },
];

describe('a demand judged the right, best or correct way is backed by the one judging', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
