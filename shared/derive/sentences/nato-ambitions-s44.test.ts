/**
 * "its NATO ambitions", "its NATO aspirations": a country's wish to join the alliance named by the
 * alliance's name before the noun, read as "its bid to join NATO" is. Dropping or abandoning them is the
 * demand; a question whether Kyiv might drop them answered "it might" is unclear, "would never give
 * them up" rejects the demand. Traps: the ambitions only described by others ("analysts say … are
 * unrealistic"), the alliance's own ambitions ("NATO's ambitions in the Arctic"), and the ambitions only
 * discussed. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-14';

const cases: ReadingCase[] = [
  {
    name: 'asked whether Kyiv might drop "its NATO ambitions", the envoy said it might: unclear',
    text: "Asked whether Kyiv might drop its NATO ambitions to avert a war, Ukraine's ambassador in London said it might.",
    published,
    expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'unclear', quote: 'it might' }],
  },
  {
    name: '"would never give up its NATO ambitions" rejects the demand',
    text: 'Kuleba said Ukraine would never give up its NATO ambitions.',
    published,
    expect: [
      {
        party: 'ukraine',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'never give up its NATO ambitions',
      },
    ],
  },
  {
    name: '"would not abandon its NATO aspirations" rejects the demand',
    text: "Zelensky's spokesman said Kyiv would not abandon its NATO aspirations.",
    published,
    expect: [
      {
        party: 'ukraine',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'not abandon its NATO aspirations',
      },
    ],
  },
  {
    name: 'trap: the ambitions only described by analysts',
    text: "Analysts say Ukraine's NATO ambitions are unrealistic for now.",
    published,
    expect: [],
    none: [['ukraine', 'non-expansion']],
  },
  {
    name: "trap: the alliance's own ambitions elsewhere",
    text: "NATO's ambitions in the Arctic worry Moscow, Lavrov said.",
    published,
    expect: [],
    none: [
      ['russia', 'non-expansion'],
      ['nato', 'non-expansion'],
    ],
  },
  {
    name: 'trap: the ambitions only discussed',
    text: "Kuleba said Ukraine's NATO ambitions had been discussed at length with Blinken.",
    published,
    expect: [],
    none: [
      ['ukraine', 'non-expansion'],
      ['united-states', 'non-expansion'],
    ],
  },
];

describe('"its NATO ambitions" as a bid to join', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
