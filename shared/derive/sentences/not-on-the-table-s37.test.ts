/**
 * "X is not on the table", "X is no longer on the table": a matter kept out of the talks, said by a side
 * the demand is put to, refuses it as "off the table" does ("withdrawing troops from Eastern Europe is
 * not on the table, an official said"). Said of the demand's opposite ("Ukraine's membership is not on
 * the table"), it keeps that off the talks without a pledge for the demand: unclear (time-limited.ts).
 * Traps: "on the table" with no negation before it, "not the only issue on the table", "not clear
 * whether … is on the table", and a negation that is not about the table ("would not leave … on the
 * table"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const RB = 'rollback-1997';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"pulling troops out of Eastern Europe is not on the table, a US official said": the US rejects',
    text: 'Pulling American troops out of Eastern Europe is not on the table, a senior US official said.',
    published,
    expect: [{ party: 'united-states', demand: RB, stance: 'rejects', quote: 'not on the table' }],
  },
  {
    name: '"no longer on the table": NATO rejects the return to 1997',
    text: "Stoltenberg said a return to the alliance's 1997 positions was no longer on the table.",
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'no longer on the table' }],
  },
  {
    name: 'a moratorium "not on the table": France rejects the missile demand',
    text: 'A French diplomat said a moratorium on the deployment of missiles in Europe was not on the table.',
    published,
    expect: [{ party: 'france', demand: MD, stance: 'rejects', quote: 'not on the table' }],
  },
  {
    name: 'the opposite ("Ukraine\'s membership is not on the table") is unclear on the halt, not a pledge',
    text: "Scholz said Ukraine's membership of NATO was not on the table.",
    published,
    expect: [{ party: 'germany', demand: 'non-expansion', stance: 'unclear', quote: 'not on the table' }],
  },
  {
    name: 'control: a demand that "remained on the table" is still its proposer\'s',
    text: "Ryabkov said Moscow's demand for a return to the 1997 lines remained on the table.",
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'remained on the table' }],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: "not yet clear whether … was on the table" refuses nothing',
    text: 'It was not yet clear whether a return to the 1997 positions was on the table, a NATO diplomat said.',
    published,
    expect: [],
    none: [['nato', RB]],
  },
  {
    name: 'trap: "not the only thing on the table" refuses nothing',
    text: 'Blinken said reciprocal limits on missile deployments were not the only thing on the table.',
    published,
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "would not leave … on the table for long" is no refusal by Washington',
    text: "An official said Washington would not leave Moscow's demand for the 1997 positions on the table for long.",
    published,
    expect: [],
    none: [['united-states', RB]],
  },
];

describe('"not on the table" keeps a matter out of the talks', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
