/**
 * "Putin said NATO cannot deploy missiles in Ukraine": a cue on the demand's own verb ("deploy"), with
 * "cannot" right before it and not counted as the cue's negation, read the subject (NATO) as meaning to
 * deploy, rejecting the ban. Whatever "cannot" says there (a ban the speaker sets, an incapacity), it is
 * no act the subject intends; the cue gives no one a stance. Cues "cannot" already negates ("cannot
 * accept", "cannot agree to", "cannot station missiles") read as before.
 * And "We are not going to agree that NATO cannot expand any further" read the US supporting a halt:
 * "cannot" right before the demand's words, after the cue and outside those words, left the cue's
 * negation to turn "expand" alone. Now such a "cannot" leaves the demand unread.
 * Traps (asserted with none:): "said NATO cannot deploy missiles in Ukraine", "said the alliance cannot
 * deploy …", "NATO cannot deploy … without consulting allies" (Stoltenberg's own words), "not going to
 * agree that NATO cannot expand", "would not accept that NATO cannot expand".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-20';
const MI = 'missile-deployment';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'trap: "Putin said NATO cannot deploy missiles in Ukraine": NATO does not reject the ban',
    text: 'Putin said NATO cannot deploy missiles in Ukraine.',
    published,
    expect: [],
    none: [['nato', MI]],
  },
  {
    name: 'trap: "said the alliance cannot deploy missiles in Ukraine"',
    text: 'Putin said the alliance cannot deploy missiles in Ukraine.',
    published,
    expect: [],
    none: [['nato', MI]],
  },
  {
    name: 'trap: the subject\'s own speaker: "NATO cannot deploy missiles … without consulting allies"',
    text: 'Stoltenberg said NATO cannot deploy missiles in Ukraine without consulting allies.',
    published,
    expect: [],
    none: [['nato', MI]],
  },
  {
    name: 'still read: "cannot station missiles in Ukraine", negated by "cannot"',
    text: 'Lavrov said the United States cannot station missiles in Ukraine.',
    published,
    expect: [{ party: 'russia', demand: MI, stance: 'supports', quote: 'cannot station missiles' }],
  },
  {
    name: 'still read: "Russia cannot accept NATO\'s expansion"',
    text: "Russia cannot accept NATO's expansion, Lavrov said.",
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: "cannot accept NATO's expansion" }],
  },
  {
    name: 'still read: "NATO cannot agree to Russia\'s demands"',
    text: "Stoltenberg said NATO cannot agree to Russia's demands.",
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: "cannot agree to Russia's demands" }],
  },
  {
    name: 'trap: "We are not going to agree that NATO cannot expand any further": no US support of a halt',
    text: '"We are not going to agree that NATO cannot expand any further," Sherman said.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: "would not accept that NATO cannot expand": "cannot" between the cue and the demand\'s words',
    text: 'Sherman said the US would not accept that NATO cannot expand.',
    published,
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'still read: "Putin said NATO cannot expand further": the cue is the demand\'s words themselves',
    text: 'Putin said NATO cannot expand further.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'cannot expand further' }],
  },
];

describe('"cannot" right before a cue it does not negate leaves the cue unread (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
