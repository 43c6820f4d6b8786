import { describe, expect, it } from 'vitest';
import { splitSentences } from './fast-sentences';

describe('sentence boundaries in news English', () => {
  it.each([
    [
      'From Izvestia, Jan. 14, 2022. The U.S. said so at 3 p.m. on Monday. NATO agreed.',
      ['From Izvestia, Jan. 14, 2022.', 'The U.S. said so at 3 p.m. on Monday.', 'NATO agreed.'],
    ],
    ['Gen. Milley spoke. Mr. Blinken replied.', ['Gen. Milley spoke.', 'Mr. Blinken replied.']],
    ['J. Smith wrote it. It was long.', ['J. Smith wrote it.', 'It was long.']],
    ['A Russia-U.S. security treaty was drafted.', ['A Russia-U.S. security treaty was drafted.']],
    ['Talks with the U.S. The allies met later.', ['Talks with the U.S.', 'The allies met later.']],
    [
      '“Is that a threat to us?” he asked. Nobody answered.',
      ['“Is that a threat to us?” he asked.', 'Nobody answered.'],
    ],
    ['“We will not agree,” Sherman said. “Never.”', ['“We will not agree,” Sherman said.', '“Never.”']],
    ['Read more on euronews.com today.', ['Read more on euronews.com today.']],
    ['They discussed cooperation.Shoigu said more.', ['They discussed cooperation.', 'Shoigu said more.']],
    ['Prices rose 0.8% on Friday. Markets fell.', ['Prices rose 0.8% on Friday.', 'Markets fell.']],
    [
      'The demands were: 1. no expansion; 2. no missiles.',
      ['The demands were: 1. no expansion; 2. no missiles.'],
    ],
    ['Wait... What happened next? Nobody knows!', ['Wait...', 'What happened next?', 'Nobody knows!']],
    [
      'Putin wants guarantees that would stop NATO moving east … In response, the White House said the door stays open.',
      [
        'Putin wants guarantees that would stop NATO moving east …',
        'In response, the White House said the door stays open.',
      ],
    ],
    ['He paused… and then went on.', ['He paused… and then went on.']],
  ])('%s', (paragraph, expected) => {
    expect(splitSentences(paragraph)).toEqual(expected);
  });

  it('every sentence is a substring of the paragraph, in order, on any input', () => {
    const parts = [
      'U.S.',
      'Jan.',
      '.',
      '?',
      '!',
      '”',
      '“',
      'The',
      'the',
      'a',
      '1.',
      'x',
      ' ',
      '  ',
      'J.',
      'euro.com',
      'word.Next',
    ];
    for (let n = 0; n < 500; n++) {
      const paragraph = Array.from({ length: 30 }, (_, i) => parts[(n * 7 + i * 13) % parts.length]).join(
        ' ',
      );
      let cursor = 0;
      for (const s of splitSentences(paragraph)) {
        const at = paragraph.indexOf(s, cursor);
        expect(at).toBeGreaterThanOrEqual(cursor);
        cursor = at + s.length;
      }
    }
  });
});
