/**
 * "It is possible / likely that <party> will …": a likelihood someone states about another party is no
 * position of that party; about the speaker's own side it can be. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: 'a Russian minister saying it is possible the US will deploy missiles gives the US no stance',
    text: 'It is possible that the United States will deploy missiles in Poland, Lavrov said.',
    expect: [],
    none: [['united-states', MD]],
  },
  {
    name: 'a forecast that Washington is unlikely to accept the demand is not Washington opening to it',
    text: 'Ryabkov said it was unlikely that Washington would accept the demand to halt NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'demand to halt' }],
    none: [['united-states', NX]],
  },
  {
    name: "trap: the likelihood of the speaker's own side agreeing is still its openness",
    text: 'Stoltenberg said it was possible that allies would agree on limits for missiles.',
    expect: [{ party: 'nato', demand: MD, stance: 'open', quote: 'agree on' }],
  },
  {
    name: 'trap: a certainty ("it is clear that") is no likelihood; the stance stands',
    text: 'It is clear that the United States rejects any ban on NATO enlargement, Blinken said.',
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'reject' }],
  },
];

describe('a likelihood about another party', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
