/**
 * Sentences that leave a stance undecided: a party that "neither accepted nor rejected" a proposal (or "has
 * not accepted or rejected" it) took no side; a party "studying", "reviewing" or "weighing" someone's
 * proposal is not its proposer; a speaker "not sure" another party would agree states no position of that
 * party; and a question left open ("would not say whether Russia had dropped its demand") is no step taken.
 * Traps: "neither … nor" joining two objects or two parties (each denied, still a refusal), studying that
 * is not of a proposal, the proposal's own owner still named, "sure" without a denial, "considering" (open
 * by convention), and a party's plain letting go of its demand. Sentences written for these tests, read
 * with the Afghanistan and Russia–West ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const doha = evalOntology('afghanistan-doha-2020.json');
const CF = 'ceasefire';
const PR = 'prisoner-release';
const TB = 'taliban';
const US = 'united-states';
const GOV = 'afghan-government';
const D = '2020-03-01';

const dohaCases: ReadingCase[] = [
  {
    name: '"neither accepted nor rejected the American proposal": no side taken; the proposal is still American',
    text: 'The Taliban neither accepted nor rejected the American proposal for a ceasefire.',
    published: D,
    expect: [{ party: US, demand: CF, stance: 'supports', quote: 'American proposal' }],
    none: [[TB, CF]],
  },
  {
    name: '"have not formally accepted or rejected the offer": the same with "not … or"',
    text: 'The Taliban have not formally accepted or rejected the offer of a ceasefire.',
    published: D,
    expect: [],
    none: [[TB, CF]],
  },
  {
    name: 'trap: "neither accepted a ceasefire nor agreed to talks" denies both acts, a refusal',
    text: 'The Taliban neither accepted a ceasefire nor agreed to talks with Kabul.',
    published: D,
    expect: [{ party: TB, demand: CF, stance: 'rejects', quote: 'accepted' }],
  },
  {
    name: 'trap: "neither Kabul nor Washington accepted" joins two parties; the first clause’s refusal stands',
    text: 'The Taliban rejected the ceasefire, and neither Kabul nor Washington accepted their terms.',
    published: D,
    expect: [{ party: TB, demand: CF, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: '"is still studying the Taliban’s proposal for a ceasefire": the one studying it is no proposer',
    text: 'The White House is still studying the Taliban’s proposal for a ceasefire.',
    published: D,
    expect: [],
    none: [
      [US, CF],
      [TB, CF],
    ],
  },
  {
    name: '"is reviewing the Taliban proposal for a prisoner exchange": the Taliban’s own proposal, not Washington’s',
    text: 'Washington is reviewing the Taliban proposal for a prisoner exchange.',
    published: D,
    expect: [{ party: TB, demand: PR, stance: 'supports', quote: 'prisoner exchange' }],
    none: [[US, PR]],
  },
  {
    name: '"Kabul is weighing an American plan for the release of prisoners": the plan’s owner holds it, not Kabul',
    text: 'Kabul is weighing an American plan for the release of Taliban prisoners.',
    published: D,
    expect: [{ party: US, demand: PR, stance: 'supports', quote: 'American plan' }],
    none: [[GOV, PR]],
  },
  {
    name: 'trap: "are considering the proposal for a ceasefire" is open, as "considering" reads',
    text: 'The Taliban are considering the proposal for a ceasefire.',
    published: D,
    expect: [{ party: TB, demand: CF, stance: 'open', quote: 'considering' }],
  },
  {
    name: '"he was not sure the Taliban would agree to a ceasefire": the speaker’s doubt is no Taliban stance',
    text: 'Ghani said he was not sure the Taliban would agree to a ceasefire.',
    published: D,
    expect: [{ party: GOV, demand: CF, stance: 'supports', quote: 'ceasefire' }],
    none: [[TB, CF]],
  },
  {
    name: 'trap: "he was sure the Taliban would agree" keeps the reading of the Taliban (no denied certainty)',
    text: 'Ghani said he was sure the Taliban would agree to a ceasefire.',
    published: D,
    expect: [{ party: TB, demand: CF, stance: 'open', quote: 'agree to' }],
  },
  {
    name: 'trap: "they were not sure the government would release the prisoners": the speaker’s own demand stands',
    text: 'The Taliban said they were not sure the government would release the prisoners.',
    published: D,
    expect: [{ party: TB, demand: PR, stance: 'supports', quote: 'release the prisoners' }],
    none: [[GOV, PR]],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: '"would not say whether Russia had dropped its demand": a question left open, no step of Russia’s',
    text: 'Scholz would not say whether Russia had dropped its demand for a halt to NATO enlargement.',
    expect: [],
    none: [
      ['russia', 'non-expansion'],
      ['germany', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "Russia has dropped its demand" is its letting go, open',
    text: 'Russia has dropped its demand for a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'open', quote: 'has dropped' }],
  },
  {
    name: '"If Russia drops its demand …": a condition, no step; the demand is still its own',
    text: 'If Russia drops its demand for a halt to NATO enlargement, talks could move quickly.',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'its demand' }],
  },
];

describe('a stance left undecided: no side taken, a proposal weighed, a doubt, an open question', () => {
  for (const c of dohaCases) it(c.name, () => checkReading(c, doha));
  for (const c of russiaWestCases) it(c.name, () => checkReading(c, seedOntology()));
});
