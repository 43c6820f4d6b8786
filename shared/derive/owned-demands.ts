/**
 * Demand nouns a party owns ("Russia's demands", "the proposals Moscow sent", "These include …" after a
 * party presented a list), and demand nouns with no owner written whose proposer the document named:
 * each becomes a cue of its owner's support (or of giving it up: "could drop its bid to join").
 */
import { deniedSignalBefore } from './denied-signal';
import type { ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import { makeCue, type Cue } from './cues';
import type { DemandMention } from './demand-mentions';
import { afterOpeningPhrase, afterPreposition, inNamingActor } from './document-voices';
import type { Speaker } from './speaker';
import type { Token } from './tokens';
import { addresseeOfDemand, DEMAND_NOUN_MODIFIERS, MODAL_ADVERB, UNDERTAKING_WORD } from './word-lists';
import { wordSet } from './word-set';
import { singularOwnerOfIts } from './pronoun-number';
import { ownerOfItsPastPerson } from './its-person';
import { itsOwnerAmbiguous } from './its-after-conditional-it';
import { mainSubjectPastFrontedClause } from './fronted-clause-owner';
/** The opening of a sentence naming the first item of a list just mentioned. */
const LIST_TOP =
  /^(?:(?:topping|heading|leading) the list|(?:at the )?top of the list|first on the list|high on the list) (?:is|are|was|were)\b/;

/**
 * Where a sentence opens on the items of a list the sentence before presented, as the words to cite:
 * "These include A, B and C", "Among them are …", "Chief among these is …", "Among the conditions it set
 * out was …", "Topping the list is …". Past a source or a short adverbial ("According to Sky News, …",
 * "In particular, …"). Null when it does not.
 */
export function listItemsOpening(
  tokens: readonly Token[],
  compiled: CompiledOntology,
): { first: number; last: number } | null {
  const opens = afterOpeningPhrase(tokens);
  if (
    /^(?:these|those|they)$/i.test(tokens[opens]?.text ?? '') &&
    /^(?:include|included|includes|comprise|comprised|comprises)$/.test(tokens[opens + 1]?.lower ?? '')
  )
    return { first: opens, last: opens + 1 };
  const among =
    tokens[opens]?.lower === 'among' ? opens : tokens[opens + 1]?.lower === 'among' ? opens + 1 : -1;
  if (
    among >= 0 &&
    /^(?:them|these|those)$/.test(tokens[among + 1]?.lower ?? '') &&
    /^(?:is|are|was|were)$/.test(tokens[among + 2]?.lower ?? '')
  )
    return { first: among, last: among + 2 };
  // ("Among the conditions it set out was …": the list's noun and a short relative clause, then the verb.)
  if (among >= 0 && tokens[among + 1]?.lower === 'the') {
    let verb = -1;
    for (let k = among + 2; k <= among + 7 && tokens[k]?.word; k++)
      if (/^(?:is|are|was|were)$/.test(tokens[k]?.lower ?? '')) {
        verb = k;
        break;
      }
    if (verb > 0 && compiled.carriers.find(tokens).some((c) => c.first > among && c.last < verb))
      return { first: among, last: verb };
  }
  const top = LIST_TOP.exec(
    tokens
      .slice(opens, opens + 8)
      .map((t) => t.lower)
      .join(' '),
  );
  return top ? { first: opens, last: opens + top[0].split(' ').length - 1 } : null;
}

const CARRIER_MODIFIERS = new Set([
  ...DEMAND_NOUN_MODIFIERS,
  // "Moscow's recent set of proposals"
  'set',
  'series',
  'list',
  'package',
  'of',
  'most',
  'long-standing',
  'repeated',
  'earlier',
  'several',
  'specific',
]);
/** Words that deny or question giving something up: "will not drop", "asked whether Kyiv would drop". */
const OFFER_NOUN = wordSet(/^(?:proposals?|ideas?|offers?|initiatives?|suggestions?)$/);
const GIVING_UP_DENIED = wordSet(
  /^(?:not|never|no|denied|denies|deny|refused|refuses|refuse|rejected|rejects|whether|if)$/,
);
export const RELINQUISHING = wordSet(
  /^(?:drop|drops|dropped|dropping|abandon|abandons|abandoned|abandoning|shelve|shelves|shelved|shelving|ditch|ditched|scrap|scrapped|renounce|renounced|relinquish|relinquished|forgo|forgoes|forgone|forsake|forsook|reverse|reverses|reversed|reversing|overturn|overturns|overturned|overturning|rescind|rescinds|rescinded|rescinding|revoke|revokes|revoked|revoking|retract|retracts|retracted|retracting)$/,
);
const INCLUDING = wordSet(/^(?:include|includes|included|including|comprise|comprises|comprised|are|were)$/);
const ASKING_NOUNS = wordSet(
  /^(?:demands?|requests?|calls?|proposals?|ultimatums?|insistence|conditions?|requirements?|initiatives?|drafts?|positions?|stance|principles?|polic(?:y|ies)|priorit(?:y|ies))$/,
);
const PRESENTING = wordSet(
  /^(?:sent|send|sends|circulated|circulates|made|make|makes|put|puts|presented|presents|submitted|submits|issued|issues|tabled|tables|table|unveiled|unveils|raised|raises|published|publishes|handed|delivered|set|laid|outlined|advanced|formulated|drafted|spelled|spelt|wants|wanted|seeks|sought|demanded|demands|insists|insisted|pushing|pushed|pushes|pressing|pressed|presses|championed|championing|seeking|demanding|wanting|requesting|requested)$/,
);
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);

/** "-ing" words that are prepositions or adjectives, not a gerund with a subject before it. */
const NOT_A_GERUND = wordSet(
  /^(?:during|including|regarding|concerning|according|notwithstanding|pending|following|excluding|involving|being|existing|remaining|growing|leading|ruling|governing|ongoing|outstanding|long-standing)$/,
);
/** Particles of a gerund before its object: "giving up its bid", "backing away from its goal". */
const GERUND_PARTICLE = wordSet(/^(?:up|away|off|from|on|of|down)$/);

/**
 * Whether the name `a`, after "of"/"about"/"on", is the subject of a gerund whose object opens at `j`:
 * "no question of Kyiv dropping its bid" (Kyiv owns "its").
 */
function gerundSubjectBefore(tokens: readonly Token[], a: ActorMention, j: number): boolean {
  const first = tokens[a.first - 1]?.lower === 'the' ? a.first - 1 : a.first;
  if (!/^(?:of|about|on|over)$/.test(tokens[first - 1]?.lower ?? '')) return false;
  const gerund = tokens[a.last + 1]?.lower ?? '';
  if (!/^[a-z]{2,}ing$/.test(gerund) || NOT_A_GERUND.test(gerund)) return false;
  return j - (a.last + 1) <= 3 && tokens.slice(a.last + 2, j).every((t) => GERUND_PARTICLE.test(t.lower));
}

/**
 * Whether "cannot" is the modal of the verb of giving up at `verb` ("Ukraine cannot abandon its bid",
 * "cannot simply drop its demand"): the one word denies the giving-up as "can't" and "can not" do, but
 * only right before that verb, not as the modal of a verb before it ("Moscow cannot accept that Kyiv
 * will drop its bid", "cannot force Kyiv to abandon its bid").
 */
function cannotBefore(tokens: readonly Token[], verb: number): boolean {
  const k = MODAL_ADVERB.test(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
  return tokens[k]?.lower === 'cannot';
}

/** Words opening a relative or "that" clause whose own subject a possessive pronoun in it points to. */
const CLAUSE_OPENER = wordSet(/^(?:which|that|who|whom)$/);
/** Words between a presenting verb and the demand noun ("sent a set of new demands"). */
const PRESENTED_FILLER = new Set([
  'a',
  'an',
  'the',
  'set',
  'list',
  'of',
  'its',
  'their',
  'new',
  'series',
  'package',
  // "handed Washington a pair of draft treaties", "a couple of drafts", "a raft of demands"
  'pair',
  'couple',
  'raft',
  // "a long list of demands", "a sweeping set of demands"
  'long',
  'lengthy',
  'sweeping',
  'detailed',
  // "set out a list of demands", "laid out its demands", "spelled out …"
  'out',
  // "set out what it wants by way of security guarantees"
  'by',
  'way',
]);
/** Words between an owner and its presenting verb ("the demands Russia has already sent"). */
const AUXILIARY_FILLER = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'repeatedly',
  'already',
  'formally',
  'first',
]);

/**
 * "the Kremlin published a set of demands", "Moscow presented draft treaties", "Moscow handed
 * Washington a list of demands": the presenter of the demand noun whose words end at `j`.
 */
function presenterBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  j: number,
): ActorMention | null {
  let pv = j;
  // Past the addressees too: "sent the US and NATO drafts".
  while (
    pv >= 0 &&
    pv >= j - 8 &&
    (PRESENTED_FILLER.has(tokens[pv]?.lower ?? '') ||
      tokens[pv]?.transparent ||
      tokens[pv]?.lower === 'and' ||
      inNamingActor(actors, pv)) &&
    // "set out a list": "set" the verb, not "a set of".
    !(PRESENTING.test(tokens[pv]?.lower ?? '') && tokens[pv + 1]?.lower !== 'of')
  )
    pv--;
  if (
    !PRESENTING.test(tokens[pv]?.lower ?? '') &&
    !(tokens[pv]?.lower === 'forward' && tokens[pv - 1]?.lower === 'put') &&
    // "have proposed a set of ideas" (not "rejected the proposed treaties": no article between)
    !(pv < j && /^(?:proposed|proposes|propose)$/.test(tokens[pv]?.lower ?? ''))
  )
    return null;
  const nearest =
    [...actors]
      .reverse()
      .find((a) => a.last < pv && a.kind !== 'adjective' && !afterPreposition(tokens, actors, a)) ?? null;
  // "Russia denies it intends to invade Ukraine but has issued a list of demands": past a "but"/"and"
  // before the verb, the presenter is the sentence's subject, not the object of the verb before.
  if (nearest) {
    const between = tokens.slice(nearest.last + 1, pv);
    if (
      between.some((t) => t.lower === 'but' || t.lower === 'and') &&
      between.some((t) => /^(?:has|have|had)$/.test(t.lower))
    ) {
      const subject = actors.find((a) => a.kind !== 'adjective' && !afterPreposition(tokens, actors, a));
      if (subject && subject.last < nearest.first) return subject;
    }
  }
  return nearest;
}

/**
 * The presenter with the names listed before it ("China and Russia tabled a draft", "Paris, Berlin and
 * London sent …"): every one of them presented it.
 */
function withNamesJoined(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  a: ActorMention,
): ActorMention {
  const parties = new Set(a.parties);
  let head = a;
  for (let step = 0; step < 4; step++) {
    const link = tokens[head.first - 1]?.lower ?? '';
    if (link !== 'and' && link !== ',') break;
    const before = actors.find(
      (b) => b.kind !== 'adjective' && b.parties.length > 0 && b.last === head.first - 2,
    );
    if (!before) break;
    for (const p of before.parties) parties.add(p);
    head = before;
  }
  return head === a ? a : { ...a, parties: [...parties] };
}

/** Whether a name is one of two joined by "and" ("the US and NATO"). */
export const coordinated = (
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  a: ActorMention,
): boolean =>
  (tokens[a.last + 1]?.lower === 'and' &&
    actors.some((b) => b.first === a.last + 2 || b.first === a.last + 3)) ||
  (tokens[a.first - 1]?.lower === 'and' && actors.some((b) => b.last === a.first - 2)) ||
  (tokens[a.first - 1]?.lower === 'the' &&
    tokens[a.first - 2]?.lower === 'and' &&
    actors.some((b) => b.last === a.first - 3));
/** Right before "its demands": a refusal, which no one makes of their own demands. */
const REFUSING_BEFORE =
  /^(?:reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|refuse|refuses|refused|refusing|oppose|opposes|opposed|opposing|ignore|ignores|ignored|ignoring|disagree|disagrees|disagreed)$|^with$/;

interface OwnedCarrier {
  first: number;
  last: number;
  owner: ActorMention;
  /** "a key demand of the Kremlin", "demands Russia sent": also names what stands before it. */
  predicative: boolean;
}

/**
 * Demand nouns owned by a party: "Russia's demands", "the Russian proposal", "its call for" (the
 * clause's subject), "our proposals" (the speaker), "a key demand of the Kremlin", "the demands
 * that Russia sent". Not "Russia demands", where "demands" is the verb.
 */
export function ownedCarriers(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  speaker: Speaker | null,
  /** Who owned the demands the document spoke of last ("these demands include …" are theirs). */
  lastOwner: ActorMention | null,
): OwnedCarrier[] {
  const out: OwnedCarrier[] = [];
  for (const c of compiled.carriers.find(tokens)) {
    // "From a Finnish point of view, …": a point of view is no demand.
    if (tokens[c.last + 1]?.lower === 'of' && tokens[c.last + 2]?.lower === 'view') continue;
    // A decision carries what it decides only as "X's decision to …" ("the decision to resume the
    // drills"); "should not be Moscow's decision", "a decision on whether to …" decide nothing yet.
    if (/^decisions?$/.test(tokens[c.last]?.lower ?? '') && tokens[c.last + 1]?.lower !== 'to') continue;
    // "Moscow's security demands include …": the owner named before the demand noun decides (below).
    let m = c.first - 1;
    while (
      m >= 0 &&
      m >= c.first - 4 &&
      (tokens[m]?.transparent || CARRIER_MODIFIERS.has(tokens[m]?.lower ?? ''))
    )
      m--;
    const namedOwner = actors.some((a) => a.last === m && a.kind !== 'role');
    // "these demands include A, B and C", "the three demands included …": a list of someone's demands.
    // So is "…; these include demands to stop admitting new members": the demands of what "these" are.
    const includedBy =
      INCLUDING.test(tokens[c.first - 1]?.lower ?? '') &&
      /^(?:these|they|those|which)$/.test(tokens[c.first - 2]?.lower ?? '');
    // "Russia … set out a list of demands including …": the one who presented them, not the last owner.
    if (
      !namedOwner &&
      (includedBy || INCLUDING.test(tokens[c.last + 1]?.lower ?? '')) &&
      !presenterBefore(tokens, actors, m)
    ) {
      const earlier = out[out.length - 1]?.owner;
      const proposer =
        speaker?.kind === 'party' && speaker.parties.some((p) => compiled.proposingParties.has(p))
          ? ({
              first: c.first,
              last: c.first,
              parties: speaker.parties,
              kind: 'name',
              role: speaker.role,
              text: speaker.matched,
            } as ActorMention)
          : null;
      const owner = earlier ?? lastOwner ?? proposer;
      if (owner && !actors.some((a) => a.last === c.first - 1 || a.last === c.first - 2)) {
        out.push({ first: c.first, last: includedBy ? c.last : c.last + 1, owner, predicative: false });
        continue;
      }
    }
    let j = c.first - 1;
    while (
      j >= 0 &&
      j >= c.first - 4 &&
      (tokens[j]?.transparent || CARRIER_MODIFIERS.has(tokens[j]?.lower ?? ''))
    )
      j--;
    const possessive = tokens.slice(j + 1, c.first).some((t) => /^['’]s$/i.test(t.text));
    // "Russian President Vladimir Putin's insistence": an office holder's own, but not "the Russian envoy demands".
    const before = actors.find((a) => a.last === j && (a.kind !== 'role' || possessive));
    // "Putin wants Biden's written guarantee on …": a guarantee asked of someone is not theirs to hold.
    // So is one a draft puts in a party's mouth: "the treaties envisage NATO's pledge to …".
    const askedOf =
      !!before &&
      possessive &&
      UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '') &&
      addresseeOfDemand(tokens, before.first);
    if (askedOf) continue;
    // "Russia's push to get Western security guarantees precluding expansion": a guarantee named by
    // the adjective of a side that put no demand forward is one it would give, not one it asks for.
    if (
      before?.kind === 'adjective' &&
      UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '') &&
      !before.parties.some((p) => compiled.proposingParties.has(p))
    )
      continue;
    // "the U.S. insistence that …", "the NATO position": a name used as a modifier (not after a
    // preposition or a verb presenting something to it, and not an undertaking it would give).
    const attributive =
      !!before &&
      before.kind === 'name' &&
      tokens[before.first - 1]?.lower === 'the' &&
      // (Right before the noun, a noun itself: not "accused the United States of planning …".)
      !tokens.slice(before.last + 1, c.first).some((t) => t.lower === 'of') &&
      !/ing$/.test(tokens[c.first]?.lower ?? '') &&
      !/^(?:to|with|for|from|toward|towards|between)$/.test(tokens[before.first - 2]?.lower ?? '') &&
      !PRESENTING.test(tokens[before.first - 2]?.lower ?? '') &&
      !UNDERTAKING_WORD.test(tokens[c.last]?.lower ?? '') &&
      // ("the Helsinki principles", "the Istanbul principles": a capital naming where a text of principles
      // was signed, not the party's own principles. A one-word name other than the party's own.)
      !(
        /^principles?$/.test(tokens[c.last]?.lower ?? '') &&
        before.first === before.last &&
        !/^\p{Lu}+$/u.test(before.text) &&
        compiled.parties.some((p) => before.parties.includes(p.id) && p.name !== before.text)
      );
    if (before && (before.kind === 'adjective' || possessive || attributive)) {
      out.push({ first: before.first, last: c.last, owner: before, predicative: false });
      continue;
    }
    const word = tokens[j]?.lower ?? '';
    if (POSSESSIVE_PRONOUNS.has(word)) {
      // "Moscow reiterated its call for …", "Russian officials …, with US officials rejecting its main
      // demand": the sentence's first subject before the pronoun.
      const first = mainSubjectPastFrontedClause(
        tokens,
        actors,
        actors.find((a) => a.last < j && a.kind !== 'adjective' && !afterPreposition(tokens, actors, a)),
        j,
      );
      // "there can be no question of Kyiv dropping its bid", "the prospect of Ukraine giving up its
      // goal": a name after a preposition, right before a gerund, is that gerund's subject and the
      // pronoun's owner.
      const gerundSubject = [...actors]
        .reverse()
        .find((a) => a.last < j && a.kind !== 'adjective' && gerundSubjectBefore(tokens, a, j));
      let owner = gerundSubject ?? first;
      // "…, above all where Ukraine is concerned, which Moscow has attached to its push …": in a relative
      // or "that" clause with a subject of its own, the pronoun is that subject's.
      let o = j - 1;
      while (
        o > 0 &&
        !/^[,;:()—–]$/.test(tokens[o]?.text ?? '') &&
        !CLAUSE_OPENER.test(tokens[o]?.lower ?? '')
      )
        o--;
      if (CLAUSE_OPENER.test(tokens[o]?.lower ?? '')) {
        const at = tokens[o + 1]?.lower === 'the' ? o + 2 : o + 1;
        const own = actors.find((a) => a.first === at && a.last < j - 1 && a.kind !== 'adjective');
        if (
          own &&
          /^(?:has|have|had|is|was|were|are|will|would|must|should|can|could|[a-z]+ed|[a-z]+[^s]s)$/.test(
            tokens[own.last + 1]?.lower ?? '',
          )
        )
          owner = own;
      }
      if (first && REFUSING_BEFORE.test(tokens[j - 1]?.lower ?? '')) {
        // "Washington … disagrees with its demands": no one refuses their own demands. "its" is the
        // nearest other party before it (not one joined to the subject: "the US and NATO … reject its
        // demands"), or no one.
        const refuser = [...actors].reverse().find(
          (a) =>
            a.last < j &&
            a.kind !== 'adjective' &&
            // ", with US officials rejecting its …": the subject of an absolute "with" clause.
            (!afterPreposition(tokens, actors, a) ||
              /ing$/.test(
                tokens[a.last + (/ly$/.test(tokens[a.last + 1]?.lower ?? '') ? 2 : 1)]?.lower ?? '',
              )),
        );
        const joined = (a: ActorMention, b: ActorMention): boolean =>
          (tokens[a.last + 1]?.lower === 'and' && b.first > a.last && b.first <= a.last + 3) ||
          (tokens[b.last + 1]?.lower === 'and' && a.first > b.last && a.first <= b.last + 3);
        const refusers = new Set(
          actors.filter((a) => refuser && (a === refuser || joined(a, refuser))).flatMap((a) => a.parties),
        );
        owner = [...actors]
          .reverse()
          .find((a) => a.last < j && a.kind !== 'adjective' && !a.parties.some((p) => refusers.has(p)));
      } else if (first && word === 'its' && coordinated(tokens, actors, first)) {
        // "the US and NATO … said its …": "its" is one party, not two joined by "and".
        owner = [...actors]
          .reverse()
          .find((a) => a.last < j && a.kind !== 'adjective' && !coordinated(tokens, actors, a));
      }
      if (owner && word === 'its' && itsOwnerAmbiguous(tokens, actors, owner, j)) continue;
      if (owner && word === 'its')
        owner = singularOwnerOfIts(tokens, actors, ownerOfItsPastPerson(tokens, actors, owner, j), j);
      if (owner) out.push({ first: j, last: c.last, owner, predicative: false });
      continue;
    }
    if ((word === 'our' || word === 'my') && speaker?.kind === 'party') {
      const owner: ActorMention = {
        first: j,
        last: j,
        parties: speaker.parties,
        kind: 'name',
        role: speaker.role,
        text: speaker.matched,
      };
      out.push({ first: j, last: c.last, owner, predicative: false });
      continue;
    }
    const presenter = presenterBefore(tokens, actors, j);
    if (presenter) {
      out.push({
        first: c.first,
        last: c.last,
        owner: withNamesJoined(tokens, actors, presenter),
        predicative: false,
      });
      continue;
    }
    // "a key demand of the Kremlin", "demands from Moscow" (not "guarantees from the US": those it would give),
    // "the demands (that) Russia sent" (not "guarantees that NATO will not expand": that is their content).
    const noun = tokens[c.last]?.lower ?? '';
    let k = c.last + 1;
    // (Past a closing quote: 'the so-called "security guarantees" Russia wants'.)
    while (tokens[k]?.transparent) k++;
    const next = tokens[k]?.lower ?? '';
    if (['of', 'by', 'from'].includes(next) && ASKING_NOUNS.test(noun)) {
      const after = actors.find(
        (a) =>
          (a.first === k + 1 || (a.first === k + 2 && tokens[k + 1]?.lower === 'the')) &&
          a.kind !== 'adjective',
      );
      if (after) out.push({ first: c.first, last: after.last, owner: after, predicative: true });
      continue;
    }
    if (next === 'that' || next === 'which') k++;
    const after = actors.find((a) => a.first === k && a.kind !== 'adjective');
    if (!after) continue;
    let v = after.last + 1;
    while (AUXILIARY_FILLER.has(tokens[v]?.lower ?? '')) v++;
    if (PRESENTING.test(tokens[v]?.lower ?? ''))
      out.push({ first: c.first, last: v, owner: after, predicative: true });
  }
  // "Biden laid out a three-stage agreement under which Israel would …", "put forward a deal that …": an
  // accord a party presents is its plan, and it owns what the accord lays down (not one reached, signed
  // or approved: no presenting verb before it).
  for (const t of tokens) {
    if (!PRESENTED_ACCORD.test(t.lower) || out.some((o) => o.first <= t.i && t.i <= o.last)) continue;
    let j = t.i - 1;
    while (
      j >= 0 &&
      j >= t.i - 5 &&
      (tokens[j]?.transparent ||
        CARRIER_MODIFIERS.has(tokens[j]?.lower ?? '') ||
        ACCORD_MODIFIER.test(tokens[j]?.lower ?? ''))
    )
      j--;
    const presenter = presenterBefore(tokens, actors, j);
    if (presenter)
      out.push({
        first: t.i,
        last: t.i,
        owner: withNamesJoined(tokens, actors, presenter),
        predicative: false,
      });
  }
  return out;
}

/** Accords a party may present as its own plan ("laid out an agreement under which …"). */
const PRESENTED_ACCORD = wordSet(/^(?:agreement|deal|accord|framework|roadmap|road-map|blueprint)$/);
/** Words describing such an accord between the verb and the noun: "a three-stage truce agreement". */
const ACCORD_MODIFIER = wordSet(
  /^(?:-|stage|staged|phase|phased|step|part|truce|ceasefire|cease-fire|peace|hostage|hostages|comprehensive|broad|detailed|final|revised|bridging|framework|one|two|three|four)$/,
);

const UNOWNED_DEMAND_NOUN = wordSet(
  /^(?:demand|demands|proposal|proposals|guarantee|guarantees|request|requests|ultimatum|insistence|draft|drafts|treaty|treaties|requirement|requirements)$/,
);
const NOUN_DETERMINER = new Set(['the', 'these', 'those', 'such', 'a', 'an', 'its']);

/** Words between a demand noun and the demand it asks for: "the demand for NATO to stop", "guarantees that NATO will never". */
const COMPLEMENT_OPENER = new Set(['for', 'that', 'to', 'which', 'would', 'on', 'of', 'against']);

/**
 * "The demand for NATO to stop expanding came after …", "the security guarantees would bar Ukraine
 * from joining": a demand noun with no owner named, stating a demand in the demand's own words, is
 * the demand's one proposer's when the document has named that proposer.
 */
export function proposersOfUnownedNouns(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  owned: readonly OwnedCarrier[],
  mentions: readonly DemandMention[],
  cues: readonly Cue[],
  namedParties: ReadonlySet<string>,
): Cue[] {
  const out: Cue[] = [];
  for (const c of compiled.carriers.find(tokens)) {
    if (!UNOWNED_DEMAND_NOUN.test(tokens[c.last]?.lower ?? '')) continue;
    if (owned.some((o) => o.first <= c.last && c.first <= o.last)) continue;
    if (cues.some((x) => x.first <= c.last && c.first <= x.last)) continue;
    // A noun, not the verb ("Moscow demands that …"): a determiner before it, past its modifiers.
    let j = c.first - 1;
    while (j >= 0 && (CARRIER_MODIFIERS.has(tokens[j]?.lower ?? '') || tokens[j]?.transparent)) j--;
    if (!NOUN_DETERMINER.has(tokens[j]?.lower ?? '')) continue;
    if (/^(?:no|not|never|without)$/.test(tokens[j - 1]?.lower ?? '')) continue;
    // Its complement states the demand right after it; "(Chief) among the requirements is that …"
    // states it after the verb.
    const among =
      tokens[j - 1]?.lower === 'among' && /^(?:is|are|was|were)$/.test(tokens[c.last + 1]?.lower ?? '');
    const opener = tokens[c.last + (among ? 2 : 1)]?.lower ?? '';
    if (!COMPLEMENT_OPENER.has(opener) && !among) continue;
    const reach = c.last + (among ? 8 : 6);
    const m = mentions.find(
      (x) => x.first > c.last && x.first <= reach && x.direction === 1 && x.kind !== 'reference',
    );
    if (!m) continue;
    const proposers = compiled.proposers.get(m.demand);
    if (!proposers || proposers.size !== 1) continue;
    const party = [...proposers][0] as string;
    if (!namedParties.has(party)) continue;
    // The words that tie the position to the party are the demand noun's own (its owner is not written).
    const words = tokens
      .slice(j + 1, c.last + 1)
      .map((t) => t.text)
      .join(' ');
    out.push(
      makeCue({
        first: c.first,
        last: c.last,
        attitude: 'supports',
        text: tokens
          .slice(c.first, c.last + 1)
          .map((t) => t.text)
          .join(' '),
        negated: false,
        negation: null,
        owner: { parties: [party], text: words, role: null, predicative: false, proposer: true },
      }),
    );
  }
  return out;
}

/** Nouns and verbs of asking whose "that" clause, or "for … to" clause, is what is asked. */
const ASKING_THAT = wordSet(
  /^(?:demands?|demanded|insists?|insisted|insistence|ultimatums?|requests?|requested|requirements?|conditions?|calls?|called)$/,
);
/** What may stand between "that" / "for" and the verb of giving up: its subject, a modal, "to". */
const ASKED_CLAUSE_WORD = wordSet(/^(?:should|must|would|to|the|it|they)$/);

/**
 * Whether the verb of giving up at `verb` opens the content of someone's asking: "demands that Kyiv (should)
 * drop …", "the insistence that Ukraine abandon …", "calls for Ukraine to drop …". Its subject is a short
 * capitalised name (or "the …", "it", "they") right after "that" / "for".
 */
function askedGivingUp(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= Math.max(0, verb - 6); k--) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || t.lower === 'for') {
      if (k === verb - 1) return false;
      const asking = tokens[k - 1]?.lower ?? '';
      return ASKING_THAT.test(asking) && (t.lower === 'that' || /^(?:calls?|called)$/.test(asking));
    }
    if (!(t.word && (t.capital || ASKED_CLAUSE_WORD.test(t.lower))) && !/^['’]s$/.test(t.text)) return false;
  }
  return false;
}

/** A party's demand nouns ("Russia's demands", "could drop its bid to join") as cues of its support. */
export function ownedCarrierCues(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  owned: readonly OwnedCarrier[],
  all: readonly DemandMention[],
): Cue[] {
  const cues: Cue[] = [];
  // "could back down from its bid to join": a negation right before the owned demand noun.
  const negationsHere = owned.length ? compiled.negations.findAll(tokens) : [];
  for (const p of owned) {
    if (all.some((m) => m.first <= p.last && p.first <= m.last)) continue;
    // "dismissed Russian demands that Kyiv drop its bid", "calls for Ukraine to drop its bid": a giving-up
    // asked of the owner is what another party asks, no stance of the owner's; nor its bid a cue of its own.
    if (RELINQUISHING.test(tokens[p.first - 1]?.lower ?? '') && askedGivingUp(tokens, p.first - 1)) continue;
    // So is a verb giving it up: "might drop its bid to join", "has shelved its application".
    const negation =
      negationsHere.find((x) => x.last === p.first - 1 && x.first < x.last) ??
      (RELINQUISHING.test(tokens[p.first - 1]?.lower ?? '') &&
      /^(?:its|their|our|his|her)$/.test(tokens[p.first]?.lower ?? '') &&
      // ("will not drop its bid", "denied that it had dropped its demand": giving up denied.)
      !tokens
        .slice(Math.max(0, p.first - 6), p.first - 1)
        .some((t) => GIVING_UP_DENIED.test(t.lower) || /n['’]t$/.test(t.lower)) &&
      !cannotBefore(tokens, p.first - 1) &&
      // ("gave no indication that it is ready to drop its bid": a denied sign of the giving-up.)
      !deniedSignalBefore(tokens, p.first - 1, () => false)
        ? { first: p.first - 1, last: p.first - 1 }
        : undefined);
    const first = negation ? negation.first : p.first;
    // "the American proposals on missile transparency": what a side that put no demand forward
    // proposes on a demand's subject is an offer to talk about it, not the demand.
    // (Named, not "our initiative": a pronoun's owner is a guess at who speaks.)
    const offered =
      OFFER_NOUN.test(tokens[p.last]?.lower ?? '') &&
      !/^(?:our|its|their|his|her|my)$/.test(tokens[p.first]?.lower ?? '') &&
      !p.owner.parties.some((x) => compiled.proposingParties.has(x));
    cues.push(
      makeCue({
        first,
        last: p.last,
        attitude: offered ? 'open' : 'supports',
        text: text.slice((tokens[first] as Token).start, (tokens[p.last] as Token).end),
        negated: !!negation,
        negation: negation
          ? text.slice((tokens[negation.first] as Token).start, (tokens[negation.last] as Token).end)
          : null,
        owner: {
          parties: p.owner.parties,
          text: p.owner.text,
          role: p.owner.role,
          predicative: p.predicative,
        },
      }),
    );
  }
  return cues;
}

/** Verbs of a party's own asking in a relative clause after the demand's words ("… that Moscow is demanding"). */
const ASKING_IN_RELATIVE = wordSet(
  /^(?:wants?|wanted|wanting|seeks?|sought|seeking|demands?|demanded|demanding|insists|insisted|champions?|championed|championing|requests?|requested|requesting|proposes?|proposed|proposing|favou?rs?|favou?red|backs?|backed|supports?|supported|promised|pledged|accepted|endorsed|agreed)$/,
);
/** Of those, the verbs of a party giving its word ("the truce that the Taliban promised"). */
const GIVEN_WORD_IN_RELATIVE = wordSet(/^(?:promised|pledged|accepted|agreed)$/);
/** Verbs of refusal there ("…, which Pristina rejects"). */
const REFUSING_IN_RELATIVE = wordSet(
  /^(?:rejects?|rejected|rejecting|opposes?|opposed|opposing|refuses?|refused|dismiss(?:es)?|dismissed|resists?|resisted|resisting)$/,
);
const INNER_DETERMINER = wordSet(/^(?:the|its|their|his|her|this|that|these|those|our)$/);
const HEAD_NOUN = wordSet(
  /^(?:missiles?|weapons?|systems?|arms|forces|troops|deployments?|polic(?:y|ies)|bases?|infrastructure|membership|plans?|sanctions|tariffs?|checks|controls?)$/,
);
const INNER_PREPOSITION = wordSet(/^(?:of|to|against|on|for|over|about|from|into|with|toward|towards)$/);
/** What may follow a relative clause's verb when the clause ends there. */
const CLAUSE_ENDS = wordSet(
  /^(?:[,.;:!?—–()"“”'‘’]|is|are|was|were|will|would|has|have|had|could|can|may|might|must|should|remains?|remained|in|on|at|since|during|last|this|from|for|as|and|but|or|before|after|until|so|now|again|publicly|openly|repeatedly)$/,
);
/** Verbs that take "for"/"on" before what they ask ("the halt … that Moscow has called for"). */
const ASKING_WITH_PARTICLE = wordSet(
  /^(?:call|calls|called|calling|push|pushes|pushed|pushing|press|presses|pressed|pressing|insist|insisting)$/,
);

/**
 * "the halt to NATO expansion that Moscow is demanding", "the association, which Pristina rejects":
 * a relative clause right after the demand's words whose subject is a party and whose verb asks for
 * or refuses the demand. Each becomes that party's cue on the demand, owner written after (as
 * "the demands Russia sent" are), so that the clause's verb is not read as the main clause's.
 */
export function relativeClauseCues(
  text: string,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  mentions: readonly DemandMention[],
): Cue[] {
  const cues: Cue[] = [];
  for (const m of mentions) {
    if (m.kind === 'reference') continue;
    // "an end to the sanctions that Washington backs": after a determiner inside the demand's words, the
    // clause is more likely said of the inner noun (the sanctions) than of the whole; read nothing.
    if (tokens.slice(m.first + 1, m.last + 1).some((t) => INNER_DETERMINER.test(t.lower))) continue;
    // A bare subject after a preposition is inside a larger noun phrase the clause may be said of ("a
    // pledge against further NATO enlargement Moscow wants" is Moscow's pledge, not its enlargement).
    if (
      m.kind === 'frame' &&
      !m.match.includes(' + ') &&
      tokens.slice(Math.max(0, m.first - 3), m.first).some((t) => INNER_PREPOSITION.test(t.lower))
    )
      continue;
    let k = m.last + 1;
    // (Past the head noun the demand's words stop short of: "a ban on intermediate-range missiles that …".)
    while (k <= m.last + 2 && HEAD_NOUN.test(tokens[k]?.lower ?? '')) k++;
    // (Past the closing quote of demand words in quotes: 'a "reduction of violence" that the Taliban …'.)
    if (tokens[k]?.transparent && /^(?:that|which)$/.test(tokens[k + 1]?.lower ?? '')) k++;
    // Up to two clauses in a row: "… that Belgrade is demanding, which Pristina rejects".
    for (let clause = 0; clause < 2; clause++) {
      const comma = tokens[k]?.text === ',';
      const at = comma ? k + 1 : k;
      const opener = tokens[at]?.lower ?? '';
      const relative = opener === 'that' || opener === 'which';
      // A bare relative (no "that") only straight after the demand's words: "the halt Moscow wants".
      if (!relative && (comma || clause > 0)) break;
      const subjectAt = relative ? at + 1 : at;
      const subjectFirst = tokens[subjectAt]?.lower === 'the' ? subjectAt + 1 : subjectAt;
      const subject = actors.find(
        (a) => (a.first === subjectAt || a.first === subjectFirst) && a.kind !== 'adjective',
      );
      if (!subject) break;
      let v = subject.last + 1;
      // "the exchange that Washington and the Taliban had agreed": two parties as the clause's subject.
      let parties = subject.parties;
      if (tokens[v]?.lower === 'and') {
        const second = actors.find(
          (a) =>
            (a.first === v + 1 || (a.first === v + 2 && tokens[v + 1]?.lower === 'the')) &&
            a.kind !== 'adjective',
        );
        if (second) {
          parties = [...new Set([...parties, ...second.parties])];
          v = second.last + 1;
        }
      }
      while (
        AUXILIARY_FILLER.has(tokens[v]?.lower ?? '') ||
        /^(?:long|also|still|now)$/.test(tokens[v]?.lower ?? '')
      )
        v++;
      const verb = tokens[v]?.lower ?? '';
      let last = v;
      let attitude: 'supports' | 'rejects' | null = null;
      if (ASKING_IN_RELATIVE.test(verb)) {
        attitude = 'supports';
        // ("the truce that both sides agreed to", "… agreed on")
        if (verb === 'agreed' && /^(?:to|on|upon)$/.test(tokens[v + 1]?.lower ?? '')) last = v + 1;
      } else if (REFUSING_IN_RELATIVE.test(verb)) attitude = 'rejects';
      else if (ASKING_WITH_PARTICLE.test(verb) && /^(?:for|on)$/.test(tokens[v + 1]?.lower ?? '')) {
        attitude = 'supports';
        last = v + 1;
      }
      // The clause ends at its verb, or the verb would take more ("the open door Russia wants closed",
      // "… wants to end"): a stop, the sentence's own verb or a phrase of time or place must follow.
      if (!attitude || !CLAUSE_ENDS.test(tokens[last + 1]?.text.toLowerCase() ?? '.')) break;
      const first = relative ? at : subject.first;
      cues.push(
        makeCue({
          first,
          last,
          attitude,
          text: text.slice((tokens[first] as Token).start, (tokens[last] as Token).end),
          negated: false,
          negation: null,
          owner: { parties, text: subject.text, role: subject.role, predicative: true },
          relative: true,
          // (A party the demand is put to, giving its word on it: "the truce that the Taliban promised".)
          commitment: GIVEN_WORD_IN_RELATIVE.test(verb) ? true : undefined,
        }),
      );
      k = last + 1;
    }
  }
  return cues;
}
