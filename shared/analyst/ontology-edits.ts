/**
 * The analyst's ontology edits in the form the derivation reads. Edits are kept in the analyst
 * layer, never written into corpus/ontology.json, so the hand-edited file and the analyst's
 * additions stay apart and an edit can be undone or removed.
 */
import type { AnalystData } from '../model/analyst';
import type { Demand, Ontology, Party } from '../model/ontology';

export interface OntologyAdditions {
  parties: Party[];
  demands: Demand[];
  aliases: Array<{ partyId: string; alias: string }>;
  phrases: Array<{ demandId: string; phrase: string }>;
}

export function ontologyEditsOf(data: AnalystData): OntologyAdditions {
  const additions: OntologyAdditions = { parties: [], demands: [], aliases: [], phrases: [] };
  for (const edit of data.ontologyEdits) {
    switch (edit.kind) {
      case 'party':
        additions.parties.push({ id: edit.partyId, name: edit.name, aliases: [...edit.aliases] });
        break;
      case 'demand':
        additions.demands.push({
          id: edit.demandId,
          title: edit.title,
          description: edit.description,
          phrases: [...edit.phrases],
        });
        break;
      case 'alias':
        additions.aliases.push({ partyId: edit.partyId, alias: edit.alias });
        break;
      case 'phrase':
        additions.phrases.push({ demandId: edit.demandId, phrase: edit.phrase });
        break;
    }
  }
  return additions;
}

const addUnique = (list: string[], value: string): string[] =>
  list.includes(value) ? list : [...list, value];

/**
 * The ontology the derivation should run on: the file's ontology plus the analyst's additions.
 * A party or demand id that already exists in the file is not duplicated (its aliases/phrases are
 * merged); an alias or phrase for an unknown id is ignored rather than failing the derivation.
 */
export function applyOntologyEdits(ontology: Ontology, data: AnalystData): Ontology {
  const additions = ontologyEditsOf(data);
  let parties = ontology.parties.map((p) => ({ ...p, aliases: [...p.aliases] }));
  let demands = ontology.demands.map((d) => ({ ...d, phrases: [...d.phrases] }));
  for (const party of additions.parties) {
    const existing = parties.find((p) => p.id === party.id);
    if (existing) existing.aliases = party.aliases.reduce(addUnique, existing.aliases);
    else parties = [...parties, party];
  }
  for (const demand of additions.demands) {
    const existing = demands.find((d) => d.id === demand.id);
    if (existing) existing.phrases = demand.phrases.reduce(addUnique, existing.phrases);
    else demands = [...demands, demand];
  }
  for (const { partyId, alias } of additions.aliases) {
    const party = parties.find((p) => p.id === partyId);
    if (party) party.aliases = addUnique(party.aliases, alias);
  }
  for (const { demandId, phrase } of additions.phrases) {
    const demand = demands.find((d) => d.id === demandId);
    if (demand) demand.phrases = addUnique(demand.phrases, phrase);
  }
  return { ...ontology, parties, demands };
}
