/**
 * Whether a sentence states a demand in its own words for the party that put it forward ("The talks
 * turned on a halt to NATO's expansion"), with no one taking it up, talking it over, letting it go or
 * trading it: the wording a document falls back on when no sentence ties the proposer to the demand
 * (see statedDemandsOwnedByProposer in derive-document.ts).
 */
import { deferredBefore } from './deferred-demand';
import { deridedClaimContent } from './derided-claim';
import { pushedByOther } from './analyze-sentence/pushed-by-other';
import { deniedOwnPlan } from './analyze-sentence/denied-own-plan';
import { objectDeniedByNoOne } from './analyze-sentence/no-one';
import type { ActorMention } from './actors';
import { listOpeningBefore } from './analyze-sentence/list-opening';
import { eventUnderWay } from './analyze-sentence/event-under-way';
import { weighedProposalVerb } from './analyze-sentence/deliberated-proposal';
import { notTalkedOfAfter } from './analyze-sentence/not-discussed';
import { commentatorGuessAt } from './analyze-sentence/lexicon';
import { namedAsBeneficiary, negatedJustBefore } from './analyze-sentence/phrase-helpers';
import type { CompiledOntology } from './compile-ontology';
import type { DemandMention } from './demand-mentions';
import type { Sentence } from './segment';
import type { Speaker } from './speaker';
import type { Token } from './tokens';

/** Wording of measures both sides would take, or of a characterisation, not of one side's demand. */
const NOT_ONE_SIDES_DEMAND =
  /\b(?:arms|weapons)[ -]?control|\b(?:confidence|risks?|transparen\w*|openness|exercises|drills|briefings?|hotline|influence|finlandi[sz]ation|reciprocal|mutual)\b/i;
// ("in exchange for", "in return for": one side's terms traded for the other's, the terms of a bargain, not a
// demand stated for its proposer: "Under the accord, Iran accepted limits … in return for the lifting of …".)
const BOTH_SIDES =
  /\b(?:reciprocal|reciprocity|mutual|mutually|both sides|in (?:return|exchange) for|offers?|offered|offering|imagin\w*|guess\w*|speculat\w*|hypothetical\w*)\b/i;
/** "stop Moldova from joining the European Union": the demand's words with an organisation it is not put to. */
function joinsAnotherOrganisation(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): boolean {
  const after = actors.find(
    (a) => a.first === m.last + 1 || (a.first === m.last + 2 && tokens[m.last + 1]?.lower === 'the'),
  );
  return (
    !!after &&
    !after.parties.some((p) => compiled.addressees.get(m.demand)?.has(p)) &&
    !/^(?:and|or)$/.test(tokens[after.last + 1]?.lower ?? '')
  );
}

/** "The US has not deployed strike missiles": a party's own negated act, told as a fact, states no demand. */
function negatedFact(m: DemandMention, tokens: readonly Token[], actors: readonly ActorMention[]): boolean {
  // ("The agency does not drop its probes": the demand's verb denied by "does not" right before it.)
  const doesNot =
    /^(?:not|never)$/.test(tokens[m.first - 1]?.lower ?? '') &&
    /^(?:does|do|did)$/.test(tokens[m.first - 2]?.lower ?? '');
  if (!doesNot && !/^(?:not|never|no)$/.test(tokens[m.first]?.lower ?? '')) return false;
  // ("Serbia, which does not recognise …": the subject before a relative clause of its own.)
  const subject = actors.find(
    (a) =>
      a.last < m.first &&
      (a.last >= m.first - 4 ||
        (a.last === m.first - 5 &&
          tokens[a.last + 1]?.text === ',' &&
          /^(?:which|who)$/.test(tokens[a.last + 2]?.lower ?? ''))),
  );
  return (
    !!subject &&
    tokens
      .slice(subject.last + 1, m.first)
      .some((t) => /^(?:has|have|had|is|are|was|were|does|do|did)$/.test(t.lower))
  );
}

/**
 * "curbing the missiles of Russia and of NATO": the demand's words owned by both its proposer and a party
 * it is put to, joined by "and" right after them, are a measure for both sides, no one side's demand.
 */
function ofBothSides(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): boolean {
  if (tokens[m.last + 1]?.lower !== 'of') return false;
  const at = (k: number) =>
    actors.find((a) => a.first === k || (a.first === k + 1 && /^(?:the|its)$/.test(tokens[k]?.lower ?? '')));
  const one = at(m.last + 2);
  if (!one || tokens[one.last + 1]?.lower !== 'and') return false;
  const other = at(tokens[one.last + 2]?.lower === 'of' ? one.last + 3 : one.last + 2);
  if (!other) return false;
  const parties = [...one.parties, ...other.parties];
  return (
    parties.some((p) => compiled.proposers.get(m.demand)?.has(p)) &&
    parties.some((p) => compiled.addressees.get(m.demand)?.has(p))
  );
}

/**
 * "Neither the alliance nor its members keep strike missiles there": parties' own acts denied in the
 * "neither … nor" form, told as a fact (no modal or "to" before the demand's words end), state no demand.
 */
function neitherNorFact(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): boolean {
  if (tokens[m.first]?.lower !== 'neither') return false;
  const nor = tokens.findIndex((t, i) => i > m.first && i < m.last && t.lower === 'nor');
  return (
    nor > 0 &&
    actors.some((a) => a.first > m.first && a.last < nor && a.parties.length > 0) &&
    !tokens
      .slice(nor + 1, m.last)
      .some((t) =>
        /^(?:should|must|would|will|could|can|may|might|shall|ought|to|need|needs|be)$/.test(t.lower),
      )
  );
}

/**
 * "Russia would go back to the earlier arrangements once …": a party that did not put the demand forward,
 * its subject, offering the step on a condition — its own conditional offer, no statement of the demand.
 */
function conditionalOwnStep(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): boolean {
  const proposers = compiled.proposers.get(m.demand) ?? new Set<string>();
  const subject = actors.find(
    (a) =>
      a.last < m.first - 1 &&
      a.last >= m.first - 4 &&
      a.parties.length > 0 &&
      !a.parties.some((p) => proposers.has(p)) &&
      tokens
        .slice(a.last + 1, m.first)
        .every((t) => /^(?:would|will|could|can|might|go|come)$/.test(t.lower)) &&
      /^(?:would|will|could|can|might)$/.test(tokens[a.last + 1]?.lower ?? ''),
  );
  return (
    !!subject && tokens.slice(m.last + 1).some((t) => /^(?:once|if|unless|provided|when)$/.test(t.lower))
  );
}

/**
 * "… must carry on while the foreign troops leave": the demand's subject and verb opening a clause of
 * time tell an event under way or to come, not anyone's demand. (Not "until" or "before": a condition
 * set, read by the withheld-condition reader.)
 */
function eventInTimeClause(m: DemandMention, tokens: readonly Token[]): boolean {
  if (m.kind !== 'frame' || !m.match.includes(' + ')) return false;
  let k = m.first - 1;
  if (/^(?:the|all|its|their)$/.test(tokens[k]?.lower ?? '')) k--;
  if (/^(?:the|all)$/.test(tokens[k]?.lower ?? '')) k--;
  return /^(?:while|as|after|when|once|whilst)$/.test(tokens[k]?.lower ?? '');
}

/**
 * "… must be destroyed before Israel brings its offensive to a close": the demand's words in a clause of
 * time or condition whose subject is a party other than its proposer tell when that party would act, not
 * what anyone demands.
 */
function timeClauseOfOther(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): boolean {
  const proposers = compiled.proposers.get(m.demand) ?? new Set<string>();
  return actors.some((a) => {
    if (a.last >= m.first || a.last < m.first - 4 || a.parties.length === 0) return false;
    if (a.parties.some((p) => proposers.has(p))) return false;
    let k = a.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
    // (Not a condition the proposer, subject before it, sets: "Aldra will stay out until Marrowgate scraps …".)
    const proposerFirst = actors.some(
      (b) =>
        b.last < k &&
        b.kind !== 'adjective' &&
        b.parties.some((p) => proposers.has(p)) &&
        !/^['’]s?$/.test(tokens[b.last + 1]?.text ?? ''),
    );
    return (
      !proposerFirst &&
      /^(?:before|until|till|after|once|when|unless)$/.test(tokens[k]?.lower ?? '') &&
      tokens
        .slice(a.last + 1, m.first)
        .every((t) =>
          /^(?:will|would|can|could|has|have|had|is|are|does|do|finally|eventually|agrees|agreed|to)$/.test(
            t.lower,
          ),
        )
    );
  });
}

/** Words that may stand between a party and its own step told as done: "has", "also", "finally" … */
const OWN_STEP_BETWEEN =
  /^(?:has|have|had|also|then|now|later|finally|again|formally|officially|partly|quietly)$/;
/** What follows a verb in "-s" (not a plural noun): a particle or a determiner, "puts off", "lifts the". */
const STEP_AFTER =
  /^(?:off|back|up|down|out|away|aside|the|a|an|its|his|her|their|all|some|part|most|any|further|planned|new)$/;

/**
 * "Trump puts off a tariff increase", "Washington postponed the tariffs": a party the demand is put to,
 * the subject, taking the step itself, told as a fact. The sentence tells of that party's act, not of the
 * proposer's demand ("Washington must lift …", "demands that NATO halt …" state the demand).
 */
function addresseesOwnStep(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): boolean {
  const addressees = compiled.addressees.get(m.demand) ?? new Set<string>();
  const proposers = compiled.proposers.get(m.demand) ?? new Set<string>();
  const subject = actors
    .filter(
      (a) => a.kind !== 'adjective' && a.last < m.first && a.last >= m.first - 6 && a.parties.length > 0,
    )
    .pop();
  if (!subject || subject.parties.some((p) => proposers.has(p) || !addressees.has(p))) return false;
  // (A subject opening its clause: the sentence's start, or after a comma, "and" or "but"; not after "that", where "demands that NATO halt …" states the demand.)
  let k = subject.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  if (k >= 0 && !/^(?:,|and|but|while)$/.test(tokens[k]?.lower ?? '')) return false;
  const between = tokens.slice(subject.last + 1, m.first);
  if (!between.every((t) => OWN_STEP_BETWEEN.test(t.lower))) return false;
  // (The step's verb finite and told, right after the subject or after "has": "puts off", "has postponed";
  // not the bare verb of "NATO halt …", nor a noun: "Washington's tariffs".)
  const verb = tokens[m.first]?.lower ?? '';
  const perfect = /^(?:has|have|had)$/.test(between[between.length - 1]?.lower ?? '');
  return (
    (perfect && /ed$/.test(verb)) ||
    (/ed$/.test(verb) && verb.length > 4) ||
    (/[^s]s$/.test(verb) && STEP_AFTER.test(tokens[m.first + 1]?.lower ?? ''))
  );
}

/** The one a verb of telling or urging is addressed to: "gave Hamas a message", "urged Moscow to …". */
const TELLING =
  /^(?:gave|give|gives|giving|told|tell|tells|telling|urged|urge|urges|urging|pressed|press|presses|pressing|warned|warn|warns|warning|sent|send|sends|reminded|remind|reminds|asked|ask|asks)$/;
function toldOrUrged(tokens: readonly Token[], a: ActorMention, actors: readonly ActorMention[]): boolean {
  let k = a.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  // ("urged Washington and Seoul to …": each party of the list told.)
  k = listOpeningBefore(tokens, actors, k);
  if (/^(?:on|upon)$/.test(tokens[k]?.lower ?? '') && /^call/.test(tokens[k - 1]?.lower ?? '')) return true;
  return TELLING.test(tokens[k]?.lower ?? '');
}

/** How far into a sentence its opening reaches, for the guessing verb: "Some Western analysts now reckon …". */
const OPENING_WORDS = 6;
/**
 * A commentator's guess opening the sentence ("Analysts reckon the two could agree on limits to missiles",
 * "Critics argue …"): the sentence readers' own commentators and guessing verbs (commentatorGuessAt).
 */
const commentatorsGuessOpens = (tokens: readonly Token[]): boolean =>
  tokens.slice(0, OPENING_WORDS).some((_, k) => commentatorGuessAt(tokens, k));

/** The demand's words as a topic of talks ("proposing talks on limits to missiles"): no one's demand. */
const TALKED_ABOUT =
  /\b(?:talks?|talked|talking|negotiat\w*|discuss\w*|dialogue|consultations?)\s+(?:\S+\s+){0,3}(?:on|about|over|of)\s+(?:\S+\s+){0,5}$/i;
/**
 * What the sides are stuck on, or what talks are for, right before the demand's words: "the deadlock over
 * North Korea's …", "negotiations meant to get the North to …" (as named-proposer.ts reads them).
 */
const STUCK_ON_OR_TALKS_FOR =
  /\b(?:(?:deadlock|impasse|stalemate|standoff|stand-off|disputes?|differences|disagreements?|wrangling|gaps?)\s+(?:on|about|over|regarding|concerning)\s+(?:the\s+|its\s+|their\s+)?(?:\S+\s+)?|(?:talks|negotiations|dialogue|diplomacy|process|summit|meetings?)\s+(?:meant|aimed|designed|intended|geared)\s+(?:to|at)\s+(?:\S+\s+){0,6})$/i;
/** A pledge withheld right before the demand's words: "no promise that NATO will", "no guarantee of". */
const WITHHELD_PLEDGE =
  /\b(?:no|not any|not a|without(?: any| a)?)\s+(?:\S+\s+)?(?:promises?|guarantees?|pledges?|commitments?|assurances?|undertakings?)\s+(?:that|of|to|on)\s+(?:\S+\s+){0,4}$/i;
/** A sentence naming the proposer in which it may not hold the demand: let go, doubted, asked, talked over. */
const PROPOSER_NOT_HOLDING =
  /\?|\b(?:(?:give|gives|gave|given|giving) up|let(?:s|ting)? go of|set(?:s|ting)? (?:\S+ ){0,5}aside|aside|on ice|no longer|dropp\w*|abandon\w*|back(?:s|ed)? (?:down|off|away)|doubt\w*|whether|if|unless|(?:talks?|negotiations?|discussions?|dialogue|consultations?) (?:with|between))\b/i;

/**
 * A demand in its own words ("a halt to NATO's expansion", "no missiles near Russia"): not a bare
 * subject, not measures for both sides ("mutual limits on missiles", "arms control").
 */
const statesTheDemand = (m: DemandMention, sentence: string): boolean =>
  m.direction === 1 &&
  !m.principle &&
  !m.byAddressee &&
  !m.heldByProposer &&
  (m.kind === 'phrase' || m.kind === 'list' || (m.kind === 'frame' && m.match.includes(' + '))) &&
  !NOT_ONE_SIDES_DEMAND.test(m.match) &&
  !BOTH_SIDES.test(sentence);

/** Whether `m` states its demand for the proposer, in a sentence no one's reading or wording takes it from. */
export function statesProposersDemand(
  m: DemandMention,
  sentence: Sentence,
  text: string,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  speaker: Speaker | null,
  /** Who spoke the sentence before, for a quotation running on ("“… bring this war to an end now.”"). */
  previousSpeaker: Speaker | null = null,
): boolean {
  const before = text.slice(sentence.start, (tokens[m.first] as Token).start);
  const sayer =
    speaker?.kind === 'party'
      ? speaker
      : !speaker && previousSpeaker?.kind === 'party'
        ? previousSpeaker
        : null;
  const proposers = compiled.proposers.get(m.demand);
  const proposerNamings = actors.filter(
    (a) => a.kind !== 'adjective' && a.parties.some((p) => !!proposers?.has(p)),
  );
  return (
    statesTheDemand(m, sentence.text) &&
    // (Nor what no one is said to accept: "Russia has no ally that would accept a halt to enlargement".)
    !objectDeniedByNoOne(tokens, actors, m.first) &&
    !TALKED_ABOUT.test(before) &&
    !STUCK_ON_OR_TALKS_FOR.test(before) &&
    // (Nor what the talks left out: "Blinken and Lavrov said halting NATO expansion was not discussed".)
    !notTalkedOfAfter(tokens, m) &&
    // (Nor a question put: "Asked whether he would pull the troops out, he said no".)
    !/\bwhether\b/i.test(before) &&
    // (Not a commentator's words, nor joining another organisation: "… from joining the EU".)
    speaker?.kind !== 'other' &&
    !commentatorsGuessOpens(tokens) &&
    !sentence.text.includes('?') &&
    // (A contrast, not a restriction: "the real problem is the build-up, not the expansion of NATO".)
    !(tokens[m.first]?.lower === 'not' && /^(?:,|but)$/.test(tokens[m.first - 1]?.lower ?? '')) &&
    !joinsAnotherOrganisation(m, tokens, actors, compiled) &&
    !negatedFact(m, tokens, actors) &&
    !ofBothSides(m, tokens, actors, compiled) &&
    !neitherNorFact(m, tokens, actors) &&
    !conditionalOwnStep(m, tokens, actors, compiled) &&
    !timeClauseOfOther(m, tokens, actors, compiled) &&
    !eventInTimeClause(m, tokens) &&
    !eventUnderWay(m, tokens, actors) &&
    // (Nor a proposal someone is weighing: "The White House is studying the Taliban's proposal for …".)
    weighedProposalVerb(tokens, m, actors) < 0 &&
    !addresseesOwnStep(m, tokens, actors, compiled) &&
    // (Nor put off: "Kosovo will postpone the fines for Serbian plates" — deferred-demand.ts.)
    !deferredBefore(tokens, m) &&
    // (Nor the content of a derided claim: "spouting nonsense that Washington should …" — derided-claim.ts.)
    !deridedClaimContent(tokens, m) &&
    // (Nor what another side's push asks for: "dismissed appeals from the allies to pull the battalions
    // back" — pushed-by-other.ts.)
    !pushedByOther(tokens, actors, m, [...(proposers ?? [])]) &&
    // (Nor a plan another party denies having: "Washington has said it has no plan to cut the number of
    // its soldiers in Eastern Europe" — denied-own-plan.ts.)
    !deniedOwnPlan(tokens, actors, m, proposers) &&
    // ("“We will not rewrite the protocol,” the minister said": the demand refused, not stated.)
    !(
      m.direction === 1 &&
      negatedJustBefore(tokens, m) &&
      !(speaker?.kind === 'party' && !speaker.parties.some((p) => !!proposers?.has(p))) &&
      !actors.some(
        (a) =>
          a.kind !== 'adjective' &&
          a.last < m.first &&
          a.parties.length > 0 &&
          !a.parties.some((p) => !!proposers?.has(p)),
      )
    ) &&
    // (Not where the proposer is named only as the one the demand's words are for or aimed at, speaking
    // nowhere in the sentence: "Seoul urged sanctions relief for Pyongyang" is Seoul's word, not the North's.)
    !(
      !(speaker?.kind === 'party' && speaker.parties.some((p) => !!proposers?.has(p))) &&
      proposerNamings.length > 0 &&
      proposerNamings.every((a) => namedAsBeneficiary(tokens, a, m))
    ) &&
    // (Nor where another party speaks and the proposer is named only as the one it tells or urges: "The
    // resolution gave Hamas a plain message: accept the deal and bring this war to an end" is the
    // speaker's word to the proposer, not the proposer's demand.)
    !(
      sayer?.kind === 'party' &&
      !sayer.parties.some((p) => !!proposers?.has(p)) &&
      proposerNamings.length > 0 &&
      proposerNamings.every((a) => toldOrUrged(tokens, a, actors))
    ) &&
    // (History: "the nations that joined NATO after 1997".)
    !(
      /^(?:after|since|before) \d{4}$/i.test(m.match) &&
      /^(?:join|joins|joined|entered|acceded)$/.test(
        tokens[m.first - 2]?.lower ?? tokens[m.first - 1]?.lower ?? '',
      )
    ) &&
    // (Where the sentence names the proposer letting it go, doubting it or talking it over, its reading
    // had the say: "Russia set the rollback aside", "talks with Russia on …".)
    !(
      actors.some((a) => a.parties.some((p) => !!proposers?.has(p))) &&
      PROPOSER_NOT_HOLDING.test(sentence.text)
    ) &&
    // (Nor what another party's paper or words withhold: "[the US reply] contains no promise that NATO
    // will halt its enlargement" is the sender's refusal, not the proposer stating its demand.)
    !(sayer && !sayer.parties.some((p) => !!proposers?.has(p)) && WITHHELD_PLEDGE.test(before))
  );
}

/**
 * The proposers of `m`'s demand that deny it in their own words right before it ("North Korea said it
 * no longer needs sanctions relief", "“We will never beg for relief,” the North's statement said"): the
 * nearest party named before the demand's words, or the party speaking where none is. Where no reading
 * of the sentence took that denial, the document's stated demand must not be credited to them as support.
 */
export function proposersDenying(
  m: DemandMention,
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  speaker: Speaker | null,
): string[] {
  const proposers = compiled.proposers.get(m.demand);
  if (!proposers?.size || m.direction !== 1 || !negatedJustBefore(tokens, m)) return [];
  const before = actors.filter((a) => a.kind !== 'adjective' && a.parties.length > 0 && a.last < m.first);
  const nearest = before[before.length - 1];
  // (A subject, opening its clause: not the one told, "had told the Russian delegation they had no plans to …".)
  let k = nearest ? nearest.first - 1 : -1;
  if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  if (
    nearest &&
    k >= 0 &&
    !/^(?:[,;:"“”—–]|that|and|but|while|because|since|when|as)$/.test(tokens[k]?.lower ?? '')
  )
    return [];
  const holders = nearest ? nearest.parties : speaker?.kind === 'party' ? speaker.parties : [];
  return holders.filter((p) => proposers.has(p));
}

/** Where a clause opens: the sentence's start, a quotation mark, a colon or semicolon, a dash. */
const CLAUSE_EDGE = /^(?:[:;"“”—–]|--)$/;
/** A modal of a foretold outcome (not "must" or "should", which state what is wanted). */
const FORETOLD = /^(?:will|would|could|might|may|can|'ll|’ll)$/;
/** What the outcome's predicate may call the demand where it states it: "would be the first step", "is a precondition". */
const STILL_WANTED =
  /^(?:step|steps|precondition|preconditions|condition|conditions|prerequisite|necessary|needed|essential|required|key|must|should|only|way)$/;
/** Subjects of a foretold outcome that stand for the deal or plan: "it would free …", "the deal will …". */
const OUTCOME_SUBJECT =
  /^(?:it|this|that|which|deal|agreement|accord|plan|proposal|arrangement|truce|ceasefire|draft|text|package)$/;

/**
 * "“Lifting sanctions and pouring billions into Tehran will fund its militias,” the minister said", "the
 * deal taking shape is a disgrace: it would free convicts and pull the army out": a party that did not put
 * the demand forward telling what meeting it would bring about, or what the deal would do, is that party's
 * forecast (its own reading takes its view), no statement of the proposer's demand. `voice` is whose words
 * the sentence gives. Only a party's voice: "Lifting sanctions will be the first step" states the demand.
 */
export function foretoldByOther(
  m: DemandMention,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  voice: readonly string[],
): boolean {
  const proposers = compiled.proposers.get(m.demand);
  if (voice.length === 0 || voice.some((p) => proposers?.has(p))) return false;
  // (The demand's words open their clause and a modal of outcome follows in it: "Lifting sanctions … will unleash".)
  let k = m.first - 1;
  while (
    k >= 0 &&
    /^(?:[“"]|the|a|an)$/.test(tokens[k]?.lower ?? '') &&
    !CLAUSE_EDGE.test(tokens[k]?.text ?? '')
  )
    k--;
  if (k < 0 || CLAUSE_EDGE.test(tokens[k]?.text ?? '')) {
    for (let j = m.last + 1; j < tokens.length && j <= m.last + 12; j++) {
      const w = tokens[j]?.lower ?? '';
      if (/^(?:[,;:.!?"“”—–(]|that|which|who|if|unless|because|but)$/.test(w)) break;
      if (/^(?:must|should|is|are|was|were|has|have|needs?)$/.test(w)) break;
      if (FORETOLD.test(w)) {
        const rest = tokens.slice(j + 1, j + 8);
        const end = rest.findIndex((t) => /^[,;:.!?"“”]$/.test(t.text));
        return !(end < 0 ? rest : rest.slice(0, end)).some((t) => STILL_WANTED.test(t.lower));
      }
    }
    return false;
  }
  // (Or a verb after "it would" in its clause, the deal's subject and modal opening it: "it would free
  // hundreds of convicts, pull the army out"; only where a party the demand is put to speaks.)
  const addressees = compiled.addressees.get(m.demand);
  if (!voice.every((p) => addressees?.has(p))) return false;
  for (let j = m.first - 1; j >= 1 && j >= m.first - 14; j--) {
    const w = tokens[j]?.lower ?? '';
    if (CLAUSE_EDGE.test(tokens[j]?.text ?? '') || /^(?:if|unless|must|should|that)$/.test(w)) return false;
    if (/^(?:would|will|'ll|’ll)$/.test(w) && OUTCOME_SUBJECT.test(tokens[j - 1]?.lower ?? '')) {
      // (The subject opening its clause: not "a government opposed to the accord would not quit it".)
      let s = j - 2;
      if (/^(?:the|this|that|a|an|new)$/.test(tokens[s]?.lower ?? '') && tokens[j - 1]?.lower !== 'which')
        s--;
      if (/^(?:the|this|that|a|an)$/.test(tokens[s]?.lower ?? '')) s--;
      const opens = s < 0 || /^(?:[,;:"“”—–]|and|but|so|because)$/.test(tokens[s]?.lower ?? '');
      return (
        (opens || tokens[j - 1]?.lower === 'which') &&
        (j === m.first - 1 || tokens.slice(j + 1, m.first).some((t) => t.text === ','))
      );
    }
  }
  return false;
}
