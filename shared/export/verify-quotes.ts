/**
 * Quote verification, run before anything is printed or exported: every quote is checked against
 * the current text of its source at its offsets, and against the document hash. A quote that fails
 * is never presented as verified: the exporters mark it and list it in the warnings.
 */
import type { EffectiveCell } from '../model/effective';
import type { MatrixCell, MatrixDocument } from '../model/matrix';
import type { SourceDocument } from '../model/corpus';

export type QuoteStatus =
  | 'verified'
  /** An analyst anchor re-found at new offsets after its document changed: the quote text matches. */
  | 'reanchored'
  | 'text-mismatch'
  | 'hash-mismatch'
  | 'missing-document'
  | 'bad-offsets'
  | 'orphaned';

export interface QuoteCheck {
  status: QuoteStatus;
  /** True only when the quote is exactly what the source says at the offsets given. */
  ok: boolean;
  /** Why the quote failed, in an analyst's words; null when it passed. */
  problem: string | null;
}

export interface QuoteVerification {
  /** By citation key; analyst citations by `analystCitationKey(id)`. */
  checks: Map<string, QuoteCheck>;
  /** One line per failed quote, naming party, demand, document and offsets. */
  warnings: string[];
}

export interface VerifyOptions {
  /**
   * Recomputes a document's hash from its text (SHA-256 hex). Shared code cannot hash, so the Node
   * service passes one in; without it the loader's recorded `hash` is trusted.
   */
  hashText?: (text: string) => string;
}

export const analystCitationKey = (id: string): string => `analyst:${id}`;

const VERIFIED: QuoteCheck = { status: 'verified', ok: true, problem: null };
const fail = (status: QuoteStatus, problem: string): QuoteCheck => ({ status, ok: false, problem });

function sliceCheck(text: string, start: number, end: number, quote: string): QuoteCheck | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    return fail('bad-offsets', `offsets ${start}–${end} lie outside the document (length ${text.length})`);
  }
  if (text.slice(start, end) !== quote) {
    return fail('text-mismatch', `the source text at ${start}–${end} no longer matches the quote`);
  }
  return null;
}

function isEffective(cell: MatrixCell | EffectiveCell): cell is EffectiveCell {
  return 'analystCitations' in cell && Array.isArray((cell as EffectiveCell).analystCitations);
}

export function verifyQuotes(
  matrix: { cells: Array<MatrixCell | EffectiveCell>; documents: MatrixDocument[] },
  documents: SourceDocument[],
  options: VerifyOptions = {},
): QuoteVerification {
  const sources = new Map(documents.map((d) => [d.id, d]));
  const derivedHashes = new Map(matrix.documents.map((d) => [d.id, d.hash]));
  const currentHashes = new Map<string, string>();
  const currentHash = (doc: SourceDocument): string => {
    let hash = currentHashes.get(doc.id);
    if (hash === undefined) {
      hash = options.hashText ? options.hashText(doc.text) : doc.hash;
      currentHashes.set(doc.id, hash);
    }
    return hash;
  };
  const checks = new Map<string, QuoteCheck>();
  const warnings: string[] = [];
  const record = (key: string, check: QuoteCheck, where: string) => {
    checks.set(key, check);
    if (!check.ok) warnings.push(`Quote NOT verified — ${where}: ${check.problem}.`);
  };

  for (const cell of matrix.cells) {
    for (const c of cell.citations) {
      const where = `${c.party} / ${c.demand}, document "${c.document}" [${c.start}–${c.end}]`;
      const doc = sources.get(c.document);
      if (!doc) {
        record(c.key, fail('missing-document', 'the source document is not in the corpus'), where);
        continue;
      }
      const textProblem = sliceCheck(doc.text, c.start, c.end, c.quote);
      if (textProblem) {
        record(c.key, textProblem, where);
        continue;
      }
      const hash = currentHash(doc);
      if (hash !== doc.hash) {
        record(c.key, fail('hash-mismatch', 'the document text does not match its recorded hash'), where);
      } else if (derivedHashes.has(doc.id) && derivedHashes.get(doc.id) !== hash) {
        record(c.key, fail('hash-mismatch', 'the document changed since the matrix was derived'), where);
      } else {
        record(c.key, VERIFIED, where);
      }
    }
    if (!isEffective(cell)) continue;
    for (const a of cell.analystCitations) {
      const key = analystCitationKey(a.id);
      const where = `analyst citation by ${a.author}, ${a.party} / ${a.demand}, document "${a.anchor.document}"`;
      const doc = sources.get(a.anchor.document);
      if (!doc) {
        record(key, fail('missing-document', 'the source document is not in the corpus'), where);
        continue;
      }
      if (a.resolution.status === 'orphaned') {
        record(key, fail('orphaned', 'the quoted passage can no longer be found in the document'), where);
        continue;
      }
      const textProblem = sliceCheck(doc.text, a.resolution.start, a.resolution.end, a.anchor.quote);
      if (textProblem) {
        record(key, textProblem, where);
        continue;
      }
      const hash = currentHash(doc);
      if (hash !== doc.hash) {
        record(key, fail('hash-mismatch', 'the document text does not match its recorded hash'), where);
      } else if (a.anchor.documentHash !== hash) {
        // The text moved but the exact quote was found again: true to the source, flagged as moved.
        checks.set(key, { status: 'reanchored', ok: true, problem: null });
      } else {
        checks.set(key, VERIFIED);
      }
    }
  }
  return { checks, warnings };
}
