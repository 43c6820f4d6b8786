/**
 * A transcript's speaker labels in ordinary letters, as a foreign ministry's or a broadcaster's
 * transcript prints them ("Question: …", "Sergey Lavrov: …", "Judy Woodruff: …"): the official a label
 * names says the "we" of the paragraphs after it, until the next label, as a label in capitals
 * ("MR PRICE:") already did. A question's or a journalist's label ends it.
 * Traps: a lone "Name: …" line (a headline's form) names no speaker for what follows, nor with a page's
 * own headings ("Read More: …") beside it; a question's
 * label and an unknown journalist's label hand the "we" to nobody; a label opening a sentence inside a
 * paragraph is no label.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'a broadcast transcript\'s labels ("Judy Woodruff:", "Antony Blinken:") hand "we" to the official',
    text: "Judy Woodruff: Will the alliance give way?\nAntony Blinken: Not on this.\nThe Russian side set out its ideas, and there is a lot to discuss.\nThe next round is not yet fixed.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'We will never let anyone close' },
    ],
  },
  {
    name: 'the label after a question ("Jens Stoltenberg:") carries over the paragraphs of the answer',
    text: 'Question: What will you tell Moscow?\n\nJens Stoltenberg: We will listen.\n\nThe meeting starts at ten.\n\nThe agenda is long.\n\nWe will not withdraw our troops from the eastern flank.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'We will not withdraw our troops' }],
  },
  {
    name: 'a second official\'s label takes over from the first ("Sergey Lavrov:" then "Antony Blinken:")',
    text: "Sergey Lavrov: We had a frank talk.\nAntony Blinken: I agree.\nThe talks lasted ninety minutes.\nThe next round is not yet fixed.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [
      { party: 'united-states', demand: NE, stance: 'rejects', quote: 'We will never let anyone close' },
    ],
    none: [['russia', NE]],
  },
  {
    name: 'trap: a lone "Name: …" line, a headline\'s form, names no speaker for the "we" after it',
    text: "Antony Blinken: Talks in Geneva were useful\nThe meeting ended early.\nReporters waited outside in the snow.\nThe next round is not yet fixed.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: a page\'s own headings ("Read More: …") do not make a headline\'s "Name: …" a transcript label',
    text: "Read More: World news\nSee Also: Europe\nAntony Blinken: Talks in Geneva were useful\nThe meeting ended early.\nReporters waited outside in the snow.\nThe next round is not yet fixed.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: "trap: a question's label ends the official's; the \"we\" of the question is nobody's",
    text: "Question: What did the call cover?\nAntony Blinken: The call was useful.\nThe next round is not yet fixed.\nQuestion: We will never let anyone close NATO's open door, is that still the line?",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: an unknown journalist\'s label hands the "we" to nobody',
    text: "Question: What did the Secretary say?\nAntony Blinken: The call was useful.\nThe Russian side set out its ideas.\nNick Schifrin: We hear that.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "Name: …" opening a sentence inside a paragraph is no label',
    text: "Question: What did the call cover?\nJudy Woodruff: Thank you all. The room was full. Antony Blinken: that was the name on the card. The next round is not yet fixed. Reporters will be told later. The snow kept falling.\nWe will never let anyone close NATO's open door.",
    published,
    expect: [],
    none: [['united-states', NE]],
  },
];

describe('transcript labels in ordinary letters', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
