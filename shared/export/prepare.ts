/**
 * Everything the exporters share, computed once: the chosen parties and demands (in the order
 * given, without those nobody has a position on unless asked), each cell with its evidence and its
 * citations, every quoted passage once as a numbered footnote, the key judgements and the quote
 * checks. Every format renders this one structure, so a print and a CSV of the same options agree.
 */
import { silentCell } from '../analyst/effective';
import { summarizeEvidence, type EvidenceSummary } from '../analyst/evidence';
import type {
  AnchorResolution,
  CitationRejection,
  Note,
  StanceOverride,
  AnalystCitation,
} from '../model/analyst';
import type { SourceDocument } from '../model/corpus';
import type { EffectiveCell, EffectiveMatrix } from '../model/effective';
import type { Citation, MatrixDocument } from '../model/matrix';
import type { Demand, Party } from '../model/ontology';
import type { Stance } from '../model/stance';
import type { ChangeReport } from './changes';
import { numberFootnotes, type Footnote } from './footnotes';
import { keyJudgementsOf } from './key-judgements';
import type { ExportContext, ExportOptions } from './types';
import { analystCitationKey, verifyQuotes, type QuoteCheck, type VerifyOptions } from './verify-quotes';
import { append } from '../util/append';

export interface PreparedCitation {
  /** The footnote number of its quote: a passage cited by several cells has one number. */
  number: number;
  kind: 'derived' | 'analyst';
  key: string;
  party: string;
  demand: string;
  stance: Stance;
  quote: string;
  start: number;
  end: number;
  document: {
    id: string;
    /** The text file, when the document is loaded (names a source with no outlet recorded). */
    path?: string;
    title: string;
    outlet: string | null;
    published: string | null;
    hash: string;
  };
  check: QuoteCheck;
  /** The derivation's reading: own statement or reported, by whom, in which office, when. */
  derived: Pick<Citation, 'voice' | 'modality' | 'attribution'> | null;
  /** For an analyst citation: who added it and why. */
  analyst:
    (Pick<AnalystCitation, 'author' | 'comment' | 'createdAt'> & { resolution: AnchorResolution }) | null;
  rejection: CitationRejection | null;
  /** Analyst notes attached to this citation (empty when notes are excluded). */
  notes: Note[];
}

export interface PreparedCell {
  party: Party;
  demand: Demand;
  cell: EffectiveCell;
  /** What backs the cell, counted as the grid and the detail count it. */
  evidence: EvidenceSummary;
  override: StanceOverride | null;
  /** Notes on the cell (and on citations that are not printed). */
  notes: Note[];
  /** Empty when citations are excluded. */
  citations: PreparedCitation[];
  /** Quotes of this cell that failed verification, counted even when citations are not printed. */
  unverified: number;
}

export interface PreparedExport {
  title: string;
  classification: string;
  corpus: string;
  printedAt: string;
  options: ExportOptions;
  parties: Party[];
  demands: Demand[];
  /** Left out because nobody has a position on them (options.omitEmpty). */
  omitted: { parties: Party[]; demands: Demand[] };
  /** Row-major: rows[partyIndex][demandIndex]. */
  rows: PreparedCell[][];
  /** Every cell's use of a quote, in reading order (one per cell and citation). */
  citations: PreparedCitation[];
  /** Each quoted passage once, numbered source by source (see numberFootnotes). */
  footnotes: Footnote[];
  keyJudgements: string[];
  /** "What changed since <snapshot>", when asked for. */
  changes: ChangeReport | null;
  warnings: string[];
  documentCount: number;
}

export const DEFAULT_TITLE = 'Stance matrix';

function pick<T extends { id: string }>(
  all: T[],
  wanted: string[] | undefined,
  what: string,
  warnings: string[],
): T[] {
  if (!wanted || wanted.length === 0) return all;
  const byId = new Map(all.map((x) => [x.id, x]));
  const out: T[] = [];
  const seen = new Set<string>();
  for (const id of wanted) {
    if (seen.has(id)) continue;
    seen.add(id);
    const found = byId.get(id);
    if (found) out.push(found);
    else warnings.push(`Unknown ${what} "${id}" was left out.`);
  }
  return out;
}

/** A cell that says something: a stance, or analyst work on it. */
export const hasPosition = (c: EffectiveCell): boolean =>
  c.stance !== 'none' || c.override !== null || c.notes.length > 0 || c.analystCitations.length > 0;

/**
 * The parties and demands an export keeps when those with no position are left out: a party stays if
 * any chosen demand has a position for it, a demand if any kept party has. The print dialog counts
 * with this too, so what it announces is what prints.
 */
export function leaveOutEmpty<P extends { id: string }, D extends { id: string }>(
  matrix: Pick<EffectiveMatrix, 'cells'>,
  parties: P[],
  demands: D[],
): { parties: P[]; demands: D[]; omitted: { parties: P[]; demands: D[] } } {
  const withPosition = new Set(matrix.cells.filter(hasPosition).map((c) => `${c.party}|${c.demand}`));
  const has = (p: P, d: D) => withPosition.has(`${p.id}|${d.id}`);
  const keptParties = parties.filter((p) => demands.some((d) => has(p, d)));
  const keptDemands = demands.filter((d) => keptParties.some((p) => has(p, d)));
  return {
    parties: keptParties,
    demands: keptDemands,
    omitted: {
      parties: parties.filter((p) => !keptParties.includes(p)),
      demands: demands.filter((d) => !keptDemands.includes(d)),
    },
  };
}

/** "12 documents, 2021-12-17 to 2022-01-27": names the corpus when the caller gives no label. */
export function describeCorpus(documents: Array<Pick<MatrixDocument, 'published'>>): string {
  const dates = documents
    .map((d) => d.published)
    .filter((d): d is string => !!d)
    .sort();
  const count = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
  return dates.length ? `${count}, ${dates[0]} to ${dates[dates.length - 1]}` : count;
}

export function prepareExport(
  matrix: EffectiveMatrix,
  documents: SourceDocument[],
  options: ExportOptions,
  context: ExportContext,
  verify: VerifyOptions = {},
): PreparedExport {
  const warnings: string[] = [];
  const cellsByKey = new Map(matrix.cells.map((c) => [`${c.party}|${c.demand}`, c]));
  const cellOf = (p: Party, d: Demand) => cellsByKey.get(`${p.id}|${d.id}`) ?? silentCell(p.id, d.id);
  let parties = pick(matrix.parties, options.parties, 'party', warnings);
  let demands = pick(matrix.demands, options.demands, 'demand', warnings);
  let omitted = { parties: [] as Party[], demands: [] as Demand[] };
  if (options.omitEmpty) ({ parties, demands, omitted } = leaveOutEmpty(matrix, parties, demands));
  const chosen = parties.map((p) => demands.map((d) => cellOf(p, d)));

  // Verify only what this export carries, but all of it, even quotes whose text is not printed.
  const verification = verifyQuotes({ cells: chosen.flat(), documents: matrix.documents }, documents, verify);
  append(warnings, verification.warnings);

  const docMeta = new Map<string, PreparedCitation['document']>();
  for (const d of matrix.documents) docMeta.set(d.id, d);
  for (const d of documents) if (!docMeta.has(d.id)) docMeta.set(d.id, d);
  const metaOf = (id: string) =>
    docMeta.get(id) ?? { id, title: `(missing document ${id})`, outlet: null, published: null, hash: '' };
  const evidenceDocs = new Map(matrix.documents.map((d) => [d.id, d]));
  const checkOf = (key: string): QuoteCheck =>
    verification.checks.get(key) ?? { status: 'missing-document', ok: false, problem: 'not checked' };

  const rows = chosen.map((cells, pi) =>
    cells.map((cell, di): PreparedCell => {
      const notes = options.includeNotes ? cell.notes : [];
      // Notes name a derived citation by its key and an analyst citation by its id.
      const keys = new Set([...cell.citations.map((c) => c.key), ...cell.analystCitations.map((a) => a.id)]);
      const notesOn = (key: string) =>
        notes.filter((n) => n.target.kind === 'citation' && n.target.citationKey === key);
      const citations: PreparedCitation[] = [];
      if (options.includeCitations) {
        for (const c of cell.citations) {
          citations.push({
            number: 0,
            kind: 'derived',
            key: c.key,
            party: c.party,
            demand: c.demand,
            stance: c.stance,
            quote: c.quote,
            start: c.start,
            end: c.end,
            document: metaOf(c.document),
            check: checkOf(c.key),
            derived: { voice: c.voice, modality: c.modality, attribution: c.attribution },
            analyst: null,
            rejection: cell.rejections[c.key] ?? null,
            notes: notesOn(c.key),
          });
        }
        for (const a of cell.analystCitations) {
          const key = analystCitationKey(a.id);
          citations.push({
            number: 0,
            kind: 'analyst',
            key,
            party: a.party,
            demand: a.demand,
            stance: a.stance,
            quote: a.anchor.quote,
            start: a.resolution.start,
            end: a.resolution.end,
            document: metaOf(a.anchor.document),
            check: checkOf(key),
            derived: null,
            analyst: {
              author: a.author,
              comment: a.comment,
              createdAt: a.createdAt,
              resolution: a.resolution,
            },
            rejection: null,
            notes: notesOn(a.id),
          });
        }
      }
      const unverified =
        cell.citations.filter((c) => !checkOf(c.key).ok).length +
        cell.analystCitations.filter((a) => !checkOf(analystCitationKey(a.id)).ok).length;
      return {
        party: parties[pi]!,
        demand: demands[di]!,
        cell,
        evidence: summarizeEvidence(cell, evidenceDocs),
        override: cell.override,
        // A note on a citation that is not printed would otherwise vanish: keep it on the cell.
        notes: notes.filter(
          (n) => n.target.kind !== 'citation' || !options.includeCitations || !keys.has(n.target.citationKey),
        ),
        citations,
        unverified,
      };
    }),
  );
  const { citations, footnotes } = numberFootnotes(rows);

  return {
    title: options.title.trim() || DEFAULT_TITLE,
    classification: options.classification.trim(),
    corpus: context.corpus?.trim() || describeCorpus(matrix.documents),
    printedAt: context.printedAt,
    options,
    parties,
    demands,
    omitted,
    rows,
    citations,
    footnotes,
    // Key judgements are analyst notes: left out with the notes unless written for this briefing.
    keyJudgements: (
      options.keyJudgements ?? (options.includeNotes ? keyJudgementsOf(matrix, parties, demands) : [])
    )
      .map((k) => k.trim())
      .filter(Boolean),
    changes: context.changes ?? null,
    warnings,
    documentCount: matrix.documents.length,
  };
}
