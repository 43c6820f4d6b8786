/**
 * Three constructions that credited a party with a demand it was not stating (session 32, round 2):
 * - a party named by its adjective in the "of" phrase that goes on a demand's name right after the demand's
 *   words ("the creation of the association of Serbian municipalities", "setting up the Association of
 *   Serb-Majority Municipalities"): named inside the demand's name, not as one that might hold it;
 * - the later parties of a list after a verb of asking ("pressing the US as well as South Korea to …",
 *   "urged Washington and Seoul to …"): each one is told what to do, none holds what it is told;
 * - the demand's own act opening a clause of "while", "as" or "whilst" ("while American troops pull out
 *   fast"): an event under way, no one's demand (its opposite there, "while foreign troops stay", still a
 *   condition kept by the one who speaks).
 * Sentences written for these tests, read with the eval/ ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const kosovo = evalOntology('kosovo-serbia-2022.json');
const SA = 'serb-association';
const kosovoCases: ReadingCase[] = [
  {
    name: 'Serbia named by its adjective in the "of" phrase after "the forming of the community"',
    text: 'The foreign minister in Pristina said again that the government would never allow the forming of the community of Serbian municipalities.',
    published: '2023-02-01',
    expect: [],
    none: [['serbia', SA]],
  },
  {
    name: 'the Serbs named by a hyphenated adjective in the "of" phrase after "launching the Association"',
    text: 'Kurti turned down a plan for launching the Association of Serb-Majority Municipalities, calling it a threat to the state.',
    published: '2023-02-01',
    expect: [],
    none: [['kosovo-serbs', SA]],
  },
  {
    name: 'trap: Serbia named as a party outside the demand\u2019s name, in the sentence before, is still credited',
    text: 'Belgrade called its envoy home on Friday. Pristina told the mediators it would not agree to the launching of an association of Serbian municipalities.',
    published: '2023-02-01',
    expect: [
      { party: 'kosovo', demand: SA, stance: 'rejects', quote: 'would not agree' },
      { party: 'serbia', demand: SA, stance: 'supports', quote: 'would not agree', kind: 'stated-demand' },
    ],
  },
  {
    name: 'trap: the Serbs holding the body in their own words still read',
    text: 'Serb leaders in the north said the Association of Serb-majority Municipalities must be set up at once.',
    published: '2023-02-01',
    expect: [{ party: 'kosovo-serbs', demand: SA, stance: 'supports', quote: 'must be set up' }],
  },
];

const dprk = evalOntology('us-dprk-2018.json');
const EW = 'end-of-war';
const dprkCases: ReadingCase[] = [
  {
    name: 'the second party of a list after "pushing" is told, not the holder',
    text: 'State television in Pyongyang keeps pushing Washington as well as Seoul to declare the Korean War formally over.',
    published: '2018-09-10',
    expect: [],
    none: [['south-korea', EW]],
  },
  {
    name: 'trap: the same list as the subject holding it still reads',
    text: 'Seoul and Washington are keen to declare the Korean War over this year, officials said.',
    published: '2018-09-10',
    expect: [{ party: 'south-korea', demand: EW, stance: 'supports', quote: 'keen to' }],
  },
];

const afghan = evalOntology('afghanistan-doha-2020.json');
const TW = 'troop-withdrawal';
const afghanCases: ReadingCase[] = [
  {
    name: 'the withdrawal told as under way in a "while" clause: no one\u2019s demand',
    text: 'Getting the insurgents to agree to a truce seems unlikely while the American troops pull out so fast.',
    published: '2021-07-10',
    expect: [],
    none: [['taliban', TW]],
  },
  {
    name: 'the withdrawal told as under way in an "as" clause: no one\u2019s demand',
    text: 'District after district is falling to the Taliban as the American troops pull out.',
    published: '2021-07-10',
    expect: [],
    none: [['taliban', TW]],
  },
  {
    name: 'trap: the opposite in a "while" clause, the speaker\u2019s condition, still reads',
    text: 'The Taliban say the fighting will go on while the foreign troops stay.',
    published: '2020-02-10',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'troops stay' }],
  },
  {
    name: 'trap: "until" the troops pull out is a condition set, still read',
    text: 'The Taliban vowed to keep fighting until American troops pull out.',
    published: '2020-02-10',
    expect: [{ party: 'taliban', demand: TW, stance: 'supports', quote: 'troops pull out' }],
  },
];

describe('precision: a party named inside a demand\u2019s name, a listed party told, an event under way', () => {
  for (const c of kosovoCases) it(c.name, () => checkReading(c, kosovo));
  for (const c of dprkCases) it(c.name, () => checkReading(c, dprk));
  for (const c of afghanCases) it(c.name, () => checkReading(c, afghan));
});
