/**
 * "The bloc" names no one by itself: in a story on the NATO talks it is the alliance, in one on the
 * EU's reply it is the Union. It stands for the party named last before it among those whose own
 * names end in the same noun ("the Western bloc", "the 27-nation bloc"); with none named, for no one.
 */
import type { Party } from '../model/ontology';
import type { Token } from './tokens';

/** Nouns of a grouping that reporters use alone for the grouping named before. */
const COLLECTIVE_HEADS = ['bloc', 'union', 'grouping'] as const;
/** How far back (characters) the grouping may have been named. */
const LOOKBACK_CHARS = 6000;

export interface CollectiveCandidate {
  party: string;
  /** Any name of the party or of its officials, to find where it was named last. */
  named: RegExp;
}
export type CollectiveNouns = ReadonlyMap<string, readonly CollectiveCandidate[]>;
/** A party → the grouping one of whose names says it leads it ("the US-led alliance"). */
export type LedGroupings = ReadonlyMap<string, string>;
/** A plain noun the ontology calls a party's members by ("the allies"), singular and plural → the parties. */
export type MemberNouns = ReadonlyMap<string, readonly string[]>;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastWord = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').toLowerCase();

/** Any name of the party or of its officials, to find where it was named last. */
export function namePattern(p: Party): RegExp {
  const names = [p.name, ...p.aliases, ...(p.officials ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])])]
    .filter((n) => n.trim().length > 1)
    .sort((a, b) => b.length - a.length)
    .map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export function compileCollectiveNouns(parties: readonly Party[]): CollectiveNouns {
  const out = new Map<string, CollectiveCandidate[]>();
  for (const head of COLLECTIVE_HEADS) {
    const candidates: CollectiveCandidate[] = [];
    for (const p of parties) {
      if (![p.name, ...p.aliases].some((n) => n.includes(' ') && lastWord(n) === head)) continue;
      candidates.push({ party: p.id, named: namePattern(p) });
    }
    if (candidates.length > 0) out.set(head, candidates);
  }
  return out;
}

/** Where the last match of `pattern` in `text` begins, or -1. */
function lastMatch(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let at = -1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index;
  return at;
}

/** Groupings whose names count their members ("NATO member countries", "the 27-member bloc"), for "no member". */
export function compileMemberGroupings(parties: readonly Party[]): readonly CollectiveCandidate[] {
  return parties
    .filter((p) => [p.name, ...p.aliases].some((n) => /(?:^|[\s-])members?(?:\s|$)/i.test(n)))
    .map((p) => ({ party: p.id, named: namePattern(p) }));
}

/** The candidate named last in the text before `start` (within the look-back), or null. */
export function namedLastBefore(
  text: string,
  start: number,
  candidates: readonly CollectiveCandidate[],
): string | null {
  const before = text.slice(Math.max(0, start - LOOKBACK_CHARS), start);
  let best: string | null = null;
  let bestAt = -1;
  for (const c of candidates) {
    const at = lastMatch(c.named, before);
    if (at > bestAt) {
      bestAt = at;
      best = c.party;
    }
  }
  return best;
}

/**
 * "the bloc" at token `k` (the "the"): the party it stands for, or null when no grouping with that
 * noun was named in the text before it.
 */
export function collectiveAt(
  text: string,
  tokens: readonly Token[],
  k: number,
  nouns: CollectiveNouns,
): string | null {
  const the = tokens[k];
  const head = tokens[k + 1];
  if (!the || !head || the.lower !== 'the') return null;
  const candidates = nouns.get(head.lower);
  if (!candidates) return null;
  return namedLastBefore(text, the.start, candidates);
}

/**
 * "the US-led alliance": the party a grouping's own names say leads it, so that "Washington and its
 * allies" names the grouping too. (Not "Russia and its allies": no grouping in the ontology is
 * "Russian-led".)
 */
export function compileLedGroupings(parties: readonly Party[]): LedGroupings {
  const byName = new Map<string, string>();
  for (const p of parties)
    for (const n of [p.name, ...p.aliases, ...(p.adjectives ?? [])]) byName.set(n, p.id);
  const out = new Map<string, string>();
  for (const g of parties) {
    for (const alias of g.aliases) {
      const led = /(?:^|\s)(\S+)-(?:led|dominated)\b/.exec(alias);
      const leader = led ? byName.get(led[1] as string) : undefined;
      if (leader && leader !== g.id && !out.has(leader)) out.set(leader, g.id);
    }
  }
  return out;
}

/** An alias that calls a party by a plain plural noun: "the allies", "all allies", "the 30 allies", "the mediators". */
const PLAIN_PLURAL_ALIAS = /^(?:the|all|the \d+) ([a-z]+s)$/;

/**
 * The nouns a party's own aliases call its members by ("the allies" → "ally", "allies"), for a subject
 * counted out of them ("no ally", "every ally", "all 30 allies"). Only a lower-case plain noun after a
 * determiner: "the Americans" is a people, "EU member states" a name of its own.
 */
export function compileMemberNouns(parties: readonly Party[]): MemberNouns {
  const out = new Map<string, string[]>();
  const add = (noun: string, party: string): void => {
    const list = out.get(noun) ?? [];
    if (!list.includes(party)) list.push(party);
    out.set(noun, list);
  };
  for (const p of parties)
    for (const alias of p.aliases) {
      const plural = PLAIN_PLURAL_ALIAS.exec(alias)?.[1];
      if (!plural) continue;
      add(plural, p.id);
      add(plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.slice(0, -1), p.id);
    }
  return out;
}
