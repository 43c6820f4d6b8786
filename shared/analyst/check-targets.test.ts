import { describe, expect, it } from 'vitest';
import { RequestError } from '../ipc/contract';
import type { StanceMatrix } from '../model/matrix';
import { checkActionTargets } from './check-targets';

const matrix = {
  parties: [{ id: 'nato', name: 'NATO', aliases: [] }],
  demands: [{ id: 'non-expansion', title: 'No expansion', description: '', phrases: [] }],
  cells: [
    {
      party: 'nato',
      demand: 'non-expansion',
      citations: [{ key: 'doc:1-5:nato:non-expansion' }],
    },
  ],
} as unknown as StanceMatrix;

function refusal(run: () => void): RequestError {
  try {
    run();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('expected a RequestError');
}

describe('checkActionTargets', () => {
  it('accepts actions on known parties, demands and citations', () => {
    expect(() =>
      checkActionTargets(
        { type: 'override:set', party: 'nato', demand: 'non-expansion', stance: 'open', rationale: 'r' },
        matrix,
      ),
    ).not.toThrow();
    expect(() =>
      checkActionTargets(
        { type: 'rejection:create', citationKey: 'doc:1-5:nato:non-expansion', reason: 'r' },
        matrix,
      ),
    ).not.toThrow();
  });

  it('names the unknown id and the field that carried it', () => {
    const party = refusal(() =>
      checkActionTargets(
        {
          type: 'note:create',
          target: { kind: 'cell', party: 'atlantis', demand: 'non-expansion' },
          text: 'x',
        },
        matrix,
      ),
    );
    expect(party.message).toContain('"atlantis"');
    expect(party.fields).toEqual(['action.target.party']);
    const demand = refusal(() =>
      checkActionTargets(
        {
          type: 'citation:create',
          party: 'nato',
          demand: 'moon-base',
          stance: 'open',
          range: { document: 'd', start: 0, end: 1 },
          comment: '',
        },
        matrix,
      ),
    );
    expect(demand.fields).toEqual(['action.demand']);
    const key = refusal(() =>
      checkActionTargets({ type: 'rejection:create', citationKey: 'nope', reason: 'r' }, matrix),
    );
    expect(key.message).toContain('"nope"');
  });
});
