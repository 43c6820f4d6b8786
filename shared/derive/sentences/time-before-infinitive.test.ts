/**
 * A short time phrase between a past-tense verb and its "to" ("agreed in May to …", "refused last week
 * to …", "agreed in principle to …", "agreed earlier this month to …") leaves the verb reading on to its
 * infinitive (tokens.ts, hideTimeBeforeInfinitive). Not a year ("agreed in 2013 to …" may be long past).
 * Only a bare time phrase right after the verb: a verb
 * of motion with a purpose ("arrived in May to load grain") reads nothing. Sentences written for these
 * tests, read with the grain-deal and Gaza ontologies.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const grain = readerFor(evalOntology('grain-deal-2022.json'), '2023-05-26');
const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-06');
const kosovo = readerFor(evalOntology('kosovo-serbia-2022.json'), '2023-05-03');
const EXT = 'deal-extension';

describe('a time phrase between a verb and its infinitive', () => {
  it('"agreed in May to prolong the grain deal" reads the acceptance', () =>
    grain('in May', 'Moscow agreed in May to prolong the grain deal for another sixty days.', [
      { party: 'russia', demand: EXT, stance: 'supports', quote: 'agreed in May to' },
    ]));
  it('"agreed last week to renew the deal": a relative time phrase', () =>
    grain('last week', 'The Kremlin agreed last week to renew the deal, its spokesman confirmed.', [
      { party: 'russia', demand: EXT, stance: 'supports', quote: 'agreed last week to' },
    ]));
  it('"agreed in principle to" reads the acceptance', () =>
    grain('in principle', 'Russia agreed in principle to extend the grain deal, Turkish officials said.', [
      { party: 'russia', demand: EXT, stance: 'supports', quote: 'agreed in principle to' },
    ]));
  it('"agreed earlier this month to free the hostages": an earlier time phrase', () =>
    gaza('earlier this month', 'Hamas agreed earlier this month to free the hostages in stages.', [
      {
        party: 'hamas',
        demand: 'hostage-release',
        stance: 'supports',
        quote: 'agreed earlier this month to',
      },
    ]));
  it('trap: a refusal with a time phrase stays a refusal', () =>
    grain('refused in July', 'Russia refused in July 2023 to extend the grain deal any further.', [
      { party: 'russia', demand: EXT, stance: 'rejects', quote: 'refused' },
    ]));
  it('trap: a year between the verb and "to" may be long past: "agreed in 2013 to create" reads no acceptance', () =>
    kosovo(
      'in 2013',
      'Kosovo agreed in 2013 to create the Association of Serb-majority Municipalities.',
      [],
      [['kosovo', 'serb-association']],
    ));
  it('trap: ships that "arrived in May to load grain" hold no position', () =>
    grain(
      'arrived in May',
      'The ships arrived in May to load grain before the deal was extended.',
      [],
      [
        ['russia', EXT],
        ['ukraine', EXT],
      ],
    ));
});
