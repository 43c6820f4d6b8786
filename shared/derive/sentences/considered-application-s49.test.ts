/**
 * Considering an application is no openness: "nobody can prohibit NATO from considering any country's
 * request for joining the alliance", "the allies will consider Georgia's bid for membership". The
 * openness cue "consider" read NATO open on non-expansion from the joining it considers. It is set aside
 * when its object is a request, application or bid for something; a proposal or demand considered
 * ("ready to consider Russia's proposal on halting enlargement") keeps its reading.
 * Found in real coverage (precision fix, one article showing the fault): Executive Intelligence Review
 * (larouchepub.com), 27 January 2022, Lavrov on the Western replies.
 * Traps: an application "to join", a bid "for NATO membership", the same request as a report of what the
 * West insists, give NATO no openness.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NX = 'non-expansion';
const MI = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"ready to consider Russia\'s proposal on halting enlargement": NATO is open',
    text: "NATO is ready to consider Russia's proposal on halting enlargement.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'open', quote: "ready to consider Russia's proposal" }],
  },
  {
    name: '"would consider Moscow\'s demand that NATO stop expanding": Washington is open',
    text: "Washington said it would consider Moscow's demand that NATO stop expanding.",
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'open', quote: "would consider Moscow's demand" }],
  },
  {
    name: '"would consider Russian proposals on missile deployments": the allies are open',
    text: 'The allies said they would consider Russian proposals on missile deployments.',
    published,
    expect: [
      { party: 'nato', demand: MI, stance: 'open', quote: 'would consider Russian proposals on missile' },
    ],
  },
  {
    name: 'trap: "is considering Ukraine\'s application to join the alliance"',
    text: "NATO is considering Ukraine's application to join the alliance.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "will consider Georgia\'s bid for NATO membership"',
    text: "The allies will consider Georgia's bid for NATO membership at the summit.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: "nobody can prohibit NATO from considering any country\'s request for joining"',
    text: "Nobody can prohibit NATO from considering any country's request for joining the alliance, Lavrov said.",
    published,
    expect: [],
    none: [['nato', NX]],
  },
];

describe('considering an application is no openness (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
