/** The phrase trie: longest match, lemma keys, and two lists' entries ending on the same token. */
import { describe, expect, it } from 'vitest';
import { buildTokenTrie } from './token-trie';
import { KeyCache, tokenize } from './tokens';

const lemma = (w: string): string => (w.endsWith('s') ? w.slice(0, -1) : w);
const keysOf = (word: string): string[] => [...new Set([word.toLowerCase(), lemma(word.toLowerCase())])];

function trie(entries: Array<[phrase: string, value: string]>, nounGaps = false) {
  return buildTokenTrie(
    entries.map(([phrase, value]) => ({ words: phrase.split(' '), phrase, value })),
    keysOf,
    (t) => [...new Set([t.lower, lemma(t.lower)])],
    0,
    undefined,
    nounGaps,
  );
}
const keyCache = new KeyCache(null, () => true);
const tokensOf = (text: string) => tokenize(text, 0, text.length, keyCache);

describe('token trie', () => {
  it('walks a node with one next word by any key of the token, after a gap too (Node.onlyKey)', () => {
    // "halt" has one next word ("deployments", keyed "deployment" too); "halt … of" one after its gap.
    const t = trie([
      ['halt deployments', 'halt'],
      ['ban … of missiles', 'ban'],
    ]);
    // The text's "deployment" meets the phrase word's lemma key, not its spelling.
    expect(t.findAll(tokensOf('a halt deployment now'))).toMatchObject([
      { first: 1, last: 2, values: ['halt'] },
    ]);
    expect(t.findAll(tokensOf('a ban on the deployment of missiles'))).toMatchObject([
      { first: 1, last: 6, values: ['ban'] },
    ]);
    // No key of the next token is the one next word: no match.
    expect(t.findAll(tokensOf('a halt to deployments'))).toHaveLength(0);
    expect(t.findAll(tokensOf('a ban on missiles'))).toHaveLength(0);
  });
  it('keeps every value of entries that end on the same token by different keys', () => {
    // "limits" written out for one demand, the lemma "limit" for another: a text "limits" is both.
    const t = trie([
      ['limits', 'missiles'],
      ['limit', 'forces'],
    ]);
    const [m] = t.findAll(tokensOf('no limits on forces'));
    expect(m?.values.sort()).toEqual(['forces', 'missiles']);
  });
  it('drops a gap at either end of a phrase: it matches the words between, starting nowhere else', () => {
    const t = trie([['… alone to decide …', 'opposite']]);
    const found = t.findAll(tokensOf('it is for Finland alone to decide whether to join'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ first: 4, last: 6, values: ['opposite'] });
    expect(t.findAll(tokensOf('nothing here decides anything'))).toHaveLength(0);
  });
  it('prefers the longest match at a start', () => {
    const t = trie([
      ['open door', 'opposite'],
      ['open', 'cue'],
    ]);
    const [m] = t.findAll(tokensOf('the open door policy'));
    expect(m).toMatchObject({ first: 1, last: 2, values: ['opposite'] });
  });
  it('lets a gap run over the joints of a list of names, but not over more than three other words', () => {
    const t = trie([['accept … as members', 'demand']]);
    // Two names and five list joints: within the gap.
    expect(t.findAll(tokensOf('accept Ukraine or other former Soviet republics as members'))).toHaveLength(1);
    expect(t.findAll(tokensOf('accept Ukraine and Georgia as members'))).toHaveLength(1);
    // Four ordinary words: too far.
    expect(t.findAll(tokensOf('accept the two big neighbours as members'))).toHaveLength(0);
    // Joints alone are bounded too: ten of them end the gap.
    expect(t.findAll(tokensOf(`accept ${'and '.repeat(11)}as members`))).toHaveLength(0);
  });
  it('stops a noun gap (a demand phrasing) at "having", but not at a copula or a determiner', () => {
    const nouns = trie(
      [
        ['include … in the alliance', 'admit'],
        ['sanctions … lifted', 'relief'],
      ],
      true,
    );
    expect(nouns.findAll(tokensOf('include Ukraine and Georgia in the alliance'))).toHaveLength(1);
    // The gap would cover a clause of its own: not the demand.
    expect(nouns.findAll(tokensOf('that includes having troops in the alliance'))).toHaveLength(0);
    expect(nouns.findAll(tokensOf('include that country in the alliance'))).toHaveLength(1);
    // A passive's copula is part of the phrasing.
    expect(nouns.findAll(tokensOf('sanctions are actually lifted'))).toHaveLength(1);
    // Cue phrases keep passable gaps.
    expect(
      trie([['include … in the alliance', 'admit']]).findAll(
        tokensOf('includes having troops in the alliance'),
      ),
    ).toHaveLength(1);
  });
});
