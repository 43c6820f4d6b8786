/**
 * A negation put first with the auxiliary before its subject ("Not once did Washington agree to …",
 * "At no point will NATO accept …", "Under no circumstances would …", "Nor will …") denies the clause's
 * verb as "Washington did not agree" does. Not an emphatic inversion that denies nothing ("Never before
 * had the allies been so united in rejecting …", "Not once but twice did …", "Not only did …").
 * Sentences written for these tests, with the Russia–West ontology and others of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const RB = 'rollback-1997';

const russiaWest: ReadingCase[] = [
  {
    name: '"Not in any way did Washington agree to block …": the US refuses the halt, not supports it',
    text: 'Not in any way did Washington agree to block Ukraine from joining NATO, the envoy told reporters.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Not in any way did Washington' },
    ],
  },
  {
    name: '"Not once did Washington agree to …", "Never did the White House promise …": denied',
    text: 'Not once did Washington agree to keep Georgia out of the alliance. Never did the White House promise to halt NATO enlargement, Psaki said.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Not once did Washington' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Never did the White House' },
    ],
  },
  {
    name: '"At no point in the talks did …", "Under no circumstances will …": a phrase after the negation, a long subject',
    text: 'At no point in the talks did the United States agree to a halt to NATO enlargement.\nUnder no circumstances will Britain and its partners accept a ban on new members joining the alliance.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'At no point in the talks' },
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'Under no circumstances' },
    ],
  },
  {
    name: '"…, and never will the alliance accept …", "said that at no point had …": a fronted negation opening a later clause',
    text: 'Moscow has not softened its tone, nor will NATO accept a halt to its enlargement.\nBlinken said that at no point had the United States agreed to a freeze on NATO enlargement.',
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'nor will NATO accept' },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'at no point had' },
    ],
  },
  {
    name: '"Not once has Russia dropped its demand …": the giving up denied keeps the demand',
    text: 'Not once has Russia dropped its demand that NATO stop expanding eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Not once has Russia' }],
  },
  {
    name: 'trap: "Not once has the alliance offered …": no offer of the measure',
    text: 'Not once has the alliance offered mutual limits on where its troops are stationed in Eastern Europe.',
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "Never before had the allies been so united in rejecting …": an emphatic inversion rejects',
    text: 'Never before had the allies been so united in rejecting a halt to NATO enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejecting' }],
  },
  {
    name: 'trap: "Not once but twice did …", "Not only did …": the verb stands as said',
    text: 'Not once but twice did Washington reject a halt to NATO enlargement.\nNot only did the alliance reject a freeze on its enlargement, it also sent more troops to Romania.',
    expect: [
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'Not once but twice' },
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Not only did' },
    ],
  },
  {
    name: 'trap: "Nowhere is the alliance more united than in rejecting …": a comparison, no denial',
    text: 'Nowhere is the alliance more united than in rejecting a halt to NATO enlargement.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'rejecting' }],
  },
];

const gaza = evalOntology('gaza-ceasefire-2024.json');
const gazaCases: ReadingCase[] = [
  {
    name: '"At no point did Hamas agree to free …": Hamas refuses the release',
    text: 'At no point did Hamas agree to free the hostages, the mediators said.',
    published: '2024-05-01',
    expect: [
      { party: 'hamas', demand: 'hostage-release', stance: 'rejects', quote: 'At no point did Hamas' },
    ],
  },
  {
    name: '"Under no circumstances will Israel accept a permanent ceasefire"',
    text: 'Under no circumstances will Israel accept a permanent ceasefire, Netanyahu said.',
    published: '2024-05-01',
    expect: [
      { party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'Under no circumstances' },
    ],
  },
  {
    name: 'trap: "Never before had Israel been so willing to accept …" accepts',
    text: 'Never before had Israel been so willing to accept a permanent ceasefire.',
    published: '2024-05-01',
    expect: [{ party: 'israel', demand: 'permanent-ceasefire', stance: 'supports', quote: 'Never before' }],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');
const iranCases: ReadingCase[] = [
  {
    name: '"In no way would Washington agree to lift …", "Not for a moment did … consider delisting …"',
    text: 'In no way would Washington agree to lift all the sanctions, officials said. Not for a moment did the United States consider delisting the IRGC.',
    published: '2022-03-01',
    expect: [
      { party: 'united-states', demand: 'sanctions-lifting', stance: 'rejects', quote: 'In no way would' },
      { party: 'united-states', demand: 'irgc-delisting', stance: 'rejects', quote: 'Not for a moment' },
    ],
  },
];

const trade = evalOntology('us-china-trade-2019.json');
const tradeCases: ReadingCase[] = [
  {
    name: '"Not once has Beijing agreed to structural reforms"',
    text: 'Not once has Beijing agreed to structural reforms of its economy, the trade representative said.',
    published: '2019-05-01',
    expect: [
      { party: 'china', demand: 'structural-reform', stance: 'rejects', quote: 'Not once has Beijing' },
    ],
  },
];

describe('a fronted negation with an inverted auxiliary', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of gazaCases) it(`Gaza: ${c.name}`, () => checkReading(c, gaza));
  for (const c of iranCases) it(`Iran: ${c.name}`, () => checkReading(c, iran));
  for (const c of tradeCases) it(`trade: ${c.name}`, () => checkReading(c, trade));
});
