import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readStaticFile } from './static-files';

describe('readStaticFile', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-static-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {}');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'outside');

  it('serves index.html for / and types files by extension', async () => {
    const index = await readStaticFile(root, '/');
    expect(index).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(String(index.body)).toBe('<!doctype html>');
    expect(await readStaticFile(root, '/assets/app.js')).toMatchObject({
      status: 200,
      type: 'text/javascript; charset=utf-8',
    });
  });

  it('answers 404 for a missing file and 403 for a path outside the folder', async () => {
    expect((await readStaticFile(root, '/nope.js')).status).toBe(404);
    expect((await readStaticFile(root, '/%2e%2e/secret.txt')).status).not.toBe(200);
    expect((await readStaticFile(root, '/%E0%A4%A')).status).toBe(403);
  });

  describe('on POSIX links and pipes', () => {
    // prettier-ignore
    beforeEach((ctx) => ctx.skip(process.platform === 'win32', 'needs POSIX symlinks and named pipes, so it skips on Windows (check: node -p process.platform)'));
    it('checks where a path really leads: links out of the folder, pipes and folders are refused', async () => {
      const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-outside-'));
      fs.writeFileSync(path.join(outside, 'passwd'), 'root:x:0:0');
      fs.symlinkSync(path.join(outside, 'passwd'), path.join(root, 'leak.js'));
      fs.symlinkSync(outside, path.join(root, 'linked'));
      execFileSync('mkfifo', [path.join(root, 'pipe.js')]);
      for (const url of ['/leak.js', '/linked/passwd', '/pipe.js', '/assets']) {
        const file = await readStaticFile(root, url);
        expect(file.status, url).toBe(403);
        expect(String(file.body)).not.toContain('root:x');
      }
      fs.rmSync(outside, { recursive: true, force: true });
    });
  });
});
