/**
 * A veto or a say denied to the proposer, with the proposer named as the subject of the denial: "Stoltenberg
 * said Moscow has no veto over NATO enlargement", "Russia has no say over who joins, Blinken said". The
 * one denied the power is what the speaker talks about, no holder of a demand there; the named-proposer
 * rule read it as Russia wanting the halt (reported). The speaker's refusal stays. The same denial spread
 * over a pair, "Neither Moscow nor anyone else has a veto over …", counted the "neither" as a second
 * negation on the opposite words "nor anyone else has a veto" and read nothing: the pair holds one
 * negation, so the speaker refuses the halt there too. With the demand's own words after the pair ("Neither
 * Russia nor any other country has a veto over NATO enlargement") the pair denied nothing and Russia was
 * read as holding the veto; a pair opened by "neither" as the subject of a verb of holding them denies
 * them as "has no veto" does (demand-mentions.ts).
 * Traps: the proposer complaining of its own lack of a say (its complaint is no refusal, nor a reported
 * support from the denial words); the proposer claiming or seeking a veto (its demand, still read); a denial of
 * another party's veto in the Security Council (no membership veto); "neither … nor" over two demands.
 * Found in: messenger.com.ge, 13 January 2022 (US senators: Russia does not have a veto power on NATO
 * enlargement); nv.ua, 13 January 2022 (Stoltenberg: Russia does not have a veto); Sputnik Serbia
 * (lat.sputnikportal.rs), 5 October 2021 (Stoltenberg: neither Russia nor any other state has a right of
 * veto, in Serbian).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const published = '2022-01-13';
const NX = 'non-expansion';

const cases: ReadingCase[] = [
  {
    name: '"Stoltenberg said Moscow has no veto over NATO enlargement": NATO rejects, Russia holds nothing',
    text: 'Stoltenberg said Moscow has no veto over NATO enlargement.',
    published,
    expect: [
      { party: 'nato', demand: NX, stance: 'rejects', quote: 'Moscow has no veto over NATO enlargement' },
    ],
    none: [['russia', NX]],
  },
  {
    name: '"Russia has no say over who joins the alliance, Blinken said": the US rejects, Russia holds nothing',
    text: 'Russia has no say over who joins the alliance, Blinken told reporters.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'no say' }],
    none: [['russia', NX]],
  },
  {
    name: '"The Kremlin should have no right to veto NATO enlargement, the Polish president said": Poland rejects',
    text: 'The Kremlin should have no right to veto NATO enlargement, the Polish president said.',
    published,
    expect: [{ party: 'poland', demand: NX, stance: 'rejects', quote: 'no right to veto' }],
    none: [['russia', NX]],
  },
  {
    name: '"Neither Moscow nor anyone else has a veto over NATO enlargement, Stoltenberg said": NATO rejects',
    text: 'Neither Moscow nor anyone else has a veto over NATO enlargement, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'nor anyone else has a veto' }],
    none: [['russia', NX]],
  },
  {
    name: '"Blinken said neither Moscow nor anyone else has a veto over …": the US rejects',
    text: 'Blinken said that neither Moscow nor anyone else has a veto over NATO enlargement.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'nor anyone else has a veto' }],
    none: [['russia', NX]],
  },
  {
    name: '"Neither Russia nor any other country has a veto over NATO enlargement": NATO rejects, Russia nothing',
    text: 'Neither Russia nor any other country has a veto over NATO enlargement, Stoltenberg said.',
    published,
    expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'has a veto over NATO enlargement' }],
    none: [['russia', NX]],
  },
  {
    name: '"neither Moscow nor any other capital has a veto over who joins NATO": the US rejects',
    text: 'Blinken said neither Moscow nor any other capital has a veto over who joins NATO.',
    published,
    expect: [{ party: 'united-states', demand: NX, stance: 'rejects', quote: 'veto over who joins NATO' }],
    none: [['russia', NX]],
  },
  {
    name: 'trap: the proposer claiming a veto of its own keeps its demand',
    text: 'Russia has a veto over NATO enlargement, Lavrov claimed.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'veto over NATO enlargement' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: the proposer seeking a veto keeps its demand',
    text: 'The Kremlin is seeking a veto over NATO enlargement, diplomats said.',
    published,
    expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'seeking' }],
    none: [['nato', NX]],
  },
  {
    name: 'trap: a veto in the Security Council denied to another is no membership veto',
    text: 'Stoltenberg said Moscow has no veto in the alliance, unlike in the Security Council.',
    published,
    expect: [],
    none: [['russia', NX]],
  },
  {
    name: 'trap: "Kyiv complained it has no say in the talks on NATO\'s expansion" is no stance of Ukraine',
    text: "Kyiv complained that it has no say in the talks between Moscow and Washington on NATO's expansion.",
    published,
    expect: [],
    none: [
      ['ukraine', NX],
      ['russia', NX],
    ],
  },
  {
    name: 'trap: "neither … nor" over two parties\' demands is no veto denial',
    text: 'Neither Moscow nor Washington has a plan for the talks, Stoltenberg said.',
    published,
    expect: [],
    none: [
      ['russia', NX],
      ['nato', NX],
    ],
  },
];

describe('a veto or say denied to the proposer named as its subject (session 50)', () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
