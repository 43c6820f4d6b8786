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
    case 'ontology:add-party':
    case 'ontology:add-demand': {
      const [what, id, taken] =
        action.type === 'ontology:add-party'
          ? ([
              'party',
              action.partyId,
              vocabulary.parties.find((p) => p.id === action.partyId)?.name,
            ] as const)
          : ([
              'demand',
              action.demandId,
              vocabulary.demands.find((d) => d.id === action.demandId)?.title,
            ] as const);
      if (taken !== undefined)
        throw new RequestError(
          `A ${what} with id "${shown(id)}" already exists (“${taken}”): choose another id.`,
          [`action.${what}Id`],
        );
      return;
    }
    case 'ontology:edit-party':
    case 'ontology:remove-party':
      party(action.partyId, 'action.partyId');
      return;
    case 'ontology:edit-demand':
      demand(action.demandId, 'action.demandId');
      for (const key of ['proposedBy', 'addressedTo'] as const)
        for (const [i, id] of (action.changes[key] ?? []).entries()) {
          if (!vocabulary.parties.some((p) => p.id === id))
            throw new RequestError(`${key} names no party of the vocabulary: "${shown(id)}".`, [
              `action.changes.${key}.${i}`,
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
