/**
 * A pair of parties named in one sentence ("Trump and Kim met in Singapore.") and taken up in the next by
 * the bare "The two" ("The two agreed to …", "The two pledged to …", "The two committed to …"): both
 * parties of the pair hold what the pair takes on. Before, "The two" was no speaker at all (only "the
 * two sides/leaders/…" were), and a pair opening a sentence with no speech verb found was read only
 * with verbs of saying and "agreed" (now also "signed", "pledged", "vowed", "promised", "committed",
 * "reaffirmed"), so such sentences read only the party whose demand it is.
 * Traps: the pair disagreeing (no verb of commitment), the pair named too many sentences before, "The
 * two" with no pair named before, a pair of other parties pledging to press for the demand, and a pair
 * merely discussing it.
 * Uses the us-dprk ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';
const DN = 'denuclearization';
const NK = 'north-korea';
const US = 'united-states';

const cases: ReadingCase[] = [
  {
    name: '"The two agreed to …" after "Trump and Kim met …"',
    text: 'Trump and Kim met in Singapore. The two agreed to work toward the denuclearization of the Korean peninsula.',
    published,
    expect: [
      {
        party: NK,
        demand: DN,
        stance: 'supports',
        quote: 'The two agreed to work toward the denuclearization',
      },
      {
        party: US,
        demand: DN,
        stance: 'supports',
        quote: 'The two agreed to work toward the denuclearization',
      },
    ],
  },
  {
    name: '"The two pledged to keep working toward …" after talks of the pair',
    text: 'Trump and Kim held talks in Hanoi. The two pledged to keep working toward the denuclearization of the Korean peninsula.',
    published,
    expect: [
      { party: NK, demand: DN, stance: 'supports', quote: 'The two pledged to keep working toward' },
      { party: US, demand: DN, stance: 'supports', quote: 'The two pledged to keep working toward' },
    ],
  },
  {
    name: '"The two committed to …": a verb of joint commitment',
    text: 'Trump and Kim met in Singapore. The two committed to the complete denuclearization of the Korean peninsula.',
    published,
    expect: [
      { party: NK, demand: DN, stance: 'supports', quote: 'The two committed to the complete' },
      { party: US, demand: DN, stance: 'supports', quote: 'The two committed to the complete' },
    ],
  },
  {
    name: 'trap: "The two differed sharply over …" (no commitment)',
    text: 'Pompeo and Kim Yong Chol met in New York. The two differed sharply over denuclearization.',
    published,
    expect: [],
    none: [[NK, DN]],
  },
  {
    name: 'trap: the pair named five sentences before',
    text:
      'Trump and Kim met in Singapore. The talks ran long. Lunch was served late. Reporters waited outside. ' +
      'The heat was intense. A band played. The two pledged to work toward the denuclearization of the Korean peninsula.',
    published,
    expect: [],
    none: [[NK, DN]],
  },
  {
    name: 'trap: "The two" with no pair named before',
    text: 'The two pledged to work toward the denuclearization of the Korean peninsula.',
    published,
    expect: [],
    none: [[NK, DN]],
  },
  {
    name: 'trap: a pair of other parties pledging to press the North',
    text: 'Trump spoke with Moon Jae-in by phone. The two pledged to press for the denuclearization of North Korea.',
    published,
    expect: [],
    none: [[NK, DN]],
  },
  {
    name: 'trap: the pair only discussing the demands',
    text: 'Kim met Xi in Beijing. The two discussed denuclearization and sanctions.',
    published,
    expect: [],
    none: [
      [NK, DN],
      ['china', 'sanctions-relief'],
    ],
  },
];

describe('a pair taken up by "The two" (s47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c, dprk));
});
