/**
 * A pledge noun owned by a possessive pronoun ("its promise to …", "their pledge to …", "its vow to …"),
 * its "to" followed at once by the demand's words (or by their verb): the pronoun's party gives its own
 * undertaking, as with "China's pledge to …", even when the demand is put to that party. "Vow" joins the
 * pledge nouns for both kinds of possessive. Traps: a pledge broken, reneged on, abandoned or struck out
 * (a verb of breaking or letting go governs it), and a pledge to a step short of the demand ("its promise
 * to draft a statute for founding the association"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const dprk = evalOntology('us-dprk-2018.json');
const trade = evalOntology('us-china-trade-2019.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const PR = 'prisoner-release';
const PC = 'purchase-commitments';

const cases: Array<[ReadingCase, typeof trade]> = [
  [
    {
      name: '"Kabul will have kept its promise to let … go": the addressee\'s own undertaking',
      text: 'Once the last group is freed, Kabul will have kept its promise to let 5,000 Taliban prisoners go.',
      published: '2020-08-09',
      expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'promise' }],
    },
    afghanistan,
  ],
  [
    {
      name: '"said it had kept its promise to free …": the demand\'s verb read apart still follows "to"',
      text: 'The Afghan government said it had kept its promise to free 5,000 Taliban prisoners.',
      published: '2020-08-09',
      expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'promise' }],
    },
    afghanistan,
  ],
  [
    {
      name: '"the path set by its pledge to denuclearize": the pronoun\'s party pledged',
      text: 'Pyongyang warned it could look for another path than the one set by its pledge to denuclearize.',
      published: '2019-01-01',
      expect: [{ party: 'north-korea', demand: 'denuclearization', stance: 'supports', quote: 'pledge' }],
    },
    dprk,
  ],
  [
    {
      name: '"renewed its vow to buy …": "vow" is a pledge noun',
      text: 'Farmers cheered when Beijing renewed its vow to buy more American soybeans.',
      published: '2019-10-12',
      expect: [{ party: 'china', demand: PC, stance: 'supports', quote: 'vow' }],
    },
    trade,
  ],
  [
    {
      name: '"welcomed China\'s vow to buy …": the vow under a possessive name',
      text: "Farmers welcomed China's vow to buy more American soybeans.",
      published: '2019-10-12',
      expect: [{ party: 'china', demand: PC, stance: 'supports', quote: 'vow' }],
    },
    trade,
  ],
  [
    {
      name: 'trap: "had broken its promise to free …" is no undertaking',
      text: 'Taliban commanders said the Afghan government had broken its promise to free 5,000 Taliban prisoners.',
      published: '2020-08-09',
      expect: [],
      none: [['afghan-government', PR]],
    },
    afghanistan,
  ],
  [
    {
      name: 'trap: "had struck out its pledges to buy …": the pledge taken out of the text',
      text: 'Beijing had struck out its pledges to buy more American soybeans, officials complained.',
      published: '2019-05-09',
      expect: [],
      none: [['china', PC]],
    },
    trade,
  ],
  [
    {
      name: 'trap: "had struck out its pledges to amend its laws …": a verb of taking out governs the pledge',
      text: 'In the returned draft, Beijing had struck out its pledges to amend its laws on forced technology transfer.',
      published: '2019-05-09',
      expect: [],
      none: [['china', 'structural-reform']],
    },
    trade,
  ],
  [
    {
      name: 'trap: "accused Washington of abandoning its pledge to halt …" stays a refusal',
      text: 'North Korea accused Washington of abandoning its pledge to halt joint military exercises.',
      published: '2019-01-01',
      expect: [{ party: 'united-states', demand: 'exercises-halt', stance: 'rejects', quote: 'pledge' }],
    },
    dprk,
  ],
  [
    {
      name: 'trap: "had broken its promise to halt …", said by the other side, gives the promiser nothing',
      text: 'Pyongyang said Washington had broken its promise to halt joint military exercises.',
      published: '2019-01-01',
      expect: [],
      none: [['united-states', 'exercises-halt']],
    },
    dprk,
  ],
  [
    {
      name: 'trap: "its promise to draft a statute for founding the association": a step short of the demand',
      text: 'Kosovo sent a letter setting out its promise to draft a statute for founding the association.',
      published: '2024-05-16',
      expect: [],
      none: [['kosovo', 'serb-association']],
    },
    kosovo,
  ],
];

describe("a pledge owned by a possessive pronoun is its party's undertaking", () => {
  for (const [c, o] of cases) it(c.name, () => checkReading(c, o));
});
