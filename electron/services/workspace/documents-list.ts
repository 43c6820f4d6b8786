/**
 * The workspace's documents as the Documents dialog lists them (with how much each one contributes
 * and its problems), and the analyst's items whose document or citation is gone: orphans, kept
 * and shown, never deleted.
 */
import { parseCitationKey } from '../../../shared/analyst/reattach';
import type { StanceMatrix } from '../../../shared/model/matrix';
import type { Session } from './session';

/**
 * Why a note or rejection has no citation, in the analyst's terms: the cell and the document its key
 * names (by name and title where they still exist), and the quote when one was kept with it.
 */
function noLongerDerived(
  key: string,
  quote: string | undefined,
  matrix: StanceMatrix,
  titles: ReadonlyMap<string, string>,
): string {
  const shown = quote && quote.length > 160 ? `${quote.slice(0, 160)}…` : quote;
  const quoted = shown ? ` “${shown}”` : '';
  const parts = parseCitationKey(key);
  if (!parts) return `the citation${quoted} (${key}) is no longer derived`;
  const party = matrix.parties.find((p) => p.id === parts.party)?.name ?? parts.party;
  const demand = matrix.demands.find((d) => d.id === parts.demand)?.title ?? parts.demand;
  const title = titles.get(parts.document);
  const source = title ? `“${title}”` : `${parts.document} (no longer in the workspace)`;
  return `the citation${quoted} for ${party} × ${demand} in ${source} is no longer derived`;
}

export async function listDocuments(session: Session, matrix: StanceMatrix) {
  const documents = await session.matrixService.documents();
  const citations = new Map<string, number>();
  const keys = new Set<string>();
  for (const cell of matrix.cells)
    for (const c of cell.citations) {
      citations.set(c.document, (citations.get(c.document) ?? 0) + 1);
      keys.add(c.key);
    }
  const ids = new Set(documents.map((d) => d.id));
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const data = session.analyst.data();
  const resolutions = session.analyst.resolutions();
  const orphans: Array<{
    kind: 'note' | 'analyst citation' | 'rejection';
    id: string;
    text: string;
    why: string;
  }> = [];
  for (const c of data.citations)
    if (resolutions[c.id]?.status === 'orphaned')
      orphans.push({
        kind: 'analyst citation',
        id: c.id,
        text: `“${c.anchor.quote.slice(0, 200)}” (${c.party} × ${c.demand})`,
        why: ids.has(c.anchor.document)
          ? `its quote is no longer in ${c.anchor.document}`
          : `its document ${c.anchor.document} was removed`,
      });
  for (const n of data.notes) {
    if (n.target.kind === 'range' && !ids.has(n.target.anchor.document))
      orphans.push({
        kind: 'note',
        id: n.id,
        text: n.text.slice(0, 300),
        why: `its document ${n.target.anchor.document} was removed`,
      });
    if (n.target.kind === 'citation' && !keys.has(n.target.citationKey))
      orphans.push({
        kind: 'note',
        id: n.id,
        text: n.text.slice(0, 300),
        why: noLongerDerived(n.target.citationKey, n.target.quote, matrix, titles),
      });
  }
  for (const r of data.rejections)
    if (!keys.has(r.citationKey))
      orphans.push({
        kind: 'rejection',
        id: r.id,
        text: r.reason.slice(0, 300),
        why: noLongerDerived(r.citationKey, r.quote, matrix, titles),
      });
  return {
    readOnly: session.location.readOnly,
    orphans,
    documents: documents.map((d) => ({
      id: d.id,
      path: d.path,
      title: d.title,
      outlet: d.outlet,
      author: d.author,
      published: d.published,
      publishedNote: d.publishedNote,
      language: d.language,
      translationOf: d.translationOf,
      characters: d.text.length,
      citations: citations.get(d.id) ?? 0,
      problems: matrix.problems.filter((p) => p.source === d.path).map((p) => p.message),
    })),
  };
}
