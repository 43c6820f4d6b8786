/**
 * The proposer telling of the other side's refusal: "Russia says NATO is not going to return to its 1997
 * configuration", "Lavrov said NATO refuses to return …". The reported clause has a subject of its own,
 * a party that did not put the demand forward, whose refusal is read there; the proposer named as the
 * teller was also read (named-proposer, and the document-level stated-demand rule) as supporting the
 * rollback from those words. It holds nothing from them: what it says of its own has a cue of its own.
 * Traps: the proposer's own demand in the same frame ("Russia says NATO must return …", still read);
 * the other party's refusal in a clause past a joint ("…, while Kosovo's government has come out
 * against …", the proposer's reading there untouched); the refusing party's own reading kept.
 * Found in: newlebanon.info (Arabic; the date not given in the page as read) (Lavrov saying NATO refuses even to discuss the military
 * confidence measures Russia proposed).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: '"Russia says NATO is not going to return to its 1997 configuration": NATO rejects, Russia nothing',
    text: 'Russia says NATO is not going to return to its 1997 configuration.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'NATO is not going to return' }],
    none: [['russia', RB]],
  },
  {
    name: '"Lavrov said NATO refuses to return to its 1997 positions": NATO rejects, Russia nothing',
    text: 'Lavrov said NATO refuses to return to its 1997 configuration.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'refuses' }],
    none: [['russia', RB]],
  },
  {
    name: '"The Kremlin says the alliance will not go back to its 1997 posture": NATO rejects, Russia nothing',
    text: 'The Kremlin says the alliance will not go back to its 1997 posture.',
    published,
    expect: [{ party: 'nato', demand: RB, stance: 'rejects', quote: 'will not go back' }],
    none: [['russia', RB]],
  },
  {
    name: 'trap: "Russia says NATO must return to its 1997 configuration" is the proposer\'s own demand',
    text: 'Russia says NATO must return to its 1997 configuration.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'must' }],
    none: [['nato', RB]],
  },
  {
    name: 'trap: the proposer insisting on the return keeps its demand, though NATO is named after it',
    text: 'Lavrov insisted that NATO should go back to its 1997 configuration.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'should' }],
    none: [['nato', RB]],
  },
  {
    name: "trap: a refusal past a joint leaves the proposer's reading before it untouched",
    text: 'Russia wants the alliance to return to its 1997 configuration, but NATO refuses to go back to it.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'wants' }],
  },
];

describe("the proposer telling of the other side's refusal holds nothing from it (session 50)", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
