/**
 * A promise told as history ("in the 1990s NATO pledged not to push eastward", "the West promised in
 * 1990 …") is the background of a grievance, not the promiser's position now: coverage of the 2022
 * talks retells the 1990 assurances in nearly every article, and reading them as the alliance backing
 * non-expansion filed Russia's complaint under NATO's name. A promise made now ("pledged on Wednesday")
 * is still the promiser's commitment. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: 'a pledge "in the 1990s" retold by Lavrov is no stance of NATO’s; Russia’s own reading stays',
    text: 'Lavrov said that in the 1990s NATO pledged not to push its forces eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not to push its forces eastward' }],
    none: [['nato', NX]],
  },
  {
    name: '"promised in 1990" after the promiser names neither the US nor NATO as backing the halt',
    text: 'Putin said the West promised in 1990 not to expand NATO one inch eastward.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'not to expand' }],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'a vow dated to 1997 at the head of the sentence is background for the 1997 line too',
    text: 'Back in 1997, Washington vowed not to station substantial combat forces in the new member states, Peskov said.',
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'not to station substantial combat forces' },
    ],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a pledge made this week is the promiser’s commitment now',
    text: 'NATO pledged on Wednesday not to deploy offensive missiles in Ukraine.',
    expect: [{ party: 'nato', demand: MD, stance: 'supports', quote: 'pledged' }],
  },
  {
    name: 'trap: a pledge with no past date keeps its reading beside the demand it meets',
    text: 'The United States pledged this week not to place strike missiles in Ukraine, a Russian demand.',
    expect: [{ party: 'united-states', demand: MD, stance: 'supports', quote: 'pledged' }],
  },
  {
    name: 'trap: denying a past promise and keeping the door open still reads the alliance refusing',
    text: 'Stoltenberg said the alliance promised nothing in 1990 and that its door stays open.',
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'its door' }],
  },
];

describe('a promise told as history is no position now (Russia–West)', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

const afghanistan = evalOntology('afghanistan-doha-2020.json');
const doha: ReadingCase[] = [
  {
    name: 'a pledge dated years before the article is background, not the side’s commitment then',
    text: 'The United States pledged in 2020 to pull all its troops out of Afghanistan.',
    expect: [],
    none: [['united-states', 'troop-withdrawal']],
    published: '2023-08-15',
  },
  {
    name: 'trap: the same pledge in an article of the next year is recent, and reads as the commitment',
    text: 'The United States pledged in 2020 to pull all its troops out of Afghanistan.',
    expect: [{ party: 'united-states', demand: 'troop-withdrawal', stance: 'supports', quote: 'pledged' }],
    published: '2021-04-20',
  },
];

describe('a promise told as history is no position now (Doha talks)', () => {
  for (const c of doha) it(c.name, () => checkReading(c, afghanistan));
});
