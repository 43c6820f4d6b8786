/**
 * The proposer backing talks on its own demand pushes the demand: it supports it ("Moscow wants to
 * negotiate a ban on enlargement", "ready for talks on caps on missiles" said of the side that asked for
 * the caps). Openness stays for a side the demand is put to ("Washington offered talks on …"), for a
 * proposer giving ground ("open to compromise", "ready to discuss alternatives to …") and for a third
 * party urging talks, which gives the proposer nothing. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const trade = evalOntology('us-china-trade-2019.json');
const NX = 'non-expansion';
const MD = 'missile-deployment';
const TR = 'tariff-removal';

const cases: ReadingCase[] = [
  {
    name: 'the proposer wanting to negotiate its own demand supports it (was: open)',
    text: 'Lavrov said Moscow wants to negotiate a ban on NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants to negotiate' }],
  },
  {
    name: 'the proposer proposing talks on its own demand supports it (was: open)',
    text: 'Russia proposed talks on limits on missile deployments in Europe.',
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'proposed talks' }],
  },
  {
    name: 'the proposer keen to discuss its own demand supports it (was: open)',
    text: 'Moscow is keen to discuss a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'keen to discuss' }],
  },
  {
    name: 'trap: the side the demand is put to offering talks on it is open',
    text: 'Washington offered talks on limits on missile deployments in Europe.',
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'offered talks' }],
  },
  {
    name: 'trap: the proposer open to compromise on its demand stays open',
    text: 'Russia is open to compromise on NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'open', quote: 'open to compromise' }],
  },
  {
    name: 'trap: the proposer ready to discuss alternatives to its demand stays open',
    text: 'Russia is ready to discuss alternatives to a halt to NATO enlargement.',
    expect: [{ party: 'russia', demand: NX, stance: 'open', quote: 'ready to discuss' }],
  },
  {
    name: 'trap: the proposer wanting to discuss a compromise on its demand stays open',
    text: 'Russia wants to discuss a compromise on NATO expansion.',
    expect: [{ party: 'russia', demand: NX, stance: 'open', quote: 'wants to discuss' }],
  },
  {
    name: 'trap: a third party urging talks keeps its own openness and gives the proposer nothing',
    text: 'China urged both sides to hold talks on NATO expansion.',
    expect: [{ party: 'china', demand: NX, stance: 'open', quote: 'urged both sides' }],
    none: [['russia', NX]],
  },
];

const tradeCases: ReadingCase[] = [
  {
    name: 'the proposer willing to negotiate its own demand supports it (was: open)',
    text: 'China said it was willing to negotiate the removal of the tariffs.',
    published: '2019-05-20',
    expect: [{ party: 'china', demand: TR, stance: 'supports', quote: 'willing to negotiate' }],
  },
  {
    name: 'trap: the side the demand is put to offering talks on it is open',
    text: 'Washington offered talks on the removal of the tariffs.',
    published: '2019-05-20',
    expect: [{ party: 'united-states', demand: TR, stance: 'open', quote: 'offered talks' }],
  },
  {
    name: 'trap: the proposer open to compromise stays open',
    text: 'China is open to compromise on the removal of the tariffs.',
    published: '2019-05-20',
    expect: [{ party: 'china', demand: TR, stance: 'open', quote: 'open to compromise' }],
  },
  {
    name: 'trap: a third party urging both sides to negotiate gives the proposer nothing',
    text: 'Japan urged both sides to negotiate the removal of the tariffs.',
    published: '2019-05-20',
    expect: [{ party: 'japan', demand: TR, stance: 'open', quote: 'urged both sides' }],
    none: [['china', TR]],
  },
];

describe('the proposer backing talks on its own demand', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
  for (const c of tradeCases) it(`trade: ${c.name}`, () => checkReading(c, trade));
});
