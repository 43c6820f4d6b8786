/** A generated matrix of many parties over one synthetic document, for multi-page print tests. */
import { silentCell } from '../../../../shared/analyst/effective';
import type { SourceDocument } from '../../../../shared/model/corpus';
import type { EffectiveMatrix } from '../../../../shared/model/effective';
import type { Citation } from '../../../../shared/model/matrix';
import { STANCES } from '../../../../shared/model/stance';
import { sha256Hex } from '../export-service';

export function bigMatrix(partyCount: number): { matrix: EffectiveMatrix; documents: SourceDocument[] } {
  const demands = ['non-expansion', 'rollback-1997', 'missile-deployment'].map((id, i) => ({
    id,
    title: ['No further NATO expansion', 'Rollback to 1997 lines', 'No missile deployments'][i]!,
    description: '',
    phrases: [],
  }));
  const parties = Array.from({ length: partyCount }, (_, i) => ({
    id: `party-${i + 1}`,
    name: `Party ${String(i + 1).padStart(3, '0')}`,
    aliases: [],
  }));
  const sentences = parties.map((p) => `${p.name} spoke about non-expansion.`);
  const text = sentences.join(' ');
  const hash = sha256Hex(text);
  const doc: SourceDocument = {
    id: 'generated',
    path: 'generated.txt',
    title: 'Generated statements',
    outlet: 'Test Wire',
    author: null,
    published: '2022-01-10',
    publishedNote: null,
    language: 'en',
    translationOf: null,
    text,
    hash,
  };
  let offset = 0;
  const cells: EffectiveMatrix['cells'] = [];
  parties.forEach((p, i) => {
    const quote = sentences[i]!;
    const start = offset;
    offset += quote.length + 1;
    demands.forEach((d, j) => {
      const stance = j === 0 ? STANCES[i % 4]! : 'none';
      const citations: Citation[] =
        j === 0
          ? [
              {
                key: `generated:${start}-${start + quote.length}:${p.id}:${d.id}`,
                document: 'generated',
                start,
                end: start + quote.length,
                quote,
                party: p.id,
                demand: d.id,
                stance,
                cue: 'spoke',
                negated: false,
                attribution: { party: p.id, kind: 'subject', matched: p.name, role: null, speaker: null },
                demandMatch: 'non-expansion',
                published: '2022-01-10',
                voice: 'own',
                modality: 'present',
                weight: 1,
                resolvedFrom: null,
              },
            ]
          : [];
      cells.push({
        ...silentCell(p.id, d.id),
        stance,
        derivedStance: stance,
        confidence: citations.length ? 0.5 : 0,
        citations,
        sources: citations.length,
        ownSources: citations.length,
      });
    });
  });
  const { path: _p, text: _t, author: _a, publishedNote: _n, ...meta } = doc;
  return {
    matrix: {
      schemaVersion: 2,
      generatedAt: '2026-11-23T05:00:00Z',
      documents: [{ ...meta, path: doc.path }],
      parties,
      demands,
      cells,
      problems: [],
      stats: { documents: 1, sentences: partyCount, citations: partyCount, errors: 0, millis: 0 },
    },
    documents: [doc],
  };
}
