/**
 * Weapons named with a class word before them: "strategic", "tactical" and "modern" weapons are
 * skipped between a restriction and its subject like "nuclear" and "heavy" already were, and a
 * proposed limit on weapons named by system ("Tomahawk", "Aegis", "INF") reads open like a proposed
 * limit on "missiles". The same words before other nouns ("a strategic partnership", "a tactical
 * retreat") read nothing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"no strategic weapons be stationed" is a demand against weapons',
    text: 'The Kremlin asked that no strategic weapons ever be stationed close to its frontier.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'asked' }],
  },
  {
    name: '"not deploy tactical missiles" reads like "not deploy missiles"',
    text: 'Moscow insisted that the alliance not deploy tactical missiles in the Baltic states.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'insisted' }],
  },
  {
    name: '"a ban on modern strike weapons" reads like "a ban on strike weapons"',
    text: 'Russia wants a ban on modern strike weapons along its western border.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: "a strategic partnership" is no weapon',
    text: 'Russia and China signed a strategic partnership during the visit to Beijing.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "a tactical retreat" of an army is no demand',
    text: 'The Russian army made a tactical retreat from the river town last week.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: '"proposed limits on Tomahawk deployments" reads open like limits on missiles',
    text: 'Washington proposed limits on Tomahawk deployments in Romania and Poland.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'proposed' }],
  },
  {
    name: '"proposed limits on INF-range systems" reads open',
    text: 'The United States proposed limits on INF-range systems in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'proposed' }],
  },
  {
    name: 'trap: a weapon named outside the proposal leaves the proposal unread as open on weapons',
    text: 'Washington proposed a new round of talks, and Moscow praised the Tomahawk.',
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('weapon class words and named systems', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});
