/**
 * A party named inside another party's hope takes no stance from it: "Beijing hopes that Washington
 * will never agree to ease the sanctions" is Beijing's wish, not a refusal by Washington. A hope with
 * a negation in the clause hoped for is left unread (see hoped-for.test.ts), and so are the cues inside
 * that clause, up to where another side's clause opens (", but …", ", while …"); a wish ("wishes that
 * Washington would …", not a cue) leaves its clause unread the same way. Sentences written for
 * these tests, read with the US–North Korea ontology of eval/ and the shipped Russia–West ontology.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-03-01';

const dprkCases: ReadingCase[] = [
  {
    name: '"Beijing hopes that Washington will never agree to ease …": no refusal by Washington',
    text: 'Pyongyang keeps asking for the sanctions to be eased. Beijing hopes that Washington will never agree to ease the sanctions.',
    published,
    expect: [],
    none: [
      ['united-states', 'sanctions-relief'],
      ['china', 'sanctions-relief'],
    ],
  },
  {
    name: '"Tokyo hopes Washington will not refuse to lift …": neither side read',
    text: 'Tokyo hopes Washington will not refuse to lift the sanctions.',
    published,
    expect: [],
    none: [
      ['united-states', 'sanctions-relief'],
      ['japan', 'sanctions-relief'],
    ],
  },
  {
    name: '"Beijing wishes that Washington would back sanctions relief": no openness for Washington',
    text: 'Beijing wishes that Washington would back sanctions relief.',
    published,
    expect: [],
    none: [
      ['united-states', 'sanctions-relief'],
      ['china', 'sanctions-relief'],
    ],
  },
  {
    name: 'trap: a refusal after a wish and ", but" is the second side\'s own',
    text: 'Beijing wished Washington would agree to lift the sanctions, but the United States has declined to ease them.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'declined to ease them',
      },
    ],
  },
  {
    name: 'trap: a refusal after ", but" is the second side\'s own',
    text: 'Beijing hopes Washington will never rule out easing the sanctions, but the United States has refused to lift them.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'sanctions-relief',
        stance: 'rejects',
        quote: 'refused to lift them',
      },
    ],
  },
];

const westCases: ReadingCase[] = [
  {
    name: '"Paris hopes the alliance will never agree to stop enlarging": no refusal by NATO',
    text: 'Paris hopes the alliance will never agree to stop enlarging.',
    published: '2022-01-20',
    expect: [],
    none: [
      ['nato', 'non-expansion'],
      ['france', 'non-expansion'],
    ],
  },
  {
    name: 'trap: the alliance\'s own refusal before ", while Paris hopes …" is still read',
    text: 'The alliance refuses to stop enlarging, while Paris hopes NATO will never agree to a halt to expansion.',
    published: '2022-01-20',
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'refuses to stop' }],
    none: [['france', 'non-expansion']],
  },
];

describe('cues inside a negated hope', () => {
  it.each(dprkCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, dprk));
  it.each(westCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
