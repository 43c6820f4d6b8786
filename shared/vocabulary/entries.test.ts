import { describe, expect, it } from 'vitest';
import type { OntologyEdit } from '../model/analyst';
import type { Ontology } from '../model/ontology';
import { vocabularyEntries } from './entries';

const base: Ontology = {
  version: 2,
  parties: [
    { id: 'canada', name: 'Canada', aliases: ['Ottawa'] },
    { id: 'eu', name: 'European Union', aliases: ['Brussels'] },
    { id: 'wto', name: 'World Trade Organization', aliases: ['WTO'] },
  ],
  demands: [
    { id: 'steel', title: 'Lift steel tariffs', description: '', phrases: ['removal of steel tariffs'] },
  ],
  cues: { supports: [], rejects: [], open: [], unclear: [], negations: [] },
};
const by = { author: 'Ann', createdAt: '2025-03-01T09:00:00Z', updatedAt: '2025-03-01T09:00:00Z' };

describe('the vocabulary as the view lists it', () => {
  it('marks each entry as from the file, edited, added or removed, removed ones last', () => {
    const edits: OntologyEdit[] = [
      { id: '1', ...by, kind: 'party-edit', partyId: 'canada', changes: { hidden: true } },
      { id: '2', ...by, kind: 'party-remove', partyId: 'wto', name: 'World Trade Organization' },
      { id: '3', ...by, kind: 'party', partyId: 'mexico', name: 'Mexico', aliases: [] },
      { id: '4', ...by, kind: 'cues-edit', changes: { rejects: ['rebuffs'] } },
    ];
    const v = vocabularyEntries(base, edits);
    expect(v.parties.map((e) => [e.value.id, e.status, e.edits.map((x) => x.id)])).toEqual([
      ['canada', 'edited', ['1']],
      ['eu', 'file', []],
      ['mexico', 'added', ['3']],
      ['wto', 'removed', ['2']],
    ]);
    expect(v.parties[0]!.value.hidden).toBe(true);
    expect(v.ontology.parties.map((p) => p.id)).toEqual(['canada', 'eu', 'mexico']);
    expect(v.demands.map((e) => e.status)).toEqual(['file']);
    expect(v.cuesEdited).toBe(true);
    expect(v.rolesEdited).toBe(false);
    expect(v.ontology.cues.rejects).toEqual(['rebuffs']);
  });
});
