/**
 * Where a sentence names a demand, and which way: a whole phrasing ("non-expansion", "the open
 * door"), or a frame subject ("expansion", "admit", "missiles") with the restriction words before
 * it that turn it into the demand ("halt", "no further", "never admit") — or, without one, name
 * what the demand would stop. A subject after "on", "about", "the issue of" only names the topic.
 * Negative words inside a demand ("refusal to expand") belong to the demand, not to a cue.
 */
import type { ActorMention } from './actors';
import type { CompiledOntology, Direction } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';

export interface DemandMention {
  /** Token span, inclusive (restriction words included). */
  first: number;
  last: number;
  demand: string;
  direction: Direction;
  /** What named the demand, in words: the phrase, or "halt + expansion". */
  match: string;
  kind: 'phrase' | 'frame' | 'reference' | 'list';
  /** For a restriction that could also be a cue ("refused to halt"), the token where it starts. */
  cueCapableAt: number | null;
  /** For references: the sentence the demands were named in. */
  resolvedFrom: { start: number; end: number } | null;
}

const ANCHOR_WINDOW = 6;
const RESTRICTION_WINDOW = 5;
const TOPIC_BEFORE = new Set(['on', 'about', 'over', 'regarding', 'concerning', 're']);
const TOPIC_NOUNS = new Set(['issue', 'question', 'topic', 'subject', 'matter', 'problem', 'theme', 'talk', 'talks']);
const SKIPPABLE = new Set(['the', 'a', 'an', 'any', 'further', 'its', 'their', 'his', 'her', 'our', 'of', 'to', 'for', 'that', 'this', 'these', 'those', 'new', 'more', 'additional', 'eastward', 'eastwards', 'east', 'military', 'alliance', 'nato', 'bloc', 'all', 'current', 'continued', 'ukraine', 'georgia', 'and', 'or', 'will', 'would', 'shall', 'should', 'must', 'be', 'become']);
const HARD_STOP = new Set([',', ';', ':', '(', ')', '—', '–', '.']);

const words = (tokens: readonly Token[], text: string, first: number, last: number): string =>
  text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);

export function findDemandMentions(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  cueMatches: ReadonlyArray<TokenMatch<unknown>>,
  /** Demands whose anchors the document has named so far (for strong subjects). */
  documentAnchors: ReadonlySet<string> = new Set(),
): DemandMention[] {
  const mentions: DemandMention[] = [];
  const taken = new Set<number>();
  const take = (first: number, last: number): void => {
    for (let i = first; i <= last; i++) taken.add(i);
  };
  const anchors = compiled.anchors.findAll(tokens);
  const anchored = (demand: string, first: number, last: number): boolean => {
    const demandHasAnchors = compiled.demands.find((d) => d.id === demand)?.frame?.anchors?.length;
    if (!demandHasAnchors) return true;
    return anchors.some((a) => a.values.includes(demand) && a.last >= first - ANCHOR_WINDOW && a.first <= last + ANCHOR_WINDOW);
  };
  // A proposer's own weapons or forces ("Russian missiles") are not what its demand is about.
  const ownedByProposer = (demand: string, first: number): boolean => {
    const proposers = compiled.proposers.get(demand);
    if (!proposers?.size) return false;
    const owner = actors.find((a) => a.last === first - 1 || (a.last === first - 2 && tokens[first - 1]?.transparent));
    return !!owner && owner.parties.some((p) => proposers.has(p));
  };

  for (const m of compiled.demandPhrases.find(tokens)) {
    for (const v of m.values) {
      if (m.values.length > 1 && !anchored(v.demand, m.first, m.last)) continue;
      mentions.push({ first: m.first, last: m.last, demand: v.demand, direction: v.direction, match: m.phrase, kind: 'phrase', cueCapableAt: null, resolvedFrom: null });
    }
    take(m.first, m.last);
  }

  const restrictions = compiled.restrictions.findAll(tokens);
  const isCue = new Map<number, boolean>();
  for (const c of cueMatches) for (let i = c.first; i <= c.last; i++) isCue.set(i, true);

  for (const s of compiled.subjects.find(tokens)) {
    if (taken.has(s.first) || taken.has(s.last)) continue;
    for (const value of new Set(s.values.map((v) => v.replace(/!$/, '')))) {
      const demand = value;
      const strong = s.values.includes(`${demand}!`);
      const ok = anchored(demand, s.first, s.last) || (strong && (documentAnchors.has(demand) || anchors.some((a) => a.values.includes(demand))));
      if (!ok || ownedByProposer(demand, s.first)) continue;
      // Walk back over the words before the subject collecting restrictions: an odd number states the demand.
      let count = 0;
      let first = s.first;
      let cueCapableAt: number | null = null;
      const used: string[] = [];
      let j = s.first - 1;
      let steps = 0;
      while (j >= 0 && steps < RESTRICTION_WINDOW) {
        const t = tokens[j] as Token;
        if (HARD_STOP.has(t.text) || taken.has(j)) break;
        if (t.transparent) {
          j--;
          continue;
        }
        const r = restrictions.find((x) => x.last === j && x.values.includes(demand));
        if (r) {
          const alsoCue = isCue.get(r.first) === true;
          // A word that is both ("refuse", "rule out") is the sentence's cue unless another cue precedes it.
          if (alsoCue && !cueMatches.some((c) => c.last < r.first && !restrictions.some((x) => x.first === c.first))) {
            break;
          }
          count++;
          used.unshift(words(tokens, text, r.first, r.last));
          if (alsoCue) cueCapableAt = r.first;
          first = r.first;
          j = r.first - 1;
          steps += r.last - r.first + 1;
          continue;
        }
        if (isCue.get(j)) break;
        const actor = actors.find((a) => j >= a.first && j <= a.last);
        if (actor) {
          // "halt NATO expansion": a party right before the subject modifies it; anywhere else it ends the walk.
          if (actor.last === s.first - 1 || (actor.last === s.first - 2 && tokens[actor.last + 1]?.transparent)) {
            j = actor.first - 1;
            continue;
          }
          break;
        }
        if (!SKIPPABLE.has(t.lower)) break;
        j--;
        steps++;
      }
      let direction: Direction = count % 2 === 1 ? 1 : -1;
      if (count === 0) {
        // "talks on NATO expansion", "the issue of enlargement": the topic, not a direction.
        let k = s.first - 1;
        while (k >= 0 && (tokens[k]?.transparent || ['the', 'nato', 'alliance', 'further', 'its', 'a'].includes(tokens[k]?.lower ?? ''))) k--;
        const before = tokens[k];
        if (before && (TOPIC_BEFORE.has(before.lower) || (before.lower === 'of' && TOPIC_NOUNS.has(tokens[k - 1]?.lower ?? ''))))
          direction = 0;
      }
      const match = used.length ? `${used.join(' + ')} + ${words(tokens, text, s.first, s.last)}` : words(tokens, text, s.first, s.last);
      mentions.push({ first, last: s.last, demand, direction, match, kind: 'frame', cueCapableAt, resolvedFrom: null });
    }
    take(s.first, s.last);
  }
  return mentions.sort((a, b) => a.first - b.first || a.last - b.last);
}
