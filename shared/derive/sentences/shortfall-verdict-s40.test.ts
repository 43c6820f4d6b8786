/**
 * A verdict that a party fell short of what a demand asks: "Paris said Kosovo had not done enough towards
 * the association", "Kosovo has done too little to set up …, Berlin said", "Paris and Berlin were not
 * satisfied that Kosovo had done enough towards …". The judge asks for it, as with "must": the speaker of
 * the bare verdict, the subject of "not satisfied that"; the one judged holds nothing. Traps: the verdict
 * said by no one, a verdict of having done enough, a shortfall in another act on the demand ("not done
 * enough to stop …"), and a demand named in another clause after the verdict. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const kosovo = readerFor(evalOntology('kosovo-serbia-2022.json'), '2024-05-17');
const iran = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-06-08');
const SA = 'serb-association';

describe('a verdict of falling short is the judge asking for it', () => {
  it('"Paris said Kosovo had not done enough towards …": Paris supports it, Kosovo holds nothing', () =>
    kosovo(
      'said … had not done enough towards',
      'Paris said Kosovo had not done enough towards the association of Serb-majority municipalities.',
      [{ party: 'france', demand: SA, stance: 'supports', quote: 'not done enough' }],
      [['kosovo', SA]],
    ));
  it('"… has done too little to set up …, Berlin said": Berlin supports it', () =>
    kosovo(
      'has done too little to, Berlin said',
      'Kosovo has done too little to set up the association of Serb-majority municipalities, Berlin said.',
      [{ party: 'germany', demand: SA, stance: 'supports', quote: 'done too little' }],
      [['kosovo', SA]],
    ));
  it('"Paris and Berlin were not satisfied that Kosovo had done enough towards …": both support it', () =>
    kosovo(
      'not satisfied that … had done enough towards',
      'Paris and Berlin were not satisfied that Kosovo had done enough towards the so-called association of Serb-majority municipalities.',
      [
        { party: 'france', demand: SA, stance: 'supports', quote: 'not satisfied' },
        { party: 'germany', demand: SA, stance: 'supports', quote: 'not satisfied' },
      ],
    ));
  it('"… had not done enough to cooperate with the agency": the judge wants the cooperation', () =>
    iran(
      'not done enough to cooperate',
      'The E3 said Iran had not done enough to cooperate with the agency.',
      [{ party: 'e3', demand: 'iaea-probe-closure', stance: 'rejects', quote: 'not done enough' }],
    ));
});

describe('traps: no judge, no shortfall, or a shortfall in something else', () => {
  it('the verdict said by no one is no one’s', () =>
    kosovo(
      'no speaker',
      'Kosovo has not done enough to set up the association of Serb-majority municipalities.',
      [],
      [
        ['kosovo', SA],
        ['france', SA],
      ],
    ));
  it('having done enough asks for nothing', () =>
    kosovo(
      'satisfied that … had done enough',
      'Paris was satisfied that Kosovo had done enough towards the association of Serb-majority municipalities.',
      [],
      [['france', SA]],
    ));
  it('"not done enough to stop …" is no support', () =>
    kosovo(
      'not done enough to stop',
      'Paris said Kosovo had not done enough to stop the association of Serb-majority municipalities.',
      [],
      [['france', SA]],
    ));
  it('the verdict does not reach a demand named in another clause after it', () =>
    kosovo(
      'not done enough on …, but … rejected',
      'Paris said Kosovo had not done enough on the plates, but Berlin rejected the association of Serb-majority municipalities.',
      [{ party: 'germany', demand: SA, stance: 'rejects', quote: 'rejected' }],
      [['france', SA]],
    ));
});
