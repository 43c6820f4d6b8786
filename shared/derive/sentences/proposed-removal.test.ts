/**
 * The side a demand is put to (or a mediator) proposing or offering the demand's step in the frame's
 * own words — a restriction and the measure it takes away right after the verb ("offered to remove
 * customs checks", "proposed cutting the tariffs on Chinese imports"): openness to the demand, as the
 * same offer worded by an ontology phrase already reads. Traps: a measure another name after it shows
 * to be someone else's, a demand tied to places, the side that made the demand.
 * Sentences written for these tests, read with the eval ontologies of other negotiations.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const ni = evalOntology('ni-protocol-2021.json');
const grain = evalOntology('grain-deal-2022.json');
const trade = evalOntology('us-china-trade-2019.json');

describe('an offer or proposal of the demand’s step, worded by the frame', () => {
  it('"the Commission offered to remove most customs checks": the side asked is open', () =>
    checkReading(
      {
        name: 'offered to remove + customs checks',
        text: 'In Brussels on Wednesday the Commission offered to remove most customs checks on goods crossing the Irish Sea.',
        published: '2021-10-13',
        expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'open', quote: 'offered to remove' }],
      },
      ni,
    ));
  it('"the bloc proposed to scrap customs checks": proposing the step asked of it is openness', () =>
    checkReading(
      {
        name: 'proposed to scrap + customs checks',
        text: 'Last month the bloc proposed to scrap customs checks for supermarket goods heading to Belfast.',
        published: '2021-10-13',
        expect: [{ party: 'eu', demand: 'checks-reduction', stance: 'open', quote: 'proposed to scrap' }],
      },
      ni,
    ));
  it('"Washington proposed cutting the tariffs on Chinese imports": the side asked, open', () =>
    checkReading(
      {
        name: 'proposed cutting + tariffs on Chinese imports',
        text: 'According to two people briefed on the talks, Washington proposed cutting the tariffs on Chinese imports by half.',
        published: '2019-10-13',
        expect: [
          { party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'proposed cutting' },
        ],
      },
      trade,
    ));
  it('"the White House offered to scrap the punitive tariffs": open', () =>
    checkReading(
      {
        name: 'offered to scrap + punitive tariffs',
        text: 'The White House offered to scrap the punitive tariffs as part of a first-stage agreement.',
        published: '2019-10-13',
        expect: [
          { party: 'united-states', demand: 'tariff-removal', stance: 'open', quote: 'offered to scrap' },
        ],
      },
      trade,
    ));
  it('a mediator offering to ease the restrictions on the proposer’s exports: open; the proposer’s name after it is its own', () =>
    checkReading(
      {
        name: 'mediator offered to ease + restrictions, Russian exports',
        text: 'The UN offered to ease the restrictions on Russian fertilizer exports through a new insurance scheme.',
        published: '2023-05-10',
        expect: [
          { party: 'un', demand: 'export-restrictions-lifted', stance: 'open', quote: 'offered to ease' },
        ],
      },
      grain,
    ));
});

describe('traps: no openness read where the offer is another’s measure, denied or the proposer’s own', () => {
  it('trap: "offered to cut tariffs on Mexican steel" is another measure', () =>
    checkReading(
      {
        name: 'trap: other target after the measure',
        text: 'Washington offered to cut tariffs on Mexican steel to close its dispute with its neighbour.',
        published: '2019-10-13',
        expect: [],
        none: [['united-states', 'tariff-removal']],
      },
      trade,
    ));
  it('trap: "offered to ease restrictions on fertilizer shipments to Brazil" is someone else’s trade', () =>
    checkReading(
      {
        name: 'trap: other place after the measure',
        text: 'The bloc offered to ease restrictions on fertilizer shipments to Brazil.',
        published: '2023-05-10',
        expect: [],
        none: [['eu', 'export-restrictions-lifted']],
      },
      grain,
    ));
  it('trap: Russia offering to lift restrictions on Ukrainian ports is no step of the export demand', () =>
    checkReading(
      {
        name: 'trap: proposer offering about the other side’s ports',
        text: 'Russia offered to lift the restrictions on Ukrainian ports for ten days.',
        published: '2023-05-10',
        expect: [],
        none: [
          ['russia', 'export-restrictions-lifted'],
          ['russia', 'deal-expansion'],
        ],
      },
      grain,
    ));
  it('trap: "proposed cutting troop numbers at exercises" (a demand tied to places) reads nothing', () =>
    checkReading({
      name: 'trap: placed demand',
      text: 'NATO proposed cutting troop numbers at its exercises next year.',
      expect: [],
      none: [['nato', 'rollback-1997']],
    }));
  it('the proposer proposing its own demand still supports it (unchanged)', () =>
    checkReading(
      {
        name: 'proposer proposes its own demand',
        text: 'London proposed to remove customs checks on goods staying in Northern Ireland.',
        published: '2021-10-13',
        expect: [{ party: 'uk', demand: 'checks-reduction', stance: 'supports', quote: 'proposed' }],
        none: [['eu', 'checks-reduction']],
      },
      ni,
    ));
});
