/**
 * corpus.json: per-document metadata beside the texts. Checked field by field; a bad entry is a
 * problem naming its index and field and is left out (its file is then read with inferred metadata).
 */
import path from 'node:path';
import { z } from 'zod';
import type { DocumentMeta, InputProblem } from '../../../shared/model/corpus';
import { ID_MAX_LENGTH } from '../../../shared/model/limits';
import { readFileInside } from '../safe-read';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const metaSchema = z.object({
  id: z
    .string()
    .max(ID_MAX_LENGTH, `is longer than ${ID_MAX_LENGTH} characters`)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-"'),
  path: z
    .string()
    .min(1)
    .refine(
      (p) => !p.split(/[\\/]/).includes('..') && !path.isAbsolute(p),
      'must be a relative path inside the corpus folder',
    ),
  // Left out or null: taken from the text's first line, as for a file corpus.json does not list.
  title: z.string().min(1).nullable().default(null),
  outlet: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  // Left out or null: taken from a dateline in the text when there is one.
  published: date.nullable().default(null),
  publishedNote: z.string().nullable().default(null),
  language: z.string().min(2).default('en'),
  translationOf: z.string().nullable().default(null),
});

/** A corpus.json entry; a null title or date is filled in from the text once it is read. */
export type ManifestEntry = Omit<DocumentMeta, 'title'> & { title: string | null };

export async function readCorpusManifest(
  corpusDir: string,
  problems: InputProblem[],
): Promise<ManifestEntry[] | null> {
  const read = await readFileInside(corpusDir, 'corpus.json', {
    maxBytes: 5 * 1024 * 1024,
    limitOf: 'for corpus.json',
  });
  if (!read.ok) {
    if (read.missing) return null; // no manifest: every text file gets inferred metadata
    problems.push({
      source: 'corpus.json',
      message: `corpus.json ${read.reason} Metadata was inferred from the texts instead.`,
      severity: 'error',
    });
    return null;
  }
  const raw = read.bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    problems.push({
      source: 'corpus.json',
      message: `corpus.json is not valid JSON (${(err as Error).message}); metadata was inferred from the texts instead.`,
      severity: 'error',
    });
    return null;
  }
  const list = (json as { documents?: unknown })?.documents;
  if (!Array.isArray(list)) {
    problems.push({
      source: 'corpus.json',
      message: 'corpus.json has no "documents" list; metadata was inferred from the texts instead.',
      severity: 'error',
    });
    return null;
  }
  const out: ManifestEntry[] = [];
  const ids = new Set<string>();
  list.forEach((entry, i) => {
    const parsed = metaSchema.safeParse(entry);
    if (!parsed.success) {
      const issues = parsed.error.issues
        .map((is) => `${is.path.join('.') || '(entry)'} ${is.message}`)
        .join('; ');
      problems.push({
        source: 'corpus.json',
        message: `corpus.json documents[${i}]: ${issues}. The entry was ignored.`,
        severity: 'error',
      });
      return;
    }
    if (ids.has(parsed.data.id)) {
      problems.push({
        source: 'corpus.json',
        message: `corpus.json documents[${i}]: id "${parsed.data.id}" is used twice; the second entry was ignored.`,
        severity: 'error',
      });
      return;
    }
    ids.add(parsed.data.id);
    out.push({ ...parsed.data, path: parsed.data.path.replace(/\\/g, '/') });
  });
  return out;
}
