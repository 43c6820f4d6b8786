/**
 * A party's reply speaks for it whether the party is named by a name ("the US reply offers …") or by its
 * adjective ("the American reply offers …"), when the reply is its clause's subject. Until then the
 * adjective alone could not hold a position, so a reply described by another party's minister was read
 * as that minister's own openness. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { derive, readerFor } from '../test-support/reading';

const published = '2022-01-28';
const reading = readerFor(seedOntology(), published);

describe('a party adjective before its reply names who speaks through it', () => {
  it('"the American reply offers talks on …" opening the sentence is the US', () =>
    reading(
      'adjective reply as subject',
      'The American reply offers talks on limits to missile deployments in Europe.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'offers talks' }],
    ));
  it("reported by the other side's minister: the US is open, not the minister's own side", () => {
    const text =
      'Lavrov said the American reply offers ideas on arms control and on limits to missile deployments.';
    reading('adjective reply after said', text, [
      { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'ideas on' },
    ]);
    // Russia keeps at most the weak credit as the demand's proposer: no reading of openness.
    const russia = derive(text, published, seedOntology()).cells.find(
      (c) => c.party === 'russia' && c.demand === 'missile-deployment',
    );
    expect(russia?.citations.filter((c) => c.stance === 'open') ?? []).toEqual([]);
  });
  it('trap: a reply inside an object stays an adjective ("NATO rejected the Russian reply …")', () =>
    reading('adjective reply as object', 'NATO rejected the Russian reply on the open door.', [
      { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'rejected' },
    ]));
  it("trap: the reply named in an opening phrase leaves the speaker's own readiness his (the proposer ready to discuss its own demand supports it; was: open)", () =>
    reading(
      'asked about the reply',
      'Asked about the American reply, Lavrov said Moscow was ready to discuss limits on missile deployments.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'ready to discuss' }],
      [['united-states', 'missile-deployment']],
    ));
  it('two owners joined before the replies both speak ("the American and NATO replies", "the American and British replies")', () => {
    reading(
      'adjective and name before replies',
      'The American and NATO replies contain ideas on limits to missile deployments.',
      [
        { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'ideas on' },
        { party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'ideas on' },
      ],
    );
    reading(
      'two adjectives before replies',
      'The American and British replies offer talks on limits to missile deployments.',
      [
        { party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'offer talks' },
        { party: 'uk', demand: 'missile-deployment', stance: 'open', quote: 'offer talks' },
      ],
    );
  });
  it('trap: joined replies named in an opening phrase leave the speaker his own readiness (the proposer ready to discuss its own demand supports it; was: open)', () =>
    reading(
      'asked about joined replies',
      'Asked about the American and British replies, Lavrov said Moscow was ready to discuss limits on missile deployments.',
      [{ party: 'russia', demand: 'missile-deployment', stance: 'supports', quote: 'ready to discuss' }],
      [
        ['united-states', 'missile-deployment'],
        ['uk', 'missile-deployment'],
      ],
    ));
});
