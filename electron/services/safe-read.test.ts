/**
 * Hostile corpus folders: named pipes, symbolic links (listed in corpus.json or not, to files
 * inside or outside the folder, or to a folder), folders named as documents, over-long ids. Each is
 * refused with a problem naming the file, start-up never hangs, and nothing outside the corpus
 * folder is ever read or served.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus/load-corpus';
import { createMatrixService } from './corpus/matrix-service';
import { readFileInside } from './safe-read';

const ARTICLE = 'Talks in Geneva\nGENEVA, Jan. 10, 2022 — Moscow demands a halt to NATO expansion.';
const SECRET = 'root:x:0:0:this line must never reach Standpoint';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-hostile-'));
  dirs.push(dir);
  return dir;
};

/** A corpus folder with a good article, and beside it (outside) a secret file and folder. */
function hostileCorpus() {
  const root = tempDir();
  const corpus = path.join(root, 'corpus');
  const outside = path.join(root, 'outside');
  fs.mkdirSync(corpus);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'passwd.txt'), SECRET);
  fs.writeFileSync(path.join(corpus, 'good.txt'), ARTICLE);
  fs.writeFileSync(path.join(corpus, 'inside.txt'), ARTICLE.replace('Geneva', 'Vienna'));
  execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]);
  execFileSync('mkfifo', [path.join(corpus, 'listed-pipe.txt')]);
  fs.symlinkSync(path.join(outside, 'passwd.txt'), path.join(corpus, 'escape.txt'));
  fs.symlinkSync(path.join(corpus, 'inside.txt'), path.join(corpus, 'alias.txt'));
  fs.symlinkSync(outside, path.join(corpus, 'linked-folder'));
  fs.mkdirSync(path.join(corpus, 'folder.txt'));
  const entry = (id: string, file: string) => ({ id, path: file, title: id, published: '2022-01-10' });
  fs.writeFileSync(
    path.join(corpus, 'corpus.json'),
    JSON.stringify({
      documents: [
        entry('good', 'good.txt'),
        entry('inside', 'inside.txt'),
        entry('listed-pipe', 'listed-pipe.txt'),
        entry('listed-escape', 'escape.txt'),
        entry('listed-alias', 'alias.txt'),
        entry('through-link', 'linked-folder/passwd.txt'),
        entry('a-folder', 'folder.txt'),
        entry('x'.repeat(201), 'good.txt'),
      ],
    }),
  );
  return corpus;
}

const problemFor = (problems: Array<{ message: string }>, file: string) =>
  problems.find((p) => p.message.startsWith(`${file}: `))?.message;

describe('a hostile corpus folder', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(process.platform === 'win32', 'needs POSIX symlinks, named pipes and permissions, so it skips on Windows (check: node -p process.platform)'));
  it('is loaded without hanging, each bad entry refused by name, nothing outside read', async () => {
    const corpus = hostileCorpus();
    const started = Date.now();
    const { documents, problems } = await loadCorpus(corpus);
    expect(Date.now() - started).toBeLessThan(5_000);

    expect(documents.map((d) => d.id).sort()).toEqual(['good', 'inside']);
    expect(documents.some((d) => d.text.includes('root:x'))).toBe(false);
    const messages = problems.map((p) => p.message);
    expect(problemFor(problems, 'listed-pipe.txt')).toContain('is a named pipe (FIFO), not a file');
    expect(problemFor(problems, 'pipe.txt')).toContain('is a named pipe (FIFO), not a file');
    expect(problemFor(problems, 'escape.txt')).toContain('is a symbolic link');
    expect(problemFor(problems, 'alias.txt')).toContain('is a symbolic link');
    expect(problemFor(problems, 'linked-folder')).toContain('is a symbolic link');
    expect(problemFor(problems, 'linked-folder/passwd.txt')).toContain('outside the corpus folder');
    expect(problemFor(problems, 'folder.txt')).toContain('is a folder, not a document');
    expect(messages.find((m) => m.includes('documents[7]'))).toMatch(/id is longer than 200 characters/);
    expect(messages.join('\n')).not.toContain('root:x');
  });

  it('never serves a document from outside the corpus through document:get', async () => {
    const corpus = hostileCorpus();
    const service = createMatrixService({
      corpusDir: corpus,
      ontologyPath: path.resolve('corpus/ontology.json'),
      cacheDir: path.join(tempDir(), 'cache'),
    });
    for (const id of ['listed-escape', 'through-link', 'listed-alias', 'listed-pipe'])
      await expect(service.getDocument(id)).rejects.toThrow(`There is no document with id "${id}"`);
    expect((await service.getDocument('good')).text).toBe(ARTICLE);
  });

  it('refuses a corpus.json that is a named pipe instead of waiting for a writer', async () => {
    const corpus = tempDir();
    fs.writeFileSync(path.join(corpus, 'good.txt'), ARTICLE);
    execFileSync('mkfifo', [path.join(corpus, 'corpus.json')]);
    const { documents, problems } = await loadCorpus(corpus);
    expect(documents.map((d) => d.id)).toEqual(['good']);
    expect(problems.map((p) => p.message).join('\n')).toContain('corpus.json is a named pipe (FIFO)');
  });

  it('refuses an ontology.json that is a named pipe, and derives an empty matrix that says why', async () => {
    const corpus = tempDir();
    fs.writeFileSync(path.join(corpus, 'good.txt'), ARTICLE);
    execFileSync('mkfifo', [path.join(corpus, 'ontology.json')]);
    const service = createMatrixService({
      corpusDir: corpus,
      ontologyPath: path.join(corpus, 'ontology.json'),
      cacheDir: path.join(tempDir(), 'cache'),
    });
    const matrix = await service.getMatrix();
    expect(matrix.problems.map((p) => p.message)).toContain(
      'ontology.json is a named pipe (FIFO), not a file; it was not read; no party or demand is known.',
    );
  });
});

describe('reading a file inside a folder', () => {
  // prettier-ignore
  beforeEach((ctx) => ctx.skip(process.platform === 'win32', 'needs POSIX symlinks, named pipes and permissions, so it skips on Windows (check: node -p process.platform)'));
  it('reads a regular file and refuses everything else with a reason', async () => {
    const corpus = hostileCorpus();
    const read = (rel: string) => readFileInside(corpus, rel, { maxBytes: 1024 * 1024 });
    expect(await read('good.txt')).toEqual({ ok: true, bytes: Buffer.from(ARTICLE) });
    expect(await read('missing.txt')).toMatchObject({ ok: false, missing: true, reason: 'does not exist.' });
    expect(await read('../outside/passwd.txt')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('outside'),
    });
    expect(await read('/etc/passwd')).toMatchObject({ ok: false });
    expect(await readFileInside(corpus, 'good.txt', { maxBytes: 10 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('larger than'),
    });
  });
});
