import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createConfStore } from './key-value-store';
import { tempDir } from './test-support/fixtures';

let dir: string;
beforeEach(() => (dir = tempDir()));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('stores JSON values under plain keys in <dir>/<name>.json', () => {
  const store = createConfStore(dir, 'analyst');
  expect(store.path).toBe(path.join(dir, 'analyst.json'));
  store.set('a.b', { x: [1, 2] });
  expect(createConfStore(dir, 'analyst').get('a.b')).toEqual({ x: [1, 2] });
  expect(JSON.parse(fs.readFileSync(store.path, 'utf8'))).toEqual({ 'a.b': { x: [1, 2] } });
});

it('throws on a corrupt file instead of clearing it (clearInvalidConfig stays false)', () => {
  fs.writeFileSync(path.join(dir, 'analyst.json'), '{ broken');
  expect(() => createConfStore(dir, 'analyst').get('analyst')).toThrow();
  expect(fs.readFileSync(path.join(dir, 'analyst.json'), 'utf8')).toBe('{ broken');
});
