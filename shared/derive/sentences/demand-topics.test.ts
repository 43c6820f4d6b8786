/**
 * "Moscow's demands concerning Russian agricultural exports": a proposer's own demand noun whose topic is
 * one of its demand's loose subjects ("exports", "insurance", which say nothing alone) asks for that
 * demand. Not a demand noun another party owns, one no party owns, or a noun that asks nothing. Sentences
 * written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading, type ReadingCase } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');

const grainReading = (
  name: string,
  text: string,
  expect: ReadingCase['expect'],
  none: ReadingCase['none'] = [],
) => checkReading({ name, text, published: '2023-09-05', expect, none }, grain);

describe('a proposer’s demand noun with a loose subject as its topic', () => {
  it('"Moscow’s demands regarding Russian agricultural exports"', () =>
    grainReading(
      'demands regarding',
      'Putin said the sea corridor would stay closed until the West met Moscow’s demands regarding Russian agricultural exports.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'demands regarding',
        },
      ],
    ));
  it('"its main conditions on its own exports", the subject owned by the proposer too', () =>
    grainReading(
      'conditions on its own exports',
      'Russia’s main conditions on its own exports have not changed, Lavrov told reporters.',
      [{ party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'conditions on' }],
    ));
  it('the demands named so are what a later refusal of "the Kremlin’s demands" refuses', () =>
    grainReading(
      'refused later',
      'Putin said the sea corridor would stay closed until the West met Moscow’s demands concerning Russia’s own farm exports. Kyiv dismissed the Kremlin’s demands as a ploy.',
      [
        {
          party: 'russia',
          demand: 'export-restrictions-lifted',
          stance: 'supports',
          quote: 'demands concerning',
        },
        { party: 'ukraine', demand: 'export-restrictions-lifted', stance: 'rejects', quote: 'dismissed' },
      ],
    ));
  it('trap: a demand noun of a party that did not put the demand forward', () =>
    grainReading(
      'other owner',
      'Kyiv’s demands concerning Russian agricultural exports were ignored.',
      [],
      [
        ['russia', 'export-restrictions-lifted'],
        ['ukraine', 'export-restrictions-lifted'],
      ],
    ));
  it('trap: a noun that asks nothing ("Moscow’s report on …")', () =>
    grainReading(
      'report on',
      'Moscow’s report on Russian agricultural exports was published on Monday.',
      [],
      [['russia', 'export-restrictions-lifted']],
    ));
  it('trap: demands no party owns, on a loose subject, are no one’s', () =>
    grainReading(
      'unowned demands',
      'Diplomats in Ankara discussed demands concerning agricultural exports.',
      [],
      [
        ['russia', 'export-restrictions-lifted'],
        ['turkey', 'export-restrictions-lifted'],
      ],
    ));
});
