/**
 * Two forms of a promise by the side a demand is put to (findings.ts).
 * 1. The promise in the present with a plural or first-person subject: "we pledge to release the
 *    prisoners", "the insurgents vow to cut ties with al-Qaeda", "Chinese negotiators pledge to buy more
 *    American farm goods". The concession rule knew only "pledges", "promises", "vows" after a name or
 *    pronoun ("Ghani pledges …"), so the plural and first-person forms were dropped as no concession.
 *    The bare form counts only after "we", "they", "I" or a plural noun of people: after a name it is a
 *    noun ("Iran seeks US pledge never to quit …" is the demand, not a promise given). Found in real
 *    coverage: "Taliban promise Afghan soil won't be used …" (theweek.in, 17 August 2021), "US and China
 *    pledge to resolve trade conflicts …" (dig.watch, a headline on a joint statement; no date on the page).
 * 2. A promise of the act's omission: "Ghani pledged not to release the prisoners", "Biden promised never
 *    to lift the sanctions", "Vucic has vowed never to recognise Kosovo" read as the promise of the act
 *    itself (supports), the "not to" between the verb and the demand's words being passed over. Now it
 *    turns the reading, as it does after "urged Washington not to …" — after "pledged", "promised",
 *    "vowed", and after the present forms only where they are verbs right after their subject (as in
 *    rule 1; "a pledge not to …" is a noun). Where the demand's own words open
 *    with the negation ("pledged not to admit Ukraine" under the shipped ontology) the reading is
 *    unchanged. Found in real coverage: Vucic "has vowed never to recognize Kosovo" (tellerreport.com,
 *    1 March 2023); Netanyahu "vowed not to end the" war until Hamas was destroyed (thequickflash.com,
 *    19 April 2025).
 * Traps: a noun "pledge" after a name (the demand asked for, twice), a question, a condition, a
 * question about a promise of omission.
 * Uses the afghanistan, us-china, iran, kosovo and gaza ontologies of eval/ontologies and the shipped one.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const trade = evalOntology('us-china-trade-2019.json');
const iran = evalOntology('iran-nuclear-2021.json');
const kosovo = evalOntology('kosovo-serbia-2022.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const PR = 'prisoner-release';
const CT = 'counterterrorism-guarantees';

const pluralPromise: Array<[ReadingCase, typeof afghanistan]> = [
  [
    {
      name: '"We pledge to release the prisoners," the president said: the side asked gives its word',
      text: '"We pledge to release the prisoners," Ghani said.',
      published: '2020-03-02',
      expect: [{ party: 'afghan-government', demand: PR, stance: 'supports', quote: 'We pledge to release' }],
    },
    afghanistan,
  ],
  [
    {
      name: '"the insurgents vow to …": a plural noun of people as subject',
      text: 'The insurgents vow to cut ties with al-Qaeda.',
      published: '2020-03-02',
      expect: [{ party: 'taliban', demand: CT, stance: 'supports', quote: 'insurgents vow to cut ties' }],
    },
    afghanistan,
  ],
  [
    {
      name: '"Chinese negotiators pledge to buy …": the side asked, named by its negotiators',
      text: 'Chinese negotiators pledge to buy more American farm goods.',
      published: '2019-11-08',
      expect: [
        {
          party: 'china',
          demand: 'purchase-commitments',
          stance: 'supports',
          quote: 'negotiators pledge to buy',
        },
      ],
    },
    trade,
  ],
  [
    {
      name: 'trap: "US pledge" after a name is a noun, the demand Iran asks for',
      text: 'Iran seeks US pledge never to quit the nuclear pact again.',
      published: '2021-11-09',
      expect: [],
      none: [['united-states', 'us-guarantees']],
    },
    iran,
  ],
  [
    {
      name: 'trap: "a Taliban pledge" wanted by the other side',
      text: 'Washington wants a Taliban pledge to cut ties with al-Qaeda.',
      published: '2020-03-02',
      expect: [],
      none: [['taliban', CT]],
    },
    afghanistan,
  ],
  [
    {
      name: 'trap: a question whether they pledge',
      text: 'Will they pledge to release the prisoners?',
      published: '2020-03-02',
      expect: [],
      none: [['afghan-government', PR]],
    },
    afghanistan,
  ],
];

const promisedOmission: Array<[ReadingCase, typeof afghanistan]> = [
  [
    {
      name: '"pledged not to release the prisoners": the side asked refuses',
      text: 'Ghani pledged not to release the prisoners.',
      published: '2020-03-02',
      expect: [
        { party: 'afghan-government', demand: PR, stance: 'rejects', quote: 'pledged not to release' },
      ],
    },
    afghanistan,
  ],
  [
    {
      name: '"we promise not to …" in the first person',
      text: '"We promise not to release the prisoners," Ghani said.',
      published: '2020-03-02',
      expect: [
        { party: 'afghan-government', demand: PR, stance: 'rejects', quote: 'We promise not to release' },
      ],
    },
    afghanistan,
  ],
  [
    {
      name: '"promised never to lift the sanctions"',
      text: 'Biden promised never to lift the sanctions.',
      published: '2021-11-09',
      expect: [
        {
          party: 'united-states',
          demand: 'sanctions-lifting',
          stance: 'rejects',
          quote: 'promised never to lift',
        },
      ],
    },
    iran,
  ],
  [
    {
      name: '"has vowed never to recognise Kosovo"',
      text: 'Vucic has vowed never to recognise Kosovo.',
      published: '2023-03-01',
      expect: [
        {
          party: 'serbia',
          demand: 'mutual-recognition',
          stance: 'rejects',
          quote: 'vowed never to recognise',
        },
      ],
    },
    kosovo,
  ],
  [
    {
      name: '"vowed not to end the war until …"',
      text: 'Netanyahu vowed not to end the war until Hamas was destroyed.',
      published: '2025-04-19',
      expect: [
        {
          party: 'israel',
          demand: 'permanent-ceasefire',
          stance: 'rejects',
          quote: 'vowed not to end the war',
        },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'guard: "vowed not to resume the war" (the demand\'s opposite refused) still backs it',
      text: 'Netanyahu vowed not to resume the war.',
      published: '2025-04-19',
      expect: [
        { party: 'israel', demand: 'permanent-ceasefire', stance: 'supports', quote: 'vowed not to resume' },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'trap: a question whether he promised it',
      text: 'Did Biden promise never to lift the sanctions?',
      published: '2021-11-09',
      expect: [],
      none: [['united-states', 'sanctions-lifting']],
    },
    iran,
  ],
  [
    {
      name: 'trap: the promise of omission only in a condition the other side sets',
      text: 'If Ghani pledges not to release the prisoners, the talks will collapse, Shaheen said.',
      published: '2020-03-02',
      expect: [],
      none: [['afghan-government', PR]],
    },
    afghanistan,
  ],
  [
    {
      name: 'trap: a question about a promise of omission',
      text: 'Did Ghani promise never to release the prisoners?',
      published: '2020-03-02',
      expect: [],
      none: [['afghan-government', PR]],
    },
    afghanistan,
  ],
];

describe('promises by the side asked: plural and first-person present, and promised omission (s49)', () => {
  for (const [c, o] of pluralPromise) it(c.name, () => checkReading(c, o));
  for (const [c, o] of promisedOmission) it(c.name, () => checkReading(c, o));
  it('guard: "pledged not to admit Ukraine" under the shipped ontology still backs non-expansion', () =>
    checkReading({
      name: 'shipped guard',
      text: 'NATO pledged not to admit Ukraine.',
      published: '2022-01-20',
      expect: [{ party: 'nato', demand: 'non-expansion', stance: 'supports', quote: 'pledged not to admit' }],
    }));
});
