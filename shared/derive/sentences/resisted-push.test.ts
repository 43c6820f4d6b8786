/**
 * "resist any pressure to drop its bid", "withstood calls to give up …": a cue inside a push that someone
 * holds out against is what they will not do, so it states no stance of theirs, nor of the one helping
 * them hold out (before, "help Kyiv resist any pressure to drop its bid to join NATO" read Ukraine and the
 * US as supporting non-expansion). A push that is not resisted still reads. Sentences written for these
 * tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const seed = seedOntology();

describe('a cue inside a push held out against', () => {
  it('"Kyiv vowed to resist any pressure to abandon its bid" reads no support of non-expansion', () =>
    checkReading(
      {
        name: 'resist pressure',
        text: 'Kyiv vowed to resist any pressure to abandon its bid to join NATO.',
        published: '2022-01-20',
        expect: [],
        none: [['ukraine', 'non-expansion']],
      },
      seed,
    ));
  it('a helper of the resisting side is credited with nothing either', () =>
    checkReading(
      {
        name: 'help withstand',
        text: 'London pledged to help Ukraine withstand outside pressure to drop its bid to join NATO.',
        published: '2022-01-20',
        expect: [],
        none: [
          ['ukraine', 'non-expansion'],
          ['uk', 'non-expansion'],
        ],
      },
      seed,
    ));
  it('trap: a push that is not resisted still reads its pusher', () =>
    checkReading(
      {
        name: 'stepped-up pressure',
        text: 'Moscow stepped up pressure on Kyiv to drop its bid to join NATO.',
        published: '2022-01-20',
        expect: [{ party: 'russia', demand: 'non-expansion', stance: 'supports', quote: 'drop its bid' }],
        none: [['ukraine', 'non-expansion']],
      },
      seed,
    ));
  it('trap: a party refusing to drop its bid still rejects', () =>
    checkReading(
      {
        name: 'will not drop',
        text: 'Ukraine will not drop its bid to join NATO, its foreign minister said.',
        published: '2022-01-20',
        expect: [{ party: 'ukraine', demand: 'non-expansion', stance: 'rejects', quote: 'drop its bid' }],
      },
      seed,
    ));
});
