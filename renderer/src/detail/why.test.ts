import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../shared/model/matrix';
import type { MatrixDocument } from '../../../shared/model/matrix';
import { ATTRIBUTION_HELP, explainCitation, holderOf } from './why';

const citation = (attribution: Partial<Citation['attribution']>): Citation =>
  ({
    attribution: {
      party: 'russia',
      kind: 'subject',
      matched: 'Moscow',
      role: null,
      speaker: null,
      ...attribution,
    },
  }) as Citation;

describe('who holds a citation, in words', () => {
  it('names the party behind a demand noun with no owner written', () => {
    expect(holderOf(citation({ kind: 'proposer', matched: 'The demand' }), 'Russia')).toBe(
      'Russia (its proposal: “The demand”)',
    );
  });
  it('adds the party to a person speaking, not to the party named', () => {
    expect(holderOf(citation({ kind: 'speaker', matched: 'Lavrov' }), 'Russia')).toBe('Lavrov (Russia)');
    expect(holderOf(citation({ kind: 'subject', matched: 'Russia' }), 'Russia')).toBe('Russia');
  });
  it('says a proposer merely named with its demand was read that way', () => {
    expect(holderOf(citation({ kind: 'named-proposer', matched: 'Kosachev' }), 'Russia')).toBe(
      'Kosachev (Russia, named with its demand)',
    );
    expect(holderOf(citation({ kind: 'named-proposer', matched: 'Russia' }), 'Russia')).toBe(
      'Russia (named with its demand)',
    );
    expect(ATTRIBUTION_HELP['named-proposer']).toMatch(/no word in the sentence decides/);
  });
  it("says a demand the article states without a holder is read as its proposer's", () => {
    expect(holderOf(citation({ kind: 'stated-demand', matched: 'a halt to expansion' }), 'Russia')).toBe(
      'Russia (its demand, as the article states it)',
    );
    expect(ATTRIBUTION_HELP['stated-demand']).toMatch(/no sentence ties the two/);
  });
  it('explains every kind of attribution', () => {
    expect(ATTRIBUTION_HELP.proposer).toMatch(/only one that put this demand forward/);
  });
});

describe('a citation explained with its source', () => {
  const c = {
    ...citation({ kind: 'subject', matched: 'Moscow' }),
    cue: 'insists',
    negated: false,
    document: 'doc-7',
    published: '2022-01-12',
  } as Citation;
  const doc = (outlet: string | null): MatrixDocument => ({
    id: 'doc-7',
    path: 'documents/wire-0112.txt',
    title: 'Talks end without a date',
    outlet,
    published: '2022-01-12',
    language: 'en',
    translationOf: null,
    hash: 'h',
  });
  it('names the outlet, else the file the source came from, as the evidence list does', () => {
    expect(explainCitation(c, 'Russia', doc('Reuters'), true)).toMatch(/^Moscow — “insists”, Reuters, /);
    expect(explainCitation(c, 'Russia', doc(null), true)).toMatch(/^Moscow — “insists”, wire-0112\.txt, /);
    expect(explainCitation(c, 'Russia', undefined, true)).toMatch(/, doc-7, /);
  });
});
