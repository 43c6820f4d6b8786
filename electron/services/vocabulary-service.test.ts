/**
 * The Vocabulary view's requests on the real composed services, a real store on disk and a corpus
 * of a negotiation the shipped ontology does not know: from no party and no demand to cited stances,
 * through suggestions accepted and entries edited, undone, and kept across a restart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyOntologyEdits } from '../../shared/derive/ontology-edits';
import type { Ontology } from '../../shared/model/ontology';
import { demandChanges, demandDraft } from '../../shared/vocabulary/drafts';
import { createHandlers } from '../ipc/handlers';
import { createAppServices, type ComposedApp } from './compose';
import type { PdfRenderer } from './export/pdf-renderer';
import { SHIPPED_ONTOLOGY, writeTradeCorpus } from './test-support/trade-corpus';

const noPdf: PdfRenderer = { render: () => Promise.reject(new Error('not in this test')) };
const open: ComposedApp[] = [];
const folders: string[] = [];

async function start(corpusDir: string, dataDir: string) {
  const composed = await createAppServices({
    transport: 'web',
    version: 'test',
    corpusDir,
    defaultOntologyPath: SHIPPED_ONTOLOGY,
    dataDir,
    pdfRenderer: noPdf,
    useWorker: false,
    log: () => {},
  });
  open.push(composed);
  const { dispatch } = createHandlers(composed.services);
  const call = async (name: string, args: unknown = {}) => {
    const outcome = await dispatch(name, args);
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value as never;
  };
  return { composed, dispatch, call };
}

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

afterEach(async () => {
  for (const c of open.splice(0)) await c.dispose();
  for (const d of folders.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

type Matrix = {
  parties: Array<{ id: string }>;
  cells: Array<{ party: string; demand: string; stance: string; citations: unknown[] }>;
};
const stance = (m: Matrix, party: string, demand: string) =>
  m.cells.find((c) => c.party === party && c.demand === demand)?.stance;

describe('the vocabulary of a new negotiation, built in the app', () => {
  it('goes from no party and no demand to cited stances, and keeps it across a restart', async () => {
    const corpus = writeTradeCorpus(tempDir('standpoint-trade-'));
    const data = tempDir('standpoint-trade-data-');
    const app = await start(corpus, data);

    const vocabulary = await app.call('vocabulary:get');
    expect(vocabulary).toMatchObject({ file: path.join(corpus, 'ontology.json'), problems: [] });
    expect((vocabulary as { ontology: { parties: unknown[] } }).ontology.parties).toEqual([]);
    expect(((await app.call('matrix:get')) as Matrix).cells).toEqual([]);

    const suggestions = (await app.call('vocabulary:suggest')) as {
      parties: Array<{ name: string; aliases: string[]; adjectives: string[] }>;
      demands: Array<{ phrase: string; title: string }>;
    };
    const canada = suggestions.parties.find((p) => p.name === 'Canada')!;
    const eu = suggestions.parties.find((p) => p.name === 'European Union')!;
    const steel = suggestions.demands.find((d) => d.phrase === 'removal of steel tariffs')!;
    expect(canada.adjectives).toEqual(['Canadian']);

    // Accept two parties and a demand as the view does, and define a second demand by hand.
    await app.call('analyst:apply', {
      action: {
        type: 'ontology:add-party',
        partyId: 'canada',
        name: 'Canada',
        aliases: ['Canada', 'Ottawa'],
        adjectives: canada.adjectives,
      },
    });
    await app.call('analyst:apply', {
      action: {
        type: 'ontology:add-party',
        partyId: 'european-union',
        name: eu.name,
        aliases: [eu.name, ...eu.aliases, 'Brussels'],
      },
    });
    await app.call('analyst:apply', {
      action: {
        type: 'ontology:add-demand',
        demandId: 'steel-tariffs',
        title: steel.title,
        description: '',
        phrases: [steel.phrase],
      },
    });
    await app.call('analyst:apply', {
      action: {
        type: 'ontology:add-demand',
        demandId: 'dairy-quotas',
        title: 'End dairy import quotas',
        description: 'Canada to scrap its quotas on dairy imports.',
        phrases: ['end to dairy import quotas'],
      },
    });
    const matrix = (await app.call('matrix:get')) as Matrix;
    expect(stance(matrix, 'canada', 'dairy-quotas')).toBe('rejects');
    expect(stance(matrix, 'european-union', 'steel-tariffs')).toBe('supports');
    expect(
      matrix.cells.find((c) => c.party === 'canada' && c.demand === 'dairy-quotas')!.citations.length,
    ).toBeGreaterThan(1);

    // What was accepted is no longer suggested.
    const again = (await app.call('vocabulary:suggest')) as typeof suggestions;
    expect(again.parties.map((p) => p.name)).not.toContain('Canada');
    expect(again.demands.map((d) => d.phrase)).not.toContain('removal of steel tariffs');

    // Hide a party: out of the matrix, still in the vocabulary; undo brings it back.
    await app.call('analyst:apply', {
      action: { type: 'ontology:edit-party', partyId: 'canada', changes: { hidden: true } },
    });
    expect(((await app.call('matrix:get')) as Matrix).parties.map((p) => p.id)).toEqual(['european-union']);
    await app.call('analyst:undo');
    expect(((await app.call('matrix:get')) as Matrix).parties.map((p) => p.id)).toEqual([
      'canada',
      'european-union',
    ]);

    // A restart finds the vocabulary and the same stances.
    await app.composed.dispose();
    open.pop();
    const restarted = await start(corpus, data);
    const after = (await restarted.call('matrix:get')) as Matrix;
    expect(after.cells.map((c) => [c.party, c.demand, c.stance])).toEqual(
      matrix.cells.map((c) => [c.party, c.demand, c.stance]),
    );
  });

  it('keeps the frame lists the editor does not show when an analyst edits a demand', async () => {
    // The seed case, read in place (its ontology is the shipped one; the analyst's work goes to the data folder).
    const app = await start(path.dirname(SHIPPED_ONTOLOGY), tempDir('standpoint-seed-data-'));
    const shipped = JSON.parse(fs.readFileSync(SHIPPED_ONTOLOGY, 'utf8')) as Ontology;
    const demand = shipped.demands.find((d) => d.id === 'non-expansion')!;
    expect(demand.frame?.weakOpposites?.length).toBeGreaterThan(0);
    expect(demand.frame?.ellipticalSubjects?.length).toBeGreaterThan(0);
    // What the Vocabulary view sends when the analyst adds one opposite.
    const draft = demandDraft(demand);
    const { changes } = demandChanges(demand, {
      ...draft,
      opposites: `${draft.opposites}\nkeep the door ajar`,
    });
    await app.call('analyst:apply', {
      action: { type: 'ontology:edit-demand', demandId: 'non-expansion', changes },
    });
    const stored = (await app.call('analyst:get')) as { data: { ontologyEdits: never[] } };
    const edited = applyOntologyEdits(shipped, stored.data.ontologyEdits).demands.find(
      (d) => d.id === 'non-expansion',
    )!;
    expect(edited.frame?.opposites).toContain('keep the door ajar');
    expect(edited.frame?.weakOpposites).toEqual(demand.frame?.weakOpposites);
    expect(edited.frame?.restrictionsAfter).toEqual(demand.frame?.restrictionsAfter);
    expect(edited.frame?.ellipticalSubjects).toEqual(demand.frame?.ellipticalSubjects);
  });

  it('answers a change to an unknown or taken id with a message naming it, and changes nothing', async () => {
    const corpus = writeTradeCorpus(tempDir('standpoint-trade-'));
    const app = await start(corpus, tempDir('standpoint-trade-data-'));
    await app.call('analyst:apply', {
      action: { type: 'ontology:add-party', partyId: 'canada', name: 'Canada', aliases: ['Canada'] },
    });
    const before = await app.call('analyst:get');
    const refused = async (action: unknown) => {
      const outcome = await app.dispatch('analyst:apply', { action });
      expect(outcome.ok).toBe(false);
      return outcome.ok ? null : outcome.error;
    };
    expect(
      await refused({ type: 'ontology:edit-party', partyId: 'mexico', changes: { name: 'Mexico' } }),
    ).toEqual({
      request: 'analyst:apply',
      message: 'There is no party with id "mexico" in the vocabulary.',
      fields: ['action.partyId'],
    });
    expect(
      (await refused({ type: 'ontology:add-party', partyId: 'canada', name: 'Canada', aliases: [] }))
        ?.message,
    ).toBe('A party with id "canada" already exists (“Canada”): choose another id.');
    expect(
      (await refused({ type: 'ontology:add-party', partyId: 'Not An Id', name: 'X', aliases: [] }))?.fields,
    ).toEqual(['action.partyId']);
    expect(((await app.call('analyst:get')) as { data: unknown }).data).toEqual(
      (before as { data: unknown }).data,
    );
  });
});
