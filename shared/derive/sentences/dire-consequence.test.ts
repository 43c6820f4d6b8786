/**
 * A party warning that a demand met would bring something plainly bad ("Lifting sanctions would fuel
 * terror", "Halting the drills would only embolden the regime") rejects the demand. Traps: a denied
 * harm, a gain instead of a harm, a forecast by someone who is no party, the speaker the demand's own
 * proposer, an emboldening of people the speaker would welcome. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { readerFor } from '../test-support/reading';
import { evalOntology } from '../test-support/seed-corpus';

const iran = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-09-12');
const korea = readerFor(evalOntology('us-dprk-2018.json'), '2018-06-12');

describe('a demand met, warned of as bringing harm, by a party', () => {
  it('"Lifting the sanctions on Tehran would fuel terrorism", the Israeli minister warned', () =>
    iran(
      'would fuel terrorism',
      '"Lifting the sanctions on Tehran would fuel terrorism across the region," the Israeli foreign minister warned.',
      [{ party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'would fuel terrorism' }],
    ));
  it('a second measure coordinated with the demand before the modal: "… and handing billions to Iran will unleash a wave of terror"', () =>
    iran(
      'and … will unleash a wave of terror',
      'Israel\'s defence minister said: "Removing the sanctions and handing billions to Iran will unleash a wave of terror in Europe."',
      [{ party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'Removing the sanctions' }],
    ));
  it('"said that halting the joint drills would only embolden Pyongyang"', () =>
    korea(
      'would only embolden Pyongyang',
      "Japan's defence minister said that halting the joint drills would only embolden Pyongyang.",
      [{ party: 'japan', demand: 'exercises-halt', stance: 'rejects', quote: 'halting the joint drills' }],
    ));
  it('"Easing sanctions on North Korea would reward the regime"', () =>
    korea(
      'would reward the regime',
      '"Easing sanctions on North Korea now would reward the regime," the Japanese prime minister said.',
      [{ party: 'japan', demand: 'sanctions-relief', stance: 'rejects', quote: 'would reward the regime' }],
    ));
  it('"would lead to an increase in terrorist attacks"', () =>
    iran(
      'lead to an increase in terrorist attacks',
      'The Israeli prime minister said that removing the sanctions would lead to an increase in terrorist attacks.',
      [{ party: 'israel', demand: 'sanctions-lifting', stance: 'rejects', quote: 'removing the sanctions' }],
    ));
  it('trap: "would lead to an increase in trade" reads nothing', () =>
    iran(
      'increase in trade',
      'The Israeli prime minister said that removing the sanctions would lead to an increase in trade.',
      [],
      [['israel', 'sanctions-lifting']],
    ));
  it('trap: a harm denied ("would not unleash terror") reads nothing', () =>
    iran(
      'would not unleash',
      '"Lifting sanctions on Iran would not unleash terror," the Israeli foreign minister said.',
      [],
      [['israel', 'sanctions-lifting']],
    ));
  it('trap: a gain, not a harm ("will bring prosperity"), reads nothing', () =>
    iran(
      'will bring prosperity',
      '"Lifting sanctions on Iran will bring prosperity to the whole region," the Israeli minister said.',
      [],
      [['israel', 'sanctions-lifting']],
    ));
  it('trap: the harm\'s opposite after the verb ("would fuel the fight against terror") reads nothing', () =>
    iran(
      'fuel the fight against terror',
      '"Lifting sanctions would fuel the fight against terror," the Israeli minister said.',
      [],
      [['israel', 'sanctions-lifting']],
    ));
  it('trap: a forecast by analysts, no party, reads nothing for anyone', () =>
    korea(
      'experts said',
      'Some experts said that halting the joint drills would embolden Pyongyang.',
      [],
      [
        ['japan', 'exercises-halt'],
        ['united-states', 'exercises-halt'],
      ],
    ));
  it('trap: people the speaker would welcome emboldened ("embolden the reformers") reads nothing', () =>
    korea(
      'embolden the reformers',
      '"Lifting sanctions on North Korea would embolden the reformers in Pyongyang," the Japanese prime minister said.',
      [],
      [['japan', 'sanctions-relief']],
    ));
  it('trap: a good outcome ("would reduce tension") reads nothing', () =>
    korea(
      'would reduce tension',
      '"Halting the joint drills would reduce tension," the Japanese defence minister said.',
      [],
      [['japan', 'exercises-halt']],
    ));
});
