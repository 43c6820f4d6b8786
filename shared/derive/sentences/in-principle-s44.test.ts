/**
 * The adverb "in principle" is no cue: "Kim agreed in principle that the North would take apart
 * Yongbyon, its main nuclear weapons complex". The cue "principle" is for a principle argued from ("pointed
 * to the principle of indivisible security"); read in "agreed in principle that …" it made a supporter of
 * the bare weapons named later in the sentence, so the party read as wanting them kept (a rejection).
 * The verb the adverb hedges still reads where it is a cue ("agreed in principle to dismantle …").
 * Traps: "agreed in principle that …" with the weapons or missiles named only as a place or a worry, in
 * the US–North Korea and the Russia–West ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const DN = 'denuclearization';

const korea: ReadingCase[] = [
  {
    name: '"agreed in principle to dismantle …": the verb still reads, the adverb skipped',
    text: 'Kim agreed in principle to dismantle the Yongbyon complex.',
    published: '2019-02-20',
    expect: [{ party: 'north-korea', demand: DN, stance: 'supports', quote: 'agreed in principle to' }],
  },
  {
    name: 'a fronted "In principle," before the verb: the verb reads',
    text: 'In principle, Kim accepted that the North would dismantle Yongbyon, its main nuclear weapons site.',
    published: '2019-02-20',
    expect: [{ party: 'north-korea', demand: DN, stance: 'supports', quote: 'accepted' }],
  },
  {
    name: 'trap: "agreed in principle that …, its main nuclear weapons complex" is no wish to keep the weapons',
    text: 'Kim agreed in principle that the North would take apart Yongbyon, its main nuclear weapons complex.',
    published: '2019-02-20',
    expect: [],
    none: [['north-korea', DN]],
  },
  {
    name: 'trap: a visit agreed in principle, the weapons programme named only as the place',
    text: 'Kim agreed in principle that American experts would tour Yongbyon, the heart of his nuclear weapons programme.',
    published: '2019-02-20',
    expect: [],
    none: [['north-korea', DN]],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: 'a principle argued from still reads: "pointed to the principle of indivisible security"',
    text: 'Lavrov pointed to the principle of indivisible security.',
    published: '2022-01-20',
    expect: [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'pointed to the principle' },
    ],
  },
  {
    name: 'trap: talks that could cover missiles, agreed in principle, are no refusal of the missile demand',
    text: 'Washington agreed in principle that the talks could cover missiles in Europe, a long-standing Russian worry.',
    published: '2022-01-20',
    expect: [],
    none: [['united-states', 'missile-deployment']],
  },
];

describe('"in principle" is an adverb, not a principle argued from', () => {
  for (const c of korea) it(c.name, () => checkReading(c, dprk));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});
