/**
 * Anchors a modest frame's own subjects imply (subject-anchors.ts): "foreign forces" a subject and
 * "forces" a weak one, "foreign" ties forces to the negotiation as a written anchor would, so a short
 * anchor list that left "foreign" out still reads "foreign forces should withdraw". Only a name or a
 * word of ownership, never a word of kind ("political settlement"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { evalOntology } from '../test-support/seed-corpus';
import { readerFor } from '../test-support/reading';
import { withSubjectAnchors } from '../subject-anchors';

const modest = readerFor(evalOntology('modest/afghanistan-doha-2020.json'), '2020-03-01');

describe("a subject's owning word anchors its weak subject", () => {
  it('"foreign forces should withdraw", with "foreign" in no anchor list the analyst wrote', () =>
    modest('foreign forces withdraw', 'Ghani said foreign forces should withdraw.', [
      { party: 'afghan-government', demand: 'troop-withdrawal', stance: 'supports', quote: 'should' },
    ]));
  it('"foreign troops" too: the weak subject the other subject names', () =>
    modest('foreign troops withdraw', 'Ghani said foreign troops should withdraw.', [
      { party: 'afghan-government', demand: 'troop-withdrawal', stance: 'supports', quote: 'should' },
    ]));
  it('trap: "the forces" with no owning word stays unanchored', () =>
    modest(
      'the forces',
      'Ghani said the forces should withdraw.',
      [],
      [['afghan-government', 'troop-withdrawal']],
    ));
  it('trap: "foreign" before another noun is no withdrawal', () =>
    modest(
      'foreign reporters',
      'Ghani told foreign reporters that the army would fight on.',
      [],
      [['afghan-government', 'troop-withdrawal']],
    ));
});

describe('which words become anchors', () => {
  const frame = (subjects: string[], weakSubjects: string[], anchors: string[]) => ({
    subjects,
    weakSubjects,
    restrictions: ['withdraw'],
    opposites: [],
    anchors,
  });
  it('a name or a word of ownership before a weak subject', () =>
    expect(
      withSubjectAnchors(
        frame(
          ['foreign forces', 'U.S. troops', 'Israeli soldiers'],
          ['forces', 'troop', 'soldiers'],
          ['Gaza'],
        ),
      ).anchors,
    ).toEqual(['Gaza', 'foreign', 'U.S.', 'Israeli']));
  it('trap: a word of kind ("political settlement", "atomic weapons") is no anchor', () =>
    expect(
      withSubjectAnchors(
        frame(['political settlement', 'atomic weapons'], ['settlement', 'weapons'], ['Kabul']),
      ).anchors,
    ).toEqual(['Kabul']));
  it('trap: a subject whose head is no weak subject adds nothing', () =>
    expect(withSubjectAnchors(frame(['foreign occupation'], ['forces'], ['Kabul'])).anchors).toEqual([
      'Kabul',
    ]));
  it('trap: a frame with no anchors keeps none (its subjects read anywhere already)', () =>
    expect(withSubjectAnchors(frame(['foreign forces'], ['forces'], [])).anchors).toEqual([]));
});
