/**
 * "The existing posture in the region must stay," a Lithuanian minister said: a speaker that is itself
 * one of the demand's places (Lithuania, Poland, Romania, the Baltic states among its anchors) leaves
 * its own region unnamed, so "in the region" / "in our region" after a frame subject anchors it, with
 * the speaker named, by surname only, or as "he" after a first sentence naming him. Traps: the same
 * words from a speaker that is no such place (Washington, Moscow), a named other region ("the
 * Kaliningrad region"), Russia's own forces in the speaker's region, and a subject outside the frame
 * ("the tension in the region"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const RB = 'rollback-1997';
const rejects = (party: string, quote: string) => ({ party, demand: RB, stance: 'rejects' as const, quote });

const cases: ReadingCase[] = [
  {
    name: 'a Lithuanian minister, surname only: "the existing posture in the region must stay" rejects the pullback',
    text: 'The existing defensive posture in the region must stay, Landsbergis said.',
    published,
    expect: [rejects('baltic-states', 'must')],
    none: [['russia', RB]],
  },
  {
    name: 'the speaker as "he" after a first sentence naming him ("Lithuania\'s foreign minister" owns no anchor)',
    text:
      "Lithuania's foreign minister spoke to a British paper on Monday. " +
      'Current force levels in the region have to be kept, he said.',
    published,
    expect: [rejects('baltic-states', 'have to')],
  },
  {
    name: 'a Polish speaker by surname, "in our region": the troops would not be withdrawn',
    text: 'Duda said the troops in our region would not be withdrawn.',
    published,
    expect: [rejects('poland', 'withdrawn')],
  },
  {
    name: 'control: Bucharest named in the sentence anchors it already',
    text: 'Bucharest said the troops in the region must stay.',
    published,
    expect: [{ party: 'romania', demand: RB, stance: 'rejects', quote: 'must' }],
  },
  {
    name: 'trap: Washington is no place among the anchors; its region is not known',
    text: 'The forces in the region must stay, a US official said.',
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: "trap: Moscow's troops in the region, said by Moscow, name no allied forces",
    text: 'Moscow said the troops in the region would stay where they are.',
    published,
    expect: [],
    none: [['russia', RB]],
  },
  {
    name: 'trap: a named other region ("the Kaliningrad region") is not the speaker\'s',
    text: 'Duda said the troops in the Kaliningrad region must be pulled back.',
    published,
    expect: [],
    none: [
      ['poland', RB],
      ['russia', RB],
    ],
  },
  {
    name: "trap: Russia's forces in the speaker's region are the proposer's own, no pullback asked of the allies",
    text: "Landsbergis said Russia's forces in the region must be pulled back.",
    published,
    expect: [],
    none: [['baltic-states', RB]],
  },
  {
    name: 'trap: "the tension in the region" is no frame subject',
    text: 'Landsbergis said the tension in the region must be reduced.',
    published,
    expect: [],
    none: [['baltic-states', RB]],
  },
];

describe('"in the region" said by a speaker that is one of the demand\'s places anchors the subject', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
