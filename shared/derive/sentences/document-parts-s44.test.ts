/**
 * Parts of a party's drafts speaking for it in the sentence after the drafts were named: "Others would
 * require …", "Other clauses would appear to require …", "Some provisions seem to oblige …". The bare
 * "Others" and an opener "Other"/"Some" with a document noun stand for the rest of the package the
 * sentence before put out, as "They" stands for all of it; a reporter's hedge ("would appear to", "seem
 * to") before the draft's verb leaves it the draft's content. Traps: "Others" after a sentence naming no
 * drafts (other people, not other clauses), "Others" whose verb is no verb of a draft ("appear to
 * doubt"), and "Others" after a reply rather than a party's drafts. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2021-12-18';

const cases: ReadingCase[] = [
  {
    name: '"Others would require …" after some points of the package were named',
    text: "Some points of Moscow's package, such as a halt to the alliance's enlargement, were ruled out long ago. Others would require the NATO battalions in Poland and the Baltic states to go home.",
    published,
    expect: [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'Others would require' }],
  },
  {
    name: '"Other clauses would appear to require …": a hedge before the draft\'s verb',
    text: "The Kremlin's package reached Washington this week. Other clauses would appear to require the alliance to pull its troops out of Romania and Bulgaria.",
    published,
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'Other clauses would appear to require',
      },
    ],
  },
  {
    name: '"Some provisions seem to oblige …" after the drafts were put out',
    text: 'Moscow put out its draft treaties on Friday. Some provisions seem to oblige the alliance to withdraw its forces from the Baltic states.',
    published,
    expect: [
      {
        party: 'russia',
        demand: 'rollback-1997',
        stance: 'supports',
        quote: 'Some provisions seem to oblige',
      },
    ],
  },
  {
    name: 'trap: "Others" after a sentence naming no drafts is other people',
    text: 'Some allies backed the plan. Others would require the NATO battalions in Poland to go home.',
    published,
    expect: [],
    none: [['russia', 'rollback-1997']],
  },
  {
    name: 'trap: "Others appear to doubt …" is no draft\'s verb',
    text: 'Moscow put out its draft treaties on Friday. Others appear to doubt that the NATO battalions in Poland will ever go home.',
    published,
    expect: [],
    none: [
      ['russia', 'rollback-1997'],
      ['nato', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: "Others would require …" after a reply, no party\'s drafts',
    text: 'Washington sent its written reply on Wednesday. Others would require the NATO battalions in Poland to go home.',
    published,
    expect: [],
    none: [
      ['russia', 'rollback-1997'],
      ['united-states', 'rollback-1997'],
    ],
  },
];

describe('parts of the drafts speaking for their proposer ("Others would require …")', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
