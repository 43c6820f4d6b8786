/**
 * The subject layer: the actor a clause's cue is said by, past prepositional phrases, inserted clauses,
 * coordination and asides, and the parties a document, reply or statement speaks for.
 */
import {
  addresseeOfDemand,
  CALENDAR_WORDS,
  DOUBTED_ATTITUDE,
  memberAppositionComma,
  DOUBTED_NOUN,
  doubtedNamedReadinessAt,
  MODAL_VERBS,
  ownedReadinessAt,
  REPLY_MODIFIER,
  REPLY_NOUN,
} from '../word-lists';
import { canSpeak, type ActorMention } from '../actors';
import { clauseOf } from '../clauses';
import type { Cue } from '../cues';
import type { Speaker } from '../speaker';
import type { Token } from '../tokens';
import {
  ATTITUDE_NOUN,
  AUXILIARY,
  BE,
  CUT_MARK,
  DEMAND_SUBJECT,
  FIRST_PERSON,
  GUARANTEE_MODIFIER,
  MODAL_FILLER,
  NP_WORDS,
  PREPOSITIONS,
  PRESSING,
  TALKS,
} from './lexicon';
import { type Holder, NO_HOLDER } from './types';
import { ClauseStructure } from './clause-structure';
import { bareOfficeBefore, officeHolderInContent } from './office-possessor';
import { wordSet } from '../word-set';

import { objectDeniedByNoOne } from './no-one';
import { coordinatedModalSubject } from './coordinated-modal';
import { continuedReportedSubject } from './continued-reported-subject';

/** Words of rank before an office: "senior", "top", "high-ranking" (in three tokens): "talks with senior Russian diplomats". */
const RANK_WORD = wordSet(/^(?:senior|top|high|ranking|level|-|leading|visiting|fellow)$/);

const NOR_OPENER = wordSet(/^(?:nor|neither)$/);

/** Prepositions that may open a clause of their own: "after Georgia and Ukraine rejected …". */
const CONJUNCTION_LIKE = /^(?:after|before|since|until|till|as|like|than)$/;
/** Nouns of people or bodies whose "of"/"in"/"from" names hold what follows: "the presidents of Georgia and Ukraine rejected …". */
const PEOPLE_NOUN = wordSet(
  /^(?:presidents?|leaders?|officials?|ministers?|governments?|heads?|diplomats?|envoys?|delegations?|representatives?|people|peoples|citizens|chiefs?|premiers?|ambassadors?|parliaments?|spokes(?:wo)?m[ae]n|negotiators?|authorities|capitals|foreign|prime|defen[cs]e)$/,
);

/**
 * "Nor will it accept …", "Neither, she added, does it want …": the pronoun at `i` is the subject of an
 * auxiliary inverted after a sentence-opening "Nor"/"Neither" (a speech aside in commas may stand
 * between them), as "It" would be opening the sentence.
 */
function invertedAfterNor(tokens: readonly Token[], i: number): boolean {
  if (!AUXILIARY.has(tokens[i - 1]?.lower ?? '') || BE.has(tokens[i - 1]?.lower ?? '')) return false;
  let k = i - 2;
  if (tokens[k]?.text === ',') {
    const open = tokens.findIndex((t, j) => j < k && j >= k - 4 && t.text === ',');
    if (open < 0) return false;
    k = open - 1;
  }
  return k === 0 && NOR_OPENER.test(tokens[0]?.lower ?? '');
}

/** Words that may follow the last name of a list: "to Paris and Berlin alike", "… and Berlin, as …". */
const LIST_END = wordSet(
  /^(?:and|or|alike|both|but|while|whereas|as|because|since|in|at|on|for|from|after|before|until|though|although|if|unless)$/,
);

const THIRD_PERSON = new Set(['he', 'she', 'they', 'it']);

/** Adjectives after a dummy "it is": "it is essential that …", not a party "ready to …". */
const DUMMY_IT_ADJECTIVE = wordSet(
  /^(?:essential|important|vital|crucial|critical|necessary|mandatory|imperative|indispensable|paramount|clear|obvious|evident|likely|unlikely|possible|impossible|unacceptable|acceptable|inadmissible|unthinkable|time|hard|difficult|easy|true|wrong|right|better|worth|key|urgent|premature|absurd|regrettable)$/,
);
const DUMMY_IT_BE = wordSet(/^(?:is|was|are|were|'s|’s|remains|remained|seems|seemed|becomes|became)$/);
const DUMMY_IT_ADVERB = wordSet(
  /^(?:absolutely|very|extremely|also|still|now|quite|so|too|more|most|highly|increasingly)$/,
);

/** Whether "it" at `i` is a dummy subject: "it is (absolutely) essential that / to / for …". */
function dummyIt(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (/^(?:will|would|may|might)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'be') k += 2;
  else if (DUMMY_IT_BE.test(tokens[k]?.lower ?? '')) k++;
  else return false;
  if (DUMMY_IT_ADVERB.test(tokens[k]?.lower ?? '')) k++;
  if (!DUMMY_IT_ADJECTIVE.test(tokens[k]?.lower ?? '')) return false;
  return /^(?:that|to|for|whether)$/.test(tokens[k + 1]?.lower ?? '');
}

const PAIR_NOUN = new Set([
  'sides',
  'parties',
  'countries',
  'leaders',
  'presidents',
  'nations',
  'governments',
  'capitals',
]);

/** Pair nouns that only ever stand for governments or their leaders. */
const LOOSE_PAIR_NOUN = /^(?:governments|leaders|presidents|capitals)$/;

/** Nouns a counted group goes by: "the four countries", "the three main stakeholders". */
const COUNTED_NOUN = wordSet(
  /^(?:countries|powers|governments|nations|states|capitals|partners|signatories|sides|stakeholders|members|participants)$/,
);
/** Words between the count and its noun: "the four main outside stakeholders". */
const COUNTED_MODIFIER = wordSet(/^(?:main|major|key|outside|external)$/);
const COUNT_WORD: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7 };

const SUBJECT_DETERMINER = wordSet(/^(?:the|this|that|these|those)$/);

/** Heads of a subject that the speaker logic may resolve to a party ("the minister", "the government"). */
const PERSON_OR_GOVERNMENT = wordSet(
  /^(?:ministers?|ministry|spokes(?:man|woman|person)|officials?|diplomats?|president|chancellor|secretary|envoys?|ambassadors?|leaders?|premier|government|administration|kremlin|side|delegation|country|state|he|she|it|they|we)$/,
);

const INSERTED_CLAUSE_OPENER = new Set([
  'which',
  'who',
  'whom',
  'whose',
  'including',
  'like',
  'such',
  'also',
  'especially',
  'notably',
  'namely',
]);

/** Documents a party sends: "the replies from Washington", "a letter from NATO". */
const SENT_DOCUMENT = wordSet(
  /^(?:reply|replies|response|responses|answer|answers|letter|letters|proposal|proposals|paper|papers|note|notes|document|documents|draft|drafts)$/,
);

/** Verbs whose first object is the one given to: "offered Moscow talks", "gave Russia a reply". */
const GIVING_TO = wordSet(
  /^(?:offered|offer|offers|offering|gave|give|gives|giving|handed|hand|hands|sent|send|sends|promised|promise|promises|granted|grant|grants|assured|assure|assures|showed|show|shows|provided|provide|provides)$/,
);

/** Openings of a subject that no one drawn from a party is: "no", "not one", "nobody in the". */
const NO_ONE_OF =
  /^(?:[“"] )?(?:[a-z' ]{0,60} (?:that|says|said|say|claims|claimed|insists|insisted|believes|believed|thinks|thought|warns|warned|argues|argued|adds|added) )?(?:no|no single|not one|not a single|(?:nobody|none|no one|not one|neither|(?:no|not one|not a single) (?:member|country|government|capital|state)) (?:in|inside|within|of|among|from)(?: the| its| their)?|(?:no|not one|not a single) ally (?:in|inside|within|among|from)(?: the| its)?)$/;
/**
 * Openings of a subject drawn from all of a party: "every member of", "each of the", "all 30 members
 * of" (not "an ally of", someone else's).
 */
const EVERY_ONE_OF =
  /^(?:[“"] )?(?:[a-z' ]{0,60} that )?(?:(?:every|each)(?: one| single)?(?: (?:member|country|government|capital|state|member state|member country))? (?:of|in|within|among)(?: the| its)?|(?:each|every one|all) of the|all(?: (?:\d+|the))? (?:members|countries|governments|capitals|states|member states|member countries) (?:of|in|within)(?: the| its)?)$/;
/**
 * The words of tokens[from, to), transparent marks left out, lower-cased and joined by spaces: what
 * NO_ONE_OF and EVERY_ONE_OF read. Built in one pass, without the slice, filter and map arrays (whose
 * kind differs when empty, which sent the subject reading back to be compiled again).
 */
function plainWords(tokens: readonly Token[], from: number, to: number): string {
  if (from < 0 || to < 0)
    return tokens
      .slice(from, to)
      .filter((t) => !t.transparent)
      .map((t) => t.lower)
      .join(' ');
  let out = '';
  let any = false;
  for (let k = from; k < to && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.transparent) continue;
    out = any ? `${out} ${t.lower}` : t.lower;
    any = true;
  }
  return out;
}
/** Words that take a part out of the whole a subject was drawn from: "every member of the alliance except Hungary". */
const EXCEPT = wordSet(/^(?:except|but|apart|besides|save|excluding|bar)$/);

const ASKED_PASSIVE = wordSet(
  /^(?:asked|urged|pressed|pressured|told|requested|invited|required|called|demanded)$/,
);

const RECIPIENT = new Set([
  'received',
  'receives',
  'receive',
  'got',
  'gets',
  'faced',
  'faces',
  'met',
  'suffered',
  'given',
]);
// (Module-level helpers, not closures: the tsx/esbuild keepNames transform names every closure made,
// a property write per call, and subjectBefore runs for every cue's holder.)
/** A recipient's verb: "Washington had given no positive answer": "given" after "have" is the giver's active verb. */
const received = (tokens: readonly Token[], t: Token): boolean =>
  RECIPIENT.has(t.lower) &&
  !(t.lower === 'given' && /^(?:has|have|had|having)$/.test(tokens[t.i - 1]?.lower ?? ''));
/** The word before a name at `at`, past an article: "neither NATO nor the US", "Neither the US nor NATO". */
const wordBeforeName = (tokens: readonly Token[], at: number): string =>
  (tokens[at - 1]?.lower === 'the' ? tokens[at - 2]?.lower : tokens[at - 1]?.lower) ?? '';

/** Verbs whose first object is who receives something: "sent Moscow a reply", "handed Russia its answer". */
const GIVING = wordSet(
  /^(?:sent|send|sends|handed|hands|hand|gave|give|gives|offered|offers|offer|delivered|delivers|deliver|passed|passes|showed|shows)$/,
);

/** What a possessor owns when it is no subject: "Moscow's demands", "Russia's security proposals". */
const POSSESSED_DEMAND = wordSet(
  /^(?:demands?|requests?|proposals?|bids?|calls?|insistence|ultimatums?|drafts?|security|concerns?|positions?|guarantees?|conditions?|requirements?|pledges?|commitments?|obligations?|rejection|refusal|renunciation)$/,
);

/**
 * Verbs not ending in "-ed" that take a possessor's noun as their object: "understood Moscow's concerns
 * and stood behind …", "shares Russia's concerns and backs …" (not verbs of saying: "says Putin's demands
 * violate …" leaves the possessor's noun the subject of what follows).
 */
const OBJECT_VERB_NOT_ED = wordSet(
  /^(?:understood|understands|understand|shares|share|knew|knows|know|heard|hears|hear|took|takes|take|saw|sees|see|met|meets|meet)$/,
);

/** Verbs whose object a following pronoun is: "telling us", "offered us". */
const OBJECT_TAKING = wordSet(
  /^(?:tell|tells|telling|told|give|gives|gave|giving|offer|offers|offered|offering|ask|asks|asked|asking|show|shows|showed|send|sends|sent|assure|assures|assured|promise|promises|promised)$/,
);

/** A verb in the base form after a party in a demand's content ("demanded NATO provide …"). */
const BASE_VERB_AFTER = wordSet(
  /^(?:provide|give|grant|offer|sign|make|issue|adopt|accept|stop|halt|end|refrain|renounce|abandon|withdraw|pull|commit|pledge|guarantee|rule|deny|close|return|remove|agree|refuse|reject|keep|limit|reduce|scale|admit|cease|desist|freeze|ban|bar|exclude|forgo|forswear|not|never|to)$/,
);

/** Words that open a clause: a name after them is its subject, whatever preposition stood before. */
/** Nouns whose "that" clause states a fact or an idea: "the fact that …", "the news that …". */
const COMPLEMENT_NOUN = wordSet(
  /^(?:fact|news|idea|notion|claim|suggestion|prospect|possibility|assertion|argument|hope|fear|belief|view|impression|sense)$/,
);

const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whether', 'because', 'while', 'when', 'where']);

/**
 * Whether a holder can be "they": two parties, or a plural name ("US officials", "the allies") — not
 * one person ("Kallas", whose office "Prime Minister" is singular) or a party named in the singular.
 */
/** Verbs of seeking something from someone: "wants/needs/seeks X", "counting on X", "asked for X". */
const SEEKING_DIRECT = wordSet(
  /^(?:wants?|wanted|wanting|needs?|needed|needing|seeks?|seeking|sought|requests?|requested|requesting|secure|secured|securing|enlist|enlisted|enlisting|win|won|winning|lacks?|lacked|lacking)$/,
);
const SEEKING_ON = wordSet(
  /^(?:count|counts|counted|counting|rely|relies|relied|relying|bank|banks|banked|banking|depend|depends|depended|depending)$/,
);
const SEEKING_FOR = wordSet(
  /^(?:hopes?|hoped|hoping|asks?|asked|asking|appeals?|appealed|appealing|press|presses|pressed|pressing|lobby|lobbies|lobbied|lobbying|waits?|waited|waiting|looks?|looked|looking|calls?|called|calling|push|pushes|pushed|pushing)$/,
);
/** What may stand between the seeking verb and the party's adjective: "more", "firm", "the". */
const SOUGHT_FILLER = wordSet(
  /^(?:a|an|the|more|some|any|firm|firmer|strong|stronger|clear|clearer|greater|full|explicit|open|public)$/,
);

/**
 * Where to walk on from when the party adjective at `first` opens something sought from that party:
 * "counting on German support", "asked for British backing" (on to who counts or asks), "what Kyiv
 * needs is French support" (a pseudo-cleft: on to the one after "what", or past "what" when "what"
 * is itself the subject). There the support is hoped for, not given. -1 when nothing is sought.
 */
function soughtFromParty(tokens: readonly Token[], first: number, actors: readonly ActorMention[]): number {
  let k = first - 1;
  while (k >= 0 && SOUGHT_FILLER.test(tokens[k]!.lower)) k--;
  const w = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  if (
    SEEKING_DIRECT.test(w) ||
    (w === 'on' && SEEKING_ON.test(before)) ||
    (w === 'for' && SEEKING_FOR.test(before))
  )
    return first;
  if (w === 'is' || w === 'was') {
    // "What Kyiv needs now is …", "what would help most is …": a pseudo-cleft's predicate.
    for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
      const lower = tokens[j]!.lower;
      if (lower === 'what') {
        const seeker = actors.find(
          (a) => a.first === j + 1 || (a.first === j + 2 && tokens[j + 1]?.lower === 'the'),
        );
        return seeker ? seeker.last + 1 : j;
      }
      if (/^[.;:!?,]$/.test(lower)) break;
    }
  }
  return -1;
}

const plural = (parties: readonly string[], matched: string, role: string | null): boolean =>
  parties.length > 1 || (/s$/i.test(matched) && (!role || /s$/i.test(role)));

/** A finite verb right after a name: "after the US rejected", "since Moscow has …". */
const FINITE_AFTER_NAME =
  /^(?:[a-z]+ed|has|had|have|was|were|is|are|would|will|did|does|said|sent|made|gave|put|took|told|met|began|refused|rejected)$/;

const CALENDAR = new Set(CALENDAR_WORDS);

const RECEIVING = wordSet(/^(?:sent|handed|delivered|submitted|presented|given|passed|addressed|forwarded)$/);

const STATEMENT_NOUN = wordSet(
  /^(?:statement|statements|remark|remarks|words|assertion|assertions|announcement|comment|comments)$/,
);

const VIOLATE = wordSet(
  /^(?:violate|violates|violated|contradict|contradicts|contradicted|undermine|undermines|breach|breaches)$/,
);

/** Verbs of a speaker's tag inserted in commas: ", Peskov noted,". */
const TAG_VERB = wordSet(
  /^(?:said|says|noted|notes|added|adds|argued|argues|insisted|insists|stressed|stresses|claimed|claims|recalled|explained|explains|warned|remarked|observed)$/,
);

/**
 * The name ending at `last` when it closes the middle of a list of three or more ("the US, Britain, and
 * France": Britain, itself after a comma and a name); undefined otherwise.
 */
function serialListPartner(
  tokens: readonly Token[],
  speakers: readonly ActorMention[],
  last: number,
): ActorMention | undefined {
  const partner = speakers.find((a) => a.last === last && a.kind !== 'adjective');
  if (!partner) return undefined;
  const comma = tokens[partner.first - 1]?.lower === 'the' ? partner.first - 2 : partner.first - 1;
  if (tokens[comma]?.text !== ',') return undefined;
  return speakers.some((a) => a.last === comma - 1 && a.kind !== 'adjective') ? partner : undefined;
}

/** Subject finding, over the clause structure. */
export abstract class SubjectFinding extends ClauseStructure {
  /** Whether the actor sits in a prepositional phrase ("of the Bucharest NATO summit", "alongside Chancellor Scholz"). */
  inPrepositionalPhrase(a: ActorMention, depth = 0): boolean {
    const { tokens, actors } = this;
    for (let k = a.first - 1; k >= Math.max(0, a.first - 4); k--) {
      const t = tokens[k] as Token;
      // "…in a call on Tuesday that Moscow wanted …": a new clause opens before the name.
      if (CLAUSE_OPENERS.has(t.lower)) return false;
      // "In December Moscow released …", "On Friday, Russia …": the preposition governs a date.
      if (CALENDAR.has(t.lower) || /^\d+$/.test(t.text)) return false;
      // "after the US rejected …": a conjunction opening a clause whose verb follows the name.
      if (
        /^(?:after|before|since|until)$/.test(t.lower) &&
        FINITE_AFTER_NAME.test(tokens[a.last + 1]?.lower ?? '')
      )
        return false;
      // ", with Moscow deeply worried that …": the subject of an absolute clause, not an object of "with".
      if (t.lower === 'with' && this.absoluteSubject(k, a)) return false;
      if (PREPOSITIONS.has(t.lower)) return true;
      // "from Washington and its allies", "to NATO and the United States": the second of two names
      // joined by "and"/"or" shares the preposition of the first.
      // Not "after the US and NATO rejected …", where the word is a conjunction.
      // So does a name in a comma list: "the creation of the United States, United Kingdom and …".
      // Not "In the draft treaty with NATO, Russia proposes …": a name with its verb after the comma.
      const verbAfter =
        FINITE_AFTER_NAME.test(tokens[a.last + 1]?.lower ?? '') ||
        this.cues.some((c) => c.first === a.last + 1 && !c.owner);
      if (
        (t.lower === 'and' ||
          t.lower === 'or' ||
          t.text === '&' ||
          (t.text === ',' && k === a.first - 1 && !verbAfter)) &&
        depth < 3
      ) {
        // (Past a serial comma in a list of three or more: "urged the US, Britain, and France to …".)
        const partner =
          actors.find((b) => b.last === k - 1) ??
          (t.text !== ',' && tokens[k - 1]?.text === ','
            ? serialListPartner(tokens, actors, k - 2)
            : undefined);
        if (partner)
          return this.inPrepositionalPhrase(partner, depth + 1) && !this.conjunctionBefore(partner);
        // ("to take in Georgia and Ukraine": a first name no party's, right after a preposition, shares it;
        // not "the presidents of Georgia and Ukraine", who hold what follows.)
        if (t.text !== ',' && tokens[k - 1]?.capital) {
          let p = k - 2;
          if (tokens[p]?.lower === 'the') p--;
          const prep = tokens[p]?.lower ?? '';
          if (
            PREPOSITIONS.has(prep) &&
            !CONJUNCTION_LIKE.test(prep) &&
            !PEOPLE_NOUN.test(tokens[p - 1]?.lower ?? '')
          )
            return true;
        }
      }
      // ("during talks with senior Russian officials": past a word of rank before the office too.)
      if (!(NP_WORDS.has(t.lower) || RANK_WORD.test(t.lower) || t.transparent || t.capital)) return false;
    }
    return false;
  }
  /** Whether "with" at `w` opens an absolute clause whose attitude follows the actor: ", with Moscow (deeply) worried that". */
  absoluteSubject(w: number, a: ActorMention): boolean {
    const { tokens } = this;
    if (!(w === 0 || /^[,;—–-]$/.test(tokens[w - 1]?.text ?? ''))) return false;
    let j = a.last + 1;
    if (/ly$/.test(tokens[j]?.lower ?? '')) j++;
    return this.cues.some((c) => c.first === j && !c.owner && /(?:ed|ing)$/.test(tokens[j]?.lower ?? ''));
  }
  partyOf(x: Speaker | null): Holder | null {
    return x?.kind === 'party'
      ? { parties: x.parties, kind: 'previous-speaker', matched: x.matched, role: x.role }
      : null;
  }
  /** The first actor of a clause that is not in a prepositional phrase: its subject. */
  clauseSubject(span: [number, number]): ActorMention | undefined {
    const { speakers } = this;
    return speakers.find(
      (a) =>
        a.first >= span[0] &&
        a.last <= span[1] &&
        !this.inPrepositionalPhrase(a) &&
        !this.inOpeningParticiple(a, this.tokens.length),
    );
  }

  /**
   * The subject a clause opening with "and"/"but" continues: that of the clause before, past inserted
   * relative clauses and lists ("Putin has pressured NATO to withdraw from countries bordering Russia,
   * which includes Ukraine, but also Estonia, Latvia and Lithuania, and has demanded …": Putin).
   */
  coordinatedSubject(ci: number): ActorMention | undefined {
    const { spans, tokens, speakers } = this;
    for (let c = ci - 1; c >= 0; c--) {
      const span = spans[c] as [number, number];
      let open = span[0];
      if (['but', 'and', 'or'].includes(tokens[open]?.lower ?? '')) open++;
      if (INSERTED_CLAUSE_OPENER.has(tokens[open]?.lower ?? '')) continue;
      const subject = this.clauseSubject(span);
      if (!subject) return undefined;
      // "The reply is not expected to say how likely Ukraine is to …, nor to …": a name after the
      // clause's verb is no subject; the clause's own subject names no party.
      if (tokens.slice(open, subject.first).some((t) => AUXILIARY.has(t.lower) && !/^['’]/.test(t.text)))
        return undefined;
      // A bare name or list of names, with no verb after it, is an inserted item, not a subject.
      let end = subject.last;
      for (const a of speakers) if (a.first > end && a.first <= end + 2 && a.last <= span[1]) end = a.last;
      if (end >= span[1]) continue;
      // "Lukashevich spoke after meetings where US and NATO officials offered talks but rebuffed …": the
      // verb after "but"/"and" continues the nearest verb, whose subject opens a "where"/"when" clause.
      // ("… where American and NATO officials offered …": the subject within a few words of it.)
      if (c === ci - 1) {
        let w = span[1];
        while (w > end && !/^(?:where|when)$/.test(tokens[w]?.lower ?? '')) w--;
        const relative =
          w > end
            ? speakers.find(
                (a) => a.first > w && a.first <= w + 4 && a.last < span[1] && !this.inPrepositionalPhrase(a),
              )
            : undefined;
        if (relative) return relative;
        // "Lavrov said the US had rejected … but had offered …": the reported clause's subject.
        const own = (spans[ci] as [number, number])[0];
        const verbAt = ['but', 'and', 'or'].includes(tokens[own]?.lower ?? '') ? own + 1 : own;
        const reported = continuedReportedSubject(tokens, verbAt, span, subject, speakers);
        if (reported) return reported;
      }
      return subject;
    }
    return undefined;
  }

  /**
   * Whether `actor` stands in a participial phrase opening the sentence ("Meeting X, …", "Talking with X
   * in Cairo, …") that a comma closes before a subject of the cue's own ("…, the delegation insisted").
   */
  inOpeningParticiple(actor: ActorMention, cueFirst: number): boolean {
    const { tokens, actors } = this;
    let o = 0;
    while (tokens[o]?.transparent || /^["“‘']$/.test(tokens[o]?.text ?? '')) o++;
    const opener = tokens[o];
    if (
      !opener?.capital ||
      !/^[a-z]+ing$/.test(opener.lower) ||
      /^(?:according|during|including|notwithstanding|concerning|regarding|following|considering)$/.test(
        opener.lower,
      )
    )
      return false;
    if (actor.first <= o || actor.last >= cueFirst) return false;
    // (The main clause's own subject after a comma, before the cue or opening its clause.)
    for (let k = actor.last + 1; k < Math.min(cueFirst, tokens.length); k++)
      if (
        tokens[k]?.text === ',' &&
        /^(?:the|a|an|its|his|her|their)$/.test(tokens[k + 1]?.lower ?? '') &&
        /^[a-z]+$/.test(tokens[k + 2]?.text ?? '') &&
        !actors.some((a) => a.parties.length > 0 && a.first > k && a.first <= k + 3)
      )
        return true;
    return false;
  }

  asHolder(actor: ActorMention): Holder {
    const { tokens, speakers } = this;
    // "the US and NATO rejected …": both hold the position.
    const parties = [...actor.parties];
    let matched = actor.text;
    // "the United States and its NATO allies": past a possessive pronoun to the "and"; so too "Norway's
    // prime minister and his Canadian counterpart", a person's own counterpart.
    const possessive = tokens[actor.first - 1]?.lower ?? '';
    let at =
      /^(?:its|their)$/.test(possessive) ||
      (/^(?:his|her)$/.test(possessive) && /^counterparts?$/.test(tokens[actor.last]?.lower ?? ''))
        ? actor.first - 1
        : actor.first;
    // "NATO and the United States": past an article the name does not carry.
    if (at === actor.first && tokens[at - 1]?.lower === 'the') at--;
    // "Britain and (the) other NATO members": past "other", the rest joined to the one named before.
    else if (at === actor.first && tokens[at - 1]?.lower === 'other') {
      at--;
      if (tokens[at - 1]?.lower === 'the') at--;
    }
    // "Britain as well as France rejected …": "as well as" joins two subjects as "and" does.
    const asWellAs = asWellAsBefore(tokens, at);
    if (asWellAs > 0) at -= asWellAs - 1;
    const joiner = tokens[at - 1];
    // "between NATO and Ukraine, which hopes to join": a relative verb in the singular agrees with the
    // last name alone.
    const singularRelative =
      tokens[actor.last + 1]?.text === ',' &&
      /^(?:which|who)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
      /^(?:is|was|has|does|[a-z]+[^s]s)$/.test(tokens[actor.last + 3]?.lower ?? '');
    // "Finnish and Swedish politicians": an adjective coordinated with the one opening an office.
    const partner =
      !singularRelative && joiner && (joiner.lower === 'and' || joiner.text === '&' || asWellAs > 0)
        ? (speakers.find((a) => a.last === at - 2) ??
          (actor.kind === 'role'
            ? this.actors.find((a) => a.last === at - 2 && a.kind === 'adjective')
            : undefined))
        : undefined;
    // "The US, Britain, and France rejected …": the name before a serial comma, in a list of three or more.
    const serialPartner =
      !partner && !singularRelative && joiner?.lower === 'and' && tokens[at - 2]?.text === ','
        ? serialListPartner(tokens, speakers, at - 3)
        : undefined;
    if (serialPartner && !this.inPrepositionalPhrase(serialPartner)) {
      for (const p of serialPartner.parties) if (!parties.includes(p)) parties.push(p);
      matched = this.namesListedBefore(
        serialPartner,
        parties,
        `${serialPartner.text}, and ${actor.text}`,
        true,
      );
    }
    if (partner) {
      for (const p of partner.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${partner.text} and ${actor.text}`;
      // "France, the United States and their NATO allies": the names listed before the pair too.
      matched = this.namesListedBefore(partner, parties, matched, false);
    }
    // "The US and NATO rejected …, refusing to …": a subject found from its first name has its partner after it.
    const after = tokens[actor.last + 1];
    const follower =
      !partner && after && (after.lower === 'and' || after.text === '&')
        ? speakers.find(
            (a) =>
              a.first === actor.last + 2 ||
              (a.first === actor.last + 3 && tokens[actor.last + 2]?.lower === 'the'),
          )
        : undefined;
    if (follower && !this.inPrepositionalPhrase(actor)) {
      for (const p of follower.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${actor.text} and ${follower.text}`;
    }
    // "The United States, NATO and several European leaders maintain …": a subject in the middle of a
    // comma list that goes on with "and" after it has the names listed before it too (not one inside a
    // phrase of its own: "In talks with Moscow, NATO and the EU …").
    if (!partner && after && (after.lower === 'and' || after.lower === 'or'))
      matched = this.namesListedBefore(actor, parties, matched, true);
    return {
      parties,
      kind: actor.kind === 'role' || actor.kind === 'learned' ? 'role' : 'subject',
      matched,
      role: actor.role,
    };
  }

  /**
   * The names of a comma list before `head` ("France, the United States and …"), added to `parties`
   * (at most six); the matched text with them. `notInPhrase`: stop at a name inside a phrase of its own.
   */
  private namesListedBefore(
    head: ActorMention,
    parties: string[],
    matched: string,
    notInPhrase: boolean,
  ): string {
    const { tokens, speakers } = this;
    for (let guard = 0; guard < 6; guard++) {
      let c = head.first - 1;
      if (tokens[c]?.lower === 'the') c--;
      if (tokens[c]?.text !== ',') break;
      const listed = speakers.find((a) => a.last === c - 1);
      if (!listed || (notInPhrase && this.inPrepositionalPhrase(listed))) break;
      for (const p of listed.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${listed.text}, ${matched}`;
      head = listed;
    }
    return matched;
  }

  /**
   * The one a verdict is addressed to ("unacceptable to Moscow", "a non-starter for Washington"), with
   * the names listed after it: "for both Washington and the alliance", "to Paris, London and Berlin".
   */
  experiencerHolder(exp: ActorMention): Holder {
    const { tokens, speakers } = this;
    const parties = [...exp.parties];
    let matched = exp.text;
    let last = exp.last;
    for (let guard = 0; guard < 6; guard++) {
      let k = last + 1;
      const joiner = tokens[k]?.lower ?? '';
      if (joiner !== 'and' && joiner !== ',') break;
      k++;
      if (joiner === ',' && tokens[k]?.lower === 'and') k++;
      const listed = speakers.find(
        (a) =>
          a.kind !== 'adjective' &&
          (a.first === k || (a.first === k + 1 && tokens[k]?.lower === 'the')) &&
          !/^['’]s$/.test(tokens[a.last + 1]?.text ?? ''),
      );
      // ("unacceptable to Washington, and Kyiv says …": a name opening a clause of its own is not listed.)
      const after = tokens[(listed?.last ?? 0) + 1];
      if (!listed || (after && !/^[,.;:!?—–)"”’]$/.test(after.text) && !LIST_END.test(after.lower))) break;
      for (const p of listed.parties) if (!parties.includes(p)) parties.push(p);
      matched = `${matched} and ${listed.text}`;
      last = listed.last;
    }
    return parties.length > exp.parties.length
      ? { parties, kind: 'subject', matched, role: null }
      : { parties: exp.parties, kind: 'subject', matched: exp.text, role: exp.role };
  }

  subjectBefore(cueFirst: number, clause: [number, number]): Holder | null {
    const { input, tokens, actors, speaker, previousSpeaker, spans, speakers } = this;
    // "Lavrov questioned the US willingness to discuss …", "doubted the American readiness to …": a name
    // after "the" owns the readiness noun right after it as a possessive does ("NATO's readiness",
    // below), and a readiness another puts in doubt is no one's stated position.
    if (doubtedNamedReadinessAt(tokens, cueFirst)) return null;
    // ("Lavrov noted the American willingness to discuss …": the adjective owns the readiness, as a name
    // does; the walk below passes adjectives by and would reach the one who noted it.)
    if (ownedReadinessAt(tokens, cueFirst) && tokens[cueFirst - 2]?.lower === 'the') {
      const adjective = actors.find((a) => a.last === cueFirst - 1 && a.kind === 'adjective');
      if (adjective) return this.asHolder(adjective);
    }
    // ("Moscow would ask the West …, and would hold talks on …": the subject of the modal before "and".)
    const continued = coordinatedModalSubject(tokens, speakers, cueFirst, clause);
    if (continued) return this.asHolder(continued);
    for (let i = cueFirst - 1; i >= clause[0]; i--) {
      const t = tokens[i] as Token;
      // "They are telling us yes or agree to …": "us" after a verb is its object, not a subject.
      if ((t.lower === 'us' || t.lower === 'me') && OBJECT_TAKING.test(tokens[i - 1]?.lower ?? '')) continue;
      if (FIRST_PERSON.has(t.text)) {
        // "We need guarantees …" in a quotation without its own "he said": the one who spoke last,
        // within a few sentences.
        const s =
          speaker?.kind === 'party'
            ? speaker
            : previousSpeaker?.kind === 'party'
              ? previousSpeaker
              : speaker === null && input.recentSpeaker?.kind === 'party'
                ? input.recentSpeaker
                : null;
        return s && s.kind === 'party'
          ? { parties: s.parties, kind: 'first-person', matched: t.text, role: s.role }
          : null;
      }
      // "It is essential that …", "it was vital to …": a dummy subject, no one's; the speaker holds it.
      if (t.lower === 'it' && dummyIt(tokens, i)) continue;
      if (THIRD_PERSON.has(t.lower)) {
        // "signals from Washington that it is prepared to …", "word from the allies that they would …":
        // the one the news comes from is the pronoun's antecedent.
        if (tokens[i - 1]?.lower === 'that') {
          const source = speakers.find(
            (a) =>
              a.last === i - 2 &&
              a.kind !== 'adjective' &&
              /^(?:from|by)$/.test(
                tokens[a.first - (tokens[a.first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '',
              ),
          );
          if (source) return this.asHolder(source);
        }
        // "Putin says he wants …": the speaker named before the pronoun; "it"/"they": the subject of the
        // sentence's first clause; otherwise whoever spoke last.
        const speakerBefore =
          speaker?.kind === 'party' &&
          speakers.some((a) => a.last < i && a.text === speaker.matched) &&
          // "Putin said …, when they promised …": "they" is not one person.
          (t.lower !== 'they' || plural(speaker.parties, speaker.matched, speaker.role)) &&
          // "Sherman said Russia had made clear it wants …": "it" is no person either.
          (t.lower !== 'it' || !speakers.some((a) => a.text === speaker.matched && a.kind !== 'name'))
            ? this.partyOf(speaker)
            : null;
        if (speakerBefore) return speakerBefore;
        // "The Russian leader, Vladimir Putin, cautioned Washington that he was against …": a person
        // named as a subject earlier in the sentence, before any speaker of an earlier one.
        if (t.lower === 'he' || t.lower === 'she') {
          const person = speakers.find(
            (a) =>
              a.last < i &&
              (a.kind === 'official' || a.kind === 'role' || a.kind === 'learned') &&
              !this.inPrepositionalPhrase(a),
          );
          if (person) return this.asHolder(person);
        }
        // "Sherman said Russia had made clear it wants …": "it" is the nearest country or organisation
        // named before it as a subject, not a person.
        if (t.lower === 'it') {
          const named = [...speakers]
            .reverse()
            // (Not one named inside a relative clause that closed before "it": "…, which is what Moscow
            // is demanding, though it is willing to …" is the main clause's subject.)
            .find(
              (a) =>
                a.last < i &&
                a.kind === 'name' &&
                !this.inPrepositionalPhrase(a) &&
                this.insertedClauseOpening(a.first, i) < 0,
            );
          if (
            named &&
            speakers.some((a) => a.last < named.first && a.kind !== 'name' && a.kind !== 'adjective')
          )
            return this.asHolder(named);
        }
        if (t.lower === 'it' || t.lower === 'they') {
          const first = spans
            .slice(0, Math.max(0, clauseOf(spans, i) + 1))
            .map((sp) => this.clauseSubject(sp))
            .find((a) => a && a.last < i);
          // "Russia was deceived when they promised …": "they" is no single party named in the singular.
          const singular =
            !!first && t.lower === 'they' && !plural(this.asHolder(first).parties, first.text, first.role);
          if (first && !singular) return this.asHolder(first);
          // "The words had been used by Russia before, when it demanded …": the agent of a passive before it.
          const agent = speakers.find((a) => {
            if (a.last >= i) return false;
            let b = a.first - 1;
            if (tokens[b]?.lower === 'the') b--;
            return tokens[b]?.lower === 'by' && /(?:ed|en|ade|ung|ught)$/.test(tokens[b - 1]?.lower ?? '');
          });
          if (agent) return this.asHolder(agent);
          // "Washington and NATO sent their replies. They said …": "They" speaking is the group the
          // sentence before opened with, not its first name alone.
          if (
            i === 0 &&
            t.lower === 'they' &&
            speaker?.kind === 'pronoun' &&
            previousSpeaker?.kind === 'party' &&
            previousSpeaker.parties.length > 1
          )
            return this.partyOf(previousSpeaker);
          // "It demanded …" opening the sentence: the subject of the sentence before. So is "it" after
          // an opening "Nor will", "Neither does": the inverted subject of a denial carried on.
          if (
            (i === 0 || invertedAfterNor(tokens, i)) &&
            input.recentSubject &&
            canSpeak(input.recentSubject)
          )
            return {
              parties: input.recentSubject.parties,
              kind: 'previous-speaker',
              matched: input.recentSubject.text,
              role: input.recentSubject.role,
            };
          if (t.lower === 'it') continue;
          // "…the United States had made it clear that they were ready …": the nearest party named in
          // the plural or as a country or organisation (not a person) before "they".
          const group = [...speakers]
            .reverse()
            .find((a) => a.last < i && a.kind === 'name' && plural(a.parties, a.text, a.role));
          if (group) return this.asHolder(group);
        }
        const fallback =
          this.partyOf(previousSpeaker) ?? this.partyOf(input.recentSpeaker) ?? this.partyOf(speaker);
        // "they" stands for a group ("Western officials", "the allies", two parties), not for "Moscow":
        // "…the meetings yielded no progress …, they did bring offers …".
        if (t.lower === 'they' && fallback && !plural(fallback.parties, fallback.matched, fallback.role))
          return NO_HOLDER;
        // "It wants to limit NATO's right …" in Stoltenberg's remarks: "it" is no person who spoke.
        if (t.lower === 'it' && fallback?.role) return NO_HOLDER;
        return fallback;
      }
      const pair = this.pairNoun(i);
      if (pair) return pair;
      // "some Russian concerns about missiles", "Polish objections to …": an attitude noun a party's
      // adjective modifies is that party's.
      const adjective =
        i === cueFirst - 1
          ? actors.find((a) => a.last === i && a.kind === 'adjective' && a.parties.length > 0)
          : undefined;
      if (adjective && ATTITUDE_NOUN.test(tokens[cueFirst]?.lower ?? '')) {
        // "Kyiv is counting on German support for …", "Zelensky asked for British backing": support
        // hoped for from a party is the hoper's wish, not the party's stance; walk on to who hopes.
        const resume = soughtFromParty(tokens, adjective.first, actors);
        if (resume >= 0) {
          i = resume;
          continue;
        }
        return { parties: [...adjective.parties], kind: 'possessor', matched: adjective.text, role: null };
      }
      const actor = speakers.find((a) => a.last === i);
      // "Poland, a NATO member, rejected …", "Romania and Bulgaria, both NATO members, called …": a party
      // in an apposition that classes the name before its comma as one of its members or allies is no
      // subject; the walk goes on to that name.
      const apposition = actor ? memberAppositionComma(tokens, actor.first, actor.last) : -1;
      if (
        actor &&
        apposition > 0 &&
        speakers.some((a) => a.last === apposition - 1 && a.kind !== 'adjective')
      ) {
        i = apposition;
        continue;
      }
      // "What would help Ukraine now is German leadership in backing …": an office named by a party's
      // adjective, sought from it, is the seeker's wish too.
      const resume =
        actor && (actor.kind === 'role' || actor.kind === 'adjective')
          ? soughtFromParty(tokens, actor.first, actors)
          : -1;
      if (resume >= 0) {
        i = resume;
        continue;
      }
      // "The Russian draft would have NATO rule out …": the one a causative verb has do something is
      // its object, doing what the causer wants, not holding a position of its own; the causer, before
      // the verb, wants it.
      if (
        actor &&
        /^(?:have|has|make|makes|made)$/.test(tokens[actor.first - 1]?.lower ?? '') &&
        /^(?:would|will|could|should|to)$/.test(tokens[actor.first - 2]?.lower ?? '')
      ) {
        i = actor.first - 2;
        continue;
      }
      // "handed Washington and the North Atlantic Treaty Organization (NATO) drafts seeking …": a short
      // name in brackets right after the same party's name is that name again; the reading goes on from it.
      if (
        actor &&
        tokens[actor.first - 1]?.text === '(' &&
        tokens[actor.last + 1]?.text === ')' &&
        speakers.some((a) => a.last === actor.first - 2 && a.parties.some((p) => actor.parties.includes(p)))
      ) {
        i = actor.first - 1;
        continue;
      }
      // "… offered Moscow the opportunity for talks on …": the one something is given to is no subject.
      if (actor && GIVING_TO.test(tokens[actor.first - 1]?.lower ?? '')) {
        i = actor.first - 1;
        continue;
      }
      // "Kyiv will approach the UN and Turkey about opening talks on …": a name right before "about" and
      // a cue in -ing is the one spoken to about it, not the one who would do it; who would is not said.
      if (
        actor &&
        actor.last === cueFirst - 2 &&
        tokens[actor.last + 1]?.lower === 'about' &&
        /[a-z]ing$/.test(tokens[cueFirst]?.lower ?? '')
      )
        return NO_HOLDER;
      // "Moscow singled out Bulgaria and Romania as places from which forces should be removed": the
      // object a verb describes "as" something, with any names joined to it, is no subject.
      // (Not "the US as well as NATO", "the alliance as a whole", "NATO as such".)
      if (
        actor &&
        tokens[actor.last + 1]?.lower === 'as' &&
        !/^(?:well|a|such|one|long|soon|much|far)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
        actor.first > clause[0]
      ) {
        let k = actor.first - 1;
        while (/^(?:and|or|,)$/.test(tokens[k]?.lower ?? '') && speakers.some((a) => a.last === k - 1))
          k = (speakers.find((a) => a.last === k - 1) as ActorMention).first - 1;
        if (
          k >= clause[0] &&
          /^[a-z]/.test(tokens[k]?.text ?? '') &&
          !/^(?:the|and|or)$/.test(tokens[k]?.lower ?? '')
        ) {
          i = k;
          continue;
        }
      }
      // "Meeting Egypt's intelligence minister, Abbas Kamel, in Cairo, the delegation insisted …": a name
      // in an opening participial phrase, with a subject of its own before the cue, is no subject.
      if (actor && this.inOpeningParticiple(actor, cueFirst)) return NO_HOLDER;
      // "The fact that Ukraine is not being let in does not rule out …": a name inside a noun's "that"
      // clause, whose own verb comes before the cue's, is not the cue's subject.
      if (actor && this.inNounComplement(actor, cueFirst)) {
        i = actor.first;
        continue;
      }
      // "The reply will not say how likely Ukraine is to join, nor signal …": a name inside an embedded
      // question after a verb is not the subject of a later conjunct past a comma.
      const question = actor ? this.embeddedQuestionAt(actor) : -1;
      if (
        actor &&
        question >= 0 &&
        tokens.slice(actor.last + 1, cueFirst + 1).some((t) => /^[,;]$/.test(t.text))
      ) {
        i = question;
        continue;
      }
      // "Lavrov (who met Blinken in Geneva) repeated …", "Lavrov, who met Blinken, repeated …": a name
      // inside an inserted relative clause or parenthesis that closed before the cue is not its subject.
      const inserted = actor ? this.insertedClauseOpening(actor.first, cueFirst) : -1;
      if (actor && inserted >= 0) {
        i = inserted;
        continue;
      }
      // "Neither Germany nor France backs …": both, and the verb denied.
      // (Past an article: "neither NATO nor the US", "Neither the US nor NATO".)
      const neither =
        actor && wordBeforeName(tokens, actor.first) === 'nor'
          ? speakers.find(
              (a) =>
                a.last < actor.first - 1 &&
                wordBeforeName(tokens, a.first) === 'neither' &&
                a.last >= actor.first - 5,
            )
          : undefined;
      if (actor && neither)
        return {
          parties: [...new Set([...neither.parties, ...actor.parties])],
          kind: 'subject',
          matched: `${neither.text} nor ${actor.text}`,
          role: null,
          negates: true,
        };
      if (actor) {
        // "Russia had received a refusal of its demands": the recipient does not hold the position.
        // The one who refused is not named: no holder, rather than a guess.
        // (Past an inserted clause right after the name: "Lavrov (who met Blinken …) repeated".)
        let after = actor.last + 1;
        if (
          tokens[after]?.text === '(' ||
          (tokens[after]?.text === ',' && /^(?:who|which|whose)$/.test(tokens[after + 1]?.lower ?? ''))
        ) {
          const closer = tokens[after]?.text === '(' ? ')' : ',';
          const close = tokens.findIndex((t, j) => j > after && j < cueFirst && t.text === closer);
          if (close > 0) after = close + 1;
        }
        // ("Washington had given no positive answer": "given" after "have" is the giver's active verb.)
        if (tokens.slice(after, cueFirst).some((t) => received(tokens, t))) return NO_HOLDER;
        // "The US was asked to stop expansion and pledge …": the one asked holds nothing it was asked.
        if (
          tokens
            .slice(after, cueFirst)
            .some((t) => ASKED_PASSIVE.test(t.lower) && BE.has(tokens[t.i - 1]?.lower ?? ''))
        )
          return NO_HOLDER;
        // "Every member of the alliance except Hungary rejects …": the one excepted does not hold it.
        const pre = tokens[actor.first - 1]?.lower === 'the' ? actor.first - 2 : actor.first - 1;
        if (
          /^(?:except|excluding)$/.test(tokens[pre]?.lower ?? '') ||
          (/^(?:from|than)$/.test(tokens[pre]?.lower ?? '') &&
            /^(?:apart|aside|other)$/.test(tokens[pre - 1]?.lower ?? ''))
        )
          return NO_HOLDER;
        // "No NATO member supports …", "Nobody in the alliance is considering …", "None of the Nordic
        // governments would accept …", "Not one EU government backs …": the subject, opening its
        // clause, denies the verb for the party it is drawn from.
        const opening = plainWords(tokens, clause[0], actor.first);
        if (NO_ONE_OF.test(opening)) return { ...this.asHolder(actor), negates: true };
        // "Every member of the alliance rejects …", "Each of the allies has refused …": the subject,
        // opening its clause, speaks for the whole party (not "every member of the alliance but one").
        if (
          EVERY_ONE_OF.test(opening) &&
          !tokens.slice(actor.last + 1, cueFirst).some((t) => EXCEPT.test(t.lower))
        )
          return this.asHolder(actor);
        // "speaking about Russia's objection to Ukraine's accession": an attitude noun's possessor holds it.
        if (
          /^['’]s$/.test(tokens[actor.last + 1]?.text ?? '') &&
          actor.last + 2 === cueFirst &&
          (ATTITUDE_NOUN.test(tokens[cueFirst]?.lower ?? '') ||
            !POSSESSED_DEMAND.test(tokens[cueFirst]?.lower ?? ''))
        ) {
          // "Lavrov questioned NATO's readiness to discuss …": an attitude another puts in doubt is no
          // one's stated position, neither the owner's nor the doubter's.
          const w = tokens[actor.first - 1]?.lower === 'the' ? actor.first - 2 : actor.first - 1;
          if (
            DOUBTED_ATTITUDE.test(tokens[w]?.lower ?? '') &&
            DOUBTED_NOUN.test(tokens[cueFirst]?.lower ?? '')
          )
            return null;
          return { ...this.asHolder(actor), kind: 'possessor' };
        }
        // ", with the US refusing to …": the subject of a participle after a clause-opening "with"
        // holds it (not "met with officials discussing …").
        let w = actor.first - 1;
        while (w >= 0 && ['the', 'a', 'its', 'their'].includes(tokens[w]?.lower ?? '')) w--;
        // ", with the US and NATO officials rejecting …": past the first of two coordinated names.
        const partner =
          ['and', 'or'].includes(tokens[w]?.lower ?? '') && actors.find((b) => b.last === w - 1);
        if (partner) {
          w = partner.first - 1;
          while (w >= 0 && ['the', 'a', 'its', 'their'].includes(tokens[w]?.lower ?? '')) w--;
        }
        const absolute =
          tokens[w]?.lower === 'with' &&
          (w === 0 || [',', '—', '–', ';'].includes(tokens[w - 1]?.text ?? '')) &&
          cueFirst - actor.last <= 2 &&
          /ing$/.test((tokens[cueFirst] as Token).lower);
        // "The rift with Washington and NATO, which are willing to talk about …": the antecedent of the
        // relative clause the cue is in holds it, even inside a prepositional phrase.
        // (Not after a preposition of sending: "handed its proposals to NATO and the US, which seek …"
        // is the proposals.)
        let head = actor.first - 1;
        if (tokens[head]?.lower === 'the') head--;
        const coordinated = ['and', 'or'].includes(tokens[head]?.lower ?? '')
          ? actors.find((b) => b.last === head - 1)
          : undefined;
        if (coordinated)
          head = coordinated.first - 1 - (tokens[coordinated.first - 1]?.lower === 'the' ? 1 : 0);
        const relativeOf =
          /^(?:with|between|among|of)$/.test(tokens[head]?.lower ?? '') &&
          tokens[actor.last + 1]?.text === ',' &&
          /^(?:which|who)$/.test(tokens[actor.last + 2]?.lower ?? '') &&
          cueFirst >= actor.last + 2 &&
          // (The relative's own verb is the cue, after an auxiliary at most: not "…to the US and NATO,
          // which include mutual security guarantees", where "which" is the proposals.)
          this.cues.some(
            (c) =>
              c.first > actor.last + 2 &&
              c.first <= actor.last + 5 &&
              tokens
                .slice(actor.last + 3, c.first)
                .every(
                  (t) =>
                    BE.has(t.lower) ||
                    MODAL_VERBS.includes(t.lower) ||
                    /^(?:not|also|still|now)$/.test(t.lower),
                ),
          ) &&
          !tokens.slice(actor.last + 3, cueFirst).some((t) => CUT_MARK.test(t.text));
        // "the replies from Washington and Brussels passed over …": a document's senders speak through it.
        const senders = this.sendersOfDocument(actor, cueFirst);
        if (senders) return senders;
        if (this.inPrepositionalPhrase(actor) && !absolute && !relativeOf) {
          i = actor.first;
          continue;
        }
        // "answering Moscow's demands and suggesting talks": a possessor is no subject. Its demands are the
        // object of a verb there; where they are the subject ("said Putin's demands … violate the
        // open door") no party holds the verb.
        if (
          /^['’]s$/.test(tokens[actor.last + 1]?.text ?? '') &&
          actor.last < cueFirst - 2 &&
          POSSESSED_DEMAND.test(tokens[actor.last + 2]?.lower ?? '')
        ) {
          let o = actor.first - 1;
          if (tokens[o]?.lower === 'the') o--;
          const governed =
            /(?:ing|ed)$/.test(tokens[o]?.lower ?? '') ||
            PREPOSITIONS.has(tokens[o]?.lower ?? '') ||
            OBJECT_VERB_NOT_ED.test(tokens[o]?.lower ?? '');
          if (!governed) return NO_HOLDER;
          i = actor.first;
          continue;
        }
        // "Russia demanded NATO provide guarantees …", "suggests the alliance give up …": the addressee of
        // a demand, in its content, holds nothing.
        // So does its undertaking a draft names ("the treaties envisage NATO's pledge to …").
        // The one who asks, named before, holds it ("Moscow demanded NATO provide guarantees"); an
        // undertaking a draft names holds no one ("the treaties envisage NATO's pledge to …").
        if (addresseeOfDemand(tokens, actor.first)) {
          if (/^['’]s$/.test(tokens[actor.last + 1]?.text ?? '')) return NO_HOLDER;
          if (BASE_VERB_AFTER.test(tokens[actor.last + 1]?.lower ?? '')) {
            i = actor.first;
            continue;
          }
        }
        // "Washington sent Moscow a reply suggesting talks": the one a thing was sent to does not hold
        // what the participle after it says; the sender does.
        let v = actor.first - 1;
        if (tokens[v]?.lower === 'the') v--;
        // (So is the second of two it was sent to: "handed Washington and the alliance drafts seeking …".)
        const firstOfPair = tokens[v]?.lower === 'and' ? speakers.find((a) => a.last === v - 1) : undefined;
        if (firstOfPair) {
          v = firstOfPair.first - 1;
          if (tokens[v]?.lower === 'the') v--;
        }
        if (/ing$/.test((tokens[cueFirst] as Token).lower) && GIVING.test(tokens[v]?.lower ?? '')) {
          i = actor.first;
          continue;
        }
        return this.asHolder(actor);
      }
    }
    return null;
  }

  /**
   * "the replies from Washington and Brussels", "the letter from the US": the parties after "from" (two
   * joined by "and" both) when a document noun heads the subject and its verb, the cue, follows at
   * once (an auxiliary or adverb at most between).
   */
  sendersOfDocument(actor: ActorMention, cueFirst: number): Holder | null {
    const { tokens, speakers } = this;
    let f = actor.first - 1;
    if (tokens[f]?.lower === 'the') f--;
    let first = actor;
    if (tokens[f]?.lower === 'and') {
      const partner = speakers.find(
        (a) => a.last === f - 1 || (a.last === f - 2 && tokens[f - 1]?.lower === 'the'),
      );
      if (!partner) return null;
      first = partner;
      f = partner.first - 1;
      if (tokens[f]?.lower === 'the') f--;
    }
    if (tokens[f]?.lower !== 'from' || !SENT_DOCUMENT.test(tokens[f - 1]?.lower ?? '')) return null;
    // (Past a second sender the ontology does not name: "from Washington and Brussels" is Washington's.)
    let v = actor.last + 1;
    if (tokens[v]?.lower === 'and' && tokens[v + 1]?.capital) {
      v += 2;
      while (tokens[v]?.capital && v < cueFirst) v++;
    }
    // (A negation too: "The replies from Washington and the alliance did not address …".)
    if (
      !tokens
        .slice(v, cueFirst)
        .every((t) => AUXILIARY.has(t.lower) || /ly$/.test(t.lower) || /^(?:not|n['’]t|never)$/.test(t.lower))
    )
      return null;
    const parties = [...new Set([...first.parties, ...actor.parties])];
    const matched = tokens
      .slice(f - 1, actor.last + 1)
      .map((t) => t.text)
      .join(' ');
    return { parties, kind: 'document', matched, role: null };
  }

  /**
   * "The alliance's reply keeps …", "the American answer, which Latvia helped shape, kept …": a party's
   * reply as the subject of the verb at `verb` speaks for that party (as "Washington's reply says" does).
   */
  replyBefore(verb: number): Holder | null {
    const { tokens, actors } = this;
    let e = verb - 1;
    // (Past an inserted relative clause: ", which Latvia helped shape,".)
    if (tokens[e]?.text === ',') {
      let k = e - 1;
      while (k > 0 && k >= e - 10 && tokens[k]?.text !== ',') k--;
      if (tokens[k]?.text !== ',' || !/^(?:which|that)$/.test(tokens[k + 1]?.lower ?? '')) return null;
      e = k - 1;
    }
    if (!REPLY_NOUN.test(tokens[e]?.lower ?? '')) return null;
    let d = e - 1;
    while (REPLY_MODIFIER.test(tokens[d]?.lower ?? '')) d--;
    const possessed = /^['’]s?$/.test(tokens[d]?.text ?? '');
    const owner = actors.find((a) => a.last === (possessed ? d - 1 : d) && a.parties.length > 0);
    if (!owner) return null;
    const matched = this.input.text.slice((tokens[owner.first] as Token).start, (tokens[e] as Token).end);
    return { parties: owner.parties, kind: 'document', matched, role: null };
  }

  /**
   * The parties a rejected proposal was sent to or discussed with ("sent to NATO and Washington were
   * rejected", "were rejected at the talks with the United States"), when the rejection is a passive
   * with no agent. Never a party that put demands forward.
   */
  receiversOfRejected(cue: Cue): Holder | null {
    const { tokens, speakers, compiled } = this;
    if (!/ed$/.test(tokens[cue.last]?.lower ?? '') || cue.first !== cue.last) return null;
    let b = cue.first - 1;
    while (b >= 0 && (tokens[b]?.transparent || /ly$/.test(tokens[b]?.lower ?? ''))) b--;
    if (!BE.has(tokens[b]?.lower ?? '')) return null;
    let a = cue.last + 1;
    while (tokens[a]?.transparent) a++;
    if (tokens[a]?.lower === 'by') return null;
    const proposing = compiled.proposingParties;
    const parties: string[] = [];
    const names: string[] = [];
    for (const x of speakers) {
      let k = x.first - 1;
      if (tokens[k]?.lower === 'the') k--;
      // The second of two names shares the first one's preposition ("to NATO and Washington").
      const partner =
        tokens[k]?.lower === 'and' ? speakers.find((y) => y.last === k - 1 || y.last === k - 2) : undefined;
      const at = partner
        ? tokens[partner.first - 1]?.lower === 'the'
          ? partner.first - 2
          : partner.first - 1
        : k;
      const received =
        (tokens[at]?.lower === 'to' && RECEIVING.test(tokens[at - 1]?.lower ?? '')) ||
        // "at the talks on 10 January in Geneva with the United States"
        (tokens[at]?.lower === 'with' &&
          tokens.slice(Math.max(0, at - 8), at).some((t) => TALKS.test(t.lower)) &&
          !tokens.slice(Math.max(0, at - 8), at).some((t) => [',', ';', ':'].includes(t.text)));
      if (!received || x.parties.some((p) => proposing.has(p))) continue;
      for (const p of x.parties) if (!parties.includes(p)) parties.push(p);
      names.push(x.text);
    }
    return parties.length ? { parties, kind: 'subject', matched: names.join(' and '), role: null } : null;
  }

  /**
   * Who holds what a "statement of X that …" or "X's remarks that …" says: X; no one when X is not named.
   * Only a "that" shortly before the cue, with no comma between.
   */
  statementContentHolder(cueFirst: number): Holder | null {
    const { tokens, speakers } = this;
    for (let k = cueFirst - 1; k >= Math.max(1, cueFirst - 14); k--) {
      if ([',', ';', ':'].includes(tokens[k]?.text ?? '')) return null;
      if (tokens[k]?.lower !== 'that') continue;
      const author = speakers.find((a) => a.last === k - 1);
      if (author) {
        let o = author.first - 1;
        // (Past up to two plain words and an article before the author: "by a senior Israeli official".)
        let skipped = 0;
        while (
          skipped < 2 &&
          /^[a-z]+$/.test(tokens[o]?.text ?? '') &&
          !/^(?:the|a|an|of|by)$/.test(tokens[o]?.lower ?? '')
        ) {
          o--;
          skipped++;
        }
        if (/^(?:the|a|an)$/.test(tokens[o]?.lower ?? '')) o--;
        else if (skipped > 0) o = author.first - 1;
        // "the statement of Russian Foreign Minister Lavrov that …", "the remarks by Netanyahu that …"
        if (/^(?:of|by)$/.test(tokens[o]?.lower ?? '') && STATEMENT_NOUN.test(tokens[o - 1]?.lower ?? ''))
          return { ...this.asHolder(author), kind: 'subject' };
        return null;
      }
      // ("the statement by an Israeli cabinet minister that …": an author no party is known for.)
      for (let j = k - 2; j >= Math.max(1, k - 6); j--) {
        if (!tokens[j]?.word) break;
        if (tokens[j]?.lower === 'by' && STATEMENT_NOUN.test(tokens[j - 1]?.lower ?? '')) return NO_HOLDER;
      }
      if (!STATEMENT_NOUN.test(tokens[k - 1]?.lower ?? '')) return null;
      // "Lavrov's statement that …", "Biden's clear statement that …" (past an adjective or two)
      let s = k - 2;
      while (
        s >= k - 4 &&
        s > 0 &&
        !/^['’]s$/.test(tokens[s]?.text ?? '') &&
        /^[a-z-]+$/.test(tokens[s]?.text ?? '')
      )
        s--;
      const possessor = /^['’]s$/.test(tokens[s]?.text ?? '')
        ? speakers.find((a) => a.last === s - 1)
        : undefined;
      if (possessor) return { ...this.asHolder(possessor), kind: 'subject' };
      // "the secretary general's remark that the alliance would not …": the office's party.
      const office = /^['’]s$/.test(tokens[s]?.text ?? '') ? bareOfficeBefore(tokens, s) : null;
      const holder = office ? officeHolderInContent(this.compiled, this.actors, tokens, k, office) : null;
      return holder ? { ...this.asHolder(holder), kind: 'subject' } : NO_HOLDER;
    }
    return null;
  }

  /**
   * "The two sides oppose …", "both countries call on …": the two parties named together lately. Not a
   * draft's "the Parties shall …", which is the content of a demand.
   */
  pairNoun(i: number): Holder | null {
    return this.countedNoun(i) ?? this.twoNoun(i);
  }

  /**
   * "The four countries called on …", "the three main outside stakeholders urged …", "all four
   * members want …": a group counted right after its members were named one by one (a coordinated
   * subject, a joint statement's issuers, the last group that spoke), when the count is that group's
   * size. A count that fits no recent group is no one.
   */
  countedNoun(i: number): Holder | null {
    const { tokens, input } = this;
    const noun = tokens[i] as Token;
    if (!COUNTED_NOUN.test(noun.lower) || tokens[i + 1]?.lower === 'of') return null;
    let k = i - 1;
    while (k >= i - 2 && COUNTED_MODIFIER.test(tokens[k]?.lower ?? '')) k--;
    const n = COUNT_WORD[tokens[k]?.lower ?? ''];
    if (!n || n < 3 || !/^(?:the|all)$/.test(tokens[k - 1]?.lower ?? '')) return null;
    if (/^(?:shall|undertake|undertakes)$/.test(tokens[i + 1]?.lower ?? '')) return null;
    const group = input.recentGroups?.find((g) => g.kind === 'party' && g.parties.length === n);
    if (group?.kind !== 'party') return null;
    return { parties: group.parties, kind: 'previous-speaker', matched: group.matched, role: null };
  }

  /** "The two sides oppose …", "both countries call on …": the pair named together lately. */
  twoNoun(i: number): Holder | null {
    const { tokens, input } = this;
    const noun = tokens[i] as Token;
    // (Two parties merely named in the sentence before stand for "both governments", "the two leaders",
    // not for "both sides" or "the two parties", which may be any two sides of anything.)
    const pair =
      input.recentPair ?? (LOOSE_PAIR_NOUN.test(noun.lower) ? (input.twoNamedBefore ?? null) : null);
    if (!PAIR_NOUN.has(noun.lower) || !pair) return null;
    const before = tokens[i - 1]?.lower ?? '';
    const det =
      before === 'both' ||
      (before === 'two' && tokens[i - 2]?.lower === 'the') ||
      (before === 'the' && /^(?:sides|parties|leaders|presidents)$/.test(noun.lower));
    if (!det || /^(?:shall|undertake|undertakes)$/.test(tokens[i + 1]?.lower ?? '')) return null;
    if (pair.kind !== 'party') return null;
    return {
      parties: pair.parties,
      kind: 'previous-speaker',
      matched: pair.matched,
      role: null,
    };
  }

  /** "Putin would press Biden for (legally binding) guarantees": the one pressing holds the noun at `at`. */
  presserFor(at: number, clause: [number, number]): Holder | null {
    const { tokens } = this;
    let k = at - 1;
    while (k >= 0 && (GUARANTEE_MODIFIER.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) k--;
    if (tokens[k]?.lower !== 'for') return null;
    const pressed = this.actors.find((a) => a.last === k - 1);
    if (!pressed || !PRESSING.test(tokens[pressed.first - 1]?.lower ?? '')) return null;
    return this.subjectBefore(pressed.first - 1, clause);
  }

  /** Across commas and dashes: "Putin's government — seeking to … — has demanded". */
  subjectAcrossAsides(clause: [number, number]): Holder | null {
    const { tokens, speechVerbAt } = this;
    // "Blinken and Stoltenberg, Peskov noted, had been clear in rejecting …": across a speaker's tag set
    // off by commas, the subject before it.
    if (tokens[clause[0] - 1]?.text === ',') {
      const tagStart = this.clauseStart(clause[0] - 2);
      const tagger = this.speakers.find((a) => a.first >= tagStart && a.first <= tagStart + 1);
      // ("Washington, he argued, keeps stressing …": a pronoun's tag too, before a verb of going on
      // doing something, whose participle no speaker logic reads as a speech verb.)
      const pronounTag =
        tagStart === clause[0] - 3 &&
        /^(?:he|she|they)$/.test(tokens[clause[0] - 3]?.lower ?? '') &&
        /^(?:keeps|keep|kept|continues|continue|continued)$/.test(tokens[clause[0]]?.lower ?? '');
      if (
        ((tagger && tagger.last === clause[0] - 3) || pronounTag) &&
        TAG_VERB.test(tokens[clause[0] - 2]?.lower ?? '') &&
        tokens[tagStart - 1]?.text === ',' &&
        tagStart >= 2
      ) {
        const before = this.subjectBefore(tagStart - 1, [this.clauseStart(tagStart - 2), tagStart - 2]);
        if (before) return before;
      }
    }
    let from = clause[0];
    while (from > 0 && [',', '—', '–'].includes(tokens[from - 1]?.text ?? '') && from - 1 > speechVerbAt)
      from = this.clauseStart(from - 2);
    if (from >= clause[0]) return null;
    const lo = Math.max(from, speechVerbAt + 1);
    return this.subjectBefore(clause[0], [lo, clause[0] - 1]);
  }

  /** Where the embedded question holding the name opens ("say how likely Ukraine …", "ask whether Russia …"), or -1. */
  embeddedQuestionAt(actor: ActorMention): number {
    const { tokens } = this;
    for (let k = actor.first - 1; k >= Math.max(1, actor.first - 3); k--) {
      if (/^(?:how|whether|why|what|if)$/.test(tokens[k]?.lower ?? ''))
        return /^[a-z]+$/.test(tokens[k - 1]?.text ?? '') ? k : -1;
      if (!/^[a-z]+$/.test(tokens[k]?.text ?? '')) return -1;
    }
    return -1;
  }

  /**
   * "The fact that Ukraine is not being admitted … does not rule out …": the name opens the "that" clause
   * of a noun like "fact", and two verb groups stand between it and the cue (the clause's and the cue's).
   */
  inNounComplement(actor: ActorMention, cueFirst: number): boolean {
    const { tokens } = this;
    let k = actor.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    if (tokens[k]?.lower !== 'that' || !COMPLEMENT_NOUN.test(tokens[k - 1]?.lower ?? '')) return false;
    if (!/^(?:the|a|this|that)$/.test(tokens[k - 2]?.lower ?? '')) return false;
    let groups = 0;
    let inGroup = false;
    for (let j = actor.last + 1; j < cueFirst; j++) {
      const aux = AUXILIARY.has(tokens[j]?.lower ?? '') || /^(?:does|do|did)$/.test(tokens[j]?.lower ?? '');
      if (aux && !inGroup) groups++;
      inGroup = aux || (inGroup && /^(?:not|never|n['’]t)$/.test(tokens[j]?.lower ?? ''));
    }
    return groups >= 2;
  }

  /**
   * "(but) the bloc refused …", "(and) the body has rejected …": a noun phrase opening the clause right
   * before its verb, naming no party (and no person, whom the speaker logic may resolve).
   */
  /** Whether what starts at `first` is the object of a verb no one is said to do (see no-one.ts). */
  objectDeniedByNoOne(first: number): boolean {
    return objectDeniedByNoOne(this.tokens, this.actors, first);
  }

  unnamedSubjectBefore(cueFirst: number, clause: [number, number]): boolean {
    const { tokens } = this;
    let k = cueFirst - 1;
    while (
      k > clause[0] &&
      (MODAL_FILLER.has(tokens[k]?.lower ?? '') || AUXILIARY.has(tokens[k]?.lower ?? ''))
    )
      k--;
    const head = tokens[k];
    if (!head?.word || !/^[a-z]+$/.test(head.text) || PERSON_OR_GOVERNMENT.test(head.lower)) return false;
    let d = k - 1;
    while (
      d > clause[0] &&
      /^[a-z-]+$/.test(tokens[d]?.text ?? '') &&
      !SUBJECT_DETERMINER.test(tokens[d]!.lower)
    )
      d--;
    if (d < k - 3 || !SUBJECT_DETERMINER.test(tokens[d]?.lower ?? '')) return false;
    const open = ['and', 'but', 'or'].includes(tokens[clause[0]]?.lower ?? '') ? clause[0] + 1 : clause[0];
    return d === open && !this.actors.some((a) => a.first >= d && a.last <= k);
  }

  /** Where a verb like "violate" has a demand noun for its subject ("these calls violate …"), that noun's index, else -1. */
  demandSubjectOf(cue: Cue): number {
    const { tokens } = this;
    if (cue.owner || !VIOLATE.test(tokens[cue.first]?.lower ?? '')) return -1;
    let k = cue.first - 1;
    while (k >= 0 && /^(?:would|could|also|clearly|directly|for|all|both)$/.test(tokens[k]?.lower ?? '')) k--;
    return DEMAND_SUBJECT.test(tokens[k]?.lower ?? '') ? k : -1;
  }

  coordinatedHolder(ci: number): Holder | null {
    const subject = this.coordinatedSubject(ci);
    return subject ? this.asHolder(subject) : null;
  }
}

/**
 * The length of "as well as" (3, or 4 with a comma before it: "Britain, as well as France, …") ending
 * right before token `at`, or 0. Only where the name after it is no object of a verb in between (the
 * caller looks for a party name right before the joiner).
 */
function asWellAsBefore(tokens: readonly Token[], at: number): number {
  if (tokens[at - 1]?.lower !== 'as' || tokens[at - 2]?.lower !== 'well' || tokens[at - 3]?.lower !== 'as')
    return 0;
  return tokens[at - 4]?.text === ',' ? 4 : 3;
}
