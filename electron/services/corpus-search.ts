/**
 * Full-text search over the corpus with MiniSearch (prefix and fuzzy matching). Paragraphs are
 * indexed separately so a hit can be shown in context and opened at its exact offset.
 */
import MiniSearch from 'minisearch';
import type { SourceDocument } from '../../shared/model';

export interface SearchSnippet {
  start: number;
  end: number;
  before: string;
  match: string;
  after: string;
}

export interface SearchHit {
  document: string;
  title: string;
  score: number;
  snippets: SearchSnippet[];
}

interface Passage {
  id: string;
  document: string;
  title: string;
  start: number;
  text: string;
}

const CONTEXT = 80;
const MAX_SNIPPETS = 3;

function passagesOf(doc: SourceDocument): Passage[] {
  const passages: Passage[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    if (m[0].trim())
      passages.push({
        id: `${doc.id}#${m.index}`,
        document: doc.id,
        title: doc.title,
        start: m.index,
        text: m[0],
      });
  }
  return passages;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class CorpusSearch {
  private readonly index = new MiniSearch<Passage>({
    fields: ['text', 'title'],
    storeFields: ['document', 'title', 'start', 'text'],
    searchOptions: {
      prefix: true,
      // Typos in words are forgiven; numbers are not: a search for 1997 must not find 1987.
      fuzzy: (term) => (/\d/.test(term) ? false : 0.15),
      boost: { title: 2 },
      combineWith: 'AND',
    },
  });

  constructor(documents: SourceDocument[]) {
    this.index.addAll(documents.flatMap(passagesOf));
  }

  search(query: string, limit = 20): SearchHit[] {
    if (!query.trim()) return [];
    const byDocument = new Map<string, SearchHit>();
    for (const result of this.index.search(query)) {
      const passage = result as unknown as Passage & { score: number; terms: string[] };
      let hit = byDocument.get(passage.document);
      if (!hit) {
        if (byDocument.size >= limit) continue;
        hit = { document: passage.document, title: passage.title, score: 0, snippets: [] };
        byDocument.set(passage.document, hit);
      }
      hit.score += passage.score;
      if (hit.snippets.length < MAX_SNIPPETS) {
        const snippet = snippetOf(passage, [query.trim(), ...passage.terms]);
        if (snippet) hit.snippets.push(snippet);
      }
    }
    return [...byDocument.values()].sort((a, b) => b.score - a.score);
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Moves a cut at `at` forward (or back) to the nearest space, so a snippet never starts or ends mid-word. */
function wordCut(text: string, at: number, direction: 1 | -1, limit: number): number {
  if (at <= 0 || at >= text.length || !WORD_CHAR.test(text[at - 1]!) || !WORD_CHAR.test(text[at]!)) return at;
  const space = direction === 1 ? text.indexOf(' ', at) : text.lastIndexOf(' ', at);
  if (space === -1) return at;
  const cut = direction === 1 ? space + 1 : space;
  return direction === 1 ? (cut <= limit ? cut : at) : cut >= limit ? cut : at;
}

/**
 * Locates the first matched term in the passage and cuts a window of context around it. The term
 * is matched at the start of a word and to its end ("expan" shows "expansion"), and the context
 * is cut at spaces.
 */
function snippetOf(passage: Passage, terms: string[]): SearchSnippet | null {
  // The query as typed comes first: where the passage has it verbatim, all of it is the match.
  const [phrase, ...rest] = terms;
  const pattern = [...new Set(rest)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  if (!pattern) return null;
  const verbatim = phrase
    ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}[\\p{L}\\p{N}]*`, 'iu')
    : null;
  const m =
    verbatim?.exec(passage.text) ??
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})[\\p{L}\\p{N}]*`, 'iu').exec(passage.text) ??
    new RegExp(`(?:${pattern})`, 'iu').exec(passage.text);
  if (!m) return null;
  const text = passage.text;
  const local = m.index;
  const matchEnd = local + m[0].length;
  const beforeStart = wordCut(text, Math.max(0, local - CONTEXT), 1, local);
  const afterEnd = wordCut(text, Math.min(text.length, matchEnd + CONTEXT), -1, matchEnd);
  return {
    start: passage.start + local,
    end: passage.start + matchEnd,
    before: (beforeStart > 0 ? '…' : '') + text.slice(beforeStart, local),
    match: m[0],
    after: text.slice(matchEnd, afterEnd).trimEnd() + (afterEnd < text.length ? ' …' : ''),
  };
}
