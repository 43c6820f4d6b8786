/**
 * A demand's subject as the modifier of a noun of topic ("the NATO enlargement issue", "the missile
 * question") names only the topic, as "the issue of enlargement" does; a gapped evasion cue closing on
 * that noun ("sidestep … issue", "dodge … question", "skirt … issue") gives the subject back and reads
 * it as the topic evaded: `unclear`. Traps: the same noun group with no evasion ("said the NATO
 * enlargement issue would come up", "raised the NATO expansion question with …"), and a subject set
 * before a noun of topic inside a verdict of someone else ("Moscow sees the missile issue as …").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"sidestepped the NATO enlargement issue": the US evades the demand, unclear',
    text: 'Lavrov said Washington sidestepped the NATO enlargement issue.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: NE,
        stance: 'unclear',
        quote: 'sidestepped the NATO enlargement issue',
      },
    ],
  },
  {
    name: '"dodged the missile question": unclear on missile deployment',
    text: 'Blinken dodged the missile question at the news conference.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'unclear', quote: 'dodged the missile question' }],
  },
  {
    name: '"skirted the NATO expansion issue when asked": Germany unclear',
    text: 'Scholz skirted the NATO expansion issue when asked about Ukraine.',
    published,
    expect: [{ party: 'germany', demand: NE, stance: 'unclear', quote: 'skirted the NATO expansion issue' }],
  },
  {
    name: 'in a concessive clause opening the sentence: "Although Washington sidestepped the NATO enlargement issue, …"',
    text: 'Although Washington sidestepped the NATO enlargement issue, Lavrov said, its answer makes talks possible on arms control.',
    published,
    expect: [
      {
        party: 'united-states',
        demand: NE,
        stance: 'unclear',
        quote: 'sidestepped the NATO enlargement issue',
      },
    ],
  },
  {
    name: 'trap: "said the NATO enlargement issue would come up" — a topic announced, no stance',
    text: 'Blinken said the NATO enlargement issue would come up in Geneva.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "raised the NATO expansion question with Lavrov" — a topic brought up, no stance',
    text: 'Blinken raised the NATO expansion question with Lavrov.',
    published,
    expect: [],
    none: [['united-states', NE]],
  },
  {
    name: 'trap: "Moscow sees the missile issue as …, Blinken said" — the speaker reports another view',
    text: 'Moscow sees the missile issue as the core of its security worries, Blinken said.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('a demand subject modifying a noun of topic names the topic', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
