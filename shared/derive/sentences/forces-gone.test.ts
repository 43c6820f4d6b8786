/**
 * Foreign forces "gone": "the foreign troops would all be gone by the summer" says they leave, as "would
 * leave" does. A subject listed with its owner's word ("foreign troops") is plainly someone else's, so a
 * restriction read only after such a subject applies even after "the"; a floating "all" between the
 * modal and the restriction is no obstacle. A demand's subject and verb in a clause of time ("the talks
 * must carry on while the foreign troops leave") tell an event, not the proposer's demand. Traps: staying
 * is still the opposite; "gone" of something that is not the demand's subject; a condition with "until"
 * is left to its own reader. People leaving a place ("let people leave Afghanistan", "foreigners who want
 * to leave Afghanistan") are no forces withdrawing, whoever asks for it; "those forces will leave" still
 * are. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const af = evalOntology('afghanistan-doha-2020.json');
const TW = 'troop-withdrawal';
const at = '2021-04-20';

const cases: ReadingCase[] = [
  {
    name: '"agreed that the foreign troops would all be gone by the summer": support of the withdrawal',
    text: 'The United States agreed that the foreign troops would all be gone by the summer.',
    published: at,
    expect: [{ party: 'united-states', demand: TW, stance: 'supports', quote: 'agreed that' }],
  },
  {
    name: '"agreed that the foreign troops would leave by the summer": "the" before a listed foreign subject',
    text: 'Washington agreed that the foreign troops would leave by the summer.',
    published: at,
    expect: [{ party: 'united-states', demand: TW, stance: 'supports', quote: 'agreed that' }],
  },
  {
    name: 'trap: "insisted that foreign troops would stay" is still the opposite',
    text: 'The United States insisted that foreign troops would stay until the summer.',
    published: at,
    expect: [{ party: 'united-states', demand: TW, stance: 'rejects', quote: 'insisted' }],
  },
  {
    name: 'trap: diplomats "all gone by Friday" are no troops',
    text: 'Washington said foreign diplomats would all be gone by Friday.',
    published: at,
    expect: [],
    none: [['united-states', TW]],
  },
  {
    name: 'trap: "carry on while the foreign troops leave" is an event, no stated demand of the Taliban',
    text: 'The Taliban met the envoys.\nThe talks must carry on while the foreign troops leave, China said.',
    published: at,
    expect: [],
    none: [
      ['taliban', TW],
      ['china', TW],
    ],
  },
  {
    name: 'trap: "keep their promise to let people leave Afghanistan" is no troop withdrawal',
    text: 'The Taliban met the envoys.\nThe council asked the Taliban to keep their pledge to let people leave Afghanistan.',
    published: '2021-08-31',
    expect: [],
    none: [
      ['taliban', TW],
      ['un', TW],
    ],
  },
  {
    name: 'trap: "foreigners who want to leave Afghanistan may do so" is no troop withdrawal',
    text: 'The Taliban said foreigners who want to leave Afghanistan may do so freely.',
    published: '2021-08-31',
    expect: [],
    none: [['taliban', TW]],
  },
  {
    name: '"demanded that US troops leave Afghanistan" still reads the demand',
    text: 'The Taliban demanded that US troops leave Afghanistan.',
    published: '2021-08-31',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'demanded' }],
  },
];

describe('foreign forces gone', () => {
  for (const c of cases) it(c.name, () => checkReading(c, af));
});
