/**
 * Three readings of refusal written for these tests (session 34, helper D):
 * - an opposite an analyst wrote with its own refusal verb ("refused to negotiate with the Afghan
 *   government", "refuse to release") over words the demand already reads: the sentence's refusal reads
 *   the demand as any refusal does (refused-opposites.ts), where the opposite phrase used to swallow it;
 *   and the party named inside the demand's words ("recognise the government in Kabul") is no holder;
 * - a negation ending on "of" ("showed little sign of accepting", "no sign of agreeing to") turns the cue
 *   after it, as one ending on "from" does;
 * - the US–China ontology's structural demand in "amend its laws" and "forcing … to hand over";
 * - the opposite named after "without" ("could be handled without keeping a residual force") is set
 *   aside by the speaker, not held.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const trade = evalOntology('us-china-trade-2019.json');
const TALKS = 'intra-afghan-talks';
const PRISONERS = 'prisoner-release';
const CEASEFIRE = 'ceasefire';
const SR = 'structural-reform';

const refusedCases: ReadingCase[] = [
  {
    name: '"refused to negotiate with the Afghan government": the refusal reads the demand (was nothing)',
    text: 'At the Doha meeting the insurgents refused to negotiate with the Afghan government.',
    published: '2019-03-01',
    expect: [{ party: 'taliban', demand: TALKS, stance: 'rejects', quote: 'refused to negotiate' }],
    none: [['afghan-government', TALKS]],
  },
  {
    name: '"are refusing to talk to the Afghan government": another form of the refusal verb',
    text: 'The Taliban are still refusing to talk to the Afghan government, a spokesman said on Monday.',
    published: '2019-03-01',
    expect: [{ party: 'taliban', demand: TALKS, stance: 'rejects', quote: 'refusing to talk' }],
  },
  {
    name: '"The Afghan government refused to release the Taliban prisoners": the frame reads the rest',
    text: 'The Afghan government refused to release the Taliban prisoners last week.',
    published: '2020-04-01',
    expect: [
      { party: 'afghan-government', demand: PRISONERS, stance: 'rejects', quote: 'refused to release' },
    ],
  },
  {
    name: '"Ghani is refusing to release the 400 prisoners": the president for his government',
    text: 'Ghani is refusing to release the 400 prisoners the insurgents asked for.',
    published: '2020-07-01',
    expect: [
      { party: 'afghan-government', demand: PRISONERS, stance: 'rejects', quote: 'refusing to release' },
    ],
  },
  {
    name: 'trap: the proposer named inside the demand\'s words ("recognise the government in Kabul") holds nothing',
    text: 'The Taliban refused to recognise the government in Kabul.',
    published: '2019-03-01',
    expect: [],
    none: [['afghan-government', TALKS]],
  },
  {
    name: 'trap: a refusal to release something else (a report) is no prisoner release refused',
    text: 'The Afghan government refused to release the report on civilian deaths.',
    published: '2020-04-01',
    expect: [],
    none: [['afghan-government', PRISONERS]],
  },
  {
    name: 'trap: the writer telling of talks refused long ago by others ("refused to negotiate with Moscow")',
    text: 'In the 1980s the mujahideen refused to negotiate with Moscow.',
    published: '2019-03-01',
    expect: [],
    none: [
      ['taliban', TALKS],
      ['afghan-government', TALKS],
    ],
  },
];

const littleSignCases: Array<[ReadingCase, 'afghanistan' | 'trade']> = [
  [
    {
      name: '"showed no sign of agreeing to a ceasefire": the negation ending on "of" turns the cue',
      text: 'The Taliban showed no sign of agreeing to a ceasefire during the Eid holiday.',
      published: '2020-05-01',
      expect: [{ party: 'taliban', demand: CEASEFIRE, stance: 'rejects', quote: 'no sign of agreeing' }],
    },
    'afghanistan',
  ],
  [
    {
      name: '"showed signs of agreeing to a ceasefire" (no negation): still support',
      text: 'The Taliban showed signs of agreeing to a ceasefire during the Eid holiday.',
      published: '2020-05-01',
      expect: [{ party: 'taliban', demand: CEASEFIRE, stance: 'supports', quote: 'signs of agreeing' }],
    },
    'afghanistan',
  ],
  [
    {
      name: '"have shown little sign of accepting the American demand": refusal, and the demand the US\'s',
      text: 'Chinese negotiators have shown little sign of accepting the American demand for structural reform.',
      published: '2019-05-01',
      expect: [
        { party: 'china', demand: SR, stance: 'rejects', quote: 'little sign of accepting' },
        { party: 'united-states', demand: SR, stance: 'supports', quote: 'American demand' },
      ],
    },
    'trade',
  ],
  [
    {
      name: 'trap: "little sign of progress on" the demand states nothing of China\'s',
      text: 'There was little sign of progress on structural reform, a U.S. official said.',
      published: '2019-05-01',
      expect: [],
      none: [['china', SR]],
    },
    'trade',
  ],
];

const lawCases: ReadingCase[] = [
  {
    name: '"China must amend its laws": the structural demand in its legal form',
    text: 'Lighthizer said China must amend its laws to carry out the deal.',
    published: '2019-05-01',
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'must amend its laws' }],
  },
  {
    name: '"would not amend its laws under pressure": China refusing it',
    text: 'China said it would not amend its laws under pressure from Washington.',
    published: '2019-05-01',
    expect: [{ party: 'china', demand: SR, stance: 'rejects', quote: 'would not amend its laws' }],
  },
  {
    name: '"stop forcing American companies to hand over technology": asked of China',
    text: 'Washington wants Beijing to stop forcing American companies to hand over technology.',
    published: '2019-05-01',
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'stop forcing' }],
  },
  {
    name: "trap: a firm told to amend its articles is no law of China's amended",
    text: 'A Chinese court ruled that the firm had to amend its articles of association.',
    published: '2019-05-01',
    expect: [],
    none: [
      ['china', SR],
      ['united-states', SR],
    ],
  },
];

const withoutCases: ReadingCase[] = [
  {
    name: 'trap: "could be handled without keeping a residual force": the opposite set aside, not held',
    text: 'Biden said the threat could be handled without keeping a residual force in Afghanistan.',
    published: '2021-04-15',
    expect: [],
    none: [['united-states', 'troop-withdrawal']],
  },
  {
    name: 'trap: "without a residual force" (a determiner between): nothing held either',
    text: 'Biden said the threat could be handled without a residual force in Afghanistan.',
    published: '2021-04-15',
    expect: [],
    none: [['united-states', 'troop-withdrawal']],
  },
  {
    name: '"would keep a residual force" (no "without"): the opposite held, a refusal',
    text: 'Biden said the United States would keep a residual force in Afghanistan.',
    published: '2021-04-15',
    expect: [
      {
        party: 'united-states',
        demand: 'troop-withdrawal',
        stance: 'rejects',
        quote: 'keep a residual force',
      },
    ],
  },
];

describe('refusal verbs in opposites, negations ending on "of", and the structural demand in law', () => {
  for (const c of refusedCases) it(c.name, () => checkReading(c, afghanistan));
  for (const [c, which] of littleSignCases)
    it(c.name, () => checkReading(c, which === 'afghanistan' ? afghanistan : trade));
  for (const c of lawCases) it(c.name, () => checkReading(c, trade));
  for (const c of withoutCases) it(c.name, () => checkReading(c, afghanistan));
});
