/**
 * A clause someone hopes for or expects ("Moscow hopes the US will agree to …", "the Kremlin expects
 * that Washington will accept …", "Belgrade hopes Pristina will agree to …") is what the one hoping
 * wants or foresees: the one hoping holds the demand (the "hope" cue), the clause's subject has said
 * nothing. Traps: "as expected, NATO rejected …" and "…, as widely expected, rejected …" are the
 * subject's own refusal; a party's own clause after a hope about another ("he hoped Russia would
 * engage, but NATO will never agree to …") keeps its stance. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: '"Moscow hopes the US and Britain will agree to a halt …": Russia supports, neither listed party holds it',
    text: "Moscow hopes the US and Britain will agree to a halt to NATO's eastward expansion.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'hopes' }],
    none: [
      ['united-states', NE],
      ['uk', NE],
    ],
  },
  {
    name: '"hopes that Britain and the US will agree": the list after "that", in either order',
    text: "Moscow hopes that Britain and the US will agree to a halt to NATO's eastward expansion.",
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'hopes' }],
    none: [
      ['united-states', NE],
      ['uk', NE],
    ],
  },
  {
    name: '"said it expected that Washington would agree to a ban": Washington has not agreed to anything',
    text: 'The Kremlin said it expected that Washington would agree to a ban on deploying intermediate-range missiles in Europe.',
    published,
    expect: [{ party: 'russia', demand: MD, stance: 'supports', quote: 'expected' }],
    none: [['united-states', MD]],
  },
  {
    name: '"was hoping the alliance would accept a pledge": the alliance holds nothing',
    text: 'Lavrov said Moscow was hoping the alliance would accept a legally binding pledge to stop expanding eastward.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'hoping' }],
    none: [['nato', NE]],
  },
  {
    name: '"expect Paris and Berlin to agree to talks": an expectation of others is no French or German position',
    text: 'Officials in Warsaw expect Paris and Berlin to agree to talks on missile deployments.',
    published,
    expect: [],
    none: [
      ['france', MD],
      ['germany', MD],
    ],
  },
  {
    name: 'trap: "As expected, NATO rejected …" is NATO\'s own refusal',
    text: "As expected, NATO rejected Russia's demand for a halt to the alliance's eastward expansion.",
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: 'trap: ", as widely expected, rejected": the subject before the aside refuses',
    text: "The United States, as widely expected, rejected Moscow's demand that NATO stop expanding.",
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'rejects', quote: 'rejected' }],
  },
  {
    name: "trap: after a hope about Russia, NATO's own clause keeps its refusal",
    text: 'Stoltenberg said he hoped Russia would engage, but NATO will never agree to close its open door.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'never agree' }],
  },
  {
    name: 'trap: "Russia hopes NATO will stop expanding" is still Russia\'s support',
    text: 'Russia hopes NATO will stop expanding eastward.',
    published,
    expect: [{ party: 'russia', demand: NE, stance: 'supports', quote: 'hopes' }],
    none: [['nato', NE]],
  },
];

describe('a clause hoped for or expected by someone: Russia–West', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
});

describe('a clause hoped for or expected by someone: another negotiation', () => {
  const kosovo = evalOntology('kosovo-serbia-2022.json');
  const cases: ReadingCase[] = [
    {
      name: '"Belgrade hopes Pristina will finally agree to set up the association": Kosovo holds nothing',
      text: 'Belgrade hopes Pristina will finally agree to set up the association of Serb-majority municipalities.',
      published: '2023-02-27',
      expect: [],
      none: [['kosovo', 'serb-association']],
    },
    {
      name: "trap: Kurti's own refusal is still Kosovo's",
      text: 'Kurti said Kosovo would not accept an association of Serb-majority municipalities.',
      published: '2023-02-27',
      expect: [{ party: 'kosovo', demand: 'serb-association', stance: 'rejects', quote: 'not accept' }],
    },
  ];
  for (const c of cases) it(c.name, () => checkReading(c, kosovo));
});
