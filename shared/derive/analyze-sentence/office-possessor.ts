/**
 * "the secretary general's remark that the alliance would not …": a bare office owning a statement,
 * whose content names a party holding that very office among its officials, is that party's officer.
 * (Not "the chancellor's remark that Russia would …": Russia has no chancellor; no one then.)
 */
import type { ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import type { Token } from '../tokens';

/** The lower-case office words between "the" and the possessive "'s" that ends at `apostrophe`, or null. */
export function bareOfficeBefore(tokens: readonly Token[], apostrophe: number): string | null {
  const words: string[] = [];
  let k = apostrophe - 1;
  while (
    k >= 0 &&
    words.length < 4 &&
    /^[a-z][a-z-]*$/.test(tokens[k]?.text ?? '') &&
    tokens[k]?.lower !== 'the'
  ) {
    words.unshift(tokens[k]!.lower);
    k--;
  }
  if (!words.length || tokens[k]?.lower !== 'the') return null;
  return words.join(' ').replace(/-/g, ' ');
}

/**
 * The party named as the subject right after the statement's "that" (at `that`), when that party has
 * an official whose office is `office`: the office holder's party. Null otherwise.
 */
export function officeHolderInContent(
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  tokens: readonly Token[],
  that: number,
  office: string,
): ActorMention | null {
  const subject = actors.find(
    (a) =>
      a.kind !== 'adjective' &&
      (a.first === that + 1 || (a.first === that + 2 && tokens[that + 1]?.lower === 'the')),
  );
  if (!subject || subject.parties.length !== 1) return null;
  const party = compiled.ontology.parties.find((p) => p.id === subject.parties[0]);
  const holds = (party?.officials ?? []).some((o) => o.role.toLowerCase().replace(/-/g, ' ') === office);
  return holds ? subject : null;
}
