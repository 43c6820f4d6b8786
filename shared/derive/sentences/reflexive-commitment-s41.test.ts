/**
 * "Commit oneself to" with its reflexive pronoun: "Baku has committed itself to the Alma-Ata
 * declaration", "the two leaders committed themselves to …". The cue "committed to" did not reach
 * across "itself"/"themselves", so the pledge read as no stance; the reflexive forms are cues of their
 * own (data, in every cue list), read as "committed to" is, negation included ("never committed itself
 * to …" is no support). Traps: a reflexive pledge to something no demand names (reforms, another
 * meeting), and a pledge denied ("never", "has not"), which rejects rather than supports. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const aa = evalOntology('armenia-azerbaijan-2025.json');
const published = '2024-05-12';
const BD = 'border-delimitation';
const NT = 'no-third-party-forces';

const cases: ReadingCase[] = [
  {
    name: '"has committed itself to the Alma-Ata declaration": the subject supports',
    text: 'Azerbaijan has once again committed itself to the Alma-Ata declaration as the basis of the talks.',
    published,
    expect: [{ party: 'azerbaijan', demand: BD, stance: 'supports', quote: 'committed itself to' }],
  },
  {
    name: '"committed themselves to" after a pair of names: both support',
    text: 'Armenia and Azerbaijan committed themselves to the delimitation of the border at the Almaty meeting.',
    published,
    expect: [
      { party: 'armenia', demand: BD, stance: 'supports', quote: 'committed themselves to' },
      { party: 'azerbaijan', demand: BD, stance: 'supports', quote: 'committed themselves to' },
    ],
  },
  {
    name: 'present tense, "commits itself to": the subject supports',
    text: 'In the draft, Baku commits itself to the withdrawal of Azerbaijani troops from the border.',
    published,
    expect: [{ party: 'azerbaijan', demand: BD, stance: 'supports', quote: 'commits itself to' }],
  },
  {
    name: 'a person, "has committed himself to": his party supports',
    text: 'Aliyev said he had committed himself to the delimitation of the border with Armenia.',
    published,
    expect: [{ party: 'azerbaijan', demand: BD, stance: 'supports', quote: 'committed himself to' }],
  },
  {
    name: 'trap: a reflexive pledge to something no demand names reads nothing',
    text: 'Armenia has committed itself to sweeping reforms of its judiciary this year.',
    published,
    expect: [],
    none: [
      ['armenia', BD],
      ['armenia', NT],
    ],
  },
  {
    name: 'trap: a pledge denied ("never committed itself to") is no support',
    text: 'Azerbaijan never committed itself to the withdrawal of Azerbaijani troops from the border, Bayramov said.',
    published,
    expect: [{ party: 'azerbaijan', demand: BD, stance: 'rejects', quote: 'committed itself to' }],
  },
  {
    name: 'trap: "has not committed itself to" is no support either',
    text: 'Baku has not committed itself to the delimitation of the border so far.',
    published,
    expect: [{ party: 'azerbaijan', demand: BD, stance: 'rejects', quote: 'committed itself to' }],
  },
  {
    name: 'trap: a reflexive pledge to another meeting gives no one a stance',
    text: 'The two ministers committed themselves to another meeting next month in Almaty.',
    published,
    expect: [],
    none: [
      ['armenia', BD],
      ['azerbaijan', BD],
    ],
  },
];

describe('"commit oneself to" is the cue "committed to"', () => {
  for (const c of cases) it(c.name, () => checkReading(c, aa));
});
