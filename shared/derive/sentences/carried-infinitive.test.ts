/**
 * Two coordinated infinitives sharing one head: "willing to restart briefings, the chief said, and
 * to talk about arms control". The second "to talk about" has no "willing" of its own, yet reads as
 * "willing to talk about", a cue of openness, with a speech tag in between or not. Only "and to" /
 * "or to" whose nearest infinitive before, in its clause, hangs on the head; a new clause after
 * "and", a "but", or another party's infinitive in between carries nothing over. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-27');

describe('the head of the first infinitive carried to the second', () => {
  it('"willing to restore contacts, an envoy said, and to talk about missile deployments"', () =>
    reading(
      'willing to …, tag, and to talk about',
      'NATO is willing to restore military contacts, an alliance envoy said, and to talk about missile deployments in Europe.',
      [{ party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'NATO is willing' }],
    ));
  it('a long speech tag between: "…, the envoy told reporters after meeting the Polish president, and to talk about …"', () =>
    reading(
      'willing to …, long tag, and to talk about',
      "NATO is willing to resume notices of exercises and of troop rotations, the alliance's top envoy told reporters after a meeting with the Polish president, and to talk about missile deployments in Europe.",
      [{ party: 'nato', demand: 'missile-deployment', stance: 'open', quote: 'NATO is willing' }],
    ));
  it('"ready to reopen consulates and to talk about curbs on missiles"', () =>
    reading(
      'ready to … and to talk about',
      'Washington is ready to reopen consulates and to talk about limits on missiles in Europe.',
      [
        {
          party: 'united-states',
          demand: 'missile-deployment',
          stance: 'open',
          quote: 'Washington is ready',
        },
      ],
    ));
  it('"prepared to swap prisoners or to hold talks on missile limits"', () =>
    reading(
      'prepared to … or to hold talks on',
      'Washington said it was prepared to exchange observers or to hold talks on limits on missiles in Europe.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'prepared' }],
    ));
});

describe('traps: no shared head', () => {
  it('trap: "but" opens another clause before the second infinitive', () =>
    reading(
      'but … to talk about',
      'Washington is ready to reopen consulates, but Moscow asked NATO to halt drills and to talk about missile deployments.',
      [],
      [
        ['united-states', 'missile-deployment'],
        ['nato', 'missile-deployment'],
      ],
    ));
  it('trap: another party\'s infinitive between ("urged Moscow to … and to talk about")', () =>
    reading(
      'urged X to … and to talk about',
      'Washington is ready to reopen consulates and has urged Moscow to withdraw its troops and to talk about missile deployments.',
      [],
      [['russia', 'missile-deployment']],
    ));
  it("trap: the head negated is left to the first infinitive's reading", () =>
    reading(
      'not willing to … or to talk about',
      'NATO is not willing to reopen consulates or to talk about missile deployments in Europe.',
      [],
      [['nato', 'missile-deployment']],
    ));
  it('trap: "and" with a subject of its own, no second infinitive', () =>
    reading(
      'willing to reopen, and X says',
      'NATO is willing to reopen consulates, and Russia says missile deployments in Europe must end.',
      [],
      [['nato', 'missile-deployment']],
    ));
});
