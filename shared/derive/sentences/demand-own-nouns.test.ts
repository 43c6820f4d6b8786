/**
 * Paraphrases of the Russia–West demands anchored in the demand's own nouns: a veto over a country's
 * membership, keeping a country outside the alliance, a stop or halt to new members, admitting members
 * stopped; the limits that applied when the Founding Act was signed, caps on what the alliance can deploy
 * in the states that joined, security ties with the eastern allies scaled back; building security by
 * undermining others' (a principle the proposer cites). And an undertaking to keep forces in the east
 * after "and said", past a first cue about something else. Each with traps: the same words denied, said
 * of another body, or about a place or a time the demand does not reach. Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-01-20');

describe('the non-expansion demand in its own nouns', () => {
  it('"a Russian veto over Georgia\'s membership" sought by the Kremlin', () =>
    reading(
      'veto over membership',
      "The Kremlin is seeking a Russian veto over Georgia's membership, diplomats said.",
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'seeking' }],
    ));
  it('trap: "no veto over Georgia\'s membership" stays the speaker\'s rejection', () =>
    reading(
      'no veto over membership',
      "Moscow has no veto over Georgia's membership, the German chancellor said.",
      [{ party: 'germany', demand: 'non-expansion', stance: 'rejects', quote: 'no veto over' }],
    ));
  it('trap: a veto in the Security Council is no membership veto', () =>
    reading(
      'veto over a resolution',
      'The veto over the Security Council resolution angered Moscow.',
      [],
      [['russia', 'non-expansion']],
    ));
  it('"keeping Georgia outside the alliance", backed by Belarus', () =>
    reading(
      'keeping … outside the alliance',
      "Belarus backed Moscow's demand for keeping Georgia outside the alliance.",
      [
        { party: 'belarus', demand: 'non-expansion', stance: 'supports', quote: 'backed' },
        { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'backed' },
      ],
    ));
  it('trap: "will not keep Ukraine outside the alliance" is the alliance refusing', () =>
    reading(
      'not keep … outside',
      'NATO will not keep Ukraine outside the alliance forever, Stoltenberg said.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'will not keep' }],
    ));
  it('"a halt to new members" called for by Minsk, with no alliance named', () =>
    reading('halt to new members', 'Minsk repeated its call for a halt to new members.', [
      { party: 'belarus', demand: 'non-expansion', stance: 'supports', quote: 'its call' },
    ]));
  it('trap: "will not call a halt to new members" refuses it', () =>
    reading(
      'not … halt to new members',
      'NATO will not call a halt to new members, its secretary general said.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'will not call a halt' }],
    ));
  it('"stop admitting new members", wanted by Moscow', () =>
    reading('stop admitting', 'Moscow wants the bloc to stop admitting new members.', [
      { party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'wants' },
    ]));
  it('trap: "will not stop admitting new members" refuses it', () =>
    reading(
      'not stop admitting',
      'The alliance will not stop admitting new members, Stoltenberg said.',
      [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'will not stop' }],
      [['russia', 'non-expansion']],
    ));
  it('the proposer citing security built by "undermining the security of others"', () =>
    reading(
      'undermining others',
      'Lavrov said no country should build its security by undermining the security of others.',
      [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'undermining' }],
    ));
});

describe('the rollback demand in its own nouns', () => {
  it('"the limits that applied when the Founding Act was signed"', () =>
    reading(
      'limits that applied when',
      "Moscow wants the alliance's forces held within the limits that applied when the Russia-NATO Founding Act was signed.",
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
    ));
  it('trap: the same limits told as history by no party', () =>
    reading(
      'limits as history',
      'The limits that applied when the Founding Act was signed no longer bind anyone, a historian wrote.',
      [],
      [['russia', 'rollback-1997']],
    ));
  it('"caps on what the alliance can deploy in the states that joined it"', () =>
    reading(
      'caps on what it can deploy',
      'Russia is demanding caps on what the alliance can deploy in the states that joined it after the Cold War.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'demanding' }],
    ));
  it('trap: a country deciding what it can deploy on its own soil', () =>
    reading(
      'decide what it can deploy',
      'Poland alone will decide what it can deploy on its own soil, Duda said.',
      [],
      [['poland', 'rollback-1997']],
    ));
  it('"scale back its security ties with allies in Eastern Europe"', () =>
    reading(
      'ties with allies in Eastern Europe',
      'Moscow wants Washington to scale back its security ties with allies in Eastern Europe.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
    ));
  it('trap: deepening those ties is no stated stance', () =>
    reading(
      'deepen ties',
      'The Pentagon will deepen its ties with allies in Eastern Europe, Austin said.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: cutting ties with the allies is said of Kyiv, not the alliance', () =>
    reading(
      'Kyiv cuts ties',
      'Moscow wants Kyiv to cut its military ties with NATO allies.',
      [],
      [['russia', 'rollback-1997']],
    ));
});

describe('an undertaking to keep forces, said after "and" past a first cue', () => {
  it('"reaffirmed the open-door policy and said they would keep their forces in the Baltic states"', () =>
    reading(
      'and said they would keep',
      'The allies reaffirmed their open-door policy and said they would keep their forces in the Baltic states.',
      [
        { party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'reaffirmed' },
        { party: 'nato', demand: 'rollback-1997', stance: 'rejects', quote: 'reaffirmed' },
      ],
    ));
  it('trap: "rejected calls to send more troops to Ukraine": the act is what the cue is about', () =>
    reading(
      'rejected calls to send',
      'NATO rejected calls to send more troops to Ukraine.',
      [],
      [['nato', 'rollback-1997']],
    ));
  it('trap: "and said its soldiers had kept" is news of the past', () =>
    reading(
      'and said … had kept',
      'Canada welcomed the offer and said its soldiers had kept the Latvian base running.',
      [],
      [['canada', 'rollback-1997']],
    ));
});
