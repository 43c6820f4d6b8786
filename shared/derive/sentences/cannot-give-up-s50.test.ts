/**
 * "Ukraine cannot abandon its bid to join NATO", "Russia cannot drop its demand that …": the one word
 * "cannot", as the modal of a verb of giving up a party's own aim, denies the giving-up as "can't" and
 * "can not" already did; the party keeps its bid (or demand). Before, the one word was not read as a
 * denial there, and "cannot abandon its bid" read Ukraine supporting a halt to NATO's growth.
 * Traps: "cannot" as the modal of another verb before the giving-up ("cannot force Ukraine to abandon
 * its bid", "cannot expect Kyiv to drop its bid", "cannot decide … whether to abandon its bid") does not
 * hand the owner of "its" a kept bid.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"said Ukraine cannot abandon its bid to join NATO": Ukraine keeps its bid, rejecting the halt',
    text: 'Kuleba said Ukraine cannot abandon its bid to join NATO.',
    published,
    expect: [
      { party: 'ukraine', demand: NX, stance: 'rejects', quote: 'cannot abandon its bid to join NATO' },
    ],
  },
  {
    name: '"cannot drop its bid": another verb of giving up',
    text: 'Kuleba said Ukraine cannot drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'cannot drop its bid' }],
  },
  {
    name: '"cannot simply abandon its bid": past one adverb between the modal and its verb',
    text: 'Zelensky said Ukraine cannot simply abandon its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'cannot simply abandon its bid' }],
  },
  {
    name: 'the clause before the speaker: "Ukraine cannot abandon its bid for NATO membership, … said"',
    text: 'Ukraine cannot abandon its bid for NATO membership, Kuleba said.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'its bid for NATO membership' }],
  },
  {
    name: '"Russia cannot drop its demand that NATO stop expanding": Russia keeps its demand',
    text: 'Ryabkov said Russia cannot abandon its demand that NATO stop expanding.',
    published,
    expect: [
      { party: 'russia', demand: NX, stance: 'supports', quote: 'its demand that NATO stop expanding' },
    ],
  },
  {
    name: 'trap: "cannot force Ukraine to abandon its bid": the modal of forcing, no word of Ukraine\'s',
    text: 'Russia cannot force Ukraine to abandon its bid to join NATO, Kuleba said.',
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "cannot expect Kyiv to drop its bid": the modal of expecting',
    text: 'Moscow cannot expect Kyiv to drop its bid to join NATO, Blinken said.',
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
  {
    name: 'trap: "cannot decide for Ukraine whether to abandon its bid": the modal of deciding',
    text: 'Stoltenberg said NATO cannot decide for Ukraine whether to abandon its bid to join NATO.',
    published,
    expect: [],
    none: [['ukraine', NX]],
  },
];

describe('"cannot" before a verb of giving up denies it (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
