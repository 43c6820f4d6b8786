import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorFromRange, resolveAnchor } from './anchor';

const doc = (text: string, hash = `h:${text.length}:${text.slice(0, 8)}`) => ({ id: 'd1', text, hash });
const TEXT = 'Ryabkov said no. Then Ryabkov said no. Finally NATO said maybe, and Ryabkov said no.';

describe('anchorFromRange', () => {
  it('keeps the quote with up to 32 characters of context each side', () => {
    const start = TEXT.indexOf('Then');
    const anchor = anchorFromRange(doc(TEXT), start, start + 21);
    expect(anchor).toMatchObject({ document: 'd1', quote: 'Then Ryabkov said no.', start, end: start + 21 });
    expect(anchor.prefix).toBe('Ryabkov said no. ');
    expect(anchor.suffix).toBe(TEXT.slice(start + 21, start + 21 + 32));
  });

  it('names the document and the bad range', () => {
    expect(() => anchorFromRange(doc(TEXT), 5, TEXT.length + 1)).toThrow(
      `runs past the end of document "d1" (${TEXT.length} characters)`,
    );
    expect(() => anchorFromRange(doc(TEXT), 5, 5)).toThrow('not a valid selection');
    expect(() => anchorFromRange(doc('a    b'), 1, 4)).toThrow('selects only whitespace');
  });
});

describe('resolveAnchor', () => {
  it('is anchored in place while the hash is unchanged', () => {
    const anchor = anchorFromRange(doc(TEXT), 0, 16);
    expect(resolveAnchor(anchor, doc(TEXT))).toEqual({ status: 'anchored', start: 0, end: 16 });
  });

  it('re-finds a moved quote and uses the context to pick among repeats', () => {
    const second = TEXT.indexOf('Ryabkov said no.', 5);
    const anchor = anchorFromRange(doc(TEXT), second, second + 16);
    const edited = 'Preface added by the editor. ' + TEXT;
    const resolved = resolveAnchor(anchor, doc(edited));
    expect(resolved).toEqual({ status: 'reanchored', start: second + 29, end: second + 45 });
  });

  it('orphans a quote that is gone, or whose document is gone, keeping its old offsets', () => {
    const anchor = anchorFromRange(doc(TEXT), 47, 62);
    expect(resolveAnchor(anchor, doc(TEXT.replace('NATO said maybe', 'NATO declined')))).toEqual({
      status: 'orphaned',
      start: 47,
      end: 62,
    });
    expect(resolveAnchor(anchor, undefined)).toEqual({ status: 'orphaned', start: 47, end: 62 });
  });

  it('always lands on the same quote text after an unrelated insertion (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 200 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 50 }),
        fc.nat(),
        (text, a, b, insert, at) => {
          const start = a % (text.length - 1);
          const end = start + 1 + (b % (text.length - start));
          fc.pre(text.slice(start, end).trim().length > 0);
          const anchor = anchorFromRange(doc(text), start, end);
          expect(resolveAnchor(anchor, doc(text)).status).toBe('anchored');
          const where = at % (text.length + 1);
          const edited = text.slice(0, where) + insert + text.slice(where);
          const resolved = resolveAnchor(anchor, doc(edited, 'other'));
          if (resolved.status === 'orphaned') expect(edited.includes(anchor.quote)).toBe(false);
          else expect(edited.slice(resolved.start, resolved.end)).toBe(anchor.quote);
        },
      ),
      { numRuns: 500 },
    );
  });
});
