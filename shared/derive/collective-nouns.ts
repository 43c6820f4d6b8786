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

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lastWord = (name: string): string => (name.trim().split(/\s+/).pop() ?? '').toLowerCase();

export function compileCollectiveNouns(parties: readonly Party[]): CollectiveNouns {
  const out = new Map<string, CollectiveCandidate[]>();
  for (const head of COLLECTIVE_HEADS) {
    const candidates: CollectiveCandidate[] = [];
    for (const p of parties) {
      if (![p.name, ...p.aliases].some((n) => n.includes(' ') && lastWord(n) === head)) continue;
      const names = [
        p.name,
        ...p.aliases,
        ...(p.officials ?? []).flatMap((o) => [o.name, ...(o.aliases ?? [])]),
      ]
        .filter((n) => n.trim().length > 1)
        .sort((a, b) => b.length - a.length)
        .map(escape);
      candidates.push({
        party: p.id,
        named: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
      });
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
  const before = text.slice(Math.max(0, the.start - LOOKBACK_CHARS), the.start);
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
