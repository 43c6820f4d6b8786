/**
 * What a report or the media "suggested" a party would do is the report's content, not the party's
 * position: "reports in state media that suggested Mr Trump was willing to lift sanctions in a phased
 * manner", "Reports suggested …", "State media suggested that …". Before, the party named in the content
 * was read as holding the stance of the cue ("willing to", "ready to", "prepared to"), a third party's
 * characterisation taken for the party's own word. The participle form ("reports suggesting …") was
 * already left unread (report-participle.ts); this is the finite verb, after the report or the media or
 * after the "that" of a relative clause on them.
 * Found in real coverage: the Evening Standard (14 June 2018) and amedpost (June 2018) on Pompeo pushing
 * back on North Korean state media's account of a step-by-step deal.
 * Still read (look-alikes): the party's own official suggesting it, officials or a named speaker saying it.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const SR = 'sanctions-relief';
const MI = 'missile-deployment';

const koreaCases: ReadingCase[] = [
  {
    name: 'trap: "reports in state media that suggested Mr Trump was willing to …" is the media\'s account',
    text: 'His remarks contrasted with reports in North Korean state media that suggested Mr Trump was willing to lift sanctions in a phased manner.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "Reports suggested Mr Trump was willing to …" is no position of Washington',
    text: 'Reports suggested Mr Trump was willing to lift sanctions in a phased manner.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: 'trap: "State media suggested that Trump is ready to ease sanctions"',
    text: 'State media suggested that Trump is ready to ease sanctions.',
    published: '2018-06-14',
    expect: [],
    none: [['united-states', SR]],
  },
  {
    name: '"Officials said Mr Trump was willing to …" is still read',
    text: 'Officials said Mr Trump was willing to lift sanctions in a phased manner.',
    published: '2018-06-14',
    expect: [{ party: 'united-states', demand: SR, stance: 'open', quote: 'willing to lift sanctions' }],
  },
  {
    name: "the party's own official suggesting it is still read",
    text: 'Pompeo suggested that Washington was willing to ease sanctions in stages.',
    published: '2018-06-14',
    expect: [{ party: 'united-states', demand: SR, stance: 'open', quote: 'willing to ease sanctions' }],
  },
];

const russiaWestCases: ReadingCase[] = [
  {
    name: 'trap: "reports in the Russian press that suggested the United States was prepared to discuss …"',
    text: 'Earlier reports in the Russian press that suggested the United States was prepared to discuss limits on missile deployments were wrong, Price said.',
    published: '2022-01-20',
    expect: [],
    none: [['united-states', MI]],
  },
  {
    name: '"Blinken said the United States was prepared to discuss …" is still read',
    text: 'Blinken said the United States was prepared to discuss limits on missile deployments.',
    published: '2022-01-20',
    expect: [{ party: 'united-states', demand: MI, stance: 'open', quote: 'prepared to discuss limits' }],
  },
];

describe('a report or the media suggesting what a party would do (session 49)', () => {
  for (const c of koreaCases) it(c.name, () => checkReading(c, korea));
  for (const c of russiaWestCases) it(c.name, () => checkReading(c));
});
