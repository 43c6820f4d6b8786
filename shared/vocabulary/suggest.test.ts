import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../derive/test-support/seed-corpus';
import type { Ontology } from '../model/ontology';
import { suggestVocabulary } from './suggest';
import { TRADE_ARTICLES } from './test-support/trade-articles';

const shipped = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'ontology.json'), 'utf8')) as Ontology;
/** A new negotiation's vocabulary: English cues and office words, no parties, no demands. */
const empty: Ontology = { ...shipped, parties: [], demands: [] };
const trade = TRADE_ARTICLES.map((a) => ({ id: a.id, text: a.text }));

describe('suggested parties', () => {
  const { parties } = suggestVocabulary(trade, empty);
  const byName = (name: string) => parties.find((p) => p.name === name);

  it('proposes the countries and organisations the articles name often, most documents first', () => {
    expect(parties.slice(0, 2).map((p) => p.name)).toEqual(['Canada', 'European Union']);
    expect(byName('Canada')).toMatchObject({ kind: 'place', adjectives: ['Canadian'], documents: 3 });
    // "EU" is the initials of "European Union": one suggestion, with the initials as an alias.
    expect(byName('European Union')).toMatchObject({ kind: 'organisation', aliases: ['EU'] });
    expect(byName('World Trade Organization')).toMatchObject({ kind: 'organisation', aliases: ['WTO'] });
    expect(parties.find((p) => p.name === 'EU' || p.name === 'WTO')).toBeUndefined();
    // The dateline "OTTAWA," is the city Ottawa.
    expect(byName('Ottawa')).toMatchObject({ kind: 'place' });
  });

  it('proposes people with the office written beside their names, and who they speak for', () => {
    expect(byName('Elaine Fortier')).toMatchObject({
      kind: 'person',
      title: 'Trade Minister',
      aliases: ['Fortier'],
    });
    // Titled in one article, "Valden, the EU trade commissioner" in another: one person, EU's.
    expect(byName('Henrik Valden')).toMatchObject({
      kind: 'person',
      title: 'Trade Commissioner',
      affiliation: 'EU',
      aliases: ['Valden'],
      documents: 3,
    });
    // "Foreign Minister Paul Decaris of Canada"
    expect(byName('Paul Decaris')).toMatchObject({ title: 'Foreign Minister', affiliation: 'Canada' });
  });

  it('shows where each was seen: a sentence quoted exactly from its document', () => {
    for (const p of parties) {
      const doc = TRADE_ARTICLES.find((a) => a.id === p.example.document)!;
      expect(doc.text.slice(p.example.start, p.example.end)).toBe(p.example.quote);
      expect(p.example.quote).toContain(p.name === 'Ottawa' ? 'OTTAWA' : p.name.split(' ')[0]);
    }
  });

  it('leaves out names mentioned once, office words alone, weekdays and months', () => {
    const names = parties.map((p) => p.name);
    expect(names).not.toContain('Marta Lindqvist'); // named once
    for (const noise of ['Trade Commissioner', 'Monday', 'March', 'Tuesday', 'June', 'The'])
      expect(names).not.toContain(noise);
  });

  it('leaves out what the vocabulary already holds, and names the party a person speaks for', () => {
    const known: Ontology = {
      ...empty,
      parties: [{ id: 'canada', name: 'Canada', aliases: ['Canada', 'Ottawa'], adjectives: ['Canadian'] }],
    };
    const { parties: again } = suggestVocabulary(trade, known);
    expect(again.map((p) => p.name)).not.toContain('Canada');
    expect(again.map((p) => p.name)).not.toContain('Ottawa');
    expect(again.find((p) => p.name === 'Paul Decaris')?.affiliationParty).toBe('canada');
  });
});

describe('suggested demand phrasings', () => {
  it('proposes the noun phrases that follow stance cues, with the cues that introduced them', () => {
    const { demands } = suggestVocabulary(trade, empty);
    expect(demands.map((d) => d.phrase)).toEqual(['end to dairy import quotas', 'removal of steel tariffs']);
    const steel = demands[1]!;
    expect(steel.title).toBe('Removal of steel tariffs');
    expect(steel.cues).toEqual(expect.arrayContaining(['called for', 'wants', 'backs']));
    expect(steel.documents).toBe(3);
    // Read through "the European Union's demand for …" to the demand itself.
    expect(demands[0]!.cues).toContain('rejected');
  });

  it('leaves out phrasings a demand of the vocabulary already matches', () => {
    const withSteel: Ontology = {
      ...empty,
      demands: [
        { id: 'steel', title: 'Lift steel tariffs', description: '', phrases: ['removal of steel tariffs'] },
      ],
    };
    const { demands } = suggestVocabulary(trade, withSteel);
    expect(demands.map((d) => d.phrase)).toEqual(['end to dairy import quotas']);
  });

  it('finds nothing to propose in text without stance cues', () => {
    const text = 'The ferry left Halifax at noon. Passengers watched the harbour lights fade.';
    expect(suggestVocabulary([{ id: 'ferry', text }], empty).demands).toEqual([]);
  });
});

describe('the reading budget', () => {
  it('reads documents up to the budget and says how much it read', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ id: `d${i}`, text: TRADE_ARTICLES[i % 3]!.text }));
    const { read } = suggestVocabulary(many, empty, { maxCharacters: 5_000 });
    expect(read.of).toBe(40);
    // Each article is 600–800 characters: about seven fit, the last one cut at a line break.
    expect(read.documents).toBeGreaterThanOrEqual(6);
    expect(read.documents).toBeLessThanOrEqual(9);
    expect(read.characters).toBeLessThanOrEqual(5_000);
    expect(read.characters).toBeGreaterThan(4_000);
    expect(read.truncated).toBe(true);
  });

  it('reads a huge one-line document only up to the per-document limit, promptly', () => {
    const line = `${'Canada rejects the removal of steel tariffs, Trade Minister Elaine Fortier said. '.repeat(50_000)}`;
    const started = performance.now();
    const result = suggestVocabulary([{ id: 'huge', text: line }], empty, { maxDocumentCharacters: 100_000 });
    expect(result.read).toMatchObject({ documents: 1, characters: 100_000, truncated: true });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.parties.find((p) => p.name === 'Elaine Fortier')).toBeDefined();
  });

  it('handles empty and punctuation-only documents', () => {
    expect(
      suggestVocabulary(
        [
          { id: 'e', text: '' },
          { id: 'p', text: '—\n…\n"' },
        ],
        empty,
      ),
    ).toEqual({
      parties: [],
      demands: [],
      read: { documents: 2, of: 2, characters: 5, truncated: false },
    });
  });
});

describe('hostile text', () => {
  it('reads a long chain of cues and carriers, or of capitalised words, in bounded time', () => {
    const chain = `Canada rejects ${'the demand for a call for '.repeat(7_500)}quotas.`;
    const caps = `${'Minister Of The Trade '.repeat(5_000)}said.`;
    const started = performance.now();
    const result = suggestVocabulary(
      [
        { id: 'chain', text: chain },
        { id: 'caps', text: caps },
      ],
      empty,
    );
    // Unbounded, the chain alone took over ten seconds here (each cue read to the end); bounded, about one.
    expect(performance.now() - started).toBeLessThan(6_000);
    expect(result.read).toMatchObject({ documents: 2, truncated: false });
  });
});
