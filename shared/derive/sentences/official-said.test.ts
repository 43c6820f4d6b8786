/**
 * "the official said", "the same official added": an official spoken of before, named by the office
 * noun alone, speaks on for the one named before. Until then "official" before the speech verb was read
 * as the adjective of a noun ("the official statement"), so such a sentence had no speaker at all.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-22');

describe('"the official said" speaks on for the official named before', () => {
  it('"…, the official said" after Blinken spoke is Blinken', () =>
    reading(
      'the official said',
      'Blinken briefed reporters in Washington on Friday. Withdrawing American troops from Poland is out of the question, the official said.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('"the same official added" is the same person', () =>
    reading(
      'the same official added',
      'Blinken briefed reporters in Washington on Friday. Pulling American soldiers out of the Baltic states is out of the question, the same official added.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('"According to the official, …" after Blinken spoke is Blinken', () =>
    reading(
      'according to the official',
      'Blinken briefed reporters in Washington on Friday. According to the official, withdrawing American troops from Poland is out of the question.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('"the same official added" after a minister spoke since is the unnamed official, not the minister', () =>
    checkReading(
      {
        name: 'the same official after Lavrov',
        text: 'A senior American official briefed reporters after the Geneva round. Lavrov told journalists the round had been difficult. Pulling American soldiers out of the Baltic states is out of the question, the same official added.',
        published: '2022-01-22',
        expect: [
          {
            party: 'united-states',
            demand: 'rollback-1997',
            stance: 'rejects',
            quote: 'out of the question',
            kind: 'previous-speaker',
          },
        ],
        noneButStated: [['russia', 'rollback-1997']],
      },
      seedOntology(),
    ));
  it('"the official said" after a Russian official and then Blinken spoke is the Russian official', () =>
    reading(
      'the official after Blinken',
      'A Russian official spoke to journalists on condition of anonymity. Blinken said the talks had been frank. All allied forces must leave the Baltic states, the official said.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'must leave' }],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: "the minister added" after an unnamed official and then Lavrov spoke is Lavrov', () =>
    reading(
      'the minister after an official',
      'A senior American official briefed reporters after the Geneva round. Lavrov told journalists the round had been difficult. All allied forces must leave the Baltic states, the minister added.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'must leave' }],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: "according to the official" with no one named before speaks for no party', () =>
    reading(
      'according to the official, no one before',
      'According to the official, withdrawing American troops from Poland is out of the question.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: "the official" with no one named before speaks for no party', () =>
    reading(
      'the official, no one before',
      'Withdrawing American troops from Poland is out of the question, the official said.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: "the official statement said" is a document, not the person named before', () =>
    checkReading(
      {
        name: 'the official statement',
        text: 'Lavrov spoke in Moscow on Friday. The official statement said withdrawing American troops from Poland is out of the question.',
        published: '2022-01-22',
        expect: [],
        noneButStated: [['russia', 'rollback-1997']],
      },
      seedOntology(),
    ));
});
