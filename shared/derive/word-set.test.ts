import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSpelledOut, madeWordSets, spellOut, wordSet } from './word-set';

const HERE = path.dirname(fileURLToPath(import.meta.url));

describe('wordSet: an anchored word pattern tested by a set lookup', () => {
  it('spells out every word the pattern matches', () => {
    expect(spellOut(/^(?:a|b)$/)).toEqual(['a', 'b']);
    expect(spellOut(/^drafts?$/)).toEqual(['draft', 'drafts']);
    expect(spellOut(/^treat(?:y|ies)$/)).toEqual(['treaty', 'treaties']);
    expect(spellOut(/^defen[cs]e$/)).toEqual(['defence', 'defense']);
    expect(spellOut(/^n['’]t$/)).toEqual(["n't", 'n’t']);
    expect(spellOut(/^(?:re-)?(?:a|bc?)$/).sort()).toEqual(['a', 'b', 'bc', 're-a', 're-b', 're-bc']);
    expect(spellOut(/^(?:[.,;:!?—–]|outright)$/)).toContain('?');
    expect(spellOut(/^[-‐‑]$/)).toEqual(['-', '‐', '‑']);
  });

  it('refuses a pattern whose matches are no fixed list, or that is not anchored at both ends', () => {
    for (const pattern of [
      /^a|b$/,
      /^a$|^b$/,
      /^\w+ed$/,
      /^\d$/,
      /^a+$/,
      /^a*$/,
      /^a{2}$/,
      /^[a-z]$/,
      /^[^a]$/,
      /^(?=a)a$/,
      /^(?:a|b)$/i,
      /a$/,
      /^a/,
      /^.$/,
    ])
      expect(() => spellOut(pattern), pattern.source).toThrow(/wordSet/);
  });

  it('answers as the pattern does', () => {
    const pattern = /^(?:demands?|wants?|sought|call(?:s|ed)?)$/;
    const set = wordSet(pattern);
    for (const s of [
      'demand',
      'demands',
      'want',
      'sought',
      'call',
      'called',
      'calls',
      'calling',
      'Demand',
      'demandss',
      '',
      ' demand',
      'demand\n',
      'wants ',
      'seek',
    ])
      expect(set.test(s), s).toBe(pattern.test(s));
  });

  it('spells out, for every list of the derivation, only words its pattern matches', async () => {
    // (Checked here rather than as each module loads: see the module comment of word-set.ts.)
    for (const dir of ['.', 'analyze-sentence'])
      for (const name of readdirSync(path.join(HERE, dir)))
        if (name.endsWith('.ts') && !name.endsWith('.test.ts')) await import(`./${dir}/${name.slice(0, -3)}`);
    const made = madeWordSets();
    expect(made.length).toBeGreaterThan(500);
    for (const set of made) checkSpelledOut(set.pattern, set.spelled);
    expect(() => checkSpelledOut(/^ab?$/, ['a', 'ab', 'b'])).toThrow(/"b" was spelled out/);
  });
});
