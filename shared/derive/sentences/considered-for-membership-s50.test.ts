/**
 * A candidate considered "for membership" (considered-application.ts): "Stoltenberg said NATO refuses to
 * consider Ukraine for membership" read NATO *rejecting* non-expansion, and "… will consider Ukraine for
 * membership when it meets the standards" read NATO *open* to it: the openness cue "consider" took the
 * membership as a demand to discuss. Considering a candidate for membership is how an alliance takes members
 * in, as considering an application already was; the sentence is kept as a mention.
 * Found in coverage: nv.ua (17 February 2022: NATO "will not refuse to consider" nations close to Russia for
 * membership). Kept: "ready to consider Russian concerns on missiles" (openness), "the open door policy will
 * not change" (a refusal).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading } from '../test-support/reading';

const NX = 'non-expansion';
const published = '2022-02-17';

describe('considering a candidate for membership is no openness to a halt (s50)', () => {
  it('trap: "NATO refuses to consider Ukraine for membership" is no NATO rejection', () =>
    checkReading({
      name: 'refuses to consider for membership',
      text: 'Stoltenberg said NATO refuses to consider Ukraine for membership.',
      published,
      expect: [],
      none: [['nato', NX]],
    }));
  it('trap: "NATO will consider Ukraine for membership when it meets the standards" is no openness', () =>
    checkReading({
      name: 'will consider for membership',
      text: 'Stoltenberg said NATO will consider Ukraine for membership when it meets the standards.',
      published,
      expect: [],
      none: [['nato', NX]],
    }));
  it('trap: "The allies will consider Georgia for accession once it is ready"', () =>
    checkReading({
      name: 'consider for accession',
      text: 'The allies will consider Georgia for accession once it is ready, the Secretary General said.',
      published,
      expect: [],
      none: [['nato', NX]],
    }));
  it('kept: "NATO is ready to consider Russian concerns on missiles" (openness)', () =>
    checkReading({
      name: 'consider concerns',
      text: 'NATO is ready to consider Russian concerns on missiles.',
      published,
      expect: [{ party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'consider' }],
    }));
  it('kept: "Stoltenberg said NATO\'s open door policy will not change" (a refusal)', () =>
    checkReading({
      name: 'open door will not change',
      text: "Stoltenberg said NATO's open door policy will not change.",
      published,
      expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will not change' }],
    }));
});
