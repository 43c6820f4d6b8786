/**
 * The vocabulary as the Vocabulary view lists it: ontology.json with the analyst's edits laid over
 * it, each party and demand marked as it stands — from the file, added or edited by the analyst, or
 * removed (still listed, to restore). The same function the derivation uses lays the edits over.
 */
import { entryOf } from '../analyst/apply-vocabulary';
import type { OntologyEdit } from '../model/analyst';
import type { Demand, Ontology, Party } from '../model/ontology';
import { applyOntologyEdits } from '../derive/ontology-edits';

export type EntryStatus = 'file' | 'added' | 'edited' | 'removed';

export interface Entry<T> {
  value: T;
  status: EntryStatus;
  /** The analyst's edits to this entry, oldest first. */
  edits: OntologyEdit[];
}

export interface VocabularyEntries {
  /** What the derivation reads. */
  ontology: Ontology;
  parties: Array<Entry<Party>>;
  demands: Array<Entry<Demand>>;
  cuesEdited: boolean;
  rolesEdited: boolean;
}

function entries<T extends { id: string }>(
  target: 'party' | 'demand',
  base: readonly T[],
  effective: readonly T[],
  edits: readonly OntologyEdit[],
): Array<Entry<T>> {
  const byId = new Map<string, OntologyEdit[]>();
  for (const e of edits) {
    const entry = entryOf(e);
    if (entry.target !== target || !('id' in entry)) continue;
    byId.set(entry.id, [...(byId.get(entry.id) ?? []), e]);
  }
  const inFile = new Set(base.map((x) => x.id));
  const out: Array<Entry<T>> = effective.map((value) => {
    const own = byId.get(value.id) ?? [];
    const status: EntryStatus = !inFile.has(value.id) ? 'added' : own.length > 0 ? 'edited' : 'file';
    return { value, status, edits: own };
  });
  const present = new Set(effective.map((x) => x.id));
  for (const value of base) {
    const own = byId.get(value.id) ?? [];
    if (!present.has(value.id) && own.some((e) => e.kind.endsWith('-remove')))
      out.push({ value, status: 'removed', edits: own });
  }
  return out;
}

export function vocabularyEntries(base: Ontology, edits: readonly OntologyEdit[]): VocabularyEntries {
  const ontology = applyOntologyEdits(base, [...edits]);
  return {
    ontology,
    parties: entries('party', base.parties, ontology.parties, edits),
    demands: entries('demand', base.demands, ontology.demands, edits),
    cuesEdited: edits.some((e) => e.kind === 'cues-edit'),
    rolesEdited: edits.some((e) => e.kind === 'roles-edit'),
  };
}
