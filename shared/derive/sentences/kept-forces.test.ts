/**
 * Keeping forces where the rollback demand would remove them, undertaken: "the allies will keep their
 * troops on the eastern flank", "vowed to keep its soldiers in Estonia". Like sending more troops there,
 * an undertaking to keep them refuses the pull-back. Only "keep" after a modal of intent or "to", and
 * only before the force itself: a standing fact ("Germany keeps soldiers in Lithuania"), a continuing
 * act ("keep sending"), a place outside the demand ("in Germany") and a denial are no such undertaking.
 * Sentences written for these tests.
 */
import { describe, it } from 'vitest';
import { seedOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';

const reading = readerFor(seedOntology(), '2022-02-01');

describe('an undertaking to keep forces in the east refuses the rollback', () => {
  it('"allies will keep their forces on the eastern flank"', () =>
    reading(
      'will keep their forces',
      'Allies will keep their forces on the eastern flank for as long as it takes, the NATO chief said.',
      [{ party: 'nato', demand: 'rollback-1997', stance: 'rejects', quote: 'will keep their forces' }],
    ));
  it('"vowed to keep its soldiers in Latvia"', () =>
    reading('vowed to keep', 'Canada vowed to keep its soldiers in Latvia beyond next year.', [
      { party: 'canada', demand: 'rollback-1997', stance: 'rejects', quote: 'vowed to keep' },
    ]));
  it('trap: a standing fact, "keeps 500 soldiers in Lithuania", is news, not an undertaking', () =>
    reading(
      'keeps soldiers',
      'Germany keeps several hundred soldiers in Lithuania.',
      [],
      [['germany', 'rollback-1997']],
    ));
  it('trap: "kept" is told as history', () =>
    reading(
      'kept troops',
      'Britain kept its troops in Estonia through the winter.',
      [],
      [['uk', 'rollback-1997']],
    ));
  it('trap: forces kept where the demand does not reach', () =>
    reading(
      'keep troops in Germany',
      'The United States will keep its troops in Germany, the Pentagon said.',
      [],
      [['united-states', 'rollback-1997']],
    ));
  it('trap: a denied keeping is no refusal', () =>
    reading(
      'not keep',
      'NATO will not keep its battlegroups in the Baltic states, a tabloid claimed.',
      [],
      [['nato', 'rollback-1997']],
    ));
  it('trap: keeping them out is what Moscow asks', () =>
    reading(
      'keep … out',
      'Moscow wants to keep allied troops out of Romania and Bulgaria.',
      [{ party: 'russia', demand: 'rollback-1997', stance: 'supports', quote: 'wants' }],
      [['nato', 'rollback-1997']],
    ));
});

describe('keeping on doing, or a plan named by a noun, is no undertaking to keep forces', () => {
  it('trap: "would keep admitting new members" keeps on doing something', () =>
    reading(
      'keep admitting',
      'The alliance would keep sending instructors to Poland and Lithuania, a diplomat said.',
      [],
      [['nato', 'rollback-1997']],
    ));
  it('trap: "a deal to keep its troops in Poland" is a noun’s plan, not its subject’s undertaking', () =>
    reading(
      'a deal to keep',
      'Washington struck a deal to keep its troops in Poland, the Polish minister said.',
      [],
      [['poland', 'rollback-1997']],
    ));
});
