/**
 * The power to decide or dictate who joins denied to the demand's proposer: "Russia cannot decide who
 * joins NATO", "Moscow doesn't decide on Kyiv's membership", "Russia can't dictate which countries join",
 * "cannot dictate whether Ukraine joins the alliance" (dictating-denied.ts, weak opposites of
 * non-expansion; the "not" written onto its auxiliary too). The speaker holds the open door (rejects
 * non-expansion); the proposer denied the say holds nothing.
 * Found in real coverage: dagens.com (24 January 2025, the NATO chief: Russia cannot dictate who joins),
 * nezavisen.mk (Stoltenberg: Russia does not decide on Macedonia's membership), tellerreport.com
 * (13 April 2021, Stoltenberg: Russia cannot decide for other states), The Frontier Post via TASS
 * (Sherman, January 2022: Russia can't decide on NATO membership).
 * Traps: the power denied to someone other than the proposer ("the allies cannot decide … without
 * Ukraine", "Washington cannot dictate …"), a choice not yet made ("Russia has not decided who will
 * attend"), another alliance ("who joins the CSTO"), a question ("whether Russia can decide"), and
 * another matter decided ("cannot decide on gas prices").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Stoltenberg said Russia cannot decide who joins NATO": NATO rejects, Russia nothing',
    text: 'Stoltenberg said Russia cannot decide who joins NATO.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'Russia cannot decide who joins NATO' }],
    none: [['russia', NX]],
  },
  {
    name: '"Blinken said Moscow doesn\'t decide on Ukraine\'s membership in NATO": the US rejects',
    text: "Blinken said Moscow doesn't decide on Ukraine's membership in NATO.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: "doesn't decide on Ukraine's" }],
    none: [['russia', NX]],
  },
  {
    name: '"Linde said Moscow can\'t dictate which countries join NATO": Sweden rejects',
    text: "Linde said Moscow can't dictate which countries join NATO.",
    published,
    expect: [{ party: 'sweden', demand: NX, stance: 'rejects', quote: "can't dictate which countries" }],
    none: [['russia', NX]],
  },
  {
    name: '"Russia cannot dictate whether Ukraine joins the alliance, Stoltenberg said": NATO rejects',
    text: 'Russia cannot dictate whether Ukraine joins the alliance, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'cannot dictate whether Ukraine' }],
    none: [['russia', NX]],
  },
  {
    name: '"Psaki said Russia should not decide which countries join the alliance": the US rejects',
    text: 'Psaki said Russia should not decide which countries join the alliance.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'should not decide which' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "the allies cannot decide who joins NATO without Ukraine" denies no say to the proposer',
    text: 'Stoltenberg said the allies cannot decide who joins NATO without Ukraine.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "Washington cannot dictate which countries join NATO" (said by Lavrov) is no stance',
    text: 'Lavrov said Washington cannot dictate which countries join NATO.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: 'trap: "Russia has not decided who will attend the NATO-Russia Council" is a choice not yet made',
    text: 'Stoltenberg said Russia has not decided who will attend the NATO-Russia Council.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "NATO cannot dictate who joins the CSTO" names another alliance',
    text: 'Lavrov said NATO cannot dictate who joins the CSTO.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "a journalist asked whether Russia can decide who joins NATO" is a question',
    text: 'A journalist asked whether Russia can decide who joins NATO.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "Russia cannot decide on gas prices for NATO members" decides another matter',
    text: 'Stoltenberg said Russia cannot decide on gas prices for NATO members.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
];

describe('the say over who joins denied to the proposer: "cannot decide who", "doesn\'t dictate which" (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
