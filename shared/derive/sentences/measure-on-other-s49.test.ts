/**
 * A frame's subject imposed ("imposed on", "imposed against") on a named party that neither
 * proposed the demand nor is asked to meet it is a measure on a third party: in coverage of the Iran
 * talks, "Lavrov demanded a guarantee from the U.S. that sanctions imposed on Moscow over its invasion of
 * Ukraine would not harm trade with Iran" was read as Russia rejecting the lifting of sanctions on Iran.
 * The sanctions on the proposer itself ("imposed on Iran", "imposed on Russia" in the grain talks) are
 * still the demand's.
 * Found in real coverage: nny360.com (7 March 2022) and thenews.com.pk (undated, spring 2022), both on
 * Russia's demand of March 2022 in the Vienna talks.
 * Traps: sanctions "imposed against Russia"/"imposed on Moscow" in the Iran talks, with and without a
 * speaker. Still read: missiles "on Ukrainian soil" (a place, no participle: missile-openness.test.ts).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const grain = evalOntology('grain-deal-2022.json');
const SL = 'sanctions-lifting';
const ER = 'export-restrictions-lifted';

const iranCases: ReadingCase[] = [
  {
    name: 'trap: a guarantee that "sanctions imposed on Moscow" will not harm trade with Iran',
    text: 'Foreign Minister Sergey Lavrov demanded a guarantee from the U.S. that sanctions imposed on Moscow over its invasion of Ukraine would not harm trade and cooperation with Iran after the nuclear deal is restored.',
    published: '2022-03-07',
    expect: [],
    none: [['russia', SL]],
  },
  {
    name: 'trap: "sanctions imposed against Russia will not hurt its trade with Iran"',
    text: 'Russia wants guarantees that sanctions imposed against Russia will not hurt its trade with Iran once the deal is restored.',
    published: '2022-03-07',
    expect: [],
    none: [['russia', SL]],
  },
  {
    name: 'trap: "sanctions imposed on Moscow must not harm …", said by Lavrov',
    text: "Lavrov said sanctions imposed on Moscow must not harm Russia's cooperation with Iran under the nuclear deal.",
    published: '2022-03-07',
    expect: [],
    none: [['russia', SL]],
  },
  {
    name: '"the sanctions imposed on Iran lifted": the proposer\'s own sanctions are still the demand',
    text: 'Tehran wants the sanctions imposed on Iran lifted before it reverses its nuclear steps.',
    published: '2022-03-07',
    expect: [{ party: 'iran', demand: SL, stance: 'supports', quote: 'sanctions imposed on Iran lifted' }],
  },
];

const grainCases: ReadingCase[] = [
  {
    name: '"sanctions imposed on Russia … must be eased" in the grain talks: the proposer\'s own',
    text: 'The Kremlin says sanctions imposed on Russia block its fertilizer exports and must be eased.',
    published: '2023-06-01',
    expect: [{ party: 'russia', demand: ER, stance: 'supports', quote: 'sanctions imposed on Russia' }],
  },
];

describe('a measure aimed at another party than the proposer (session 49)', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
  for (const c of grainCases) it(c.name, () => checkReading(c, grain));
});
