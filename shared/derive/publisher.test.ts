/**
 * A party's own channel (a ministry statement, a Kremlin transcript, nato.int) speaks for that party
 * where no one else is said to speak; a news agency or a blog named after an institution does not.
 */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../model/corpus';
import { deriveMatrix } from './derive-matrix';
import { createSegmenter } from './segment';
import { doc, seedOntology } from './test-support/seed-corpus';

const ontology = seedOntology();
const segmenter = createSegmenter();

const STATEMENT =
  'We note that the American side has failed to give a constructive response to the core elements of the draft treaty.\n' +
  'This concerns the renunciation of any further NATO expansion and the return of NATO infrastructure to where it stood in 1997.';

function cell(outlet: string | null, party: string, demand: string) {
  const source: SourceDocument = doc('statement', STATEMENT, { outlet });
  const m = deriveMatrix([source], ontology, { segmenter });
  return m.cells.find((c) => c.party === party && c.demand === demand);
}

describe('a party’s own channel', () => {
  it('speaks for the party in a statement it published (first person and its listed demands)', () => {
    const nx = cell('Russian Foreign Ministry statement', 'russia', 'non-expansion');
    expect(nx?.stance).toBe('supports');
    expect(nx?.citations[0]?.voice).toBe('own');
    expect(cell('Russian Foreign Ministry statement', 'russia', 'rollback-1997')?.stance).toBe('supports');
  });

  it('does not speak through a news agency, a blog named after an institution, or no outlet at all', () => {
    for (const outlet of ['TASS', 'The Kremlin Stories (blog)', null]) {
      expect(cell(outlet, 'russia', 'non-expansion')?.stance ?? 'none', String(outlet)).toBe('none');
      expect(cell(outlet, 'russia', 'rollback-1997')?.stance ?? 'none', String(outlet)).toBe('none');
    }
  });
});
