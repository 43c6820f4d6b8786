/**
 * The holder layer: who holds the position a cue states on a mention (holderOf).
 */
import { agentModifiesDocument } from './document-agent';
import { addresseeOfDemand, ASKING_OR_DRAFTING, GUARANTEE_WORD } from '../word-lists';
import { SPEAKING_PARTICIPLE } from '../clauses';
import { openingQuotationEnd, SPEECH } from '../speaker';
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import {
  ATTITUDE_NOUN,
  BE,
  LY_NOT_ADVERB,
  DEMAND_SUBJECT,
  DEONTIC,
  GUARANTEE_MODIFIER,
  JUDGED_AS,
  JUDGING,
  MODAL_FILLER,
  VERDICT_TO,
} from './lexicon';
import { type Holder, NO_HOLDER, partyHolder } from './types';
import { listItemAt } from './phrase-helpers';
import { frontedConcessionComma } from './fronted-concession';
import { SubjectFinding } from './subjects';
import { relativeAntecedent } from './relative-antecedent';
import { otherActorSubject } from './other-actor-subject';
import { ownPluralSubject } from './own-plural-subject';
import { prohibitionOnAddressee } from './prohibited-addressee';
import { hopedClauseSubject } from './hoped-clause';
import { wordSet } from '../word-set';
import { SHORTFALL_VERDICT } from './reproached-shortfall';

const FINITE_AFTER_AND = new Set([
  'has',
  'have',
  'had',
  'also',
  'since',
  'then',
  'later',
  'repeatedly',
  'again',
]);

/** Nouns of an answer given to a demand, held by the one they come from: "no welcome from NATO". */
const ANSWER_NOUN = wordSet(/^(?:welcome|rejection|rebuffs?|refusal)$/);

/** Participles of an impersonal aside: "it should be noted that …", "it must be remembered that …". */
const ASIDE_PARTICIPLE = wordSet(
  /^(?:noted|said|stressed|remembered|recalled|mentioned|emphasi[sz]ed|underlined|added|understood|pointed|borne|recogni[sz]ed|acknowledged|admitted|conceded)$/,
);

const PROHIBITIVE = new Set(['cannot', "can't", 'can’t']);
/** Participles of letting: "be allowed to", "be permitted to". */
const PERMITTED = /^(?:allowed|permitted)$/;

const ASKED = wordSet(/^(?:asked|urged|pressed|called|requested|invited|encouraged|pushed|told|advised)$/);

const PRESENTED_BY_SUBJECT = wordSet(
  /^(?:released|presented|sent|submitted|handed|published|issued|tabled|proposed|put|delivered|made|unveiled|drafted)$/,
);

/** Whether tokens[k] is the "by" of a passive verb of judging: "described by …". */
const judgedBy = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.lower === 'by' && JUDGED_AS.test(tokens[k - 1]?.lower ?? '');

const ADVERBIAL = wordSet(
  /^(?:out|of|hand|outright|flatly|firmly|swiftly|quickly|repeatedly|immediately|publicly|already|also|again)$/,
);

/** Nouns that can be a later item of a list of demands ("…, and explicit pledges that …"). */
const LIST_ITEM_NOUN = wordSet(
  /^(?:pledges?|guarantees?|assurances?|commitments?|promises?|demands?|calls?|proposals?|requests?)$/,
);

const ITEM_MODIFIER = wordSet(/^(?:explicit|written|formal|legal|binding|legally|firm|clear|the|a|an)$/);

/** Words after which a judging word ("call", "views") is a noun: a possessive or a determiner. */
const NOUN_BEFORE = /^(?:['’]s|the|a|an|its|their|his|her|these|those)$/i;

/** Holder finding, over subject finding. */
export abstract class HolderFinding extends SubjectFinding {
  /**
   * Where a participle clause ("…, adding that …") follows a speech tag that a quotation opening the
   * sentence ends at ("“…,” he said, adding …"), the quotation's closing mark: the participle is the
   * tag's speaker's, never a name quoted before it. Else -1.
   */
  quotationBeforeTag(ci: number): number {
    const { tokens, spans } = this;
    const clause = spans[ci] as [number, number] | undefined;
    if (!clause || ci === 0 || !SPEAKING_PARTICIPLE.test(tokens[clause[0]]?.lower ?? '')) return -1;
    const end = openingQuotationEnd(tokens);
    if (end < 0 || end >= clause[0]) return -1;
    // (Only a short tag between: "…,” he said, adding", "…,” the minister told reporters, noting".)
    const tag = tokens.slice(end + 1, clause[0] - 1);
    return tag.length <= 5 && tag.some((t) => SPEECH.has(t.lower)) && tokens[clause[0] - 1]?.text === ','
      ? end
      : -1;
  }

  holderOf(cue: Cue, ci: number, predicativeAfter: number | null = null): Holder | null {
    const { tokens, mentions, cues, speaker, previousSpeaker, spans, speakers } = this;
    const clause = spans[ci] as [number, number];
    // "remarks by his German counterpart, Annalena Baerbock, who said that …": the one the relative
    // pronoun follows said it.
    // ("who said", "who had said", "who also told …")
    const tagVerb = /^(?:had|has|have|also|later|then)$/.test(tokens[clause[0] + 1]?.lower ?? '')
      ? clause[0] + 2
      : clause[0] + 1;
    const antecedent = SPEECH.has(tokens[tagVerb]?.lower ?? '')
      ? relativeAntecedent(tokens, speakers, clause)
      : undefined;
    if (antecedent && cue.first > tagVerb) return this.asHolder(antecedent);
    // "Russia has no ally that will accept …": what no one will do is no one's position; so is the
    // demand it takes for object ("… will accept a halt to enlargement").
    if (!cue.owner && this.objectDeniedByNoOne(cue.first)) return NO_HOLDER;
    // "…described many of the Russian requests as non-starters, in particular demands for the removal
    // of NATO forces": an item of what was judged, not a demand of the judges.
    if (
      !cue.owner &&
      DEMAND_SUBJECT.test(tokens[cue.first]?.lower ?? '') &&
      listItemAt(tokens, cue.first - 1)
    )
      return NO_HOLDER;
    // "…a series of demands, including the withdrawal of … from Poland and Lithuania and explicit pledges
    // that …": a later item of the same list, held by no one named in the items before it.
    if (!cue.owner && LIST_ITEM_NOUN.test(tokens[cue.last]?.lower ?? '')) {
      let k = cue.first - 1;
      while (k >= 0 && ITEM_MODIFIER.test(tokens[k]?.lower ?? '')) k--;
      // (Back across the list's own commas, to a semicolon or colon; a colon opens a list too: "one of
      // two options: scrapping …, or a pledge from the US that …".)
      let including = -1;
      for (let i = k - 1; i >= 0 && including < 0 && tokens[i]?.text !== ';'; i--) {
        if (/^(?:including|namely)$/.test(tokens[i]?.lower ?? '')) including = i;
        else if (tokens[i]?.text === ':') {
          if (tokens[k]?.lower === 'or') including = i;
          break;
        }
      }
      // (A noun: after a modifier or in the plural, not the verb of "… and guarantee that …".)
      const noun = k < cue.first - 1 || /s$/.test(tokens[cue.last]?.lower ?? '');
      if (
        noun &&
        (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'or' || tokens[k]?.text === ',') &&
        including >= 0 &&
        !cues.some((c) => c !== cue && c.first > including && c.last < cue.first && !c.owner)
      )
        return NO_HOLDER;
    }
    // "press Biden for legally binding guarantees ruling out any enlargement", "guarantees that rule out
    // …": the cue is the guarantee's content; whoever holds the guarantee holds it, not the one pressed.
    const guarantee = tokens[cue.first - 1]?.lower === 'that' ? cue.first - 2 : cue.first - 1;
    if (!cue.owner && GUARANTEE_WORD.test(tokens[guarantee]?.lower ?? '')) {
      const noun = cues.find((c) => c !== cue && c.first <= guarantee && c.last >= guarantee);
      if (noun) return this.holderOf(noun, ci, predicativeAfter);
      return this.presserFor(guarantee, clause) ?? NO_HOLDER;
    }
    // "Some of Moscow's conditions are not acceptable to the US authorities": the one a verdict is
    // addressed to by "to" holds it.
    if (
      !cue.owner &&
      VERDICT_TO.test(tokens[cue.last]?.lower ?? '') &&
      tokens[cue.last + 1]?.lower === 'to'
    ) {
      const judge = this.speakers.find(
        (a) =>
          a.first >= cue.last + 2 &&
          a.first <= cue.last + 3 &&
          (a.first === cue.last + 2 || tokens[cue.last + 2]?.lower === 'the'),
      );
      if (judge) return this.experiencerHolder(judge);
    }
    // "were described by Blinken as non-starters": the agent of a passive verb of judging, the verdict
    // after its "as".
    const asAt = /^(?:a|an)$/.test(tokens[cue.first - 1]?.lower ?? '') ? cue.first - 2 : cue.first - 1;
    if (tokens[asAt]?.lower === 'as') {
      const agent = speakers.find(
        (a) =>
          a.last === asAt - 1 &&
          a.first > clause[0] + 1 &&
          judgedBy(tokens, tokens[a.first - 1]?.lower === 'the' ? a.first - 2 : a.first - 1),
      );
      if (agent)
        return { parties: agent.parties, kind: 'passive-agent', matched: agent.text, role: agent.role };
      // ("were described by him as threats": the person who spoke before, as "he" would be.)
      const person = [this.input.previousSpeaker, this.input.recentSpeaker].find(
        (x) => x?.kind === 'party' && x.role !== null,
      );
      if (/^(?:him|her)$/.test(tokens[asAt - 1]?.lower ?? '') && judgedBy(tokens, asAt - 2) && person)
        return this.partyOf(person);
    }
    // "these calls violate NATO's open door": the demands do the violating (see demandsViolate).
    if (this.demandSubjectOf(cue) >= 0) return NO_HOLDER;
    // "…, reacting to the statement of Lavrov that the guarantees Russia asks …": the content of
    // another's statement is theirs, not the speaker's or the sentence subject's.
    const stated = this.statementContentHolder(cue.first);
    if (stated) return stated;
    // "responses to the proposals for security guarantees": a guarantee named inside another noun's
    // phrase is no one's position (whose it is the noun before it says, when it says).
    if (!cue.owner && cue.first === cue.last && GUARANTEE_WORD.test(tokens[cue.first]?.lower ?? '')) {
      let k = cue.first - 1;
      while (k >= 0 && (GUARANTEE_MODIFIER.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
      // (Unless the subject presented them: "Russia released proposals for security guarantees".)
      let v = k - 2;
      while (v >= 0 && /^(?:the|its|their|a|new|draft|written|of|list|set)$/.test(tokens[v]?.lower ?? ''))
        v--;
      const presented = PRESENTED_BY_SUBJECT.test(tokens[v]?.lower ?? '');
      const presser = this.presserFor(cue.first, clause);
      if (presser) return presser;
      if (/^(?:for|of|on|about|regarding)$/.test(tokens[k]?.lower ?? '') && !presented) return NO_HOLDER;
    }
    // "Moscow wants NATO to promise … and has urged the alliance to …": a verb coordinated with "and
    // has" shares the subject of the first verb of its clause, not the object before it.
    if (predicativeAfter === null) {
      let k = cue.first - 1;
      while (k > clause[0] && FINITE_AFTER_AND.has((tokens[k] as Token).lower)) k--;
      if (k < cue.first - 1 && tokens[k]?.lower === 'and') {
        const firstVerb = cues.find((c) => c.first >= clause[0] && c.last < k && !c.owner);
        if (firstVerb) return this.holderOf(firstVerb, ci);
        // "…, but also Estonia, Latvia and Lithuania, and has demanded …": after a comma, the subject
        // of the clauses before, past inserted lists.
        if (tokens[k - 1]?.text === ',' && ci > 0) {
          const before = this.coordinatedSubject(ci);
          if (before) return this.asHolder(before);
        }
      }
      // "Russia had no intention of attacking Ukraine and insisted on …": a past verb right after "and"
      // shares the subject of its clause, not the object before it.
      if (tokens[cue.first - 1]?.lower === 'and' && /ed$/.test(tokens[cue.first]?.lower ?? '')) {
        const subject = this.clauseSubject(clause);
        if (subject && subject.first < cue.first) return this.asHolder(subject);
      }
    }
    // Passive: "guarantees demanded by Moscow", "the proposals were rejected by Washington".
    // ("… was rejected out of hand by the Romanian government": past an adverbial phrase.)
    let reach = cue.last + 3;
    while (reach < clause[1] && ADVERBIAL.test(tokens[reach - 2]?.lower ?? '')) reach++;
    for (let i = cue.last + 1; i <= Math.min(clause[1], reach); i++) {
      if ((tokens[i] as Token).lower !== 'by') continue;
      const agent = speakers.find(
        (a) => a.first >= i + 1 && a.first <= i + 3 && !agentModifiesDocument(tokens, this.actors, a),
      );
      const passive =
        /ed$/.test((tokens[cue.last] as Token).lower) ||
        BE.has(tokens[cue.first - 1]?.lower ?? '') ||
        BE.has(tokens[cue.first - 2]?.lower ?? '');
      if (agent && passive)
        return { parties: agent.parties, kind: 'passive-agent', matched: agent.text, role: agent.role };
    }
    // "… provoked “serious objections” from the United States": an attitude noun's source holds it; so
    // does the source of an answer's noun ("the demands met with no welcome from NATO", "drew a flat
    // rejection from Washington").
    if (
      ATTITUDE_NOUN.test(tokens[cue.last]?.lower ?? '') ||
      ANSWER_NOUN.test(tokens[cue.last]?.lower ?? '')
    ) {
      let f = cue.last + 1;
      while (tokens[f]?.transparent) f++;
      if (tokens[f]?.lower === 'from') {
        const source = speakers.find(
          (a) => a.first === f + 1 || (a.first === f + 2 && tokens[f + 1]?.lower === 'the'),
        );
        if (source) return { ...this.asHolder(source), kind: 'subject' };
      }
    }
    // "has not received an answer from the United States to …": the one the answer was to come from.
    if (/\bfrom$/i.test(cue.text)) {
      const source = speakers.find((a) => a.first > cue.last && a.first <= cue.last + 2);
      if (source) return { ...this.asHolder(source), kind: 'subject' };
    }
    // "nothing new in Russia objecting to …", "Moscow's rejecting …": a name right before a gerund
    // after a preposition is the gerund's subject, whoever speaks.
    if (/ing$/.test((tokens[cue.first] as Token).lower)) {
      const owner = speakers.find(
        (a) =>
          a.kind !== 'adjective' &&
          (a.last === cue.first - 1 ||
            (a.last === cue.first - 2 && /^['’]s$/.test(tokens[cue.first - 1]?.text ?? ''))),
      );
      const before = owner ? (tokens[owner.first - 1]?.lower ?? '') : '';
      if (owner && /^(?:in|of|about|on|by|without|against|over)$/.test(before))
        return { ...this.asHolder(owner), kind: 'subject' };
    }
    // Experiencer: "unacceptable to Moscow", "a “non-starter” for Washington".
    let n = cue.last + 1;
    while (tokens[n]?.transparent) n++;
    const next = tokens[n];
    if (next && (next.lower === 'to' || next.lower === 'for')) {
      const exp = speakers.find((a) => a.first >= n + 1 && a.first <= n + 2);
      // Only adjectives and nouns take an experiencer: not "reaffirmed to Russia", "explained to Moscow".
      const nominal =
        /^(?:unacceptable|inadmissible|non-?starters?|red lines?|non-?negotiable|not negotiable|(?:top )?priority|main concern|threat|impossible|unrealistic|absurd|no-go)$/i.test(
          cue.text,
        );
      if (exp && nominal) return this.experiencerHolder(exp);
    }
    // "would mean crossing Moscow's red lines": whose red lines they are, named inside the cue.
    if (/red lines?$/i.test(cue.text)) {
      const own = speakers.find(
        (a) => a.first > cue.first && a.last < cue.last && /^['’]s$/.test(tokens[a.last + 1]?.text ?? ''),
      );
      if (own) return { parties: own.parties, kind: 'subject', matched: own.text, role: own.role };
    }
    // "guarantees … were demanded" with no agent: the subject is what was demanded, not who demanded it.
    // "guarantees … were demanded" with no agent: the subject is what was demanded, not who demanded
    // it. Not "is prepared to", "are committed to": adjectives taking an infinitive or object.
    // "Washington was urged to halt …", "the allies were asked to …": the subject is the one asked.
    const askedPassive =
      BE.has(tokens[cue.first - 1]?.lower ?? '') && ASKED.test((tokens[cue.first] as Token).lower);
    // Who asked is not said (the agent was looked for above): not the speaker either ("Kyiv was urged
    // to drop its bid, Kuleba said" is no Ukrainian position).
    if (askedPassive) return null;
    // "proposals sent to NATO and Washington were rejected", "… were decisively rejected at the talks
    // with the United States": with no agent, who received them refused them.
    const receivers = cue.attitude === 'rejects' && !cue.negated ? this.receiversOfRejected(cue) : null;
    if (receivers) return receivers;
    const agentlessPassive =
      askedPassive ||
      (cue.first === cue.last && // "is worried about", "is opposed to": adjectives with their preposition
        // ("were firmly rejected": past an adverb)
        (BE.has(tokens[cue.first - 1]?.lower ?? '') ||
          (/ly$/.test(tokens[cue.first - 1]?.lower ?? '') &&
            // (Not a noun in -ly owned through "'s": "Washington's reply rejected …" is no passive.)
            !LY_NOT_ADVERB.test(tokens[cue.first - 1]?.lower ?? '') &&
            BE.has(tokens[cue.first - 2]?.lower ?? ''))) &&
        /(?:ed|ought|ade|own|en)$/.test((tokens[cue.first] as Token).lower) &&
        !/^(?:prepared|committed|willing|ready|inclined|interested|opposed|determined)$/i.test(
          (tokens[cue.first] as Token).lower,
        ) &&
        !/\bto$/i.test(cue.text) &&
        !['to', 'by'].includes(tokens[cue.last + 1]?.lower ?? ''));
    // "It should be noted that Russia had demanded …", "it must be said that …": a writer's aside, no
    // obligation put on anyone and no position of whoever spoke before.
    if (
      tokens[cue.first - 1]?.lower === 'it' &&
      DEONTIC.has(tokens[cue.first]?.lower ?? '') &&
      tokens[cue.first + 1]?.lower === 'be' &&
      ASIDE_PARTICIPLE.test(tokens[cue.first + 2]?.lower ?? '') &&
      // (What the aside reports is a demand made, not a position of the one who spoke before; a verdict
      // inside it, "… that the alliance rejects …", is read as before.)
      ASKING_OR_DRAFTING.test(cue.text.toLowerCase().split(/\s+/).pop() ?? '')
    )
      return NO_HOLDER;
    // "NATO must not move further east": a modal of obligation is the speaker's demand on the subject.
    // Also when it leads a chain of cues: "must formally commit to".
    // "NATO must not allow …", "Kyiv should never accept …": the modal a few words before the cue.
    let d = cue.first - 1;
    while (d > clause[0] && d >= cue.first - 3 && MODAL_FILLER.has((tokens[d] as Token).lower)) d--;
    // "The alliance ought (also) to guarantee …": "ought to" obliges as "should" does, its "to" by the cue.
    const ought = oughtBefore(tokens, cue.first, clause[0]);
    if (ought !== null) d = ought;
    // "NATO would have to agree to halt …": an obligation put on the subject, like "must" — and, said by no
    // one in the sentence, the reporter's account of what a demand requires, held by no one.
    const haveTo =
      tokens[cue.first - 1]?.lower === 'to' && /^(?:have|has|had)$/.test(tokens[cue.first - 2]?.lower ?? '');
    if (haveTo && speaker === null) return NO_HOLDER;
    // ("Russia had to come back to the deal": the obligation is the cue itself.)
    const obligation = /^(?:has|have|had|needs?|needed) to$/i.test(cue.text);
    if (obligation && speaker === null) return NO_HOLDER;
    // "Paris said Kosovo had not done enough towards the association": a verdict that the subject fell
    // short of what is asked is the speaker's demand on it, as "must" is; said by no one, no one's.
    const shortfall = SHORTFALL_VERDICT.test(cue.text);
    if (shortfall && speaker === null) return NO_HOLDER;
    const deontic =
      haveTo ||
      obligation ||
      shortfall ||
      DEONTIC.has(cue.text.toLowerCase()) ||
      DEONTIC.has((tokens[cue.first] as Token).lower) ||
      (d < cue.first - 1 && DEONTIC.has((tokens[d] as Token).lower)) ||
      ought !== null ||
      // "…, stating that the alliance cannot accept new members": a prohibition someone else states.
      (PROHIBITIVE.has(tokens[cue.first - 1]?.lower ?? '') &&
        speaker?.kind === 'party' &&
        !speakers.some(
          (a) =>
            a.last < cue.first &&
            a.last >= cue.first - 3 &&
            a.parties.every((p) => speaker.parties.includes(p)),
        )) ||
      // "Putin said NATO cannot be permitted to expand": a prohibition on the subject, as "must not be
      // allowed to" is; the subject is the one not let, not the one refusing.
      (d < cue.first - 1 &&
        PROHIBITIVE.has((tokens[d] as Token).lower) &&
        tokens[cue.first - 1]?.lower === 'be' &&
        PERMITTED.test((tokens[cue.first] as Token).lower) &&
        tokens[cue.last + 1]?.lower === 'to') ||
      (PROHIBITIVE.has(tokens[cue.first - 1]?.lower ?? '') &&
        ci > 0 &&
        SPEAKING_PARTICIPLE.test(tokens[clause[0]]?.lower ?? ''));
    // "They suggest that NATO should commit to not expanding": an obligation put on the addressee of a
    // proposal is the proposal's content, not the speaker's demand.
    if (deontic) {
      let a = ought === null ? cue.first - 1 : ought - 1;
      while (
        a > clause[0] &&
        (MODAL_FILLER.has((tokens[a] as Token).lower) || DEONTIC.has((tokens[a] as Token).lower))
      )
        a--;
      const obliged = speakers.find((x) => x.last === a || x.last === a - 1);
      // (Not a ban on letting that party act: "insisted that NATO must not be allowed to expand".)
      if (obliged && addresseeOfDemand(tokens, obliged.first) && !prohibitionOnAddressee(tokens, cue))
        return NO_HOLDER;
    }
    // A clause with a plural subject of its own that names no party (own-plural-subject.ts).
    const ownSubject =
      predicativeAfter === null &&
      !agentlessPassive &&
      !deontic &&
      ownPluralSubject(tokens, this.actors, cue.first, clause[0]);
    let subject =
      agentlessPassive || deontic || ownSubject
        ? null
        : this.subjectBefore(
            cue.first,
            predicativeAfter === null ? clause : [predicativeAfter + 1, clause[1]],
          );
    // "Blinken said the government rejected …": what an unnamed body does is neither the speaker's
    // position nor that of a subject named before it.
    if (
      !deontic &&
      !agentlessPassive &&
      predicativeAfter === null &&
      otherActorSubject(tokens, this.actors, cue.first, clause[0])
    )
      return null;
    // "Moscow views NATO expansion as a threat", "the US called the demands non-starters".
    if (!subject && predicativeAfter !== null) {
      const mentionStart = mentions.find((x) => x.last === predicativeAfter)?.first ?? predicativeAfter;
      // (A verb, not the noun of "Moscow's call for …", "the calls for …": no judging there.)
      const verb = tokens
        .slice(clause[0], mentionStart)
        .find((t) => JUDGING.test(t.lower) && !NOUN_BEFORE.test(tokens[t.i - 1]?.text ?? ''));
      if (verb) subject = this.subjectBefore(verb.i, clause);
      // "President Radev, a critic of sanctions, called the demand unacceptable": past the aside.
      if (verb && !subject && verb.i === clause[0]) subject = this.subjectAcrossAsides(clause);
    }
    // "Putin's main demand — that NATO give guarantees it will never …": the subject of a demand's
    // content is whom the demand is addressed to, not someone holding a position.
    if (subject && this.insideDemandContent(cue.first, clause[0])) return null;
    // "Moscow hopes the US will agree to …": what another hopes its subject will do is no one's position.
    if (subject && subject.parties.length > 0 && hopedClauseSubject(tokens, this.actors, subject, cue.first))
      return NO_HOLDER;
    if (subject) return subject;
    // A plan or an intention with no one stated to hold it ("facilitated by plans to deploy …") is no one's.
    if (cue.attitude === 'intent') return null;
    // "Russia, which has massed troops, demands …": the subject before an inserted clause, back to a
    // semicolon or the speech verb, before falling back on the speaker.
    // "…, saying allied deployments are non-negotiable", "… and insisting that …": what a speaking
    // participle says is the sentence subject's, wherever its cue stands in that clause.
    // ("“NATO's door stays open,” he said, adding that …": not a name inside the quotation the tag closes.)
    // ("Though Israel opposes any deal, Scholz spoke …, saying …": nor the subject of a fronted
    // concession, which is a clause of its own, fronted-concession.ts.)
    const quoted = Math.max(this.quotationBeforeTag(ci), frontedConcessionComma(tokens));
    if (ci > 0 && SPEAKING_PARTICIPLE.test(tokens[clause[0]]?.lower ?? '')) {
      const first = spans
        .slice(0, ci)
        .filter((sp) => sp[0] > quoted)
        .map((sp) => this.clauseSubject(sp))
        .find(Boolean);
      if (first) return this.asHolder(first);
    }
    if (predicativeAfter === null && !agentlessPassive) {
      // A clause without a subject continuing an earlier one ("…, and urge the participants"): its subject.
      // "…, requesting the US to …": a participle clause has the subject of the sentence.
      // So does a second participle in it: "…, answering Moscow's demands and suggesting talks".
      const participle =
        ci > 0 &&
        /ing$/.test((tokens[cue.first] as Token).lower) &&
        (cue.first === clause[0] ||
          // ", and demanding that …": the participle right after the clause's "and".
          (tokens[cue.first - 1]?.lower === 'and' &&
            (cue.first - 1 === clause[0] || /ing$/.test(tokens[clause[0]]?.lower ?? ''))));
      // "…, but the bloc refused to abandon …": a clause with a subject of its own that names no party
      // is held by no one, not by the subject of the clause before.
      const coordinatedClause =
        ['and', 'but', 'or', 'yet'].includes(tokens[clause[0]]?.lower ?? '') ||
        tokens[clause[0] - 1]?.lower === 'but' ||
        /^(?:however|but|yet)$/.test(tokens[clause[0] - 2]?.lower ?? '');
      if (
        !participle &&
        ci > 0 &&
        coordinatedClause &&
        (ownSubject || this.unnamedSubjectBefore(cue.first, clause))
      )
        return null;
      if (
        (participle ||
          ['and', 'but', 'or'].includes(tokens[clause[0]]?.lower ?? '') ||
          tokens[clause[0] - 1]?.lower === 'but') &&
        ci > 0
      ) {
        // "Borrell said that he and the envoy had met …, and added that Moscow must …": a speech verb after
        // "and" continues the speaker's report, not the subject of what he reported.
        if (
          !participle &&
          ['and', 'but'].includes(tokens[clause[0]]?.lower ?? '') &&
          SPEECH.has(tokens[clause[0] + 1]?.lower ?? '') &&
          /ed$|^said$|^told$/.test(tokens[clause[0] + 1]?.lower ?? '') &&
          speaker?.kind === 'party'
        )
          return partyHolder(speaker);
        // (The nearest clause with a subject: "Stoltenberg noted that …, Russia raised its proposals,
        // urging NATO to …" is Russia urging.)
        const first = participle
          ? spans
              .slice(0, ci)
              .filter((sp) => sp[0] > quoted)
              .map((sp) => this.clauseSubject(sp))
              .reverse()
              .find(Boolean)
          : this.coordinatedSubject(ci);
        if (first) return this.asHolder(first);
      }
      // (Not the one an obligation is put on: "Sweden and Finland, too, must remain free to …" is the
      // writer's demand on them, not their own position.)
      // ("…, while stressing that the member states stood behind …": not a party named before the comma.)
      const wider = deontic || ownSubject ? null : this.subjectAcrossAsides(clause);
      if (wider) return wider;
    }
    if (speaker?.kind === 'party') return partyHolder(speaker);
    // "For Moscow, the non-expansion of NATO is the top priority."
    const fronted = /^(?:for|to)$/i.test(tokens[0]?.text ?? '')
      ? speakers.find((a) => a.first === 1 && tokens[a.last + 1]?.text === ',')
      : undefined;
    if (fronted) return this.asHolder(fronted);
    // ("It wants to limit NATO's right …" in a speaker's remarks: "it" is no person who spoke.)
    const itOpens = tokens[clause[0]]?.lower === 'it' || (ci === 0 && tokens[0]?.lower === 'it');
    if (
      previousSpeaker?.kind === 'party' &&
      (speaker === null || speaker.kind === 'pronoun') &&
      !(itOpens && previousSpeaker.role)
    ) {
      return {
        parties: previousSpeaker.parties,
        kind: 'previous-speaker',
        matched: previousSpeaker.matched,
        role: previousSpeaker.role,
      };
    }
    // (Not for an obligation: "…: NATO should refrain from …; should not deploy missiles" puts it on
    // NATO, whom it does not make a holder.)
    if (!deontic && !ownSubject)
      for (let c = ci - 1; c >= 0 && (spans[c] as [number, number])[0] > quoted; c--) {
        const earlier = this.subjectBefore(
          (spans[c] as [number, number])[1] + 1,
          spans[c] as [number, number],
        );
        if (earlier) return earlier;
      }
    // "NATO should abandon …" with no one said to say it: an obligation put on a party is a quotation
    // of whoever spoke within the last few sentences (news copy does not lay down what parties should do).
    const recent = this.input.recentSpeaker;
    // (Not where another party named before the obliged one may be saying it, unrecognised: "Putin, for
    // his part, told Biden during the call that Kyiv should not be seeking membership".)
    let o = cue.first - 1;
    while (o > 0 && (MODAL_FILLER.has(tokens[o]?.lower ?? '') || DEONTIC.has(tokens[o]?.lower ?? ''))) o--;
    const obligedOne = speakers.find((x) => x.last === o);
    const otherBefore = speakers.some(
      (x) =>
        x.last < cue.first &&
        x !== obligedOne &&
        x.parties.length > 0 &&
        !x.parties.every(
          (p) => obligedOne?.parties.includes(p) || (recent?.kind === 'party' && recent.parties.includes(p)),
        ),
    );
    if (deontic && speaker === null && recent?.kind === 'party' && !otherBefore)
      return {
        parties: recent.parties,
        kind: 'previous-speaker',
        matched: recent.matched,
        role: recent.role,
      };
    return null;
  }
}

/** Where "ought" stands in "ought (also, not) to <cue>" right before the cue, within its clause; else null. */
function oughtBefore(tokens: readonly Token[], cueFirst: number, clauseFirst: number): number | null {
  if (tokens[cueFirst - 1]?.lower !== 'to') return null;
  let k = cueFirst - 2;
  while (k > clauseFirst && k >= cueFirst - 4 && MODAL_FILLER.has((tokens[k] as Token).lower)) k--;
  return k >= clauseFirst && tokens[k]?.lower === 'ought' ? k : null;
}
