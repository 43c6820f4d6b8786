/**
 * "a senior administration official said", "administration officials say": an official of the
 * administration the ontology calls "the administration" (one party's alias) speaks for that party, as
 * "the administration said" does, and "the official said" later speaks on for that official. Not a
 * former official, nor an administration named for a head the ontology does not know, nor where the
 * ontology gives no party "the administration". Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { checkReading, readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-22');

describe('an unnamed administration official speaks for the administration', () => {
  it('"…, a senior administration official said" is the United States', () =>
    checkReading(
      {
        name: 'a senior administration official said',
        text: 'Pulling American soldiers out of the Baltic states is out of the question, a senior administration official said on Friday.',
        published: '2022-01-22',
        expect: [
          {
            party: 'united-states',
            demand: 'rollback-1997',
            stance: 'rejects',
            quote: 'out of the question',
            kind: 'speaker',
          },
        ],
      },
      seedOntology(),
    ));
  it('"Administration officials said" opening the sentence is the United States', () =>
    reading(
      'administration officials said',
      'Administration officials said withdrawing American troops from Poland is out of the question.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('"the official said" after an administration official briefed is that official', () =>
    reading(
      'the official after an administration official',
      'A senior administration official briefed reporters after the Geneva round. Withdrawing American troops from Poland is out of the question, the official said.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('trap: "a former administration official" speaks for no one now', () =>
    reading(
      'a former administration official',
      'Pulling American soldiers out of the Baltic states is out of the question, a former administration official said on Friday.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: an administration named for someone the ontology does not know is not the United States', () =>
    reading(
      'a Tokayev administration official',
      'Pulling American soldiers out of the Baltic states is out of the question, a Tokayev administration official said on Friday.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: "critics of the administration" are not its officials', () =>
    reading(
      'critics of the administration',
      'Critics of the administration said pulling American soldiers out of the Baltic states is out of the question.',
      [],
      [['united-states', 'rollback-1997']],
    ));
});

describe('who speaks when an unnamed official is referred back to, or named through others', () => {
  it('"the official said" after an administration official and a Russian diplomat is the administration official', () =>
    reading(
      'the official after a diplomat spoke',
      'A senior administration official briefed reporters on Friday. A Russian diplomat later said the talks had been useful. Withdrawing American troops from Poland is out of the question, the official said.',
      [{ party: 'united-states', demand: 'rollback-1997', stance: 'rejects', quote: 'out of the question' }],
    ));
  it('trap: "the official said" after officials of two parties spoke is neither', () =>
    checkReading(
      {
        name: 'the official after two officials',
        text: 'A senior administration official briefed reporters on Friday. A Russian official later said the talks had been useful. Withdrawing American troops from Poland is out of the question, the official said.',
        published: '2022-01-22',
        expect: [],
        none: [['united-states', 'rollback-1997']],
        noneButStated: [['russia', 'rollback-1997']],
      },
      seedOntology(),
    ));
  it('trap: "the same official" after officials of two parties spoke is neither', () =>
    checkReading(
      {
        name: 'the same official after two officials',
        text: 'A senior American official briefed reporters on Friday. A Russian official later said the talks had been useful. Withdrawing American troops from Poland is out of the question, the same official said.',
        published: '2022-01-22',
        expect: [],
        none: [['united-states', 'rollback-1997']],
        noneButStated: [['russia', 'rollback-1997']],
      },
      seedOntology(),
    ));
  it('a senior Russian diplomat speaks for Russia', () =>
    reading(
      'a senior Russian diplomat',
      '"We will never give up our demand that NATO stop expanding," a senior Russian diplomat said.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'demand' }],
    ));
  it('trap: "a former senior Russian diplomat" speaks for no one now', () =>
    reading(
      'a former senior Russian diplomat',
      '"We will never give up our demand that NATO stop expanding," a former senior Russian diplomat said.',
      [],
      [['russia', 'non-expansion']],
    ));
  it('trap: "sources close to the White House" are not the White House', () =>
    reading(
      'sources close to',
      '"We will never give up the open door," sources close to the White House said.',
      [],
      [['united-states', 'non-expansion']],
    ));
  it('trap: "a person familiar with Washington\'s thinking" is not Washington', () =>
    reading(
      'a person familiar with',
      '"We will never give up the open door," a person familiar with Washington\'s thinking said.',
      [],
      [['united-states', 'non-expansion']],
    ));
  it('trap: "analysts in Washington" are not Washington', () =>
    reading(
      'analysts in',
      '"We will never give up the open door," analysts in Washington said.',
      [],
      [['united-states', 'non-expansion']],
    ));
  it('"officials in Washington" are Washington', () =>
    reading('officials in', '"We will never give up the open door," officials in Washington said.', [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'will never' },
    ]));
});

describe('only where the ontology names "the administration"', () => {
  const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-01');
  const doha = readerFor(evalOntology('afghanistan-doha-2020.json'), '2020-02-01');
  it('Gaza ontology ("the administration" is Washington\'s): "we" of an administration official is the United States', () =>
    gaza(
      'gaza administration official',
      '"We want a permanent ceasefire now," a senior administration official said on Tuesday.',
      [{ party: 'united-states', demand: 'permanent-ceasefire', stance: 'supports', quote: 'want' }],
    ));
  it('trap: Gaza ontology, "a former administration official" speaks for no one', () =>
    gaza(
      'gaza former administration official',
      '"We want a permanent ceasefire now," a former administration official said on Tuesday.',
      [],
      [['united-states', 'permanent-ceasefire']],
    ));
  it('trap: an ontology with no party called "the administration" leaves the official unplaced', () =>
    doha(
      'doha administration official',
      '"We want a permanent ceasefire now," a senior administration official said on Tuesday.',
      [],
      [['united-states', 'ceasefire']],
    ));
});
