/**
 * Which of "he" and "she" a person named in the document goes by, where the text shows it: a title
 * before the name ("Mr Lavrov", "Ms Baerbock"), the person saying something of themselves ("Lavrov said
 * he …", "Baerbock added that she …") or meeting their own counterpart ("Lavrov met his German
 * counterpart"). So "She said …" after a sentence about Lavrov is not Lavrov's.
 */
import type { ActorMention } from './actors';
import { SPEECH } from './speaker';
import type { Token } from './tokens';

export type Pronoun = 'he' | 'she';
/** Person (by the last word of the name, lower case) → the pronoun the document used for them. */
export type PersonPronouns = Map<string, Pronoun>;

const PRONOUN: Record<string, Pronoun> = {
  he: 'he',
  him: 'he',
  his: 'he',
  himself: 'he',
  she: 'she',
  her: 'she',
  hers: 'she',
  herself: 'she',
};
const TITLE: Record<string, Pronoun> = { mr: 'he', mrs: 'she', ms: 'she', miss: 'she' };

/** The key a person is known by: the last word of the words that named them. */
export const personKey = (text: string): string => text.trim().split(/\s+/).pop()!.toLowerCase();

/** The pronoun "he", "she", "him" or "her" stands for, or null for any other word. */
export const pronounOf = (word: string): Pronoun | null => PRONOUN[word.toLowerCase()] ?? null;

/** Notes what the sentence shows of the pronouns its people go by. */
export function notePersonPronouns(
  tokens: readonly Token[],
  people: readonly ActorMention[],
  known: PersonPronouns,
): void {
  for (const p of people) {
    const title = TITLE[(tokens[p.first - 1]?.lower ?? '').replace(/\.$/, '')];
    let found: Pronoun | null = title ?? null;
    if (!found) {
      // "Lavrov said (that) he …": a speech verb right after the name, then the subject pronoun.
      let k = p.last + 1;
      if (SPEECH.has(tokens[k]?.lower ?? '')) {
        k++;
        if (tokens[k]?.lower === 'that') k++;
        const word = tokens[k]?.lower ?? '';
        if (word === 'he' || word === 'she') found = word;
      }
      // "Lavrov met his counterpart": a possessive right after the verb, before "counterpart".
      const possessive = tokens[p.last + 2]?.lower ?? '';
      const head = tokens
        .slice(p.last + 3, p.last + 6)
        .find((t) => /^(?:counterparts?|opposite)$/.test(t.lower));
      if (!found && head && (possessive === 'his' || possessive === 'her')) found = PRONOUN[possessive]!;
    }
    if (found) known.set(personKey(p.text), found);
  }
}
