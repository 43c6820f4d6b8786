/**
 * The demand's own words denied inside them, with a condition after, said by the side the demand is put
 * to: "Netanyahu said the war will not end until Hamas is destroyed", "The war won't end until …, the prime
 * minister said". The words name the thing to be ended as their subject ("the war … end"), so no cue of
 * the speaker's side stood before them and the sentence gave only a mention; the speaker refuses the
 * demand for now, as "Israel will not end the war until …" already read (withheld-end.ts). Found in real
 * coverage: Netanyahu insisting the war will not end until Hamas is destroyed (timesofisrael.com liveblog,
 * page undated); Netanyahu vowing the war with Hamas will not end till the group is eradicated
 * (conservativearchives.com, page undated).
 * Traps: the same words in narration, without a condition (a forecast), said by the side that put the
 * demand forward, and said by a third party.
 * Uses the gaza ontology of eval/ontologies. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('gaza-ceasefire-2024.json'), '2024-03-01');
const PC = 'permanent-ceasefire';

describe('the war will not end until …: the speaker of the side asked refuses the demand for now (s50)', () => {
  it('the prime minister: the war will not end until Hamas is destroyed', () =>
    read('a', 'Netanyahu said the war will not end until Hamas is destroyed.', [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'the war will not end until Hamas' },
    ]));
  it('the speaker after the words', () =>
    read('b', 'The war will not end until Hamas is destroyed, Netanyahu said.', [
      { party: 'israel', demand: PC, stance: 'rejects', quote: 'The war will not end until Hamas' },
    ]));
  it('the contracted denial', () =>
    read('c', "Netanyahu said the war won't end until Hamas is destroyed.", [
      { party: 'israel', demand: PC, stance: 'rejects', quote: "the war won't end until Hamas" },
    ]));
  it('trap: the same words in narration', () =>
    read('d', 'The war will not end until Hamas is destroyed.', [], [['israel', PC]]));
  it('trap: no condition, a forecast', () =>
    read('e', 'Netanyahu said the war will not end.', [], [['israel', PC]]));
  it('trap: said by the side that put the demand forward', () =>
    read(
      'f',
      'Haniyeh said the war will not end until Israel withdraws.',
      [],
      [
        ['israel', PC],
        ['hamas', PC],
      ],
    ));
  it('trap: said by a third party', () =>
    read(
      'g',
      'Blinken said the war will not end until Hamas frees the hostages.',
      [],
      [
        ['israel', PC],
        ['united-states', PC],
      ],
    ));
});
