import { describe, expect, it } from 'vitest';
import { append } from './append';

describe('append', () => {
  it('appends a million items, where spreading them into push overflows the stack', () => {
    const many = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => [0].push(...many)).toThrow(RangeError);
    const out = append([-1], many);
    expect(out).toHaveLength(1_000_001);
    expect(out[0]).toBe(-1);
    expect(out[1_000_000]).toBe(999_999);
  });
});
