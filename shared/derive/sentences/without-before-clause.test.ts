/**
 * "without" denies the noun it governs ("without interruption", "without delay"); it does not reach
 * past a new clause's opener ("if", "unless", "once", "because" …) to a cue there: "the corridor will
 * work without interruption if Kyiv agrees to …" is an acceptance on a condition, not a refusal. A
 * "without" right before the cue still denies it ("without agreeing to …"). Sentences written for
 * these tests, read with the grain-deal ontology.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const read = readerFor(evalOntology('grain-deal-2022.json'), '2023-05-26');
const AP = 'ammonia-pipeline';

describe('"without" before a new clause denies nothing in it', () => {
  it('guarantees that shipping runs without interruption if Kyiv agrees to the transit: open, not a refusal', () =>
    read(
      'without … if it agrees',
      'A Ukrainian deputy minister said Kyiv would seek assurances that shipping runs without interruption if it agrees to restart the transit of Russian ammonia.',
      [{ party: 'ukraine', demand: AP, stance: 'open', quote: 'agrees to' }],
    ));
  it('trap: "without ever agreeing to" the transit still denies it', () =>
    read(
      'without ever agreeing',
      'Kyiv kept the corridor running without ever agreeing to the transit of Russian ammonia.',
      [{ party: 'ukraine', demand: AP, stance: 'rejects', quote: 'agreeing to' }],
    ));
});
