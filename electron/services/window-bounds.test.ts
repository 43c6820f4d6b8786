import { describe, expect, it } from 'vitest';
import { DEFAULT_BOUNDS, sanitizeBounds } from './window-bounds';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('sanitizeBounds', () => {
  it('keeps a position that is on a display', () => {
    expect(sanitizeBounds({ x: 100, y: 50, width: 1200, height: 800 }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });
  it('drops a position on a display that is gone, keeping the size', () => {
    expect(sanitizeBounds({ x: 3000, y: 50, width: 1200, height: 800, maximized: true }, screen)).toEqual({
      width: 1200,
      height: 800,
      maximized: true,
    });
  });
  it('falls back to defaults for junk and clamps tiny sizes', () => {
    expect(sanitizeBounds('nonsense', screen)).toEqual(DEFAULT_BOUNDS);
    expect(sanitizeBounds({ width: 10, height: Number.NaN }, screen)).toEqual({
      width: 720,
      height: DEFAULT_BOUNDS.height,
      maximized: false,
    });
  });
});
