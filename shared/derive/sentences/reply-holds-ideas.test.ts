/**
 * A party's reply that contains or includes "ideas on" a matter offers them: "the US reply contains
 * ideas on arms control" reads the US open, as "the US reply holds ideas on …" already did. "Contains"
 * and "includes" otherwise make the noun after them a noun naming someone's position ("they include
 * calls on both sides …"), so this holds only for "ideas" after a reply that names its party ("the US
 * reply", "Washington's written answer", "the American and NATO replies do contain"), not for a text
 * of no party ("the replies contain …") nor for a reply inside an object ("NATO rejected the Russian
 * reply, which contains …"). Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('a party’s reply that contains ideas on the demand', () => {
  it('"the US reply contains ideas on arms control"', () =>
    reading('reply contains ideas on', 'The US reply contains ideas on arms control, the envoy said.', [
      { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'contains ideas on' },
    ]));
  it('"Washington’s written answer contains several ideas on …"', () =>
    reading(
      "Washington's written answer contains",
      "Washington's written answer contains several ideas on arms control, a Russian diplomat said.",
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'several ideas on' }],
    ));
  it('trap: replies of no named party give no one openness', () =>
    reading(
      'the replies contain',
      'A Russian diplomat said the replies contain ideas on intermediate-range missiles.',
      [],
      [
        ['united-states', 'missile-deployment'],
        ['nato', 'missile-deployment'],
      ],
    ));
  it('trap: a reply rejected by another party is not that party’s offer', () =>
    reading(
      'rejected the reply, which contains',
      'NATO rejected the Russian reply, which contains ideas on missile limits.',
      [],
      [['nato', 'missile-deployment']],
    ));
});
