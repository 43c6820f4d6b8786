/**
 * A participle after a speech tag that closes a quotation opening the sentence ("“NATO has given its
 * answer,” he said, adding that …"): what the participle adds is the tag's speaker's (the one "he"
 * continues), never a party named inside the quotation, which is the speaker's words, not a subject of
 * the participle. Controls: a quotation in mid-sentence after the writer's own words ("Moscow is “deadly
 * serious,” he said, adding …") keeps its subject as before. Traps: the party inside the quotation, and
 * a tag whose speaker is no party ("an analyst said"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-15';
const RB = 'rollback-1997';
const germanyRejects = (quote: string) => ({
  party: 'germany',
  demand: RB,
  stance: 'rejects' as const,
  quote,
});

const cases: ReadingCase[] = [
  {
    name: '"“…,” he said, adding that …": the previous speaker (Scholz) holds the addition, not NATO',
    text: 'Scholz said the talks had been long. "NATO and the EU do not share Moscow\'s view," he said, adding that a return to the 1997 positions was not on the table.',
    published,
    expect: [germanyRejects('not on the table')],
    none: [['nato', RB]],
  },
  {
    name: '"“…,” Scholz said, adding that …": the named speaker holds it, not NATO quoted before',
    text: '"NATO has made its answer known," Scholz said, adding that a return to the 1997 positions was not on the table.',
    published,
    expect: [germanyRejects('not on the table')],
    none: [['nato', RB]],
  },
  {
    name: 'curly marks, "unacceptable": "“…,” he said, adding that … was unacceptable" is Scholz\'s',
    text: 'Scholz spoke after the talks. “NATO has made its answer known,” he said, adding that a return to the 1997 positions was unacceptable.',
    published,
    expect: [germanyRejects('unacceptable')],
    none: [['nato', RB]],
  },
  {
    name: 'control: a mid-sentence quotation keeps the subject before it ("Moscow is “deadly serious,” he said")',
    text: 'Ryabkov spoke in Geneva. Moscow is "deadly serious," he said, adding that NATO must pull its forces back to the 1997 lines.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: '1997 lines' }],
  },
  {
    name: 'control: "NATO would “never go back,” he said, adding …" stays NATO\'s',
    text: 'Stoltenberg spoke after the talks. NATO would "never go back," he said, adding that a return to the 1997 positions was unacceptable.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'unacceptable' }],
  },
  {
    name: "trap: an analyst's tag gives the addition to no party, NATO quoted before included",
    text: '"NATO has made its answer known," an analyst said, adding that a return to the 1997 positions was unacceptable.',
    published,
    expect: [],
    none: [
      ['nato', RB],
      ['germany', RB],
    ],
  },
  {
    name: 'trap: a German speaker quoting NATO gives NATO nothing ("“NATO said no,” Scholz said, noting …")',
    text: '"NATO said no to that," Scholz said, noting that a return to the 1997 positions was unacceptable.',
    published,
    expect: [germanyRejects('unacceptable')],
    none: [['nato', RB]],
  },
];

describe("a participle after a tag closing an opening quotation is the tag speaker's", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
