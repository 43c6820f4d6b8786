import { cpSync, mkdtempSync, rmSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../../../shared/derive/test-support/seed-corpus';
import { decodeText } from './decode-text';
import { loadCorpus } from './load-corpus';

const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'standpoint-corpus-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('loads the seed corpus with its metadata and content hashes', async () => {
    const { documents, problems } = await loadCorpus(CORPUS_DIR);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.id)).toContain('cnsnews-2022-01-11-no-reason-for-optimism');
    expect(documents.every((d) => /^[0-9a-f]{64}$/.test(d.hash))).toBe(true);
    expect(documents.find((d) => d.id === 'izvestia-2022-01-14-full-translation')?.translationOf).toBe(
      'izvestia-2022-01-14-condensed',
    );
  });

  it('reports each bad file by name and keeps the good ones', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'good.txt'),
      '\uFEFFTalks in Geneva\nGENEVA, Jan. 10, 2022 — Moscow demands a halt to NATO expansion.',
    );
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(
      path.join(dir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
    );
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in Gen\xe8ve', 'latin1'));
    writeFileSync(path.join(dir, 'huge.txt'), '');
    truncateSync(path.join(dir, 'huge.txt'), 50 * 1024 * 1024); // a 50 MB file, sparse on disk
    writeFileSync(path.join(dir, 'notes.md'), '# Undated notes\n\nNothing about dates here.');
    writeFileSync(
      path.join(dir, 'wire-2022-01-12-nrc.txt'),
      'Council meets\nThe allies met Russia in Brussels.',
    );
    writeFileSync(path.join(dir, 'image.png'), 'not a text file: ignored');
    writeFileSync(path.join(dir, 'README.md'), 'About this folder: not an article, ignored.');

    const { documents, problems } = await loadCorpus(dir);
    expect(documents.map((d) => d.path).sort()).toEqual(['good.txt', 'notes.md', 'wire-2022-01-12-nrc.txt']);
    const good = documents.find((d) => d.path === 'good.txt')!;
    expect(good.text.startsWith('Talks in Geneva')).toBe(true); // BOM stripped
    expect(good).toMatchObject({ id: 'good', title: 'Talks in Geneva', published: '2022-01-10' });
    expect(documents.find((d) => d.path === 'notes.md')).toMatchObject({
      title: 'Undated notes',
      published: null,
    });
    // No dateline in the text: the date the analyst put in the file name is used, and the note says so.
    expect(documents.find((d) => d.path === 'wire-2022-01-12-nrc.txt')).toMatchObject({
      published: '2022-01-12',
      publishedNote: expect.stringContaining('Taken from the file name'),
    });

    const message = (file: string) => problems.find((p) => p.source === file)?.message ?? '';
    expect(message('empty.txt')).toBe(
      'empty.txt: is empty. The file was skipped; the other documents are still used.',
    );
    expect(message('binary.txt')).toContain('binary.txt: is a binary file');
    expect(message('latin1.txt')).toMatch(/latin1\.txt: is not valid UTF-8 \(first bad byte at offset 3\)/);
    expect(message('huge.txt')).toContain('huge.txt: is 50.0 MB, larger than the 20 MB limit');
    expect(message('notes.md')).toContain('No date found');
    expect(message('wire-2022-01-12-nrc.txt')).toBe('');
    expect(problems.filter((p) => p.severity === 'error')).toHaveLength(4);
  });

  it('refuses a 50 MB buffer before decoding it', () => {
    const result = decodeText(Buffer.alloc(50 * 1024 * 1024, 0x61), 'big.txt');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problem.message).toContain('big.txt: is 50.0 MB, larger than the 20 MB limit');
  });

  it('reports a broken corpus.json and falls back to inferred metadata', async () => {
    const dir = tempDir();
    cpSync(path.join(CORPUS_DIR, 'cnsnews-2022-01-11-no-reason-for-optimism.txt'), path.join(dir, 'a.txt'));
    writeFileSync(path.join(dir, 'corpus.json'), '{"documents": [');
    const { documents, problems } = await loadCorpus(dir);
    expect(documents).toHaveLength(1);
    expect(documents[0]?.published).toBe('2022-01-11'); // from the byline
    expect(problems[0]?.message).toMatch(/^corpus\.json is not valid JSON/);
  });

  it('reports a corpus.json entry with a bad field and a listed file that is missing', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'Moscow wants a halt to NATO expansion.');
    writeFileSync(
      path.join(dir, 'corpus.json'),
      JSON.stringify({
        documents: [
          { id: 'a', path: 'a.txt', title: 'A', published: '11/01/2022' },
          { id: 'b', path: 'b.txt', title: 'B' },
        ],
      }),
    );
    const { documents, problems } = await loadCorpus(dir);
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('corpus.json documents[0]: published must be a date YYYY-MM-DD'),
        'b.txt: does not exist. The file was skipped; the other documents are still used.',
      ]),
    );
    expect(documents.map((d) => d.path)).toEqual(['a.txt']);
  });
  it('fills a null or missing title and date in corpus.json from the text, keeping the entry', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'a.txt'),
      'Allies answer Moscow\n\nBy A. Writer | January 27, 2022\n\nThe alliance kept its door open.',
    );
    writeFileSync(path.join(dir, 'b.txt'), 'Notes without a date\n\nMoscow wants guarantees.');
    writeFileSync(
      path.join(dir, 'corpus.json'),
      JSON.stringify({
        documents: [
          { id: 'a', path: 'a.txt', title: null, outlet: 'Wire', published: null },
          { id: 'b', path: 'b.txt', published: '2022-02-01' },
        ],
      }),
    );
    const { documents, problems } = await loadCorpus(dir);
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      expect.objectContaining({
        id: 'a',
        title: 'Allies answer Moscow',
        outlet: 'Wire',
        published: '2022-01-27',
      }),
      expect.objectContaining({ id: 'b', title: 'Notes without a date', published: '2022-02-01' }),
    ]);
  });
  it('names a corpus folder that does not exist, or is a file', async () => {
    await expect(loadCorpus(path.join(tmpdir(), 'standpoint-no-such-corpus'))).rejects.toThrow(
      /corpus folder .*standpoint-no-such-corpus does not exist/,
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'standpoint-file-')), 'corpus.txt');
    writeFileSync(file, 'text');
    await expect(loadCorpus(file)).rejects.toThrow(/is a file, not a folder/);
  });
});
