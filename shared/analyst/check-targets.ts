/**
 * An analyst action must point at something that exists in the current matrix: a known party and
 * demand, a citation the derivation produced. Stored items whose target later disappears (an
 * ontology edit undone) are kept; this check only guards new work.
 */
import { RequestError } from '../ipc/contract';
import type { StanceMatrix } from '../model/matrix';
import type { AnalystAction } from './apply';

export function checkActionTargets(action: AnalystAction, matrix: StanceMatrix): void {
  const party = (id: string, field: string) => {
    if (!matrix.parties.some((p) => p.id === id)) {
      throw new RequestError(`There is no party with id "${id}" in the matrix`, [field]);
    }
  };
  const demand = (id: string, field: string) => {
    if (!matrix.demands.some((d) => d.id === id)) {
      throw new RequestError(`There is no demand with id "${id}" in the matrix`, [field]);
    }
  };
  const citation = (key: string, field: string) => {
    if (!matrix.cells.some((c) => c.citations.some((q) => q.key === key))) {
      throw new RequestError(`There is no derived citation with key "${key}" in the matrix`, [field]);
    }
  };
  switch (action.type) {
    case 'note:create':
      if (action.target.kind === 'cell') {
        party(action.target.party, 'action.target.party');
        demand(action.target.demand, 'action.target.demand');
      } else if (action.target.kind === 'citation') {
        citation(action.target.citationKey, 'action.target.citationKey');
      }
      return;
    case 'override:set':
    case 'citation:create':
    case 'cell:mark-reviewed':
      party(action.party, 'action.party');
      demand(action.demand, 'action.demand');
      return;
    case 'rejection:create':
      citation(action.citationKey, 'action.citationKey');
      return;
    case 'ontology:add-alias':
      party(action.partyId, 'action.partyId');
      return;
    case 'ontology:add-phrase':
      demand(action.demandId, 'action.demandId');
      return;
    default:
      return;
  }
}
