/**
 * A verdict set beside a demand: an appositive noun with a participle of verdict and its agent ("…, a
 * demand rejected by Washington") or a relative clause ("…, which Serbia opposes") after a demand whose
 * phrase runs on past its mention ("membership of the Council of Europe"). The agent or the relative's
 * subject holds the verdict on the demand just before. Sentences written for these tests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import type { Ontology } from '../../model/ontology';
import { parseOntology } from '../ontology-parse';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const english = seedOntology();
const load = (name: string): Ontology =>
  parseOntology(readFileSync(path.join(__dirname, '../../../eval/ontologies', name), 'utf8'), name, {
    cues: english.cues,
    roles: english.roles ?? [],
  }).ontology!;
const kosovo = load('kosovo-serbia-2022.json');
const gaza = load('gaza-ceasefire-2024.json');

const NX = 'non-expansion';
const RB = 'rollback-1997';
const IM = 'international-membership';

const cases: ReadingCase[] = [
  {
    name: '"a demand rejected by Washington" after the demand: Washington rejects it',
    text: 'Moscow again raised a halt to NATO expansion, a demand rejected by Washington, at the talks.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: '"a proposal ruled out by NATO": a particle verb in the passive, its agent rejects',
    text: 'Moscow again raised a halt to NATO expansion, a proposal ruled out by NATO.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'ruled out' }],
  },
  {
    name: '"which the alliance has dismissed" after a demand with an "of" tail',
    text: 'Russia wants a rollback of NATO forces to the positions of 1997 in Eastern Europe, which the alliance has dismissed.',
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'dismissed' }],
  },
  {
    name: 'trap: "a step welcomed by analysts" names no party',
    text: 'Moscow again raised a halt to NATO expansion, a step welcomed by analysts in Moscow.',
    expect: [],
    none: [
      ['nato', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "a plan drawn up by Washington" is no verdict',
    text: 'Moscow again raised a halt to NATO expansion, a plan drawn up by Washington last year.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "a proposal discussed by NATO" reports talk, not a verdict',
    text: 'Moscow again raised a halt to NATO expansion, a proposal discussed by NATO on Wednesday.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a relative after an adverbial ("at the talks in Geneva, which …") is on the talks',
    text: 'Moscow raised a halt to NATO expansion at the talks in Geneva, which Washington rejected.',
    expect: [],
    none: [['united-states', NX]],
  },
];

const kosovoCases: ReadingCase[] = [
  {
    name: '"a prospect opposed by Serbia" after Kosovo\'s membership of the Council of Europe',
    text: "Kosovo's membership of the Council of Europe, a prospect opposed by Serbia, was discussed in Strasbourg on Tuesday.",
    published: '2022-12-01',
    expect: [{ party: 'serbia', demand: IM, stance: 'rejects', quote: 'opposed' }],
  },
  {
    name: '"which Serbia opposes" after a demand whose "of" phrase runs five words past its mention',
    text: "Kosovo's membership of the Council of Europe, which Serbia opposes, was discussed in Strasbourg on Tuesday.",
    published: '2022-12-01',
    expect: [{ party: 'serbia', demand: IM, stance: 'rejects', quote: 'opposes' }],
  },
  {
    name: '"an idea rejected by Belgrade": the capital stands for its party',
    text: "Kosovo's membership of the Council of Europe, an idea rejected by Belgrade, came up again.",
    published: '2022-12-01',
    expect: [{ party: 'serbia', demand: IM, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: a relative after a second noun joined by "and" is on that noun',
    text: "Kosovo's membership of the Council of Europe and the new border tariffs, which Serbia opposes, came up again.",
    published: '2022-12-01',
    expect: [],
    none: [['serbia', IM]],
  },
  {
    name: 'trap: "an idea discussed by Serbia" is talk, not a verdict',
    text: "Kosovo's membership of the Council of Europe, an idea discussed by Serbia, came up again.",
    published: '2022-12-01',
    expect: [],
    none: [['serbia', IM]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"an idea opposed by Israel" after the withdrawal the mediators pressed for',
    text: 'The mediators pressed for the withdrawal of Israeli forces from Gaza, an idea opposed by Israel.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'opposed' }],
  },
  {
    name: 'trap: "a proposal drafted by Egypt" is no verdict of Egypt\'s',
    text: 'The mediators pressed for a permanent end to the war, a proposal drafted by Egypt.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
  {
    name: 'trap: a relative after "during the talks in Cairo" is on the talks',
    text: 'The mediators pressed for a permanent end to the war during the talks in Cairo, which Israel rejected.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', 'permanent-ceasefire']],
  },
];

describe('a verdict set beside a demand', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
  it.each(kosovoCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, kosovo));
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, gaza));
});
