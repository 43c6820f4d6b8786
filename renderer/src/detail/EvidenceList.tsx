import { useEffect, useMemo } from 'react';
import { sourceName, type Citation, type EffectiveCell, type MatrixDocument } from '../../../shared/model';
import { useStandpoint } from '../store';
import { selectDocumentIndex, selectNames } from '../store/selectors';
import type { EvidenceSummary } from '../../../shared/analyst/evidence';
import { formatDate, plural } from '../text/format';
import { AnalystCitationCard } from './AnalystCitationCard';
import { CitationCard } from './CitationCard';

interface SourceGroup {
  root: string;
  documents: MatrixDocument[];
  citations: Citation[];
}

/** Citations grouped by independent source: a translation is folded under its original. */
function groupBySource(citations: Citation[], docs: Map<string, MatrixDocument>): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const c of citations) {
    const doc = docs.get(c.document);
    const root = doc?.translationOf ?? c.document;
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { root, documents: [], citations: [] }));
    if (doc && !g.documents.includes(doc)) g.documents.push(doc);
    g.citations.push(c);
  }
  for (const g of groups.values()) {
    const rootDoc = docs.get(g.root);
    if (rootDoc && !g.documents.includes(rootDoc)) g.documents.unshift(rootDoc);
    g.documents.sort((a, b) => (a.id === g.root ? -1 : b.id === g.root ? 1 : 0));
  }
  // Newest source first, undated last: how an analyst reads a developing position.
  return [...groups.values()].sort((a, b) =>
    (b.documents[0]?.published ?? '').localeCompare(a.documents[0]?.published ?? ''),
  );
}

export function EvidenceList({ cell, evidence }: { cell: EffectiveCell; evidence: EvidenceSummary }) {
  const docs = useStandpoint(selectDocumentIndex);
  const names = useStandpoint(selectNames);
  const loadDocument = useStandpoint((s) => s.loadDocument);
  const openReader = useStandpoint((s) => s.openReader);
  const groups = useMemo(() => groupBySource(cell.citations, docs), [cell.citations, docs]);
  useEffect(() => {
    // Context sentences need the text; a cell rarely cites more than a few dozen documents.
    for (const id of new Set(cell.citations.slice(0, 200).map((c) => c.document))) void loadDocument(id);
  }, [cell.citations, loadDocument]);
  const partyName = names.parties.get(cell.party) ?? cell.party;

  return (
    <section className="detail__section" aria-label="Evidence">
      <h3>
        Evidence{' '}
        <span className="muted num">
          {plural(evidence.citations, 'citation')} · {plural(evidence.sources, 'independent source')}
        </span>
      </h3>
      {groups.length === 0 && cell.analystCitations.length === 0 && (
        <p className="muted">
          The corpus says nothing about this pair. Select text in a source to add evidence.
        </p>
      )}
      {groups.map((g) => {
        const root = g.documents[0];
        const translations = g.documents.slice(1);
        return (
          <article key={g.root} className="source-group" data-testid="source-group">
            <header className="source-group__head">
              <span className="source-group__outlet">{root ? sourceName(root) : g.root}</span>
              <span className="num muted">{formatDate(root?.published)}</span>
              <button type="button" className="link source-group__title" onClick={() => openReader(g.root)}>
                {root?.title ?? g.root}
              </button>
              {translations.length > 0 && (
                <span className="small muted">
                  also as translation:{' '}
                  {translations.map((t) => (
                    <button key={t.id} type="button" className="link" onClick={() => openReader(t.id)}>
                      {t.title} ({t.language})
                    </button>
                  ))}
                </span>
              )}
            </header>
            {g.citations.map((c) => (
              <CitationCard
                key={c.key}
                citation={c}
                partyName={partyName}
                doc={docs.get(c.document)}
                rejection={cell.rejections[c.key] ?? null}
                notes={cell.notes.filter(
                  (n) => n.target.kind === 'citation' && n.target.citationKey === c.key,
                )}
              />
            ))}
          </article>
        );
      })}
      {cell.analystCitations.length > 0 && <AnalystEvidence cell={cell} />}
    </section>
  );
}

function AnalystEvidence({ cell }: { cell: EffectiveCell }) {
  const docs = useStandpoint(selectDocumentIndex);
  return (
    <article className="source-group source-group--analyst" data-testid="analyst-citations">
      <header className="source-group__head">
        <span className="source-group__outlet">Added by analysts</span>
      </header>
      {cell.analystCitations.map((c) => (
        <AnalystCitationCard key={c.id} citation={c} doc={docs.get(c.anchor.document)} />
      ))}
    </article>
  );
}
