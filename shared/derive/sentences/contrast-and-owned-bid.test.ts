/**
 * Two precision cases, both about what a phrase's verdict reaches.
 *
 * An item set against another by "but not", ", not" ("Netanyahu opposes a full withdrawal but not a
 * permanent ceasefire", "A pullout, not a truce, was out of the question") is excluded from the verdict:
 * its "not" contrasts, it denies no act of the subject's, and a verdict after both judges the first
 * alone. The contrasted item reads nothing (at most an unclassified mention).
 *
 * An owned noun with an infinitive ("Ukraine's bid to join NATO") holds only that infinitive: a
 * restriction in the predicate the phrase is the subject of ("… was blocked by Hungary", "will not let
 * … be blocked by Moscow") is someone else's act, so the owner is not read as backing the restriction.
 * A restriction inside the owned content ("Russia's demand that expansion be halted") still counts.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const gaza = evalOntology('gaza-ceasefire-2024.json');
const af = evalOntology('afghanistan-doha-2020.json');
const west = seedOntology();
const NX = 'non-expansion';

const contrastCases: [ReadingCase, typeof gaza][] = [
  [
    {
      name: '"opposes A but not B": B is not opposed',
      text: 'Netanyahu opposes a full withdrawal but not a permanent ceasefire.',
      published: '2024-05-01',
      expect: [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'opposes' }],
      none: [['israel', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: '"A, not B, was out of the question": the verdict is on A alone',
      text: 'Netanyahu said a full withdrawal, not a permanent ceasefire, was out of the question.',
      published: '2024-05-01',
      expect: [
        { party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'out of the question' },
      ],
      none: [['israel', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: '"A, but not B, was unacceptable": B is not judged',
      text: 'A full withdrawal, but not a permanent ceasefire, was unacceptable, Netanyahu said.',
      published: '2024-05-01',
      expect: [{ party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'unacceptable' }],
      none: [['israel', 'permanent-ceasefire']],
    },
    gaza,
  ],
  [
    {
      name: '"a demand for A but not B": the owner neither backs nor rejects B',
      text: "Hamas's demand for an end to the war but not the release of the hostages was repeated.",
      published: '2024-05-01',
      expect: [
        { party: 'hamas', demand: 'permanent-ceasefire', stance: 'supports', quote: "Hamas's demand" },
      ],
      none: [['hamas', 'hostage-release']],
    },
    gaza,
  ],
  [
    {
      name: '"called for A, not B": B is not refused',
      text: 'The Taliban called for a troop withdrawal, not a ceasefire.',
      published: '2020-02-01',
      expect: [{ party: 'taliban', demand: 'troop-withdrawal', stance: 'supports', quote: 'called for' }],
      none: [['taliban', 'ceasefire']],
    },
    af,
  ],
  [
    {
      name: '"A, not B, is unacceptable" in another negotiation',
      text: 'A ceasefire, not a prisoner release, is unacceptable, the Taliban said.',
      published: '2020-02-01',
      expect: [{ party: 'taliban', demand: 'ceasefire', stance: 'rejects', quote: 'unacceptable' }],
      none: [['taliban', 'prisoner-release']],
    },
    af,
  ],
  [
    {
      name: 'trap: "A and B were unacceptable" still judges both',
      text: 'A full withdrawal and a permanent ceasefire were unacceptable, Netanyahu said.',
      published: '2024-05-01',
      expect: [
        { party: 'israel', demand: 'israeli-withdrawal', stance: 'rejects', quote: 'unacceptable' },
        { party: 'israel', demand: 'permanent-ceasefire', stance: 'rejects', quote: 'unacceptable' },
      ],
    },
    gaza,
  ],
  [
    {
      name: 'trap: a plain denial "there would be no permanent ceasefire" still rejects',
      text: 'Netanyahu said there would be no permanent ceasefire.',
      published: '2024-05-01',
      expect: [
        {
          party: 'israel',
          demand: 'permanent-ceasefire',
          stance: 'rejects',
          quote: 'no permanent ceasefire',
        },
      ],
    },
    gaza,
  ],
];

const bidCases: ReadingCase[] = [
  {
    name: '"will not let Kyiv\'s bid to join NATO be blocked by Moscow": Ukraine does not back the blocking',
    text: "The United States will not let Kyiv's bid to join NATO be blocked by Moscow.",
    published: '2022-01-20',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: "\"Ukraine's bid to join NATO was blocked by Hungary\": the blocking is Hungary's, not Ukraine's",
    text: "Ukraine's bid to join NATO was blocked by Hungary.",
    published: '2022-01-20',
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: the bid alone still reads as the owner wanting to join',
    text: "Ukraine's bid to join NATO was discussed on Monday.",
    published: '2022-01-20',
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: "Ukraine's bid" }],
  },
  {
    name: 'trap: a restriction inside the owned content ("demand that expansion be halted") counts',
    text: "Russia's demand that NATO expansion be halted was rejected by Washington.",
    published: '2022-01-20',
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: "Russia's demand" },
      { party: 'united-states', demand: NX, stance: 'rejects', quote: 'rejected' },
    ],
  },
  {
    name: 'trap: an owned call whose infinitive is the restriction ("call to halt NATO expansion")',
    text: "Putin's call to halt NATO expansion was repeated on Monday.",
    published: '2022-01-20',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "Putin's call" }],
  },
];

describe('an item set against another ("but not B", ", not B") is excluded from the verdict', () => {
  for (const [c, ont] of contrastCases) it(c.name, () => checkReading(c, ont));
});

describe('an owned infinitive holds no restriction of the predicate after it', () => {
  for (const c of bidCases) it(c.name, () => checkReading(c, west));
});
