/**
 * "Bagheri Kani met U.S. envoy Robert Malley. The envoy said …": an office word standing for one of the
 * people the sentence before named, when it named people of two parties. The one whose office it is,
 * when exactly one party's people hold it; no one when both do or neither does ("The negotiator said …"
 * after two negotiators met, "The official said …" after two named people met).
 */
import type { ActorMention } from './actors';
import type { Speaker } from './speaker';

/** A person the sentence before named: the party, the office, the words as written. */
export interface PersonNamed {
  parties: string[];
  role: string | null;
  text: string;
}

const key = (parties: readonly string[]): string => [...parties].sort().join('|');

/** The people among a sentence's actors (for the next sentence's office word). */
export function peopleOf(actors: readonly ActorMention[]): PersonNamed[] {
  const out: PersonNamed[] = [];
  for (const a of actors)
    if (a.kind === 'official' || a.kind === 'role' || a.kind === 'learned')
      out.push({ parties: a.parties, role: a.role, text: a.text });
  return out;
}

/**
 * Whom the office word stands for among people of two or more parties named just before: undefined
 * when they were of one party (or none), null when the office does not pick out one party's people.
 */
export function officeAmongPeople(
  people: readonly PersonNamed[],
  office: string,
): Extract<Speaker, { kind: 'party' }> | null | undefined {
  if (new Set(people.map((p) => key(p.parties))).size < 2) return undefined;
  const holders = people.filter(
    (p) => p.role?.toLowerCase().includes(office) || p.text.toLowerCase().includes(office),
  );
  if (holders.length === 0 || new Set(holders.map((p) => key(p.parties))).size !== 1) return null;
  const h = holders[0] as PersonNamed;
  return { kind: 'party', parties: [...h.parties], matched: h.text, role: h.role, document: false };
}
