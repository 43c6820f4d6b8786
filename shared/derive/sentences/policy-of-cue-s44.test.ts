/**
 * A policy of a cue's act, given up or changed: "urged Washington to abandon its policy of insisting that
 * the North disarm first", "urged NATO to abandon its policy of refusing to rule out …". The noun of a
 * standing line of conduct ("policy", "practice", "stance", "line", "approach") and its "of" between a
 * verb of giving up (or of changing or ending: "change its policy of …") and the cue turn the cue as
 * "abandon its insistence that …" does; a negation before that verb turns it back ("will not change its
 * policy of insisting on …").
 * Traps: the policy named with no verb giving it up ("the policy of insisting … had changed little",
 * "… has not worked"), said by analysts; a practice of an act ended (an action told, no stance). Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2019-12-08';
const DN = 'denuclearization';

const korea: ReadingCase[] = [
  {
    name: '"urged Washington to abandon its policy of insisting that the North disarm first": a refusal',
    text: 'Pyongyang urged Washington to abandon its policy of insisting that the North disarm first.',
    published,
    expect: [
      { party: 'north-korea', demand: DN, stance: 'rejects', quote: 'abandon its policy of insisting' },
    ],
  },
  {
    name: '"will not change its policy of insisting on …": the negation turns the change back, support',
    text: 'Washington will not change its policy of insisting on complete denuclearization, Pompeo said.',
    published,
    expect: [{ party: 'united-states', demand: DN, stance: 'supports', quote: 'insisting on' }],
  },
  {
    name: '"must drop its stance of insisting on …": the stance is the possessor\'s, who insists',
    text: 'Kim Yong Chol said the United States must drop its stance of insisting on complete denuclearization first.',
    published,
    expect: [
      { party: 'united-states', demand: DN, stance: 'supports', quote: 'drop its stance of insisting on' },
    ],
  },
  {
    name: 'trap: the policy named with no verb giving it up, analysts speaking',
    text: 'Analysts said the policy of insisting on complete denuclearization had changed little.',
    published,
    expect: [],
    none: [
      ['united-states', DN],
      ['north-korea', DN],
    ],
  },
  {
    name: 'trap: the policy said not to have worked gives no one a stance',
    text: 'The policy of insisting that the North disarm first has not worked, analysts said.',
    published,
    expect: [],
    none: [
      ['united-states', DN],
      ['north-korea', DN],
    ],
  },
  {
    name: 'trap: a practice of holding drills ended is an action told, no stance on halting them',
    text: 'Pompeo said Washington had ended its practice of holding large joint exercises.',
    published,
    expect: [],
    none: [['united-states', 'exercises-halt']],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: '"urged NATO to abandon its policy of refusing to rule out …": the refusal turned, Russia\'s demand',
    text: "Moscow urged NATO to abandon its policy of refusing to rule out Ukraine's membership.",
    published: '2022-01-20',
    expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'urged' }],
  },
];

describe("a policy of a cue's act, given up or changed, turns the cue", () => {
  for (const c of korea) it(c.name, () => checkReading(c, dprk));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});
