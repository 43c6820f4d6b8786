/**
 * Ids and phrasings as the analyst types them: an id made from a name, checked against the limits
 * and the ids already taken, and a list of phrasings (one per line) tidied and checked, each problem
 * named in the analyst's words before anything is sent.
 */
import { ID_MAX_LENGTH, ONTOLOGY_ID_PATTERN, PHRASE_MAX_LENGTH, VOCABULARY_LIST_MAX } from '../model/limits';

/** "Foreign Ministry (Canada)" → "foreign-ministry-canada"; "" when no letter or digit is Latin. */
export function slugId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** An id for a new entry named `name`: its slug, or `fallback`, made unique with -2, -3… */
export function freeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base = slugId(name) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** What is wrong with an id for a new entry, or null; `taken` maps ids to the names holding them. */
export function idProblem(id: string, taken: ReadonlyMap<string, string>): string | null {
  if (!id) return 'The id must not be empty.';
  if (id.length > ID_MAX_LENGTH) return `The id is longer than ${ID_MAX_LENGTH} characters (${id.length}).`;
  if (!ONTOLOGY_ID_PATTERN.test(id))
    return `The id “${id}” may hold only lower-case letters, digits and dashes.`;
  const holder = taken.get(id);
  if (holder !== undefined) return `The id “${id}” is already taken by “${holder}”.`;
  return null;
}

export interface PhraseList {
  /** The phrasings, trimmed, blank lines and repeats left out, in the order written. */
  phrases: string[];
  /** What keeps the list from being saved, naming the line. */
  problems: string[];
}

/** One phrasing per line, as typed into a field. */
export function readPhraseLines(text: string): PhraseList {
  const phrases: string[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    const phrase = line.trim();
    if (!phrase || phrases.includes(phrase)) return;
    if (phrase.length > PHRASE_MAX_LENGTH)
      problems.push(`Line ${i + 1} is longer than ${PHRASE_MAX_LENGTH} characters (${phrase.length}).`);
    phrases.push(phrase);
  });
  if (phrases.length > VOCABULARY_LIST_MAX)
    problems.push(
      `${phrases.length.toLocaleString('en')} entries: at most ${VOCABULARY_LIST_MAX.toLocaleString('en')}.`,
    );
  return { phrases, problems };
}
