/**
 * Reads a file of the built renderer for the app:// protocol and for browser mode: confined to the
 * renderer folder by the path's text (safe-path.ts) and by where it really leads (safe-read.ts: no
 * links out, no pipes, no folders), typed by extension. Electron's handler uses it instead of
 * net.fetch(file://…), so the session can refuse every file:// request outright.
 */
import path from 'node:path';
import { resolveInside } from './safe-path';
import { readFileInside } from './safe-read';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Larger than any file of the build; bounds what one request can make main read. */
const MAX_STATIC_BYTES = 50 * 1024 * 1024;

export type StaticFile =
  { status: 200; body: Buffer; type: string } | { status: 403 | 404; body: string; type: string };

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const file = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!file) return { status: 403, body: 'Forbidden', type: 'text/plain' };
  const read = await readFileInside(root, path.relative(root, file), {
    maxBytes: MAX_STATIC_BYTES,
    inArchive: /\.asar([\\/]|$)/i.test(root),
  });
  if (!read.ok)
    return read.missing
      ? { status: 404, body: 'Not found', type: 'text/plain' }
      : { status: 403, body: 'Forbidden', type: 'text/plain' };
  return { status: 200, body: read.bytes, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
