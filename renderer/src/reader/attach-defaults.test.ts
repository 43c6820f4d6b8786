import { describe, expect, it } from 'vitest';
import type { Demand, Party } from '../../../shared/model';
import { attachStance, attachTarget, namedParties } from './attach-defaults';

const parties: Party[] = [
  { id: 'russia', name: 'Russia', aliases: ['Moscow', 'the Kremlin', 'Ryabkov'] },
  { id: 'united-states', name: 'United States', aliases: ['U.S.', 'US', 'Washington', 'Sherman'] },
  { id: 'nato', name: 'NATO', aliases: ['the alliance'] },
];
const demands: Demand[] = [
  { id: 'non-expansion', title: 'No further NATO expansion', description: '', phrases: ['expansion'] },
  { id: 'rollback-1997', title: 'Rollback', description: '', phrases: ['1997'] },
];

describe('attach-citation defaults', () => {
  it('takes the party the selected text names, by alias', () => {
    expect(
      attachTarget('Ryabkov said the talks had reached a dead end.', parties, demands, {
        party: 'united-states',
        demand: 'non-expansion',
      }),
    ).toEqual({ party: 'russia', demand: 'non-expansion' });
  });

  it('keeps the cell the analyst came from when its party is among those named', () => {
    expect(
      attachTarget('Moscow heard from Washington that expansion is open.', parties, demands, {
        party: 'united-states',
        demand: 'rollback-1997',
      }),
    ).toEqual({ party: 'united-states', demand: 'non-expansion' });
  });

  it('reads acronyms only in capitals and aliases only as whole words', () => {
    expect(namedParties('Let us talk about the alliance.', parties)).toEqual(['nato']);
    expect(namedParties('The US said so; Moscowitz did not.', parties)).toEqual(['united-states']);
    expect(namedParties('The U.S. position.', parties)).toEqual(['united-states']);
  });

  it('falls back to the cell, then the first party, when nothing is named', () => {
    expect(attachTarget('No names here.', parties, demands, null)).toEqual({
      party: 'russia',
      demand: 'non-expansion',
    });
  });

  it('starts from the cell’s effective stance', () => {
    expect(attachStance('rejects')).toBe('rejects');
    expect(attachStance('none')).toBe('supports');
    expect(attachStance(undefined)).toBe('supports');
  });
});
