/**
 * The sole means: "only X can/could/will/would …" and "nothing but X can …", with a demand as X, the
 * subject of the modal ("only a political settlement can end the war", "nothing but a return to
 * compliance could save the deal"). The speaker backs the demand as the one thing able to bring the
 * goal about, as with "X is the only way". Traps: the one able is a party ("only Washington can order
 * the withdrawal …"), "not only X could …" (an addition), "the only X a party would offer" (an
 * adjective before a relative clause), and a passive agenda ("only X would be discussed"). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const afghan = evalOntology('afghanistan-doha-2020.json');
const iran = evalOntology('iran-nuclear-2021.json');

const afghanCases: ReadingCase[] = [
  {
    name: '"nothing but X could …": the speaker backs X',
    text: 'The Russian foreign ministry said nothing but a political settlement could bring peace to Afghanistan.',
    published: '2018-11-09',
    expect: [
      {
        party: 'russia',
        demand: 'intra-afghan-talks',
        stance: 'supports',
        quote: 'nothing but a political settlement could',
      },
    ],
  },
  {
    name: '"only X could …" with an adjective inside the noun phrase',
    text: 'Islamabad said only a comprehensive ceasefire could stop the bloodshed.',
    published: '2019-12-06',
    expect: [
      { party: 'pakistan', demand: 'ceasefire', stance: 'supports', quote: 'only a comprehensive ceasefire' },
    ],
  },
  {
    name: '"only X will …" fronted, the speaker after it',
    text: 'Only the withdrawal of foreign troops will bring peace, Mujahid said.',
    published: '2019-02-25',
    expect: [
      {
        party: 'taliban',
        demand: 'troop-withdrawal',
        stance: 'supports',
        quote: 'withdrawal of foreign troops',
      },
    ],
  },
  {
    name: 'trap: the one able is a party ("only Washington can order …")',
    text: 'Islamabad said only Washington can order the withdrawal of foreign troops.',
    published: '2019-12-06',
    expect: [],
    none: [['pakistan', 'troop-withdrawal']],
  },
  {
    name: 'trap: "not only X could …" adds X to others, it is no sole means',
    text: 'Islamabad said not only a ceasefire could end the fighting.',
    published: '2019-12-06',
    expect: [],
    none: [['pakistan', 'ceasefire']],
  },
  {
    name: 'trap: a passive agenda ("only X would be discussed") is read as discussing it, not backing it',
    text: 'Islamabad said only the release of Taliban prisoners would be discussed in Doha.',
    published: '2020-03-12',
    expect: [{ party: 'pakistan', demand: 'prisoner-release', stance: 'open', quote: 'would be discussed' }],
  },
];

const iranCases: ReadingCase[] = [
  {
    name: 'another negotiation: "only X can save the accord"',
    text: 'Scholz said only a return to full compliance can save the accord.',
    published: '2022-09-12',
    expect: [
      {
        party: 'germany',
        demand: 'nuclear-limits',
        stance: 'supports',
        quote: 'only a return to full compliance',
      },
    ],
  },
  {
    name: 'trap: "the only X a party would offer" is an adjective and a relative clause',
    text: 'China said the only sanctions relief Washington would offer was a narrow waiver.',
    published: '2022-02-08',
    expect: [],
    none: [['china', 'sanctions-lifting']],
  },
];

describe('the sole means: "only X can …", "nothing but X could …"', () => {
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghan));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
