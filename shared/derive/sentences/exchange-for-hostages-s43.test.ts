/**
 * A swap named by what one side gets for it: "prisoners would be freed in return for the Israeli
 * captives", "free Palestinian prisoners in exchange for the hostages". After "in exchange for" or "in
 * return for", the hostages or captives stand for their release (the Gaza ontology's phrases, with a
 * gap for "three", "the Israeli", "the remaining"), so the cue that governs the swap reads the
 * hostage release as it reads "the release of the hostages". Traps: a swap reported as done on a
 * day ("freed 183 prisoners in exchange for three hostages on Saturday"), one side's hostages freed
 * in exchange for prisoners, and critics of a swap, who are no party. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2024-05-01';
const HR = 'hostage-release';
const gaza = evalOntology('gaza-ceasefire-2024.json');

const cases: ReadingCase[] = [
  {
    name: 'a swap the holder says must happen: "detainees would be released in return for the Israeli captives"',
    text: 'Hamas said a swap must go ahead in which Palestinian detainees would be released in return for the Israeli captives.',
    published,
    expect: [{ party: 'hamas', demand: HR, stance: 'open', quote: 'must' }],
  },
  {
    name: 'readiness to free prisoners "in exchange for the hostages": the hostages are what Israel asks',
    text: 'Netanyahu said Israel was prepared to free Palestinian prisoners in exchange for the hostages.',
    published,
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'in exchange for the hostages' }],
  },
  {
    name: 'an offer "in exchange for hostages held in Gaza" (no article, a relative after the noun)',
    text: 'Israel offered to release hundreds of Palestinian prisoners in exchange for hostages held in Gaza, an official said.',
    published,
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'in exchange for hostages' }],
  },
  {
    name: 'a number between: "in return for three more hostages"',
    text: 'Israel is ready to pause the fighting for a week in return for three more hostages, an Israeli official said.',
    published,
    expect: [{ party: 'israel', demand: HR, stance: 'supports', quote: 'in return for three more hostages' }],
  },
  {
    name: 'trap: a swap reported as done on a day is no position',
    text: 'Israel freed 183 Palestinian prisoners in exchange for three hostages on Saturday.',
    published,
    expect: [],
    none: [
      ['israel', HR],
      ['hamas', HR],
    ],
  },
  {
    name: "trap: one side's hostages freed in exchange for prisoners, reported by the Red Cross",
    text: 'Hamas freed three more hostages in exchange for 369 prisoners, the Red Cross said.',
    published,
    expect: [],
    none: [
      ['israel', HR],
      ['hamas', HR],
    ],
  },
  {
    name: 'trap: critics of a swap are no party to it',
    text: 'Critics say Israel should not release convicted killers in exchange for hostages.',
    published,
    expect: [],
    none: [
      ['israel', HR],
      ['hamas', HR],
    ],
  },
];

describe('hostages "in exchange for" / "in return for" a swap stand for their release', () => {
  for (const c of cases) it(c.name, () => checkReading(c, gaza));
});
