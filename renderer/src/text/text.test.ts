import { describe, expect, it } from 'vitest';
import { formatDate } from './format';
import { findAll, segmentText } from './segments';
import { quoteInContext, sentenceSpans } from './sentences';

describe('quote in context', () => {
  const text =
    'Talks opened in Geneva. Mr. Sherman said expansion was a "non-starter." Moscow disagreed! Later, more.';
  it('gives the sentence before and after, not splitting at "Mr."', () => {
    const start = text.indexOf('non-starter');
    const ctx = quoteInContext(text, start, start + 'non-starter'.length);
    expect(ctx.before).toBe('Talks opened in Geneva.');
    expect(ctx.lead).toBe('Mr. Sherman said expansion was a "');
    expect(ctx.quote).toBe('non-starter');
    expect(ctx.trail).toBe('."');
    expect(ctx.after).toBe('Moscow disagreed!');
  });
  it('copes with a quote in the first and last sentence', () => {
    expect(quoteInContext(text, 0, 5).before).toBe('');
    expect(quoteInContext(text, text.length - 5, text.length).after).toBe('');
    expect(sentenceSpans('')).toEqual([]);
  });
});

describe('segments', () => {
  it('splits overlapping highlights into runs that each know what covers them', () => {
    const segs = segmentText(10, [
      { start: 2, end: 6, data: 'a' },
      { start: 4, end: 8, data: 'b' },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.covering.join('')])).toEqual([
      [0, 2, ''],
      [2, 4, 'a'],
      [4, 6, 'ab'],
      [6, 8, 'b'],
      [8, 10, ''],
    ]);
  });
  it('finds every case-insensitive occurrence', () => {
    expect(findAll('NATO, nato, Nato', 'nato')).toHaveLength(3);
    expect(findAll('abc', '')).toEqual([]);
  });
});

describe('dates', () => {
  it('reads calendar dates without a time zone shift', () => {
    expect(formatDate('2022-01-11')).toBe('11 Jan 2022');
    expect(formatDate(null)).toBe('undated');
  });
});
