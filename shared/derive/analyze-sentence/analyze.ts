/**
 * analyzeSentence: one sentence read into findings and unclassified mentions, the reading's layers
 * asked in turn and the rules that need the whole sentence's findings applied after them.
 */
import { deferredBefore } from '../deferred-demand';
import { onlyInExchange, pastAside } from '../exchange-condition';
import { addresseeOfDemand } from '../word-lists';
import { canSpeak, type ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import { makeCue, PARTICLE_VERBS, type Cue } from '../cues';
import { readDeniedPlansForPronoun, readOfferedMeasures } from '../offered-measures';
import { readChallengedMeasures } from '../challenged-measures';
import { readOpposedImposition } from '../opposed-imposition';
import { readFrontedObjects, readPredicateRelatives } from '../fronted-objects';
import { readRelativeVerdicts } from '../relative-verdicts';
import { readFrontedTopics } from '../fronted-topics';
import { readExistentialPaper } from '../existential-paper';
import { readPronounObjects } from '../pronoun-objects';
import { readAskedAbout } from '../asked-about';
import { readFrontedChoiceBacking } from '../fronted-choice-backing';
import { readSiding } from '../siding';
import { readWarnings } from '../warnings';
import { readWithheldConditions } from '../withheld-conditions';
import { readWithheldGains } from '../withheld-gain';
import { readWithheldEnds } from '../withheld-end';
import { readConditionalBenefit } from '../conditional-benefit';
import { readConditionedDemands } from '../conditioned-demand';
import { readMadeConditions } from '../made-condition';
import { readStandingRefusals } from '../standing-refusal';
import { readDireConsequence } from '../dire-consequence';
import { readHarmedCourses } from '../harmed-course';
import { readQualifiedTerms } from '../qualified-terms';
import { readRespectedDecisions } from '../respected-decision';
import { readLimitedReadiness } from '../limited-readiness';
import { readDeniedReports } from '../denied-report';
import { partySpeaking, SPEECH, type Speaker } from '../speaker';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import {
  type Holder,
  partyHolder,
  type SentenceFinding,
  type SentenceInput,
  type SentenceMention,
} from './types';
import { FIRST_PERSON, GRIEVANCE, NP_SKIP, RELENTING } from './lexicon';
import {
  accessionHistory,
  deniedCueBefore,
  demandAsCue,
  mutualTopic,
  negatedJustBefore,
  wordOf,
} from './phrase-helpers';
import { dropNoncommittalPairs } from './noncommittal-pair';
import { dropJointFailures } from './joint-failure';
import { dropOwnSayDenied } from './own-say-denied';
import { dropWeighedOpposites } from '../weighed-matter';
import { actsAtRequest } from './at-request';
import { partOfDealToCome } from './part-of-deal';
import { pushedByOther } from './pushed-by-other';
import { progressMadeTogether } from './progress-made';
import { partiesRelentingOnTheirDemands, proposersLettingGo, speakerSharingTheRefusal } from './relenting';
import { SentenceReading } from './sentence-reading';
import { downplayedDemands } from './downplayed';
import { readNegatedPassives } from './negated-passive';
import { readDeniedComings } from './denied-coming';
import { wordSet } from '../word-set';
import { insideOthersUndertaking } from './noted-undertaking';
import { readAdmittedPassives } from './admitted-passive';
import { readDeniedMotives } from './denied-motive';
import { readJudgedDemands } from './judged-demand';
import { readEnabledTalks } from './enabled-talks';
import { otherActorSubject, partySubjectBefore } from './other-actor-subject';
import { notTalkedOfAfter } from './not-discussed';
import { refusedTalksBefore } from './refused-talks';
import { datedPastEvent } from '../dated-past-event';
import { inabilityOfProposer, readDeniedRights } from './denied-right';
import { onceOpensCondition } from '../once-condition';
import { readApposedContentVerdicts } from './apposed-content-verdict';
import { readRelativeAsideSubjects } from './relative-aside-subject';
import { inQuestionToExplain } from './question-to-explain';

const MODALS = new Set(['will', 'would', 'shall', 'can', 'could', "won't", "wouldn't", 'cannot', "can't"]);
/** Between a party and its act, perfect tense: "Iran has enriched …", "Moscow had already moved …". */
const AUXILIARY_OF_ACT = wordSet(/^(?:has|have|had|already|also|now|just|reportedly)$/);
/** A participle of a done act: "enriched", "sent", "built" (not "no say", nor "entitled", after "is"). */
const DONE = /^(?:\w+ed|\w+en|sent|built|put|set|made|kept|held|left|begun|spent|cut)$/;
const NEGATIVE_MODALS = new Set(["won't", "wouldn't", 'cannot', "can't"]);
/** The modals of an offered step: "will lift", "would remove" (no "can", no negation). */
const OFFERING_MODALS = new Set(['will', 'would']);
/**
 * Whether a condition opens within the few words after `from`, before the clause breaks: "if", "provided",
 * "only once", "only after", "only when", "on (the) condition that" (not "even if", "as if").
 */
function conditionFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + 8; k++) {
    const w = tokens[k]?.lower ?? '';
    // ("…, but only in exchange for a ceasefire": the restriction that follows is still the condition.)
    if (w === 'but' && tokens[k + 1]?.lower === 'only' && onlyInExchange(tokens, k + 2)) return true;
    if (/^[;:—–()"“”]$/.test(w) || /^(?:but|and|because|while|although|though)$/.test(w)) return false;
    if (w === 'only' && onlyInExchange(tokens, k + 1)) return true;
    if ((w === 'if' || w === 'provided') && !/^(?:even|as|what)$/.test(tokens[k - 1]?.lower ?? ''))
      return true;
    if (/^(?:once|after|when)$/.test(w) && tokens[k - 1]?.lower === 'only') return true;
    // ("would return to the deal once its demands are met": "once" opening a clause is a condition.)
    if (onceOpensCondition(tokens, k)) return true;
    // "… on condition that the insurgents cut violence", "on the condition that …".
    if (
      w === 'condition' &&
      tokens[k + 1]?.lower === 'that' &&
      /^(?:on|the)$/.test(tokens[k - 1]?.lower ?? '')
    )
      return true;
  }
  return false;
}
/** Verbs of going on with what follows: "keep (on)", "continue (to)", "go on", "carry on". */
const GOING_ON = new Set(['keep', 'keeps', 'continue', 'continues', 'begin', 'start']);
/**
 * Whether token `k` is part of "keep (on)", "continue (to)", "go on" or "carry on" before what goes on,
 * or of "begin (to)", "start (to)" before what is set going: "America will begin to reduce its forces".
 */
function goingOnAt(tokens: readonly Token[], k: number): boolean {
  const word = tokens[k]?.lower ?? '';
  if (GOING_ON.has(word)) return true;
  const before = tokens[k - 1]?.lower ?? '';
  if (word === 'on') return /^(?:keep|keeps|go|goes|carry|carries)$/.test(before);
  if (word === 'to') return /^(?:continue|continues|begin|start)$/.test(before);
  return /^(?:go|carry)$/.test(word) && tokens[k + 1]?.lower === 'on';
}

const BACK_POINTERS = new Set([
  'an',
  'a',
  'all',
  'this',
  'these',
  'which',
  'something',
  'both',
  'each',
  'demands',
  'proposals',
  'ideas',
]);

const JOINED_VERB = new Set(['but', 'and', 'yet']);

/** Whether "without" stands right before `first`, past at most one determiner ("without a", "without any"). */
function doneWithout(tokens: SentenceInput['tokens'], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  if (before === 'without') return true;
  return /^(?:a|an|the|any)$/.test(before) && tokens[first - 2]?.lower === 'without';
}

/** Words of denial in a clause. */
const NEGATION_WORD = /^(?:not|never|no|nothing|cannot|.*n['’]t)$/;

/**
 * The speaking party states the demand (or its opposite) in its own words, with no cue: the words
 * themselves are the cue, held by the speaker.
 */
function emitOwnWording(
  r: SentenceReading,
  input: SentenceInput,
  m: DemandMention,
  party: string,
  speaking: Extract<Speaker, { kind: 'party' }>,
  speaker: Speaker | null,
): void {
  // "The Kremlin signalled it had set the rollback aside": its own words, let go.
  // (In this sentence's words: `input.text` is the whole document, whose headline may say "back off".)
  const first = input.tokens[0];
  const last = input.tokens[input.tokens.length - 1];
  const sentence = first && last ? input.text.slice(first.start, last.end) : '';
  if (input.compiled.proposers.get(m.demand)?.has(party) && RELENTING.test(sentence)) return;
  // "“We will not rewrite the protocol,” the minister said": its own words, refused, hold nothing.
  // Nor the opposite denied: "Sweden has no intention of applying for membership" states no right to join.
  if (m.direction !== 0 && negatedJustBefore(input.tokens, m)) return;
  // "the threat can be dealt with without keeping a residual force": the opposite named as what the
  // speaker would do without is set aside, not stated (it read the speaker holding it).
  if (m.direction === -1 && doneWithout(input.tokens, m.first)) return;
  // "Russia is not willing to discuss limits on missiles": the refusal's cue reads it (refused-talks.ts).
  if (refusedTalksBefore(input.tokens, input.cues, m)) return;
  // "squeezing concessions out of them by “maximum pressure” has not worked": a short term set in
  // quotation marks of its own, inside the speaker's words, is another's slogan named, not the
  // speaker's own wording.
  const open = input.tokens[m.first - 1]?.text ?? '';
  const close = input.tokens[m.last + 1]?.text ?? '';
  if (m.last - m.first <= 4 && /^["“‘']$/.test(open) && /^["”’']$/.test(close)) return;
  // "If the allies stay past May 1, they risk more attacks": a course weighed in a condition, not stated.
  const condition = m.direction === -1 ? r.conditionOpener(m.first) : -1;
  if (condition >= 0 && input.tokens[condition]?.lower === 'if') return;
  const cue = demandAsCue(input, m);
  // "Soviet troops withdrew from Poland in 1993, the ministry noted": the demand's words told as a dated
  // past event are background, not the speaker's demand (history is no stance).
  if (
    first &&
    last &&
    datedPastEvent(input.tokens, m, input.published, { start: first.start, end: last.end })
  )
    return;
  r.emit(
    {
      parties: [party],
      kind: speaking === speaker ? (speaking.document ? 'document' : 'speaker') : 'previous-speaker',
      matched: speaking.matched,
      role: speaking.role,
    },
    cue,
    cue,
    m,
    Math.max(0, clauseOf(r.spans, m.first)),
  );
}

export function analyzeSentence(input: SentenceInput): {
  findings: SentenceFinding[];
  mentions: SentenceMention[];
} {
  const { tokens, compiled, actors, mentions, cues, speaker, previousSpeaker } = input;
  if (mentions.length === 0) return { findings: [], mentions: [] };
  const r = new SentenceReading(input);
  const { findings, spans, speakers } = r;

  r.readMentions();
  r.verdictsAfterLists();
  r.predicateClauses();
  r.backPointers();
  readPronounObjects(r);
  readAskedAbout(r);
  readFrontedObjects(r);
  readPredicateRelatives(r);
  readRelativeVerdicts(r);
  readFrontedTopics(r);
  readExistentialPaper(r);
  readOfferedMeasures(r);
  readChallengedMeasures(r);
  readOpposedImposition(r);
  readDeniedPlansForPronoun(r);
  readSiding(r);
  readFrontedChoiceBacking(r);
  readWarnings(r);
  readWithheldConditions(r);
  // "North Korea will not get sanctions relief until it disarms, Pompeo said": the speaker's refusal for now.
  readWithheldGains(r);
  // "Netanyahu said the war will not end until Hamas is destroyed": the same, the demand's words denied.
  readWithheldEnds(r);
  readConditionalBenefit(r);
  readConditionedDemands(r);
  readMadeConditions(r);
  readDireConsequence(r);
  readHarmedCourses(r);
  readQualifiedTerms(r);
  readRespectedDecisions(r);
  readNegatedPassives(r);
  readDeniedComings(r);
  readAdmittedPassives(r);
  r.asDemandedBy();
  r.demandsViolate();
  r.askedByProposer();
  readJudgedDemands(r);
  // "Lavrov said the US answer makes talks possible on arms control": the speaker is open too.
  readEnabledTalks(r);
  // "Washington's readiness to talk does not extend to a halt to enlargement": its refusal of it.
  readLimitedReadiness(r);
  // "NBC reported Washington was ready to offer … . The White House rejected the story.": its refusal.
  readDeniedReports(r);

  // A party that put the demand forward, speaking, names it in its own terms ("there should be no
  // further expansion of NATO", "the non-expansion of NATO is the main issue"): it states its demand.
  const speaking =
    speaker?.kind === 'party' ? speaker : previousSpeaker?.kind === 'party' ? previousSpeaker : null;
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      // (Another party's reading of the same words does not silence the speaker: "… unready to meet
      // halfway our demands to halt expansion, curtail the infrastructure …", said the Russian envoy.)
      // Only in a quotation or a sentence with a speech verb: a narrative sentence after a quote is the
      // reporter's, and another party's reading of it stands alone.
      const quoted = speaker !== null || /^["“‘']/.test(tokens[0]?.text ?? '');
      if (
        m.direction !== 1 ||
        m.kind === 'reference' ||
        findings.some((f) => f.mention === m && (!quoted || speaking.parties.includes(f.party)))
      )
        continue;
      // "the countries that joined NATO after 1997 are loyal allies": when they joined is history.
      if (accessionHistory(tokens, m, mentions, cues)) continue;
      // ("… note that the party's tests do not call for the court to be removed": not asked for there.)
      if (deniedCueBefore(tokens, cues, m)) continue;
      // ("Lavrov said halting NATO expansion was not discussed": left out of the talks, not stated.)
      if (notTalkedOfAfter(tokens, m)) continue;
      // (Arms control is mutual: its proposer lamenting it states no demand of its own.)
      if (mutualTopic(m, compiled)) continue;
      // ("Kurti said he would postpone the fines for Serbian plates": put off, not stated — deferred-demand.ts.)
      if (deferredBefore(tokens, m)) continue;
      // ("rejected calls from the West to pull those forces back, saying …": the West's request — pushed-by-other.ts.)
      if (pushedByOther(tokens, actors, m, speaking.parties)) continue;
      // "the US has expressed the wish to limit missiles": another party's wish, not the speaker's demand.
      const mc = spans[clauseOf(spans, m.first)] as [number, number];
      if (
        speakers.some(
          (a) =>
            a.first >= mc[0] &&
            a.last < m.first &&
            !a.parties.some((p) => speaking.parties.includes(p)) &&
            !r.inPrepositionalPhrase(a) &&
            // "the treaties envisage NATO's pledge to refrain from …": the addressee inside the content.
            !addresseeOfDemand(tokens, a.first),
        )
      )
        continue;
      const proposers = compiled.proposers.get(m.demand);
      for (const party of speaking.parties) {
        if (!proposers?.has(party) || findings.some((f) => f.party === party && f.demand === m.demand))
          continue;
        emitOwnWording(r, input, m, party, speaking, speaker);
      }
    }
  }

  // The party that put the demand forward, speaking, describes the demand's opposite as a threat to it:
  // "the deployment of strike weapons that can threaten our territory", "…keep deploying missiles
  // there, which poses a direct threat to Russia". Its grievance is its demand.
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      if (m.direction !== -1 || m.kind === 'reference') continue;
      const proposers = compiled.proposers.get(m.demand);
      const parties = speaking.parties.filter(
        (p) => proposers?.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
      );
      if (parties.length === 0) continue;
      // Or says what it does hinders it: "curbs on shipping have held back its exports".
      const hindering = m.kind === 'frame' ? r.hinderingPredicate(m) : -1;
      const grievance =
        cues.find(
          (c) =>
            c.first > m.last &&
            c.attitude === 'rejects' &&
            !c.negated &&
            !c.owner &&
            GRIEVANCE.test(tokens[c.first]?.lower ?? '') &&
            r.relativeGrievance(m, c),
        ) ??
        (hindering >= 0
          ? makeCue({
              first: hindering,
              last: hindering,
              attitude: 'rejects' as const,
              text: (tokens[hindering] as Token).text,
              negated: false,
              negation: null,
            })
          : undefined);
      if (!grievance) continue;
      r.emit(
        {
          parties,
          kind: speaking === speaker ? (speaking.document ? 'document' : 'speaker') : 'previous-speaker',
          matched: speaking.matched,
          role: speaking.role,
        },
        { attitude: 'rejects', negated: false },
        grievance,
        m,
        Math.max(0, clauseOf(spans, m.first)),
      );
    }
  }

  // "X demanded Y — an ask the US dismissed as a non-starter", "Russia's key demands — …— all this the
  // United States refused to discuss": a clause after a dash that points back takes the demands before it.
  for (let ci = 1; ci < spans.length; ci++) {
    const [cs, ce] = spans[ci] as [number, number];
    if (!['—', '–', '-'].includes(tokens[cs - 1]?.text ?? '')) continue;
    const openerEnd = Math.min(ce + 1, cs + 3);
    if (
      !BACK_POINTERS.has(wordOf(tokens, cs, openerEnd, 0)) &&
      !BACK_POINTERS.has(wordOf(tokens, cs, openerEnd, 1))
    )
      continue;
    const cue = cues.find((c) => c.first >= cs && c.last <= ce && !c.owner);
    if (!cue) continue;
    // "– these requirements, according to the United States, are unacceptable": whom it is according to.
    const holder =
      r.subjectBefore(cue.first, [cs, ce]) ??
      (speaker?.kind === 'party' && tokens.slice(cs, cue.first).some((t) => t.lower === 'according')
        ? partyHolder(speaker)
        : null);
    if (!holder || holder.parties.length === 0) continue;
    for (const m of mentions) {
      if (m.last >= cs || findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
      r.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
    }
  }

  // A party's own declaration of what it will do: "…, Sherman said: Washington would not halt NATO
  // enlargement". The subject is the speaker's own party and a modal carries the intent. (Or the
  // speaker "he" stands for: "He added that the alliance would keep admitting new members".)
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      if (m.kind === 'reference' || findings.some((f) => f.mention === m)) continue;
      let k = m.first - 1;
      // ("will keep admitting", "will continue to admit", "will go on enlarging": going on with it.)
      while (k >= 0 && (tokens[k]?.transparent || MODALS.has(tokens[k]?.lower ?? '') || goingOnAt(tokens, k)))
        k--;
      // "Ukraine's accession": a possessive is no modal; a modal must stand between.
      if (!tokens.slice(k + 1, m.first).some((t) => MODALS.has(t.lower))) continue;
      // ("NATO cannot admit new members now": what it is unable to do is no declared intent either way.)
      if (tokens.slice(k + 1, m.first).some((t) => NEGATIVE_MODALS.has(t.lower))) continue;
      const subject = actors.find(
        (a) => a.last === k && canSpeak(a) && a.parties.some((p) => speaking.parties.includes(p)),
      );
      if (!subject) continue;
      const ci = Math.max(0, clauseOf(spans, m.first));
      r.emitDeclaredIntent(
        speaking,
        subject.parties.filter((p) => speaking.parties.includes(p)),
        k + 1,
        m.first - 1,
        m,
        ci,
      );
    }
  }

  // "The US will lift the duties only once Beijing has carried out its commitments", "Washington said it
  // would remove the tariffs if China honours the deal": the side a demand is put to, the subject, offering
  // the step itself on a condition that follows, is open to it (the condition makes the modality
  // conditional). Not where another party speaks: that is its account of the subject.
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1 || findings.some((f) => f.mention === m)) continue;
    let k = m.first - 1;
    while (k >= 0 && (tokens[k]?.transparent || OFFERING_MODALS.has(tokens[k]?.lower ?? ''))) k--;
    if (!tokens.slice(k + 1, m.first).some((t) => OFFERING_MODALS.has(t.lower))) continue;
    // ("The terror group, for its part, will free …": past an aside to the subject.)
    const modalAt = k + 1;
    k = pastAside(tokens, k);
    const addressees = compiled.addressees.get(m.demand);
    const proposers = compiled.proposers.get(m.demand);
    const isAddressee = (a: ActorMention): boolean =>
      canSpeak(a) && a.parties.length > 0 && a.parties.every((p) => addressees?.has(p) && !proposers?.has(p));
    let subject = actors.find((a) => a.last === k);
    // ("Washington said it would …": the pronoun stands for the one saying.)
    if (!subject && /^(?:it|he|she|they)$/.test(tokens[k]?.lower ?? '')) {
      let v = k - 1;
      if (tokens[v]?.lower === 'that') v--;
      if (/^(?:said|says|added|announced|stated)$/.test(tokens[v]?.lower ?? ''))
        subject = actors.find((a) => a.last === v - 1);
    }
    if (!subject || !isAddressee(subject) || r.inPrepositionalPhrase(subject)) continue;
    // (A subject opening its clause: "… that the US would …" may be another's claim about it.)
    let b = subject.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[b]?.lower ?? '')) b--;
    if (b >= 0 && !/^(?:,|and|but|while|;)$/.test(tokens[b]?.lower ?? '')) continue;
    if (speaking?.kind === 'party' && !subject.parties.every((p) => speaking.parties.includes(p))) continue;
    if (!conditionFollows(tokens, m.last + 1)) continue;
    const ci = Math.max(0, clauseOf(spans, m.first));
    const cue: Cue = makeCue({
      first: modalAt,
      last: m.first - 1,
      attitude: 'intent',
      text: input.text.slice((tokens[modalAt] as Token).start, (tokens[m.first - 1] as Token).end),
      negated: false,
      negation: null,
    });
    r.emit(r.asHolder(subject), cue, cue, m, ci);
  }

  // "NATO will never close its door", "we won't withdraw our troops": a negated future or modal of the
  // subject's own act is its refusal. Only a refusal (the negation makes the words the demand's
  // opposite), only of a party that did not put the demand forward, and only where no other party is
  // speaking about it ("Putin said NATO would never stop expanding" is Putin's charge).
  const speakingParties = speaking?.kind === 'party' ? speaking.parties : null;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0 || findings.some((f) => f.mention === m)) continue;
    if (/^(?:join|joining|joined|accede|become|apply)/i.test(m.match)) continue;
    // The negation opens the demand's words ("never + close + its door"), or stands before a verb whose
    // particle the words end on ("will not pull its forces back": the words are "forces + back").
    let at0 = m.first;
    if (m.direction === 1) {
      if (m.kind !== 'frame') continue;
      let p = m.first - 1;
      while (p > 0 && (NP_SKIP.has(tokens[p]?.lower ?? '') || FIRST_PERSON.has(tokens[p]?.text ?? ''))) p--;
      if (!PARTICLE_VERBS.test(tokens[p]?.lower ?? '') || p < m.first - 3) continue;
      at0 = p - 1;
    }
    const open = tokens[at0] as Token | undefined;
    if (!open) continue;
    const contracted = /^(?:won|wouldn|can|couldn|shan)['’]t$|^cannot$/.test(open.lower);
    if (!contracted && !(['not', 'never'].includes(open.lower) && MODALS.has(tokens[at0 - 1]?.lower ?? '')))
      continue;
    const k = contracted ? at0 - 1 : at0 - 2;
    const at = tokens[k];
    // The word before the subject ("the alliance" ends at `k`): "… a pledge that NATO will never …" is
    // content, "whether the alliance will not …" a question; "… made it plain that NATO will not …" a report.
    const b = (speakers.find((a) => a.last === k)?.first ?? k) - 1;
    const reported =
      tokens[b]?.lower === 'that' &&
      (SPEECH.has(tokens[b - 1]?.lower ?? '') || /^(?:clear|plain)$/.test(tokens[b - 1]?.lower ?? ''));
    if (!at || (!reported && ['that', 'if', 'whether', 'for', 'unless'].includes(tokens[b]?.lower ?? '')))
      continue;
    const ci = Math.max(0, clauseOf(spans, m.first));
    let holder: Holder | null = null;
    if (FIRST_PERSON.has(at.text) && speaking?.kind === 'party')
      holder = { parties: speaking.parties, kind: 'first-person', matched: at.text, role: speaking.role };
    else {
      // "…was willing to talk but would not close NATO's door": the subject the coordinated verb shares.
      const subject = JOINED_VERB.has(at.lower)
        ? spans
            .slice(0, ci)
            .map((sp) => r.clauseSubject(sp))
            .filter((a): a is ActorMention => !!a)
            .pop()
        : speakers.find((a) => a.last === k && !r.inPrepositionalPhrase(a));
      // ("Asked about Stoltenberg's remark that the alliance would not …, Peskov said …": a statement
      // named with its author is the author's, whoever speaks in the sentence.)
      const statedBy = subject ? r.statementContentHolder(k + 1) : null;
      if (
        subject &&
        (speakingParties === null ||
          subject.parties.every((p) => speakingParties.includes(p)) ||
          (!!statedBy?.parties.length && subject.parties.every((p) => statedBy.parties.includes(p)))) &&
        speaker?.kind !== 'pronoun'
      )
        holder = r.asHolder(subject);
    }
    if (!holder) continue;
    const proposers = compiled.proposers.get(m.demand);
    holder = { ...holder, parties: holder.parties.filter((p) => !proposers?.has(p)) };
    const cue: Cue = makeCue({
      first: k + 1,
      last: Math.max(at0, m.first),
      attitude: 'intent',
      text: input.text.slice((tokens[k + 1] as Token).start, open.end),
      negated: m.direction === 1,
      negation: null,
    });
    r.emit(holder, cue, cue, m, ci);
  }

  // "Moscow quits the grain deal": a party's act that the demand's opposite names.
  r.actOnOpposite();

  // A party that did not propose the demand, speaking, states its opposite as a fact ("it is up to
  // NATO and Ukraine alone to decide", "every nation has the right to choose its alliances").
  if (speaking?.kind === 'party') {
    for (const m of mentions) {
      // (Not an act it tells of another party doing: "Putin is turning food into a weapon by quitting
      // the deal, Cleverly said" is Putin's act, not Cleverly's wording.)
      if (r.doerOfAct(m)?.parties.some((p) => !speaking.parties.includes(p))) continue;
      // (Nor another party's act named as the clause's subject: "Iran has enriched uranium to 60 percent,
      // the agency said" reports Iran's step, not the agency's view.)
      const clause = spans[clauseOf(spans, m.first)] as [number, number] | undefined;
      if (
        clause &&
        speakers.some(
          (a) =>
            a.first >= clause[0] &&
            a.last < m.first - 1 &&
            DONE.test(tokens[m.first]?.lower ?? '') &&
            tokens.slice(a.last + 1, m.first).every((t) => AUXILIARY_OF_ACT.test(t.lower)) &&
            !a.parties.some((p) => speaking.parties.includes(p)),
        )
      )
        continue;
      // (Nor the act of a body it names without naming its party: "McDonald said the government would
      // trigger Article 16" tells what the government would do. Not where it is denied: "… said the
      // government had no right to …" is the speaker's own wording.)
      if (
        clause &&
        otherActorSubject(tokens, actors, m.first, clause[0]) &&
        !tokens.slice(clause[0], m.last + 1).some((t) => NEGATION_WORD.test(t.lower))
      )
        continue;
      // (Nor, from a side the demand is not put to, what another party would do, named as the reported
      // clause's subject: "McDonald said the British government would trigger Article 16" foretells
      // Britain's act; it is no wording of Sinn Féin's. A side the demand is put to keeps its reading:
      // "Stoltenberg said Ukraine will join" is the alliance's own refusal of the halt.)
      // (Not where it is denied, as above: "Moscow has no say over …, Kuleba said" is Kyiv's wording.)
      if (
        clause &&
        !speaking.parties.some((p) => compiled.addressees.get(m.demand)?.has(p)) &&
        !tokens.slice(clause[0], m.last + 1).some((t) => NEGATION_WORD.test(t.lower))
      ) {
        const subject = partySubjectBefore(tokens, actors, m.first, clause[0]);
        if (subject && !subject.parties.some((p) => speaking.parties.includes(p))) continue;
      }
      // (Nor the content of someone else's statement: "Netanyahu's statement that Israel has to retain
      // control of the corridor is in the way, Egypt said" is Netanyahu's wording, not Egypt's.)
      const stated = r.statementContentHolder(m.first);
      if (stated && !stated.parties.some((p) => speaking.parties.includes(p))) continue;
      // (Nor another party's undertaking it notes: "Beijing noted the alliance's promise to keep its door
      // open" tells what the alliance pledged, not Beijing's view — noted-undertaking.ts.)
      if (insideOthersUndertaking(tokens, actors, m.first, speaking.parties)) continue;
      // (A principle owned by another party does not stop it: "…, citing NATO's principle that …".)
      if (
        m.direction !== -1 ||
        m.kind !== 'phrase' ||
        findings.some((f) => f.mention === m && f.attribution.kind !== 'possessor')
      )
        continue;
      const proposers = compiled.proposers.get(m.demand);
      if (!proposers?.size) continue;
      for (const party of speaking.parties) {
        if (proposers.has(party) || findings.some((f) => f.party === party && f.demand === m.demand))
          continue;
        emitOwnWording(r, input, m, party, speaking, speaker);
      }
    }
  }

  // "All allies agree that Russia cannot prevent Ukraine's membership": a cue over the proposer's
  // inability does not take the demand up; it says the demand will not be met (read just below).
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    const proposers = compiled.proposers.get(f.demand);
    if (f.stance !== 'supports' || !proposers || proposers.has(f.party)) continue;
    if (inabilityOfProposer(tokens, actors, proposers, f.mention)) findings.splice(i, 1);
  }
  // "Russia has no right to keep Ukraine out of NATO, Stoltenberg said": the demand's words denied to
  // its proposer as a right are the speaker's refusal (denied-right.ts).
  if (speaking?.kind === 'party') readDeniedRights(r, input, speaking, speaker);

  // Last: a party's act against the demand, where nothing above read the mention.
  r.actsAgainst();
  readStandingRefusals(r);
  r.addresseeCommits();
  r.addresseeCommitsPassive();
  r.proposerStated();
  r.verdictOnApposedWorry();
  readApposedContentVerdicts(r);
  readRelativeAsideSubjects(r);
  r.answerToQuestionPut();
  r.namedProposer();
  r.ownedOpposite();
  r.proposerWithStatedDemand();
  r.draftContent();
  speakerSharingTheRefusal(input, findings);

  // "Romania's request for the withdrawal of NATO troops is unacceptable to Romania" (a garbled
  // sentence): a party refusing what the sentence calls its own request refuses it.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    if (f.attribution.kind !== 'possessor' || f.stance !== 'supports') continue;
    if (
      findings.some(
        (g) => g !== f && g.party === f.party && g.mention === f.mention && g.stance === 'rejects',
      )
    )
      findings.splice(i, 1);
  }

  // "Moscow has dropped its demand for …": a party that gave its demand up no longer holds it.
  for (const party of partiesRelentingOnTheirDemands(tokens, actors, compiled)) {
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i] as SentenceFinding;
      if (f.party === party && f.stance === 'supports') findings.splice(i, 1);
    }
  }
  proposersLettingGo(input, findings);
  // "China and the US made progress on …": the side the demand is put to is open on it.
  progressMadeTogether(input, findings);
  // "Kurti delays the fines at Washington's request": the party that asked holds the act's position.
  actsAtRequest(input, findings);
  // "… agrees rolling back tariffs would be part of a deal": the side asked is open, not granting it.
  partOfDealToCome(input, findings);
  // "The Taliban neither accepted nor rejected the proposal": no side taken.
  dropNoncommittalPairs(tokens, findings);
  // "The US and North Korea failed to agree on sanctions relief": the pair's failure, neither side's refusal.
  dropJointFailures(tokens, actors, findings, compiled);
  // "Kyiv complained it has no say in the talks": a say denied to a party is no stance of its own.
  dropOwnSayDenied(tokens, actors, findings, partySpeaking(speaker, previousSpeaker)?.parties ?? []);
  // "NATO weighed growing eastward", "Kabul is weighing an American plan for …": no openness to the demand.
  dropWeighedOpposites(tokens, actors, findings);
  // "Tehran's demand … is only a minor point": a demand weighed as small, by its proposer, is softened.
  downplayedDemands(input, findings);
  // "denied that he wants to … because Baku demands it": the motive may be what is denied.
  readDeniedMotives(r);

  // "No state may strengthen its security at the expense of others": the principle Moscow argues the
  // demand from. Its proposers invoking it state the demand; anyone else's reading of it (a Western
  // capital citing or reinterpreting the same OSCE text) is no stance on the demand.
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    if (!f.mention.principle) continue;
    // (Merely named near it is not invoking it: "Blinken said Russia's buildup makes others less safe".)
    // (Nor the topic of a question others are asked to answer: "asking them to explain how the principle …
    // is upheld" — question-to-explain.ts.)
    if (
      f.stance !== 'supports' ||
      !compiled.proposers.get(f.demand)?.has(f.party) ||
      f.attribution.kind === 'named-proposer' ||
      inQuestionToExplain(tokens, f.mention.first)
    )
      findings.splice(i, 1);
  }

  // "The Taliban would not sign any agreement that did not include a ceasefire": a condition the party
  // insists on, which a reader of "did not include" alone would take as its refusal.
  for (const c of r.agreementConditions ?? [])
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i] as SentenceFinding;
      if (f.mention === c.mention && f.stance === 'rejects' && c.parties.includes(f.party))
        findings.splice(i, 1);
    }

  // "Russia has no ally that will accept a halt to enlargement", "Russia says no member of Congress will
  // accept …": a demand no one is said to accept or offer is no one's position in that clause, whoever
  // speaks or is the sentence's subject.
  for (let i = findings.length - 1; i >= 0; i--) {
    const m = (findings[i] as SentenceFinding).mention;
    if (r.objectDeniedByNoOne(m.first)) findings.splice(i, 1);
  }

  // Unclassified mentions: a party named (or speaking) and a demand named, without a finding for the pair.
  const unclassified: SentenceMention[] = [];
  const named = new Map<string, string>();
  for (const a of speakers) for (const p of a.parties) if (!named.has(p)) named.set(p, a.text);
  if (speaker?.kind === 'party')
    for (const p of speaker.parties) if (!named.has(p)) named.set(p, speaker.matched);
  for (const m of mentions) {
    if (m.kind === 'reference' || m.principle) continue;
    for (const [party, partyMatch] of named) {
      if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
      if (unclassified.some((u) => u.party === party && u.demand === m.demand)) continue;
      if (!compiled.parties.some((p) => p.id === party)) continue;
      unclassified.push({ party, demand: m.demand, demandMatch: m.match, partyMatch });
    }
  }
  return { findings, mentions: unclassified };
}
