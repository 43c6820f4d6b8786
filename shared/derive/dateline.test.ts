import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline';
import { createSegmenter } from './segment';
import { derive } from './test-support/reading';
import { seedOntology } from './test-support/seed-corpus';

const opening = (paragraph: string) => paragraph.slice(0, datelineLength(paragraph));

describe('a wire dateline opening a paragraph', () => {
  it.each([
    ['GENEVA, Jan 10 (Reuters) - Talks began on Monday.', 'GENEVA, Jan 10 (Reuters) - '],
    ['ANKARA (AP) — The minister spoke.', 'ANKARA (AP) — '],
    ['OSLO, Norway (AP) — The minister spoke.', 'OSLO, Norway (AP) — '],
    ['NEW DELHI, 3 March 2022 (PTI) -- Officials met.', 'NEW DELHI, 3 March 2022 (PTI) -- '],
    ['SANTIAGO – “We will not sign,” the envoy said.', 'SANTIAGO – '],
    ['Warsaw, Feb. 9 (dpa) – Poland asked for troops.', 'Warsaw, Feb. 9 (dpa) – '],
    ['(Reuters) - The minister spoke.', '(Reuters) - '],
    // Several filing places joined by slashes, with a date.
    ['Oslo/Bergen, 4 May 2021 - The envoys met.', 'Oslo/Bergen, 4 May 2021 - '],
    ['Lisbon/Madrid/Paris, Mar 2 - Talks went on.', 'Lisbon/Madrid/Paris, Mar 2 - '],
  ])('%s', (paragraph, dateline) => {
    expect(opening(paragraph)).toBe(dateline);
  });

  it.each([
    // An organisation in capitals before a dash of apposition, a place in ordinary case with no date,
    // a speaker's label, an abbreviation, a dash inside the sentence.
    'NATO — the alliance founded in 1949 — answered on Wednesday.',
    'OSCE — Vienna — hosted the meeting.',
    'Geneva — neutral ground — was chosen again.',
    'Sergei Lavrov (Russia) – We want answers.',
    'US – Russia talks resumed.',
    'The envoy said talks in GENEVA - the Swiss city - went well.',
    'MOSCOW — which wants guarantees — waited.',
    // (Slashed names with no date: a pair of parties, not where the story was filed.)
    'Oslo/Bergen - the two cities agreed.',
  ])('no dateline: %s', (paragraph) => {
    expect(datelineLength(paragraph)).toBe(0);
  });

  it('is left out of the first sentence, whose offsets still index the text', () => {
    const text = 'Title line\n\nBRUSSELS, Jan 12 (AFP) — The allies met. They talked.';
    const [, first, second] = createSegmenter().split(text);
    expect(first?.text).toBe('The allies met.');
    expect(text.slice(first!.start, first!.end)).toBe('The allies met.');
    expect(second?.text).toBe('They talked.');
  });

  it('keeps the place out of the quote and out of the parties named', () => {
    const m = derive(
      'MOSCOW, Jan 26 (Reuters) - The alliance rejected the demand for a halt to its enlargement.',
      '2022-01-26',
      seedOntology(),
    );
    const quotes = m.cells.flatMap((c) => c.citations.map((x) => x.quote));
    expect(quotes).toEqual(['The alliance rejected the demand for a halt to its enlargement.']);
    // "MOSCOW" filed the story; it did not demand anything in it.
    expect(m.cells.filter((c) => c.party === 'russia' && c.citations.length > 0)).toEqual([]);
  });
});
