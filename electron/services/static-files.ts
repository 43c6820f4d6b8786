/**
 * Reads a file of the built renderer for the app:// protocol and for browser mode: confined to the
 * renderer folder, typed by extension. Electron's handler uses it instead of net.fetch(file://…),
 * so the session can refuse every file:// request outright.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveInside } from './safe-path';

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

export type StaticFile =
  { status: 200; body: Buffer; type: string } | { status: 403 | 404; body: string; type: string };

export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile> {
  const file = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath);
  if (!file) return { status: 403, body: 'Forbidden', type: 'text/plain' };
  const body = await readFile(file).catch(() => null);
  if (!body) return { status: 404, body: 'Not found', type: 'text/plain' };
  return { status: 200, body, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
