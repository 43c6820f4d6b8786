/**
 * The finding layer: a cue read on a mention becomes a finding (emit), its stance decided with the
 * clause's modality, condition, question and answer taken into account.
 */
import { demandInOtherPartysCondition } from './other-party-condition';
import { countsNotImposing } from '../opposed-imposition';
import { GUARANTEE_WORD, REPLY_NOUN, UNDERTAKING_WORD } from '../word-lists';
import type { Modality, Voice } from '../../model/matrix';
import type { Speaker } from '../speaker';
import { makeCue, type Cue } from '../cues';
import { SPEECH } from '../speaker';
import type { Direction } from '../compile-ontology';
import type { DemandMention } from '../demand-mentions';
import { decideStance, type ComposedAttitude } from '../stance-rules';
import type { Token } from '../tokens';
import type { Holder, SentenceFinding } from './types';
import { resistedPushAt, resistedPushBetween } from './resisted-push';
import { refusalOpensDemandWords, refusedPermissionOfOtherAct } from './refused-permission-verb';
import { reportParticipleAt, reportSuggestionAt } from './report-participle';
import { gerundOfNamedSubject } from './gerund-clause';
import {
  coordinatedClauseBetween,
  inLeftOpenQuestion,
  listItemAt,
  riskBasket,
  skipArticles,
} from './phrase-helpers';
import { ownedDemandContent } from './owned-demand-in-question';
import { wishInRelativeClause } from './wanted-in-relative';
import {
  ASKING_QUESTION,
  BROKEN,
  COMMENTATORS,
  GRIEVANCE,
  MORE_OF,
  PREPOSITIONS,
  PRESSING,
  QUESTION_OPENER,
  QUESTION_PUT,
  TOPIC_PREPOSITION,
} from './lexicon';
import { HolderFinding } from './holders';
import { awaitedCondition, namedInOfferCondition } from './offer-condition';
import { inDismissedIdea } from './dismissed-idea';
import { keptOffTheTableIn, timeLimitedIn } from './time-limited';
import { pressesForTalks, seeksDealToDo } from './proposer-talks';
import { wordSet } from '../word-set';
import { pluralNamed } from '../pronoun-number';
import { deniedSayBefore } from './denied-say';
import { addresseeOwnObligation } from './own-obligation';
import { proposedRemoval } from '../proposed-removal';
import { POSSESSIVE_PRONOUNS } from '../owned-demands';
import { promiseToldByOtherSide } from './told-promise';
import { redLineTopicAt } from './refused-red-line';
import { toldToSpeakersSide } from './told-to-own-side';
import { pronounPledge } from './pronoun-pledge';
import { demandInThreatCondition, selfCueInThreatCondition } from './threat-condition';
import { wouldBeVerdict } from './would-be-verdict';
import { demandIsJudgedStepsCondition } from './judged-without';
import { exceptedFromOffer } from './excepted-topic';
import { hedgeOnOtherSide } from './unsaid-other-side';
import { reproachedShortfall, shortfallVerdictMissing } from './reproached-shortfall';

/** What ends the search for a condition's "if" before a cue (tested per word: sets, not patterns). */
const CLAUSE_BREAK_MARK = wordSet(/^[,;:—–()"“”]$/);
const CLAUSE_BREAK_WORD = wordSet(/^(?:that|but|which|who|because|then)$/);

/**
 * The cue puts the demand's own wording forward as a proposal ("floated limits on missiles"): the
 * ontology's phrase for it, or limits on the weapons themselves — not a cut of troops in general
 * ("proposes cutting troop numbers at exercises" is no offer to pull forces back).
 */
/** What of a party's people is protected: "the security of the forces", "the safety of the troops". */
const PROTECTED_HEAD = /^(?:security|safety|protection|lives|welfare|wellbeing|well-being)$/;
const proposesSubstance = (cue: Cue, m: DemandMention): boolean =>
  PROPOSING.test(cue.text) &&
  m.direction === 1 &&
  (m.kind === 'phrase' || (m.kind === 'frame' && WEAPON_LIMIT.test(m.match))) &&
  m.first > cue.last;

const WEAPON_LIMIT =
  /\b(?:missiles?|weapons?|launchers?|arms|intermediate-range|short-range|medium-range|tomahawks?|inf|aegis)\b/i;

/** A thing said to be kept out of talks: "not up for discussion", "not up for negotiation". */
const NOT_UP_FOR = /^not up for (?:discussion|negotiation|debate)$/;
/** The word after "but only" that sets a term: "but only if …", "but only after …", "but only under …". */
const ONLY_ON_TERMS = /^(?:if|after|once|when|under|provided|by|through|within|on|upon|in)$/;
const RECIPROCAL = new Set([
  'reciprocal',
  'reciprocity',
  'mutual',
  'mutually',
  'return',
  'exchange',
  'condition',
  'conditions',
  'reciprocally',
]);

/** "…, but … may …": a "but" right after the clause ending at `end`, holding out a possibility. */
function possibilityAfterBut(tokens: readonly Token[], end: number): boolean {
  const but = tokens.findIndex((t, k) => k > end && k <= end + 2 && t.lower === 'but');
  if (but < 0) return false;
  for (let k = but + 1; k < Math.min(tokens.length, but + 12); k++) {
    const w = tokens[k]?.lower ?? '';
    if (/^(?:not|never|no|n't|cannot)$/.test(w) || /^[;:.!?]$/.test(w)) return false;
    if (!/^(?:may|might|could|can)$/.test(w)) continue;
    const verb = tokens[k + 1]?.lower === 'be' ? k + 2 : k + 1;
    return CHANGE_AHEAD.test(tokens[verb]?.lower ?? '');
  }
  return false;
}
/** What a "but … may" holds out: a change ahead ("things may happen", "that could change"). */
const CHANGE_AHEAD = wordSet(
  /^(?:happen|change|shift|move|evolve|differ|revisited|reviewed|reconsidered|discussed|negotiated|lifted|eased|relaxed|loosened)$/,
);

/** Where the noun phrase ending a mention runs on: "the deployment of NATO reinforcement forces here". */
function nounPhraseEnd(tokens: readonly Token[], last: number): number {
  let e = last;
  while (
    e < last + 5 &&
    tokens[e + 1]?.word &&
    /^(?:of|the|nato|allied|us|u\.s\.|foreign|reinforcement|reinforcements|additional|more|extra)$/i.test(
      tokens[e + 1]?.text ?? '',
    )
  )
    e++;
  return e;
}

const FALSELY = wordSet(/^(?:falsely|wrongly|erroneously|mistakenly|fake|bogus|fabricated|disinformation)$/);

const ALLEGING = wordSet(
  /^(?:claims|claimed|alleges|alleged|insinuates|insinuated|suggests|suspects|suspected)$/,
);
/** Who alleges, after a party's name or adjective: "Russian state media", "Kremlin officials". */
const ALLEGER_NOUN = wordSet(
  /^(?:state|media|press|television|tv|news|agency|agencies|outlets?|officials?|sources?|diplomats?|lawmakers?|newspapers?|channels?|propaganda)$/,
);

const ANSWERING = wordSet(/^(?:said|says|replied|replies|answered|answers|responded|responds|told)$/);

/** Whether a comma after `from` closes the question and a verb of answering follows within four words, before `to`. */
function answeredAfterComma(tokens: readonly Token[], from: number, to: number): boolean {
  for (let c = from + 1; c < to; c++) {
    if (tokens[c]?.text !== ',') continue;
    for (let v = c + 1; v <= c + 4 && v < to; v++) if (ANSWERING.test(tokens[v]?.lower ?? '')) return true;
  }
  return false;
}

/** A speaker's statement added to what it said: "…, adding that …". */
const ADDING = wordSet(/^(?:adding|added|noting|stressing|insisting)$/);

const PARTITIVE = wordSet(/^(?:some|several|few|certain|many|most|other)$/);

/** Whether "other" at `k` follows "and" (or "and the"): "Britain and (the) other members", the rest with it. */
function restWithNamed(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'other') return false;
  const before = tokens[k - 1]?.lower === 'the' ? k - 2 : k - 1;
  return tokens[before]?.lower === 'and';
}

const PROMISE = wordSet(
  /^(?:promise|promised|pledge|pledged|undertook|undertaken|vow|vowed|assurance|assurances|assured)$/,
);

// What a party the demand is put to does when it gives way: agrees, consents, accepts, commits,
// promises. (Verbs only: "has to give legal guarantees that it will not expand" is the demand put to it.)
const CONCEDING = wordSet(
  /^(?:agree|agrees|agreed|agreeing|consent|consents|consented|consenting|accept|accepts|accepted|accepting|commits|committed|guaranteed|promised|pledged|undertook|undertaken|undertakes|vowed|assured|favour|favours|favoured|favor|favors|favored|prefer|prefers|preferred|bow|bows|bowed|bowing|yield|yields|yielded|yielding|cave|caves|caved|caving|submit|submits|submitted|submitting|capitulate|capitulates|capitulated|capitulating|succumb|succumbs|succumbed|succumbing)$/,
);
/** "signed on to": signing on, the phrasal verb of giving assent, concedes as "agreed to" does. */
function signingOnAt(tokens: readonly Token[], k: number): boolean {
  return (
    /^sign(?:s|ed|ing)?$/.test(tokens[k]?.lower ?? '') &&
    tokens[k + 1]?.lower === 'on' &&
    tokens[k + 2]?.lower === 'to'
  );
}

/** The same as nouns, given a party's possessive: "China's commitment to buy …", "Beijing's pledge", "its vow". */
const CONCEDED = wordSet(/^(?:commitments?|pledges?|promises?|vows?)$/);
/** A decision, owned ("Washington's decision to suspend the drills"): what it decides to do is given. */
const DECISION = wordSet(/^decisions?$/);
/**
 * Promising in the present, as headlines and running reports tell it ("Ghani pledges release of
 * prisoners", "Kim vows to …"): a concession only as a verb, right after its subject's name or pronoun
 * ("the pledges NATO made", "Western pledges" are nouns).
 */
const PROMISING_NOW = wordSet(/^(?:pledges|promises|vows)$/);
const SUBJECT_PRONOUN = wordSet(/^(?:it|they|he|she|we)$/);
/**
 * The same promise with a plural or first-person subject ("we pledge …", "I promise …", "the insurgents
 * vow …", "Chinese negotiators pledge …"): the bare form is the verb only after such a subject; after a
 * name it is a noun ("Iran seeks US pledge never to quit …", a demand, not a promise given).
 */
const PROMISING_NOW_PLURAL = wordSet(/^(?:pledge|promise|vow)$/);
const PLURAL_SUBJECT_PRONOUN = wordSet(/^(?:we|they|i)$/);
/** Between a possessive and its undertaking noun: "China's reported pledges", "Beijing's new commitment". */
const UNDERTAKING_ADJECTIVE = wordSet(/^(?:reported|new|latest|earlier|fresh|written|public|formal|firm)$/);

/** Putting something on the table: "proposed", "put forward", "floated", "tabled". */
const PROPOSING_VERB = wordSet(/^(?:propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?)$/);
const PROPOSING = /^(?:propos(?:e|es|ed|ing)|put(?:s|ting)? forward|floated|floats|tabled|tables)\b/i;

/** Words that tell a past promise as a deception, wherever they stand: "misled when NATO pledged …". */
const DECEIVED = wordSet(
  /^(?:broken|broke|betrayed|reneged|cheated|deceived|deceit|deception|misled|duped|fooled|lied|tricked|hoodwinked)$/,
);

/** Going past or back on what was promised: "went to 20 percent", "resumed", "breached", "walked away". */
const UNDOING = wordSet(
  /^(?:went|exceeded|breached|violated|broke|resumed|restarted|abandoned|ramped|stepped|expanded|increased|installed|reneged|walked|pulled|quit|withdrew|ignored|failed|reversed|scrapped|dropped)$/,
);

/** A promise given in the past (or the noun), as against "promises" or "will pledge". */
const PAST_PROMISE = wordSet(
  /^(?:promised|pledged|undertook|undertaken|vowed|assured|guaranteed|promise|pledge|assurance|assurances|pledges)$/,
);

/** Less of a thing: "fewer restrictions", "looser limits". */
const DIMINISHING = wordSet(/^(?:fewer|less|lesser|weaker|looser|laxer|lighter|softer|narrower)$/);

/** A source in the singular, before whose "reports"/"claims" the word is a verb. */
const SOURCE_NOUN = wordSet(
  /^(?:paper|newspaper|daily|agency|outlet|network|channel|broadcaster|website|magazine|weekly|tabloid|it|he|she)$/,
);
/** Words that open "media reports that …" with the noun. */
const REPORT_MODIFIER = wordSet(
  /^(?:media|press|news|earlier|recent|unconfirmed|several|some|these|those|such|conflicting|other|initial|latest|new|local|western|foreign|persistent|numerous|many|amid|despite|after|following)$/,
);
const REPORT_NOUN = wordSet(
  /^(?:report|reports|claim|claims|rumou?rs?|speculation|suggestion|suggestions|allegation|allegations)$/,
);

/** A rejecting cue worded as its own denial: "not tolerate", "never accept", "no to". */
const PLAIN_DENIAL_IN_CUE = /^(?:not|never|no)\b/i;

const REQUEST_VERB = wordSet(
  /^(?:call|calls|called|calling|urge|urges|urged|urging|ask|asks|asked|asking|press|pressed|pressing|demand|demands|demanded|request|requests|requested|told|tell|tells)$/,
);

/** Whether the request verb at `at` has "no one"/"nobody" as its subject: "No one had asked Moscow to …". */
function requestByNobody(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (
    /^(?:had|has|have|did|does|do|ever|yet|actually|even|formally|officially|so|far)$/.test(
      tokens[k]?.lower ?? '',
    )
  )
    k--;
  const w = tokens[k]?.lower ?? '';
  return /^(?:nobody|noone|no-one)$/.test(w) || (w === 'one' && tokens[k - 1]?.lower === 'no');
}

const CLAIM_NOUNS = wordSet(
  /^(?:claims?|notion|arguments?|accusations?|allegations?|suggestions?|assertions?|narrative|charges?|contention|assumption|insinuations?|theory|theories)$/,
);

const PAST_PASSIVE = wordSet(/^(?:was|were|been)$/);

const POSSIBILITY = wordSet(/^(?:possibility|prospect|prospects|idea|chance|option)$/);

/** Findings made from a cue read on a mention, over holder finding. */

/**
 * "not to" or "never to" right before the demand's words at `first`, with the one asked between the
 * cue and it ("urged Washington not to …"). Not "should not choose" (the cue's own negation). Right
 * after a verb of promising (`promiseVerb`) too: "Ghani pledged not to release the prisoners", "we vow
 * never to lift the sanctions" promise the act's omission and refuse it. (When the demand's own words
 * open with the negation, "pledged not to expand" read as a phrase "not expand", the mention starts at
 * "not" and this is not reached.)
 */
function negatedBetween(
  tokens: readonly Token[],
  cueLast: number,
  first: number,
  promiseVerb: () => boolean = () => false,
): boolean {
  if (tokens[first - 1]?.lower !== 'to') return false;
  const k = first - 2;
  if (!/^(?:not|never)$/.test(tokens[k]?.lower ?? '')) return false;
  return k - 1 > cueLast || (k - 1 === cueLast && promiseVerb());
}

/**
 * "the US commitment to never vote for Ukraine to join NATO", "pledged to never vote for Kyiv to join":
 * a negation right after the cue (past its "to") on a verb of its own, with the demand's words further
 * on in that verb's clause. What the negated verb does to the demand (voting for it, standing in its
 * way) is not read, so which way the holder leans is left unread. Not "not to …" (negatedBetween), not
 * "never join" (the demand's own words open with the negation), not "not only".
 */
function negationOnOtherVerb(tokens: readonly Token[], cueLast: number, first: number): boolean {
  let k = cueLast + 1;
  if (tokens[k]?.lower === 'to') k++;
  if (!/^(?:not|never)$/.test(tokens[k]?.lower ?? '')) return false;
  const verb = tokens[k + 1]?.lower ?? '';
  if (/^(?:to|only|just|merely|simply|even|be)$/.test(verb) || first <= k + 1 || first > k + 8) return false;
  for (let j = k + 1; j < first; j++)
    if (/^(?:,|;|:|but|that|which|who|if|unless|while)$/.test((tokens[j] as Token).lower)) return false;
  return true;
}

/**
 * Promised, pledged, vowed: verbs in any use. The bare and "-s" forms are verbs only right after their
 * subject (promisesNow); elsewhere they are nouns ("a pledge not to …", "its promises not to …"), often
 * the thing asked for rather than a promise given.
 */
const PROMISED = wordSet(/^(?:pledged|promised|vowed)$/);

/** "should have refused", "ought to have accepted", "could have agreed", "should not have …" before a cue. */
function counterfactualBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower !== 'have') return false;
  k--;
  if (/^(?:not|never)$/.test(tokens[k]?.lower ?? '')) k--;
  if (/^(?:should|could|might|must)$/.test(tokens[k]?.lower ?? '')) return true;
  return tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'ought';
}

export abstract class FindingEmitter extends HolderFinding {
  voiceOf(holder: Holder, party: string): Voice {
    const { speaker, previousSpeaker } = this;
    if (['speaker', 'previous-speaker', 'first-person', 'document'].includes(holder.kind)) return 'own';
    if (speaker?.kind === 'party' && speaker.parties.includes(party)) return 'own';
    if (speaker === null && previousSpeaker?.kind === 'party' && previousSpeaker.parties.includes(party))
      return 'own';
    return 'reported';
  }
  /** Who is speaking, by name ("he" resolved to the previous speaker), when that is not the holder. */
  speakerName(party: string): string | null {
    const { input, speaker, previousSpeaker } = this;
    const s =
      speaker?.kind === 'pronoun' ? (previousSpeaker ?? input.recentSpeaker) : (speaker ?? previousSpeaker);
    if (!s || s.kind === 'pronoun' || (s.kind === 'party' && s.parties.includes(party))) return null;
    return s.matched;
  }

  /**
   * The one-word answer after a question reported in the sentence ("…, he replied: 'No.'", "…, she
   * said: 'Of course.'"), or null: the first words after the speech verb past its colon and quote.
   */
  answerAfter(from: number): 'yes' | 'no' | null {
    const { tokens } = this;
    const verb = tokens.findIndex((t, k) => k > from && ANSWERING.test(t.lower));
    if (verb < 0) return null;
    let k = verb + 1;
    while (k < tokens.length && (tokens[k]?.transparent || /^[:,]$/.test(tokens[k]?.text ?? ''))) k++;
    const words = tokens
      .slice(k, k + 3)
      .filter((t) => t.word)
      .map((t) => t.lower)
      .join(' ');
    if (/^(?:no|never|absolutely not|certainly not|of course not|definitely not|not at all)\b/.test(words))
      return 'no';
    if (/^(?:yes|of course|certainly|absolutely|definitely)\b/.test(words)) return 'yes';
    return null;
  }

  /**
   * Whether the word at `at` stands past a closing speech tag and a concessive "although", "though",
   * "while" or "but" ("…, Putin said, although Washington …"): the writer's words, not the speaker's.
   */
  writerAfterTag(at: number): boolean {
    const { tokens } = this;
    const v = this.speechVerbAt;
    if (v < 2 || v >= at || tokens[v + 1]?.text !== ',') return false;
    if (!/^(?:although|though|while|but)$/.test(tokens[v + 2]?.lower ?? '')) return false;
    for (let k = v - 1; k >= Math.max(0, v - 6); k--) if (tokens[k]?.text === ',') return true;
    return false;
  }

  /**
   * "would accept fewer restrictions on its program", "offered looser limits": less of the demand's
   * own restriction is a party holding out against it, not accepting it (not "fewer troops", where
   * "fewer" is itself the restriction).
   */
  diminishedRestriction(m: DemandMention): boolean {
    if (m.kind === 'reference' || m.direction === 0) return false;
    if (!DIMINISHING.test(this.tokens[m.first - 1]?.lower ?? '')) return false;
    return this.input.compiled.restrictions
      .findAll(this.tokens)
      .some((x) => x.first === m.first && x.values.includes(m.demand));
  }

  conditionOpener(at: number): number {
    const { tokens } = this;
    for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
      const t = tokens[k] as Token;
      if (CLAUSE_BREAK_MARK.test(t.text) || CLAUSE_BREAK_WORD.test(t.lower)) return -1;
      if (t.lower === 'if' || t.lower === 'unless')
        return /^(?:as|even|only|what)$/.test(tokens[k - 1]?.lower ?? '') ? -1 : k;
      // "… a response in case NATO deploys missiles": "in case" opening a clause (not "in case of").
      if (t.lower === 'case' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.lower !== 'of') return k;
      // "will not roll back tariffs until China agrees to reforms": what is awaited, not yet done.
      if (t.lower === 'until' || t.lower === 'once') return awaitedCondition(tokens, k, at) ? k : -1;
      // ("should the US reject": "should" inverted before its subject, not "NATO should reject".)
      if (t.lower === 'should')
        return (/^(?:the|its|their)$/.test(tokens[k + 1]?.lower ?? '') ||
          this.actors.some((a) => a.first === k + 1)) &&
          !this.actors.some((a) => a.last === k - 1) &&
          !/^(?:he|she|it|they|we|you|i)$/.test(tokens[k - 1]?.lower ?? '')
          ? k
          : -1;
    }
    return -1;
  }

  /**
   * A party's declaration of what it will or will not do, said by the speaker (or the previous speaker
   * "he" stands for): the words from `first` to `last` are its cue of intent, held for `parties`.
   */
  emitDeclaredIntent(
    speaking: Extract<Speaker, { kind: 'party' }>,
    parties: string[],
    first: number,
    last: number,
    m: DemandMention,
    ci: number,
  ): void {
    const { tokens } = this;
    const cue: Cue = makeCue({
      first,
      last,
      attitude: 'intent',
      text: this.input.text.slice((tokens[first] as Token).start, (tokens[last] as Token).end),
      negated: false,
      negation: null,
    });
    const holder: Holder = {
      parties,
      kind: speaking === this.speaker ? 'speaker' : 'previous-speaker',
      matched: speaking.matched,
      role: speaking.role,
    };
    this.emit(holder, cue, cue, m, ci);
  }

  /**
   * "Reuters reports that …", "the paper claims that …": the word is the verb of a source named right
   * before it (a name or a singular noun of a source), not the noun of "media reports that …".
   */
  reportingVerbAt(k: number): boolean {
    const { tokens } = this;
    if (!/^(?:reports|claims)$/.test(tokens[k]?.lower ?? '')) return false;
    let before = tokens[k - 1];
    if (!before) return false;
    // "El País, the Spanish daily that …, reports that …": the name before an aside in commas.
    if (before.text === ',') {
      let j = k - 2;
      while (j > 0 && tokens[j]?.text !== ',') j--;
      before = j > 0 ? tokens[j - 1] : undefined;
      if (!before || !(/^\p{Lu}/u.test(before.text) || SOURCE_NOUN.test(before.lower))) return false;
    }
    if (SOURCE_NOUN.test(before.lower)) return true;
    // ("Media reports that …", "Unconfirmed reports that …" open a sentence with the noun.)
    if (before.i === 0 && REPORT_MODIFIER.test(before.lower)) return false;
    return (
      /^\p{Lu}/u.test(before.text) &&
      !this.actors.some((a) => a.kind === 'adjective' && a.first <= before.i && before.i <= a.last)
    );
  }

  /**
   * "All allies are ready for talks on X, the Latvian minister said", "the allies are all agreed …": a
   * speaker of a party the demand is put to, speaking of every ally, counts its own party among them.
   */
  memberOfAll(found: Holder, m: DemandMention): string | null {
    const { tokens, speaker, compiled } = this;
    if (!found.parties.includes('nato') || speaker?.kind !== 'party' || speaker.parties.length !== 1)
      return null;
    const member = speaker.parties[0] as string;
    if (found.parties.includes(member) || !compiled.addressees.get(m.demand)?.has(member)) return null;
    if (compiled.proposers.get(m.demand)?.has(member)) return null;
    const actor = this.actors.find((a) => a.text === found.matched && a.parties.includes('nato'));
    if (!actor || !/allies$/i.test(actor.text)) return null;
    const before = tokens[actor.first - 1]?.lower ?? '';
    const after = `${tokens[actor.last + 1]?.lower ?? ''} ${tokens[actor.last + 2]?.lower ?? ''}`;
    return before === 'all' || /^all /i.test(actor.text) || /^(?:are|were) all$|^all /.test(after)
      ? member
      : null;
  }

  /**
   * "NATO proposed that Russia and NATO reopen their missions, set up a hotline, and hold talks on …":
   * the subject of a proposal's content, read for a cue the clauses cut off from the proposing verb, is
   * what the proposal has it do; the proposer holds the position.
   */
  private proposerOfContent(found: Holder, cue: Cue): Holder | null {
    const { tokens, spans } = this;
    if (cue.owner || found.kind !== 'subject') return null;
    const subject = this.actors.find(
      (a) =>
        a.last < cue.first &&
        tokens[a.first - 1]?.lower === 'that' &&
        found.matched.startsWith(a.text) &&
        PROPOSING_VERB.test(tokens[a.first - 2]?.lower ?? ''),
    );
    if (!subject) return null;
    const verbAt = subject.first - 2;
    const span = spans.find(([a, b]) => verbAt >= a && verbAt <= b);
    const proposer = span ? this.clauseSubject([span[0], verbAt - 1]) : undefined;
    return proposer && proposer.parties.length > 0 ? this.asHolder(proposer) : null;
  }

  /**
   * "Germany, France and Italy were among the allies that said they were open to …": the ones named as
   * among a group hold what the group's relative clause says, not the whole group.
   */
  private namedAmongGroup(found: Holder, cue: Cue): Holder | null {
    const { tokens } = this;
    if (cue.owner) return null;
    const group = this.actors.find(
      (a) => a.last < cue.first && found.matched.startsWith(a.text) && a.first >= 2,
    );
    if (!group) return null;
    let k = group.first - 1;
    if (/^(?:the|its|their)$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower !== 'among' || !/^(?:were|are|was|is)$/.test(tokens[k - 1]?.lower ?? ''))
      return null;
    if (!/^(?:that|who|which)$/.test(tokens[group.last + 1]?.lower ?? '')) return null;
    const named = this.actors.filter((a) => a.last < k - 1 && a.kind !== 'adjective' && a.parties.length > 0);
    // (Only a subject list opening the clause: names and their joints, nothing else.)
    const first = named[0];
    if (!first) return null;
    const joints = tokens
      .slice(first.first, k - 1)
      .every((t) => named.some((a) => t.i >= a.first && t.i <= a.last) || /^(?:,|and|the)$/.test(t.lower));
    if (!joints) return null;
    return {
      parties: [...new Set(named.flatMap((a) => a.parties))],
      kind: 'subject',
      matched: named.map((a) => a.text).join(', '),
      role: null,
    };
  }

  /**
   * The holder's wish in a relative clause on the thing wished for (wanted-in-relative.ts), demand after
   * it, the wished thing's noun after the word `after` that questions or doubts it.
   */
  private givenWish(found: Holder, cue: Cue, m: DemandMention, after: number): boolean {
    return (
      m.first > cue.last && wishInRelativeClause(this.tokens, this.actors, cue, after)?.text === found.matched
    );
  }

  emit(found: Holder, attitude: ComposedAttitude, cue: Cue, m: DemandMention, ci: number): void {
    const { tokens, compiled, speaker, findings, spans } = this;
    if (found.parties.length === 0) return;
    found = this.proposerOfContent(found, cue) ?? this.namedAmongGroup(found, cue) ?? found;
    const member = this.memberOfAll(found, m);
    if (member) found = { ...found, parties: [...found.parties, member] };
    if (found.negates) attitude = { ...attitude, negated: !attitude.negated };
    // "Israel urged Washington not to lift sanctions": a negation between the cue and the demand's
    // words, right before them, turns what the cue asks for.
    if (
      !cue.owner &&
      m.kind !== 'reference' &&
      negatedBetween(
        tokens,
        cue.last,
        m.first,
        () => PROMISED.test(tokens[cue.last]?.lower ?? '') || this.promisesNow(cue),
      )
    )
      attitude = { ...attitude, negated: !attitude.negated };
    // ("Putin said NATO cannot deploy missiles in Ukraine": a cue on the demand's verb, "cannot" right
    // before it and not counted as its negation, is no act the subject intends.)
    if (!cue.negated && !cue.owner && tokens[cue.first - 1]?.lower === 'cannot') return;
    // ("We are not going to agree that NATO cannot expand any further": "cannot" right before the
    // demand's words, after the cue and outside them, turns them unread; which way is left unread.)
    if (m.kind !== 'reference' && m.first - 1 > cue.last && tokens[m.first - 1]?.lower === 'cannot') return;
    // ("the US commitment to never vote for Ukraine to join NATO": a negated verb of its own between.)
    if (!cue.owner && m.kind !== 'reference' && negationOnOtherVerb(tokens, cue.last, m.first)) return;
    // "will allow no country a veto over enlargement": the refusing "no" is the demand's own words' (counted once).
    if (refusalOpensDemandWords(tokens, cue, m.first)) attitude = { ...attitude, negated: !attitude.negated };
    // "Paris accused Kosovo of failing to set up the association": who reproaches a shortfall wants it done.
    if (!cue.owner && m.kind !== 'reference' && reproachedShortfall(tokens, cue, m.first))
      attitude = { attitude: 'supports', negated: false };
    // ("Kosovo had not done enough to stop the association": a shortfall in something else.)
    if (!cue.owner && shortfallVerdictMissing(tokens, cue, m.first)) return;
    // "No one had asked Moscow to renew the deal": a request nobody made holds no one's position, not
    // the one it would have been put to, nor the one who says so.
    if (REQUEST_VERB.test(tokens[cue.first]?.lower ?? '') && requestByNobody(tokens, cue.first)) return;
    // "“Will the US guarantee that Ukraine never joins NATO?” a reporter asked.": a question put to a
    // party states no position of it.
    if (this.facts.question && this.facts.asking) return;
    // "Lighthizer would not say whether Beijing had agreed to …": the hedge is about the other side.
    if (attitude.attitude === 'unclear' && hedgeOnOtherSide(tokens, this.actors, cue, found.parties)) return;
    // "The idea that Israel would accept a permanent ceasefire is a non-starter," Netanyahu said: the
    // speaker dismisses what the clause says his side would do, so his side refuses it. What it says of
    // another side is nobody's position.
    if (inDismissedIdea(tokens, cue.first)) {
      // (Said by "he": the one who spoke before.)
      const sayer = this.speaker?.kind === 'pronoun' ? this.previousSpeaker : this.speaker;
      const ownSide =
        ['speaker', 'previous-speaker', 'first-person'].includes(found.kind) ||
        (sayer?.kind === 'party' && found.parties.some((p) => sayer.parties.includes(p)));
      if (!ownSide || attitude.attitude === 'rejects' || attitude.negated) return;
      attitude = { ...attitude, negated: true };
    }
    // "Moscow will respond if the US turns down its demands", "… should the allies reject them": what a
    // party is supposed to do in a condition is no position of it.
    // (Not "Putin would pull back if NATO commits to stop expanding": the condition the proposer sets.)
    if (!cue.owner) {
      const condition = this.conditionOpener(cue.first);
      if (
        condition >= 0 &&
        this.actors.some(
          (a) =>
            a.first > condition && a.last < cue.first && a.parties.some((p) => found.parties.includes(p)),
        )
      )
        return;
    }
    // "…between NATO and Ukraine, which hopes to join the bloc, and by the chance that missiles …": a
    // cue inside an inserted relative clause does not reach past the comma that closes it.
    if (!cue.owner && m.first > cue.last && this.closedRelativeClauseEnd(cue) < m.first) return;
    // "had to agree to give up its weapons before it got any relief from sanctions": a supporting cue
    // reaches what is asked first; what a clause opened by "before" and its own subject names is what
    // comes after it, held back until then, not what the cue's holder agrees to or asks for.
    if (
      !cue.owner &&
      attitude.attitude === 'supports' &&
      m.first > cue.last &&
      this.sequencedAfter(cue.last, m.first)
    )
      return;
    // "Russia claims the US plans to put strike missiles in Ukraine": another side's allegation about
    // the holder states no position of the holder.
    // "It is not true that the alliance plans to pull its forces out": the content denied.
    if (this.deniedContentBefore(cue.first)) attitude = { ...attitude, negated: !attitude.negated };
    // ("Russian media wrongly reported that NATO had agreed …": a report the sentence calls false.)
    // (A loop, not a slice: this runs for every finding.)
    for (let k = 0; k < cue.first && k < tokens.length; k++)
      if (FALSELY.test((tokens[k] as Token).lower)) return;
    // "Biden should have refused any talks": what a party should have done, and did not, is no position.
    if (!cue.owner && counterfactualBefore(tokens, cue.first)) return;
    for (let k = cue.first - 1; k >= Math.max(1, cue.first - 8); k--) {
      if (!ALLEGING.test(tokens[k]?.lower ?? '')) continue;
      // ("Russian state media claimed …": a party's outlets or officials, named by its adjective.)
      const alleger = this.actors.find(
        (a) =>
          a.last === k - 1 ||
          (a.last === k - 2 && tokens[k - 1]?.transparent) ||
          (a.last < k - 1 &&
            a.last >= k - 3 &&
            tokens.slice(a.last + 1, k).every((t) => ALLEGER_NOUN.test(t.lower))),
      );
      if (alleger && !alleger.parties.some((p) => found.parties.includes(p))) return;
      break;
    }
    // "…did not respond to the elements of the draft, in particular, the refusal of the entry of …": an
    // undertaking listed as an item is what the demands ask, not something a party that made none wants.
    if (
      !cue.owner &&
      UNDERTAKING_WORD.test(tokens[cue.last]?.lower ?? '') &&
      cue.first === cue.last &&
      listItemAt(tokens, skipArticles(tokens, cue.first - 1)) &&
      !found.parties.some((p) => compiled.proposers.get(m.demand)?.has(p))
    )
      return;
    // "guarantees ruling out any enlargement": the participle is the restriction the demand's words
    // already hold, the guarantee's content; whoever holds the guarantee asks for it.
    if (
      attitude.attitude === 'rejects' &&
      !attitude.negated &&
      m.direction === 1 &&
      cue.last < m.first &&
      m.match.toLowerCase().startsWith(`${cue.text.toLowerCase()} +`) &&
      GUARANTEE_WORD.test(
        tokens[tokens[cue.first - 1]?.lower === 'that' ? cue.first - 2 : cue.first - 1]?.lower ?? '',
      )
    )
      attitude = { attitude: 'supports', negated: false };
    // "Is Paris ready to accept a freeze on enlargement?": a yes/no question states no position.
    if (cue.first < this.facts.yesNoQuestionEnd) return;
    // "Asked whether the alliance would admit Ukraine soon, Stoltenberg said no": the question put is
    // the reporter's. Its answer makes it the answerer's (below) when that is a "yes", or a "no" to the
    // demand itself; a "no" to its opposite ("not soon") would be a guess.
    // ("Asked about Stoltenberg's remark that the alliance would not …": a statement someone made,
    // named with its author, is no question put; its content stays the author's.)
    if (cue.first < this.questionPutEnd() && !this.statementContentHolder(cue.first)?.parties.length) {
      const answer = this.answerAfter(cue.last);
      if (!answer || (answer === 'no' && m.direction !== 1)) return;
    }
    // "Hungary refused to host additional NATO troops", "did not want more troops": declining an increase is
    // not asking for the demand (a pull-back), whoever says it.
    const refusing =
      (attitude.attitude === 'rejects' && !attitude.negated) ||
      (attitude.attitude === 'supports' && attitude.negated);
    // (Not where the demand itself counts not imposing more of the measure: "opposes the plan to impose
    // additional tariffs" backs a tariff rollback that includes no new tariffs; opposed-imposition.ts.)
    if (
      refusing &&
      m.direction === -1 &&
      !countsNotImposing(this.compiled, m.demand) &&
      tokens
        .slice(Math.max(cue.last + 1, m.first - 4), nounPhraseEnd(tokens, m.last) + 1)
        .some((t) => /^(?:more|additional|extra|reinforcements?)$/.test(t.lower))
    )
      return;
    // "Putin says Western answers ignored Russia's core demands": a party refusing its own demands,
    // named only by a pointer to them, is a misreading of whose verb it is (someone else's).
    if (refusing && m.kind === 'reference' && m.owner && found.parties.includes(m.owner)) return;
    // "Some NATO member states are concerned about …": a part of a party is not the party.
    const holderActor = this.actors.find((a) => a.text === found.matched);
    if (
      holderActor &&
      PARTITIVE.test(tokens[holderActor.first - 1]?.lower ?? '') &&
      // ("Britain and the other NATO members": with the one named, the rest make up the whole.)
      !restWithNamed(tokens, holderActor.first - 1) &&
      /^(?:member|members|states|countries|allies|governments|capitals)$/.test(
        tokens[holderActor.last + 1]?.lower ?? '',
      )
    )
      return;
    // "NATO accuses Russia of increasing border troops": an accusation of the demand's own proposer is
    // about its conduct, not about the demand.
    if (/^(?:accus|blam)/.test(tokens[cue.first]?.lower ?? '')) {
      const accused = this.actors.filter((a) => a.first > cue.first && a.last < cue.last);
      // (What the accused is said to seek is still its own: "accuses Moscow of seeking to push … out".)
      // (Nor one of its aims, "accuses Moscow of seeking to …": then the accuser opposes the aim.)
      const accusedHolds = found.parties.every((p) => accused.some((a) => a.parties.includes(p)));
      const aim = /\bof\s+\S/i.test(cue.text);
      if (
        !accusedHolds &&
        !aim &&
        accused.some((a) => a.parties.some((p) => compiled.proposers.get(m.demand)?.has(p)))
      )
        return;
      // ("… hammered NATO's unwillingness to respond and accused the West of …": not the possessor.)
      const by = this.actors.find((a) => a.text === found.matched && a.last < cue.first);
      if (by && /^['’]s$/.test(tokens[by.last + 1]?.text ?? '')) return;
    }
    // "Analysts doubt that Washington will ever accept …", "Some analysts believe France might favour …":
    // speculation about a party, by someone else, is not its position.
    // (A demand's owner still holds it: "… doubt that Washington will accept Moscow's demand".)
    const speculation = this.facts.speculationAt;
    // ("Moscow fears that …, an official said, adding that Washington has no plan …": what the one
    // who reported the fear added is past it; not "Analysts doubt …, adding that …", still theirs.)
    // (Looked for only past a speculation before the cue, where it decides.)
    const addedAfter =
      speculation >= 1 &&
      speculation < cue.first &&
      tokens
        .slice(speculation + 1, cue.first)
        .some(
          (t) =>
            ADDING.test(t.lower) &&
            tokens[t.i + 1]?.lower === 'that' &&
            tokens[t.i - 1]?.text === ',' &&
            SPEECH.has(tokens[t.i - 2]?.lower ?? '') &&
            !tokens.slice(Math.max(0, t.i - 6), t.i - 2).some((u) => COMMENTATORS.test(u.lower)),
        );
    if (
      speculation >= 1 &&
      speculation < cue.first &&
      !addedAfter &&
      // ("Moscow doubted whether the talks were serious, and insisted on …": the doubt ends at the next clause.)
      !coordinatedClauseBetween(tokens, speculation, cue.first) &&
      found.kind !== 'possessor' &&
      found.kind !== 'proposer' &&
      // ("it is unclear whether Beijing will make the concessions Washington wants on …": given.)
      !this.givenWish(found, cue, m, speculation)
    )
      return;
    // "Washington will not give Moscow that guarantee, an analyst predicted": the same guess told with
    // its tag after it, closing the sentence, is the commentator's too.
    if (
      speculation > cue.last &&
      trailingCommentaryTag(tokens, speculation) &&
      found.kind !== 'possessor' &&
      found.kind !== 'proposer'
    )
      return;
    // "It is possible that the US will deploy missiles, Lavrov said": what may happen to another party is no
    // position of it. (The speaker's own side it may be: "Stoltenberg said it was possible allies would agree …".)
    const likelihood = this.facts.likelihoodAt;
    const sayer = this.speaker;
    if (
      likelihood >= 0 &&
      likelihood < cue.first &&
      found.kind !== 'possessor' &&
      found.kind !== 'proposer' &&
      !['speaker', 'previous-speaker', 'first-person', 'document'].includes(found.kind) &&
      !(sayer?.kind === 'party' && found.parties.some((p) => sayer.parties.includes(p)))
    )
      return;
    // "Washington and its allies are unlikely to grant the guarantees he is after": a forecast of what
    // a party will do, told by the writer, is no position of it either: so too after a closing speech
    // tag ("…, Putin said, although Washington is unlikely to …"), where the writer speaks again. (A
    // party's own assessment, "Kosachev said the US was unlikely to accept …", is read as reported.)
    if (
      attitude.negated &&
      /^unlikely\b/i.test(cue.negation ?? '') &&
      found.kind !== 'possessor' &&
      found.kind !== 'proposer' &&
      !['speaker', 'previous-speaker', 'first-person', 'document'].includes(found.kind) &&
      (sayer?.kind !== 'party' || this.writerAfterTag(cue.first)) &&
      !(sayer?.kind === 'party' && found.parties.some((p) => sayer.parties.includes(p)))
    )
      return;
    // "the US had not pressured Ukraine to abandon its bid": denying one pushed another is no stance.
    if (cue.negated && cue.attitude === 'supports' && PRESSING.test(tokens[cue.first]?.lower ?? '')) return;
    // "help Kyiv resist any pressure to drop its bid": a push held out against states no stance.
    if (resistedPushAt(tokens, cue.first) || resistedPushBetween(tokens, cue.last, m.first)) return;
    // "will let no one forget that the open door …": the refused act is not the demand's (refused-permission-verb.ts).
    if (m.first > cue.last && refusedPermissionOfOtherAct(tokens, this.actors, cue, m.first)) return;
    // "Putin met Macron. They said they discussed NATO expansion", "Lavrov and Blinken discussed …":
    // two sides reporting the topic of their meeting, not one side's openness to a demand.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      /^discuss(?:ed|es|ing)?$/.test(tokens[cue.first]?.lower ?? '') &&
      // (Two sides, one of them a proposer: not "the US and NATO … offered to discuss", allies together.)
      ((found.parties.length > 1 && found.parties.some((p) => compiled.proposingParties.has(p))) ||
        tokens[cue.first - 1]?.lower === 'they')
    )
      return;
    // "ready to discuss anything except NATO membership": the one topic left out of an offer of talks on
    // everything is one the party will not discuss, as "will not discuss NATO membership" (excepted-topic.ts).
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      m.first > cue.last &&
      exceptedFromOffer(tokens, cue.last, m.first)
    )
      attitude = { attitude: 'open', negated: true };
    // "…agree to discuss issues that are secondary compared with the non-expansion of NATO": what
    // something is compared with is not what the cue is about.
    if (m.first > cue.last) {
      const between = tokens.slice(cue.last + 1, m.first);
      if (
        between.some(
          (t, k) =>
            t.lower === 'than' ||
            (t.lower === 'compared' && ['with', 'to'].includes(between[k + 1]?.lower ?? '')),
        )
      )
        return;
    }
    // "I also discussed France's contribution … and our presence in Romania": a topic reported as
    // discussed is no offer to negotiate the demand, unless the demand itself is named ("discussed
    // limits on missiles").
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      cue.first === cue.last &&
      tokens[cue.first]?.lower === 'discussed' &&
      m.direction !== 1
    )
      return;
    // "pushed back on a report that the administration is prepared to propose …": the content of a
    // report or a claim is no one's position.
    for (let k = cue.first - 1; k >= Math.max(0, cue.first - 6); k--) {
      if (
        tokens[k]?.lower === 'that' &&
        REPORT_NOUN.test(tokens[k - 1]?.lower ?? '') &&
        !this.reportingVerbAt(k - 1)
      )
        return;
      if (reportParticipleAt(tokens, k) || reportSuggestionAt(tokens, k)) return;
    }
    // "the EU means Serbia accepting Kosovo as a state": a gerund clause with the party as its subject.
    if (gerundOfNamedSubject(tokens, this.actors, cue.first, found.parties)) return;
    // "a proposal according to which the alliance would not offer Ukraine membership": the content of
    // a document, not a position of the party named inside it.
    const contentAt = tokens
      .slice(Math.max(0, cue.first - 10), cue.first)
      .find(
        (u) =>
          (u.lower === 'which' &&
            /^(?:to|under)$/.test(tokens[u.i - 1]?.lower ?? '') &&
            (tokens[u.i - 1]?.lower === 'under' || tokens[u.i - 2]?.lower === 'according')) ||
          u.lower === 'whereby',
      );
    if (
      contentAt &&
      this.actors.some(
        (a) =>
          a.first > contentAt.i && a.last < cue.first && a.parties.some((p) => found.parties.includes(p)),
      )
    )
      return;
    // "…'Threatens European Security' Amid Calls to Join NATO": what follows "amid" is not the cue's object.
    if (m.first > cue.last && tokens.slice(cue.last + 1, m.first).some((t) => t.lower === 'amid')) return;
    // "… would not hesitate to take legal action if London tore up the protocol" (other-party-condition.ts).
    if (
      demandInOtherPartysCondition(
        tokens,
        this.actors,
        cue,
        m,
        found.parties,
        attitude.attitude === 'supports' && !attitude.negated,
      )
    )
      return;
    // "Israel would not back the resolution unless Washington lifts the sanctions": a refused step's
    // condition is not what is refused (see withheld-conditions.ts for the one setting it). (The
    // demand's opposite given up there, "unless the West gives up its plans to …", is still read.)
    if (
      (cue.negated || attitude.negated) &&
      m.direction === 1 &&
      m.first > cue.last + 2 &&
      tokens.slice(cue.last + 2, m.first).some((t) => t.lower === 'unless' || t.lower === 'without')
    )
      return;
    // "a peace treaty would be impossible without the delimitation of the border": the verdict falls on
    // the step that lacks the demand, not on the demand (judged-without.ts).
    if (
      cue.attitude === 'rejects' &&
      !cue.negated &&
      !attitude.negated &&
      demandIsJudgedStepsCondition(tokens, cue, m)
    )
      return;
    // "threatening Russian security by aspiring to join NATO": the demand is the means of the act,
    // not what the cue is about.
    // But "security cannot be ensured by expanding military blocs" denies that the opposite serves: a
    // rejection of it.
    if (m.first > cue.last) {
      const by = tokens.slice(cue.last + 1, m.first).find((t) => t.lower === 'by');
      const deniedMeans = attitude.attitude === 'supports' && attitude.negated && m.direction === -1;
      if (by && /ing$/.test(tokens[by.i + 1]?.lower ?? '') && !deniedMeans) return;
    }
    // "rejected claims that NATO expansion provoked the crisis": the verdict is on a claim about the
    // alliance's growth. A claim that the growth threatens or provoked someone is the demand's case:
    // rejecting it rejects the demand, endorsing it supports it. Any other claim says nothing of the
    // demand (unless it states it: "… that NATO must stop expanding").
    if (m.direction !== 1 && m.first > cue.last) {
      for (let k = cue.last + 1; k < m.first && k <= cue.last + 4; k++) {
        if (!CLAIM_NOUNS.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'that') continue;
        const clauseEnd = (spans[ci] as [number, number])[1];
        const grievance = tokens.slice(m.last + 1, clauseEnd + 1).some((t) => GRIEVANCE.test(t.lower));
        // (From the verdict's own word: a grievance verb inside the claim may already have been composed
        // into the chain, "rejected claims that the open door threatens".)
        if (!grievance || m.direction !== -1 || (cue.attitude !== 'rejects' && cue.attitude !== 'supports'))
          return;
        attitude = { attitude: cue.attitude === 'rejects' ? 'supports' : 'rejects', negated: cue.negated };
        break;
      }
    }
    // "NATO would consider moving more troops east": openness to the demand's stated opposite is no
    // openness to the demand.
    // "we are discussing with our allies to increase their presence here": weighing more of what the
    // demand would end is leaning against it, not openness to it.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      m.direction === -1 &&
      tokens
        .slice(
          cue.last < m.first ? Math.max(cue.last + 1, m.first - 6) : Math.max(0, m.first - 6),
          m.last + 1,
        )
        .some((t) => MORE_OF.test(t.lower)) &&
      // (Not a contingency: "should Russia attack, the alliance would consider moving more troops".)
      this.modality(this.spans[ci] as [number, number], cue) !== 'conditional'
    )
      attitude = { attitude: 'supports', negated: false };
    // "ready to talk about de-escalation, not about enlargement": a topic the offer sets aside.
    if (attitude.attitude === 'open' && !attitude.negated && m.first > cue.last) {
      let k = m.first - 1;
      while (k > cue.last && /^(?:the|a|an|its|their|any|further)$/.test(tokens[k]?.lower ?? '')) k--;
      if (TOPIC_PREPOSITION.test(tokens[k]?.lower ?? '')) k--;
      // (Or "not" read into the demand's own words: "…, not the open door".)
      if (tokens[m.first]?.lower === 'not') k = m.first;
      if (tokens[k]?.lower === 'not' && /^(?:,|but)$/.test(tokens[k - 1]?.lower ?? '')) return;
    }
    if (attitude.attitude === 'open' && !attitude.negated && m.kind === 'phrase' && m.direction === -1)
      return;
    // "…asking whether Biden was open to pulling troops out": a question puts no position to anyone.
    // Unless the one asked answers for its own side: "Asked whether Washington would agree to …, the
    // secretary of state replied: 'No.'" states the answerer's position.
    for (let w = cue.first - 1; w >= Math.max(0, cue.first - 12); w--) {
      if (tokens[w]?.lower !== 'whether' && tokens[w]?.lower !== 'if') continue;
      // ("Moscow questioned whether Washington was serious, and insisted on …": the question ended.)
      if (coordinatedClauseBetween(tokens, w, cue.first)) break;
      // ("Asked whether Kyiv was rethinking its bid, he replied: “No.”": the cue is the answer, after the
      // question's comma and the verb of answering.)
      if (answeredAfterComma(tokens, w, cue.first)) break;
      if ([1, 2, 3].some((k) => ASKING_QUESTION.test(tokens[w - k]?.lower ?? ''))) {
        const answer = this.answerAfter(cue.last);
        if (
          !answer ||
          speaker?.kind !== 'party' ||
          !(found.parties.some((p) => speaker.parties.includes(p)) || /^you/i.test(found.matched))
        ) {
          // ("The question is whether the West can meet the Russian demand for …": the owner's still.)
          if (ownedDemandContent(tokens, cue, m)) break;
          return;
        }
        found = { parties: speaker.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role };
        if (answer === 'no') attitude = { ...attitude, negated: !attitude.negated };
      } else if (
        inLeftOpenQuestion(tokens, cue.first) &&
        !ownedDemandContent(tokens, cue, m) &&
        // ("… whether Beijing will make the concessions Washington wants on …": the wish is given.)
        !this.givenWish(found, cue, m, -1)
      )
        // "Tehran has not said whether it still insists on …", "it is unclear whether Washington would
        // offer …": a question left open states no one's position.
        return;
      break;
    }
    // "the peace effort must carry on while the foreign troops leave": a cue of the main clause does not
    // reach into a clause of time or contrast opened after it.
    if (
      !cue.owner &&
      m.first > cue.last &&
      tokens.slice(cue.last + 1, m.first).some((t) => t.lower === 'while' || t.lower === 'whereas')
    )
      return;
    // "the security of the international forces must be guaranteed": forces named only as whose security
    // (safety, lives) it is; what is said of it is said of that, not of the forces being there.
    if (!cue.owner && m.kind === 'frame' && !m.match.includes(' + ')) {
      let k = m.first - 1;
      while (k > 0 && /^(?:the|its|their|all|our)$/.test(tokens[k]?.lower ?? '')) k--;
      if (tokens[k]?.lower === 'of' && PROTECTED_HEAD.test(tokens[k - 1]?.lower ?? '')) return;
    }
    // "ended the meeting without agreeing on whether or when to withdraw": agreeing or deciding on a
    // question (whether to do it) holds no answer to it, either way. (Not "declined to say whether …", a
    // hedge, nor "let no one dictate whether …", a refusal of its own.)
    if (
      !cue.owner &&
      m.first > cue.last &&
      m.first - cue.last <= 6 &&
      /^(?:agree|decid|settl|determin)/i.test(cue.text)
    ) {
      const between = tokens.slice(cue.last + 1, m.first);
      if (between.some((t) => t.lower === 'whether') && !between.some((t) => /^[,;:—–()"“”]$/.test(t.text)))
        return;
    }
    // "the INF treaty was not discussed at the talks": a report of what the meeting covered, not a
    // refusal to discuss it ("will not be discussed without Kyiv" is one).
    if (
      attitude.attitude === 'open' &&
      attitude.negated &&
      /^(?:discussed|raised|addressed|negotiated|considered|touched)$/i.test(cue.text) &&
      PAST_PASSIVE.test(tokens[cue.first - 2]?.lower ?? '') &&
      tokens[cue.first - 1]?.lower === 'not'
    )
      return;
    // "Russia gets no assurance that NATO will stop taking in members, Blinken said": the proposer
    // getting no guarantee is the refusal of the side that would give it: the speaker's side, or else
    // the one the guarantee would bind ("… that NATO will stop …"). Never the proposer itself.
    if (
      found.kind === 'subject' &&
      attitude.attitude === 'supports' &&
      attitude.negated &&
      GUARANTEE_WORD.test(tokens[cue.first]?.lower ?? '') &&
      found.parties.every((p) => compiled.proposers.get(m.demand)?.has(p))
    ) {
      const got = tokens.slice(Math.max(0, cue.first - 4), cue.first).some((t) => GETTING.test(t.lower));
      if (got) {
        const addressees = compiled.addressees.get(m.demand);
        const bound = this.speakers.find(
          (a) =>
            tokens[cue.last + 1]?.lower === 'that' &&
            (a.first === cue.last + 2 ||
              (a.first === cue.last + 3 && tokens[cue.last + 2]?.lower === 'the')) &&
            a.parties.length > 0 &&
            a.parties.every((p) => addressees?.has(p)),
        );
        if (speaker?.kind === 'party' && speaker.parties.every((p) => addressees?.has(p)))
          found = { parties: speaker.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role };
        else if (bound && !speaker)
          found = { parties: bound.parties, kind: 'subject', matched: bound.text, role: null };
        else return;
      }
    }
    // "Biden said Washington and Moscow could work something out": a speaker's openness on behalf of
    // both sides is the speaker's own; the other side has not said so.
    if (
      attitude.attitude === 'open' &&
      !attitude.negated &&
      found.parties.length > 1 &&
      speaker?.kind === 'party' &&
      found.parties.some((p) => speaker.parties.includes(p)) &&
      // (Not the replies of allies, none of them a proposer: "Blinken said the American and NATO
      // replies showed a willingness to …" tells what each reply holds.)
      !(
        found.parties.every((p) => !compiled.proposers.get(m.demand)?.has(p)) &&
        tokens.slice((spans[ci] as [number, number])[0], cue.first).some((t) => REPLY_NOUN.test(t.lower))
      )
    )
      found = { ...found, parties: found.parties.filter((p) => speaker.parties.includes(p)) };
    // "would want to take legal action if London tore up the protocol": a threat, not openness.
    if (demandInThreatCondition(tokens, cue, m) || selfCueInThreatCondition(tokens, cue, m)) return;
    // "ready to lift sanctions if Iran returns to compliance": the condition is the holder's own ask.
    if (namedInOfferCondition(tokens, cue, attitude, m)) attitude = { attitude: 'supports', negated: false };
    // "…told reporters that the demand was a non-starter for Washington": Sherman said it; say so.
    const holder: Holder =
      speaker?.kind === 'party' &&
      !speaker.document &&
      found.kind === 'subject' &&
      found.parties.every((p) => speaker.parties.includes(p))
        ? { parties: found.parties, kind: 'speaker', matched: speaker.matched, role: speaker.role }
        : found;
    const clause = spans[ci] as [number, number];
    const modality = this.modality(clause, cue);
    // "Putin said the West had promised in 1990 not to expand NATO": another side's claim about history.
    if (
      promiseToldByOtherSide(
        tokens,
        cue,
        attitude.negated,
        modality,
        found.parties,
        speaker?.kind === 'pronoun' || !speaker ? this.previousSpeaker : speaker,
      )
    )
      return;
    // "Putin said Russia was told that NATO had no plans to expand": the speaker's side's account.
    if (
      toldToSpeakersSide(
        tokens,
        this.actors,
        cue.first,
        found.parties,
        speaker?.kind === 'pronoun' ? this.previousSpeaker : speaker,
      )
    )
      return;
    // "accused NATO of breaking promises not to expand": a promise told as broken is a grievance, not
    // the promiser's position. (One told as history stays, marked historical.)
    if (PROMISE.test(tokens[cue.first]?.lower ?? '')) {
      const broken = tokens.slice(Math.max(0, cue.first - 4), cue.first).some((t) => BROKEN.test(t.lower));
      if (broken) return;
    }
    // "Under the deal Tehran had promised to cap enrichment at 3.67 percent, but it went to 20 percent":
    // a promise of the past perfect, then undone by the promiser in a "but" clause, is history broken.
    if (PAST_PROMISE.test(tokens[cue.first]?.lower ?? '') && this.undoneAfter(cue, m, found)) return;
    // "Russia was misled when Western leaders pledged that NATO would not grow", "had assured Moscow it
    // would not expand, a promise since broken": a promise the sentence calls a deception is a grievance.
    if (PAST_PROMISE.test(tokens[cue.first]?.lower ?? '')) {
      const from = Math.max(0, cue.first - 12);
      if (tokens.slice(from, Math.min(tokens.length, m.last + 12)).some((t) => DECEIVED.test(t.lower)))
        return;
    }
    // Arms control is mutual by nature: accepting it is openness, not support for one side's demand.
    const reciprocal =
      tokens
        .slice(clause[0], clause[1] + 1)
        // ("in return for", not "return to the limits", which restores the demand's own terms)
        .some(
          (t) =>
            RECIPROCAL.has(t.lower) &&
            (t.lower !== 'return' || tokens[t.i - 1]?.lower === 'in') &&
            t.i !== attitude.conditionNoun,
        ) ||
      // "accepted limits on its enrichment, seen as …, in exchange for the removal of sanctions": the
      // price set off by a comma later in the sentence still makes the acceptance a bargain.
      tokens.some(
        (t) =>
          t.i > clause[1] &&
          t.lower === 'in' &&
          tokens[t.i - 1]?.text === ',' &&
          /^(?:return|exchange)$/.test(tokens[t.i + 1]?.lower ?? '') &&
          tokens[t.i + 2]?.lower === 'for',
      ) ||
      /\b(?:arms|missile|weapons?)(?: \+)? control\b/i.test(m.match);
    // "agreed to set up the association, but only if Serbia recognises Kosovo", "promised new elections,
    // but only after a petition": a term set after the demand makes the acceptance a conditional one.
    const onlyOnTerms = tokens.some(
      (t) =>
        t.i > m.last &&
        t.i > cue.last &&
        t.lower === 'only' &&
        // (Not ", only after long talks": when it was agreed, not on what terms.)
        tokens[t.i - 1]?.lower === 'but' &&
        ONLY_ON_TERMS.test(tokens[t.i + 1]?.lower ?? ''),
    );
    // "NATO called on Russia to withdraw forces from Georgia": the one asked to act is the demand's own
    // proposer, so what it is asked to withdraw is its own, not what the demand is about.
    const addressee = this.speakers.find(
      (a) =>
        a.first > cue.last &&
        a.first <= cue.last + 2 &&
        a.last < m.first &&
        tokens[a.last + 1]?.lower === 'to' &&
        a.parties.every((p) => compiled.proposers.get(m.demand)?.has(p)),
    );
    if (
      addressee &&
      !reciprocal &&
      REQUEST_VERB.test(tokens[cue.first]?.lower ?? '') &&
      attitude.attitude === 'supports' &&
      !attitude.negated &&
      !found.parties.some((p) => addressee.parties.includes(p))
    )
      return;
    // Where the refusal's object starts: after the innermost cue of a chain ("had not moved from its
    // refusal to contemplate ruling out …").
    const ruledOutLast =
      this.cues.filter((c) => c.first >= cue.first && c.last < m.first && !c.owner).pop()?.last ?? cue.last;
    // ("declined to respect the Kremlin's red lines over Ukraine's membership": the red line's own topic.)
    const redLineTopic = redLineTopicAt(tokens, cue.last, m.first);
    // "verification measures in relation to the Aegis Ashore sites": the opposite named as a topic.
    let t = m.first - 1;
    while (t >= 0 && /^(?:the|its|their|a|an)$/.test(tokens[t]?.lower ?? '')) t--;
    // "put forward suggestions related to … the placement of missiles": ideas about a topic.
    const between = m.first > cue.last ? tokens.slice(cue.last + 1, m.first) : [];
    const ideasAbout = between.some(
      (u, k) =>
        /^(?:suggestions?|ideas?|proposals?|options|thoughts)$/.test(u.lower) &&
        between
          .slice(k + 1, k + 3)
          .some((v) => /^(?:related|relating|regarding|concerning|about|on)$/.test(v.lower)),
    );
    const topicOnly =
      m.direction === -1 &&
      (ideasAbout ||
        /^(?:regarding|concerning)$/.test(tokens[t]?.lower ?? '') ||
        (tokens[t]?.lower === 'to' &&
          /^(?:relation|regard|respect|relating|related)$/.test(tokens[t - 1]?.lower ?? '')));
    const diminished = this.diminishedRestriction(m);
    for (const party of holder.parties) {
      const proposer = compiled.proposers.get(m.demand)?.has(party) ?? false;
      let stance = decideStance({
        attitude: attitude.attitude,
        negated: attitude.negated,
        direction: topicOnly
          ? 0
          : diminished
            ? proposer
              ? 0
              : m.direction === 1
                ? -1
                : 1
            : // "no question of Kyiv renouncing its ambition to join NATO": the words turned round.
              m === this.reversedMention
              ? (-m.direction as Direction)
              : // ("refused to accept the Kremlin's red lines on NATO expansion": what a red line is on, it forbids.)
                m.direction === 0 && redLineTopic >= 0 && m.first - redLineTopic <= 4
                ? -1
                : m.direction,
        proposer,
        // (A plain denial is no conditional acceptance: "security could not be guaranteed by expanding
        // blocs"; "could back down from its bid" is.)
        conditionalAcceptance:
          reciprocal ||
          onlyOnTerms ||
          (modality === 'conditional' &&
            !wouldBeVerdict(tokens, cue, attitude, m.direction) &&
            !(attitude.negated && /^(?:not|never|cannot|can't|can’t)$/i.test(cue.negation ?? '')) &&
            // (Nor a refusal in words of its own denial: "would not tolerate any Israeli presence in
            // the corridor" refuses, it accepts nothing on terms.)
            !(attitude.attitude === 'rejects' && !attitude.negated && PLAIN_DENIAL_IN_CUE.test(cue.text))),
        applicantVerb: /^(?:join|joining|joined|accede|become|apply|applying|applied|seek membership)/i.test(
          m.match,
        ),
        // Only when the demand's words are what is not ruled out ("refused to rule out Ukraine's
        // membership"), not a noun's complement ("… a moratorium on new deployments").
        // (A refusal of another side's red line on the demand's words, "did not accept Putin's red lines
        // on NATO expansion", composes as a refusal of a refusal whichever verb refused it.)
        refusedToRuleOut:
          (attitude.refusedToRuleOut ||
            (redLineTopic >= 0 && attitude.attitude === 'rejects' && attitude.negated)) &&
          m.first > ruledOutLast &&
          m.first - ruledOutLast <= 8 &&
          !tokens.slice(ruledOutLast + 1, m.first).some(
            (t) =>
              t.i !== redLineTopic &&
              t.lower !== 'to' &&
              PREPOSITIONS.has(t.lower) &&
              // "ruling out the possibility of Ukraine's membership": the possibility is the membership.
              !(t.lower === 'of' && POSSIBILITY.test(tokens[t.i - 1]?.lower ?? '')),
          ),
      });
      // "Cuts to US troops in Eastern Europe were not up for discussion": a side the demand is put to
      // that will not even discuss the demand itself, named as the subject, refuses it (holding firm on
      // the demand is its proposer's stance, not this one).
      if (
        stance === 'supports' &&
        !proposer &&
        attitude.attitude === 'holdFirm' &&
        !attitude.negated &&
        m.direction === 1 &&
        !topicOnly &&
        !diminished &&
        m !== this.reversedMention &&
        cue.first > m.last &&
        NOT_UP_FOR.test(
          tokens
            .slice(cue.first, cue.last + 1)
            .map((t) => t.lower)
            .join(' '),
        )
      )
        stance = 'rejects';
      if (!stance) continue;
      // "Moscow wants talks on its security guarantees", "ready for talks on" its own ask: the proposer
      // backing talks on its own demand pushes it (proposer-talks.ts; giving ground stays open).
      if (
        stance === 'open' &&
        proposer &&
        !attitude.negated &&
        (pressesForTalks(tokens, cue, m) || seeksDealToDo(tokens, cue, m))
      )
        stance = 'supports';
      if (stance === 'supports' && this.excludesOwnMembership(cue, m, attitude, party, clause)) continue;
      // "Russia must not be allowed to decide whether Ukraine joins NATO": a denied say (denied-say.ts).
      if (stance === 'supports' && deniedSayBefore(tokens, m)) continue;
      // "NATO will not take Ukraine in any time soon", "… for now": a delay, from a side the demand is
      // put to, grants no lasting halt; it says something, but not that.
      if (stance === 'supports' && !proposer && timeLimitedIn(tokens, clause[0], clause[1]))
        stance = 'unclear';
      // "… stressed that admitting new members is not currently on the table": the opposite kept off the
      // talks for now, from a side the demand is put to, is neither backing for it nor a pledge against it.
      if (
        (stance === 'supports' || stance === 'rejects') &&
        !proposer &&
        m.direction === -1 &&
        keptOffTheTableIn(tokens, m.last + 1, clause[1])
      )
        stance = 'unclear';
      // "The sanctions stay for now, but at some point things may happen": a refusal limited in time,
      // with a possibility held out after "but", keeps the matter open.
      if (
        stance === 'rejects' &&
        !proposer &&
        timeLimitedIn(tokens, clause[0], clause[1]) &&
        possibilityAfterBut(tokens, clause[1])
      )
        stance = 'open';
      // "Washington is ready to discuss confidence-building measures": openness on the missile demand's
      // wider basket, from a side the demand is not its own; no support or refusal is read off it.
      if (riskBasket(m, compiled) && (stance !== 'open' || compiled.proposers.get(m.demand)?.has(party)))
        continue;
      // "Marin said Finland is not ruling out applying for NATO membership": a would-be member keeping
      // its own membership possible refuses the halt (no other country named as the one to join; never
      // a proposer, so the check below leaves it).
      if (stance === 'unclear' && this.keepsOwnMembershipOpen(cue, m, attitude, party, clause))
        stance = 'rejects';
      // A party rejecting its own demand, read off a demand's wording, is almost always a misreading
      // (a restriction the words hid: "… will not be deployed", "criticized NATO's commitment not to
      // expand"): leave the sentence as a mention. Dropping a demand is read off a reference to it.
      // (A pointer whose content the sentence itself gives, "… on the main issue, which is our position on
      // X", is no dropping of a demand either.)
      if (
        stance === 'rejects' &&
        (m.kind !== 'reference' || !m.owner) &&
        compiled.proposers.get(m.demand)?.has(party)
      )
        continue;
      // Its mirror: a party the demand is put to, supporting it, is nearly always the demand told as
      // addressed to it ("the US and NATO would hold to the post-1997 line and called for dialogue",
      // "the points the alliance left unanswered: … bringing its forces back"): a mention, not a stance.
      // Unless it concedes: agrees, promises ("In 1990 Baker assured Moscow …"), or denies the opposite
      // ("Washington denies that it wants to station missiles in Ukraine").
      if (
        stance === 'supports' &&
        compiled.addressees.get(m.demand)?.has(party) &&
        !attitude.negated &&
        !CONCEDING.test(tokens[cue.first]?.lower ?? '') &&
        !signingOnAt(tokens, cue.first) &&
        !cue.commitment &&
        !this.promisesNow(cue) &&
        !this.concededNoun(cue) &&
        // ("Trump said the joint drills should be halted": its own act, said by it to be owed.)
        !addresseeOwnObligation(tokens, this.actors, cue, m, holder, party)
      ) {
        // "Washington proposed limits on missile deployments": the side the demand is put to, putting
        // forward the demand's substance itself, offers to negotiate it. So does its own plan to do
        // what is asked ("the EU intends to cut the checks"): a move toward it, not yet acceptance.
        if (
          !proposesSubstance(cue, m) &&
          !(PROPOSING.test(cue.text) && proposedRemoval(tokens, compiled, cue.last, m)) &&
          !(cue.attitude === 'intent' && !cue.owner && /^(?:intend|intent|plan|aim)/i.test(cue.text))
        )
          continue;
        stance = 'open';
      }
      // "An Iranian official said Washington had accepted the removal of all sanctions": a concession
      // by the side the demand is put to, claimed only by the side that makes the demand, shows the
      // talks moving, not the conceding side's own word; read it as openness. Only the claim told in
      // reported speech ("had accepted"): a deal told as done ("China agreed to buy …") stays as read,
      // and so does a promise it is said to have made ("said Biden pledged not to …"): words given.
      if (
        stance === 'supports' &&
        ((/^(?:agreed|accepted)$/.test(tokens[cue.first]?.lower ?? '') &&
          tokens[cue.first - 1]?.lower === 'had') ||
          // (The same claim in a relative clause: "the lull that the insurgents have agreed to, the
          // ministry said".)
          (cue.relative === true && cue.commitment === true)) &&
        compiled.addressees.get(m.demand)?.has(party) &&
        !attitude.negated &&
        speaker?.kind === 'party' &&
        !speaker.document &&
        !speaker.parties.includes(party) &&
        speaker.parties.length > 0 &&
        speaker.parties.every((p) => compiled.proposers.get(m.demand)?.has(p))
      )
        stance = 'open';
      findings.push(this.finding(holder, party, m, stance, cue, attitude.negated, modality));
    }
  }

  /**
   * Whether a clause opened by "before" and its subject (a pronoun or a party's name: "before it got",
   * "before Washington lifts") stands between token `from` and token `to`, after a demand's words the
   * cue reaches first ("agree to give up its weapons before it got …"; not "had to wait for Turkey
   * before it could join", where what is waited for is the clause's content).
   */
  sequencedAfter(from: number, to: number): boolean {
    const { tokens } = this;
    for (let k = from + 1; k < to; k++) {
      if (tokens[k]?.lower !== 'before') continue;
      if (!this.mentions.some((o) => o.kind !== 'reference' && o.first > from && o.last < k)) return false;
      if (SUBJECT_PRONOUN.test(tokens[k + 1]?.lower ?? '')) return true;
      if (this.actors.some((a) => a.first === k + 1 && a.kind !== 'adjective' && a.parties.length > 0))
        return true;
    }
    return false;
  }

  /** "Ghani pledges …", "it vows …": a present-tense promise right after its subject's name or pronoun. */
  promisesNow(cue: Cue): boolean {
    const { tokens } = this;
    if (cue.first !== cue.last) return false;
    const k = cue.first - 1;
    // ("We pledge to …", "the insurgents vow to …": the plural and first-person forms.)
    if (PROMISING_NOW_PLURAL.test(tokens[cue.first]?.lower ?? ''))
      return (
        PLURAL_SUBJECT_PRONOUN.test(tokens[k]?.lower ?? '') ||
        this.actors.some((a) => a.last === k && a.parties.length > 0 && pluralNamed(tokens, a))
      );
    if (!PROMISING_NOW.test(tokens[cue.first]?.lower ?? '')) return false;
    if (SUBJECT_PRONOUN.test(tokens[k]?.lower ?? '')) return true;
    return this.actors.some((a) => a.last === k && a.kind !== 'adjective' && a.parties.length > 0);
  }

  /** "China's commitment to buy …", "Beijing's reported pledges": a party's undertaking as a noun. */
  concededNoun(cue: Cue): boolean {
    const { tokens } = this;
    // "Washington's recent decision to delay the drill": a side's own decision to do what is asked of
    // it gives way, as its pledge does. Only one it owns by a possessive (the owned noun's cue runs
    // from the owner to "decision"), not "urged Washington to make a decision to …".
    if (
      cue.owner &&
      DECISION.test(tokens[cue.last]?.lower ?? '') &&
      tokens[cue.last + 1]?.lower === 'to' &&
      tokens
        .slice(cue.first, cue.last)
        .some((t) => /^['’]s$/.test(t.text) || POSSESSIVE_PRONOUNS.has(t.lower))
    )
      return true;
    if (!CONCEDED.test(tokens[cue.first]?.lower ?? '')) return false;
    let k = cue.first - 1;
    if (UNDERTAKING_ADJECTIVE.test(tokens[k]?.lower ?? '')) k--;
    // ("completed its promise to let the prisoners go": pronoun-pledge.ts.)
    if (pronounPledge(tokens, this.mentions, k, cue.last)) return true;
    return /^['’]s$/.test(tokens[k]?.text ?? '');
  }

  /** "… is not ruling out applying for membership": the holder's own membership, kept possible. */
  keepsOwnMembershipOpen(
    cue: Cue,
    m: DemandMention,
    attitude: ComposedAttitude,
    party: string,
    clause: [number, number],
  ): boolean {
    if (attitude.attitude !== 'rejects' || !attitude.negated || m.direction !== -1) return false;
    if (!/\b(?:rul(?:e|es|ed|ing) out|exclud\w*)\b/i.test(cue.text)) return false;
    return this.ownMembership(cue, m, party, clause);
  }

  /**
   * "… said NATO membership was off the table for Sweden": a would-be member excluding its own
   * membership makes its own choice; it grants no one's demand that others be kept out.
   */
  excludesOwnMembership(
    cue: Cue,
    m: DemandMention,
    attitude: ComposedAttitude,
    party: string,
    clause: [number, number],
  ): boolean {
    if (attitude.attitude !== 'rejects' || attitude.negated || m.direction !== -1) return false;
    if (!this.membershipOfNonProposer(m, party)) return false;
    // (No other country in the clause, before or after the cue, but the organisation to be joined.)
    const addressees = this.compiled.addressees.get(m.demand);
    return !this.actors.some(
      (a) =>
        a.first >= clause[0] &&
        a.last <= clause[1] &&
        !(a.first >= m.first && a.last <= m.last) &&
        a.parties.length > 0 &&
        !a.parties.includes(party) &&
        !a.parties.some((p) => addressees?.has(p)),
    );
  }

  /** Whether `m` names joining or membership, and `party` did not put the demand forward. */
  membershipOfNonProposer(m: DemandMention, party: string): boolean {
    return (
      !this.compiled.proposers.get(m.demand)?.has(party) &&
      /\b(?:apply\w*|application|join\w*|membership|accession)\b/i.test(m.match)
    );
  }

  /** Whether the membership `m` names is `party`'s own: no other country named in the clause to join. */
  ownMembership(cue: Cue, m: DemandMention, party: string, clause: [number, number]): boolean {
    const { tokens, actors } = this;
    if (!this.membershipOfNonProposer(m, party)) return false;
    // (Another country named in the clause is the one to join: "did not rule out Ukraine's membership".)
    return (
      !actors.some(
        (a) =>
          a.first >= clause[0] &&
          a.last <= clause[1] &&
          // (The organisation joined is no other applicant: "NATO membership".)
          !(a.first >= m.first && a.last <= m.last) &&
          a.last !== m.first - 1 &&
          a.parties.length > 0 &&
          !a.parties.includes(party) &&
          a.first > cue.last,
      ) &&
      !tokens
        .slice(cue.last + 1, m.first)
        .some((t) => /^(?:for|of)$/.test(t.lower) && /^\p{Lu}/u.test(tokens[t.i + 1]?.text ?? ''))
    );
  }

  /** A finding of `party`, held as `holder` names it, for the cue read on mention `m`. */
  finding(
    holder: Holder,
    party: string,
    m: DemandMention,
    stance: SentenceFinding['stance'],
    cue: Cue,
    negated: boolean,
    modality: Modality,
  ): SentenceFinding {
    return {
      party,
      demand: m.demand,
      stance,
      cue: cue.text,
      negated,
      attribution: {
        kind: holder.kind,
        matched: holder.matched,
        role: holder.role,
        speaker: this.speakerName(party),
      },
      voice: this.voiceOf(holder, party),
      modality,
      demandMatch: m.match,
      mention: m,
    };
  }

  /**
   * Whether the promise `cue`, in the past perfect ("had promised"), is followed after the demand's
   * words by "but" and the promiser ("it", "they", or a naming of its party) going past or back on it
   * ("but it went to 20 percent", "but Tehran later resumed …"; not "but it insisted that …").
   */
  undoneAfter(cue: Cue, m: DemandMention, found: Holder): boolean {
    const { tokens } = this;
    if (tokens[cue.first - 1]?.lower !== 'had') return false;
    const but = tokens.findIndex((t, i) => i > m.last && t.lower === 'but');
    if (but < 0) return false;
    let k = but + 1;
    const named = this.actors.find((a) => a.first === k && a.parties.some((p) => found.parties.includes(p)));
    if (named) k = named.last + 1;
    else if (/^(?:it|they|he|she)$/.test(tokens[k]?.lower ?? '')) k++;
    else return false;
    if (/^(?:then|later|soon|instead|since|has|have|had)$/.test(tokens[k]?.lower ?? '')) k++;
    return UNDOING.test(tokens[k]?.lower ?? '');
  }

  /** Where an opening "Asked whether …," / "Pressed on …," question closes (its comma); 0 when none opens. */
  questionPutEnd(): number {
    const { tokens } = this;
    let k = 0;
    while (tokens[k]?.transparent) k++;
    if (!QUESTION_PUT.test(tokens[k]?.lower ?? '')) return 0;
    if (!tokens.slice(k + 1, k + 5).some((t) => QUESTION_OPENER.test(t.lower))) return 0;
    const comma = tokens.findIndex((t, i) => i > k && t.text === ',');
    return comma > 0 ? comma : 0;
  }
}

/** Verbs of receiving: "Russia gets no assurance", "Moscow will not receive the guarantee". */
const GETTING = wordSet(
  /^(?:get|gets|got|getting|receive|receives|received|receiving|obtain|obtains|obtained|win|wins|won)$/,
);

/**
 * Where the one told ends after a verb of telling at `at`: "told Reuters", "told the BBC", "told
 * reporters" (a name, or "reporters"/"journalists", after at most "the"); else `at`.
 */
function toldWhomEnd(tokens: readonly Token[], at: number): number {
  if (!/^(?:told|tells)$/.test(tokens[at]?.lower ?? '')) return at;
  let k = at + 1;
  if (tokens[k]?.lower === 'the') k++;
  if (/^(?:reporters|journalists)$/.test(tokens[k]?.lower ?? '')) return k;
  let end = at;
  while (k <= at + 4 && /^[A-Z][A-Za-z-]*$/.test(tokens[k]?.text ?? '')) end = k++;
  return end;
}

/**
 * Whether the speculating verb at `at` closes the sentence as a tag of its own set off by a comma,
 * with a commentator as its subject: "…, an analyst predicted.", "…, some experts believe."
 */
function trailingCommentaryTag(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:\.|!|;)?$/.test(tokens[toldWhomEnd(tokens, at) + 1]?.text ?? '')) return false;
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const w = tokens[k]?.text ?? '';
    if (w === ',') return tokens.slice(k + 1, at).some((t) => COMMENTATORS.test(t.lower));
    if (!/^[A-Za-z-]+$/.test(w)) return false;
  }
  return false;
}
