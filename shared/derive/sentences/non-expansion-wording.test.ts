/**
 * Wordings of NATO enlargement the frame lacked: "invite … to join" (and "invitation to join") as the act
 * a restriction stops, "the Bucharest summit promise/pledge" as a name of the 2008 decision, and "entitled
 * to join" as the right every applicant has (the opposite of the demand). A wording that ends on joining
 * and is followed by an organisation that is no anchor of the demand ("the right to join the European
 * Union") joins that one, as a subject ending on "join" already did. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"a pledge that NATO will not invite Georgia to join" among the demands',
    text: 'The Kremlin set out its demands, among them a pledge that NATO will not invite Georgia to join.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demands' }],
  },
  {
    name: '"withdraw the invitation to join" asked by Moscow',
    text: 'Moscow wants the alliance to withdraw its invitation to join that was sent to Sweden.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: 'trap: an invitation to join talks with no anchor of the alliance reads nothing',
    text: 'Moscow invited Washington to join talks in Geneva next month.',
    expect: [],
    none: [
      ['russia', NX],
      ['united-states', NX],
    ],
  },
  {
    name: '"renounce the Bucharest summit promise" is the demand',
    text: 'Russia wants the alliance to renounce the Bucharest summit promise made to Kyiv.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
  },
  {
    name: '"every democracy is entitled to join" states the open door',
    text: 'Every European democracy is entitled to join NATO, the British foreign secretary stressed.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'stressed' }],
  },
  {
    name: 'trap: being entitled to join the European Union is no stance on NATO',
    text: 'The British foreign secretary stressed that Kyiv is entitled to join the European Union.',
    expect: [],
    none: [['uk', NX]],
  },
  {
    name: 'trap: the right to join the European Union is no stance on NATO either',
    text: 'London insists that Georgia has the right to join the European Union one day.',
    expect: [],
    none: [['uk', NX]],
  },
  {
    name: 'the right to join the EU and NATO still reads',
    text: 'London insists that Georgia has the right to join the EU and NATO.',
    expect: [{ party: 'uk', demand: NX, stance: 'rejects', quote: 'insists' }],
  },
];

describe('wordings of enlargement', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, seed));
});
