/**
 * Two holders. "Blinken said both the American and the alliance's replies showed a willingness to …":
 * the replies of two allied senders each speak for their sender (a speaker's openness "on behalf of"
 * both sides still stays the speaker's own when the other side makes the demand). "Blinken said Russia
 * would get no guarantee that Ukraine will never join": the proposer getting no guarantee is the
 * refusal of the speaker's side, which would give it. Traps: Washington and Moscow together, a
 * commentator's remark, the proposer's own complaint, a guarantee to another party.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"both the American and the alliance\'s replies showed a willingness to start talks": both open',
    text: "Blinken said both the American and the alliance's replies showed a willingness to start talks on arms control.",
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'start talks' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'start talks' },
    ],
  },
  {
    name: '"the American and NATO replies", told by the American side, speak for both senders',
    text: 'Blinken said the American and NATO replies showed a willingness to start talks on arms control.',
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'start talks' },
      { party: 'nato', demand: MD, stance: 'open', quote: 'start talks' },
    ],
  },
  {
    name: 'trap: "Washington and Moscow could discuss", told by Biden, is no Russian openness',
    text: 'Biden said Washington and Moscow could discuss arms control.',
    expect: [],
    none: [['russia', MD]],
  },
  {
    name: "trap: the replies from Washington and Moscow, told by Biden, stay his side's",
    text: 'Biden said the replies from Washington and Moscow showed a willingness to discuss arms control.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'willingness to discuss' }],
    none: [['russia', MD]],
  },
  {
    name: '"Russia would get no guarantee that Ukraine will never join", said by Blinken: the US refuses',
    text: 'Blinken said Russia would get no guarantee that Ukraine will never join NATO.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no guarantee' }],
  },
  {
    name: "trap: the same remark by an analyst is nobody's refusal",
    text: 'Russia gets no assurance that NATO will stop taking in new members, an analyst said.',
    expect: [],
    none: [
      ['united-states', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: the proposer complaining it gets no assurance does not drop its demand',
    text: 'Russia gets no assurance that NATO will stop taking in new members, Lavrov complained.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'stop taking in new members' }],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: a guarantee Kyiv will not get is no refusal of the halt',
    text: 'Ukraine will get no guarantee that NATO will admit it soon, Blinken said.',
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('replies of two senders, and a guarantee the proposer does not get', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c));
});
