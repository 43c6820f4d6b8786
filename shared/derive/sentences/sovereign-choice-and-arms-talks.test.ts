/**
 * Two wordings of the Russia–West positions the reading missed.
 *
 * The alliance's side refuses non-expansion by asserting sovereignty: a Russian "veto over" a country's
 * membership or over sovereign states names the demand itself (so refusing it, or denying Moscow such a
 * veto, rejects it); "is not something Moscow has a say in" denies Moscow a say as "has no say" does;
 * "free to make their own choice" is the "make their own choices" of the sovereignty principle, and
 * "no right to instruct" / "not entitled to dictate" the "no right to dictate" one (both only with the
 * alliance named, as other weak opposites); "cite every country's freedom to choose" holds the principle
 * cited as "point to the right" does.
 *
 * Offers to talk about arms control or risk reduction are openness on the missile demand: "makes talks
 * possible on X", "an invitation to a series of council meetings on X", an offered "exchange of
 * briefings on drills".
 *
 * Traps: Russia's own principle that no one may gain security at others' expense supports the demand; a
 * right cited without a choice of alliances, a veto in the Security Council, a choice that is not about
 * the alliance, talks made possible on something else. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('a Russian veto over membership names the demand', () => {
  it('refusing a Russian veto over NATO membership rejects it', () =>
    reading(
      'will not accept a veto over membership',
      'The West will not accept a Russian veto over NATO membership, Blinken said.',
      [{ party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'accept' }],
    ));
  it('Russia wanting a veto over a country’s membership supports it', () =>
    reading(
      'wants a veto over membership',
      "Russia wants a veto over Ukraine's membership, Lavrov's deputy said.",
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' }],
    ));
  it('trap: a veto in the Security Council is no veto over membership', () =>
    reading(
      'Security Council veto',
      'Russia wields a veto over Security Council resolutions, Blinken said.',
      [],
      [
        ['russia', 'non-expansion'],
        ['united-states', 'non-expansion'],
      ],
    ));
});

describe('"not something Moscow has a say in"', () => {
  it('denies Moscow a say as "has no say" does', () =>
    reading(
      'not something Moscow has a say in',
      'Whether Georgia joins the alliance is not something Moscow has a say in, Kuleba said.',
      [
        {
          party: 'ukraine',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'not something Moscow has a say in',
        },
      ],
    ));
});

describe('sovereignty wordings with the alliance named', () => {
  it('"free to make their own choice about NATO"', () =>
    reading(
      'free to make their own choice',
      'Countries in Europe must be free to make their own choice about NATO, Blinken said.',
      [
        {
          party: 'united-states',
          demand: 'non-expansion',
          stance: 'rejects',
          quote: 'make their own choice',
        },
      ],
    ));
  it('"no right to instruct NATO members"', () =>
    reading('no right to instruct', 'The Kremlin has no right to instruct NATO members, Lambrecht said.', [
      { party: 'germany', demand: 'non-expansion', stance: 'rejects', quote: 'no right to instruct' },
    ]));
  it('trap: a free choice with no alliance named is no stance on the alliance', () =>
    reading(
      'free to make their own choice, no alliance',
      'Voters are free to make their own choice, Blinken said.',
      [],
      [['united-states', 'non-expansion']],
    ));
  it('trap: no right to instruct voters, with no alliance named', () =>
    reading(
      'no right to instruct voters',
      'The Kremlin has no right to instruct Ukrainian voters, Lambrecht said.',
      [],
      [['germany', 'non-expansion']],
    ));
});

describe('citing the freedom to choose', () => {
  it('"cited every nation’s right to choose its alliances": the one citing holds it', () =>
    reading('cited the right to choose', "Blinken cited every nation's right to choose its alliances.", [
      { party: 'united-states', demand: 'non-expansion', stance: 'rejects', quote: 'cited' },
    ]));
  it('trap: Russia’s own principle, security at no one’s expense, supports the demand', () =>
    reading(
      'security at the expense of others',
      'No country can strengthen its security at the expense of others, Lavrov said.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'at the expense of others' }],
    ));
  it('trap: a right cited with no choice of alliances in it', () =>
    reading(
      'cited a right to security',
      'Blinken cited the right to security of every country.',
      [],
      [['united-states', 'non-expansion']],
    ));
});

describe('offers to talk about arms control are openness on the missile demand', () => {
  it('"the reply makes talks possible on missile limits"', () =>
    reading('talks possible on', 'Lavrov said the reply makes talks possible on missile limits.', [
      { party: 'russia', demand: 'missile-deployment', stance: 'open', quote: 'talks possible on' },
    ]));
  it('trap: talks made possible on something else leave the missile demand to its proposer', () =>
    reading(
      'talks possible on something else',
      'Lavrov said the reply makes talks possible on sanctions, while Moscow still wants missile limits.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
    ));
  it('trap: no talk possible is no openness', () =>
    reading(
      'no talk possible',
      'The Kremlin said no serious talk was possible on arms control while the troops stay.',
      [],
      [['russia', 'missile-deployment']],
    ));
  it('"renewed his invitation to a series of council meetings on arms control"', () =>
    reading(
      'invitation to a series of meetings',
      'Stoltenberg has renewed his invitation to a series of NATO-Russia Council meetings on arms control.',
      [{ party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'invitation' }],
    ));
  it('trap: meetings on another matter are no openness on missiles', () =>
    reading(
      'invitation to meetings on something else',
      'Stoltenberg has renewed his invitation to a series of NATO-Russia Council meetings on Ukraine, while Russia wants missile limits.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'wants' }],
      [['nato', 'missile-deployment']],
    ));
  it('an exchange of briefings on drills, offered', () =>
    reading(
      'exchange of briefings on drills',
      'In return the alliance offered an exchange of briefings on drills, the envoy said.',
      [{ party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'offered' }],
    ));
  it('trap: arms control declared dead is no offer to talk', () =>
    reading(
      'arms control is dead',
      'Arms control is dead, Lavrov said.',
      [],
      [['russia', 'missile-deployment']],
    ));
  it('trap: Russia demanding a moratorium supports the demand, it is not open', () =>
    reading(
      'demanded moratorium',
      'Russia demands a moratorium on the deployment of missiles in Europe, Lavrov said.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'demands' }],
    ));
});

describe('"no intention of putting them there": a denied plan in the gerund, for weapons named before', () => {
  it('weapons named, then "no intention of putting them there"', () =>
    reading(
      'no intention of putting them there',
      'There are no American missiles in Ukraine, and we have no intention of putting them there, Biden said.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'intention' }],
    ));
  it('trap: a pronoun with no weapons named before it stands for nothing the demand keeps away', () =>
    reading(
      'no intention of putting them on sale',
      'Washington has no intention of putting them on sale, Biden said of the missiles.',
      [],
      [['united-states', 'missile-deployment']],
    ));
});
