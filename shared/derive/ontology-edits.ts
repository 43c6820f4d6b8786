/**
 * Analysts' additions to the ontology (parties, demands, aliases, phrases), applied on top of the
 * file so the derivation re-runs with them. Pure; the input ontology is not modified. An edit for
 * an existing id merges into it; an alias or phrase for an unknown id is ignored.
 */
import type { OntologyEdit } from '../model/analyst';
import type { Ontology } from '../model/ontology';

const addUnique = (list: string[], values: string[]): string[] => [
  ...list,
  ...values.filter((v, i) => v.trim() && !list.includes(v) && values.indexOf(v) === i),
];

export function applyOntologyEdits(ontology: Ontology, edits: OntologyEdit[]): Ontology {
  const parties = ontology.parties.map((p) => ({ ...p, aliases: [...p.aliases] }));
  const demands = ontology.demands.map((d) => ({ ...d, phrases: [...d.phrases] }));
  for (const edit of edits) {
    if (edit.kind === 'party') {
      const existing = parties.find((p) => p.id === edit.partyId);
      if (existing) existing.aliases = addUnique(existing.aliases, edit.aliases);
      else parties.push({ id: edit.partyId, name: edit.name, aliases: addUnique([], edit.aliases) });
    } else if (edit.kind === 'demand') {
      const existing = demands.find((d) => d.id === edit.demandId);
      if (existing) existing.phrases = addUnique(existing.phrases, edit.phrases);
      else
        demands.push({
          id: edit.demandId,
          title: edit.title,
          description: edit.description,
          phrases: addUnique([], edit.phrases),
        });
    } else if (edit.kind === 'alias') {
      const party = parties.find((p) => p.id === edit.partyId);
      if (party) party.aliases = addUnique(party.aliases, [edit.alias]);
    } else {
      const demand = demands.find((d) => d.id === edit.demandId);
      if (demand) demand.phrases = addUnique(demand.phrases, [edit.phrase]);
    }
  }
  return { ...ontology, parties, demands };
}
