/** Corpus search: index build and query time over generated documents. */
import type { SourceDocument } from '../shared/model';
import { makeDocument } from '../shared/model/test-support/make-document';
import { CorpusSearch } from '../electron/services/corpus-search';

const WORDS =
  'Moscow Washington alliance expansion missiles Geneva talks security guarantees rejected willing discuss 1997 Founding Act deployment Europe Ukraine sanctions'.split(
    ' ',
  );

function generated(count: number): SourceDocument[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 12 }, () =>
      Array.from({ length: 90 }, () => WORDS[next() % WORDS.length]).join(' '),
    );
    return makeDocument(`doc-${i}`, paragraphs.join('\n\n'), { title: `Generated article ${i}` });
  });
}

export function runSearchBench(): Record<string, number> {
  const documents = generated(1000);
  let t = performance.now();
  const search = new CorpusSearch(documents);
  const build = performance.now() - t;
  t = performance.now();
  const runs = 50;
  for (let i = 0; i < runs; i++) search.search(i % 2 ? '1997' : 'missile deploy');
  const query = (performance.now() - t) / runs;
  return {
    'search: index 1,000 documents (ms)': build,
    'search: one query over 1,000 documents (ms)': query,
  };
}
