/**
 * A possessive pronoun after a fronted subordinate clause (fronted-clause-owner.ts, owned-demands.ts): "As
 * the EU put its final text on the table, Tehran showed no give on its call for the IAEA probe to be closed"
 * had given the call to the EU, the sentence's first name, which is only the subject of the "as" clause;
 * "its" past the comma is the main clause's subject's.
 * Found in coverage: The Jerusalem Post (8 August 2022, the EU's final text and Iran's demand on the IAEA
 * probe). Kept: a pronoun in the main clause before the subordinate one, and a subordinate clause after it.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('iran-nuclear-2021.json'), '2022-08-08');
const PC = 'iaea-probe-closure';
const SL = 'sanctions-lifting';

describe('"its" after a fronted subordinate clause is the main subject\'s (s50)', () => {
  it('"As the EU put …, Tehran showed no give on its call …": Iran\'s call, not the EU\'s', () =>
    read(
      'as',
      'As the EU put its final text on the table, Tehran showed no give on its call for the IAEA probe to be closed.',
      [{ party: 'iran', demand: PC, stance: 'supports', quote: 'its call' }],
      [['eu', PC]],
    ));
  it('"After Washington sent its reply, Tehran renewed its call for sanctions relief"', () =>
    read(
      'after',
      'After Washington sent its reply, Tehran renewed its call for sanctions relief.',
      [{ party: 'iran', demand: SL, stance: 'supports', quote: 'its call' }],
      [['united-states', SL]],
    ));
  it('trap: "As Washington weighed its answer, Tehran pressed its call …": no call of Washington\'s', () =>
    read(
      'as weighed',
      'As Washington weighed its answer, Tehran pressed its call for sanctions relief.',
      [{ party: 'iran', demand: SL, stance: 'supports', quote: 'its call' }],
      [['united-states', SL]],
    ));
  it('trap: "Although the IAEA has published several reports, Iran maintains its demand …"', () =>
    read(
      'although',
      'Although the IAEA has published several reports, Iran maintains its demand that the probe be closed.',
      [{ party: 'iran', demand: PC, stance: 'supports', quote: 'its demand' }],
      [['iaea', PC]],
    ));
  it('kept: "Tehran repeated its call … as the EU put its final text on the table"', () =>
    read(
      'main first',
      'Tehran repeated its call for sanctions relief as the EU put its final text on the table.',
      [{ party: 'iran', demand: SL, stance: 'supports', quote: 'its call' }],
      [['eu', SL]],
    ));
});
