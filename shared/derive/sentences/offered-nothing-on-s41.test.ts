/**
 * An offer of nothing on a demand: "Washington offered nothing on sanctions relief", "the US offered
 * nothing new on the non-deployment of missiles". The offer reader took the demand named after
 * "offered" as the measure offered (openness); with "nothing" as the verb's object and the demand as
 * what nothing was offered on, the measure is withheld: the subject rejects it. Traps: "offered little
 * on …" (some offer: no stance either way), the passive ("had been offered nothing on …": the subject
 * is the one offered it), and "nothing" with no "on" before the demand. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const SL = 'sanctions-lifting';
const MD = 'missile-deployment';

const iranCases: ReadingCase[] = [
  {
    name: '"offered nothing on sanctions relief": the United States rejects, not open',
    text: 'The United States offered nothing on sanctions relief, the Iranian foreign minister said.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: SL, stance: 'rejects', quote: 'offered' }],
  },
  {
    name: '"offered nothing new regarding …" reads the same',
    text: 'Washington offered nothing new regarding the removal of sanctions in the latest round.',
    published: '2022-06-30',
    expect: [{ party: 'united-states', demand: SL, stance: 'rejects', quote: 'offered' }],
  },
  {
    name: 'trap: "offered little on sanctions relief" is no openness and no refusal',
    text: 'Washington offered little on sanctions relief, Iranian officials said.',
    published: '2022-06-30',
    expect: [],
    none: [['united-states', SL]],
  },
];

const russiaWest: ReadingCase[] = [
  {
    name: '"offered nothing new on the non-deployment of missiles": the US rejects',
    text: 'Washington offered nothing new on the non-deployment of missiles, a Russian diplomat said.',
    published: '2022-01-27',
    expect: [{ party: 'united-states', demand: MD, stance: 'rejects', quote: 'offered' }],
  },
  {
    name: 'trap: the passive "had been offered nothing on …" makes the subject no offerer',
    text: 'Washington said it had been offered nothing on the non-deployment of missiles.',
    published: '2022-01-27',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'trap: "offered little on …" reads no stance',
    text: 'Washington offered little on the non-deployment of missiles, a Russian diplomat said.',
    published: '2022-01-27',
    expect: [],
    none: [['united-states', MD]],
  },
];

describe('an offer of nothing on a demand withholds it', () => {
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});
