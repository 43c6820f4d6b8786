import { describe, expect, it } from 'vitest';
import { seedDocuments } from '../derive/test-support/seed-corpus';
import { compareTexts, fingerprint, rarityAmong } from './similarity';

const docs = seedDocuments();
const byId = new Map(docs.map((d) => [d.id, d]));
const fp = (id: string) => fingerprint(byId.get(id)!.text);

describe('compareTexts', () => {
  it('flags the second translation of the same Izvestia article as a likely translation', () => {
    const others = docs.filter((d) => d.id !== 'izvestia-2022-01-14-full-translation');
    const rarity = rarityAmong(others.map((d) => fingerprint(d.text)));
    const candidate = fp('izvestia-2022-01-14-full-translation');
    const hits = others
      .map((d) => ({ id: d.id, r: compareTexts(candidate, fingerprint(d.text), rarity) }))
      .filter((h) => h.r);
    expect(hits.map((h) => h.id)).toEqual(['izvestia-2022-01-14-condensed']);
    expect(hits[0]!.r!.kind).toBe('translation');
    expect(hits[0]!.r!.reasons.join('; ')).toMatch(/Baklitsky|Buzhinsky|Mikhail/);
  });

  it('does not flag articles that only share the topic', () => {
    for (const id of ['bloomberg-2022-01-13-dead-end', 'izvestia-2022-01-28-condensed']) {
      const others = docs.filter((d) => d.id !== id);
      const rarity = rarityAmong(others.map((d) => fingerprint(d.text)));
      for (const other of others) expect(compareTexts(fp(id), fingerprint(other.text), rarity)).toBeNull();
    }
  });

  it('calls a lightly edited copy a near-duplicate', () => {
    const text = byId.get('bloomberg-2022-01-13-dead-end')!.text;
    const edited = text.replace(/Ryabkov/g, 'Sergei Ryabkov').replace(/\n\n[^\n]+$/, '');
    const r = compareTexts(fingerprint(edited), fingerprint(text));
    expect(r?.kind).toBe('near-duplicate');
    expect(r!.score).toBeGreaterThan(0.5);
  });

  it('matches a translation into another language by its numbers, names and dateline', () => {
    const en =
      'Moscow, Jan. 14, 2022. Deputy Foreign Minister Sergei Ryabkov said on Thursday that the talks in Geneva had reached a dead end. ' +
      'He said that 1997 was the year NATO and Russia signed the Founding Act, and that 30,000 troops remain near Voronezh. ' +
      'Ryabkov met Wendy Sherman and Karen Donfried; Vladimir Yermakov also took part, as did Alexander Grushko in 2021.';
    const fr =
      'Moscou, 14.01.2022. Le vice-ministre des Affaires étrangères Sergei Ryabkov a déclaré jeudi que les pourparlers de Genève étaient dans une impasse. ' +
      'Il a rappelé que 1997 était l’année où Moscou et Bruxelles ont signé l’Acte fondateur, et que 30 000 soldats restent près de Voronezh. ' +
      'Ryabkov a rencontré Wendy Sherman et Karen Donfried ; Vladimir Yermakov était aussi présent, comme Alexander Grushko en 2021.';
    const r = compareTexts(fingerprint(fr), fingerprint(en));
    expect(r?.kind).toBe('translation');
    expect(r!.reasons.join('; ')).toContain('same dateline (2022-01-14)');
    expect(r!.reasons.join('; ')).toContain('30000');
  });

  it('stays bounded on a huge text', () => {
    const huge = 'word '.repeat(2_000_000);
    const started = performance.now();
    fingerprint(huge);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
