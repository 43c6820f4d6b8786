/**
 * A party's statement speaking on in the next sentence: "Netanyahu's office issued a statement on
 * Saturday. The statement rejected …", "Pyongyang put out a statement. It went on that …". The sentence
 * naming the statement says whose it is (the party issuing it, the party it is said in, or its possessive
 * owner); when it names two parties so, or none, the statement is no one's.
 */
import { canSpeak, type ActorMention } from './actors';
import type { Speaker } from './speaker';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** A party's own text, named in the singular (a joint statement is read elsewhere). */
const STATEMENT = wordSet(/^(?:statement|communique|communiqué|readout|letter|declaration)$/);
/** Verbs of putting a statement out: "issued a statement", "put out a letter". */
const ISSUE = wordSet(
  /^(?:issued|issues|issue|released|releases|published|publishes|posted|sent|sends|put|puts)$/,
);
/** Verbs by which the statement (or "it" for it) speaks on. */
const SPEAKS = wordSet(
  /^(?:said|says|added|adds|stressed|stresses|noted|notes|warned|warns|insisted|insists|declared|declares|stated|states|continued|continues|went|goes|rejected|rejects|described|describes|called|calls|demanded|demands|accused|accuses|dismissed|dismisses|urged|urges|reiterated|reiterates|repeated|repeats|made|makes)$/,
);
const FILLER = wordSet(/^(?:also|further|then|again|later|however|moreover)$/);

/** The parties whose statement the sentence names, or null (none named, or two parties' named so). */
export function statementOwner(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  speaker: Speaker | null,
): string[] | null | undefined {
  let noun = -1;
  for (let k = 0; k < tokens.length; k++)
    if (STATEMENT.test(tokens[k]!.lower)) {
      if (noun >= 0) return null; // (two statements named: which one speaks on is not plain)
      noun = k;
    }
  if (noun < 0) return undefined;
  if (/^(?:joint|common)$/.test(tokens[noun - 1]?.lower ?? '')) return null;
  const owners: string[][] = [];
  for (const a of actors) {
    if (!canSpeak(a) && a.kind !== 'adjective') continue;
    // "Israel's statement", "a North Korean statement", "Israel's written statement".
    const possessive = /^['’]s$/.test(tokens[a.last + 1]?.text ?? '') ? a.last + 2 : a.last + 1;
    if (
      a.last < noun &&
      (possessive === noun ||
        (possessive === noun - 1 && tokens[possessive]?.word && !tokens[possessive]?.capital))
    ) {
      if (a.kind === 'adjective' || possessive === a.last + 2) owners.push(a.parties);
      continue;
    }
    if (a.kind === 'adjective') continue;
    // "Netanyahu's office issued a statement", "Hamas put out its own letter".
    if (a.last < noun && noun - a.last <= 7) {
      const issue = tokens.slice(a.last + 1, noun).findIndex((t) => ISSUE.test(t.lower));
      if (issue >= 0 && issue <= 3) owners.push(a.parties);
    }
  }
  // "Hamas said in a statement …": the sentence's speaker.
  if (
    tokens[noun - 2]?.lower === 'in' &&
    /^(?:a|its|their|the)$/.test(tokens[noun - 1]?.lower ?? '') &&
    speaker?.kind === 'party'
  )
    owners.push(speaker.parties);
  const keys = new Set(owners.map((o) => [...o].sort().join('|')));
  return keys.size === 1 ? owners[0]! : null;
}

/**
 * Whether the sentence opens with the statement, or "it", speaking: "The statement said …", "The
 * letter also rejected …", "It went on that …". (Not "The statement's tone …", "The statement was
 * read out …".)
 */
export function statementSpeaksHere(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): 'it' | 'noun' | null {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  let verb: number;
  if (tokens[k]?.lower === 'it') verb = k + 1;
  else if (tokens[k]?.lower === 'the' && STATEMENT.test(tokens[k + 1]?.lower ?? '')) verb = k + 2;
  else return null;
  while (FILLER.test(tokens[verb]?.lower ?? '')) verb++;
  if (!SPEAKS.test(tokens[verb]?.lower ?? '')) return null;
  // ("It went on …" speaks only as "went on that …" or "went on:"; "The talks went on" is no statement.)
  if (/^(?:went|goes)$/.test(tokens[verb]!.lower) && tokens[verb + 1]?.lower !== 'on') return null;
  // (A party named before the verb owns the subject: "The statement by Hamas said …" is read as written.)
  if (actors.some((a) => a.first < verb)) return null;
  return tokens[k]!.lower === 'it' ? 'it' : 'noun';
}

/** The statement's owner as the sentence's speaker. */
export function statementSpeaker(parties: readonly string[], tokens: readonly Token[]): Speaker {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  const matched = tokens[k]?.lower === 'it' ? tokens[k]!.text : `${tokens[k]!.text} ${tokens[k + 1]!.text}`;
  return { kind: 'party', parties: [...parties], matched, role: null, document: true };
}
