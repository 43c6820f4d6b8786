/**
 * A short condition in commas between a relative pronoun and its modal ("a draft treaty which, if
 * signed, would bar …", "which, were it ever signed, would forbid …"): the aside is transparent, so
 * the relative clause reads on as "which would bar …", what the proposal would do for whoever tabled
 * it. Traps: a speech aside in the same place ("which, Western diplomats said, would …") stays
 * visible; a "that" opening a reported clause with a subject of its own after the condition ("said
 * that, if Russia attacked, the alliance would …"); a verdict on an unowned draft ("The allies turned
 * down a draft which, if signed, would …") stays the judge's. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-12';
const NE = 'non-expansion';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"handed … a draft treaty which, if signed, would bar …": the draft is the Kremlin\'s demand',
    text: 'The Kremlin handed Washington a draft treaty which, if signed, would bar Ukraine from joining NATO.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'which, if signed, would bar' }],
    none: [['united-states', NE]],
  },
  {
    name: 'an inverted condition: "which, were it ever signed, would forbid NATO to offer membership"',
    text: 'Last week the Kremlin handed Washington a draft treaty which, were it ever signed, would forbid NATO to offer membership to Ukraine.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'were it ever signed' }],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: '"sent a draft treaty which, were it signed, would forbid …"',
    text: 'The Kremlin sent a draft treaty which, were it signed, would forbid NATO to offer membership to Ukraine.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'were it signed' }],
  },
  {
    name: 'control: the same clause with no aside',
    text: 'The Kremlin handed Washington a draft treaty which would forbid NATO to offer membership to Ukraine.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'which would forbid' }],
  },
  {
    name: 'trap: a speech aside in the same place stays visible ("which, Western diplomats said, would bar")',
    text: 'The Kremlin handed over a draft treaty which, Western diplomats said, would bar NATO from admitting Ukraine.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['nato', NE],
    ],
  },
  {
    name: 'trap: "said that, if Russia attacked, the alliance would admit Ukraine" gives Russia nothing',
    text: 'Stoltenberg said that, if Russia attacked, the alliance would admit Ukraine.',
    published,
    expect: [],
    none: [['russia', NE]],
  },
  {
    name: 'trap: an unowned draft turned down ("The allies turned down a draft which, if signed, would …") is the allies\' refusal',
    text: 'The allies turned down a draft which, if signed, would bar Ukraine from joining NATO.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'turned down' }],
    none: [['nato', RB]],
  },
];

describe('a condition aside between a relative pronoun and its modal is transparent', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
