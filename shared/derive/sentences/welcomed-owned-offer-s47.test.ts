/**
 * A welcome (or a rejection) of another party's offer of talks: "The Kremlin welcomed the US offer of talks
 * on missile placement". The welcome verb and the offer were read as one cue, so the one who welcomed was
 * open to talks on the demand, even on its own demand, as if it had offered them. An owned offer noun
 * ("the US offer", "Washington's offer") is now its owner's, as an owned readiness noun already was: the
 * owner is open, the welcomer holds nothing from it.
 * Traps: the welcomer (the demand's proposer or a third party) holds nothing; "study the US offer" and
 * "rejected the US offer" give the one who studies or rejects nothing.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-27';
const MD = 'missile-deployment';

const cases: ReadingCase[] = [
  {
    name: '"The Kremlin welcomed the US offer of talks on missile placement": the US open, Russia nothing',
    text: 'The Kremlin welcomed the US offer of talks on missile placement.',
    published,
    expect: [
      { party: 'united-states', demand: MD, stance: 'open', quote: 'offer of talks on missile placement' },
    ],
    none: [['russia', MD]],
  },
  {
    name: '"welcomed Washington\'s offer of talks": the possessive owner open, the welcomer nothing',
    text: "Peskov welcomed Washington's offer of talks on missile placement.",
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: "Washington's offer of talks" }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: a third party welcoming the US offer is not itself open',
    text: 'Poland welcomed the US offer of talks on missile deployments.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'US offer of talks' }],
    none: [['poland', MD]],
  },
  {
    name: 'trap: "would study the US offer of talks" gives the one who studies it nothing',
    text: 'Lavrov said Moscow would study the US offer of talks on missiles.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'US offer of talks' }],
    none: [['russia', MD]],
  },
  {
    name: 'trap: "rejected the US offer of talks" gives the one who rejects it no stance on the demand',
    text: 'Moscow rejected the US offer of talks on missiles as secondary.',
    published,
    expect: [{ party: 'united-states', demand: MD, stance: 'open', quote: 'US offer of talks' }],
    none: [['russia', MD]],
  },
];

describe("a welcomed offer of talks is its owner's, not the welcomer's (session 47)", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
