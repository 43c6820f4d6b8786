/**
 * A demand's words inside the content of a claim the sentence derides: "American experts have been
 * spouting nonsense that Washington should make the DPRK declare and verify its nuclear programme", "the
 * nonsense that …", "the lies that …". What someone is mocked for saying is not the document stating the
 * proposer's demand (before, the document-level reading made it a US support of denuclearization).
 * Positives: the proposer's own insistence and want, told plainly, still read.
 * Traps: "spouting nonsense that …", "repeating the nonsense that …", "peddling the lies that …".
 * Uses the us-dprk ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const dprk = evalOntology('us-dprk-2018.json');
const published = '2018-08-20';
const DN = 'denuclearization';

const cases: ReadingCase[] = [
  {
    name: 'the proposer insisting, told plainly',
    text: 'Washington insists that the North must give up its nuclear weapons before sanctions are eased.',
    published,
    expect: [
      { party: 'united-states', demand: DN, stance: 'supports', quote: 'insists that the North must' },
    ],
  },
  {
    name: 'the proposer wanting it, told by an official',
    text: 'The US wants the North to declare and verify its nuclear programme, a senior official said.',
    published,
    expect: [{ party: 'united-states', demand: DN, stance: 'supports', quote: 'The US wants the North' }],
  },
  {
    name: 'trap: "spouting nonsense that Washington should make the DPRK declare …"',
    text: 'Certain American experts on Korea have lately been spouting nonsense that Washington should make the DPRK declare and verify its nuclear programme and dismantle Nyongbyon before answering its call to declare the war over, the commentary said.',
    published,
    expect: [],
    none: [['united-states', DN]],
  },
  {
    name: 'trap: "repeating the nonsense that …"',
    text: 'Some pundits keep repeating the nonsense that Washington should make the DPRK declare and verify its nuclear programme first.',
    published,
    expect: [],
    none: [['united-states', DN]],
  },
  {
    name: 'trap: "peddling the lies that …"',
    text: 'Experts have been peddling the lies that the DPRK must declare and verify its nuclear programme, the statement said.',
    published,
    expect: [],
    none: [['united-states', DN]],
  },
];

describe('a demand inside a derided claim', () => {
  for (const c of cases) it(c.name, () => checkReading(c, dprk));
});
