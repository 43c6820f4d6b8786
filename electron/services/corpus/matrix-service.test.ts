import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RequestError } from '../../../shared/ipc/contract';
import type { OntologyEdit } from '../../../shared/model/analyst';
import { CORPUS_DIR } from '../../../shared/derive/test-support/seed-corpus';
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
  it('derives once, then a second start reads the cache instead of deriving', async () => {
    const paths = setup();
    const logs: string[] = [];
    const first = createMatrixService({ ...paths, log: (m) => logs.push(m) });
    const m1 = await first.getMatrix();
    expect(first.derivations).toBe(1);
    expect(readdirSync(paths.cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    const second = createMatrixService({ ...paths, log: (m) => logs.push(m) });
    const m2 = await second.getMatrix();
    expect(second.derivations).toBe(0);
    expect(m2).toEqual(m1);
    expect(logs.some((l) => l.startsWith('matrix loaded from cache'))).toBe(true);
  });

  it('re-derives when a document or the ontology changes, or analyst edits apply', async () => {
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
    expect(changedDoc.derivations).toBe(2);
    await changedDoc.getMatrix([edit]);
    expect(changedDoc.derivations).toBe(2);
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

  it('still gives a matrix carrying the problem when the ontology is broken', async () => {
    const paths = setup();
    writeFileSync(paths.ontologyPath, '{ "parties": [ }');
    const matrix = await createMatrixService(paths).getMatrix();
    expect(matrix.cells).toEqual([]);
    expect(matrix.problems[0]?.message).toMatch(/^ontology\.json line 1: not valid JSON/);
    expect(matrix.stats.documents).toBe(5);
  });
});
