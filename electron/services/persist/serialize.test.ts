import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeStore } from './serialize';

describe('store serialisation', () => {
  it('gives back, through JSON.parse, exactly the content it was given', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (content) => {
        expect(JSON.parse(serializeStore(content).toString('utf8'))).toEqual(
          JSON.parse(JSON.stringify(content)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('writes one item per line and reuses the bytes of an item it has seen', () => {
    const item = { id: 'a', text: 'naïve “quote”' };
    const content = { analyst: { notes: [item, { id: 'b', text: 'x' }] } };
    const text = serializeStore(content).toString('utf8');
    expect(text.split('\n')).toContain('\t\t\t{"id":"a","text":"naïve “quote”"},');
    // Items are frozen once serialised: an in-place edit would leave stale bytes, so it is refused.
    expect(() => {
      (item as { text: string }).text = 'changed';
    }).toThrow(TypeError);
    expect(serializeStore(content).equals(serializeStore(content))).toBe(true);
  });
});
