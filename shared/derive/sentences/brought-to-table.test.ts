/**
 * "bring … to the table" puts a matter to the talks (openness to it); a party or person brought to the
 * table is made to talk, and no matter is put anywhere. (The matter brought to the table stays openness:
 * see "plans to bring to the table … limits on missile deployments" in references-and-traps.test.ts.) Sentences written for these tests, read with the
 * US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-09-20';

const cases: ReadingCase[] = [
  {
    name: 'a party brought back to the table: no openness read on the sanctions',
    text: 'Chinese diplomats argued that relief from the sanctions would bring the Americans back to the table.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
];

describe('a party brought to the table', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});
