/**
 * The veto over membership named as one state's veto over another ("should have a veto over any other
 * country when it comes to being part of the alliance", "a veto over another country's decision to join
 * NATO"): the demand's own words, so a refusal of them refuses the demand. Before, only "joining" was
 * read, as the demand's opposite, and a refusal of the veto came out as support. Traps: the Security
 * Council's veto over a resolution, a veto over something other than a state, and a belief denied with
 * no refusal cue.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading, type ReadingCase } from '../test-support/reading';

const cases: ReadingCase[] = [
  {
    name: '"will not agree that any country should have a veto over any other country when it comes to being part of NATO"',
    text: 'Sherman said the US will not agree that any country should have a veto over any other country when it comes to being part of the NATO alliance.',
    expect: [
      {
        party: 'united-states',
        demand: 'non-expansion',
        stance: 'rejects',
        quote: 'veto over any other country',
      },
    ],
  },
  {
    name: '"will not accept that any state should hold a veto over another when it comes to joining NATO" refuses, not supports',
    text: 'Sherman said the US will not accept that any state should hold a veto over another when it comes to joining NATO.',
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'veto over another' },
    ],
  },
  {
    name: '"no country should have a veto over another country\'s decision to join NATO"',
    text: "Sherman said no country should have a veto over another country's decision to join NATO.",
    expect: [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'veto over another' },
    ],
  },
  {
    name: 'trap: a veto over another resolution at the UN',
    text: 'Russia used its veto over another resolution on Syria.',
    expect: [],
    none: [['russia', 'non-expansion']],
  },
  {
    name: "trap: a veto over other countries' trade",
    text: "China said no country should have a veto over other countries' trade.",
    expect: [],
    none: [['china', 'non-expansion']],
  },
  {
    name: 'trap: a belief denied, no refusal cue of its own',
    text: "Sherman said the US does not believe any country has a veto over another state's decision to join NATO.",
    expect: [],
    none: [['russia', 'non-expansion']],
  },
];

describe("one state's veto over another's membership", () => {
  for (const c of cases) it(c.name, () => checkReading(c));
});
