/**
 * A speech verb in a free relative reports no one speaking (speaker.ts freeRelativeSubject): "We call on
 * Russia to do what it says, and withdraw its forces. But we cannot compromise on the right of every nation
 * to choose its own path" (NATO's Secretary General) made Russia the speaker of "what it says", so the "we"
 * of the next sentence was read as Russia *supporting* non-expansion. "Contrary to what Moscow claims",
 * "despite what the Kremlin says" name a claim, not its telling; the one who speaks is the one the sentence
 * names with its own verb ("…, Stoltenberg said").
 * Found in coverage: the NATO Secretary General's speech at the Munich Security Conference (nato.int,
 * 19 February 2022). Kept: "Russia said it wants …" and "Putin repeated what he said in December. We want
 * …" (the speaker named by his own verb).
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { checkReading } from '../test-support/reading';

const NX = 'non-expansion';
const published = '2022-02-19';

describe('a free relative "what X says" names no speaker (s50)', () => {
  it('trap: "… do what it says … But we cannot compromise on the right of every nation …": no Russian "we"', () =>
    checkReading({
      name: 'do what it says',
      text: 'We call on Russia to do what it says, and withdraw its forces from the borders of Ukraine. But we cannot compromise on the right of every nation to choose its own path.',
      published,
      expect: [],
      none: [['russia', NX]],
    }));
  it('"Contrary to what Moscow claims, …, Stoltenberg said. We will not compromise on the open door": NATO', () =>
    checkReading({
      name: 'contrary to what',
      text: 'Contrary to what Moscow claims, the alliance threatens no one, Stoltenberg said. We will not compromise on the open door.',
      published,
      expect: [{ party: 'nato', demand: NX, stance: 'rejects', quote: 'will not compromise' }],
      none: [['russia', NX]],
    }));
  it('"Despite what the Kremlin says, …, the Latvian minister said. We will never accept a veto …": the Baltic states', () =>
    checkReading({
      name: 'despite what',
      text: 'Despite what the Kremlin says, its troops remain at the border, the Latvian minister said. We will never accept a veto over NATO enlargement.',
      published,
      expect: [{ party: 'baltic-states', demand: NX, stance: 'rejects', quote: 'accept' }],
      none: [['russia', NX]],
    }));
  it('kept: "Putin repeated what he said in December. We want legal guarantees that NATO will not expand."', () =>
    checkReading({
      name: 'repeated what he said',
      text: 'Putin repeated what he said in December. We want legal guarantees that NATO will not expand.',
      published,
      expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'want' }],
    }));
  it('kept: "Russia said it wants a halt to NATO expansion"', () =>
    checkReading({
      name: 'said it wants',
      text: 'Russia said it wants a halt to NATO expansion. We need guarantees, Lavrov added.',
      published,
      expect: [{ party: 'russia', demand: NX, stance: 'supports', quote: 'wants' }],
    }));
});
