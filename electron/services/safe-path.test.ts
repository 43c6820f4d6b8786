import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInside } from './safe-path';

describe('resolveInside', () => {
  const root = path.resolve('/srv/app');
  it('maps ordinary paths inside the root', () => {
    expect(resolveInside(root, '/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });
  it('never leaves the root', () => {
    for (const evil of [
      '/../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/a/../../b',
      '/..\\..\\x',
    ]) {
      const resolved = resolveInside(root, evil);
      expect(resolved === null || resolved.startsWith(root + path.sep)).toBe(true);
    }
  });
  it('rejects malformed escapes and NUL bytes', () => {
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
    expect(resolveInside(root, '/a%00.html')).toBeNull();
  });
});
