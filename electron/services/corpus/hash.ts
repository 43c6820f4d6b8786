import { createHash } from 'node:crypto';

/** SHA-256 hex of the UTF-8 bytes of a string: the identity of a document text or an ontology. */
export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
