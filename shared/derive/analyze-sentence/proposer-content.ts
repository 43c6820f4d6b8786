/**
 * A demand's content attributed to its proposer though the sentence names no holder: what a draft
 * binds its signatories to, a demand stated in its own words, what a party was asked to do.
 */
import type { ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { makeCue, type Cue } from '../cues';
import type { Token } from '../tokens';
import { BE, DEMAND_SUBJECT, DEONTIC } from './lexicon';
import { NamedProposerReadings } from './named-proposer';
import { wordSet } from '../word-set';

// (Tested per word: sets, not patterns.)
const CONDITION_OPENER = wordSet(/^(?:if|unless|whether)$/);
const EACH_OF = wordSet(/^(?:neither|both|each)$/);

/** The demand's own words standing as the cue of a reading that has none ("supports" what they state). */
/** Words that name a draft, or stand for one, in "Under the text …," / "Under the second, …". */
const DRAFT_NOUN = wordSet(
  /^(?:text|texts|draft|drafts|treaty|treaties|proposal|proposals|document|documents|paper|papers|package|plan|clause|article|provision|provisions|terms)$/,
);

/** Plural drafts or demands a sentence-opening "Among …," picks its content from. */
const AMONG_DRAFTS = wordSet(
  /^(?:texts|drafts|treaties|proposals|documents|papers|provisions|terms|demands|clauses)$/,
);

/** Words that stand for a draft named elsewhere: "Under it, …", "Under the second, …". */
const DRAFT_STAND_IN = wordSet(/^(?:first|second|third|latter|former|it|them|this|these)$/);

/**
 * Where the comma closes a sentence-opening "Under <draft>," ("Under the text handed to Washington,",
 * "Under the second,"), or -1. Not a dated accord ("Under the 1997 agreement, …") nor a person.
 */
function draftOpener(tokens: readonly Token[], f: number): number {
  const among = tokens[f]?.lower === 'among';
  if (tokens[f]?.lower !== 'under' && !among) return -1;
  const comma = tokens.findIndex((t, i) => i > f && i <= f + 14 && t.text === ',');
  if (comma < 0) return -1;
  const phrase = tokens.slice(f + 1, comma);
  if (phrase.some((t) => /^(?:1[89]|20)\d\d$/.test(t.text))) return -1;
  // "Among Moscow's proposals, NATO would …" opens a draft's content as "Under …" does: only a list of
  // drafts or demands, never a stand-in ("Among them, …" continues a list named elsewhere).
  if (among) return phrase.some((t) => AMONG_DRAFTS.test(t.lower)) ? comma : -1;
  return phrase.some((t) => DRAFT_NOUN.test(t.lower)) ||
    (phrase.length <= 2 && phrase.some((t) => DRAFT_STAND_IN.test(t.lower)))
    ? comma
    : -1;
}

/** Between a mutual subject's modal and the demand: words of talking or taking a view, not of binding. */
const MUTUAL_GAP_STOP = wordSet(
  /^(?:on|about|over|of|with|budge|talk|talks|discuss|negotiate|consider|accept|reject|oppose|support|want|seek|demand|insist|compromise|concede|back|down|return|like|prefer)$/,
);

/** A ban in a draft's wording: "would be forbidden to station …" denies the act. */
const FORBIDDING = wordSet(/^(?:forbidden|barred|prohibited|banned)$/);

/** A cue that binds a party to an act ("undertake", "pledge", "be barred from"), as a draft's clause does. */
const BINDING_WORD = /^(?:undertak|pledg|promis|commit|agree|refrain|forbid|barr|prohibit|oblig|bound)/i;

/** `k` if "neither/both/each (of the) side(s) / part(y|ies) / signator(y|ies)" starts there, else -1. */
function mutualSubjectAt(tokens: readonly Token[], k: number): number {
  if (!EACH_OF.test(tokens[k]?.lower ?? '')) return -1;
  const noun = tokens[k + 1]?.lower === 'of' ? tokens[k + 3]?.lower : tokens[k + 1]?.lower;
  return /^(?:sides?|part(?:y|ies)|signator(?:y|ies))$/.test(noun ?? '') ? k : -1;
}

/** A demand's content attributed to its proposer. */
export abstract class ProposerContentReadings extends NamedProposerReadings {
  /**
   * "The US was asked to stop any further NATO expansion …": who asked is not said, but what was asked
   * is the demand in its own words — its one proposer's, once the document has named it.
   */
  askedByProposer(): void {
    const { tokens, mentions, cues, findings, spans, input, compiled } = this;
    for (const c of cues) {
      // (Asked or requested only: who "urged" Kyiv to drop its bid may be anyone.)
      const asked =
        BE.has(tokens[c.first - 1]?.lower ?? '') &&
        /^(?:asked|requested)$/.test(tokens[c.first]?.lower ?? '');
      // "NATO would have to agree to halt all membership plans", said by no one: what the demand requires.
      const required =
        this.speaker === null &&
        c.attitude === 'supports' &&
        !c.negated &&
        tokens[c.first - 1]?.lower === 'to' &&
        /^(?:have|has)$/.test(tokens[c.first - 2]?.lower ?? '') &&
        /^(?:would|will)$/.test(tokens[c.first - 3]?.lower ?? '');
      // "At the top of the list of demands, the alliance should refrain from any enlargement": an
      // obligation put on another party, said by no one, in a sentence about the demands.
      const listed =
        this.speaker === null &&
        c.attitude === 'supports' &&
        !c.negated &&
        DEONTIC.has(c.text.toLowerCase()) &&
        tokens.some((t, k) => k < c.first && DEMAND_SUBJECT.test(t.lower));
      if (c.owner || !(asked || required || listed)) continue;
      if (tokens.slice(c.last + 1, c.last + 4).some((t) => t.lower === 'by')) continue;
      const ci = clauseOf(spans, c.first);
      for (const m of mentions) {
        if (m.first <= c.last || m.direction !== 1 || m.kind === 'reference') continue;
        const proposers = compiled.proposers.get(m.demand);
        if (!proposers || proposers.size !== 1) continue;
        const party = [...proposers][0] as string;
        if (
          !input.namedParties?.has(party) ||
          findings.some((f) => f.party === party && f.demand === m.demand)
        )
          continue;
        this.emit(
          { parties: [party], kind: 'proposer', matched: (tokens[c.first] as Token).text, role: null },
          { attitude: 'supports', negated: false },
          c,
          m,
          ci,
        );
      }
    }
  }

  /**
   * "The documents also call for a halt to NATO's expansion", "… as well as a ban on intermediate-range
   * missiles near Russia": a demand stated in its own words, held by no one in the sentence, in an
   * article that has already shown its one proposer making demands, is the proposer's (reported).
   * Not in a question, a condition, a quotation of someone else, or a sentence with a cue of its own.
   */
  proposerStated(): void {
    const { tokens, mentions, findings, spans, compiled, input, cues, speaker } = this;
    if (tokens.some((t) => t.text === '?' || CONDITION_OPENER.test(t.lower))) return;
    if (speaker && speaker.kind !== 'party') return;
    for (const m of mentions) {
      if (m.direction !== 1 || m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      // (A negated verb states a fact or an intent: "the US has not deployed nuclear weapons there".)
      // ("not to deploy …", a draft's wording, and "no further expansion" still count.)
      if (/^\(?(?:not|never|n't|n’t)\b(?! to\b)/i.test(m.match)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers || proposers.size !== 1) continue;
      const party = [...proposers][0] as string;
      if (!input.demandingParties?.has(party)) continue;
      if (findings.some((f) => f.demand === m.demand)) continue;
      // A speaker of another party stating the demand's words is quoting or judging it: not here. So is
      // one who spoke just before ("… second-class NATO members to the east", in Stoltenberg's speech).
      if (speaker?.kind === 'party' && !speaker.parties.includes(party)) continue;
      const before = this.previousSpeaker ?? input.recentSpeaker;
      if (before?.kind === 'party' && !before.parties.includes(party)) continue;
      if (
        tokens
          .slice(Math.max(0, m.first - 6), m.first)
          .some((t) => /^(?:no|not|never)$/.test(t.lower) || /n['’]t$/.test(t.lower))
      )
        continue;
      // (Nor commentary: "for many analysts, a halt to NATO enlargement would be a Russian victory".)
      if (this.facts.commentary) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      // A cue of its own in the clause decides elsewhere (or deliberately not).
      const clause = spans[ci] as [number, number];
      if (cues.some((c) => c.first >= clause[0] && c.last <= clause[1] && !c.owner)) continue;
      const cue: Cue = makeCue({
        first: m.first,
        last: m.last,
        attitude: 'supports',
        text: m.match.split(' + ').pop() ?? m.match,
        negated: false,
        negation: null,
      });
      // (Nor history: "the 1987 treaty banned intermediate-range missiles".)
      if (this.modality(spans[ci] as [number, number], cue) === 'historical') continue;
      this.emit(
        {
          parties: [party],
          kind: 'proposer',
          // (The words of the demand stand for whose it is: they are in the quote.)
          matched: input.text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
          role: null,
        },
        { attitude: 'supports', negated: false },
        cue,
        m,
        ci,
      );
    }
  }

  /**
   * "Under the text handed to Washington, the US would pledge to keep Ukraine out", "Neither side would
   * station missiles within reach of the other": what a draft would bind its signatories to is the
   * content its author put forward, not a stance of those it binds. The author (the owner named in the
   * "Under …" phrase, else the demand's only proposer) supports it; the parties bound hold nothing here.
   */
  draftContent(): void {
    const { tokens, mentions, findings, compiled, actors, spans } = this;
    let f = 0;
    while (tokens[f]?.transparent) f++;
    // (Past an item's marker: "2. Under the second, …".)
    if (/^(?:\d|[a-z])$/i.test(tokens[f]?.text ?? '') && /^[.)]$/.test(tokens[f + 1]?.text ?? '')) f += 2;
    const at = draftOpener(tokens, f);
    const under = at >= 0 ? at : null;
    // The author named in the opener ("Under Moscow's draft", "the proposals put forward by Russia"),
    // never its addressee ("the text handed to the Americans").
    const author =
      under !== null
        ? actors.find(
            (a) =>
              a.first > f &&
              a.last < under &&
              a.parties.length > 0 &&
              (a.kind === 'adjective' ||
                /^['’]s$/.test(tokens[a.last + 1]?.text ?? '') ||
                tokens[a.first - 1]?.lower === 'by'),
          )
        : undefined;
    // (A party named there some other way leaves the author unsaid: "Under the deal Washington floated, …".)
    if (
      under !== null &&
      !author &&
      actors.some(
        (a) => a.first > f && a.last < under && !/^(?:to|with|for)$/.test(tokens[a.first - 1]?.lower ?? ''),
      )
    )
      return;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.direction === 0) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      const from = under !== null ? Math.max(clause[0], under + 1) : clause[0];
      if (under !== null && m.first <= under) continue;
      const proposers = compiled.proposers.get(m.demand);
      // (Only a proposer's draft: "Under Washington's counter-proposal, …" is another matter. "Under it,"
      // / "Under the second," stands for a draft named before: whose it is, the document knows.)
      const standIn = under !== null && !tokens.slice(f + 1, under).some((t) => DRAFT_NOUN.test(t.lower));
      const holderParties = author
        ? author.parties.filter((p) => proposers?.has(p))
        : proposers?.size === 1 && !standIn
          ? [...proposers]
          : [];
      // ("Article 5 says neither side will …": the mutual subject may follow a document's speech verb.)
      let mutual = -1;
      let pair: ActorMention[] = [];
      for (let k = from; under === null && mutual < 0 && k < m.first; k++) {
        mutual = mutualSubjectAt(tokens, k);
        pair = mutual < 0 ? this.proposerPairAt(k, holderParties) : [];
        if (pair.length) mutual = k;
      }
      if (under === null && mutual < 0) continue;
      const lead = tokens.slice(under !== null ? from : mutual, m.first);
      // (What the draft would bind them to: "would", "is to", "shall", "may" before the demand.)
      const modal = lead.findIndex(
        (t, k) =>
          /^(?:would|will|shall|must|may|could)$/.test(t.lower) ||
          (/^(?:is|are)$/.test(t.lower) && lead[k + 1]?.lower === 'to'),
      );
      if (modal < 0) continue;
      let content: boolean;
      if (under === null) {
        if (holderParties.length === 0) continue;
        // The mutual subject binds itself to the act: "would undertake not to station", "may place";
        // not "neither side will budge on NATO expansion", "both sides would accept …".
        const modalAt = (lead[modal] as Token).i;
        const gap = tokens.slice(modalAt + 1, m.first);
        if (
          gap.length > 8 ||
          gap.some((t) => MUTUAL_GAP_STOP.test(t.lower)) ||
          this.cues.some((c) => c.first > modalAt && c.first < m.first && !BINDING_WORD.test(c.text))
        )
          continue;
        // "Russia and NATO would be forbidden to station …": a proposer bound with another party only
        // in a draft's wording of a ban or an undertaking.
        const forbidden = gap.some((t) => FORBIDDING.test(t.lower));
        if (pair.length && !forbidden && !gap.some((t) => BINDING_WORD.test(t.lower))) continue;
        // "Neither side will station …", "… be forbidden to station": the opposite denied is the demand.
        const neither = tokens[mutual]?.lower === 'neither';
        if (!neither && lead.some((t) => /^(?:not|never|no)$/.test(t.lower))) continue;
        content = (neither !== forbidden ? -m.direction : m.direction) === 1;
        // (Only a draft's clause, no party's own words: nobody else named, nobody speaking for a party.)
        if (
          actors.some(
            (a) =>
              !pair.includes(a) &&
              a.first >= clause[0] &&
              a.last <= clause[1] &&
              a.parties.some((p) => !holderParties.includes(p)),
          )
        )
          continue;
        const partners = new Set(pair.flatMap((a) => a.parties).filter((p) => !holderParties.includes(p)));
        for (const g of findings.filter((x) => x.mention === m && partners.has(x.party)))
          findings.splice(findings.indexOf(g), 1);
        if (this.speaker?.kind === 'party' && this.speaker.parties.some((p) => !holderParties.includes(p)))
          continue;
      } else {
        const bound = new Set(
          actors
            .filter((a) => a.first >= from && a.last < m.first)
            .flatMap((a) => a.parties)
            .filter((p) => !holderParties.includes(p)),
        );
        const theirs = findings.filter((g) => g.mention === m && bound.has(g.party));
        content = theirs.length
          ? theirs.every((g) => g.stance === 'supports' || g.stance === 'open')
          : m.direction === 1 && !lead.some((t) => /^(?:not|never)$/.test(t.lower));
        for (const g of theirs) findings.splice(findings.indexOf(g), 1);
      }
      if (!content) continue;
      for (const party of holderParties) {
        if (findings.some((g) => g.party === party && g.demand === m.demand)) continue;
        // (Named by the words that make it a draft's content: "Under the text …", "Neither side".)
        const words =
          under !== null
            ? [f, under - 1]
            : [mutual, pair.length ? (pair[1] as ActorMention).last : Math.min(mutual + 1, m.first - 1)];
        const named = this.input.text.slice(
          (tokens[words[0] as number] as Token).start,
          (tokens[words[1] as number] as Token).end,
        );
        this.proposerSupports(party, m, author ? 'possessor' : 'proposer', author?.text ?? named);
      }
    }
  }

  /**
   * "Russia and the NATO members would …", "neither Russia nor the alliance may …": the two actors of a
   * subject at `k` that binds a proposer (one of `holders`) together with another party; else none.
   */
  proposerPairAt(k: number, holders: readonly string[]): ActorMention[] {
    const { tokens, speakers } = this;
    const neither = tokens[k]?.lower === 'neither';
    const a = speakers.find((x) => x.first === (neither ? k + 1 : k));
    if (!a || tokens[a.last + 1]?.lower !== (neither ? 'nor' : 'and')) return [];
    const b = speakers.find(
      (x) => x.first === a.last + 2 || (x.first === a.last + 3 && tokens[a.last + 2]?.lower === 'the'),
    );
    if (!b) return [];
    const holds = (x: ActorMention): boolean => x.parties.some((p) => holders.includes(p));
    return holds(a) !== holds(b) && a.parties.length > 0 && b.parties.length > 0 ? [a, b] : [];
  }
}
