/**
 * A denied sign, signal or indication of a clause's content (denied-signal.ts): "Ukraine was not sending
 * signals that it was willing to back down from its ambition to join NATO" had read Ukraine *supporting*
 * non-expansion (the giving-up read as stated), as had "Kyiv has given no indication that it is ready to
 * drop its bid to join NATO" and "Kyiv gave no sign of being ready to drop its bid". The denial before the
 * sign negates the first cue of its that- or of-clause (or the verb of giving up), so the bid stands.
 * Found in coverage: a rewrite of Kuleba's interview with CBS's 60 Minutes (gadgetclock.com, early 2022,
 * undated): Ukraine not sending signals that it would back down from its NATO ambition.
 * Kept: a sign given ("Kyiv has signalled that it will drop its bid" is support), a denied giving-up with
 * no sign ("Kyiv is not ready to drop its bid" rejects, as before).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-20';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"not sending signals that it was willing to back down from its ambition": Ukraine rejects',
    text: 'He added that Ukraine was not sending signals that it was willing to back down from its ambition to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'not sending signals' }],
  },
  {
    name: '"has given no indication that it is ready to drop its bid": Ukraine rejects',
    text: 'Kyiv has given no indication that it is ready to drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no indication' }],
  },
  {
    name: '"gave no sign of being ready to drop its bid": Ukraine rejects',
    text: 'Kyiv gave no sign of being ready to drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no sign' }],
  },
  {
    name: '"there is no sign that Kyiv is willing to give up its ambition": no support',
    text: 'There is no sign that Kyiv is willing to give up its ambition to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no sign' }],
  },
  {
    name: 'kept: "Kyiv has signalled that it will drop its bid" is support',
    text: 'Kyiv has signalled that it will drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'supports', quote: 'drop its bid' }],
  },
  {
    name: 'kept: "Kyiv is not ready to drop its bid" rejects',
    text: 'Kyiv is not ready to drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'its bid' }],
  },
  {
    name: 'trap: a denied sign about troops names no demand',
    text: 'NATO has seen no sign that Russia is pulling its troops back from the border.',
    published,
    expect: [],
    none: [
      ['nato', NX],
      ['russia', NX],
    ],
  },
  {
    name: '"officials in Kyiv said there was no indication that the government would drop its bid": the bid stands',
    text: 'Officials in Kyiv said there was no indication that the government would drop its bid to join NATO.',
    published,
    expect: [{ party: 'ukraine', demand: NX, stance: 'rejects', quote: 'no indication' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "no sign that" about a third matter leaves the demand unread',
    text: 'There was no sign that Moscow was ready to lift its ban on food imports, Kuleba said.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['ukraine', NX],
    ],
  },
];

describe('a denied sign negates the clause it introduces (s49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
