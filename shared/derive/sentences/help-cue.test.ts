/**
 * "The UN will help ease …", "NATO would help Ukraine join": a party saying it can, could, will or would
 * help bring about what a demand asks supports it (the modal makes it the party's own offer of help). Not
 * help a thing that is no party gives, nor a bare past "helped", which tells of an act. Sentences written
 * for these tests.
 */
import { describe, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { checkReading } from '../test-support/reading';

const grain = evalOntology('grain-deal-2022.json');

describe('a party that will help bring about what a demand asks', () => {
  it('"The United Nations will help ease Russian fertilizer exports"', () =>
    checkReading(
      {
        name: 'will help',
        text: 'The United Nations will help ease Russian fertilizer exports, Guterres said.',
        published: '2023-09-08',
        expect: [
          { party: 'un', demand: 'export-restrictions-lifted', stance: 'supports', quote: 'will help' },
        ],
      },
      grain,
    ));
  it('"NATO would help Ukraine join the alliance": help towards the opposite of the halt refuses it', () =>
    checkReading({
      name: 'would help join',
      text: 'NATO would help Ukraine join the alliance, Stoltenberg said.',
      expect: [{ party: 'nato', demand: 'non-expansion', stance: 'rejects', quote: 'would help' }],
    }));
  it('trap: what no party can help is no one’s stance ("cheaper freight could help …")', () =>
    checkReading(
      {
        name: 'no party helps',
        text: 'Cheaper freight could help ease Russian fertilizer exports, analysts said.',
        published: '2023-09-08',
        expect: [],
        none: [
          ['un', 'export-restrictions-lifted'],
          ['eu', 'export-restrictions-lifted'],
          ['united-states', 'export-restrictions-lifted'],
        ],
      },
      grain,
    ));
  it('trap: a bare past "helped" tells of an act, not a stance', () =>
    checkReading(
      {
        name: 'helped',
        text: 'Turkey helped the UN ease Russian fertilizer exports last year.',
        published: '2023-09-08',
        expect: [],
        none: [
          ['turkey', 'export-restrictions-lifted'],
          ['un', 'export-restrictions-lifted'],
        ],
      },
      grain,
    ));
});
