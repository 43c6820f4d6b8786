/**
 * Verbs of giving something up ("drop", "abandon", "give up", "renounce") between a cue and what it is
 * about turn it round:
 * - a name after "of" right before a gerund is that gerund's subject and owns the pronoun after it ("no
 *   question of Kyiv dropping its bid": Kyiv's bid, so Ukraine keeps it);
 * - giving up the cue's own noun ("would not drop its support for …") turns the cue, and a negation before
 *   the verb turns it back;
 * - an aim given up between a cue and the demand's words ("refused to abandon efforts to join") names the
 *   words' opposite.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { seedOntology } from '../test-support/seed-corpus';

const seed = seedOntology();
const NE = 'non-expansion';

const gerundSubject: ReadingCase[] = [
  {
    name: '"no question of Kyiv dropping its bid to join": Ukraine keeps its bid, rejecting the halt (was: supports)',
    text: 'There can be no question of Kyiv dropping its bid to join NATO, the Ukrainian foreign minister said.',
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'dropping its bid' }],
  },
  {
    name: 'trap: "no question of Kyiv seeking to join" from Moscow is still Russia’s support, nothing of Ukraine’s',
    text: 'There can be no question of Kyiv seeking to join NATO, the Russian foreign minister said.',
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'no question of' }],
    none: [['ukraine', NE]],
  },
  {
    name: 'trap: a name after a preposition and a comma is no gerund subject; "its" stays the sentence subject’s',
    text: 'Moscow complained about Kyiv, repeating its demand that NATO stop expanding.',
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'its demand' }],
    none: [['ukraine', NE]],
  },
];

const givenUpNoun: ReadingCase[] = [
  {
    name: '"would not drop its support for Ukraine’s membership bid": the support holds (was: NATO supports the halt)',
    text: "NATO would not drop its support for Ukraine's membership bid, Stoltenberg said.",
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'drop its support' }],
  },
  {
    name: '"will not give up its backing for the open door": France keeps backing it (was: supports the halt)',
    text: 'Paris will not give up its backing for the open-door policy.',
    expect: [{ party: 'france', demand: NE, stance: 'rejects', quote: 'Paris will not give up its backing' }],
  },
  {
    name: 'trap: support reaffirmed, with no verb of giving up, reads as before',
    text: "NATO reaffirmed its support for Ukraine's membership bid, Stoltenberg said.",
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'NATO reaffirmed its support' }],
  },
];

const givenUpAim: ReadingCase[] = [
  {
    name: '"refused to abandon efforts to join NATO": Ukraine rejects the halt (was: supports)',
    text: 'Kyiv has refused to abandon efforts to join NATO.',
    expect: [{ party: 'ukraine', demand: NE, stance: 'rejects', quote: 'refused to abandon efforts' }],
  },
  {
    name: '"refused to give up its efforts to bring Ukraine into NATO": the US rejects the halt',
    text: 'The US refused to give up its efforts to bring Ukraine into NATO.',
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'The US refused' }],
  },
  {
    name: 'trap: giving up inside a condition ("unless the West gives up attempts to …") turns nothing round',
    text: 'Russia will not accept any deal unless the West gives up attempts to draw Ukraine into NATO.',
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'Russia will not accept' }],
  },
  {
    name: 'trap: something else given up in order to join ("give up neutrality to join") is no aim given up',
    text: 'Finland would have to give up neutrality to join NATO, an analyst said.',
    expect: [],
    none: [['finland', NE]],
  },
];

describe('a name before a gerund owns the pronoun after it', () => {
  it.each(gerundSubject)('$name', (c) => checkReading(c, seed));
});

describe('giving up the noun a cue names turns the cue', () => {
  it.each(givenUpNoun)('$name', (c) => checkReading(c, seed));
});

describe('an aim given up between a cue and the demand turns the demand’s words round', () => {
  it.each(givenUpAim)('$name', (c) => checkReading(c, seed));
});
