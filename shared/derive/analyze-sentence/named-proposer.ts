/**
 * The party that put a demand forward, named in a sentence that names the demand: whether its name holds
 * the demand rather than being the object, target or place of something else.
 */
import type { AttributionKind } from '../../model/matrix';
import { deniedSayBefore } from './denied-say';
import { proposerRefusingTalks } from './refused-talks';
import { datedPastEvent } from '../dated-past-event';
import type { ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { SPEECH } from '../speaker';
import { opensOwnClause, type DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import {
  ACT_VERB,
  AUXILIARY,
  BE,
  BROKEN,
  CUT_MARK,
  NEW_PREDICATE,
  PREPOSITIONS,
  RELENTING,
  TALKS,
  TOPIC_PREPOSITION,
  WEAPONRY,
} from './lexicon';
import {
  accessionHistory,
  deniedCueBefore,
  demandAsCue,
  inLeftOpenQuestion,
  mutualTopic,
  namedAsBeneficiary,
  negatedJustBefore,
} from './phrase-helpers';
import { IndirectReadings } from './indirect-readings';
import { NEGATION_WORD, READINESS } from '../word-lists';
import { listOpeningBefore } from './list-opening';
import { eventUnderWay } from './event-under-way';
import { proposersRefusingOwn } from './own-refusal';
import { notTalkedOfAfter } from './not-discussed';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import { namedInsideWords } from '../refused-opposites';
import { weighedProposalVerb } from './deliberated-proposal';
import { orderingDeniedToProposer } from '../dictating-denied';
import { otherPartysClauseBetween } from './other-party-clause';
import { othersSphere } from './others-sphere';
import { namedInGapClause } from './stranded-object';
import { acrossFrontedConcession } from './fronted-concession';
import { namesAgainAfter } from '../named-again';
import { acceptedPrinciple } from './accepted-principle';
import { deferredBefore } from '../deferred-demand';
import { deniedPowerHolder } from './denied-power-holder';
import { reportsOthersRefusal } from './reported-refusal';

/** Between a proposer and its demand's opposite, the proposer about to do it: "said he would", "will". */
const WILL_DO =
  /^(?:(?:said|says|announced|announces|added|adds)(?: that)? (?:he|she|it|they|we) )?(?:would|will|is going to|was going to|plans to|planned to|intends to|intended to|decided to|has decided to)(?: also| now| then| soon)?$/;

/** Words that leave out the party named after them: "no officials of …", "without Kyiv". */
const LEFT_OUT = wordSet(/^(?:no|without|excluding|except|barring|not)$/);

/** Verbs of bearing something out: "ride out", "weather", "withstand", "survive", "evade". */
const ENDURING = wordSet(
  /^(?:weather|weathers|weathered|weathering|withstand|withstands|withstood|withstanding|survive|survives|survived|surviving|endure|endures|endured|evade|evades|evaded|evading|circumvent|circumvents|circumvented|circumventing|bypass|bypasses|bypassed|bypassing|dodge|dodges|dodged|dodging|outlast|outlasts|outlasted)$/,
);
/** Whether a verb of bearing something out governs `m`: "ride out US sanctions", "weather the tariffs". */
function enduredBefore(tokens: readonly Token[], m: DemandMention, actors: readonly ActorMention[]): boolean {
  let k = m.first - 1;
  while (
    k >= 0 &&
    (/^(?:the|all|any|its|their|these|those|new|current|existing|further|['’]s?)$/.test(
      tokens[k]?.lower ?? '',
    ) ||
      actors.some((a) => k >= a.first && k <= a.last))
  )
    k--;
  const w = tokens[k]?.lower ?? '';
  return (
    ENDURING.test(w) ||
    (w === 'out' &&
      /^(?:ride|rides|rode|ridden|riding|sit|sits|sat|wait|waits|waited)$/.test(tokens[k - 1]?.lower ?? ''))
  );
}

// Letting a demand go: "Moscow dropped its demand for …", "backed away from its insistence on …".
const LETTING_GO = wordSet(
  /^(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|withdraw|withdraws|withdrew|withdrawn|retract|retracts|retracted|renounce|renounces|renounced|waive|waives|waived|shelve|shelves|shelved|soften|softens|softened|relax|relaxes|relaxed|away|off|down)$/,
);

const LET_GO_OBJECT = wordSet(
  /^(?:demand|demands|insistence|claim|claims|request|requests|proposal|proposals|condition|conditions|ultimatum|position|stance|objection|objections)$/,
);

/** (A demand let go needs a word of LETTING_GO or "go", and a LET_GO_OBJECT after it.) */
const LETTING_GO_WORD = triggerList(LETTING_GO, 'go');
const LET_GO_OBJECT_WORD = triggerList(LET_GO_OBJECT);

// Heads whose "of"/"from" names the holder: "the concerns of Moscow", "demands from the Kremlin".
const DEMAND_HEAD = wordSet(
  /^(?:charges|accusations|claims|complaints|protests|borders?|frontiers?|doorstep|needs|priorit(?:y|ies)|goals?|aims?|requirements?|wishes|demands?|proposals?|requests?|calls?|concerns?|worries|grievances?|interests|insistence|position|stance|view|views|objections?|ultimatums?|conditions|pressure|list|draft|drafts|treaties|documents?)$/,
);

// Participles whose "by" names the holder: "guarantees sought by Moscow".
const DEMANDED_BY = wordSet(
  /^(?:demanded|sought|proposed|requested|raised|tabled|put|made|voiced|expressed|pressed|pushed|backed|championed|favou?red|advocated|floated|drafted|submitted|published|presented|issued|outlined|set)$/,
);

// A verb whose object the name is: told, sent, met, deterred, protected from.
const OBJECT_OF = wordSet(
  /^(?:summoned|wants?|wanted|expects?|expected|strike|hit|sent|send|sends|handed|hand|gave|give|gives|offered|offer|offers|told|tell|tells|assured|assure|reassured|reassure|urged|urge|urges|urging|pressing|pushing|pressuring|pressured|asking|telling|warned|warn|warns|asked|ask|asks|pressed|press|reminded|remind|invited|invite|informed|inform|briefed|brief|briefs|notified|notify|showed|show|updated|update|reached|reach|met|meet|meets|hosted|host|visited|visit|visits|deter|deters|deterred|deterring|counter|countering|appease|appeasing|contain|containing|confront|confronting|punish|sanction|sanctions|sanctioned|attack|attacked|invade|fight|fighting|protect|protecting|defend|defending|reassuring|persuade|persuaded|convince|convinced|engage|engaging|trusts?|humiliated|provoke|provoked|provoking|encircle|encircled|encircling|isolate|isolated|left|leave|leaves|leaving|let|lets|letting|allow|allows|allowed|allowing|enable|enables|enabled|enabling|permit|permits|permitted|permitting)$/,
);

// Verbs that ask something of the one named after them: "requires Tehran to …", "demanding that Iran …".
const ASKING_OF = wordSet(
  /^(?:push|pushes|pushed|pushing|pressure|pressures|pressured|pressuring|pressurise|pressurised|pressurize|pressurized|encourage|encourages|encouraged|encouraging|demand|demands|demanded|demanding|require|requires|required|requiring|urge|urges|urged|urging|ask|asks|asked|asking|press|presses|pressed|pressing|request|requests|requested|requesting|force|forces|forced|forcing|oblige|obliges|obliged|obliging|compel|compels|compelled|compelling|insist|insists|insisted|insisting|call|calls|called|calling)$/,
);

// After a subject, what obliges it: "must", "had to", "needs to", "is required to".
const OBLIGED =
  /^(?:must|(?:has|have|had|needs?|needed) to|(?:is|are|was|were) (?:required|obliged|bound) to)\b/;

// What a possessor aims at: "Russia's efforts to …".
const AIM = wordSet(
  /^(?:efforts?|attempts?|bid|push|drive|campaign|plans?|aims?|ambitions?|goals?|demands?|insistence|calls?|proposals?|needs|concerns?|fears?)$/,
);

const AUX_OR_ADVERB = wordSet(
  /^(?:has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|also|again|repeatedly|long|now|still|reportedly|allegedly|then|already|never|always|often|meanwhile|however|instead|in|turn|once|,)$/,
);

const MODAL = wordSet(/^(?:will|would|could|can|may|might|must|should)$/);

const NOT_A_VERB = wordSet(
  /^(?:as|is|was|has|its|his|hers|this|thus|plus|less|unless|whereas|news|us|yes|towards|afterwards|besides|perhaps|always|sometimes|officials|forces|troops|leaders|talks|ministers|authorities|sources|diplomats)$/,
);

const IRREGULAR_PAST = wordSet(
  /^(?:began|kept|sent|made|took|went|put|ran|held|brought|built|drew|fought|grew|hit|left|lost|met|paid|rose|saw|set|shot|spent|stood|struck|threw|won|wrote|led|fled|flew)$/,
);

// What a proposer does when it holds its demand: says, thinks, wants, fears, objects, asks.
const HOLDING_VERB = wordSet(
  /^(?:wants?|wanted|demand(?:s|ed)?|seeks?|sought|insists?|insisted|fears?|feared|feels?|felt|sees|saw|views?|viewed|describes?|described|terms|termed|labels?|label(?:l)?ed|regards?|regarded|considers?|considered|deems?|deemed|calls?|called|objects?|objected|opposes?|opposed|worr(?:y|ies|ied)|requires?|required|expects?|expected|proposes?|proposed|suggests?|suggested|push(?:es|ed)|press(?:es|ed)|asks?|asked|urges?|urged|hopes?|hoped|needs?|needed|accus(?:es|ed)|blames?|blamed|criticis(?:es|ed)|criticiz(?:es|ed)|condemns?|condemned|complains?|complained|protests?|protested|rejects?|rejected|refuses?|refused|denounces?|denounced|perceives?|perceived|believes?|believed|thinks|thought|says|said|claims?|claimed|warns?|warned|argues?|argued|offers?|offered|justif(?:y|ies|ied)|raised?|raises|published|publishes|drafted|released|issued|tabled|submitted|presented|outlined|listed|reiterated|repeated|stressed|noted)$/,
);

/** Taking a matter up again: "returned to the themes of", "came back to the question of". */
const RAISING_AGAIN =
  /^\s+(?:(?:has|had|again|also|once more)\s+)*(?:return(?:s|ed)?|c(?:a|o)me(?:s)? back|revisit(?:s|ed)?)\s+(?:to\s+)?(?:the\s+)?(?:themes?|issues?|questions?|subjects?|topics?|matters?)\s+of\b/i;

// Nouns a party name modifies: "a Russia hawk", "Russia experts", "Russia Today", "the Kremlin press pool",
// "while the US threat remains".
// Before a demand noun's causative verb: "would have NATO …", "would also require …".

const MODIFIED = wordSet(
  /^(?:hawks?|doves?|experts?|advisers?|advisors?|analysts?|watchers?|specialists?|scholars?|hands?|correspondents?|bureau|press|pool|conference|today|media|television|tv|based|friendly|sceptics?|skeptics?|policy|desk|program|programme|studies|scholars?|threats?)$/,
);

// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and the readers below run for every proposer named.)
/** Whether `a` is the object given something: "refused to give Russia any guarantee that …". */
function givenSomething(tokens: readonly Token[], a: ActorMention): boolean {
  let p = a.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
  return OBJECT_OF.test(tokens[p]?.lower ?? '') || (p === a.first - 1 && tokens[p]?.lower === 'with');
}
/** What joins two sides named together: "Washington and Moscow", "U.S.-Russia". */
const PAIR_JOINER = /^(?:and|or|-|–|&)$/;
/** Whether `b` names a party and none of `a`'s. */
const otherSide = (a: ActorMention, b: ActorMention | undefined): boolean =>
  !!b && b.parties.length > 0 && !b.parties.some((p) => a.parties.includes(p));

const OWN_MOVES = wordSet(
  /^(?:pulled|withdrew|withdrawn|moved|massed|recalled|placed|stationed|keeps|kept)$/,
);

// Clause words after which a name is what a condition, a time or a comment is about; or a concession
// that leaves open what it says ("…, whatever Moscow writes", "whoever the Kremlin asks").
const CLAUSE_OPENER = wordSet(/^(?:while|whereas|as|when|after|before|since|because|until)$/);
const SUBORDINATE = wordSet(
  /^(?:if|unless|should|as|when|whenever|once|while|whereas|after|before|until|since|because|whatever|whoever|whichever|wherever)$/,
);

// What a possessive proposer owns that is a place or its own act, not its demand.
const PROPOSER_OWN = wordSet(
  /^(?:regions?|airspace|coast|borders?|shadow|pressure|influence|build|threats?|neighbou?rs?|neighbou?rhood|ally|allies|ambassador|envoy|media|television|tv|tass|ria|sputnik|press|newspapers?|agency|war|invasion|attack|aggression|build-up|buildup|troops|forces|army|navy|military|missiles?|deployments?|drills|exercises|annexation|relations|capabilit(?:y|ies)|arsenal|rockets|fighters|tunnels)$/,
);

/** What a war is to do to a party: "until Hamas is eliminated", "Hamas must be destroyed". */
const DESTROYED = wordSet(
  /^(?:eliminated|destroyed|defeated|dismantled|crushed|wiped|eradicated|annihilated|vanquished|disarmed|toppled|ousted|overthrown|removed)$/,
);

/** What sides are stuck on: "the deadlock over …", "differences on …". */
const DEADLOCK = wordSet(
  /^(?:deadlock|impasse|stalemate|standoff|stand-off|dispute|disputes|differences|disagreement|disagreements|wrangling|gap|gaps)$/,
);

/** Talks and the words that give their purpose: "negotiations meant to", "talks aimed at". */
const PURPOSED_TALKS = wordSet(/^(?:talks|negotiations|dialogue|diplomacy|process|summit|meeting|meetings)$/);
const PURPOSE_WORD = wordSet(/^(?:meant|aimed|designed|intended|geared)$/);

/**
 * "the stalled negotiations meant to get the North to abandon its nuclear programme", "talks aimed at
 * ending …": talks named with their purpose, which the demand's words (within ten words after) give —
 * the talks' aim, not a party's demand.
 */
function talksPurposeBefore(tokens: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - 10; k--) {
    const w = tokens[k]?.lower ?? '';
    if (/^[;:.!?]$/.test(w)) return false;
    if (
      PURPOSE_WORD.test(w) &&
      PURPOSED_TALKS.test(tokens[k - 1]?.lower ?? '') &&
      /^(?:to|at)$/.test(tokens[k + 1]?.lower ?? '')
    )
      return true;
  }
  return false;
}

const WORRY_NOUN = wordSet(
  /^(?:worry|worries|concern|concerns|fear|fears|objection|objections|anxiety|alarm)$/,
);

/** "Among the texts Moscow published, …", "Of Russia's drafts, …": the end (comma) of an opening naming a source, or -1. */
function sourcingOpeningEnd(tokens: readonly Token[]): number {
  let k = 0;
  while (tokens[k]?.transparent || /^["“‘']$/.test(tokens[k]?.text ?? '')) k++;
  if (!/^(?:among|of|in)$/.test(tokens[k]?.lower ?? '')) return -1;
  for (let j = k + 1; j < tokens.length && j <= k + 10; j++) if (tokens[j]?.text === ',') return j;
  return -1;
}

/** Readings of a demand's named proposer. */
export abstract class NamedProposerReadings extends IndirectReadings {
  /**
   * "Tehran was prepared to keep up its cooperation with the agency": the proposer ready to do the
   * demand's opposite offers it; that is no support of its demand.
   */
  readyForTheOpposite(a: ActorMention, m: DemandMention): boolean {
    if (m.direction !== -1 || a.last >= m.first) return false;
    const between = this.tokens.slice(a.last + 1, m.first);
    // (Its own readiness: not "… responded to the remark that the alliance is ready to take in …".)
    if (between.some((t) => CUT_MARK.test(t.text))) return false;
    // "Blinken said Tehran had to cooperate with the agency": the proposer obliged to do the opposite of
    // its demand is told what to do, and holds nothing of its own there.
    const after = between
      .slice(0, 4)
      .map((t) => t.lower)
      .join(' ');
    if (OBLIGED.test(after)) return true;
    if (this.actors.some((b) => b.first > a.last && b.last < m.first)) return false;
    // "Kurti said he would postpone the fines", "Kosovo will delay the fines": the proposer, or the
    // speaker's "he", about to do the opposite itself (no negation between) — no grievance of its own.
    if (WILL_DO.test(between.map((t) => t.lower).join(' '))) return true;
    return between.some(
      (t, k) =>
        READINESS.test(t.lower) && between[k + 1]?.lower === 'to' && BE.has(between[k - 1]?.lower ?? ''),
    );
  }

  /**
   * "Putin is a danger who must be resisted, yet the alliance …", "…, and Liu is a tough negotiator": a
   * party described by what it is, in a clause apart from the demand's words, holds none of them.
   */
  describedApart(a: ActorMention, m: DemandMention): boolean {
    const { tokens } = this;
    if (
      !/^(?:is|was|are|were|remains|remained)$/.test(tokens[a.last + 1]?.lower ?? '') ||
      !/^(?:a|an)$/.test(tokens[a.last + 2]?.lower ?? '')
    )
      return false;
    const [from, to] = a.last < m.first ? [a.last + 1, m.first] : [m.last + 1, a.first];
    return tokens.slice(from, to).some((t) => /^[,;:.!?—–]$/.test(t.text));
  }

  /**
   * "The resolution requires Tehran to explain …", "kept demanding that Iran account for …", "tried to
   * push China into lowering its barriers": the one a
   * verb of asking asks something of is told what to do, not the holder of anything named with it.
   * (Not its own asking: "Moscow's demand that …"; not "noted that Russia wants …".)
   */
  askedToAct(a: ActorMention): boolean {
    const { tokens } = this;
    if (/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) return false;
    let k = a.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
    k = listOpeningBefore(tokens, this.actors, k);
    const that = tokens[k]?.lower === 'that';
    if (that) k--;
    else if (/^(?:on|upon)$/.test(tokens[k]?.lower ?? '') && /^call/.test(tokens[k - 1]?.lower ?? '')) k--;
    const verb = tokens[k]?.lower ?? '';
    if (!ASKING_OF.test(verb)) return false;
    // ("called Russia's …", "calls" alone: only "calls on X to", "called for X to" is asking.)
    if (/^call/.test(verb) && !/^(?:on|upon|for)$/.test(tokens[k + 1]?.lower ?? '')) return false;
    const next = tokens[a.last + 1];
    // ("pressure Iran into renegotiating …", "push China into lowering …": the act it is pushed into.)
    if (!that)
      return next?.lower === 'to' || (next?.lower === 'into' && /ing$/.test(tokens[a.last + 2]?.lower ?? ''));
    // The verb of a "that" clause of demand stands in its base form: "that Iran account for".
    return (
      !!next?.word &&
      /^[a-z]+$/.test(next.text) &&
      !/(?:[^s]s|ed)$/.test(next.lower) &&
      !AUXILIARY.has(next.lower) &&
      !/^(?:did|does|do|never|not|always|still|also|would|could|might|may|will|can|shall|should|must|had|has)$/.test(
        next.lower,
      )
    );
  }

  /**
   * "Mocking Putin's fear of NATO's eastward expansion, Scholz said …", "a move that would meet one of
   * Mr Putin's main demands": the party that put the demand forward, named in a sentence that names the
   * demand (in its own words or its opposite's) and that no cue decides for it, holds its demand. Read
   * as reported, and only where nothing says it let the demand go.
   */
  namedProposer(): void {
    const { tokens, mentions, findings, compiled, speakers, spans } = this;
    // ("…, he said": the person who spoke before speaks here; not a country, which "he" cannot be.)
    const speaker =
      this.speaker?.kind === 'pronoun' &&
      /^(?:he|she|him|her)$/i.test(this.speaker.matched) &&
      this.previousSpeaker?.kind === 'party' &&
      this.previousSpeaker.role !== null
        ? this.previousSpeaker
        : this.speaker;
    // (Most sentences name no proposer of what they mention: nothing to read.)
    // (Inline arrows, not a named closure: the tsx/esbuild keepNames transform names each closure made.)
    if (
      !speakers.some((a) =>
        a.parties.some((p) => mentions.some((m) => compiled.proposers.get(m.demand)?.has(p))),
      ) &&
      !(
        speaker?.kind === 'party' &&
        speaker.parties.some((p) => mentions.some((m) => compiled.proposers.get(m.demand)?.has(p)))
      )
    )
      return;
    if ((this.facts.question && this.facts.asking) || this.facts.yesNoQuestionEnd >= 0) return;
    if (
      holdsTrigger(tokens, LETTING_GO_WORD) &&
      holdsTrigger(tokens, LET_GO_OBJECT_WORD) &&
      tokens.some(
        (t) =>
          (LETTING_GO.test(t.lower) ||
            (t.lower === 'go' && /^(?:let|lets|letting)$/.test(tokens[t.i - 1]?.lower ?? ''))) &&
          tokens.slice(t.i + 1, t.i + 5).some((u) => LET_GO_OBJECT.test(u.lower)),
      )
    )
      return;
    for (const m of mentions) {
      // (Its own words or its opposite's, not a summary word like "security guarantees".)
      if (m.kind !== 'phrase' && m.kind !== 'frame') continue;
      // (Tied to its demand only by the party it is put to acting on it: that party's act, not the proposer's.)
      if (m.byAddressee || m.heldByProposer) continue;
      // ("NATO won't compromise core principles in response to Putin's demands": a weak opposite named
      // bare after another party, or said by one, is that side's word; the proposer named beside it states
      // nothing by it.)
      if (m.weakOpposite && this.otherPartyBefore(m)) continue;
      // ("Kurti said he would postpone the fines for Serbian plates": put off — deferred-demand.ts.)
      if (deferredBefore(tokens, m)) continue;
      // (Arms control is mutual: a party named with it is a partner to the talks, not their proposer.)
      if (mutualTopic(m, this.compiled)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      const ci = clauseOf(spans, m.first);
      if (ci < 0) continue;
      const clause = spans[ci] as [number, number];
      if (this.talkedAboutOrSetAside(m) || notTalkedOfAfter(tokens, m)) continue;
      // ("its belief that it can ride out US sanctions", "Tehran says it can weather them": the proposer
      // bearing what its demand would remove, no call for it.)
      if (enduredBefore(tokens, m, this.actors)) continue;
      // ("rejects the West's attempts to carve out spheres of influence in Central Asia": another's sphere
      // elsewhere, not the proposer's demand — others-sphere.ts.)
      if (othersSphere(tokens, m, this.actors, proposers, compiled)) continue;
      // ("the way it verifies Iran's safeguards obligations": what the proposer owes, in the words opposite
      // its demand and owned by it, is its duty, no grievance of its own.)
      if (m.direction === -1 && this.proposersOwnDuty(m, proposers)) continue;
      // ("Moscow had no right to instruct the allies on how to behave": told what it may not do, no demand.)
      if (m.direction === -1 && orderingDeniedToProposer(tokens, this.actors, proposers, m)) continue;
      // ("Tehran has not said whether it still insists on …": a question left open.)
      if (inLeftOpenQuestion(tokens, m.first)) continue;
      // ("… looks improbable while American troops pull out fast": an event under way, no one's demand.)
      if (eventUnderWay(m, tokens, this.actors)) continue;
      // ("The DUP's tests do not call for the court to be removed": not asked for there.)
      if (deniedCueBefore(tokens, this.cues, m)) continue;
      // "Lavrov noted that the countries that joined NATO after 1997 …": when they joined is history.
      if (accessionHistory(tokens, m, mentions, this.cues)) continue;
      // "Among the texts Moscow published, the alliance will not give up its open door": the opposite held
      // by a party refusing the demand in its own cue is that party's word; the proposer, named only in
      // the opening that sources it, does not hold it as a grievance.
      // (So does a headline's label naming its source: "Lavrov: Blinken restated the US stance on …".)
      const label = speakers.find((a) => a.first <= 1 && tokens[a.last + 1]?.text === ':');
      const openingEnd = label ? label.last + 1 : sourcingOpeningEnd(tokens);
      if (
        openingEnd > 0 &&
        m.first > openingEnd &&
        m.direction === -1 &&
        findings.some((f) => f.mention === m && f.stance === 'rejects' && !proposers.has(f.party)) &&
        !speakers.some((a) => a.first > openingEnd && a.parties.some((p) => proposers.has(p)))
      )
        continue;
      // "We will not renegotiate the protocol," Sunak said: a proposer refusing to do what its own demand
      // asks, with no other party before it or speaking to be the one refusing, is no grievance of its own.
      if (
        ((m.direction === -1 && tokens.slice(m.first, m.last + 1).some((t) => NEGATION_WORD.test(t.lower))) ||
          (m.direction === 1 && negatedJustBefore(tokens, m))) &&
        !this.otherPartyBefore(m)
      )
        continue;
      // A bare subject ("troops", "expanded") is the demand's only where another party is named with it
      // in the clause ("NATO's presence"): "Russia said troops would leave Belarus" is about its own.
      const bare = m.kind === 'frame' && !m.match.includes(' + ');
      // ("the alliance expanded its exercises": expanding something else.)
      if (
        bare &&
        /^expand/i.test(m.match) &&
        /^(?:its|their|the|his|her)$/.test(tokens[m.last + 1]?.lower ?? '')
      )
        continue;
      if (
        bare &&
        !this.actors.some(
          (a) =>
            a.parties.length > 0 &&
            !a.parties.some((p) => proposers.has(p)) &&
            a.first >= clause[0] &&
            // (Not one in a clause before ", and" that opens the demand's own: "Russia wants NATO to pull
            // back troops, and missiles were not discussed".)
            !(a.last < m.first && clauseJoinedBetween(tokens, a.last, m)) &&
            // (Before it, or its owner after it: not "troops would leave Belarus".)
            (a.last < m.first ||
              (a.first > m.last &&
                a.first <= m.last + 3 &&
                /^(?:of|by|from)$/.test(tokens[m.last + 1]?.lower ?? ''))),
        )
      )
        continue;
      // The proposer speaking, with a denial of its own in the sentence, left it undecided on purpose:
      // "Peskov said the missiles in Romania, which do not threaten anyone, were not on the agenda".
      const ownCue = this.cues.some((c) => !c.owner && c.negated);
      // ("The White House is studying the Taliban's proposal for a ceasefire": the one weighing it is no proposer.)
      const weighing = weighedProposalVerb(tokens, m, this.actors);
      for (const party of proposers) {
        if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
        // ("Netanyahu rejected a full withdrawal and a hostage release": refused, not put forward.)
        if (this.refusedAsOwn(party, m)) continue;
        if (ownCue && speaker?.kind === 'party' && speaker.parties.includes(party)) continue;
        // ("The Taliban refused to recognise the government in Kabul": the proposer named inside the
        // demand's own words is what they act on, not their holder — refused-opposites.ts.)
        const namings = speakers.filter((a) => a.parties.includes(party));
        // ("…, a principle Moscow has never disputed": it grants what the words say — accepted-principle.ts.)
        if (namings.length && namings.every((a) => acceptedPrinciple(tokens, a, m))) continue;
        const speaking =
          weighing < 0 &&
          speaker?.kind === 'party' &&
          speaker.parties.includes(party) &&
          // (A speaker named where no holder could be: "…, as Moscow has claimed".)
          !namings.some(
            (a) => a.text === speaker.matched && !this.holdsAsNamed(a, party, weighing, m, proposers),
          )
            ? speaker.matched
            : null;
        // (One naming of it acting on its own or relenting speaks for the sentence: "Lavrov said Russia
        // could accept some NATO presence" is not Lavrov holding the demand.)
        // (Not a naming before a clause of its own where a coordinated subject holds it: "Erdoğan flew
        // to Sochi while Türkiye and the UN try to revive the deal" — the flight is no relenting.)
        if (
          namings.some(
            (a) =>
              !setApartFromCoordinated(
                tokens,
                a,
                namings,
                m,
                speakers,
                (b) => b.first >= clause[0] && this.holdsAsNamed(b, party, weighing, m, proposers),
              ) &&
              (this.actsOnItsOwn(a) || this.readyForTheOpposite(a, m)),
          )
        )
          continue;
        const named =
          namings.find((a) => this.holdsAsNamed(a, party, weighing, m, proposers))?.text ?? speaking;
        if (!named) continue;
        this.proposerSupports(party, m, 'named-proposer', named);
      }
    }
  }

  /**
   * Whether the naming `a` of `party` holds the demand `m` (namedProposer): not before the verb weighing
   * the proposal (at `weighing`), nor inside the demand's own words ("The Taliban refused to recognise
   * the government in Kabul"). (A method, not a closure: keepNames names each closure made.)
   */
  private holdsAsNamed(
    a: ActorMention,
    party: string,
    weighing: number,
    m: DemandMention,
    proposers: ReadonlySet<string>,
  ): boolean {
    return (
      a.parties.includes(party) &&
      !(weighing >= 0 && a.last < weighing) &&
      !namedInsideWords(a, m) &&
      // ("a ceasefire, something Khalilzad has been pressing for, or …": the demand before it, stranded-object.ts.)
      !namedInGapClause(this.tokens, this.cues, a, m) &&
      // ("Though the Taliban have ruled out a ceasefire, Ghani says …": fronted-concession.ts.)
      !acrossFrontedConcession(this.tokens, a, m) &&
      !namesAgainAfter(this.tokens, this.actors, m, a) &&
      // ("Russia wants …, but Washington said the alliance would not pull its forces back": the
      // other party's own clause — other-party-clause.ts.)
      !otherPartysClauseBetween(this.tokens, this.actors, a, m, proposers) &&
      // ("Russia says NATO is not going to return to …": the other side's refusal told — reported-refusal.ts.)
      !reportsOthersRefusal(this.tokens, this.actors, this.findings, a, m, proposers) &&
      this.proposerHolds(a, m)
    );
  }

  /**
   * "Iran's safeguards obligations", "the declarations Iran made under its safeguards agreement": words
   * opposite the demand that name a duty the proposer owes, owned by it (its name's possessive, or "its"
   * with the proposer the party named last before).
   */
  proposersOwnDuty(m: DemandMention, proposers: ReadonlySet<string>): boolean {
    const { tokens, actors } = this;
    const head = tokens[m.last]?.lower ?? '';
    if (
      !/^(?:obligations?|commitments?|duties|duty|undertakings?)$/.test(head) &&
      !(head === 'agreement' && m.last > m.first)
    )
      return false;
    if (/^['’]s?$/.test(tokens[m.first - 1]?.text ?? ''))
      return actors.some((a) => a.last === m.first - 2 && a.parties.some((p) => proposers.has(p)));
    if (!/^(?:its|their)$/.test(tokens[m.first - 1]?.lower ?? '')) return false;
    let nearest: ActorMention | undefined;
    for (const a of actors)
      if (a.last < m.first - 1 && a.kind !== 'adjective' && a.parties.length > 0) nearest = a;
    return !!nearest && nearest.parties.every((p) => proposers.has(p));
  }

  /** "Netanyahu rejected … a hostage release": the proposer's refusal verb has the demand as its object. */
  refusedAsOwn(party: string, m: DemandMention): boolean {
    return proposersRefusingOwn(
      this.tokens,
      this.actors,
      this.mentions,
      this.cues,
      this.compiled.proposers.get(m.demand),
      m,
    ).includes(party);
  }

  /** The proposer wanting what it proposed: support, reported, the demand's own words as the cue. */
  proposerSupports(party: string, m: DemandMention, kind: AttributionKind, matched: string): void {
    const { spans, input } = this;
    // ("We will not rewrite the protocol," the minister said: its own demand, refused by no one else.)
    if (m.direction === 1 && negatedJustBefore(this.tokens, m) && !this.otherPartyBefore(m)) return;
    // ("The Kremlin cannot be allowed to decide whether Ukraine joins": a say denied it, denied-say.ts.)
    if (deniedSayBefore(this.tokens, m)) return;
    // ("Moscow refused to negotiate a moratorium on missiles": talks on its words refused, refused-talks.ts.)
    if (proposerRefusingTalks(this.tokens, input.cues, m, this.actors, this.compiled.proposers.get(m.demand)))
      return;
    const cue = demandAsCue(input, m);
    // ("Soviet troops withdrew from Poland in 1993, the ministry noted": a dated past event, background.)
    const { tokens } = this;
    const sentence = { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 };
    if (datedPastEvent(tokens, m, input.published, sentence)) return;
    this.findings.push({
      party,
      demand: m.demand,
      stance: 'supports',
      cue: cue.text,
      negated: false,
      attribution: { kind, matched, role: null, speaker: this.speakerName(party) },
      voice: 'reported',
      modality: this.modality(spans[clauseOf(spans, m.first)] ?? [0, 0], cue),
      demandMatch: m.match,
      mention: m,
    });
  }

  /**
   * Whether a party that did not propose the demand is named before it in its clause, or speaks the
   * sentence: the one refusing it ("Moscow has no say over who joins," the secretary general said).
   */
  otherPartyBefore(m: DemandMention): boolean {
    const proposers = this.compiled.proposers.get(m.demand) ?? new Set<string>();
    const clause = this.spans[clauseOf(this.spans, m.first)] ?? [0, 0];
    const { speaker } = this;
    if (speaker?.kind === 'party' && !speaker.parties.some((p) => proposers.has(p))) return true;
    return this.actors.some(
      (a) =>
        a.kind !== 'adjective' &&
        a.parties.length > 0 &&
        !a.parties.some((p) => proposers.has(p)) &&
        a.first >= clause[0] &&
        a.last < m.first,
    );
  }

  /**
   * "the talks on NATO expansion ran for eight hours", "ready to talk about missiles", "talks only on
   * secondary issues such as missiles": a topic others talk about; "Russia's build-up, not the
   * expansion of NATO": the cause set aside. Neither is anyone's demand.
   */
  talkedAboutOrSetAside(m: DemandMention): boolean {
    const { tokens } = this;
    let before = m.first - 1;
    while (
      before >= 0 &&
      (/^(?:the|a|an|its|their|['’]s?)$/.test(tokens[before]?.lower ?? '') ||
        this.actors.some((a) => before >= a.first && before <= a.last))
    )
      before--;
    if (TOPIC_PREPOSITION.test(tokens[before]?.lower ?? '') && TALKS.test(tokens[before - 1]?.lower ?? ''))
      return true;
    // ("the deadlock over North Korea's denuclearization", "differences over …": what the sides are stuck
    // on, no one's demand; "negotiations meant to get the North to abandon …": the talks' purpose.)
    if (TOPIC_PREPOSITION.test(tokens[before]?.lower ?? '') && DEADLOCK.test(tokens[before - 1]?.lower ?? ''))
      return true;
    if (talksPurposeBefore(tokens, m.first)) return true;
    const lead = tokens.slice(Math.max(0, m.first - 6), m.first);
    return (
      lead.some(
        (t, k) =>
          (/^(?:talk|talks|talked|talking|discuss|discussed|discussing|dialogue|negotiate|negotiations)$/.test(
            t.lower,
          ) &&
            lead.slice(k + 1).some((u) => TOPIC_PREPOSITION.test(u.lower))) ||
          (t.lower === 'such' && lead[k + 1]?.lower === 'as'),
      ) ||
      (tokens[before]?.lower === 'not' && tokens[before - 1]?.text === ',') ||
      (tokens[m.first]?.lower === 'not' && tokens[m.first - 1]?.text === ',')
    );
  }

  /**
   * "…a list of eight demands, pressing Washington to pledge that NATO would stop enlarging", "the
   * drafts contained … limits on where missiles could be placed": the demand stated as such (its own
   * words or a restriction of its subject: not its opposite, not a topic) in a sentence that names its
   * proposer or is said by it, which no rule above read. The proposer wants what it proposed: support,
   * reported, the weakest kind — and only where nothing in the sentence speaks otherwise (a question, a
   * guess, a denial, talks, the cause set aside, the proposer given something or acting on its own).
   */
  proposerWithStatedDemand(): void {
    const { tokens, mentions, findings, compiled, speakers, speaker, input } = this;
    if (this.facts.question || this.facts.yesNoQuestionEnd >= 0 || this.facts.speculationAt >= 0) return;
    if (this.cues.some((c) => c.negated || c.attitude === 'open')) return;
    for (const m of mentions) {
      if (
        m.direction !== 1 ||
        (m.kind !== 'phrase' && m.kind !== 'frame') ||
        m.byAddressee ||
        m.heldByProposer
      )
        continue;
      // (Arms control is mutual: a party named with it is a partner to the talks, not their proposer.)
      if (mutualTopic(m, this.compiled) || this.talkedAboutOrSetAside(m) || notTalkedOfAfter(tokens, m))
        continue;
      if (inLeftOpenQuestion(tokens, m.first)) continue;
      // ("… looks improbable while American troops pull out fast": an event under way, no one's demand.)
      if (eventUnderWay(m, tokens, this.actors)) continue;
      // ("Kurti said he would postpone the fines for Serbian plates": put off — deferred-demand.ts.)
      if (deferredBefore(tokens, m)) continue;
      // ("the countries that joined NATO after 1997 have since …": when they joined is history.)
      if (accessionHistory(tokens, m, mentions, this.cues)) continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      // (Nor another's sphere elsewhere, as in namedProposer.)
      if (othersSphere(tokens, m, this.actors, proposers, compiled)) continue;
      // ("The White House is studying the Taliban's proposal for a ceasefire": the one weighing it is no proposer.)
      const weighing = weighedProposalVerb(tokens, m, this.actors);
      for (const party of proposers) {
        if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
        if (this.refusedAsOwn(party, m)) continue;
        const namings = speakers.filter((a) => a.parties.includes(party));
        if (weighing >= 0 && !namings.some((a) => a.first > weighing)) continue;
        const speaking = speaker?.kind === 'party' && speaker.parties.includes(party);
        const listed = !!input.itemOf?.includes(party) && !namings.length;
        if (!namings.length && !speaking && !listed) continue;
        // ("Moscow demands …, while Washington insists it will never pull its troops out": the other
        // party's own clause — other-party-clause.ts.)
        if (
          namings.length &&
          namings.every(
            (a) =>
              otherPartysClauseBetween(tokens, this.actors, a, m, proposers) ||
              reportsOthersRefusal(tokens, this.actors, findings, a, m, proposers),
          )
        )
          continue;
        // (Not "refused to give Russia any guarantee that …": the one given something holds nothing.)
        // (Nor one merely named: asked to act, described apart, or a modifier of another noun, "while the
        // US threat remains".)
        if (
          namings.some(
            (a) =>
              givenSomething(tokens, a) ||
              this.leftOut(a) ||
              // ("Moscow has no say over whether the bank is reconnected": its say denied, no word of its own.)
              this.sayDenied(a, m) ||
              deniedPowerHolder(tokens, a, m) ||
              (this.actsOnItsOwn(a) &&
                // (Not one acting before a clause of its own where it is one of a coordinated subject:
                // "Erdoğan met Putin while Türkiye and the UN try to revive the deal".)
                !setApartFromCoordinated(tokens, a, namings, m, speakers, (b) => !this.actsOnItsOwn(b))) ||
              this.askedToAct(a) ||
              this.describedApart(a, m) ||
              // (Nor one holding another demand in a clause pointing back at it: "a ceasefire, something
              // Khalilzad has been pressing for, or …", stranded-object.ts.)
              namedInGapClause(tokens, this.cues, a, m) ||
              // (Nor one on the other side of a fronted concession's comma, fronted-concession.ts.)
              acrossFrontedConcession(tokens, a, m) ||
              // (Nor the party the words end on, named again after them: "talks with Kabul (the Afghan
              // government)", named-again.ts.)
              namesAgainAfter(tokens, this.actors, m, a) ||
              MODIFIED.test(tokens[a.last + 1]?.lower ?? ''),
          )
        )
          continue;
        // (Nor one named only where nothing is held: the target of the demand's words, "easing sanctions
        // on Pyongyang"; a place or partner after a preposition, "trust in the United States"; the one a
        // condition is about, "remove sanctions only if the North disarms"; the one accused, "accused
        // Washington of trying to disarm it".)
        // (Nor one the demand's words are for: "lobbied against sanctions relief for Iran".)
        if (
          !speaking &&
          !listed &&
          !namings.some(
            (a) =>
              !this.onlyTalkedOf(a) &&
              !namedAsBeneficiary(tokens, a, m) &&
              // (Nor one named only as the one to be destroyed: Hamas's "military capabilities" must be
              // "destroyed" before Israel ends its offensive.)
              !this.destroyedOrLabelled(a),
          )
        )
          continue;
        this.proposerSupports(
          party,
          m,
          listed ? 'possessor' : 'named-proposer',
          (namings.find((a) => !this.actsOnItsOwn(a)) ?? namings[0])?.text ??
            (speaker?.kind === 'party' ? speaker.matched : listed ? 'its list' : party),
        );
      }
    }
  }

  /**
   * "…only if the North disarms", "accused Washington of …", "sanctions on Pyongyang": the one a
   * condition is about, the one accused or blamed, or one named after a preposition that names no
   * holder, is talked of, not the holder of anything named with it.
   */
  onlyTalkedOf(a: ActorMention): boolean {
    const { tokens } = this;
    let p = a.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
    if (/^(?:accus|blam|charg|condemn|critici)/.test(tokens[p]?.lower ?? '')) return true;
    // (The target or place after a preposition: "sanctions on Pyongyang", "trust in the United States";
    // not "aimed at Moscow", the one threatened, "for Moscow this is an imperative", its view, nor an
    // agent, "set out by Ryabkov".)
    if (!this.namesHolder(a)) {
      for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--)
        if (PREPOSITIONS.has(tokens[k]?.lower ?? '')) return !/^(?:at|for|by)$/.test(tokens[k]?.lower ?? '');
    }
    return /^(?:if|unless|until|once)$/.test(tokens[p]?.lower ?? '');
  }

  /**
   * "Who joins is not something Moscow has a say in": the party whose say is denied by the one speaking
   * is talked about, not the holder of the demand's words beside it ("joins"). (Not "Moscow wants a say".)
   */
  sayDenied(a: ActorMention, m: DemandMention): boolean {
    const { tokens } = this;
    let k = a.last + 1;
    let negated = tokens.slice(Math.max(0, a.first - 4), a.first).some((t) => NEGATION_WORD.test(t.lower));
    for (
      let n = 0;
      n < 3 && /^(?:does|do|did|will|would|should|not|n['’]t|doesn|don|didn)$/.test(tokens[k]?.lower ?? '');
      n++, k++
    )
      if (NEGATION_WORD.test(tokens[k]?.lower ?? '')) negated = true;
    if (!/^(?:has|have|had|gets?|got)$/.test(tokens[k]?.lower ?? '')) return false;
    const det = tokens[k + 1]?.lower ?? '';
    if (!/^(?:no|a|any)$/.test(det) || tokens[k + 2]?.lower !== 'say') return false;
    // (The denial as the demand's own opposite words, "Moscow has no say", is read as such elsewhere.)
    if (m.first <= k + 2 && m.last >= k) return false;
    return negated || det === 'no';
  }

  /**
   * A headline's passive "Kremlin told the alliance will keep admitting members": the party before
   * "told" is the one told, when what follows "told" is a clause with its own subject and verb.
   */
  toldInHeadline(a: ActorMention): boolean {
    const { tokens } = this;
    if (tokens[a.last + 1]?.lower !== 'told') return false;
    let k = a.last + 2;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k++;
    const object = this.actors.find((b) => b.first === k);
    const end = object ? object.last + 1 : tokens[k]?.word && !tokens[k]?.capital ? k + 1 : -1;
    return (
      end > 0 &&
      /^(?:will|would|must|should|can|could|may|is|are|was|were|has|have)$/.test(tokens[end]?.lower ?? '')
    );
  }

  /** "Washington and Moscow", "U.S.-Russia", "Moscow and Washington": one of two sides named together. */
  pairedWithAnother(a: ActorMention): boolean {
    const { tokens, actors } = this;
    const next = tokens[a.last + 2]?.lower === 'the' ? a.last + 3 : a.last + 2;
    if (
      PAIR_JOINER.test(tokens[a.last + 1]?.lower ?? '') &&
      otherSide(
        a,
        actors.find((b) => b.first === next),
      )
    )
      return true;
    // (Past an article: "Iran and the United States".)
    const before = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
    return (
      PAIR_JOINER.test(tokens[before]?.lower ?? '') &&
      otherSide(
        a,
        actors.find((b) => b.last === before - 1),
      )
    );
  }

  /**
   * A name that can hold a position: not in a prepositional phrase, other than a "by", "from" or "of"
   * one, a possessor, or the one a threat is to.
   */
  namesHolder(a: ActorMention): boolean {
    const { tokens } = this;
    if (!this.inPrepositionalPhrase(a)) return true;
    // ("pushing back against Trump's protectionism", "protests against Kurti's policies": the one opposed,
    // whatever of its own is named.)
    const before = tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1;
    if (
      tokens[before]?.lower === 'against' &&
      !/^(?:threats?|danger|dangers|risks?)$/.test(tokens[before - 1]?.lower ?? '')
    )
      return false;
    // "concessions on Moscow's main points": a possessor holds what it owns.
    if (/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) return true;
    for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
      const word = tokens[k]?.lower ?? '';
      if (!PREPOSITIONS.has(word)) continue;
      const head = tokens[k - 1]?.lower ?? '';
      // "… weapons that are a threat to Russia": the one threatened.
      if ((word === 'to' || word === 'against') && /^(?:threats?|danger|dangers|risks?)$/.test(head))
        // (Not a denied one: "… are no danger to Russia".)
        return !tokens.slice(Math.max(0, k - 4), k).some((t) => /^(?:no|not|never|cannot)$/.test(t.lower));
      // "the concerns of Moscow", "demands from the Kremlin", "guarantees sought by Moscow" — not "a
      // threat from Russia", "triggered by Russia", "the borders of Russia".
      if (word === 'of' || word === 'from') return DEMAND_HEAD.test(head);
      if (word === 'by') return DEMANDED_BY.test(head);
      return false;
    }
    return false;
  }

  /** "was cheated", "felt “deceived”": the passive of a wrong done to the subject. */
  wronged(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && this.tokens[k]?.transparent) k--;
    return /^(?:was|were|been|being|is|are|felt|feels|get|got)$/.test(this.tokens[k]?.lower ?? '');
  }

  /**
   * The proposer named as the subject of something of its own: a verb that is neither saying,
   * thinking, wanting nor grieving, or relenting ("Moscow gave up on …", "Russia no longer presses").
   */
  /** "…, Russia included.", "Everybody, Moscow included, knows …": a party set off in a list, no verb of its own. */
  setOffInList(a: ActorMention): boolean {
    const { tokens } = this;
    return (
      /^(?:included|excluded|excepted)$/.test(tokens[a.last + 1]?.lower ?? '') && !tokens[a.last + 2]?.word
    );
  }

  actsOnItsOwn(a: ActorMention): boolean {
    const { tokens } = this;
    // (Its own clause only: not "Russia's demands went unanswered: that NATO give up enlarging".)
    const other = this.actors.find((b) => b.first > a.last && !b.parties.some((p) => a.parties.includes(p)));
    const next = tokens[
      Math.min(tokens.length - 1, a.last + 12, other ? other.first - 1 : Infinity)
    ] as Token;
    const rest = this.input.text.slice((tokens[a.last] as Token).end, next.end);
    if (RELENTING.test(rest.split(/[:;]/)[0] as string)) return true;
    // ("the Russian side returned to the themes of …", "Moscow came back to the question of …": raising it.)
    if (RAISING_AGAIN.test(rest)) return false;
    if (this.setOffInList(a)) return false;
    // ("Moscow has yet to react", "Russia was silent as …".)
    if (
      tokens
        .slice(a.last + 1, a.last + 5)
        .some((t, k, all) => t.lower === 'silent' || (t.lower === 'yet' && all[k + 1]?.lower === 'to'))
    )
      return true;
    // The subject of a verb of its own that is neither saying, thinking, wanting nor grieving: "… the
    // day Russia began naval drills", "as Russia kept up its pressure", "Russia vetoed a resolution".
    let v = a.last + 1;
    let modal = false;
    while (AUX_OR_ADVERB.test(tokens[v]?.lower ?? '')) {
      if (MODAL.test(tokens[v]?.lower ?? '')) modal = true;
      v++;
    }
    const verb = tokens[v];
    if (verb?.word) {
      const w = verb.lower;
      const before = tokens[v - 1]?.lower ?? '';
      const passive = /^(?:was|were|been|being|is|are)$/.test(before) && !/ing$/.test(w);
      // "sent", "vetoes", "could accept", "was moving" (not "Russia's", "as", "forces").
      const finite =
        ((/(?:ed|[^s']s)$/.test(w) && !NOT_A_VERB.test(w) && !PREPOSITIONS.has(w)) ||
          IRREGULAR_PAST.test(w) ||
          (modal && /^[a-z]+$/.test(w) && !NOT_A_VERB.test(w)) ||
          (/^(?:was|were|is|are)$/.test(before) && /ing$/.test(w))) &&
        !SUBORDINATE.test(w);
      // ("… has long held that the sanctions stay until …": a view held, as "maintained" is.)
      const heldView =
        /^(?:held|holds)$/.test(w) &&
        tokens[v + 1]?.lower === 'that' &&
        /^(?:the|a|an|it|its|they|he|she|we|there|all|every|any|no)$/.test(tokens[v + 2]?.lower ?? '');
      if (finite && !passive && !SPEECH.has(w) && !HOLDING_VERB.test(w) && !heldView) return true;
      // ("Russia responded with new exercises", "Moscow recalled its envoy": acts, not statements.)
      if (
        /^(?:responded|responds|reacted|reacts|countered|counters|recalled|recalls)$/.test(w) &&
        /^(?:with|by|its|his|her|their|the|a)$/.test(tokens[v + 1]?.lower ?? '')
      )
        return true;
      // ("Russia was told that …": the one told.)
      if (passive && OBJECT_OF.test(w)) return true;
    }
    return false;
  }

  /** Hamas's "military capabilities", "Russia's troops": a possessor named with a thing of its own, not a demand. */
  ownsThingNamed(a: ActorMention): boolean {
    const { tokens } = this;
    if (!/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) return false;
    let n = a.last + 2;
    while (/^["“”‘’']$/.test(tokens[n]?.text ?? '')) n++;
    return PROPOSER_OWN.test(tokens[n]?.lower ?? '');
  }

  /**
   * "… until the movement Hamas has been eliminated", "Hamas must be destroyed": the one a war is to
   * destroy, the subject of that passive, holds nothing; nor does one named in the label another gives
   * something, "the corridor, which he called Hamas's oxygen line".
   */
  destroyedOrLabelled(a: ActorMention): boolean {
    const { tokens } = this;
    let v = a.last + 1;
    // (Or a thing of its own: Hamas's "military and governing capabilities" must be "destroyed".)
    if (/^['’]s?$/.test(tokens[v]?.text ?? ''))
      for (let n = v + 1; n <= v + 8 && (tokens[n]?.word || /^["“”‘’']$/.test(tokens[n]?.text ?? '')); n++)
        if (
          /^(?:has|have|had|is|are|was|were|must|will|would|should|can|could)$/.test(tokens[n]?.lower ?? '')
        ) {
          v = n;
          break;
        }
    while (
      /^(?:has|have|had|is|are|was|were|be|been|being|must|will|would|should|can|could|to|not|first|fully)$/.test(
        tokens[v]?.lower ?? '',
      )
    )
      v++;
    let d = v;
    while (/^["“”‘’']$/.test(tokens[d]?.text ?? '')) d++;
    if (
      v > a.last + 1 &&
      /^(?:be|been|being|is|are|was|were)$/.test(tokens[v - 1]?.lower ?? '') &&
      DESTROYED.test(tokens[d]?.lower ?? '')
    )
      return true;
    let k = a.first - 1;
    while (k >= 0 && /^(?:the|a|an|["“”‘’'])$/.test(tokens[k]?.lower ?? '')) k--;
    const naming = tokens[k]?.lower ?? '';
    const asAt = naming === 'as' ? k - 1 : k;
    if (
      !/^(?:called|calls|call|dubbed|dubs|termed|terms|labelled|labeled|branded|brands|described|describes)$/.test(
        tokens[asAt]?.lower ?? '',
      )
    )
      return false;
    if (naming !== 'as' && /^describ/.test(tokens[asAt]?.lower ?? '')) return false;
    // (Named by another: "which he called …", "what Israel calls …" — not "Hamas called for …".)
    const namer = tokens[asAt - 1]?.lower ?? '';
    return (
      /^(?:he|she|they|it|i|we)$/.test(namer) ||
      this.actors.some((b) => b.last === asAt - 1 && !b.parties.some((p) => a.parties.includes(p)))
    );
  }

  /**
   * The proposer's name holds the demand named with it, rather than being the object, target, cause,
   * place or a side in something else ("to deter Russia", "when Russia seized Crimea", "Russia's
   * borders", "Russia sent more troops", "Russia broke the treaty").
   */
  /**
   * "a gathering of Afghan figures but no officials of the government in Kabul", "talks without Kyiv":
   * a party named as left out holds nothing the sentence names.
   */
  leftOut(a: ActorMention): boolean {
    const { tokens } = this;
    let p = a.first - 1;
    if (/^(?:the|a|an|any)$/.test(tokens[p]?.lower ?? '')) p--;
    return LEFT_OUT.test(tokens[p]?.lower ?? '');
  }

  proposerHolds(a: ActorMention, m: DemandMention): boolean {
    const { tokens } = this;
    if (this.pairedWithAnother(a) || this.setOffInList(a) || this.leftOut(a)) return false;
    // "… what Russia's troop build-up means for security; Ukraine hopes to become a member": a
    // semicolon parts two statements; a party named in one holds nothing in the other. (Not the
    // items of a list opened by a colon: "Putin listed his conditions: …; …".)
    const [lo, hi] = a.last < m.first ? [a.last, m.first] : [m.last, a.first];
    const between = tokens.slice(lo + 1, hi);
    if (between.some((t) => t.text === ';') && !between.some((t) => t.text === ':')) return false;
    // ("… at Yerevan's request, after a series of incursions left …": a bare subject of a past verb in an
    // "after" clause following the proposer's name tells what happened then, not what the proposer holds.)
    if (
      a.last < m.first &&
      m.kind === 'frame' &&
      !m.match.includes(' + ') &&
      between.some((t) => t.lower === 'after') &&
      /^(?:[a-z]+ed|left|came|took|began|went|made|saw|kept|brought|drove|forced)$/.test(
        tokens[m.last + 1]?.lower ?? '',
      )
    )
      return false;
    // Someone else's guess about it: "Experts doubt that Russia really fears …".
    const guessed = this.facts.speculationAt;
    if (guessed >= 0 && guessed < a.first) return false;
    if (this.actsOnItsOwn(a)) return false;
    if (this.sayDenied(a, m) || this.toldInHeadline(a) || this.askedToAct(a)) return false;
    // ("Stoltenberg said Moscow has no veto over …": the one denied the power — denied-power-holder.ts.)
    if (deniedPowerHolder(tokens, a, m)) return false;
    if (this.describedApart(a, m)) return false;
    // A modifier of another noun: "a Russia hawk", "Moscow-based analysts", "Russia Today".
    if (/^[-–]$/.test(tokens[a.last + 1]?.text ?? '') || MODIFIED.test(tokens[a.last + 1]?.lower ?? ''))
      return false;
    // "NATO rejected the Kremlin's demands and decided to send troops": a new verb after "and"
    // starts another statement, by another subject.
    if (
      m.first > a.last &&
      tokens
        .slice(a.last + 1, m.first)
        .some((t) => t.lower === 'and' && NEW_PREDICATE.test(tokens[t.i + 1]?.lower ?? ''))
    )
      return false;
    // An aim owned: "condemn Russia's efforts to limit …", "the security needs of Putin".
    const possessive = /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '');
    if (possessive && AIM.test(tokens[a.last + 2]?.lower ?? '')) return true;
    // "the worry of Russian President Putin that American missiles could end up in Ukraine".
    const ofAt = tokens[a.first - 1]?.lower === 'of' ? a.first - 1 : -1;
    if (ofAt > 0 && WORRY_NOUN.test(tokens[ofAt - 1]?.lower ?? '') && tokens[a.last + 1]?.lower === 'that')
      return true;
    if (!this.namesHolder(a)) return false;
    if (this.destroyedOrLabelled(a)) return false;
    let p = a.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[p]?.lower ?? '')) p--;
    // An object: "sent Moscow a letter", "to deter Russia", "accusing Russia of …", "met Putin" — but
    // the target of weapons is the one threatened ("missiles would reach Moscow in minutes").
    const object = tokens[p]?.lower ?? '';
    const targeted =
      /^reach/.test(object) && tokens.slice(Math.max(0, p - 5), p).some((t) => WEAPONRY.test(t.lower));
    if ((OBJECT_OF.test(object) && !targeted) || /^(?:accus|blam|charg|condemn|critici)/.test(object))
      return false;
    // The one a condition or a time clause is about: "if Russia invades", "when Russia seized Crimea",
    // "were Russia to attack"; or a comment clause: "…, as Moscow has (long) claimed."
    for (let k = a.first - 1; k >= Math.max(0, a.first - 3); k--) {
      const w = tokens[k]?.lower ?? '';
      if (w === 'as') {
        // (An "as" clause after the demand's words is another statement: "…curbing missile
        // deployments, as Moscow has asked them to explain their drills".)
        const end = tokens.slice(a.last + 1, a.last + 5).findIndex((t) => !t.word);
        if (end >= 0 || a.last + 4 >= tokens.length || m.last < k) return false;
        continue;
      }
      if (SUBORDINATE.test(w) || (k === 0 && /^(?:were|had)$/.test(w))) return false;
      if (w === 'case' && tokens[k - 1]?.lower === 'in') return false;
    }
    // A place or its own act: "Russia's borders", "Russia's build-up", "Russia's own missiles".
    if (/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')) {
      if (this.ownsThingNamed(a)) return false;
      let n = a.last + 2;
      while (
        /^(?:western|eastern|southern|northern|own|recent|massive|military|troop|continued)$/.test(
          tokens[n]?.lower ?? '',
        )
      )
        n++;
      if (PROPOSER_OWN.test(tokens[n]?.lower ?? '') || tokens[a.last + 2]?.lower === 'own') return false;
    }
    // Its own act or conduct: "Russia will send more troops to Belarus", "Russia broke the treaty" (not
    // "Russia was cheated by …", where it is the one wronged).
    if (a.last < m.first) {
      const acts = tokens.slice(a.last + 1, Math.min(a.last + 5, m.first + 1));
      // ("Moscow accused NATO of breaking promises …": another's conduct, its grievance.)
      const accuses = acts.some((t) => /^(?:accus|blam|charg)/.test(t.lower));
      if (
        !accuses &&
        acts.some(
          (t) =>
            ACT_VERB.test(t.lower) || OWN_MOVES.test(t.lower) || (BROKEN.test(t.lower) && !this.wronged(t.i)),
        )
      )
        return false;
    }
    // (A comparison: "Russia has far more troops on its border than NATO has in the Baltics".)
    if (tokens.slice(a.last + 1, Math.max(a.first, m.last) + 6).some((t) => t.lower === 'than')) return false;
    return true;
  }
}

/**
 * "…, and missiles were not discussed": between `from` and the demand's words, a comma and a
 * coordinator open another clause whose subject the demand's words are (a finite verb follows them).
 */
function clauseJoinedBetween(tokens: readonly Token[], from: number, m: DemandMention): boolean {
  if (!opensOwnClause(tokens, m.last)) return false;
  for (let k = from + 1; k < m.first; k++)
    if (tokens[k]?.text === ',' && /^(?:and|but|yet|while|whereas)$/.test(tokens[k + 1]?.lower ?? ''))
      return true;
  return false;
}

/**
 * Whether `a` is one of two names joined as one subject ("Türkiye and the UN", "the UN as well as
 * Türkiye", "both Kyiv and Ankara").
 */
function coordinatedName(
  tokens: readonly Token[],
  a: ActorMention,
  speakers: readonly ActorMention[],
): boolean {
  const joinedAt = (k: number): number =>
    /^(?:and|&)$/.test(tokens[k]?.lower ?? '')
      ? 1
      : tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as'
        ? 3
        : 0;
  const n = joinedAt(a.last + 1);
  if (n > 0) {
    const k = a.last + 1 + n + (tokens[a.last + 1 + n]?.lower === 'the' ? 1 : 0);
    if (speakers.some((b) => b.first === k && b.parties.length > 0)) return true;
  }
  const open = a.first - (tokens[a.first - 1]?.lower === 'the' ? 1 : 0);
  for (const len of [1, 3]) {
    if (
      joinedAt(open - len) === len &&
      speakers.some((b) => b.last === open - len - 1 && b.parties.length > 0)
    )
      return true;
  }
  return false;
}

/**
 * Whether naming `a` of a party stands before a clause of its own ("while", "as", "when" …) in which
 * another naming of the same party, one of a coordinated subject before the demand's words, holds it
 * (`holds`): that clause, not what `a` does, says where the party stands on the demand.
 */
function setApartFromCoordinated(
  tokens: readonly Token[],
  a: ActorMention,
  namings: readonly ActorMention[],
  m: DemandMention,
  speakers: readonly ActorMention[],
  holds: (b: ActorMention) => boolean,
): boolean {
  return namings.some(
    (b) =>
      b !== a &&
      a.last < b.first &&
      b.last < m.first &&
      coordinatedName(tokens, b, speakers) &&
      tokens.slice(a.last + 1, b.first).some((t) => CLAUSE_OPENER.test(t.lower)) &&
      holds(b),
  );
}
