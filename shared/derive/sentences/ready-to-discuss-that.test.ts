/**
 * A readiness to talk over what the sentence before named, by a pronoun: "We are open to discussing
 * that as well", "“That is something we are ready to explore,” the official said". The pronoun stands
 * for the one matter the sentence before named, and the readiness is openness to it. Only with "ready /
 * willing / prepared / open … to" (or "interested in") right before the verb, and never denied.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-10');

describe('a readiness to discuss "that": openness to what was named before', () => {
  it('"We are open to discussing that as well."', () =>
    reading(
      'open to discussing that',
      'Moscow has also shown interest in talking about the fate of medium-range missiles in Europe. "We are open to discussing that as well," a US diplomat said.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'We are open' }],
    ));
  it('"That is something we are ready to explore too," the official said', () =>
    reading(
      'something we are ready to explore',
      'The Russians would like to talk about what becomes of certain missile systems in Europe. "That is something we are ready to explore too," the White House official said.',
      [{ party: 'united-states', demand: 'missile-deployment', stance: 'open', quote: 'That is something' }],
    ));
  it('trap: a "we" whose sentence names no speaker may be the party named before: no reading (first sentence now "brought up", as "shown interest in talking about" is itself a cue since session 29)', () =>
    reading(
      'untagged we',
      'Russia has also brought up the fate of medium-range missiles in Europe, an official said. "We are open to discussing that as well."',
      [],
      [['russia', 'missile-deployment']],
    ));
  it('trap: a denied readiness reads no openness', () =>
    reading(
      'not willing to discuss that',
      'Moscow has also shown interest in talking about the fate of medium-range missiles in Europe, a US diplomat said. "We are not willing to discuss that."',
      [],
      [['united-states', 'missile-deployment']],
    ));
  it('trap: a pronoun that is not the whole object points to nothing', () =>
    reading(
      'discuss that plan for grain',
      'Moscow has also shown interest in talking about the fate of medium-range missiles in Europe, a US diplomat said. "We are ready to discuss that plan for grain exports."',
      [],
      [['united-states', 'missile-deployment']],
    ));
  it('trap: two matters named before: "that" stands for no one of them', () =>
    reading(
      'two matters before',
      'Moscow wants the alliance to halt its enlargement and strike missiles kept out of Europe, a US diplomat said. "We are open to discussing that."',
      [],
      [['united-states', 'missile-deployment']],
    ));
});
