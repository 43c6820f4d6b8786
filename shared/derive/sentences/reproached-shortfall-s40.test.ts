/**
 * A party reproached for falling short of what a demand asks: "Paris accused Kosovo of failing to set up
 * the association", "blamed Pristina for not setting up …", "criticised the Taliban for refusing to agree
 * to a ceasefire", "… for dragging its feet on …". The one who reproaches (accuses, blames, criticises,
 * faults, rebukes) wants the thing done: it supports the demand, where the reproach alone ("accused Kosovo
 * of pushing ahead with …") reads as a rejection and the chained refusal read as a doubt. Traps: a
 * reproach of doing the thing, a shortfall reaching the demand through another verb ("failing to rule
 * out …", "failing to explain why …", "failing to stop attacks on …"), and a demand past the clause the
 * shortfall closes.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const kosovo = readerFor(evalOntology('kosovo-serbia-2022.json'), '2024-05-17');
const afghanistan = readerFor(evalOntology('afghanistan-doha-2020.json'), '2020-03-10');
const SA = 'serb-association';

describe('a reproached shortfall: who reproaches supports what was not done', () => {
  it('"accused Kosovo of failing to set up …" supports it', () =>
    kosovo(
      'accused … of failing to',
      'Paris accused Kosovo of failing to set up the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'supports', quote: 'accused Kosovo of failing' }],
    ));
  it('"blamed Pristina for not setting up …" supports it', () =>
    kosovo(
      'blamed … for not',
      'Berlin blamed Pristina for not setting up the association of Serb-majority municipalities.',
      [{ party: 'germany', demand: SA, stance: 'supports', quote: 'blamed Pristina for not' }],
    ));
  it('"criticised Pristina for dragging its feet on …" supports it', () =>
    kosovo(
      'criticised … for dragging its feet on',
      'Moscow criticised Pristina for dragging its feet on the association of Serb-majority municipalities.',
      [{ party: 'russia', demand: SA, stance: 'supports', quote: 'dragging its feet on' }],
    ));
  it('"accused Kosovo of refusing to set up …" supports it (not a doubt)', () =>
    kosovo(
      'accused … of refusing to',
      'Paris accused Kosovo of refusing to set up the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'supports', quote: 'refusing to set up' }],
    ));
  it('"criticised the Taliban for refusing to agree to a ceasefire" supports the ceasefire', () =>
    afghanistan(
      'criticised … for refusing to agree to',
      'Kabul criticised the Taliban for refusing to agree to a ceasefire.',
      [{ party: 'afghan-government', demand: 'ceasefire', stance: 'supports', quote: 'refusing to agree' }],
    ));
  it('"accused the Taliban of failing to keep its promise of a ceasefire" supports it', () =>
    afghanistan(
      'accused … of failing to keep its promise of',
      'Washington accused the Taliban of failing to keep its promise of a ceasefire.',
      [{ party: 'united-states', demand: 'ceasefire', stance: 'supports', quote: 'failing to keep' }],
    ));
});

describe('traps: no support read off a reproach of something else', () => {
  it('a reproach of doing it ("accused Kosovo of pushing ahead with …") stays a rejection', () =>
    kosovo(
      'accused … of pushing ahead with',
      'Paris accused Kosovo of pushing ahead with the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'rejects', quote: 'accused Kosovo of pushing' }],
    ));
  it('a shortfall reaching the demand through another verb ("failing to rule out …") is no support', () =>
    kosovo(
      'accused … of failing to rule out',
      'Paris accused Kosovo of failing to rule out the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'rejects', quote: 'failing to rule out' }],
    ));
  it('"failing to explain why …" is no support', () =>
    kosovo(
      'accused … of failing to explain why',
      'Paris accused Kosovo of failing to explain why the association of Serb-majority municipalities would harm it.',
      [{ party: 'france', demand: SA, stance: 'rejects', quote: 'failing to explain' }],
    ));
  it('a shortfall of another act on the demand ("failing to stop attacks on …") is no support', () =>
    kosovo(
      'accused … of failing to stop attacks on',
      'Paris accused Kosovo of failing to stop attacks on the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'rejects', quote: 'accused Kosovo of' }],
    ));
  it('the shortfall reaches no demand past the clause it closes', () =>
    kosovo(
      'accused … of failing to hold elections, while … rejected …',
      'Paris accused Kosovo of failing to hold new elections, while Belgrade rejected the association of Serb-majority municipalities.',
      [{ party: 'france', demand: 'north-de-escalation', stance: 'supports', quote: 'failing to hold' }],
      [['france', SA]],
    ));
  it('the one reproached is given no stance', () =>
    kosovo(
      'the accused holds nothing',
      'Paris accused Kosovo of failing to set up the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'supports', quote: 'accused Kosovo' }],
      [['kosovo', SA]],
    ));
});
