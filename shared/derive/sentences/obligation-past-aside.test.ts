/**
 * The demand's subject, a short aside set off by two commas, then an obligation that resumes the
 * subject's clause: "All the sanctions, whatever name they go by, have to be removed", "the war, come
 * what may, must end for good". The aside parts the subject from its passive or its verb of ending; the
 * obligation still says the demand (the speaker's, as "must be lifted" is without the aside). Traps: an
 * aside that opens a clause of its own ("once Iran complies", a condition), an aside naming a party
 * ("Hamas says"), and a narrated past with no obligation.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const iran = evalOntology('iran-nuclear-2021.json');
const gaza = evalOntology('gaza-ceasefire-2024.json');
const SL = 'sanctions-lifting';
const PC = 'permanent-ceasefire';

const iranCases: ReadingCase[] = [
  {
    name: '"the sanctions, whatever name they go by, have to be removed": the speaker asks it',
    text: '"All the sanctions, whatever name they go by, have to be removed at once," the Iranian spokesman said.',
    published: '2022-02-01',
    expect: [{ party: 'iran', demand: SL, stance: 'supports', quote: 'have' }],
  },
  {
    name: '"the sanctions, all of them, must be lifted": past an aside of quantity',
    text: 'The Iranian foreign minister told reporters that the sanctions, all of them, must be lifted.',
    published: '2022-02-01',
    expect: [{ party: 'iran', demand: SL, stance: 'supports', quote: 'must' }],
  },
  {
    name: 'trap: an aside opening a condition is no aside of the subject',
    text: 'The sanctions, once Tehran complies, have to be lifted, a State Department spokesman said.',
    published: '2022-02-01',
    expect: [],
    none: [['united-states', SL]],
  },
  {
    name: 'trap: an aside of narration, no obligation after it',
    text: 'The sanctions, the Iranian spokesman added, had been lifted once before, in 2016.',
    published: '2022-02-01',
    expect: [],
    none: [['iran', SL]],
  },
];

const gazaCases: ReadingCase[] = [
  {
    name: '"the war, whatever anyone promises, must end for good": the speaker asks it',
    text: '"The war, whatever anyone promises, must end for good," a Hamas official said.',
    published: '2024-05-01',
    expect: [{ party: 'hamas', demand: PC, stance: 'supports', quote: 'must' }],
  },
  {
    name: 'trap: an aside naming another party says whose the obligation is',
    text: '"The war, Hamas says, must end for good," Netanyahu told his cabinet.',
    published: '2024-05-01',
    expect: [],
    none: [['israel', PC]],
  },
];

describe('an obligation resuming the subject past a short aside', () => {
  it.each(iranCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, iran));
  it.each(gazaCases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, gaza));
});
