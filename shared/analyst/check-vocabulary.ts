/**
 * A change to the vocabulary must name an entry that exists (hidden ones included), and a new entry
 * an id that is free. Checked in main against the vocabulary the derivation uses, so the analyst
 * reads which id was wrong rather than seeing a change that does nothing.
 */
import { RequestError } from '../ipc/contract';
import type { Ontology } from '../model/ontology';
import type { AnalystAction } from './apply';

const shown = (id: string): string => (id.length > 60 ? `${id.slice(0, 60)}… (${id.length} characters)` : id);

export function checkVocabularyTargets(action: AnalystAction, vocabulary: Ontology): void {
  const party = (id: string, field: string) => {
    if (!vocabulary.parties.some((p) => p.id === id))
      throw new RequestError(`There is no party with id "${shown(id)}" in the vocabulary.`, [field]);
  };
  const demand = (id: string, field: string) => {
    if (!vocabulary.demands.some((d) => d.id === id))
      throw new RequestError(`There is no demand with id "${shown(id)}" in the vocabulary.`, [field]);
  };
  switch (action.type) {
    case 'ontology:add-party': {
      const taken = vocabulary.parties.find((p) => p.id === action.partyId);
      if (taken)
        throw new RequestError(
          `A party with id "${shown(action.partyId)}" already exists (“${taken.name}”): choose another id.`,
          ['action.partyId'],
        );
      return;
    }
    case 'ontology:add-demand': {
      const taken = vocabulary.demands.find((d) => d.id === action.demandId);
      if (taken)
        throw new RequestError(
          `A demand with id "${shown(action.demandId)}" already exists (“${taken.title}”): choose another id.`,
          ['action.demandId'],
        );
      return;
    }
    case 'ontology:edit-party':
    case 'ontology:remove-party':
      party(action.partyId, 'action.partyId');
      return;
    case 'ontology:edit-demand':
      demand(action.demandId, 'action.demandId');
      for (const [i, id] of (action.changes.proposedBy ?? []).entries()) {
        if (!vocabulary.parties.some((p) => p.id === id))
          throw new RequestError(`proposedBy names no party of the vocabulary: "${shown(id)}".`, [
            `action.changes.proposedBy.${i}`,
          ]);
      }
      return;
    case 'ontology:remove-demand':
      demand(action.demandId, 'action.demandId');
      return;
    default:
      return;
  }
}
