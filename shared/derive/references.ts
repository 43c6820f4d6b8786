/**
 * References back to demands ("these demands", "its security proposals", "the main issue"),
 * resolved to the demands the document has already attached to the party that made them, so the
 * citation can say which sentence it resolved to. Nothing attached yet: the reference stays
 * unresolved rather than guessing.
 */
import type { ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { verdictRelativeReferences } from './relative-verdicts';
import { thirdPartyPaper } from './third-party-paper';
import { DEMAND_COUNT_WORDS, DEMAND_NOUN_MODIFIERS, modifierFrom } from './word-lists';
import { wordSet } from './word-set';

/** Where a reference resolves while the document has yet to say what it points to. */
export const PENDING: { start: number; end: number } = Object.freeze({ start: -1, end: -1 });

/** Per party, the demands the document attached to it so far, with the sentence that did. */
export type AttachedDemands = Map<string, Map<string, { start: number; end: number }>>;

/** Words opening a reason: "because they would give Moscow …", "since it would hand Russia …". */
const REASON = wordSet(/^(?:because|since)$/);
const CONTRAST = wordSet(/^(?:but|while|whereas|yet)$/);
const BARE_NOUN_WITH_OBJECT = wordSet(
  /^the (?:terms|demand|request|offer|drafts?) (?:of|for|on|from|to|by)$/,
);
/**
 * "the draft", "its drafts" point back at a party's proposals only as a noun of their own: followed by
 * another noun it is a modifier ("the draft resolution", "the draft law on elections"), something else.
 */
const DRAFT = wordSet(/^drafts?$/);
const DRAFT_OF_SOMETHING_ELSE = wordSet(
  /^(?:resolutions?|laws?|bills?|statutes?|texts?|treat(?:y|ies)|agreements?|constitutions?|budgets?|documents?|reports?|legislation|proposals?|plans?|frameworks?|deals?|decrees?|declarations?|communiques?|communiqués?|statements?|regulations?|amendments?|versions?|articles?|conclusions?|board|dodgers?|evaders?|notices?|age|picks?|choices?|rounds?|class|security)$/,
);
const SINGULAR =
  /^(?:the|this|that)\s+(?:main|key|core|central|principal|first)?\s*(?:issue|demand|question|point|requirement|condition|request|offer)$/i;

/** Where the items start of a list opened right after the word at `k` (": …", ", including …", ", which also include …"), or -1. */
function listOpenedAfter(tokens: readonly Token[], k: number): number {
  let i = k + 1;
  if (tokens[i]?.text === ':') return i + 1;
  if (tokens[i]?.text === ',') i++;
  if (/^(?:which|that)$/.test(tokens[i]?.lower ?? '')) i++;
  if (/^(?:also|further|notably|mainly|chiefly)$/.test(tokens[i]?.lower ?? '')) i++;
  return /^(?:include|includes|included|including|comprise|comprises)$/.test(tokens[i]?.lower ?? '')
    ? i + 1
    : -1;
}

/**
 * The demands a party's own demand noun stands for: those attached to it, or, where none is attached yet
 * and the sentence names none of its demands itself and no other name of the party outside a reason,
 * every demand the party makes, pending (see findReferences). (A class, not closures in findReferences:
 * the tsx/esbuild keepNames transform names every closure made, a property write per sentence.)
 */
class OwnDemands {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly compiled: CompiledOntology,
    private readonly actors: readonly ActorMention[],
    private readonly attached: AttachedDemands,
    /** The sentence names none of the demands itself. */
    private readonly namesNone: boolean,
  ) {}

  of(party: string, possessor?: ActorMention): Map<string, { start: number; end: number }> | undefined {
    const now = this.attached.get(party);
    if (now?.size) return now;
    if (
      !this.namesNone ||
      this.actors.some(
        (a) => a !== possessor && a.parties.includes(party) && !this.inReasonAfter(a, possessor),
      )
    )
      return undefined;
    const pending = new Map<string, { start: number; end: number }>();
    for (const [demand, proposers] of this.compiled.proposers)
      if (proposers.has(party)) pending.set(demand, PENDING);
    return pending.size ? pending : undefined;
  }

  /**
   * ("… could not be accepted because they would give Moscow a veto over its neighbours": a name in
   * a reason given after the pointer is what the demands would do, not the party telling its account.)
   */
  private inReasonAfter(a: ActorMention, possessor?: ActorMention): boolean {
    return (
      !!possessor &&
      a.first > possessor.last &&
      this.tokens.slice(possessor.last + 1, a.first).some((t) => REASON.test(t.lower))
    );
  }
}

export function findReferences(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  explicit: readonly DemandMention[],
  attached: AttachedDemands,
  /** The owner of the demand noun the document met last ("Egypt put forward its proposals"). */
  lastPresenter?: ActorMention | null,
): DemandMention[] {
  const out: DemandMention[] = [];
  // A party's own demand noun ("NATO rejected Russia's demands") with none of its demands attached yet:
  // every demand the party makes, pending — the document's end keeps those it attaches to the party
  // by then ("… Moscow wants the alliance to …") and drops the rest (see settlePending).
  // (Only in a sentence naming no demand itself: "refusing Moscow's central demands: a promise that
  // …" says what they are right there.)
  // (Nor where the party itself speaks of others' answers: "Putin charged that Washington had brushed
  // aside Moscow's central demands" is Moscow's account, not yet tied to any demand.)
  const ownDemands = new OwnDemands(
    tokens,
    compiled,
    actors,
    attached,
    explicit.every((m) => m.kind === 'reference'),
  );
  // ("both of these demands": the quantified pointer takes in the listed one inside it.)
  const quantified = quantifiedReferences(tokens, compiled);
  const listed = [
    ...compiled.references
      .find(tokens)
      .filter((p) => !quantified.some((q) => q.first <= p.last && p.first <= q.last)),
    ...modifiedReferences(tokens, compiled),
    ...quantified,
  ];
  const sought: Array<{ first: number; last: number; owner?: ActorMention }> = [
    ...soughtReferences(tokens, actors, listed),
    // ("Moscow keeps making demands it knows the allies can never accept": a bare noun the refusal after it points.)
    ...verdictRelativeReferences(tokens, actors).filter(
      (r) => !listed.some((l) => l.first <= r.last && r.first <= l.last),
    ),
    // ("What Russia wants is a return to spheres of influence": what it is follows the copula.)
    ...freeRelativeReferences(tokens, actors, listed).filter(
      (r) =>
        !/^(?:is|was)$/.test(tokens[r.last + 1]?.lower ?? '') ||
        !explicit.some((m) => m.kind !== 'reference' && m.first > r.last && m.first <= r.last + 8),
    ),
  ];
  for (const r of [...listed, ...sought]) {
    if (explicit.some((m) => m.first <= r.last && r.first <= m.last)) continue;
    // "the terms of the ceasefire", "the demand for gas": a bare noun whose own object says what it is.
    // (A day after it is no object: "rejected the drafts on Thursday".)
    if (
      BARE_NOUN_WITH_OBJECT.test(
        `${tokens[r.first]?.lower} ${tokens[r.last]?.lower} ${tokens[r.last + 1]?.lower}`,
      ) &&
      !(DRAFT.test(tokens[r.last]?.lower ?? '') && WHEN_AFTER.test(tokens[r.last + 2]?.lower ?? ''))
    )
      continue;
    if (
      DRAFT.test(tokens[r.last]?.lower ?? '') &&
      DRAFT_OF_SOMETHING_ELSE.test(tokens[r.last + 1]?.lower ?? '')
    )
      continue;
    // "the main issue of NATO non-expansion": the demand is named right there.
    if (explicit.some((m) => m.first > r.last && m.first <= r.last + 3)) continue;
    // "its security demands, which further include a pullback of …": the list after it says what it is.
    const listAt = listOpenedAfter(tokens, r.last);
    if (
      listAt > 0 &&
      explicit.some((m) => m.kind !== 'reference' && m.first >= listAt && m.first <= listAt + 12)
    )
      continue;
    // "Among the security demands Putin is pushing is a bar on …": the items named after it are what it is.
    const among = tokens.slice(Math.max(0, r.first - 2), r.first + 1).some((t) => t.lower === 'among');
    if (among && explicit.some((m) => m.kind !== 'reference' && m.first > r.last)) continue;
    const words0 = text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end);
    // "no positive reaction on the main issue, which is Russia's position on the inadmissibility of
    // NATO's expansion …": a pointer with its content in apposition right after it.
    const appositive = appositionAfter(tokens, r.last);
    if (appositive >= 0) {
      const inside = explicit.filter(
        (m) =>
          m.kind !== 'reference' &&
          // (A one-word subject, "deployment", is too vague to say what the issue is.)
          (m.last > m.first || m.match.includes(' + ')) &&
          m.first >= appositive &&
          m.first <= appositive + 20 &&
          !tokens.slice(appositive, m.first).some((t) => t.text === ';'),
      );
      const resolved = pointToMentions(tokens, compiled, r, words0, inside);
      out.push(...resolved);
      if (resolved.length > 0) continue;
    }
    // "Russia demands guarantees of NATO's non-enlargement; the allies have ruled out this demand": a
    // demand named in an earlier clause of the same sentence.
    const earlier = explicit.filter(
      (m) =>
        m.kind !== 'reference' &&
        m.last < r.first &&
        tokens.slice(m.last + 1, r.first).some((t) => t.text === ';' || t.text === ','),
    );
    // (Only a pointer: "this demand", "these demands", "the proposal" — not "security guarantees".)
    const pointer = /^(?:this|that|these|those|the|such|both|all)\b/i.test(words0);
    const earlierDemands = pointer ? [...new Set(earlier.map((m) => m.demand))] : [];
    if (earlierDemands.length > 0) {
      if (SINGULAR.test(words0) && earlierDemands.length > 1) continue;
      out.push(...pointToMentions(tokens, compiled, r, words0, earlier));
      continue;
    }
    // "a number of Russia's central security proposals", "several of the proposals": part of them, not
    // saying which (as "some of Russia's demands" below).
    if (partOfBefore(tokens, actors, r.first)) continue;
    const owner =
      (r as { owner?: ActorMention }).owner ??
      actors.find((a) => a.first >= r.first && a.last <= r.last) ??
      actors.find(
        (a) => a.last === r.first - 1 || (a.last === r.first - 2 && tokens[r.first - 1]?.transparent),
      ) ??
      proposerAfter(tokens, actors, r.last);
    // ("Egypt put forward its own proposals. Israel rejected the drafts.": the third party's paper.)
    if (
      !owner &&
      thirdPartyPaper(
        text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end),
        lastPresenter,
        attached,
      )
    )
      continue;
    let parties = owner ? owner.parties : [...attached.keys()];
    parties = owner
      ? parties.length === 1 && ownDemands.of(parties[0] as string, owner)
        ? parties
        : []
      : parties.filter((p) => attached.get(p)?.size);
    if (!owner && parties.length > 1) {
      // Unowned "these demands": the proposers' demands, when only one proposer has any attached.
      const proposers = parties.filter((p) => compiled.proposingParties.has(p));
      parties = proposers.length === 1 ? proposers : [];
    }
    if (parties.length !== 1) continue;
    const party = parties[0] as string;
    const demands = (owner ? ownDemands.of(party, owner) : attached.get(party)) as Map<
      string,
      { start: number; end: number }
    >;
    const words = text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end);
    const entries = [...demands.entries()];
    // "reject that position but are ready to discuss arms control": a demand the sentence names in its
    // own words is read there, not through the pointer.
    // (Only across a contrast: "rejected these demands, including a ban on expansion" still points at it.)
    const demonstrative = /^(?:this|that|these|those|such)\b/i.test(words);
    const unnamed = entries.filter(
      ([demand]) =>
        !demonstrative ||
        !explicit.some(
          (x) =>
            x.kind !== 'reference' &&
            x.demand === demand &&
            tokens
              .slice(Math.min(x.last, r.last) + 1, Math.max(x.first, r.first))
              .some((t) => CONTRAST.test(t.lower)),
        ),
    );
    const chosen = SINGULAR.test(words) ? (unnamed.length === 1 ? unnamed : []) : unnamed;
    for (const [demand, from] of chosen)
      out.push({ ...pointerMention(compiled, r, words, demand, from), owner: parties[0] as string });
  }
  out.push(...possessedReferences(text, tokens, explicit, compiled, actors, ownDemands, out));
  return out;
}

/** Verbs of putting a proposal to the other side, in the past: "the package Moscow put forward". */
const PUT_FORWARD = wordSet(
  /^(?:tabled|submitted|presented|proposed|sent|delivered|drafted|issued|published|unveiled|handed|laid|set|put|made|floated|advanced|demanded|sought)$/,
);
const PARTICLE_AFTER_PUT: Record<string, RegExp> = {
  put: /^(?:forward|out)$/,
  laid: /^(?:out|down)$/,
  set: /^out$/,
  handed: /^(?:over|in)$/,
};
/**
 * "the package Moscow put forward", "the draft treaties the Kremlin tabled", "the proposals that Russia
 * had sent": a pointer whose relative clause has one party putting it forward belongs to that party,
 * as its possessive would ("Moscow's package"). Only a verb of proposing right after the party (an
 * auxiliary between), so "the proposals Moscow rejected" or "the demands NATO sent back" stay unowned.
 */
function proposerAfter(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  last: number,
): ActorMention | undefined {
  let k = last + 1;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower === 'the' && !actors.some((a) => a.first === k)) k++;
  const actor = actors.find((a) => a.first === k && a.parties.length === 1 && a.kind !== 'adjective');
  if (!actor) return undefined;
  k = actor.last + 1;
  while (
    /^(?:had|has|have|first|originally|initially|formally|officially|itself|last|just|already)$/.test(
      tokens[k]?.lower ?? '',
    ) &&
    k <= actor.last + 2
  )
    k++;
  const verb = tokens[k]?.lower ?? '';
  if (!PUT_FORWARD.test(verb)) return undefined;
  const particle = PARTICLE_AFTER_PUT[verb];
  if (particle && !particle.test(tokens[k + 1]?.lower ?? '')) return undefined;
  // ("the proposals Moscow sent back", "… sent to it": an answer, not the proposer's own.)
  if (/^(?:back|in|on)$/.test(tokens[k + 1]?.lower ?? '') && !particle) return undefined;
  return actor;
}

/** Words naming a part of a set, not all of it: "several (of)", "a number of", "some of", "parts of". */
const PART_WORD =
  /^(?:some|several|few|many|most|one|two|three|certain|parts?|elements|aspects|number|handful|couple)$/;

/**
 * Whether a pointer starting at `first` is a part of what it names, not all of it: "a number of
 * Russia's proposals", "several of the demands", "some security proposals", "parts of its package".
 * Past the pointer's owner ("Russia's", "Russian") and an article. Not "the number of …" (a count),
 * nor "none of", "all of", "any of" (the whole).
 */
function partOfBefore(tokens: readonly Token[], actors: readonly ActorMention[], first: number): boolean {
  let k = first - 1;
  for (let n = 0; n < 6 && k >= 0; n++) {
    const owner = actors.find((a) => a.last === k);
    if (owner) k = owner.first - 1;
    else if (
      POSSESSED_MODIFIER.has(tokens[k]?.lower ?? '') ||
      /^(?:the|its|their|these|those|['’]s?)$/.test(tokens[k]?.lower ?? '')
    )
      k--;
    else break;
  }
  if (tokens[k]?.lower === 'of') k--;
  const word = tokens[k]?.lower ?? '';
  if (!PART_WORD.test(word)) return false;
  // ("the number of …" is a count; "a number of" is some.)
  if (word === 'number') return tokens[k - 1]?.lower === 'a';
  return true;
}

/** Demand nouns a party's possessive or adjective makes its own: "Russia's demands", "Russian proposals". */
const POSSESSED_NOUN = wordSet(
  /^(?:demands|proposals|requirements|conditions|requests|ultimatum|guarantees|drafts)$/,
);
/** The same, one of them: "Russia's key demand". */
const POSSESSED_ONE = wordSet(/^(?:demand|proposal|requirement|request)$/);
/** What may say right after "Russia's demand" what it is: "that …", "for …", "to …", ": …". */
const CONTENT_AFTER_ONE = wordSet(
  /^(?:that|for|of|to|on|about|over|regarding|concerning|from|in|:|—|–|,|which|is|was|would|will)$/,
);
const PART_OF = wordSet(
  /^(?:some|several|few|many|most|one|two|certain|parts?|elements|aspects|none|any|number|handful|couple)$/,
);
/** Words between "none of X's demands" and its verdict: "were", "would be", "seemed". */
const VERDICT_LINK = wordSet(/^(?:is|are|was|were|be|been|will|would|could|can|seem|seemed)$/);
const POSSESSED_MODIFIER = new Set([
  ...'security key main core central principal basic latest new sweeping written draft maximalist far-reaching'.split(
    ' ',
  ),
  ...DEMAND_COUNT_WORDS,
]);
/** A preposition after a demand noun that may open a topic of its own: "demands on gas prices". */
const TOPIC_AFTER = wordSet(/^(?:on|for|over|about|regarding|concerning|under|in|of|to|from)$/);
/** A date after that preposition is no topic: "turned down Russia's demands on Wednesday". */
const WHEN_AFTER =
  /^(?:\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|this|last|that)$/;
/** Words that open a pointer to demands ("these demands", "the proposals"), modifiers aside. */
const POINTER_OPENER = wordSet(/^(?:the|these|those|this|that|such|its|their)$/);
const REFERENCE_MODIFIER = new Set(DEMAND_NOUN_MODIFIERS);

/**
 * "these far-reaching demands", "the so-called security guarantees": a pointer phrase of the list with
 * modifiers between its opener and its noun (one word each, or a hyphenated compound), which the
 * phrase list cannot spell out. Only where the list itself does not match there.
 */
function modifiedReferences(
  tokens: readonly Token[],
  compiled: CompiledOntology,
): Array<{ first: number; last: number }> {
  const plain = compiled.references.find(tokens);
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!POINTER_OPENER.test((tokens[i] as Token).lower)) continue;
    // Past one to three modifiers, the phrase may go on at each point ("the new security guarantees").
    let k = i + 1;
    for (let n = 0; n < 3; n++) {
      const end = modifierFrom(tokens, k, REFERENCE_MODIFIER);
      if (end < 0) break;
      k = end + 1;
      const last = listedPointerEnd(compiled, tokens[i] as Token, tokens, k);
      if (last < 0) continue;
      const r = { first: i, last };
      if (plain.some((p) => p.first <= r.last && r.first <= p.last)) break;
      out.push(r);
      i = r.last;
      break;
    }
  }
  return out;
}

/**
 * Where a pointer of the list ends when `opener` ("these", "the") stands right before the words from
 * `from` on (up to four of them), or -1: the list's own lookup for a pointer whose words are not adjacent.
 */
function listedPointerEnd(
  compiled: CompiledOntology,
  opener: Token,
  tokens: readonly Token[],
  from: number,
): number {
  const m = compiled.references.find([opener, ...tokens.slice(from, from + 4)])[0];
  return !m || m.first !== 0 || m.last < 1 ? -1 : from + m.last - 1;
}

/** Numbers a quantified pointer may carry: "all three demands", "all two of them" is not said. */
const POINTER_COUNT = new Set([...DEMAND_COUNT_WORDS, '2', '3', '4', '5']);

/**
 * "both demands", "both of these proposals", "all three demands", "all demands were rejected": a quantifier
 * before a plural pointer of the list ("these demands") points as "these" does. The range starts at the
 * quantifier; the pointer's own words are looked up with "these" in the quantifier's place. Only where
 * the list itself does not match there.
 */
function quantifiedReferences(
  tokens: readonly Token[],
  compiled: CompiledOntology,
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = (tokens[i] as Token).lower;
    let rest = -1;
    if (lower === 'both') rest = i + 1;
    else if (lower === 'all') rest = POINTER_COUNT.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
    else continue;
    // "both of these demands", "all three of the proposals": past "of" and its determiner.
    if (tokens[rest]?.lower === 'of' && /^(?:the|these|those)$/.test(tokens[rest + 1]?.lower ?? ''))
      rest += 2;
    else if (lower === 'all' && /^(?:the|these|those)$/.test(tokens[rest]?.lower ?? '')) continue;
    const opener = tokens[i] as Token;
    const these: Token = {
      ...opener,
      text: 'these',
      lower: 'these',
      keys: ['these'],
      nameKeys: ['these'],
      starts: -1,
    };
    const last = listedPointerEnd(compiled, these, tokens, rest);
    if (last < 0) continue;
    out.push({ first: i, last });
    i = last;
  }
  return out;
}

/** Nouns for what a party seeks from others, pointed at by what it seeks: "the guarantees Putin is seeking". */
const SOUGHT_NOUN = wordSet(/^(?:guarantees?|assurances?|pledges?|promises?|commitments?)$/);
const SOUGHT_KIND = wordSet(/^(?:sort|kind|type)$/);
const SOUGHT_MODIFIER = new Set(
  'security legal binding legally-binding written firm formal long-term'.split(' '),
);
/** The one who seeks it, when not named: the unique proposer decides (as for an unowned "these demands"). */
/** The copula before a seeker's "after": "the guarantee Putin is after", "… it was after". */
const SOUGHT_BE = wordSet(/^(?:is|are|was|were|'s|’s|'re|’re|been)$/);
const SEEKER_PRONOUN = wordSet(/^(?:he|she|it|they)$/);
const SEEKER_AUXILIARY = wordSet(/^(?:is|are|was|were|has|have|had|been|'s|’s|'re|’re|still|so|long)$/);
/** The seeker's verb after its auxiliaries: "Moscow [has long] demanded", "Putin ['s still] seeking". */
const pastSeekerAuxiliaries = (tokens: readonly Token[], j: number): number => {
  while (SEEKER_AUXILIARY.test(tokens[j]?.lower ?? '') || tokens[j]?.transparent) j++;
  return j;
};
const SEEKING_VERB = wordSet(
  /^(?:seek|seeks|seeking|sought|want|wants|wanted|demand|demands|demanded|demanding|request|requests|requested|requesting|covet|covets|coveted)$/,
);
const SEEKING_WITH = wordSet(
  /^(?:ask|asks|asked|asking|press|presses|pressed|pressing|push|pushes|pushed|pushing|insist|insists|insisted|insisting)$/,
);

/**
 * "the sort of guarantee Putin is seeking", "the security assurances Moscow has demanded", "the
 * guarantees he wants": a noun for what is sought, then its seeker and a verb of seeking, stands for
 * what the seeker asked. The range holds the seeker, so a named one owns the reference; a pronoun
 * leaves it unowned. Only where no listed pointer covers it.
 */
function soughtReferences(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  listed: ReadonlyArray<{ first: number; last: number }>,
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = (tokens[i] as Token).lower;
    if (lower !== 'the' && lower !== 'such') continue;
    let k = i + 1;
    if (SOUGHT_KIND.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'of') k += 2;
    for (let n = 0; n < 2; n++) {
      const end = modifierFrom(tokens, k, SOUGHT_MODIFIER);
      if (end < 0) break;
      k = end + 1;
    }
    if (!SOUGHT_NOUN.test(tokens[k]?.lower ?? '')) continue;
    let j = k + 1;
    const seeker = actors.find((a) => a.first === j);
    if (seeker) {
      if (seeker.parties.length !== 1) continue;
      j = seeker.last + 1;
    } else if (SEEKER_PRONOUN.test(tokens[j]?.lower ?? '')) j++;
    else continue;
    j = pastSeekerAuxiliaries(tokens, j);
    const verb = tokens[j]?.lower ?? '';
    if (SEEKING_WITH.test(verb) && /^(?:for|on)$/.test(tokens[j + 1]?.lower ?? '')) j++;
    // "the guarantee Putin is after": "after" a form of "be" seeks, as "seeks" does (not "had after").
    else if (verb !== 'after' || !SOUGHT_BE.test(tokens[j - 1]?.lower ?? '')) {
      if (!SEEKING_VERB.test(verb)) continue;
    }
    // "the assurance it wants that Ukraine will never join": its content follows; read there.
    if (/^(?:that|:|of|for|on|against)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    const r = { first: i, last: j };
    if (listed.some((p) => p.first <= r.last && r.first <= p.last)) continue;
    out.push(r);
    i = j;
  }
  return out;
}

/** Verbs a free relative's seeker asks by: "what Russia demands", "what Moscow has put forward". */
const FREE_SEEKING = wordSet(
  /^(?:demand|demands|demanded|demanding|want|wants|wanted|wanting|seek|seeks|seeking|sought|propose|proposes|proposed|proposing|request|requests|requested|requesting)$/,
);
/** The same with a particle: "what Moscow is asking for", "what Russia put forward", "what it called for". */
const FREE_SEEKING_WITH: Record<string, RegExp> = {
  for: /^(?:ask|asks|asked|asking|call|calls|called|calling|push|pushes|pushed|pushing|press|presses|pressed|pressing)$/,
  forward: /^(?:put|puts|putting|set|sets|setting)$/,
  on: /^(?:insist|insists|insisted|insisting)$/,
};
/**
 * Words before "what" that make it a question, not the thing sought: "it is unclear what Moscow wants",
 * "nobody knows exactly what Russia is asking for", "asked what the Kremlin demands".
 */
const QUESTION_BEFORE_WHAT = wordSet(
  /^(?:know|knows|knew|known|knowing|understand|understands|understood|see|sees|saw|seen|clear|unclear|explain|explains|explained|ask|asks|asked|asking|wonder|wonders|wondered|wondering|sure|certain|uncertain|guess|learn|learned|learnt|find|figure|determine|tell|tells|question|idea|of|as|is|was|are|were|be|been|exactly|precisely|just|only|about|from)$/,
);

/**
 * "what Russia demands cannot be accepted", "talks should not begin on what Moscow has put forward":
 * a free relative with a named seeker stands for what that seeker asked, as "Russia's demands" does.
 * Not a question ("unclear what Moscow wants"), part of it ("most of what …"), a predicate ("that is
 * what Moscow wants"), nor what the sentence goes on to state ("what Russia wants is for NATO to …").
 */
export function freeRelativeReferences(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  listed: ReadonlyArray<{ first: number; last: number }>,
): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== 'what') continue;
    let b = i - 1;
    while (b >= 0 && tokens[b]?.transparent) b--;
    if (QUESTION_BEFORE_WHAT.test(tokens[b]?.lower ?? '')) continue;
    const seeker = actors.find((a) => a.first === i + 1);
    if (!seeker || seeker.parties.length !== 1 || seeker.kind === 'adjective') continue;
    let j = seeker.last + 1;
    j = pastSeekerAuxiliaries(tokens, j);
    const verb = tokens[j]?.lower ?? '';
    const particle = FREE_SEEKING_WITH[tokens[j + 1]?.lower ?? ''];
    if (particle?.test(verb)) j++;
    else if (!FREE_SEEKING.test(verb)) continue;
    // ("what Moscow wants from NATO", "what Russia demands of Ukraine" stay; "what Russia wants on
    // enlargement" names its topic, read there.)
    if (/^(?:that|:|on|about|regarding|concerning)$/.test(tokens[j + 1]?.lower ?? '')) continue;
    // "What Russia wants is for NATO to …", "what Moscow puts forward is a pledge …": stated right after.
    if (
      /^(?:is|was)$/.test(tokens[j + 1]?.lower ?? '') &&
      /^(?:for|to|that)$/.test(tokens[j + 2]?.lower ?? '')
    )
      continue;
    const r = { first: i, last: j };
    if (listed.some((p) => p.first <= r.last && r.first <= p.last)) continue;
    out.push(r);
    i = j;
  }
  return out;
}

/**
 * "Moscow wants NATO to stop expanding. … NATO rejected Russia's demands": a party's own demand noun,
 * in a sentence naming none of its demands, points back to the demands the document attached to it.
 * Not a verb ("Russia demands that …": no possessive), nor a noun with its content right after it
 * ("Russia's demands for a halt to expansion" names the demand itself).
 */
function possessedReferences(
  text: string,
  tokens: readonly Token[],
  explicit: readonly DemandMention[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  ownDemands: OwnDemands,
  found: readonly DemandMention[],
): DemandMention[] {
  const out: DemandMention[] = [];
  for (const a of actors) {
    if (a.parties.length !== 1) continue;
    // "some of Russia's proposals", "several Russian demands": part of them, not saying which.
    const before = tokens[a.first - 1]?.lower === 'of' ? a.first - 2 : a.first - 1;
    // ("several of the Russian proposals": past the article.)
    const noneOf = tokens[before]?.lower === 'none' && before === a.first - 2;
    if ((!noneOf && PART_OF.test(tokens[before]?.lower ?? '')) || partOfBefore(tokens, actors, a.first))
      continue;
    let k = a.last + 1;
    if (/^['’]s?$/.test(tokens[k]?.text ?? '')) k++;
    else if (a.kind !== 'adjective') continue;
    for (let n = 0, end = modifierFrom(tokens, k, POSSESSED_MODIFIER); n < 3 && end >= 0; n++)
      end = modifierFrom(tokens, (k = end + 1), POSSESSED_MODIFIER);
    // "Russia's key demand", "Moscow's central request": one demand, where the party has one attached and
    // nothing saying what it is follows ("Russia's demand that …", "its request for gas payments").
    const one = POSSESSED_ONE.test(tokens[k]?.lower ?? '');
    if (!one && !POSSESSED_NOUN.test(tokens[k]?.lower ?? '')) continue;
    if (
      one &&
      CONTENT_AFTER_ONE.test(tokens[k + 1]?.lower ?? '') &&
      !(/^(?:on|in)$/.test(tokens[k + 1]?.lower ?? '') && WHEN_AFTER.test(tokens[k + 2]?.lower ?? ''))
    )
      continue;
    // "None of Russia's demands were acceptable": the whole of them, judged by the verdict folded into
    // "none of … acceptable" (copula and modal between). Elsewhere "none of" is left unread: "none of
    // Russia's demands were rejected outright" refuses nothing.
    if (
      noneOf &&
      !tokens
        .slice(k + 1, k + 5)
        .some(
          (t, n, rest) =>
            t.lower === 'acceptable' && rest.slice(0, n).every((u) => VERDICT_LINK.test(u.lower)),
        )
    )
      continue;
    const r = { first: a.first, last: k };
    if ([...explicit, ...found, ...out].some((m) => m.first <= r.last && r.first <= m.last)) continue;
    if (explicit.some((m) => m.kind !== 'reference' && m.first > r.last && m.first <= r.last + 3)) continue;
    const party = a.parties[0] as string;
    const demands = ownDemands.of(party, a);
    if (!demands?.size) continue;
    if (one && (demands.size !== 1 || [...demands.values()].some((from) => from === PENDING))) continue;
    // (Pointing ahead, only a bare noun: "Russia's demands on gas prices", "its proposals under the
    // Minsk agreements" are about something of their own; "Russia's demands on the West" is still bare.)
    if (
      [...demands.values()].every((from) => from === PENDING) &&
      TOPIC_AFTER.test(tokens[k + 1]?.lower ?? '') &&
      !WHEN_AFTER.test(tokens[k + 2]?.lower ?? '') &&
      !(
        /^(?:on|to)$/.test(tokens[k + 1]?.lower ?? '') &&
        actors.some((b) => b.first >= k + 2 && b.first <= k + 3)
      )
    )
      continue;
    const words = text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end);
    for (const [demand, from] of demands)
      out.push({ ...pointerMention(compiled, r, words, demand, from), owner: party });
  }
  return out;
}

/** Where the content of an apposition after `last` starts (", which is …", ": …", " — …"); -1 if none. */
function appositionAfter(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (!next) return -1;
  if (next.text === ':' || next.text === '—' || next.text === '–') return last + 2;
  if (
    next.text === ',' &&
    /^(?:which|that)$/.test(tokens[last + 2]?.lower ?? '') &&
    /^(?:is|was|are|were)$/.test(tokens[last + 3]?.lower ?? '')
  )
    return last + 4;
  return -1;
}

/** A pointer resolved to the demands of mentions in its own sentence, one per demand (the first mention of each). */
function pointToMentions(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  r: { first: number; last: number },
  words: string,
  mentions: readonly DemandMention[],
): DemandMention[] {
  return [...new Set(mentions.map((m) => m.demand))].map((demand) => {
    const m = mentions.find((x) => x.demand === demand) as DemandMention;
    return pointerMention(compiled, r, words, demand, {
      start: (tokens[m.first] as Token).start,
      end: (tokens[m.last] as Token).end,
    });
  });
}

/** A pointer ("these demands", "the main issue") read as one demand, resolved to the text at `from`. */
export function pointerMention(
  compiled: CompiledOntology,
  r: { first: number; last: number },
  words: string,
  demand: string,
  from: { start: number; end: number },
): DemandMention {
  const title = compiled.demands.find((d) => d.id === demand)?.title ?? demand;
  return {
    first: r.first,
    last: r.last,
    demand,
    direction: 1,
    match: `${words} → ${title}`,
    kind: 'reference',
    cueCapableAt: null,
    resolvedFrom: from,
  };
}

/** The demands the sentence before named: what a bare "it" or "that" in the next sentence may stand for. */
export interface PreviousMentions {
  demand: string;
  direction: 1 | -1;
  from: { start: number; end: number };
  /** The proposer read asking for it there, when one was (and no other side spoke of it). */
  askedBy?: string;
}

/** Verdicts whose whole object may be a pronoun pointing back: "Sofia rejected it". */
const POINTING_WORDS =
  'rejected rejects reject rejecting dismissed dismisses rebuffed rebuffs refused refuses opposes opposed opposing oppose welcomed welcomes backed backs supports supported support accepted accepts accept accepting blocked blocks';
/** A definite noun for an act proposed, standing for what the sentence before asked: "… blocked the move". */
const ACT_NOUN = wordSet(/^(?:move|idea|step|suggestion|notion)$/);
/** Verbs judging an object by what follows it: "called it absurd", "described that as a non-starter". */
export const JUDGING_WORDS =
  'called calls call described describes termed terms deemed deems branded brands labelled labeled';
const wordsPattern = (words: string): string => `(?:${words.split(' ').join('|')})`;
const POINTING_VERB = new RegExp(`^${wordsPattern(POINTING_WORDS)}$`);
const JUDGING_VERB = new RegExp(`^${wordsPattern(JUDGING_WORDS)}$`);
/**
 * Verbs that judge their object only when a verdict follows it ("considers it unrealistic", "regarded
 * that as a non-starter", "saw this as a provocation"): bare, they say something else ("will consider it",
 * "saw it coming", "found it hard"), so the pronoun must be followed by a refusing verdict.
 */
const FRAMING_WORDS =
  'consider considers considered regard regards regarded view views viewed see sees saw find finds found';
const FRAMING_VERB = new RegExp(`^${wordsPattern(FRAMING_WORDS)}$`);
const DETERMINER_BEFORE_VERB = wordSet(/^(?:the|a|an|its|their|his|her|our|my|your|this|that)$/);
/** What may open the verdict before its word: "as", "a", "too", "wholly". */
const VERDICT_LEAD = wordSet(
  /^(?:as|a|an|too|wholly|entirely|completely|totally|utterly|simply|quite|plainly)$/,
);
/**
 * Refusing verdicts only: a favourable one ("regarded it as significant") is too often said of the
 * accord or the talks the pronoun stands for, not of the demand.
 */
const REFUSING_VERDICT = wordSet(
  /^(?:unacceptable|unrealistic|unreasonable|unworkable|unfeasible|impossible|impractical|inadmissible|absurd|excessive|illegitimate|ridiculous|provocative|provocation|nonstarters?|nonsense|ultimatum)$/,
);

/** Words after a verdict making the pronoun before it a placeholder: "… unacceptable that …". */
const PLACEHOLDER_TAIL = wordSet(/^(?:to|that|for|whether|if|when|how)$/);
/**
 * Whether a refusing verdict opens at `k`, after at most three leading words ("as a wholly unrealistic
 * …", "to be unacceptable"), and ends the pronoun's clause: followed by "to" or "that" the pronoun is the
 * placeholder of what comes next ("considers it unacceptable that Tehran …", "found it impossible to …").
 */
function refusingVerdictAt(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower === 'to' && tokens[k + 1]?.lower === 'be') k += 2;
  for (let n = 0; n < 3 && VERDICT_LEAD.test(tokens[k]?.lower ?? ''); n++) k++;
  // ("non-starter" is written in three tokens, the hyphen between.)
  const nonStarter =
    tokens[k]?.lower === 'non' &&
    tokens[k + 1]?.text === '-' &&
    /^starters?$/.test(tokens[k + 2]?.lower ?? '');
  if (nonStarter) k += 2;
  else if (!REFUSING_VERDICT.test(tokens[k]?.lower ?? '')) return false;
  return !PLACEHOLDER_TAIL.test(tokens[k + 1]?.lower ?? '');
}

/** Verbs whose particle follows the pronoun: "turned them down", "brushed that aside", "waved those off". */
const PARTICLE_WORDS =
  'turn turns turned turning brush brushes brushed brushing wave waves waved waving shoot shoots shot shooting swat swats swatted swatting throw throws threw throwing rule rules ruled ruling';
const PARTICLE_VERB = new RegExp(`^${wordsPattern(PARTICLE_WORDS)}$`);
const PARTICLE = wordSet(/^(?:down|aside|away|off|out)$/);
/** Verbs of agreeing whose object follows "to": "agree to it", "consented to that". */
const AGREEING_WORDS = 'agree agrees agreed agreeing consent consents consented consenting';
const AGREEING_VERB = new RegExp(`^${wordsPattern(AGREEING_WORDS)}$`);
/** Verbs right after a subject pronoun standing for demands: "They are …", "These should be …". */
const SUBJECT_WORDS =
  "are were remain remained should must cannot can't could would will have had amount represent constitute";
const SUBJECT_VERB = new RegExp(`^${wordsPattern(SUBJECT_WORDS)}$`);
const PRONOUNS = 'it|that|this|them|those|these';
/** Words a clause of reported speech opens after: "said these were commands", "argued that those were …". */
const REPORTING_WORDS = 'said says added argued insisted stressed warned noted replied that';
const REPORTING = new RegExp(`^${wordsPattern(REPORTING_WORDS)}$`);
/** A cheap test for a sentence worth reading for a pronoun standing for demands ("Washington rejected it"). */
export const PRONOUN_OBJECT_SENTENCE = new RegExp(
  `\\b(?:ready|willing|prepared|open|keen|happy|interested|eager) (?:to|in) (?:discuss|discussing|explore|exploring|consider|considering|negotiate|negotiating)\\b|\\b(?:to|not|never|will|would|\\w+n['’]t)\\s+(?:do|doing)\\s+(?:so|that|this)\\b|^\\W*(?:they|these|those) ${wordsPattern(SUBJECT_WORDS)}\\b|\\b${wordsPattern(POINTING_WORDS)} (?:the|that|this) (?:move|idea|step|suggestion|notion)\\b|\\b${wordsPattern(REPORTING_WORDS)} (?:these|those) ${wordsPattern(SUBJECT_WORDS)}\\b|\\b(?:${wordsPattern(`${POINTING_WORDS} ${JUDGING_WORDS} ${FRAMING_WORDS}`)} (?:${PRONOUNS})|${wordsPattern(PARTICLE_WORDS)} (?:${PRONOUNS}) (?:down|aside|away|off|out)|${wordsPattern(AGREEING_WORDS)} to (?:${PRONOUNS}))\\b`,
  'i',
);
const SINGULAR_PRONOUN = wordSet(/^(?:it|that|this)$/);
const PLURAL_PRONOUN = wordSet(/^(?:them|those|these)$/);
const OBJECT_PRONOUN = wordSet(/^(?:it|that|this|them|those|these)$/);
/** The object of a pro-verb: "do so", "do that". */
const PRO_VERB_OBJECT = wordSet(/^(?:so|that|this)$/);
/** What may follow the pronoun when it is the whole object: the end, a conjunction, a manner. */
const AFTER_OBJECT = wordSet(
  /^(?:[.,;:!?—–]|but|and|as|outright|flatly|immediately|again|on|at|in|out|because|while|saying)$/,
);

/**
 * A pronoun standing for what the sentence before demanded, in a sentence naming no demand:
 * - the whole object of a verdict: "Moscow called for a ban on further expansion. Washington rejected it
 *   outright", "… turned those down", "… brushed that aside";
 * - a plural subject opening the sentence: "They should be put to one side", "These are non-starters".
 * "it" stands for one demand only; "them"/"they" for each the sentence before named. Either way the
 * demands must have been named in one direction. Otherwise: nothing.
 */
export function pronounObjectReferences(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  previous: readonly PreviousMentions[],
): DemandMention[] {
  if (previous.length === 0) return [];
  const demands = new Set(previous.map((p) => p.demand));
  const directions = new Set(previous.map((p) => p.direction));
  // "They should be put to one side", "These are non-starters": a plural pronoun opening the sentence,
  // then a verb, stands for what the sentence before demanded.
  let open = 0;
  while (tokens[open]?.transparent) open++;
  if (
    directions.size === 1 &&
    /^(?:they|these|those)$/.test(tokens[open]?.lower ?? '') &&
    SUBJECT_VERB.test(tokens[open + 1]?.lower ?? '')
  )
    return referencesTo(tokens[open] as Token, open, previous, compiled);
  const proVerb = proVerbAt(tokens);
  if (proVerb > 0 && directions.size === 1 && directions.has(1))
    return referencesTo(tokens[proVerb] as Token, proVerb, previous, compiled).map((m) => ({
      ...m,
      first: proVerb - 1,
      match: `${tokens[proVerb - 1]?.text} ${m.match}`,
      proVerb: true,
      // (Standing for the one act asked, it is that act: "is prepared to do so" is openness to it.)
      ...(demands.size === 1 ? { single: true } : {}),
    }));
  // "We are open to discussing that as well", "“That is something we are prepared to explore,” the
  // official said": a readiness to talk over what the sentence before named, the one matter it named.
  if (demands.size === 1) {
    const at = readyFor(tokens);
    if (at >= 0)
      return referencesTo(tokens[at] as Token, at, previous, compiled).map((m) => ({ ...m, single: true }));
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const plural = PLURAL_PRONOUN.test(t.lower);
    if (!plural && !SINGULAR_PRONOUN.test(t.lower)) continue;
    if (directions.size !== 1) continue;
    // "The president said these were commands, not wishes": a demonstrative opening reported speech
    // is its subject, as at the start of a sentence. ("they" there is too often the speakers.)
    if (
      /^(?:these|those)$/.test(t.lower) &&
      REPORTING.test(tokens[i - 1]?.lower ?? '') &&
      SUBJECT_VERB.test(tokens[i + 1]?.lower ?? '')
    ) {
      // "…, that they should be put to one side": a later "that" clause of the same report, opened by
      // "they" as what is done to or said of ("they should be …", "they were …"), goes on about the
      // same demands. (Not "that they would reject …": people acting.)
      const further = tokens.flatMap((x, k) =>
        k > i + 1 &&
        x.lower === 'they' &&
        tokens[k - 1]?.lower === 'that' &&
        tokens[k - 2]?.text === ',' &&
        saidOfThings(tokens, k + 1)
          ? referencesTo(x, k, previous, compiled)
          : [],
      );
      return [...referencesTo(t, i, previous, compiled), ...further];
    }
    // "it" stands for one demand; "them" for all the sentence before named. A demonstrative "that" or
    // "this" may stand for the whole of what was asked: "Moscow wants A and B. Riga called that absurd."
    if (demands.size !== 1 && !plural && t.lower === 'it') continue;
    const verb = tokens[i - 1]?.lower ?? '';
    const after = tokens[i + 1];
    // "turned those down", "brushed that aside": the particle after the pronoun.
    const particle = PARTICLE_VERB.test(verb) && !!after && PARTICLE.test(after.lower);
    // "called it absurd", "described that as a non-starter": the verdict follows the pronoun.
    // ("considered it unrealistic", "regards that as unacceptable": only with the verdict opening next.)
    // (Not a noun: "share the view that a …".)
    const judging =
      JUDGING_VERB.test(verb) ||
      (FRAMING_VERB.test(verb) &&
        !DETERMINER_BEFORE_VERB.test(tokens[i - 2]?.lower ?? '') &&
        refusingVerdictAt(tokens, i + 1));
    // "could never agree to that", "consented to it": the pronoun the object of "to".
    const agreeing = verb === 'to' && AGREEING_VERB.test(tokens[i - 2]?.lower ?? '');
    if (!particle && !judging && !agreeing && !POINTING_VERB.test(verb)) continue;
    if (!particle && (judging ? !after : after && !AFTER_OBJECT.test(after.lower))) continue;
    // (A singular pronoun for the one demand asked is that demand: "is ready to discuss it".)
    const single = !plural && demands.size === 1;
    return referencesTo(t, i, previous, compiled).map((m) => (single ? { ...m, single: true } : m));
  }
  // "Tehran asked Washington to drop the listing. Biden blocked the move": a definite noun for the act
  // asked, the whole object of a verdict, stands for the one demand the sentence before named.
  // (The reference sits on the determiner, so a cue spelling the whole phrase, "block the move", can
  // end on the noun.)
  if (demands.size === 1 && directions.size === 1)
    for (let i = 2; i + 1 < tokens.length; i++) {
      if (!ACT_NOUN.test((tokens[i] as Token).lower)) continue;
      if (!/^(?:the|that|this)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      // (Also "ready to discuss the idea": openness to the act named, though "discuss it" is too loose.)
      const verb = tokens[i - 2]?.lower ?? '';
      if (!POINTING_VERB.test(verb) && !/^(?:discuss|discussing|consider|considering)$/.test(verb)) continue;
      if (!AFTER_OBJECT.test(tokens[i + 1]?.lower ?? '.')) continue;
      return referencesTo(tokens[i - 1] as Token, i - 1, previous, compiled).map((m) => ({
        ...m,
        single: true,
      }));
    }
  return [];
}

/** A speech verb naming who speaks in the sentence itself: "…,” the official said". */
const SPEECH_TAG = wordSet(
  /^(?:said|says|added|adds|told|tells|stressed|noted|insisted|explained|replied|wrote)$/,
);
/** Being ready to talk something over: "willing to discuss", "open to exploring", "interested in considering". */
const READY = wordSet(/^(?:ready|willing|prepared|open|keen|happy|interested|eager)$/);
const TALK_OVER = wordSet(
  /^(?:discuss|discussing|explore|exploring|consider|considering|negotiate|negotiating)$/,
);
/** Nouns a pointer is called before the readiness: "That is something we …", "This is an area they …". */
const MATTER = wordSet(/^(?:something|one|issue|question|subject|area|matter|topic|field)$/);

/** Whether `k` starts "ready to discuss", "open to discussing", "interested in exploring"; its last token or -1. */
function readyAt(tokens: readonly Token[], k: number): number {
  if (!READY.test(tokens[k]?.lower ?? '')) return -1;
  if (!/^(?:to|in)$/.test(tokens[k + 1]?.lower ?? '')) return -1;
  if (!TALK_OVER.test(tokens[k + 2]?.lower ?? '')) return -1;
  // (Not denied: "not willing to discuss it" is left to the cue lists with the demand named.)
  for (let b = k - 1; b >= Math.max(0, k - 4); b--)
    if (/^(?:not|never|no|hardly|n['’]t|\w+n['’]t)$/.test(tokens[b]?.lower ?? '')) return -1;
  return k + 2;
}

/** A "we" or "I" in the three words before `k` (a module function, not a closure: keepNames names each closure made). */
function firstPersonBefore(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:we|i)$/.test(t.lower));
}

/**
 * The pronoun standing for what the sentence before named in a readiness to talk it over, or -1: the
 * whole object ("we are open to discussing that as well", "ready to consider it.") or, opening the
 * sentence, the subject of "is something" the readiness then takes up ("That is something we are
 * prepared to explore"). Only "ready / willing / prepared / open …" with "to" or "in" before the verb.
 */
function readyFor(tokens: readonly Token[]): number {
  // (A "we" with no speaker named in its own sentence may be anyone the paragraph named: "Russia has
  // signalled interest in …, the official said. “We are open to discussing that.”")
  const tagged = tokens.some((t) => SPEECH_TAG.test(t.lower));
  for (let i = 3; i < tokens.length; i++) {
    if (!OBJECT_PRONOUN.test(tokens[i]?.lower ?? '')) continue;
    if (readyAt(tokens, i - 3) !== i - 1) continue;
    if (!tagged && firstPersonBefore(tokens, i - 3)) continue;
    const after = tokens[i + 1];
    if (after && !AFTER_OBJECT.test(after.lower) && after.lower !== 'too') continue;
    return i;
  }
  let open = 0;
  while (tokens[open]?.transparent) open++;
  if (!/^(?:that|this|it)$/.test(tokens[open]?.lower ?? '')) return -1;
  if (!/^(?:is|was|['’]s)$/.test(tokens[open + 1]?.lower ?? '')) return -1;
  let k = open + 2;
  if (/^(?:an?|the|one)$/.test(tokens[k]?.lower ?? '') && MATTER.test(tokens[k + 1]?.lower ?? '')) k++;
  if (!MATTER.test(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'one') return -1;
  // "… something (that) we are prepared to explore (as well)", with the readiness's verb last.
  for (let r = k + 2; r <= k + 6; r++) {
    const end = readyAt(tokens, r);
    if (end < 0) continue;
    if (!tagged && firstPersonBefore(tokens, r)) return -1;
    const after = tokens[end + 1];
    if (after && !AFTER_OBJECT.test(after.lower) && after.lower !== 'too') return -1;
    return open;
  }
  return -1;
}

/**
 * "Washington refused to do so", "the US said it would not do that": a pro-verb standing for what the
 * sentence before asked someone to do (its pronoun's index), after "to", a negation or a modal, as the
 * whole object. Not in a condition ("… if it did not do so"): that is what happens otherwise.
 */
function proVerbAt(tokens: readonly Token[]): number {
  for (let i = 2; i < tokens.length; i++) {
    if (!PRO_VERB_OBJECT.test(tokens[i]?.lower ?? '')) continue;
    if (!/^(?:do|doing)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    if (!/^(?:to|not|never|will|would|\w+n['’]t)$/.test(tokens[i - 2]?.lower ?? '')) continue;
    if (!AFTER_OBJECT.test(tokens[i + 1]?.lower ?? '.')) continue;
    return i;
  }
  return -1;
}

/** A copula or a passive from token `k` on: "were …", "are …", "should be …", "must not be …". */
function saidOfThings(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k]?.lower ?? '';
  if (/^(?:are|were|remain|remained)$/.test(verb)) return true;
  if (!/^(?:should|must|cannot|can't|could|would|will|can)$/.test(verb)) return false;
  let j = k + 1;
  while (/^(?:not|never|simply|only|just|now)$/.test(tokens[j]?.lower ?? '')) j++;
  return tokens[j]?.lower === 'be';
}

/** One reference per demand the sentence before named, at the pronoun `t` (token `i`). */
function referencesTo(
  t: Token,
  i: number,
  previous: readonly PreviousMentions[],
  compiled: CompiledOntology,
): DemandMention[] {
  const seen = new Set<string>();
  const out: DemandMention[] = [];
  for (const p of previous) {
    if (seen.has(p.demand)) continue;
    seen.add(p.demand);
    const title = compiled.demands.find((d) => d.id === p.demand)?.title ?? p.demand;
    out.push({
      first: i,
      last: i,
      demand: p.demand,
      direction: p.direction,
      match: `${t.text} → ${title}`,
      kind: 'reference',
      cueCapableAt: null,
      resolvedFrom: p.from,
      ...(p.askedBy ? { owner: p.askedBy } : {}),
    });
  }
  return out;
}

/** Nouns a pointer may name what the sentence before asked by: one thing ("such an arrangement", "that question"). */
const POINTED_ONE = wordSet(
  /^(?:arrangement|guarantee|pledge|assurance|promise|commitment|proposal|demand|request|requirement|condition|idea|question|issue|point|list|package|deal|plan|ultimatum|undertaking)$/,
);
/** The same, for several things: "these proposals", "those points". */
const POINTED_MANY = wordSet(
  /^(?:arrangements|guarantees|pledges|assurances|promises|commitments|proposals|demands|requests|requirements|conditions|ideas|questions|issues|points|terms|plans|undertakings)$/,
);
/** Words before a partitive pointer: "some of these", "part of that list" — part of what was asked, not saying which. */
const PARTITIVE = wordSet(/^(?:some|part|parts|much|several|most|many|few|elements|one)$/);
/** Words after a pointer that say what it is right there: "that question of membership", "such a pledge that …". */
const CONTENT_AFTER = wordSet(/^(?:of|that|whether|about|to|for|on|:|—|–)$/);
/** Verbs of speech a "that" after which opens a clause, not a pointer: "said that proposals …". */
const CLAUSE_THAT_BEFORE = wordSet(
  /^(?:said|says|say|added|argued|insisted|stressed|warned|noted|replied|told|believes|believe|thinks|think|so|such|is|was|are|were)$/,
);
/** A cheap test for a sentence worth reading for a pointer to what the sentence before asked. */
export const POINTER_SENTENCE =
  /(?:(?:^\W{0,2}|\b(?:said|says|say|added|replied|insisted|stressed|warned|told)\s+)(?:that|this|it)\s+(?:is|was|will|would|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|remains|has|had|hasn['’]t|hadn['’]t)\b|:\s*["“]?(?:that|this|it)\s+(?:is|was|will|would|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|remains|has|had|hasn['’]t|hadn['’]t)\b)|\b(?:(?:this|that|such(?: an?)?)\s+(?:[\w-]+\s+){0,2}?(?:arrangement|guarantee|pledge|assurance|promise|commitment|proposal|demand|request|requirement|condition|idea|question|issue|point|list|package|deal|plan|ultimatum|undertaking)|(?:these|those|such)\s+(?:[\w-]+\s+){0,2}?(?:arrangements|guarantees|pledges|assurances|promises|commitments|proposals|demands|requests|requirements|conditions|ideas|questions|issues|points|terms|plans|undertakings)|(?:some|part|parts|much|several|most|many|few|elements|one)\s+of\s+(?:these|those|them|it|that|this))\b/i;

/**
 * A pointer with no owner the document could resolve ("such an arrangement", "that question", "these
 * proposals", "any such guarantee", "part of that list", "some of these"), standing for what the
 * sentence before asked: each demand its proposer was read asking there. Only where that is
 * unambiguous: every demand named there asked by its proposer (not another side's offer), a singular
 * noun for one demand only. A partitive ("some of these", "part of that list") is marked partial: it
 * does not say which of them.
 */
/**
 * A demonstrative standing alone as the subject of a verdict on what the sentence before asked:
 * "“That is a non-starter,” Blinken said", "Blinken said: “This will not happen.”" — opening the
 * sentence (past a quotation mark) or the words after a colon, with a verb of being or a modal next.
 */
function barePointer(tokens: readonly Token[], i: number): boolean {
  const it = tokens[i]?.lower === 'it';
  if (!it && !/^(?:that|this)$/.test(tokens[i]?.lower ?? '')) return false;
  const verb = tokens[i + 1]?.lower ?? '';
  if (!BARE_POINTER_VERB.test(verb)) return false;
  // A modal only before "be" or "happen": "That will be unacceptable", "That will not happen" (not
  // "That will hinge on what our specialists propose").
  let k = i + 2;
  // A perfect only as a passive or a copula: "This has been rejected by NATO", "That had been turned
  // down" (not "That has taken weeks", "This has nothing to do with …").
  if (PERFECT.test(verb)) {
    if (/^(?:not|never|already|also|since|long|now|repeatedly|flatly)$/.test(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower !== 'been') return false;
    k++;
  }
  if (/^(?:will|would|won['’]t|wouldn['’]t)$/.test(verb)) {
    if (/^(?:not|never)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!/^(?:be|happen)$/.test(tokens[k]?.lower ?? '')) return false;
    k++;
  }
  // "“It is a non-starter,” Blinken said", "Blinken said it was unrealistic": "it" only with a refusing
  // verdict closing the clause ("it is unrealistic to expect …", "it was late" are something else).
  if (it && !refusingVerdictAt(tokens, k)) return false;
  k = i - 1;
  while (k >= 0 && tokens[k]?.transparent) k--;
  // ("Scholz said that was not up for discussion": after a verb of speech, a "that" right before a
  // verb is no conjunction, which a subject would follow.)
  return k < 0 || tokens[k]?.text === ':' || SPEECH_BEFORE_POINTER.test(tokens[k]?.lower ?? '');
}
const SPEECH_BEFORE_POINTER = wordSet(/^(?:said|says|say|added|replied|insisted|stressed|warned|told)$/);
const BARE_POINTER_VERB = wordSet(
  /^(?:is|was|will|would|won['’]t|wouldn['’]t|isn['’]t|wasn['’]t|remains|'s|’s|has|had|hasn['’]t|hadn['’]t)$/,
);
const PERFECT = wordSet(/^(?:has|had|hasn['’]t|hadn['’]t)$/);

/**
 * Whether `noun` is a one-word weak frame subject of the demand in `demands` that names the demand's
 * thing itself ("corridor": "Zangezur corridor", "land corridor"), not what it would remove or end
 * ("forces" in "withdrawal of forces", "war" in "end the war"): some phrase of the demand ends in it
 * and holds no restriction word.
 */
function ownGenericNoun(compiled: CompiledOntology, demands: ReadonlySet<string>, noun: string): boolean {
  if (!/^[a-z-]+$/.test(noun)) return false;
  const d = compiled.demands.find((x) => demands.has(x.id));
  if (!d?.frame?.weakSubjects?.some((w) => w.toLowerCase() === noun)) return false;
  const restricting = new Set((d.frame.restrictions ?? []).map((w) => w.toLowerCase().split(/\s+/)[0]));
  return d.phrases.some((p) => {
    const words = p.toLowerCase().split(/\s+/);
    return words.length > 1 && words[words.length - 1] === noun && !words.some((w) => restricting.has(w));
  });
}

export function previousPointerReferences(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  found: readonly DemandMention[],
  previous: readonly PreviousMentions[],
): DemandMention[] {
  if (previous.length === 0 || previous.some((p) => !p.askedBy || p.direction !== 1)) return [];
  const demands = new Set(previous.map((p) => p.demand));
  const out: DemandMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = (tokens[i] as Token).lower;
    if (!/^(?:this|that|these|those|such|them|it)$/.test(opener)) continue;
    // "some of these", "part of that list": a part of what was asked.
    const partial =
      tokens[i - 1]?.lower === 'of' &&
      PARTITIVE.test(tokens[i - 2]?.lower ?? '') &&
      !/^(?:the|a|an)$/.test(tokens[i - 3]?.lower ?? '');
    let k = i + 1;
    if (opener === 'such' && /^(?:an?)$/.test(tokens[k]?.lower ?? '')) k++;
    for (let n = 0; n < 2; n++) {
      const end = modifierFrom(tokens, k, REFERENCE_MODIFIER);
      if (end < 0) break;
      k = end + 1;
    }
    // (Past a quotation mark: 'any such "corridor"'.)
    while (opener === 'such' && tokens[k]?.transparent && k < i + 4) k++;
    const noun = tokens[k]?.lower ?? '';
    const many = /^(?:these|those|them)$/.test(opener);
    const one = /^(?:this|that|it)$/.test(opener);
    let last = k;
    const generic = opener === 'such' && demands.size === 1 && ownGenericNoun(compiled, demands, noun);
    if (barePointer(tokens, i)) last = i;
    // "Erdogan called on Armenia to open a route to Nakhchivan. Armenia has rejected any such corridor":
    // "such" with a one-word generic noun of the one demand asked just before is that demand.
    else if (generic) last = k;
    else if (partial && !POINTED_ONE.test(noun) && !POINTED_MANY.test(noun)) {
      // "some of these the alliance turned down": the pointer alone, a pronoun.
      if (!/^(?:these|those|them|it|this|that)$/.test(opener)) continue;
      last = i;
    } else if (/^(?:them|it)$/.test(opener)) continue;
    else if (
      one
        ? !POINTED_ONE.test(noun)
        : many
          ? !POINTED_MANY.test(noun)
          : !POINTED_ONE.test(noun) && !POINTED_MANY.test(noun)
    )
      continue;
    // ("said that proposals were …": a clause opened, not a pointer.)
    if (opener === 'that' && !partial && last > i && CLAUSE_THAT_BEFORE.test(tokens[i - 1]?.lower ?? ''))
      continue;
    // ("At this point, …", "up to that point": a point in time.)
    if (/^points?$/.test(noun) && /^(?:at|to|from|until|till|by)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    const r = { first: partial ? i - 2 : i, last };
    if (found.some((m) => m.first <= r.last && r.first <= m.last)) continue;
    // "that question of membership", "such a pledge that Ukraine …": what it is follows.
    if (last > i && CONTENT_AFTER.test(tokens[last + 1]?.lower ?? '')) continue;
    if (
      found.some(
        (m) =>
          m.kind !== 'reference' &&
          m.first > r.last &&
          m.first <= r.last + 3 &&
          !tokens.slice(r.last + 1, m.first).some((t) => !t.word),
      )
    )
      continue;
    // A singular pointer stands for one demand only.
    const singular = last > i ? POINTED_ONE.test(noun) || generic : /^(?:it|this|that)$/.test(opener);
    if (singular && !partial && demands.size !== 1) continue;
    const words = tokens
      .slice(r.first, r.last + 1)
      .map((t) => t.text)
      .join(' ');
    const seen = new Set<string>();
    for (const p of previous) {
      if (seen.has(p.demand)) continue;
      seen.add(p.demand);
      out.push({
        ...pointerMention(compiled, r, words, p.demand, p.from),
        owner: p.askedBy,
        ...(partial ? { partial: true } : singular ? { single: true } : {}),
      });
    }
    i = r.last;
  }
  return out;
}
