/** What the corpus says about one source article, kept in corpus/corpus.json beside the text. */
export interface DocumentMeta {
  /** Stable id, used by citations and analyst anchors. */
  id: string;
  /** Path of the text file, relative to the corpus folder, with forward slashes. */
  path: string;
  title: string;
  outlet: string | null;
  author: string | null;
  /** ISO date (YYYY-MM-DD) of publication, or null when nothing gives one. */
  published: string | null;
  /** How `published` was established when the text itself does not state it plainly. */
  publishedNote: string | null;
  /** BCP 47 language tag of this text (a translation carries its own language). */
  language: string;
  /** Id of the document this one is a translation of, if any. */
  translationOf: string | null;
}

/** A loaded document: its metadata, its decoded text and the hash of that text. */
export interface SourceDocument extends DocumentMeta {
  text: string;
  /** SHA-256 hex of the UTF-8 bytes of `text` (after BOM removal). */
  hash: string;
}

/** A problem with one input that was skipped or partly used; never stops the run. */
export interface InputProblem {
  /** The file (relative path) or ontology location the problem concerns. */
  source: string;
  /** A sentence an analyst can act on, naming what was wrong. */
  message: string;
  severity: 'error' | 'warning';
}

/**
 * What a source is called where its outlet would be shown: the outlet, else the file it came from
 * (an article dropped into the folder without corpus.json is still told apart by its name).
 */
export function sourceName(d: { outlet: string | null; path?: string; id: string }): string {
  if (d.outlet) return d.outlet;
  const file = d.path?.split('/').pop();
  return file || d.id;
}
