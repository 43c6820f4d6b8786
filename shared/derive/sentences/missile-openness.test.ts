/**
 * Openness on the missile demand in wordings the reading missed. "Concrete ideas on X": an adjective of
 * the ideas, like "specific", keeps them the party's ideas on X. "The American counter-proposals on
 * X": a counter-proposal is a proposal of its owner, on X. "Limiting military exercises" names the
 * curbs on drills the demand's phrases already name as "limits on exercises". "Refrain from putting
 * missiles in Ukraine": "put … missiles" is placing them, so a pledge to refrain from it is a restraint
 * offered, not the placement. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('an adjective before the ideas: "concrete ideas on X"', () => {
  it('"had put forward concrete ideas on lowering military risks"', () =>
    reading(
      'concrete ideas on',
      'A Russian diplomat said Washington had put forward concrete ideas on lowering military risks.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'concrete ideas on' }],
    ));
  it('trap: concrete ideas on another matter are no openness on the demand named after them', () =>
    reading(
      'concrete ideas on something else',
      'A Russian diplomat said Washington had put forward concrete ideas on sanctions relief, while Moscow wants missile limits.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
      [['united-states', 'missile-deployment']],
    ));
});

describe('a counter-proposal is its owner’s proposal', () => {
  it('"the American counter-proposals on limiting military exercises"', () =>
    reading(
      'counter-proposals on',
      'Lavrov said the American counter-proposals on limiting military exercises deserved a look.',
      [
        {
          party: 'united-states',
          demand: 'missile-deployment',
          stance: 'open',
          quote: 'limiting military exercises',
        },
      ],
    ));
  it('"Washington’s counterproposals on arms control"', () =>
    reading(
      "Washington's counterproposals on",
      "Washington's counterproposals on arms control were handed over on Wednesday, the envoy said.",
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'arms control' }],
    ));
  it('trap: counter-proposals on another matter leave the missile demand to its proposer', () =>
    reading(
      'counter-proposals on something else',
      'Lavrov said the American counter-proposals on grain exports deserved a look, while Moscow wants missile limits.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
      [['united-states', 'missile-deployment']],
    ));
  it('trap: exercises that are limited in size are no limits asked for', () =>
    reading(
      'limited military exercises',
      'Russia held limited military exercises near the border, the ministry said.',
      [],
      [['russia', 'missile-deployment']],
    ));
});

describe('"putting missiles" somewhere is placing them', () => {
  it('a pledge to refrain from putting attack missiles in Ukraine, offered: openness, not a refusal', () =>
    reading(
      'refrain from putting missiles',
      'The US paper offers a mutual pledge to refrain from putting attack missiles on Ukrainian soil.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'pledge' }],
    ));
  it('trap: a question about missiles put to someone restricts nothing', () =>
    reading(
      'put the missiles question to',
      'The envoy said Washington had put the missiles question to Moscow.',
      [],
      [['united-states', 'missile-deployment']],
    ));
});
