/**
 * A proposer's warning tied to the demand being refused: "if Washington refuses to give guarantees that
 * NATO will not expand, Russia will be forced to respond", "warned that if the alliance failed to provide
 * …", "should the US be unwilling to agree …". The condition names the demand refused (as "unless" names
 * it met); the main clause threatens a response: the one warning wants the demand. And a party named
 * after a preposition ("the drafts published in Moscow would rule out …") is no proposer acting on its
 * own. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: 'if the addressee refuses the guarantee, the proposer will be forced to respond',
    text: 'If Washington refuses to give guarantees that NATO will not enlarge, Russia will be forced to respond, Lavrov said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'forced to respond' }],
    none: [['united-states', NX]],
  },
  {
    name: 'reported: warned that if the alliance failed to provide the guarantee, Russia would respond',
    text: 'Ryabkov warned that if the alliance failed to provide guarantees that it would never expand, Moscow would respond.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'Ryabkov warned' }],
    none: [['nato', NX]],
  },
  {
    name: 'unwilling to agree, with a comma inside the demand’s words',
    text: 'If the American side is unwilling to sign firm, binding guarantees that NATO will not grow, Russia will have to respond, the ministry said.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'NATO will not grow' }],
  },
  {
    name: 'trap: no threat in the main clause ("will not respond") is no warning',
    text: 'If NATO refuses to halt its expansion, Russia will not respond militarily, Lavrov said.',
    expect: [],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a side that did not make the demand warning is no proposer asking',
    text: 'If Russia refuses to pull back its troops from the border, NATO will respond, Stoltenberg said.',
    expect: [],
    none: [['nato', 'rollback-1997']],
  },
  {
    name: 'drafts published in Moscow would rule out the growth: the demand stated, Moscow no agent of it',
    text: 'The drafts published in Moscow would rule out any further eastward growth of NATO.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'eastward growth' }],
  },
];

describe('a warning tied to the demand refused', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
