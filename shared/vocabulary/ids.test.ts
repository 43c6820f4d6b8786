import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, PHRASE_MAX_LENGTH, VOCABULARY_LIST_MAX } from '../model/limits';
import { freeId, idProblem, readPhraseLines, slugId } from './ids';

describe('ids for new entries', () => {
  it('are made from the name, without accents, within the id pattern', () => {
    expect(slugId('Foreign Ministry (Canada)')).toBe('foreign-ministry-canada');
    expect(slugId('Société Générale')).toBe('societe-generale');
    expect(slugId('  —  ')).toBe('');
    expect(slugId('x'.repeat(300))).toHaveLength(60);
  });

  it('never collide with an id already taken, and fall back when the name has no Latin letters', () => {
    const taken = new Set(['canada', 'canada-2']);
    expect(freeId('Canada', taken, 'party')).toBe('canada-3');
    expect(freeId('Москва', new Set(['party']), 'party')).toBe('party-2');
  });

  it('name what is wrong with a typed id', () => {
    const taken = new Map([['canada', 'Canada']]);
    expect(idProblem('canada', taken)).toBe('The id “canada” is already taken by “Canada”.');
    expect(idProblem('Canada', taken)).toBe(
      'The id “Canada” may hold only lower-case letters, digits and dashes.',
    );
    expect(idProblem('', taken)).toBe('The id must not be empty.');
    expect(idProblem('a'.repeat(ID_MAX_LENGTH + 1), taken)).toBe(
      `The id is longer than ${ID_MAX_LENGTH} characters (${ID_MAX_LENGTH + 1}).`,
    );
    expect(idProblem('mexico', taken)).toBeNull();
  });
});

describe('phrasings typed one per line', () => {
  it('are trimmed, without blank lines or repeats', () => {
    expect(readPhraseLines(' Canada \n\nOttawa\nCanada\n')).toEqual({
      phrases: ['Canada', 'Ottawa'],
      problems: [],
    });
  });

  it('name the line that is too long, and a list that is too long', () => {
    const long = 'x'.repeat(PHRASE_MAX_LENGTH + 1);
    expect(readPhraseLines(`ok\n${long}`).problems).toEqual([
      `Line 2 is longer than ${PHRASE_MAX_LENGTH} characters (${PHRASE_MAX_LENGTH + 1}).`,
    ]);
    const many = Array.from({ length: VOCABULARY_LIST_MAX + 1 }, (_, i) => `p${i}`).join('\n');
    expect(readPhraseLines(many).problems).toEqual(['1,001 entries: at most 1,000.']);
  });
});
