/**
 * A principle the demand is argued from ("indivisible security") named inside a question others are asked
 * to answer: "asking them to explain how the principle of indivisible security is upheld", "asked his
 * counterparts to specify how they understand …", "requested a clarification … on how the alliance
 * understands …" (analyze-sentence/question-to-explain.ts). The request for an explanation is no demand
 * of the matrix: the proposer's reading from the principle alone is left out there. The proposer invoking
 * the principle itself still reads as its support.
 * Found in real coverage: TASS (15 February 2022, Lavrov: letters asking to specify how they understand
 * the indivisibility of security), UrduPoint (9 February 2022: a clarification on how the alliance
 * understands the principle), wottot.com (28 Shevat 5782, Lavrov: asking them to explain how they
 * intend to honour the obligation).
 * Traps: the three requests for an explanation (verb "explain", verb "specify", noun "clarification").
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-02-09';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Zakharova said Russia insists on the principle of the indivisibility of security": Russia supports',
    text: 'Zakharova said Russia insists on the principle of the indivisibility of security.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insists on the principle' }],
  },
  {
    name: '"Lavrov said no state may strengthen its security at the expense of others": Russia supports',
    text: 'Lavrov said no state may strengthen its security at the expense of others.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'at the expense of others' }],
  },
  {
    name: 'trap: "letters asking them to explain how the principle of indivisible security is upheld"',
    text: 'Moscow sent letters asking them to explain how the principle of indivisible security is upheld.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
  {
    name: 'trap: "asked Western capitals to clarify how they apply the principle of indivisible security"',
    text: 'Lavrov said Moscow would keep asking Western capitals to clarify how they apply the principle of indivisible security.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "asked his counterparts to specify how they understand the principle …"',
    text: 'Lavrov asked his counterparts to specify how they understand the principle of the indivisibility of security.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "requested a clarification from NATO ministers on how the alliance understands the principle …"',
    text: 'Lavrov requested a clarification from NATO ministers on how the alliance understands the principle of the indivisibility of security.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
];

describe('a principle inside a question others are asked to answer (session 49)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
