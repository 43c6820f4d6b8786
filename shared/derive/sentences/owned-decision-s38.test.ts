/**
 * A side's own decision to do what is asked of it, named by a possessive ("Washington's recent decision
 * to delay the joint exercise", "Trump's decision to suspend the war games"): the side the demand is put
 * to gives way by it, as by "its pledge to …", whatever the sentence's own verb says of the decision
 * ("does not regard … as a concession", "surprised analysts"). A decision it reversed, rescinded or
 * overturned is given up, as a dropped bid is. Traps: a decision others urge it to make ("urged
 * Washington to make a decision to …"), one still to come ("any decision to … would rest with
 * Washington"), one on whether to act, and one it took not to act (read as its refusal). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2019-11-19';
const EX = 'exercises-halt';
const SR = 'sanctions-relief';
const korea = evalOntology('us-dprk-2018.json');
const trade = evalOntology('us-china-trade-2019.json');

const koreaCases: ReadingCase[] = [
  {
    name: '"does not regard Washington\'s recent decision to delay a joint exercise as a concession": the US gives way',
    text: "Pyongyang said it does not regard Washington's recent decision to delay a joint exercise with Seoul as a real concession.",
    published,
    expect: [{ party: 'united-states', demand: EX, stance: 'supports', quote: 'decision to delay' }],
  },
  {
    name: '"Trump\'s decision to suspend the war games drew criticism": the decision is his side\'s',
    text: "Trump's decision to suspend the war games with South Korea drew criticism in Congress.",
    published,
    expect: [{ party: 'united-states', demand: EX, stance: 'supports', quote: 'decision to suspend' }],
  },
  {
    name: '"Washington\'s decision to ease some sanctions" reads the US on the relief it was asked for',
    text: "Analysts said Washington's decision to ease some sanctions on the North came as a surprise.",
    published,
    expect: [{ party: 'united-states', demand: SR, stance: 'supports', quote: 'decision to ease' }],
  },
  {
    name: '"Washington reversed its decision to suspend the drills": a decision given up is a refusal now',
    text: 'Washington reversed its decision to suspend the joint drills with Seoul.',
    published,
    expect: [{ party: 'united-states', demand: EX, stance: 'rejects', quote: 'reversed its decision' }],
  },
  {
    name: 'trap: "urged Washington to make a decision to suspend the drills" is the North\'s ask, not a US decision',
    text: 'Pyongyang urged Washington to make a decision to suspend the joint drills.',
    published,
    expect: [{ party: 'north-korea', demand: EX, stance: 'supports', quote: 'urged' }],
    none: [['united-states', EX]],
  },
  {
    name: 'trap: "any decision to suspend the drills would rest with Washington" is no decision taken',
    text: 'Seoul said any decision to suspend the joint drills would rest with Washington.',
    published,
    expect: [],
    none: [['united-states', EX]],
  },
  {
    name: 'trap: "Washington\'s decision on whether to suspend the drills" decides nothing yet',
    text: "Washington's decision on whether to suspend the joint drills is due next week.",
    published,
    expect: [],
    none: [['united-states', EX]],
  },
  {
    name: 'trap: "Washington\'s decision not to suspend the drills" is its refusal, not its concession',
    text: "Washington's decision not to suspend the joint drills angered Pyongyang.",
    published,
    expect: [{ party: 'united-states', demand: EX, stance: 'rejects', quote: 'decision' }],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: '"the White House\'s decision to delay the tariffs on Chinese goods": the US moves toward the demand',
    text: "Markets rose after the White House's decision to delay the tariffs on Chinese goods.",
    published: '2019-08-14',
    expect: [
      { party: 'united-states', demand: 'tariff-removal', stance: 'supports', quote: 'decision to delay' },
    ],
  },
];

describe("a side's own decision to do what is asked of it", () => {
  for (const c of koreaCases) it(c.name, () => checkReading(c, korea));
  for (const c of tradeCases) it(c.name, () => checkReading(c, trade));
});
