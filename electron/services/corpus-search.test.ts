import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../shared/model/test-support/make-document';
import { CorpusSearch } from './corpus-search';

const doc = (id: string, title: string, text: string) => makeDocument(id, text, { title });

describe('CorpusSearch', () => {
  const docs = [
    doc(
      'a',
      'Talks',
      'First line.\nRussia wants NATO to withdraw to the positions held in 1997, the year of the Founding Act.',
    ),
    doc('b', 'Other', 'Nothing about that year here.\nSherman called it a non-starter.'),
  ];
  const search = new CorpusSearch(docs);

  it('finds a term and gives exact offsets into the document text', () => {
    const hits = search.search('1997');
    expect(hits.map((h) => h.document)).toEqual(['a']);
    const snippet = hits[0]!.snippets[0]!;
    expect(docs[0]!.text.slice(snippet.start, snippet.end)).toBe('1997');
    expect(snippet.before.endsWith('positions held in ')).toBe(true);
  });

  it('matches numbers exactly: a year is not fuzzily another year', () => {
    const years = new CorpusSearch([
      doc('y', 'Years', 'The INF treaty of 1987 ended.\nThe Founding Act of 1997.'),
    ]);
    const snippets = years.search('1997').flatMap((h) => h.snippets.map((s) => s.match));
    expect(snippets).toEqual(['1997']);
  });

  it('forgives a typo in a word', () => {
    expect(search.search('Sherrman')[0]?.document).toBe('b');
  });

  it('matches by prefix and ignores case', () => {
    const hits = search.search('non-sta');
    expect(hits[0]?.document).toBe('b');
    expect(hits[0]?.snippets[0]?.match.toLowerCase()).toContain('non');
  });

  it('cuts snippets at word boundaries and shows the whole word a prefix matched', () => {
    const long = doc(
      'l',
      'Long',
      'Western diplomats repeatedly told their Russian counterparts in Geneva that the alliance would ' +
        'never accept a veto over NATO expansion, whatever guarantees Moscow demanded in its draft treaties ' +
        'published in December and discussed again in January with considerable public fanfare.',
    );
    const [hit] = new CorpusSearch([long]).search('expan');
    const snippet = hit!.snippets[0]!;
    expect(snippet.match).toBe('expansion');
    expect(long.text.slice(snippet.start, snippet.end)).toBe('expansion');
    // Each side starts and ends at a whole word of the text.
    const before = snippet.before.replace(/^…/, '');
    const after = snippet.after.replace(/ …$/, '');
    expect(long.text).toContain(before + 'expansion' + after);
    const at = long.text.indexOf(before);
    expect(long.text[at - 1]).toBe(' ');
    expect(long.text[long.text.indexOf(after) + after.length]).toBe(' ');
    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.after.endsWith(' …')).toBe(true);
  });

  it('matches a term at the start of a word, not inside one', () => {
    const [hit] = new CorpusSearch([doc('s', 'S', 'A senatorial aside before NATO met.')]).search('nato');
    expect(hit!.snippets[0]!.match).toBe('NATO');
  });

  it('shows a hyphenated or multi-word query whole where the text has it', () => {
    const [hit] = new CorpusSearch([doc('o', 'O', 'The allies keep the open-door policy.')]).search(
      'open-door',
    );
    expect(hit!.snippets[0]!.match).toBe('open-door');
  });

  it('answers an empty query with no hits', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzzzqqq')).toEqual([]);
  });
});
