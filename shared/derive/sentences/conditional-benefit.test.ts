/**
 * A measure the missile demand asks for, judged by a side it is put to as a gain were it agreed: "If
 * more openness about drills could be agreed, that would strengthen security, she said". That side is
 * open to the measure, on a condition: never support. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-12');

describe('a measure that would make things safer if agreed: openness', () => {
  it('"If openness about military exercises could be agreed …, that would strengthen security"', () =>
    reading(
      'if … could be agreed, that would strengthen security',
      "Latvia's foreign minister said the allied presence must stay. If more openness about military exercises could be agreed and respected, though, that would strengthen security on the continent, he said.",
      [
        {
          party: 'baltic-states',
          demand: 'missile-deployment',
          stance: 'open',
          quote: 'If more openness',
        },
      ],
    ));
  it('"said that if reciprocal transparency on drills were achieved, it would make Europe safer"', () =>
    reading(
      'if … were achieved, it would make Europe safer',
      "Norway's defence minister said that if reciprocal transparency on drills were achieved, it would make Europe safer.",
      [
        {
          party: 'norway',
          demand: 'missile-deployment',
          stance: 'open',
          quote: 'if reciprocal transparency',
        },
      ],
    ));
  it('trap: a gain denied reads nothing', () =>
    reading(
      'would not strengthen',
      "Norway's defence minister said that if reciprocal transparency on drills could be agreed, it would not make Europe any safer.",
      [],
      [['norway', 'missile-deployment']],
    ));
  it('trap: a condition on what Russia does, with a gain, is no openness to a measure', () =>
    reading(
      'if Russia agreed',
      "Norway's defence minister said that if Russia agreed to pull back its troops, it would strengthen security.",
      [],
      [['norway', 'missile-deployment']],
    ));
  it('trap: the measure in the main clause, the gain in the condition, is no such reading', () =>
    reading(
      'gain inside the condition',
      "Norway's defence minister said that if security were strengthened, military transparency would follow.",
      [],
      [['norway', 'missile-deployment']],
    ));
});
