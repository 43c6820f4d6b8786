/**
 * The side a demand is put to, in its own words, refusing it right where the demand is named ("Israel
 * agreeing to a permanent ceasefire now is a non-starter", "Washington did not accept limits on admitting
 * new members"): its refusal, no report of the proposer's demand, so the document does not fall back on it
 * as the proposer's demand stated in its own words (exclusion addresseesRefusal in stated-demand-owner.ts).
 * The same words in that side's mouth without a refusal, or a refusal of something else, still state the
 * demand; the proposer's own side telling of the refusal ("Hamas officials said Israel will not accept …")
 * no longer does (session 50, reported-refusal.ts). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const published = '2024-05-01';
const PC = 'permanent-ceasefire';

const gazaCases: ReadingCase[] = [
  {
    name: '"… is a non-starter," the Israeli leader said: Israel’s refusal credits Hamas with nothing',
    text: 'Hamas sent its reply through Qatari mediators on Monday. “Israel agreeing to a permanent ceasefire now is a non-starter,” Netanyahu told reporters.',
    published,
    expect: [],
    none: [['hamas', PC]],
  },
  {
    name: '"his government will not bring the war to an end until …": the refusal in reported speech',
    text: 'Hamas negotiators arrived in Cairo on Sunday. The Israeli prime minister said his government will not bring the war to an end until every hostage is home.',
    published,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'will not bring the war' }],
    none: [['hamas', PC]],
  },
  {
    name: 'trap: the same side naming the demand with no refusal still states Hamas’s demand',
    text: 'Hamas negotiators arrived in Cairo on Sunday. Israeli officials said the sticking point remains a permanent ceasefire.',
    published,
    expect: [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'permanent ceasefire', kind: 'stated-demand' },
    ],
  },
  {
    name: 'trap: a refusal of the draft, the demand only in the reason given, still states the demand',
    text: 'Hamas negotiators arrived in Cairo on Sunday. Israeli officials said the draft could not be accepted because it would lock in a permanent ceasefire before the hostages are home.',
    published,
    expect: [
      { party: 'hamas', demand: PC, stance: 'supports', quote: 'permanent ceasefire', kind: 'stated-demand' },
    ],
  },
  {
    // (Until session 50 this case asserted a stated-demand support of Hamas; the proposer telling of the
    // other side's refusal holds nothing from those words now — reported-refusal.ts.)
    name: 'the proposer’s own side telling of the refusal: the refusal is read, the teller holds nothing from it',
    text: 'Hamas negotiators arrived in Cairo on Sunday. Hamas officials said Israel will not accept a permanent ceasefire.',
    published,
    expect: [{ party: 'israel', demand: PC, stance: 'rejects', quote: 'will not accept' }],
    none: [['hamas', PC]],
  },
];

describe('the addressee’s refusal is no stated demand of the proposer (Gaza)', () => {
  for (const c of gazaCases) it(c.name, () => checkReading(c, gaza));
});

const NE = 'non-expansion';
const westCases: ReadingCase[] = [
  {
    name: '"Washington did not accept limits on admitting new members": no stated demand of Russia’s',
    text: 'Moscow handed its draft treaty to Washington in December. The American envoy said Washington did not accept limits on admitting new members to NATO.',
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'did not accept' }],
    none: [['russia', NE]],
  },
  {
    name: '"allies must never accept limits …": the same with "never"',
    text: 'Moscow handed its draft treaty to Washington in December. The American envoy said allies must never accept limits on admitting new members to NATO.',
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: the envoy naming the limits as a sticking point still states Russia’s demand',
    text: 'Moscow handed its draft treaty to Washington in December. The American envoy said the talks would go on, though limits on admitting new members to NATO remain a sticking point.',
    expect: [
      {
        party: 'russia',
        demand: NE,
        stance: 'supports',
        quote: 'limits on admitting new members',
        kind: 'stated-demand',
      },
    ],
  },
  {
    name: 'trap: "the treaty could not be signed because it would set limits …": the refusal is of the treaty',
    text: 'Moscow handed its draft treaty to Washington in December. The American envoy said the treaty could not be signed because it would set limits on admitting new members to NATO.',
    expect: [
      {
        party: 'russia',
        demand: NE,
        stance: 'supports',
        quote: 'limits on admitting new members',
        kind: 'stated-demand',
      },
    ],
  },
];

describe('the addressee’s refusal is no stated demand of the proposer (Russia–West)', () => {
  for (const c of westCases) it(c.name, () => checkReading(c));
});
