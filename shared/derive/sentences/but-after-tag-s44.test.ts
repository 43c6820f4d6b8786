/**
 * A speech tag set off in commas, then "but": "North Korea would take apart Yongbyon, Ri said, but it
 * refused …", "Hamas would free the hostages, Haniyeh said, but it refused to disarm". The clause after
 * "but" is one of its own: its refusal does not reach back, past the tag, to the demand named before it
 * (it was read as North Korea rejecting the dismantling, Hamas rejecting the hostages' release). The
 * statement before the tag still reads as the speaker's own.
 * Traps (still read): a clause interrupted by a tag and going on after it with its own verb ("Sanctions
 * relief, Ri told reporters, remains the North's first demand"), a verdict in the interrupted clause
 * itself ("A halt to the drills, Kim said, was welcome, but …"), and a refusal after "but" of what the
 * clause after "but" names itself ("…, but Russia refused to accept that"). Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology, seedOntology } from '../test-support/seed-corpus';

const dprk = readerFor(evalOntology('us-dprk-2018.json'), '2019-02-28');
const gaza = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-05-06');
const rw = readerFor(seedOntology(), '2022-01-20');

describe('a clause after "but" that follows a speech tag', () => {
  it('"North Korea would take apart Yongbyon, Ri said, but it refused": no rejection of the dismantling', () =>
    dprk('refused after tag', 'North Korea would take apart Yongbyon, Ri said, but it refused.', [
      {
        party: 'north-korea',
        demand: 'denuclearization',
        stance: 'supports',
        quote: 'would take apart Yongbyon',
      },
    ]));
  it('"…, Ri said, but it refused to discuss human rights": the refusal is of another matter', () =>
    dprk(
      'refused other matter',
      'North Korea would take apart Yongbyon, Ri said, but it refused to discuss human rights.',
      [
        {
          party: 'north-korea',
          demand: 'denuclearization',
          stance: 'supports',
          quote: 'would take apart Yongbyon',
        },
      ],
    ));
  it('"Hamas would free the hostages, Haniyeh said, but it refused to disarm": Hamas does not reject the release', () =>
    gaza('gaza', 'Hamas would free the hostages, Haniyeh said, but it refused to disarm.', [
      { party: 'hamas', demand: 'hostage-release', stance: 'supports', quote: 'would free the hostages' },
    ]));
  it('"Israel would pull its troops out of Gaza, Netanyahu said, but it refused": no rejection read', () =>
    gaza(
      'gaza withdrawal',
      'Israel would pull its troops out of Gaza, Netanyahu said, but it refused.',
      [],
      [['israel', 'israeli-withdrawal']],
    ));
  it('"NATO would stop expanding, Lavrov said, but it refused": no NATO refusal of its own words', () =>
    rw(
      'russia-west',
      'NATO would stop expanding, Lavrov said, but it refused.',
      [],
      [['nato', 'non-expansion']],
    ));
  it('trap: a clause going on after the tag with its own verb still reads', () =>
    dprk('resumed clause', "Sanctions relief, Ri told reporters, remains the North's first demand.", [
      { party: 'north-korea', demand: 'sanctions-relief', stance: 'supports', quote: 'Sanctions relief' },
    ]));
  it('trap: a verdict inside the interrupted clause still reads, whatever follows "but"', () =>
    dprk(
      'verdict before but',
      'A halt to the drills, Kim said, was welcome, but he rejected any talks on human rights.',
      [{ party: 'north-korea', demand: 'exercises-halt', stance: 'supports', quote: 'halt to the drills' }],
    ));
  it('trap: a refusal after "but" of what that clause names itself still reads', () =>
    rw(
      'own object after but',
      'NATO would never stop expanding, Stoltenberg said, but Russia refused to accept that.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'refused to accept' }],
    ));
});
