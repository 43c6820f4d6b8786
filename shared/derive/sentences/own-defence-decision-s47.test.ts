/**
 * A member state answering the call for allied forces to leave its soil by saying that it alone decides
 * how its defence is organised: "we alone decide how to organise the defence of our country", "we
 * alone organise our defence with our partners", "Romania will decide alone how to organize its
 * defense". The rollback demand's weak opposites (corpus/ontology.json), read only where the document
 * names the demand's anchor (here the country the forces are to leave), as "no right to tell … how"
 * already was.
 * Traps (none): a leader who says he alone cannot decide how the defence is organised; a country outside the alliance
 * saying it alone decides on its defence; "not for Warsaw alone to decide how …"; a question put to the
 * leader that he leaves unanswered.
 * Not caught: a compound after the phrase ("alone decides how to organise its defence spending")
 * still reads, the phrase ending on "defence".
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-21';
const RB = 'rollback-1997';

const cases: ReadingCase[] = [
  {
    name: 'the demand before, "we alone decide how to organise the defence of our country" in quotes',
    text: 'Moscow wants the allied soldiers to pull out of Bulgaria. "We alone decide how to organise the defence of our country with the help of our allies," Bulgarian Prime Minister Kiril Petkov told lawmakers.',
    published,
    expect: [
      { party: 'russia', demand: RB, stance: 'supports', quote: 'Moscow wants' },
      {
        party: 'bulgaria',
        demand: RB,
        stance: 'rejects',
        quote: 'We alone decide how to organise the defence',
      },
    ],
  },
  {
    name: 'the demand after, "we alone organise our defence"',
    text: '"We chose NATO long ago, and we alone organise our defence alongside our partners," Prime Minister Kiril Petkov said in parliament. He was replying to Moscow\'s call for allied troops to leave Bulgaria and Romania.',
    published,
    expect: [{ party: 'bulgaria', demand: RB, stance: 'rejects', quote: 'we alone organise our defence' }],
  },
  {
    name: 'American spelling, "will decide alone how to organize its defense"',
    text: 'Moscow wants the allied battalions out of Romania. Romania will decide alone how to organize its defense, in step with its allies, President Klaus Iohannis said.',
    published,
    expect: [
      { party: 'romania', demand: RB, stance: 'rejects', quote: 'decide alone how to organize its defense' },
    ],
  },
  {
    name: 'trap: the leader says he alone cannot decide how the defence is organised',
    text: 'Moscow wants the allied soldiers to pull out of Bulgaria. Petkov said he alone could not decide how to organise the defence of the country and would consult parliament.',
    published,
    expect: [{ party: 'russia', demand: RB, stance: 'supports', quote: 'Moscow wants' }],
    none: [['bulgaria', RB]],
  },
  {
    name: 'trap: a country outside the alliance on its own defence',
    text: 'Moscow wants NATO to stop expanding. Zelensky said Ukraine alone decides how to organise its defence.',
    published,
    expect: [],
    none: [['ukraine', RB]],
  },
  {
    name: 'trap: "not for Warsaw alone to decide how to organise …"',
    text: 'Moscow wants the allied soldiers out of Poland. The Polish minister said it was not for Warsaw alone to decide how to organise the defence of the eastern flank.',
    published,
    expect: [],
    none: [['poland', RB]],
  },
  {
    name: 'trap: a question the leader leaves unanswered',
    text: 'Moscow wants the allied soldiers to pull out of Bulgaria. Asked whether Bulgaria alone would decide how to organise its defence, Petkov did not answer.',
    published,
    expect: [],
    none: [['bulgaria', RB]],
  },
];

describe('a member state alone decides how its defence is organised', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
