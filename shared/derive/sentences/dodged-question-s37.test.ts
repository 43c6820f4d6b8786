/**
 * A question dodged: "Blinken dodged a question about whether Ukraine would ever join NATO", "the US
 * reply sidestepped the question of NATO expansion", "Price evaded the issue of missile limits". News
 * writing reports a party that was asked about a demand and would not answer with a verb of evasion
 * (sidestep, side-step, dodge, evade, skirt) on "question" or "issue": the party has taken no position,
 * an `unclear` cell, as "declined to say whether" or "would not be drawn on" are. Only with the noun of
 * the question: "would not sidestep its commitments" is no evasion of anything asked. Traps: that
 * sentence, a dodged question on something no demand names, and a dodged question followed by a plain
 * answer in the same sentence (the answer's stance stands). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const NE = 'non-expansion';
const MD = 'missile-deployment';

const russiaWest: ReadingCase[] = [
  {
    name: '"dodged a question about whether Ukraine would ever join NATO" is unclear',
    text: 'Blinken dodged a question about whether Ukraine would ever join NATO, saying only that talks would go on.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'unclear', quote: 'dodged a question' }],
    none: [['russia', NE]],
  },
  {
    name: 'a paper as the one who evades: "the US reply sidestepped the question of NATO expansion"',
    text: 'Lavrov said the US reply sidestepped the question of NATO expansion.',
    published,
    expect: [{ party: 'united-states', demand: NE, stance: 'unclear', quote: 'sidestepped the question' }],
  },
  {
    name: 'plural and another verb: "skirted questions on limits on missile deployments"',
    text: 'At the briefing the State Department spokesman skirted questions on limits on missile deployments in Europe.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'unclear', quote: 'skirted questions' }],
  },
  {
    name: '"evaded the issue of NATO enlargement" is unclear',
    text: 'In his speech the German chancellor evaded the issue of NATO enlargement altogether.',
    published,
    expect: [{ party: 'germany', demand: NE, stance: 'unclear', quote: 'evaded the issue' }],
  },
  {
    name: 'trap: "would not sidestep its commitments" evades no question',
    text: 'Blinken said the United States would not sidestep its commitments to the Baltic states.',
    published,
    expect: [],
    none: [
      ['united-states', NE],
      ['united-states', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: a dodged question on something no demand names',
    text: 'The NATO spokeswoman dodged a question about the summit date.',
    published,
    expect: [],
    none: [
      ['nato', NE],
      ['nato', MD],
      ['nato', 'rollback-1997'],
    ],
  },
  {
    name: 'trap: a dodged question of another demand leaves the refusal stated beside it as it was',
    text: 'Stoltenberg dodged a question about sanctions, but said the alliance would never close its door to new members.',
    published,
    expect: [{ party: 'nato', demand: NE, stance: 'rejects', quote: 'never close its door' }],
  },
];

const iran = evalOntology('iran-nuclear-2021.json');

const iranCases: ReadingCase[] = [
  {
    name: 'iran: "sidestepped the issue of delisting the IRGC" is unclear',
    text: 'Asked in Vienna, the US envoy sidestepped the issue of delisting the IRGC.',
    published: '2022-03-20',
    expect: [
      { party: 'united-states', demand: 'irgc-delisting', stance: 'unclear', quote: 'sidestepped the issue' },
    ],
    none: [['iran', 'irgc-delisting']],
  },
];

describe('a question or issue dodged is unclear', () => {
  for (const c of russiaWest) it(c.name, () => checkReading(c));
  for (const c of iranCases) it(c.name, () => checkReading(c, iran));
});
