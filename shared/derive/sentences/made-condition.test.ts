/**
 * A party making the demand its condition or priority ("Russia has made a halt to NATO enlargement a
 * precondition for de-escalation", "Kabul set a ceasefire as a precondition for talks", "Iran has
 * conditioned its return to the accord on the lifting of all sanctions"): the subject supports it, read
 * from the sentence (not only through the document's stated demand), for a party that did not put it
 * forward too. Traps: "made it a condition that …", a negated or hypothetical making, a condition another
 * party set ("a precondition Moscow has set"), talks on the demand made a priority, what is conditioned
 * (the subject's own step, before "on"), the demand's opposite turned round ("preventing …"), a writer's
 * "the key condition". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const rw = seedOntology();
const af = evalOntology('afghanistan-doha-2020.json');
const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const nk = evalOntology('us-dprk-2018.json');
const ks = evalOntology('kosovo-serbia-2022.json');

const cases: [ReadingCase, typeof af][] = [
  [
    {
      name: '"has made … a precondition for …": the subject supports it',
      text: 'Russia has made a halt to NATO enlargement a precondition for de-escalation.',
      published: '2022-01-20',
      expect: [
        {
          party: 'russia',
          demand: 'non-expansion',
          stance: 'supports',
          quote: 'made a halt',
          kind: 'subject',
        },
      ],
    },
    rw,
  ],
  [
    {
      name: '"made … a precondition" with a long noun phrase and a possessive ("the release of their 5,000 prisoners")',
      text: 'The Taliban have made the release of their 5,000 prisoners a precondition for talks with Kabul, and the government has refused.',
      published: '2020-03-10',
      expect: [
        {
          party: 'taliban',
          demand: 'prisoner-release',
          stance: 'supports',
          quote: 'have made',
          kind: 'subject',
        },
      ],
    },
    af,
  ],
  [
    {
      name: '"set … as a precondition": supports',
      text: 'Kabul set a ceasefire as a precondition for talks with the Taliban.',
      published: '2020-03-10',
      expect: [
        {
          party: 'afghan-government',
          demand: 'ceasefire',
          stance: 'supports',
          quote: 'set a',
          kind: 'subject',
        },
      ],
    },
    af,
  ],
  [
    {
      name: '"made … a priority" by a party that did not put the demand forward: supports',
      text: 'China made the lifting of US sanctions on Iran a priority at the talks.',
      published: '2022-06-01',
      expect: [
        {
          party: 'china',
          demand: 'sanctions-lifting',
          stance: 'supports',
          quote: 'China made',
          kind: 'subject',
        },
      ],
    },
    iran,
  ],
  [
    {
      name: '"made … a condition for …" by a party that did not put the demand forward (no bargain: the condition is the demand)',
      text: "Brussels has made Serbia's recognition of Kosovo a condition for its entry into the bloc.",
      published: '2022-12-01',
      expect: [
        { party: 'eu', demand: 'mutual-recognition', stance: 'supports', quote: 'has made', kind: 'subject' },
      ],
    },
    ks,
  ],
  [
    {
      name: '"made … its top priority": supports',
      text: "Washington has made Pyongyang's complete denuclearization its top priority.",
      published: '2018-06-01',
      expect: [
        {
          party: 'united-states',
          demand: 'denuclearization',
          stance: 'supports',
          quote: 'has made',
          kind: 'subject',
        },
      ],
    },
    nk,
  ],
  [
    {
      name: '"made … a condition of any … deal": supports',
      text: 'Hamas has made a permanent ceasefire a condition of any hostage deal.',
      published: '2024-05-01',
      expect: [
        {
          party: 'hamas',
          demand: 'permanent-ceasefire',
          stance: 'supports',
          quote: 'has made',
          kind: 'subject',
        },
      ],
    },
    gaza,
  ],
  [
    {
      name: '"set … as a precondition for ending the war": supports the condition, not what it is a condition for',
      text: 'Israel set the return of all hostages as a precondition for ending the war.',
      published: '2024-05-01',
      expect: [
        {
          party: 'israel',
          demand: 'hostage-release',
          stance: 'supports',
          quote: 'Israel set',
          kind: 'subject',
        },
      ],
      none: [['israel', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: '"made its priority" with the demand\'s opposite (membership): the subject rejects the demand',
      text: 'Kyiv has made membership of the alliance its priority.',
      published: '2022-01-20',
      expect: [
        {
          party: 'ukraine',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'Kyiv has made',
          kind: 'subject',
        },
      ],
    },
    rw,
  ],
  [
    {
      name: '"has conditioned its return … on …": the subject supports what comes after "on"',
      text: 'Iran has conditioned its return to the accord on the lifting of all sanctions.',
      published: '2022-06-01',
      expect: [
        {
          party: 'iran',
          demand: 'sanctions-lifting',
          stance: 'supports',
          quote: 'has conditioned',
          kind: 'subject',
        },
      ],
    },
    iran,
  ],
  [
    {
      name: '"made … conditional on …": supports what it is conditional on; what is conditioned is no support',
      text: 'Washington made sanctions relief conditional on complete denuclearization.',
      published: '2018-06-01',
      expect: [
        {
          party: 'united-states',
          demand: 'denuclearization',
          stance: 'supports',
          quote: 'Washington made',
          kind: 'subject',
        },
      ],
      none: [['united-states', 'sanctions-relief']],
    },
    nk,
  ],
  [
    {
      name: '"made … a precondition for lifting sanctions": the condition, not what it is a condition for',
      text: "Washington has made Iran's return to full compliance a precondition for lifting sanctions.",
      published: '2022-06-01',
      expect: [
        {
          party: 'united-states',
          demand: 'nuclear-limits',
          stance: 'supports',
          quote: 'has made',
          kind: 'subject',
        },
      ],
      none: [['united-states', 'sanctions-lifting']],
    },
    iran,
  ],
  [
    {
      name: 'trap: "made it a condition that …", a clause that names no demand',
      text: 'Moscow made it a condition that the alliance answer in writing before any further meeting.',
      published: '2022-01-20',
      expect: [],
      none: [['russia', 'non-expansion']],
    },
    rw,
  ],
  [
    {
      name: 'trap: "a precondition Moscow has set" read for the party that rejects it, not as its own condition',
      text: 'Washington rejects a halt to NATO enlargement, a precondition Moscow has set for talks.',
      published: '2022-01-20',
      expect: [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'rejects' }],
    },
    rw,
  ],
  [
    {
      name: 'trap: "has never made … a precondition": no support',
      text: 'Serbia has never made the association a precondition for talks.',
      published: '2022-12-01',
      expect: [],
      none: [['serbia', 'serb-association']],
    },
    ks,
  ],
  [
    {
      name: 'trap: "would make … a precondition": a hypothetical making is read by no subject here',
      text: 'Vucic would make the formation of the association a precondition for any deal.',
      published: '2022-12-01',
      expect: [],
      noneButStated: [['serbia', 'serb-association']],
    },
    ks,
  ],
  [
    {
      name: 'trap: talks on the demand made a priority are no support of it',
      text: 'Washington has made talks on mutual recognition a priority.',
      published: '2022-12-01',
      expect: [],
      none: [['united-states', 'mutual-recognition']],
    },
    ks,
  ],
  [
    {
      name: 'trap: a writer\'s "the key condition", no party named',
      text: 'The key condition for a deal is the release of all hostages.',
      published: '2024-05-01',
      expect: [],
      none: [
        ['israel', 'hostage-release'],
        ['hamas', 'hostage-release'],
      ],
    },
    gaza,
  ],
];

describe('a party making the demand its condition or priority', () => {
  for (const [c, ont] of cases) it(c.name, () => checkReading(c, ont));
});
