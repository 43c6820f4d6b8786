/**
 * Citations → one cell per party × demand. Each independent source (a document and its
 * translations; near-identical wire copies of one sentence count once) casts one vote, weighted by
 * its strongest citation (own statement above reported, present above conditional or historical)
 * and split over the stances its citations show. Own statements lead: when a party's own words
 * decide a stance clearly, reported accounts do not override it. The cell takes the leading stance,
 * or `unclear` when no stance leads clearly.
 */
import type { Citation, MatrixCell, StanceAtDate, UnclassifiedMention } from '../model/matrix';
import type { Demand, Party } from '../model/ontology';
import type { Stance } from '../model/stance';

export interface SourceInfo {
  /** The root document of a translation family: translations vote once. */
  sourceOf(document: string): string;
  published(document: string): string | null;
}

/** Newest first; undated last; then by document and position so the order is stable. */
export function compareCitations(
  a: { published: string | null; document: string; start: number },
  b: typeof a,
): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? 1 : -1;
  }
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  return a.start - b.start;
}

type Votes = Map<Stance, number>;

/** The wording of a quote without case, spacing and punctuation: wire copies of one sentence agree on it. */
const quoteKeyOf = (quote: string): string =>
  quote
    .toLowerCase()
    .replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ')
    .trim();

/**
 * Source of each citation, with near-identical wire copies folded: a sentence quoted word for word
 * by several outlets belongs to the first source that carried it (oldest, then by document id).
 */
function statementSources(citations: Citation[], info: SourceInfo): Map<Citation, string> {
  const keys = new Map<string, string>();
  // Only quotes of 40 characters or more are folded: shorter ones need no key at all.
  const quoteKey = (quote: string): string | null => {
    if (quote.length < 40) return null;
    let k = keys.get(quote);
    if (k === undefined) keys.set(quote, (k = quoteKeyOf(quote)));
    return k.length >= 40 ? k : null;
  };
  const keyOf = new Map<Citation, string | null>();
  for (const c of citations) keyOf.set(c, quoteKey(c.quote));
  // The first citation of each wording, oldest first (as a stable sort by -compareCitations would
  // put it first): one pass, no sort of every citation.
  const firstOf = new Map<string, Citation>();
  for (const c of citations) {
    const k = keyOf.get(c);
    if (!k) continue;
    const held = firstOf.get(k);
    if (!held || compareCitations(c, held) > 0) firstOf.set(k, c);
  }
  const out = new Map<Citation, string>();
  for (const c of citations) {
    const k = keyOf.get(c);
    const first = k ? firstOf.get(k) : undefined;
    out.set(c, info.sourceOf((first ?? c).document));
  }
  return out;
}

function vote(citations: Citation[], sources: Map<Citation, string>): Votes {
  const bySource = new Map<string, Citation[]>();
  for (const c of citations) {
    const source = sources.get(c) as string;
    const list = bySource.get(source);
    if (list) list.push(c);
    else bySource.set(source, [c]);
  }
  const votes: Votes = new Map();
  for (const list of bySource.values()) {
    let strength = -Infinity;
    let total = 0;
    for (const c of list) {
      const w = voteWeight(c);
      if (w > strength) strength = w;
      total += w;
    }
    for (const c of list)
      votes.set(c.stance, (votes.get(c.stance) ?? 0) + (strength * voteWeight(c)) / total);
  }
  return votes;
}

/** A hedge ("not very likely") weighs half: it should not outvote a clear statement. */
const voteWeight = (c: Citation): number => (c.stance === 'unclear' ? c.weight / 2 : c.weight);

function leading(votes: Votes): { stance: Stance; share: number } {
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || total === 0) return { stance: 'none', share: 0 };
  const share = top[1] / total;
  // Two stances close to even: the corpus gives mixed signals.
  if (second && second[1] >= top[1] * 0.75) return { stance: 'unclear', share };
  return { stance: top[0], share };
}

function decide(citations: Citation[], sources: Map<Citation, string>): { stance: Stance; share: number } {
  // (Not a reference's reading: "rejected those demands" resolved to every demand the article
  // attached does not lead over what the party was said to do about one of them by name.)
  const own = citations.filter((c) => c.voice === 'own' && c.modality !== 'historical' && !c.resolvedFrom);
  if (own.length > 0) {
    const fromOwn = leading(vote(own, sources));
    if (fromOwn.stance !== 'unclear' && fromOwn.share >= 0.75) {
      const all = leading(vote(citations, sources));
      return all.stance === fromOwn.stance ? all : { stance: fromOwn.stance, share: fromOwn.share * 0.8 };
    }
  }
  return leading(vote(citations, sources));
}

function timeline(citations: Citation[], sources: Map<Citation, string>): StanceAtDate[] {
  const byDate = new Map<string | null, Citation[]>();
  for (const c of citations) {
    const list = byDate.get(c.published);
    if (list) list.push(c);
    else byDate.set(c.published, [c]);
  }
  const dates = [...byDate.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return dates.map((date) => {
    const list = byDate.get(date) as Citation[];
    return {
      date,
      stance: decide(list, sources).stance,
      documents: [...new Set(list.map((c) => c.document))].sort(),
    };
  });
}

export function aggregateCells(
  parties: Party[],
  demands: Demand[],
  citations: Citation[],
  info: SourceInfo,
  mentions: UnclassifiedMention[] = [],
): MatrixCell[] {
  const byCell = new Map<string, Citation[]>();
  for (const c of citations) {
    const key = `${c.party}|${c.demand}`;
    const list = byCell.get(key);
    if (list) list.push(c);
    else byCell.set(key, [c]);
  }
  const mentionsByCell = new Map<string, UnclassifiedMention[]>();
  for (const m of mentions) {
    const key = `${m.party}|${m.demand}`;
    const list = mentionsByCell.get(key);
    if (list) list.push(m);
    else mentionsByCell.set(key, [m]);
  }
  const sources = statementSources(citations, info);
  const cells: MatrixCell[] = [];
  for (const party of parties) {
    for (const demand of demands) {
      const key = `${party.id}|${demand.id}`;
      const list = (byCell.get(key) ?? []).sort(compareCitations);
      // A sentence that is cited for the cell is not also an unclassified mention of it.
      const cited = new Set(list.map((c) => `${c.document}:${c.start}`));
      const cellMentions = (mentionsByCell.get(key) ?? [])
        .filter((m) => !cited.has(`${m.document}:${m.start}`))
        .sort(compareCitations);
      if (list.length === 0) {
        cells.push({
          party: party.id,
          demand: demand.id,
          stance: 'none',
          confidence: 0,
          citations: [],
          sources: 0,
          ownSources: 0,
          mentions: cellMentions,
          timeline: [],
        });
        continue;
      }
      const { stance, share } = decide(list, sources);
      const cellSources = new Set(list.map((c) => sources.get(c)));
      const ownSources = new Set(list.filter((c) => c.voice === 'own').map((c) => sources.get(c)));
      let strength = -Infinity;
      for (const c of list) if (c.weight > strength) strength = c.weight;
      const confidence =
        Math.round(share * (1 - 0.5 ** cellSources.size) * (0.5 + 0.5 * strength) * 100) / 100;
      cells.push({
        party: party.id,
        demand: demand.id,
        stance,
        confidence,
        citations: list,
        sources: new Set(list.map((c) => info.sourceOf(c.document))).size,
        ownSources: ownSources.size,
        mentions: cellMentions,
        timeline: timeline(list, sources),
      });
    }
  }
  return cells;
}
