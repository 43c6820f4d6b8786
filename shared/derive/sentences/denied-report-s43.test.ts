/**
 * A party denying a report that it was ready to grant a demand refuses it: "NBC reported that the
 * administration was prepared to offer a reduction of U.S. forces in Eastern Europe. A State Department
 * official said the report was not accurate." (or "The White House rejected the story"), and in one
 * sentence "The White House denied a report that it was ready to cut U.S. troop numbers in Eastern
 * Europe". Traps: the report denied by another party, a report confirmed, a report of something other
 * than a readiness, a denial two sentences on, a report of another party's readiness, a denial of a
 * report with its own content ("the report on …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-10';
const RB = 'rollback-1997';
const rejects = (quote: string) => ({
  party: 'united-states',
  demand: RB,
  stance: 'rejects' as const,
  quote,
});
const REPORT =
  'NBC reported that the administration was prepared to offer a reduction of U.S. forces in Eastern Europe.';

const cases: ReadingCase[] = [
  {
    name: 'the report said to be "not accurate" by an official of the reported party, the sentence after',
    text: `${REPORT} A State Department official said on Friday that the report was not accurate.`,
    published,
    expect: [rejects('the report was not accurate')],
  },
  {
    name: '"The White House rejected the story": the story is what the report said it was ready to give',
    text: `${REPORT} The White House rejected the story firmly.`,
    published,
    expect: [rejects('rejected the story')],
  },
  {
    name: 'in one sentence: "denied a report that it was ready to cut U.S. troop numbers in Eastern Europe"',
    text: 'The White House denied a report that it was ready to cut U.S. troop numbers in Eastern Europe.',
    published,
    expect: [rejects('denied a report that')],
  },
  {
    name: 'in one sentence, present tense: "has dismissed reports that it is preparing to offer cuts …"',
    text: 'Washington has dismissed reports that it is preparing to offer cuts to troop numbers in Eastern Europe.',
    published,
    expect: [rejects('dismissed reports that')],
  },
  {
    name: 'trap: the report called false by another party is no refusal of the reported party',
    text: `${REPORT} The Kremlin said the report was false.`,
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a report confirmed is no refusal',
    text: `${REPORT} The White House confirmed the report.`,
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a report of something other than a readiness ("had received Moscow\'s demand …")',
    text:
      "NBC reported that the administration had received Moscow's demand for a reduction of U.S. forces in " +
      'Eastern Europe. The White House said the report was not accurate.',
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a denial two sentences after the report',
    text: `${REPORT} Talks open in Geneva on Monday. The White House said the report was not accurate.`,
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a report of another party\'s readiness denied ("… that Moscow was ready to …")',
    text: 'The White House denied a report that Moscow was ready to pull its troops out of Eastern Europe.',
    published,
    expect: [],
    none: [['united-states', RB]],
  },
  {
    name: 'trap: a report with content of its own ("the report on Russian troop moves") is another report',
    text: `${REPORT} The White House said the report on Russian troop moves was not accurate.`,
    published,
    expect: [],
    none: [['united-states', RB]],
  },
];

describe('a party denying a report of its readiness to grant a demand refuses it', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
