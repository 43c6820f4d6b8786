/** A SourceDocument built in a test or benchmark: an id and a text, the rest defaulted or given. */
import { createHash } from 'node:crypto';
import type { SourceDocument } from '../corpus';

export const hashOf = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export function makeDocument(id: string, text: string, extra: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id,
    path: `${id}.txt`,
    title: id,
    outlet: null,
    author: null,
    published: null,
    publishedNote: null,
    language: 'en',
    translationOf: null,
    text,
    hash: hashOf(text),
    ...extra,
  };
}
