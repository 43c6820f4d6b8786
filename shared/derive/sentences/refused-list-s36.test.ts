/**
 * A refusal of a party's demands that then names them in a list: "refused to go along with the
 * country's central demands, among them …", "gave no ground on Moscow's demands, including on …",
 * "dismissed the demands – notably … –". The refusal governs the demand noun, and the items after
 * "among them / including / such as / notably" are those demands, so the refusing party rejects each.
 * This holds when the demand noun names no party ("the central demands", "the country's demands"),
 * which is then no cue of its own (unowned-list-noun.ts), as when it does ("Moscow's demands, …").
 * Traps: a list after the proposer's own demands stays its support; "including" that names parties
 * ("the allies, including France, …") and "among them" that names people read no demand; a list after
 * "and" with a new statement is no item of the refusal.
 * Sentences written for these tests, read with the shipped Russia–West ontology.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';

const cases: ReadingCase[] = [
  {
    name: '"X\'s refusal to go along with the central demands, among them A and B": X rejects each item',
    text: "Officials in Moscow were angered by Washington's refusal to go along with the central demands, among them keeping Georgia out of NATO and pulling allied troops back from Eastern Europe.",
    published,
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'refusal to go along' },
      { party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'refusal to go along' },
    ],
  },
  {
    name: '"refused to accept the country\'s main demands, including a ban on …": a possessor that is no party',
    text: "The alliance refused to accept the country's main demands, including a ban on Ukraine joining NATO.",
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'refused to accept' }],
  },
  {
    name: '"turned down the demands – notably a pullback of … –": the item between dashes',
    text: 'The Americans turned down the demands – notably a pullback of NATO troops from Eastern Europe – within hours.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: 'rollback-1997',
        stance: 'rejects',
        quote: 'turned down the demands',
      },
    ],
  },
  {
    name: '"gave no ground on Moscow\'s demands, including on NATO\'s expansion": both sides read',
    text: "Washington gave no ground on Moscow's demands, including on NATO's expansion.",
    published,
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'gave no ground' },
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Moscow's demands" },
    ],
  },
  {
    name: '"rejected Russia\'s key demands, such as a ban on …": both sides read',
    text: "The allies rejected Russia's key demands, such as a ban on Georgia entering the alliance.",
    published,
    expect: [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'rejected' },
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: "Russia's key demands" },
    ],
  },
  {
    name: 'trap: the proposer\'s own "security demands …, among them …" stay its support; no refusal read',
    text: 'Moscow has sent a list of security demands to the West, among them that NATO admit no new members.',
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'security demands' }],
    none: [
      ['united-states', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "wants the country\'s central demands met, among them …" is the proposer\'s support',
    text: "The Kremlin wants the country's central demands met, among them barring Ukraine from NATO.",
    published,
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' }],
    none: [
      ['united-states', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
  {
    name: 'trap: "the allies, including France, rejected the demands, among them …": no party named reads support',
    text: 'The allies, including France, rejected the demands, among them a ban on Ukraine joining NATO.',
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'rejected the demands' }],
    none: [['russia', 'non-expansion']],
  },
  {
    name: 'trap: "rejected the demands, among them Blinken and Sullivan": people, no demand read',
    text: 'Several officials rejected the demands, among them Blinken and Sullivan.',
    published,
    expect: [],
    none: [
      ['united-states', 'non-expansion'],
      ['united-states', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: "rejected the demands, and NATO said …": a new statement after "and" is no item of the refusal',
    text: 'Washington rejected the demands, and NATO said it would keep its door open.',
    published,
    expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'NATO said' }],
    none: [['united-states', 'non-expansion']],
  },
];

describe('a refusal of demands that then lists them', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
