/**
 * Sentence-level reading cases: a short text in a test's own words, and what an analyst reads in
 * it — party, demand, stance and the sentence quoted — checked against the real pipeline with the
 * shipped ontology. Tests only.
 */
import { expect } from 'vitest';
import type { Citation, StanceMatrix } from '../../model/matrix';
import type { Ontology } from '../../model/ontology';
import type { Stance } from '../../model/stance';
import { deriveMatrix } from '../derive-matrix';
import { createSegmenter } from '../segment';
import { doc, seedOntology } from './seed-corpus';

export interface Reading {
  party: string;
  demand: string;
  stance: Exclude<Stance, 'none'>;
  /** A fragment of the sentence that must be the citation's quote. */
  quote: string;
  voice?: Citation['voice'];
  kind?: Citation['attribution']['kind'];
  modality?: Citation['modality'];
}

export interface ReadingCase {
  /** What the case checks, in words. */
  name: string;
  text: string;
  published?: string;
  expect: Reading[];
  /** Cells this text must not give a stance (precision traps). */
  none?: Array<[party: string, demand: string]>;
  /**
   * Cells no sentence of this text may decide, though the text states the proposer's demand and names
   * it, so the document-level reading (attribution "stated-demand") may.
   */
  noneButStated?: Array<[party: string, demand: string]>;
}

const ontology = seedOntology();
const segmenter = createSegmenter();

export function derive(text: string, published = '2022-01-20', with_: Ontology = ontology): StanceMatrix {
  return deriveMatrix([doc('case', text, { published })], with_, { segmenter });
}

/** `read(name, text, expect, none)`: cases under one ontology of their own (`checkReading` with it). */
export function readerFor(
  with_: Ontology,
  published?: string,
): (name: string, text: string, expect: Reading[], none?: Array<[party: string, demand: string]>) => void {
  return (name, text, expect, none = []) =>
    checkReading({ name, text, expect, none, ...(published ? { published } : {}) }, with_);
}

/** Runs one case: every expected reading is cited from the right sentence; the traps stay empty. */
export function checkReading(c: ReadingCase, with_: Ontology = ontology): void {
  const m = derive(c.text, c.published, with_);
  const all = m.cells.flatMap((cell) => cell.citations);
  for (const cite of all) expect(c.text.slice(cite.start, cite.end)).toBe(cite.quote);
  for (const r of c.expect) {
    const found = all.filter(
      (x) => x.party === r.party && x.demand === r.demand && x.quote.includes(r.quote),
    );
    const summary = all
      .map((x) => `${x.party}×${x.demand}=${x.stance} «${x.quote.slice(0, 60)}»`)
      .join('\n  ');
    expect(
      found.length,
      `no ${r.party} × ${r.demand} citation quoting «${r.quote}»; got:\n  ${summary}`,
    ).toBeGreaterThan(0);
    const cite = found[0] as Citation;
    expect(cite.stance, `${r.party} × ${r.demand} in «${r.quote}»`).toBe(r.stance);
    if (r.voice) expect(cite.voice, `voice of ${r.party} × ${r.demand}`).toBe(r.voice);
    if (r.kind) expect(cite.attribution.kind, `attribution of ${r.party} × ${r.demand}`).toBe(r.kind);
    if (r.modality) expect(cite.modality, `modality of ${r.party} × ${r.demand}`).toBe(r.modality);
    const cell = m.cells.find((x) => x.party === r.party && x.demand === r.demand);
    expect(cell?.citations.length).toBeGreaterThan(0);
  }
  for (const [party, demand] of c.noneButStated ?? []) {
    const cell = m.cells.find((x) => x.party === party && x.demand === demand);
    expect(
      cell?.citations
        .filter((x) => x.attribution.kind !== 'stated-demand')
        .map((x) => `${x.stance} «${x.quote}»`) ?? [],
      `${party} × ${demand} should have no citation read from a sentence`,
    ).toEqual([]);
  }
  for (const [party, demand] of c.none ?? []) {
    const cell = m.cells.find((x) => x.party === party && x.demand === demand);
    expect(
      cell?.citations.map((x) => `${x.stance} «${x.quote}»`) ?? [],
      `${party} × ${demand} should have no citation`,
    ).toEqual([]);
  }
}
