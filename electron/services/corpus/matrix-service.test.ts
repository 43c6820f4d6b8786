import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../../../shared/ipc/contract';
import type { OntologyEdit } from '../../../shared/model/analyst';
import { CORPUS_DIR } from '../../../shared/derive/test-support/seed-corpus';
import { makeDocument } from '../../../shared/model/test-support/make-document';
import { createMatrixService } from './matrix-service';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const setup = () => {
  const root = mkdtempSync(path.join(tmpdir(), 'standpoint-matrix-'));
  dirs.push(root);
  const corpusDir = path.join(root, 'corpus');
  cpSync(CORPUS_DIR, corpusDir, { recursive: true });
  return {
    corpusDir,
    ontologyPath: path.join(corpusDir, 'ontology.json'),
    cacheDir: path.join(root, 'cache'),
  };
};

describe('createMatrixService', () => {
  it('says how far a derivation has come while it runs, and that none runs after', async () => {
    const paths = setup();
    const service = createMatrixService(paths);
    expect(service.progress()).toEqual({ deriving: false, done: 0, total: 0 });
    const seen: Array<{ done: number; total: number }> = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const p = service.progress();
        if (p.deriving) seen.push({ done: p.done, total: p.total });
        await new Promise((r) => setImmediate(r));
      }
    })();
    await service.getMatrix();
    polling = false;
    await poll;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p.total === 5 && p.done >= 0 && p.done <= 5)).toBe(true);
    // Never backwards.
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(service.progress()).toEqual({ deriving: false, done: 0, total: 0 });
    await service.dispose();
  });

  it('derives each document once; a second start reads them all from the cache', async () => {
    const paths = setup();
    const first = createMatrixService(paths);
    const m1 = await first.getMatrix();
    expect(first.derivations).toBe(5);
    const second = createMatrixService(paths);
    const m2 = await second.getMatrix();
    expect(second.derivations).toBe(0);
    expect({ ...m2, generatedAt: '', stats: { ...m2.stats, millis: 0 } }).toEqual({
      ...m1,
      generatedAt: '',
      stats: { ...m1.stats, millis: 0 },
    });
  });

  it('re-derives only a changed document, and everything when the ontology or analyst edits change', async () => {
    const paths = setup();
    await createMatrixService(paths).getMatrix();

    writeFileSync(
      path.join(paths.corpusDir, 'bloomberg-2022-01-13-dead-end.txt'),
      'Moscow wants a halt to NATO expansion.',
    );
    const changedDoc = createMatrixService(paths);
    await changedDoc.getMatrix();
    expect(changedDoc.derivations).toBe(1);

    const edit: OntologyEdit = {
      id: 'e1',
      author: 'a',
      createdAt: '',
      updatedAt: '',
      kind: 'alias',
      partyId: 'eu',
      alias: 'Brussels',
    };
    await changedDoc.getMatrix([edit]);
    expect(changedDoc.derivations).toBe(6);
    await changedDoc.getMatrix([edit]);
    expect(changedDoc.derivations).toBe(6);
  });

  it('takes a new document by deriving it alone, and drops a removed one', async () => {
    const paths = setup();
    const service = createMatrixService(paths);
    const before = await service.getMatrix();
    // A second report of the Bloomberg article (its text with a line added): cites like it does.
    const text = `${readFileSync(path.join(paths.corpusDir, 'bloomberg-2022-01-13-dead-end.txt'), 'utf8')}\nReported again.`;
    writeFileSync(path.join(paths.corpusDir, 'lavrov.txt'), text);
    await service.addDocuments([
      makeDocument('lavrov', text, { path: 'lavrov.txt', published: '2022-01-20' }),
    ]);
    const after = await service.getMatrix();
    expect(service.derivations).toBe(6);
    expect(after.stats.documents).toBe(before.stats.documents + 1);
    expect(after.cells.flatMap((c) => c.citations).some((c) => c.document === 'lavrov')).toBe(true);
    await service.removeDocument('lavrov');
    const removed = await service.getMatrix();
    expect(service.derivations).toBe(6);
    expect(removed.cells).toEqual(before.cells);
    await service.dispose();
  });

  it('gives documents by id and a clear RequestError for an unknown id', async () => {
    const service = createMatrixService(setup());
    expect((await service.getDocument('izvestia-2022-01-28-condensed')).text).toContain(
      'The US rejected the first two provisions',
    );
    await expect(service.getDocument('nope')).rejects.toThrow(RequestError);
    await expect(service.getDocument('nope')).rejects.toThrow(
      'There is no document with id "nope" in the corpus.',
    );
    expect(await service.documents()).toHaveLength(5);
  });

  it('derives with an ontology that names only parties and demands, reading it with the shipped English cues', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'standpoint-matrix-'));
    dirs.push(root);
    const corpusDir = path.join(root, 'documents');
    cpSync(CORPUS_DIR, path.join(root, 'shipped'), { recursive: true });
    mkdirSync(corpusDir);
    writeFileSync(
      path.join(corpusDir, 'talks.txt'),
      'Steel talks in Brevik\n\nSarn demanded on Monday that the Union lift its tariffs on steel.\n',
    );
    const ontologyPath = path.join(root, 'ontology.json');
    writeFileSync(
      ontologyPath,
      JSON.stringify({
        version: 2,
        parties: [
          { id: 'union', name: 'Northern Union', aliases: ['the Union'] },
          { id: 'republic', name: 'Republic of Sarn', aliases: ['Sarn'] },
        ],
        demands: [
          {
            id: 'tariff-removal',
            title: 'No steel tariffs',
            description: 'The Union lifts its steel tariffs.',
            proposedBy: ['republic'],
            phrases: [],
            frame: { subjects: ['tariff'], anchors: ['steel'], restrictions: ['lift'], opposites: [] },
          },
        ],
      }),
    );
    const options = { corpusDir, ontologyPath, cacheDir: path.join(root, 'cache') };
    const read = await createMatrixService({
      ...options,
      lexiconFrom: path.join(root, 'shipped', 'ontology.json'),
    }).getMatrix();
    const cell = read.cells.find((c) => c.party === 'republic' && c.demand === 'tariff-removal');
    expect(cell?.stance).toBe('supports');
    expect(cell?.citations[0]?.cue).toBe('demanded');
    expect(read.problems.map((p) => p.message)).toContain(
      'ontology.json line 1: no "cues": the shipped English stance cues are used.',
    );
    // With no shipped lexicon to read it with, the file is refused and the matrix says why.
    const alone = await createMatrixService(options).getMatrix();
    expect(alone.cells).toEqual([]);
    expect(alone.problems.some((p) => p.message.includes('"cues" must be an object'))).toBe(true);
  });

  it('still gives a matrix carrying the problem when the ontology is broken', async () => {
    const paths = setup();
    writeFileSync(paths.ontologyPath, '{ "parties": [ }');
    const matrix = await createMatrixService(paths).getMatrix();
    expect(matrix.cells).toEqual([]);
    expect(matrix.problems[0]?.message).toMatch(/^ontology\.json line 1: not valid JSON/);
    expect(matrix.stats.documents).toBe(5);
  });
});
