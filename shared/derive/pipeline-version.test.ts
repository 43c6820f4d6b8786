import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ESM script shared with `npm run pipeline:bump`, no type declarations
import { derivationSourceHash } from '../../scripts/derivation-source-hash.mjs';
import { DERIVATION_SOURCE, PIPELINE_VERSION } from './pipeline-version';

describe('derivation cache version', () => {
  it('is recorded for the derivation sources as they are (run `npm run pipeline:bump` after changing shared/derive)', () => {
    expect(PIPELINE_VERSION).toBeGreaterThanOrEqual(7);
    expect(
      derivationSourceHash(),
      'shared/derive changed since PIPELINE_VERSION was recorded: run `npm run pipeline:bump`',
    ).toBe(DERIVATION_SOURCE);
  });
});
