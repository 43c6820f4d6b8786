/**
 * A group named one by one and then counted ("Washington, Moscow, Beijing and Islamabad met … The four
 * countries called on …", "the joint statement that A, B, C and D issued … the four main outside
 * stakeholders urged …"): the counted noun is the listed parties when the count is the list's length.
 * A count that fits no list, a list that was no subject (places an envoy travelled to), or a group
 * named too long before is no one. Also "it is our expectation that …" as a party's own wish (as "we
 * expect" is), "bring down violence" as a step toward a ceasefire, and "start discussing" with the
 * Afghan sides as the intra-Afghan talks (the Afghanistan ontology's frame). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(evalOntology('afghanistan-doha-2020.json'), '2021-04-30');
const FOUR = ['united-states', 'russia', 'china', 'pakistan'] as const;

describe('a counted group is the parties listed just before', () => {
  it('"A, B, C and D met … The four countries called on …": all four', () =>
    reading(
      'four countries',
      'Washington, Moscow, Beijing and Islamabad met in Doha on Tuesday. The four countries called on the Taliban to agree to a ceasefire.',
      FOUR.map((party) => ({
        party,
        demand: 'ceasefire',
        stance: 'supports' as const,
        quote: 'four countries',
      })),
    ));
  it('"the joint statement that A, B, C and D issued … the four main outside stakeholders urged …"', () =>
    reading(
      'four stakeholders',
      'Kabul praised the joint statement that Beijing, Islamabad, Moscow and Washington put out after the meeting. The meeting also heard Afghan delegates. In the statement, the four main outside stakeholders urged the Taliban to agree to a ceasefire.',
      FOUR.map((party) => ({
        party,
        demand: 'ceasefire',
        stance: 'supports' as const,
        quote: 'four main outside stakeholders',
      })),
    ));
  it('"all four members called on …" after a list closed by "and"', () =>
    reading(
      'all four members',
      'Moscow, Washington, Islamabad and Beijing gathered in Moscow. All four members called on the Taliban to agree to a ceasefire.',
      FOUR.map((party) => ({
        party,
        demand: 'ceasefire',
        stance: 'supports' as const,
        quote: 'four members',
      })),
    ));
  it('"A, B and C held talks … The three sides urged …": all three', () =>
    reading(
      'three sides',
      'Beijing, Islamabad and Kabul held a video meeting on Tuesday. The three sides urged the Taliban to agree to a ceasefire.',
      (['china', 'pakistan', 'afghan-government'] as const).map((party) => ({
        party,
        demand: 'ceasefire',
        stance: 'supports' as const,
        quote: 'three sides',
      })),
    ));
  it('trap: a count that does not match the list is no one', () =>
    reading(
      'count mismatch',
      'Washington, Moscow and Beijing met in Doha on Tuesday. The four countries called on the Taliban to agree to a ceasefire.',
      [],
      [
        ['russia', 'ceasefire'],
        ['china', 'ceasefire'],
      ],
    ));
  it('trap: a joint statement by four, then "the three countries": no one', () =>
    reading(
      'three of four',
      'Kabul praised the joint statement that Beijing, Islamabad, Moscow and Washington put out. The three countries called on the Taliban to agree to a ceasefire.',
      [],
      [
        ['russia', 'ceasefire'],
        ['china', 'ceasefire'],
        ['pakistan', 'ceasefire'],
      ],
    ));
  it('trap: places an envoy travelled to are no group that speaks', () =>
    reading(
      'places',
      'A Qatari envoy travelled to Moscow, Beijing and Islamabad last week. The three countries called on the Taliban to agree to a ceasefire.',
      [],
      [
        ['russia', 'ceasefire'],
        ['china', 'ceasefire'],
        ['pakistan', 'ceasefire'],
      ],
    ));
  it('trap: a list without "and" ("Moscow, Beijing said") is no group', () =>
    reading(
      'no and',
      'Moscow, Beijing, Islamabad sent envoys to Doha. The three countries called on the Taliban to agree to a ceasefire.',
      [],
      [
        ['china', 'ceasefire'],
        ['pakistan', 'ceasefire'],
      ],
    ));
  it('trap: "the four sides of the conflict" is not the list\'s', () =>
    reading(
      'sides of',
      'Washington, Moscow, Beijing and Islamabad met in Doha on Tuesday. The four sides of the dispute were urged to agree to a ceasefire.',
      [],
      [
        ['russia', 'ceasefire'],
        ['china', 'ceasefire'],
      ],
    ));
});

describe('"it is our expectation that …" is a party\'s own wish', () => {
  it('a joint statement\'s "It is our expectation that the Taliban will live up to its pledges"', () =>
    reading(
      'our expectation',
      'Washington, Moscow, Beijing and Islamabad released a joint statement on Friday. "It is our expectation that the Taliban will honour its counterterrorism pledges," the text continues.',
      FOUR.map((party) => ({
        party,
        demand: 'counterterrorism-guarantees',
        stance: 'supports' as const,
        quote: 'our expectation',
      })),
    ));
  it('trap: "it is not our expectation" is no wish', () =>
    reading(
      'not our expectation',
      '"It is not our expectation that the Taliban will honour its counterterrorism pledges," the Russian envoy said.',
      [],
      [['russia', 'counterterrorism-guarantees']],
    ));
  it('trap: "contrary to our expectation" reports what happened', () =>
    reading(
      'contrary to',
      '"Contrary to our expectation, the Taliban kept its counterterrorism pledges," the Russian envoy said.',
      [],
      [['russia', 'counterterrorism-guarantees']],
    ));
});

describe('"bring down violence" is a step toward a ceasefire', () => {
  it('"urged the Taliban to bring violence down"', () =>
    reading(
      'bring violence down',
      'The US envoy urged the Taliban to bring violence down before the talks.',
      [{ party: 'united-states', demand: 'ceasefire', stance: 'supports', quote: 'urged' }],
    ));
  it('"called on the warring sides to bring down violence"', () =>
    reading('bring down violence', 'China called on the warring Afghan sides to bring down violence.', [
      { party: 'china', demand: 'ceasefire', stance: 'supports', quote: 'called on' },
    ]));
  it('trap: prices brought down are no ceasefire', () =>
    reading(
      'prices',
      'Pakistan said it would bring down fuel prices in the border towns.',
      [],
      [['pakistan', 'ceasefire']],
    ));
});

describe('"start discussing" among the Afghan sides is the intra-Afghan talks', () => {
  it('"called on the Afghan sides to start discussions on a settlement"', () =>
    reading(
      'start discussions',
      'Russia called on the Afghan sides to start discussions on a political settlement without delay.',
      [{ party: 'russia', demand: 'intra-afghan-talks', stance: 'supports', quote: 'called on' }],
    ));
  it('"urged the Afghan sides to begin discussing the core issues"', () =>
    reading(
      'begin discussing',
      'Pakistan urged the Afghan sides to begin discussing the core issues of the war.',
      [{ party: 'pakistan', demand: 'intra-afghan-talks', stance: 'supports', quote: 'urged' }],
    ));
  it('trap: discussions with no Afghan side named are no intra-Afghan talks', () =>
    reading(
      'other discussions',
      'China said it would start discussing trade routes with Pakistan next month.',
      [],
      [
        ['china', 'intra-afghan-talks'],
        ['pakistan', 'intra-afghan-talks'],
      ],
    ));
});
