/**
 * Who speaks when a speaker is named through someone else: "his spokesman" or "her office" speaks for
 * the person the document spoke of last (a person with an office, going by that pronoun), and two
 * speakers joined by "and" both speak, also when an aside in commas or an article stands between.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const aides: ReadingCase[] = [
  {
    name: '"His spokesman added that …" after a sentence about the chancellor: his party speaks',
    text: "Olaf Scholz met reporters in Berlin. His spokesman added that Moscow's demand to halt NATO expansion was unacceptable.",
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"According to her spokeswoman, …": the foreign secretary spoken of before speaks',
    text: "Liz Truss visited Kyiv on Monday. According to her spokeswoman, the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"…,” said her spokeswoman.": the same, the aide after the verb',
    text: 'Liz Truss visited Kyiv on Monday. "The Kremlin\'s demand to halt NATO expansion is unacceptable," said her spokeswoman.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"…, his spokesman said." after a clause the chancellor opens: his party speaks',
    text: "Olaf Scholz regards the Kremlin's demand to halt NATO expansion as unacceptable, his spokesman said.",
    expect: [{ party: 'germany', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: '"…, his spokesman said. …, the spokesman added": the spokesman goes on speaking for the prime minister',
    text: 'Boris Johnson hopes to calm Moscow about the alliance, his spokesman said. Yet no concession is on offer, the spokesman added: each democracy in Europe has the right to seek membership.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'right to seek membership' }],
  },
  {
    name: 'trap: "…, his spokesman said." where the chancellor is named only inside an opening phrase speaks for no one known',
    text: "After talks with Olaf Scholz, the Kremlin's demand to halt NATO expansion was called unacceptable, his spokesman said.",
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: "His spokesman" after a person the document calls "she" speaks for no one known',
    text: "Ms Truss visited Kyiv on Monday. His spokesman said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [],
    none: [['uk', NX]],
  },
  {
    name: 'trap: "His spokesman" after a sentence naming only a country speaks for no one known',
    text: "Germany sent aid to Kyiv. His spokesman said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [],
    none: [['germany', NX]],
  },
  {
    name: 'trap: "His counterpart" is someone of another side, not the chancellor',
    text: "Olaf Scholz met reporters in Berlin. His counterpart said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [],
    none: [['germany', NX]],
  },
];

const counterparts: ReadingCase[] = [
  {
    name: '"His counterpart said …" after the foreign minister spoke with the secretary of state: the other side speaks',
    text: "Sergei Lavrov spoke with Antony Blinken by phone on Friday. His counterpart said the Kremlin's demand to halt NATO expansion was a non-starter.",
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'non-starter' }],
  },
  {
    name: 'trap: "His counterpart said …" with no one met: no one known speaks',
    text: "Sergei Lavrov spoke to reporters on Friday. His counterpart said the Kremlin's demand to halt NATO expansion was a non-starter.",
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "Her counterpart" after a person the document calls "he": no one known speaks',
    text: "Mr Lavrov spoke with Antony Blinken by phone on Friday. Her counterpart said the Kremlin's demand to halt NATO expansion was a non-starter.",
    expect: [],
    none: [['united-states', NX]],
  },
];

const pairs: ReadingCase[] = [
  {
    name: 'a pair whose second speaker has an aside ("… and Justin Trudeau, his Canadian counterpart, said"): both speak',
    text: "Norway's prime minister and Justin Trudeau, his Canadian counterpart, said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'canada', demand: NX, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'a pair whose second speaker is named in an aside ("… and his French counterpart, Emmanuel Macron, said"): both speak',
    text: "Boris Johnson and his French counterpart, Emmanuel Macron, said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [
      { party: 'uk', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'france', demand: NX, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'a pair whose second office takes "the" ("The German chancellor and the Polish prime minister said"): both speak',
    text: "The German chancellor and the Polish prime minister said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [
      { party: 'germany', demand: NX, stance: 'rejects', quote: 'unacceptable' },
      { party: 'poland', demand: NX, stance: 'rejects', quote: 'unacceptable' },
    ],
  },
  {
    name: 'trap: a name in the clause before ("Scholz spoke to the Polish prime minister, and Justin Trudeau, …, said") does not speak',
    text: "Scholz spoke to the Polish prime minister, and Justin Trudeau, the Canadian leader, said the Kremlin's demand to halt NATO expansion was unacceptable.",
    expect: [{ party: 'canada', demand: NX, stance: 'rejects', quote: 'unacceptable' }],
    none: [
      ['poland', NX],
      ['germany', NX],
    ],
  },
];

describe.each([
  ['aides speaking for a person', aides],
  ['a counterpart after a meeting', counterparts],
  ['pairs of speakers', pairs],
])('aides and pairs: %s', (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
