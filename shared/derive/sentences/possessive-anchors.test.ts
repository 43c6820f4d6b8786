/**
 * Anchors worded with a possessive pronoun ("its exports", "our agricultural", "our own exports")
 * tie a general subject to a demand only when the pronoun's owner proposes that demand
 * (possessive-anchors.ts): "our" is the speaking party's, "its"/"their" the party named before it,
 * and "Ukraine's own exports" the party named. An owner that cannot be told reads nothing.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const grain = readerFor(evalOntology('grain-deal-2022.json'), '2023-07-10');
const russiaWest = readerFor(seedOntology(), '2022-01-20');

describe('"our" anchors: the speaking party owns them', () => {
  it('the proposer\'s minister on "the restrictions on our agricultural exports" supports lifting them', () =>
    grain(
      'our agricultural, proposer',
      '"We want the restrictions on our agricultural exports lifted," Russia\'s foreign minister said.',
      [{ party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'We want' }],
    ));
  it('"the barriers to our own exports", said by the proposer, still reads', () =>
    grain('our own exports, proposer', '"Lift the barriers to our own exports," Lavrov said.', [
      {
        party: 'russia',
        demand: 'export-restrictions-lifted',
        stance: 'supports',
        quote: 'Lift the barriers',
      },
    ]));
  it('trap: another party\'s minister on "our agricultural exports" means its own exports', () =>
    grain(
      'our agricultural, other party',
      '"We want the Polish curbs on our agricultural exports lifted," Ukraine\'s agriculture minister said.',
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('trap: "the barriers to our own exports must go" from the other side reads nothing', () =>
    grain(
      'our own exports, other party',
      '"The barriers to our own exports must go," the Ukrainian farm minister said.',
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('trap: "our" in the words of no party owns nothing', () =>
    grain(
      'our, no party',
      '"The curbs on our agricultural exports must go," a grain trader in Odesa said.',
      [],
      [
        ['ukraine', 'export-restrictions-lifted'],
        ['russia', 'export-restrictions-lifted'],
      ],
    ));
});

describe('"its" anchors: the party named before the pronoun owns them', () => {
  it('"Moscow wants the restrictions on its exports lifted" supports lifting them', () =>
    grain('its exports, proposer', 'Moscow wants the restrictions on its exports lifted.', [
      { party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'wants' },
    ]));
  it('trap: "Kyiv wants the restrictions on its agricultural exports lifted" is about Ukraine\'s exports', () =>
    grain(
      'its agricultural, other party',
      "Ukraine's agriculture minister said Kyiv wants the restrictions on its agricultural exports lifted.",
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('trap: "asked Poland to drop the restrictions on its exports" is no Russian demand', () =>
    grain(
      'its exports, asked of a neighbour',
      'Ukraine asked Poland to drop the restrictions on its agricultural exports.',
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('trap: "Kyiv wants the curbs on Ukraine\'s own exports removed": the named owner is not the proposer', () =>
    grain(
      "Ukraine's own exports",
      "Kyiv wants the curbs on Ukraine's own exports removed.",
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
});

describe('no party named before the pronoun: the speaker owns it', () => {
  it('"He said the barriers to its agricultural exports …" after Russia\'s envoy spoke reads Russia', () =>
    grain(
      'its, speaker',
      "Russia's envoy spoke in Geneva on Tuesday. He said the barriers to its agricultural exports had to be removed.",
      [{ party: 'russia', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'He said' }],
    ));
  it("trap: the same words after Ukraine's minister spoke read nothing", () =>
    grain(
      'its, other speaker',
      "Ukraine's farm minister spoke in Warsaw on Tuesday. He said the barriers to its agricultural exports had to be removed.",
      [],
      [['ukraine', 'export-restrictions-lifted']],
    ));
  it('trap: "told Ankara that the curbs on its exports …" — the pronoun may be either\'s: unread', () =>
    grain(
      'its, addressee between',
      'Moscow told Ankara that the curbs on its agricultural exports must be lifted.',
      [],
      [['turkey', 'export-restrictions-lifted']],
    ));
});

describe('other negotiations: "our" in the demand\'s own words is untouched', () => {
  it('"Our security requires that NATO stop moving east", said by Lavrov, supports non-expansion', () =>
    russiaWest('our security, Russia', '"Our security requires that NATO stop moving east," Lavrov said.', [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'requires' },
    ]));
  it('trap: the alliance speaking of "our security" supports no halt of its own growth', () =>
    russiaWest(
      'our security, NATO',
      '"Our security is our own business," the NATO secretary general said.',
      [],
      [['nato', 'non-expansion']],
    ));
});
