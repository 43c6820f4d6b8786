/**
 * Coordination distributes: a verdict after a demand noun whose content is two demands joined by "and"
 * ("Hamas's demand for A and B was unacceptable") judges each; a subject of two names joined by "and"
 * or "as well as" holds the position each. Not an item set against another ("A rather than B"), not a
 * name opening a clause of its own, not parties named as the sides of talks.
 */
import { describe, it } from 'vitest';
import { checkReading, readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-01');
const grain = readerFor(evalOntology('grain-deal-2022.json'), '2023-07-20');
const dprk = readerFor(evalOntology('us-dprk-2018.json'), '2018-06-20');
const CF = 'permanent-ceasefire';
const WD = 'israeli-withdrawal';
const NX = 'non-expansion';

describe('a verdict on an owned demand noun with two demands in it judges each', () => {
  it('"the Hamas demand for A and B was unacceptable": the judge rejects both, the owner holds both', () =>
    gaza(
      'owned pair, verdict after',
      "Netanyahu's office said the Hamas demand for a complete pullout of troops from Gaza and an end to the war was unacceptable.",
      [
        { party: 'israel', demand: WD, stance: 'rejects', quote: 'unacceptable' },
        { party: 'israel', demand: CF, stance: 'rejects', quote: 'unacceptable' },
        { party: 'hamas', demand: WD, stance: 'supports', quote: 'demand' },
        { party: 'hamas', demand: CF, stance: 'supports', quote: 'demand' },
      ],
    ));
  it('"could not be accepted" after "the Hamas demand for A and B", the pair the other way round', () =>
    gaza(
      'owned pair, modal verdict',
      'Netanyahu said the Hamas demand for an end to the war and a full withdrawal from Gaza could not be accepted.',
      [
        { party: 'israel', demand: CF, stance: 'rejects', quote: 'could not be accepted' },
        { party: 'israel', demand: WD, stance: 'rejects', quote: 'could not be accepted' },
      ],
    ));
  it('US × DPRK: "Pyongyang\'s demand for A and B was a non-starter" judges both', () =>
    dprk(
      'dprk owned pair',
      "Pyongyang's call for sanctions relief and a halt to the joint drills was a non-starter, Pompeo said.",
      [
        { party: 'united-states', demand: 'sanctions-relief', stance: 'rejects', quote: 'non-starter' },
        { party: 'united-states', demand: 'exercises-halt', stance: 'rejects', quote: 'non-starter' },
      ],
    ));
  it('trap: two owned demand nouns joined ("Hamas\'s demand for A and Israel\'s insistence on B remain the sticking points") judge nothing', () =>
    gaza(
      'two owners, no verdict',
      "Hamas's demand for a full withdrawal from Gaza and Israel's insistence on the release of all hostages remain the sticking points, Qatar said.",
      [
        { party: 'hamas', demand: WD, stance: 'supports', quote: "Hamas's demand" },
        { party: 'israel', demand: 'hostage-release', stance: 'supports', quote: "Israel's insistence" },
      ],
      [
        ['israel', WD],
        ['qatar', WD],
        ['qatar', 'hostage-release'],
      ],
    ));
  it('trap: the second demand in a clause of its own after "and Hamas said" is not judged by the first verdict', () =>
    gaza(
      'second clause',
      'Netanyahu said a permanent ceasefire was unacceptable, and Hamas said a full withdrawal from Gaza remained its core demand.',
      [
        { party: 'israel', demand: CF, stance: 'rejects', quote: 'unacceptable' },
        { party: 'hamas', demand: WD, stance: 'supports', quote: 'Hamas said' },
      ],
      [['israel', WD]],
    ));
  it('trap: "A rather than B is unacceptable" judges A alone', () =>
    gaza(
      'rather than',
      'A full withdrawal from Gaza rather than a permanent ceasefire is unacceptable, Netanyahu said.',
      [{ party: 'israel', demand: WD, stance: 'rejects', quote: 'unacceptable' }],
      [['israel', CF]],
    ));
  it('trap: "the demand for A but not B was unacceptable" does not reject B', () =>
    gaza(
      'but not',
      "Hamas's demand for a full withdrawal from Gaza but not a permanent ceasefire was unacceptable, Netanyahu said.",
      [],
      [['israel', CF]],
    ));
});

describe('a subject of two names joined holds the position each', () => {
  it('"Britain as well as France rejected …": both reject', () =>
    checkReading({
      name: 'as well as',
      text: "Britain as well as France rejected Moscow's call for a halt to NATO enlargement.",
      expect: [
        { party: 'uk', demand: NX, stance: 'rejects', quote: 'rejected' },
        { party: 'france', demand: NX, stance: 'rejects', quote: 'rejected' },
        { party: 'russia', demand: NX, stance: 'supports', quote: "Moscow's call" },
      ],
    }));
  it('"Britain, as well as France, rejected …": set off by commas, both reject', () =>
    checkReading({
      name: 'as well as in commas',
      text: 'Britain, as well as France, rejected a halt to NATO enlargement.',
      expect: [
        { party: 'uk', demand: NX, stance: 'rejects', quote: 'rejected' },
        { party: 'france', demand: NX, stance: 'rejects', quote: 'rejected' },
      ],
    }));
  it('trap: "as well as" joining two demands is no pair of holders ("Russia wants A as well as B")', () =>
    checkReading({
      name: 'as well as between demands',
      text: 'Russia wants a halt to NATO enlargement as well as the pullback of allied troops from Romania.',
      expect: [
        { party: 'russia', demand: NX, stance: 'supports', quote: 'wants' },
        { party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' },
      ],
      none: [['romania', 'rollback-1997']],
    }));
  it('trap: the sides of talks ("talks between Washington and Seoul on …") hold nothing', () =>
    dprk(
      'between',
      'Talks between Washington and Seoul on suspending the joint military exercises went on for hours.',
      [],
      [
        ['united-states', 'exercises-halt'],
        ['south-korea', 'exercises-halt'],
      ],
    ));
  it('"Washington and Seoul said they would halt the drills": both', () =>
    dprk('pair says', 'Washington and Seoul said they would halt the joint drills.', [
      { party: 'united-states', demand: 'exercises-halt', stance: 'supports', quote: 'would' },
      { party: 'south-korea', demand: 'exercises-halt', stance: 'supports', quote: 'would' },
    ]));
});

describe('a coordinated subject in a clause of its own after another naming of one of its parties', () => {
  it('"Erdoğan met Putin while Türkiye and the UN tried to revive the deal": both mediators hold it', () =>
    grain(
      'while clause',
      'Erdoğan met Putin in Sochi on Monday while Türkiye and the UN tried to revive the grain deal.',
      [
        { party: 'turkey', demand: 'deal-extension', stance: 'supports', quote: 'revive the grain deal' },
        { party: 'un', demand: 'deal-extension', stance: 'supports', quote: 'revive the grain deal' },
      ],
    ));
  it('trap: talked about in that clause ("while Türkiye and the UN talked about reviving …") is no position', () =>
    grain(
      'while clause, talks',
      'Erdoğan gave up on the grain deal while Türkiye and the UN talked about reviving the grain deal.',
      [],
      [
        ['turkey', 'deal-extension'],
        ['un', 'deal-extension'],
      ],
    ));
  it('trap: the naming acting on its own with no coordinated naming of the same party after it still speaks for the sentence', () =>
    checkReading(
      {
        name: 'acting alone',
        text: 'Erdoğan flew to Sochi while Ukraine and the UN tried to revive the grain deal.',
        published: '2023-07-20',
        expect: [
          { party: 'ukraine', demand: 'deal-extension', stance: 'supports', quote: 'revive the grain deal' },
        ],
        none: [],
        // (The document-level reading of a stated demand may credit every proposer named; no sentence reading does.)
        noneButStated: [['turkey', 'deal-extension']],
      },
      evalOntology('grain-deal-2022.json'),
    ));
});
