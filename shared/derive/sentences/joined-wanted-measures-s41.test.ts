/**
 * Two measures wanted in one breath, each a noun group with its participle, joined by "and" ("Moscow
 * wants enlargement frozen and US troops withdrawn from Eastern Europe"): the first is the proposer's
 * wanted step as it would be alone; the place, time or party named in the second ("… out of the states
 * that joined after 1997", "US troops …") is that measure's, not the first one's target or timing.
 * Traps: a time or condition of the first measure itself ("frozen before any deal", "frozen until the
 * talks end"), a condition closing the sentence, which holds both ("… only if Kyiv agrees"), and a
 * second participle of the same noun ("frozen and not resumed until …"). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NE = 'non-expansion';
const RB = 'rollback-1997';
const wants = (demand: string) => ({ party: 'russia', demand, stance: 'supports' as const, quote: 'wants' });

const cases: ReadingCase[] = [
  {
    name: '"wants enlargement frozen and US troops withdrawn from …": both demands',
    text: 'Moscow wants enlargement frozen and US troops withdrawn from Eastern Europe.',
    published,
    expect: [wants(NE), wants(RB)],
  },
  {
    name: '"… and weapons taken out of the states that joined after 1997": the year is the second measure\'s',
    text: 'The Kremlin wants enlargement halted and weapons taken out of the states that joined after 1997.',
    published,
    expect: [wants(NE), wants(RB)],
  },
  {
    name: '"wants expansion stopped and allied forces pulled back from the Baltic states": both',
    text: 'Russia wants expansion stopped and allied forces pulled back from the Baltic states.',
    published,
    expect: [wants(NE), wants(RB)],
  },
  {
    name: 'trap: "frozen before any deal" times the first measure itself',
    text: 'Moscow wants enlargement frozen before any deal and US troops withdrawn from Eastern Europe.',
    published,
    expect: [wants(RB)],
    none: [['russia', NE]],
  },
  {
    name: 'trap: a condition closing the sentence holds both measures',
    text: 'Moscow wants enlargement frozen and US troops withdrawn from Eastern Europe only if Kyiv agrees.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: "frozen until the talks end", a pause with an end',
    text: 'Moscow wants enlargement frozen until the talks end.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: a second participle of the same noun carries its condition',
    text: 'Moscow wants enlargement frozen and not resumed until the talks end.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
];

describe('two wanted measures joined by "and" are read each on its own', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
