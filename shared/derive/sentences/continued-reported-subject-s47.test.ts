/**
 * A verb after "but"/"and" that repeats the perfect auxiliary of a reported clause continues that clause:
 * "Lavrov said the US and NATO had rejected Moscow's main demands but had offered talks on missile
 * deployments" is the US and NATO offering talks, as Lavrov reports it. Before, without a "that" after
 * the speech verb, the speaker was taken for the subject the second verb continues, and Russia was read
 * as the one offering talks on its own demand.
 * Traps: a new subject after the conjunction keeps its own clause; a speech verb with a hearer that is
 * not a one-word audience stays as before; the auxiliary not repeated ("but offered") is left as it was.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-28';
const MI = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"said the US and NATO had rejected … but had offered talks on missiles": the US and NATO are open',
    text: "Lavrov said the US and NATO had rejected Moscow's main demands but had offered talks on missile deployments.",
    published,
    expect: [
      {
        party: 'united-states',
        demand: MI,
        stance: 'open',
        quote: 'had offered talks on missile deployments',
      },
      { party: 'nato', demand: MI, stance: 'open', quote: 'had offered talks on missile deployments' },
    ],
    none: [['russia', MI]],
  },
  {
    name: '"said Washington had rejected … but had offered talks": Washington is open',
    text: "Lavrov said Washington had rejected Moscow's main demands but had offered talks on missile deployments.",
    published,
    expect: [{ party: 'united-states', demand: MI, stance: 'open', quote: 'had offered talks' }],
    none: [['russia', MI]],
  },
  {
    name: '"told reporters the US had rejected … but had offered talks": past a one-word hearer',
    text: 'Lavrov told reporters the US had rejected the demands but had offered talks on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MI, stance: 'open', quote: 'had offered talks' }],
    none: [['russia', MI]],
  },
  {
    name: '"said the alliance has refused … and has offered talks": the present perfect too',
    text: 'Grushko said the alliance has refused to halt enlargement and has offered talks on missile deployments instead.',
    published,
    expect: [{ party: 'nato', demand: MI, stance: 'open', quote: 'has offered talks' }],
    none: [['russia', MI]],
  },
  {
    name: 'trap: a subject of its own after "but" keeps its clause',
    text: 'Lavrov said the US had rejected the demands, but Moscow had offered talks on missile deployments.',
    published,
    expect: [],
    none: [['united-states', MI]],
  },
  {
    name: 'trap: the speaker after the clause, as before: the subject of the clause is read',
    text: "The US and NATO had rejected Moscow's main demands but had offered talks on missile deployments, Lavrov said.",
    published,
    expect: [{ party: 'united-states', demand: MI, stance: 'open', quote: 'had offered talks' }],
    none: [['russia', MI]],
  },
  {
    name: 'trap: "told" with a hearer that is a party does not hand the verb to the hearer',
    text: 'Putin told Macron NATO had ignored Russian concerns and had demanded that Ukraine stay out of the alliance.',
    published,
    expect: [],
    none: [
      ['france', NX],
      ['nato', NX],
    ],
  },
];

describe('a repeated perfect auxiliary continues the reported clause (session 47)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
