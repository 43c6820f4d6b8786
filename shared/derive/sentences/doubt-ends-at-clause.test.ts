/**
 * A doubt or a question ("questioned whether …", "doubted whether …", "wondered whether …") holds no
 * position of anyone inside it, but it ends where the same subject goes on with a clause of its own after
 * ", and" / ", but": "Moscow questioned whether Washington was serious, and insisted on …" still states
 * Moscow's demand. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'a question about the other side, then ", and insisted on" the demand: the insistence stands',
    text: 'Moscow questioned whether Washington was serious, and insisted on guarantees that NATO would not expand.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insisted on' }],
    none: [['united-states', NX]],
  },
  {
    name: 'a doubt about the talks, then ", and insisted on": the insistence stands',
    text: 'Moscow doubted whether the talks were serious, and insisted on guarantees that NATO would not expand.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insisted on' }],
  },
  {
    name: 'after "welcomed … but wondered whether …, but insisted", the subject and its insistence stand',
    text: 'The Kremlin welcomed the talks but wondered whether they would lead anywhere, but insisted on a halt to NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'insisted on' }],
  },
  {
    name: 'trap: a doubt whether Washington would ever accept the ban is no position of Washington',
    text: 'Analysts doubted whether Washington would ever accept a ban on NATO expansion.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: ", and its allies," inside the doubt is no new clause; still no position',
    text: 'Analysts doubted whether Washington, and its allies, would ever reject a ban on NATO expansion.',
    expect: [],
    none: [['united-states', NX]],
  },
  {
    name: 'trap: ", and whether" goes on with the question; nobody is given a stance',
    text: 'Reporters asked whether the US would agree to halt NATO expansion, and whether it would reject the demand.',
    expect: [],
    none: [['united-states', NX]],
  },
];

describe('a doubt or a question ends at the next clause of the same subject', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});

const gaza = evalOntology('gaza-ceasefire-2024.json');
describe('the Gaza ontology: the subject goes on past a question about the other side', () => {
  it('"Hamas welcomed the idea but questioned whether Israel …, and insisted that any accord …"', () =>
    checkReading(
      {
        name: 'Hamas',
        text: 'Hamas welcomed the proposal but questioned whether Israel would honour it, and insisted that any accord must bring a permanent ceasefire.',
        published: '2024-10-29',
        expect: [{ party: 'hamas', demand: 'permanent-ceasefire', stance: 'supports', quote: 'insisted' }],
        none: [['israel', 'permanent-ceasefire']],
      },
      gaza,
    ));
});
