/**
 * Analysts' changes to the ontology (the Vocabulary view), applied in order on top of the file so
 * the derivation re-runs with them. Pure; the input ontology is not modified.
 * - `party` / `demand` add an entry (or, for an existing id, merge its aliases / phrases);
 *   `alias` / `phrase` add one phrasing.
 * - `party-edit` / `demand-edit` replace the fields they name; `party-remove` / `demand-remove`
 *   take the entry out (hidden entries stay in the ontology but out of the matrix: `hidden`).
 * - `cues-edit` replaces the cue kinds it names; `roles-edit` replaces the office words.
 * An edit for an unknown id is ignored, so a change to an entry later deleted from the file is inert.
 */
import type { OntologyEdit } from '../model/analyst';
import type { Demand, Ontology, Party } from '../model/ontology';

const addUnique = (list: string[], values: string[]): string[] => [
  ...list,
  ...values.filter((v, i) => v.trim() && !list.includes(v) && values.indexOf(v) === i),
];

/** Plain JSON data (lists of strings, officials, frames): a JSON round trip copies it exactly. */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The fields a change replaces, with copies of its lists so the result never shares arrays with the
 * stored edits. A field without a value changes nothing: the contract refuses one, but an edit held
 * before it did must never take away a field every reader needs (a party's name, a demand's title).
 */
const copyLists = <T extends object>(changes: T): T =>
  Object.fromEntries(
    Object.entries(changes)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, Array.isArray(v) ? clone(v) : v]),
  ) as T;

export function applyOntologyEdits(ontology: Ontology, edits: OntologyEdit[]): Ontology {
  let parties: Party[] = ontology.parties.map((p) => ({ ...p, aliases: [...p.aliases] }));
  let demands: Demand[] = ontology.demands.map((d) => ({ ...d, phrases: [...d.phrases] }));
  let cues = ontology.cues;
  let roles = ontology.roles;
  const partyAt = (id: string) => parties.findIndex((p) => p.id === id);
  const demandAt = (id: string) => demands.findIndex((d) => d.id === id);
  for (const edit of edits) {
    switch (edit.kind) {
      case 'party': {
        const existing = parties[partyAt(edit.partyId)];
        if (existing) {
          existing.aliases = addUnique(existing.aliases, edit.aliases);
          break;
        }
        const party: Party = { id: edit.partyId, name: edit.name, aliases: addUnique([], edit.aliases) };
        if (edit.adjectives?.length) party.adjectives = addUnique([], edit.adjectives);
        if (edit.officials?.length) party.officials = clone(edit.officials);
        parties.push(party);
        break;
      }
      case 'demand': {
        const existing = demands[demandAt(edit.demandId)];
        if (existing) existing.phrases = addUnique(existing.phrases, edit.phrases);
        else
          demands.push({
            id: edit.demandId,
            title: edit.title,
            description: edit.description,
            phrases: addUnique([], edit.phrases),
          });
        break;
      }
      case 'alias': {
        const party = parties[partyAt(edit.partyId)];
        if (party) party.aliases = addUnique(party.aliases, [edit.alias]);
        break;
      }
      case 'phrase': {
        const demand = demands[demandAt(edit.demandId)];
        if (demand) demand.phrases = addUnique(demand.phrases, [edit.phrase]);
        break;
      }
      case 'party-edit': {
        const i = partyAt(edit.partyId);
        if (i !== -1) parties[i] = { ...parties[i]!, ...copyLists(edit.changes) };
        break;
      }
      case 'demand-edit': {
        const i = demandAt(edit.demandId);
        if (i !== -1) {
          const changes = copyLists(edit.changes);
          if (changes.frame) changes.frame = clone(changes.frame);
          demands[i] = { ...demands[i]!, ...changes };
        }
        break;
      }
      case 'party-remove':
        parties = parties.filter((p) => p.id !== edit.partyId);
        break;
      case 'demand-remove':
        demands = demands.filter((d) => d.id !== edit.demandId);
        break;
      case 'cues-edit':
        cues = { ...cues, ...copyLists(edit.changes) };
        break;
      case 'roles-edit':
        roles = [...edit.roles];
        break;
    }
  }
  const out: Ontology = { ...ontology, parties, demands, cues };
  if (roles !== undefined) out.roles = roles;
  return out;
}
