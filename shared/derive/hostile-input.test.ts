/**
 * Work bounded by the input: text that is not prose (a base64 blob, a megabyte without a full stop,
 * long runs of spaces or hyphens) and hostile ontology phrases never make derivation slow, and are
 * reported by name. The phrase matcher is fuzzed: any phrases against any text, linear and exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileOntology } from './compile-ontology';
import { MAX_PER_CELL } from './derive-document';
import { deriveMatrix } from './derive-matrix';
import { MAX_SENTENCE, MAX_TOKEN } from './segment';
import { doc, seedOntology } from './test-support/seed-corpus';
import { buildTokenTrie } from './token-trie';
import { KeyCache, phraseWords, tokenize } from './tokens';

const ontology = seedOntology();
const timed = <T>(fn: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = fn();
  return { value, ms: performance.now() - started };
};

describe('hostile documents', () => {
  it('gives a cell at most MAX_PER_CELL citations from one document, names what it left out, and never overflows', () => {
    const sentence = 'Moscow demands a halt to NATO expansion, Ryabkov said. ';
    const text = sentence.repeat(1_500);
    const { value: m, ms } = timed(() => deriveMatrix([doc('repeat', text)], ontology));
    const cell = m.cells.find((c) => c.party === 'russia' && c.demand === 'non-expansion')!;
    expect(cell.citations).toHaveLength(MAX_PER_CELL);
    // The first sentences are the ones kept.
    expect(Math.min(...cell.citations.map((c) => c.start))).toBe(0);
    expect(m.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(
        /^repeat\.txt: 1,400 more citations of Russia × .* were left out: one document gives a cell at most 100/,
      ),
    );
    expect(ms).toBeLessThan(10_000);
  });

  it('leaves out a 1 MB run without a space and names it; the prose around it is still read', () => {
    const blob = Array.from(
      { length: 1_000_000 },
      (_, i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[i % 64],
    ).join('');
    const text = `Moscow demands a halt to NATO expansion. ${blob} Washington rejected any halt to NATO enlargement.`;
    const { value: m, ms } = timed(() => deriveMatrix([doc('blob', text)], ontology));
    expect(ms).toBeLessThan(10_000);
    expect(
      m.problems.some((p) => p.message.includes(`more than ${MAX_TOKEN} characters without a space`)),
    ).toBe(true);
    const cell = (party: string) => m.cells.find((c) => c.party === party && c.demand === 'non-expansion')!;
    expect(cell('russia').stance).toBe('supports');
    expect(cell('united-states').stance).toBe('rejects');
  });

  it('reads a megabyte without a full stop in bounded pieces, every citation verbatim', () => {
    const words = 'Moscow wants a halt to NATO expansion and the talks go on ';
    const text = words.repeat(Math.ceil(1_000_000 / words.length));
    const { value: m, ms } = timed(() => deriveMatrix([doc('long', text)], ontology));
    expect(ms).toBeLessThan(30_000);
    const citations = m.cells.flatMap((c) => c.citations);
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(c.quote.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(c.start, c.end)).toBe(c.quote);
    }
  });

  it('is not slowed by long runs of spaces or hyphens in the text', () => {
    const text = `Moscow${' '.repeat(200_000)}demands${'-'.repeat(200_000)} a halt to NATO expansion.`;
    const { ms } = timed(() => deriveMatrix([doc('runs', text)], ontology));
    expect(ms).toBeLessThan(10_000);
  });

  it('compiles and matches an ontology phrase made of hyphens and gaps in linear time', () => {
    const hostile = {
      ...ontology,
      demands: ontology.demands.map((d, i) =>
        i === 0 ? { ...d, phrases: [...d.phrases, `${'-'.repeat(5_000)}x`, '… … … …', 'a … b … c … d'] } : d,
      ),
    };
    const text = `${'a b c '.repeat(20_000)} ${' '.repeat(50_000)} ${'-'.repeat(50_000)}`;
    const { ms } = timed(() => deriveMatrix([doc('phrases', text)], hostile));
    expect(ms).toBeLessThan(10_000);
  });
});

describe('the phrase matcher (fuzzed)', () => {
  const alphabet = [
    'a',
    'b',
    'non',
    'expansion',
    'open',
    'door',
    '-',
    '–',
    '“',
    '”',
    "'s",
    '…',
    'NATO',
    ' ',
    '  ',
  ];
  const phrase = fc
    .array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 8 })
    .map((p) => p.join(' '));
  const keyCache = new KeyCache(null, () => true);

  it('finds only real, ordered, non-overlapping spans of the text, quickly, for any phrases and text', () => {
    fc.assert(
      fc.property(
        fc.array(phrase, { minLength: 1, maxLength: 20 }),
        fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }),
        (phrases, parts) => {
          const trie = buildTokenTrie(
            phrases.map((p, i) => ({ words: phraseWords(p), phrase: p, value: i })),
            (w) => [w.toLowerCase()],
            (t) => t.keys,
          );
          const text = parts.join(' ');
          const tokens = tokenize(text, 0, text.length, keyCache);
          const started = performance.now();
          const found = trie.find(tokens);
          expect(performance.now() - started).toBeLessThan(200);
          let previous = -1;
          for (const m of found) {
            expect(m.first).toBeGreaterThan(previous);
            expect(m.last).toBeGreaterThanOrEqual(m.first);
            expect(m.last).toBeLessThan(tokens.length);
            expect(m.values.length).toBeGreaterThan(0);
            previous = m.last;
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the compiled shipped ontology matches its own phrases in any inflection the lemmatizer knows', () => {
    const compiled = compileOntology(ontology);
    const text = 'Moscow demanded halting the enlargements of NATO and opposed the open doors policies.';
    const tokens = tokenize(text, 0, text.length, compiled.keyCache);
    expect(compiled.subjects.find(tokens).length).toBeGreaterThan(0);
    expect(compiled.demandPhrases.find(tokens).some((m) => m.phrase.toLowerCase().includes('open'))).toBe(
      true,
    );
  });
});
