/**
 * Wordings of NATO enlargement the frame lacked: "invite … to join" (and "invitation to join") as the act
 * a restriction stops, "the Bucharest summit promise/pledge" as a name of the 2008 decision, and "entitled
 * to join" as the right every applicant has (the opposite of the demand). A wording that ends on joining
 * and is followed by an organisation that is no anchor of the demand ("the right to join the European
 * Union") joins that one, as a subject ending on "join" already did. A state's "own foreign and defence course",
 * its freedom "to choose how to ensure its security", being "entitled to seek membership" and free to
 * "choose which camp" it belongs to are the freedom of alliance (opposites). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const seed = seedOntology();
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a country\'s right to set "its own foreign and defence course" is the freedom of alliance the demand would deny',
    text: "The foreign ministers of Belgium and Denmark backed Georgia's right to set its own foreign and defence course free of pressure from outside.",
    expect: [{ party: 'denmark', demand: NX, stance: 'rejects', quote: 'own foreign and defence course' }],
  },
  {
    name: 'trap: a course set on something else ("its own course on energy") is no such freedom',
    text: "The Danish foreign minister backed Georgia's right to set its own course on energy prices.",
    expect: [],
    none: [['denmark', NX]],
  },
  {
    name: '"the freedom to choose how to ensure its security" cited by a side is the freedom of alliance',
    text: 'Washington keeps citing the freedom of every state to choose how to ensure its own security, the Kremlin complained.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'choose how to ensure' }],
  },
  {
    name: '"entitled to seek membership", "free to choose which camp it belongs to": an applicant\'s right',
    text: 'The Norwegian foreign minister said Georgia is entitled to seek membership. Each state must stay free to choose which camp it belongs to, the Danish defence minister added.',
    expect: [
      { party: 'norway', demand: NX, stance: 'rejects', quote: 'entitled to seek membership' },
      { party: 'denmark', demand: NX, stance: 'rejects', quote: 'which camp' },
    ],
  },
  {
    name: 'trap: "entitled to seek" something else, a "camp" of voters, say nothing of the alliance',
    text: 'The Norwegian foreign minister said farmers are entitled to seek compensation, and that the opposition camp had lost the vote.',
    expect: [],
    none: [['norway', NX]],
  },
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
