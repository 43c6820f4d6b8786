/**
 * A speaker's own words naming a demand's opposite are read as the speaker's refusal; but a short term
 * set in quotation marks of its own ("by “maximum pressure”") is another's slogan named, not the
 * speaker's wording. Sentences written for these tests, read with the US–North Korea ontology of eval/.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const korea = evalOntology('us-dprk-2018.json');
const published = '2019-09-20';

const cases: ReadingCase[] = [
  {
    name: "a quoted slogan of the opposite, judged by the speaker, is not the speaker's own wording",
    text: 'The Chinese foreign minister spoke to reporters in Beijing. Forcing the other side to give in through "maximum pressure" has never worked and never will, he said.',
    published,
    expect: [],
    none: [['china', 'sanctions-relief']],
  },
  {
    name: "trap: the same words unquoted stay the speaker's own",
    text: 'The Japanese foreign minister spoke to reporters in Tokyo. We will keep up maximum pressure on the North until it disarms, he said.',
    published,
    expect: [{ party: 'japan', demand: 'sanctions-relief', stance: 'rejects', quote: 'maximum pressure' }],
  },
];

describe('a quoted slogan is no own wording', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => checkReading(c, korea));
});
