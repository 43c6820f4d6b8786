/**
 * Where a sentence names a demand, and which way: a whole phrasing ("non-expansion", "the open
 * door"), or a frame subject ("expansion", "admit", "missiles") with the restriction words before
 * it that turn it into the demand ("halt", "no further", "never admit") — or, without one, name
 * what the demand would stop. A subject after "on", "about", "the issue of" only names the topic.
 * Negative words inside a demand ("refusal to expand") belong to the demand, not to a cue.
 */
import { debatedAfter, undoneAfter } from './undone-after';
import { raisedTopic } from './raised-topic';
import { placeOfOtherDemand, placedDemand, sentOutsideDemand } from './place-of-other';
import { armsSentTo } from './arms-transfer';
import type { ActorMention } from './actors';
import type { CompiledOntology, Direction, SplitVerb } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { proposersDemandTopic } from './demand-topics';
import { outsiderMembership } from './outsider-membership';
import { ownAnchors, pronounOwner } from './possessive-anchors';
import { looseValues } from './loose-phrases';
import { proposerPledgeClause } from './pledge-clause-subject';
import { MODAL_VERBS } from './word-lists';
import { wordSet } from './word-set';
import { titleHeadMentions } from './title-heads';
import { adverbialPoint } from './adverbial-point';
import { decidingDeniedToOther, dictatingDeniedToOther } from './dictating-denied';
import { proposerChoosingOwnPath } from './proposer-own-path';
import { otherFieldInGap } from './other-domain-gap';
import { othersForceAt } from './others-force';
import { predicativeTruceOff } from './predicative-truce';
import { coordinatedModifierAt } from './coordinated-modifier';
import { classExampleStart } from './class-examples';
import { nounGroupOpener, outOfStorage } from './weapon-noun-group';
import { modifiesTopicNoun } from './topic-modifier';
import { inSpeakersRegion } from './speakers-region';
import { imposerClauseEnd } from './imposer-clause';
import { measureOnOther } from './measure-on-other';
/** Verbs listing what a draft contains: "the agreements include …", "the treaties envisage …". */
const DRAFT_CONTENT = wordSet(
  /^(?:include|includes|included|envisage|envisages|envisaged|stipulate|stipulates|stipulated|contain|contains|contained)$/,
);

export interface DemandMention {
  /** Token span, inclusive (restriction words included). */
  first: number;
  last: number;
  demand: string;
  direction: Direction;
  /** What named the demand, in words: the phrase, or "halt + expansion". */
  match: string;
  kind: 'phrase' | 'frame' | 'reference' | 'list';
  /** For a restriction that could also be a cue ("refused to halt"), the token where it starts. */
  cueCapableAt: number | null;
  /** For references: the sentence the demands were named in. */
  resolvedFrom: { start: number; end: number } | null;
  /** For references: the party whose demands they are. */
  owner?: string;
  /** Named only by the principle it is argued from: read as its proposers' support alone. */
  principle?: boolean;
  /** For references: part of what was asked, not saying which ("some of these"): no more than unclear. */
  partial?: boolean;
  /** For references: a singular pointer standing for the one demand asked just before ("that question"). */
  single?: boolean;
  /** For references: a pro-verb ("do so", "do that") standing for the act the sentence before asked. */
  proVerb?: boolean;
  /**
   * A subject tied to the demand only by the party it is put to acting on it ("Washington agreed to lift
   * the added tariffs"): read for that party's stance, not a statement of the proposer's demand.
   */
  byAddressee?: boolean;
  /**
   * A bare measure tied to the demand only by its proposer wanting it done ("Beijing wants the duties
   * taken off"): read with a cue on it, never as the proposer's demand stated without one.
   */
  heldByProposer?: boolean;
  /**
   * A weak opposite named bare ("core principles", "its door"): the refusing side's own words, which say
   * nothing of the proposer named beside them (no restriction turns them into the demand).
   */
  weakOpposite?: boolean;
  /**
   * For references: a report the sentence denies, of the named party's readiness to grant the demand
   * ("… The White House rejected the story"), and the denial's words (denied-report.ts).
   */
  deniedReport?: { parties: string[]; first: number; last: number };
}

const ANCHOR_WINDOW = 10;
/** Between an anchor and the verb it is the subject of: "NATO will not keep", "the alliance to stop", "the bloc from". */
const SUBJECT_TO_VERB =
  /^(?:will|would|shall|should|must|can|could|may|might|to|has|have|had|is|are|was|were|be|been|being|do|does|did|not|never|no|longer|won['’]t|wouldn['’]t|cannot|can['’]t|keep|keeps|kept|continue|continues|continued|go|goes|went|on|stop|stops|stopped|cease|ceases|ceased|from|also|still|ever|again|already|just|further|plans?|intends?|intention|wants?|aims?|seeks?|ready|willing|prepared|going|able|allowed)$/;
/** Words before an anchor that make it no subject: a preposition, or another name joined to it. */
const ANCHOR_AS_OBJECT =
  /^(?:with|between|against|of|in|into|to|on|for|by|about|toward|towards|within|inside|across|over|among|and|or|nor|than|like)$/;
/** What may follow an anchored verb: the clause's end, "further", "beyond", a direction, a measure ("by two members"). */
const ANCHORED_VERB_NEXT =
  /^(?:further|any|no|beyond|east|eastward|eastwards|again|anymore|and|or|but|if|unless|despite|regardless|as|to|by|toward|towards|while|when|until|for|larger|bigger|indefinitely|even)$/;
/** Prepositions whose object a name is, not the subject of a clause: "refugees from Ukraine will …". */
const PREPOSITION_BEFORE_NAME = wordSet(
  /^(?:from|of|in|at|with|by|for|to|on|into|across|near|via|over|under|like|including|than|about|against|between|among|through|toward|towards|within|without|beyond|outside|inside|besides|except|per|the|a|an)$/,
);
const PRONOUN_TO_VERB = wordSet(
  /^(?:will|would|shall|should|must|can|could|not|never|no|longer|further|ever|any|again|won't|wouldn't|cannot|can't)$/,
);
const RESTRICTION_WINDOW = 12;
/** The subject of a clause of place or amount: "on where they could …", "on how many each may …". */
const CLAUSE_PRONOUN = /^(?:they|it|each|either|both|we|he|she|anyone|one)$/;
/** Between an agent and its verb: "Russia to pull back", "Moscow will soon withdraw". */
const AGENT_FILLER = new Set([
  'to',
  'will',
  'would',
  'should',
  'must',
  'could',
  'can',
  'soon',
  'also',
  'then',
  'first',
]);
/** Between a restriction's agent and the restriction: "Washington has agreed to lift", "would not take". */
const AGENT_TO_RESTRICTION =
  /^(?:to|will|would|shall|should|must|could|can|may|might|not|n['’]t|never|has|have|had|is|are|was|were|be|been|agreed|agrees|agree|refused|refuses|declined|declines|promised|pledged|offered|decided|keep|keeps|kept|its|promise|pledge|commitment|ready|willing|prepared|able|also|now|then|soon|already|still|first|finally)$/;
/** Words opening a condition or a time a step waits for or lasts: "until", "unless", "once", "while". */
const CONDITION_AFTER = /^(?:until|unless|if|once|when|while|only|provided)$/;
/** Names of months and days, which date a step rather than name a target: "suspend the tariffs on December 15". */
const CALENDAR_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Verbs of wanting a measure in a state or getting it so: "wants the duties taken off", "to get the tariffs removed". */
const WANTING_DONE =
  /^(?:wants?|wanted|wanting|get|gets|got|getting|have|having|see|seeing|needs?|needed|like|demands?|demanded|demanding|insists?|insisted)$/;
/** Words between a restriction and its subject's head: "lift the added tariffs", "drop all the new duties". */
const SUBJECT_DETERMINER =
  /^(?:the|a|an|all|every|any|its|their|these|those|this|that|added|additional|extra|further|new|existing|remaining|current|planned|punitive)$/;
const TOPIC_BEFORE = new Set(['on', 'about', 'over', 'regarding', 'concerning', 're']);

/** A determiner opening an item, which marks noun phrases joined rather than bare topics listed. */
const LIST_DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|these)$/;

/** Words no item of a list of topics holds: a clause's verbs and pronouns, where the list has ended. */
const NOT_IN_TOPIC_LIST =
  /^(?:to|that|which|who|is|are|was|were|be|been|will|would|has|have|had|not|no|said|says|it|they|we)$/;

/**
 * Where a list of topics opens when the word at `k` joins a later item, ending at `last`, to it ("on
 * A, B and C": at the comma or "and" before B or C, the "on"); else `k`. Only plain words between, up
 * to twelve back; after a comma, "and"/"or" must close the list after the item ("on A, B and C"), so
 * that an aside ("would alter, on its own, the protocol") is no list.
 */
function listOpenerBefore(tokens: readonly Token[], k: number, last: number): number {
  const joiner = tokens[k]?.lower ?? '';
  if (joiner !== ',' && joiner !== 'and' && joiner !== 'or') return k;
  // (Bare items only: "on its program and the sanctions …", "on the nuclear and sanctions questions"
  // join noun phrases or modifiers, not topics.)
  if (LIST_DETERMINER.test(tokens[k + 1]?.lower ?? '')) return k;
  if (joiner === ',') {
    let j = last + 1;
    while (j <= last + 6 && tokens[j]?.word && !/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.lower === ',') j++;
    if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) return k;
  }
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const w = tokens[j]?.lower ?? '';
    if (TOPIC_BEFORE.has(w)) return LIST_DETERMINER.test(tokens[j + 1]?.lower ?? '') ? k : j;
    if (w === ',' || w === 'and' || w === 'or') continue;
    // (A verb in the past ends it too: "the talks on tariffs ended, and …" is no list.)
    if (!tokens[j]?.word || NOT_IN_TOPIC_LIST.test(w) || /^[a-z]{3,}ed$/.test(w)) return k;
  }
  return k;
}
/** Forces, or their presence, that a place after "on" locates. */
const STATIONED =
  /^(?:troops|forces|soldiers|units|boots|personnel|presence|deployments?|army|armies|military|garrisons?|bases)$/;
/** Nouns of an undertaking whose topic a preposition gives: "no pledges on …". */
const PLEDGE_NOUN = wordSet(/^(?:pledges?|promises?|commitments?|guarantees?|assurances?|undertakings?)$/);
/** A noun whose "that" clause states what is pledged or asked: "a promise that …", "the demand that …". */
const COMPLEMENT_NOUN = wordSet(
  /^(?:pledges?|promises?|commitments?|guarantees?|assurances?|undertakings?|demands?|requests?|calls?|insistence|requirements?)$/,
);
const TOPIC_NOUNS = new Set([
  'issue',
  'question',
  'topic',
  'subject',
  'matter',
  'problem',
  'theme',
  'talk',
  'talks',
  'future',
  'prospect',
  'prospects',
  'possibility',
]);
// Words a restriction reaches across to its subject: "halt any further eastward expansion",
// "not station troops", "bar Ukraine and Georgia from ever joining".
const SKIPPABLE = new Set(
  (
    'the a an any every further its their his her our of to for in at that this these those new more additional eastward eastwards east ' +
    'military all current continued and or will would shall should must be become becoming ever forever permanently someday into material technical militarily ' +
    'one day future possible potential former soviet other nations states countries republics country nation state ' +
    'station stationing deploy deploying deployment deployments place placing placement put keep base position send sending ' +
    'allow allowing let permit decision decisions promise pledge commitment plan plans idea 2008 bucharest from possibility possibilities chance chances opportunity opportunities prospect prospects ' +
    'arms personnel ex more armed further eventual eventually formally legally binding make making made carry undertake any offer offered offering give given intention intentions addition acceptance inclusion entry capable near close on over against upon medium intermediate short shorter long longer ground-launched ground launched based hypersonic precision-guided nuclear strategic tactical modern ballistic cruise certain offensive strike attack range ' +
    'another foreign eastern formal permanent complete total full most part bulk continue continuing continuation may might could can rotating rotational kind kinds sort form forms where allies members sovereign independent right rights host hosting hosted aspiration aspirations ambition ambitions goal goals aim aims dream dreams quest forward operating multinational land sea air fielding field such again number numbers size level levels ' +
    'large larger substantial significant sizeable sizable considerable major heavy big combat unit units subsidiary subsidiaries branch branches ' +
    // "not abandon its policy of enlargement": giving up a policy (practice) of doing it is giving it up.
    'policy policies practice ' +
    // "any restriction of its freedom to choose its alliances": a freedom, as a right, to do it.
    'freedom freedoms ' +
    // "give up its hopes of NATO membership", "shelve its application to join": giving up a hope of it.
    // (Not "bid": "might drop its bid to join" is read as the owner's giving-up, owned-demands.ts.)
    'hope hopes application applications'
  ).split(' '),
);
/** Of SKIPPABLE, the wishes a party's name may own ("Ukraine's hopes of joining"). */
const OWNED_WISH = wordSet(/^(?:hopes?|applications?)$/);
// Words that may sit between a subject and a restriction after it: "forces to withdraw", "expansion must stop".
/** Verbs whose object is to do what follows "to": "wants the hostages to come home", "urged the troops to leave". */
const WANTING_DOER = wordSet(/^(?:want|wants|wanted|wanting|urge|urges|urged|urging)$/);
/** Between such a verb and its object: "wants all the hostages", "wants every hostage". */
const WANTED_DETERMINER = new Set(['the', 'all', 'every', 'each', 'remaining', 'last']);
const AFTER_FILLER = new Set([
  'deployment',
  'deployments',
  'placement',
  'to',
  'be',
  'being',
  'been',
  'must',
  'should',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'shall',
  'is',
  'are',
  'was',
  'were',
  'its',
  'their',
  'further',
  'finally',
  'immediately',
  'eventually',
  'completely',
  // (A floating quantifier: "the foreign troops would all be gone".)
  'all',
]);
/** A verb of leaving that opens a phrase: "leave Afghanistan", "depart the country". */
const LEAVING_VERB = wordSet(/^(?:leave|leaving|depart|departing|exit|exiting|flee|fleeing)$/);
/** People, not forces, as the ones leaving: "let people leave …", "foreigners wishing to depart". */
const PEOPLE = wordSet(
  /^(?:people|civilians|citizens|nationals|foreigners|refugees|evacuees|residents|families|interpreters|women|afghans|anyone|everyone|those|who|whoever)$/,
);
/** Words between such people and their leaving: "who want to", "wishing to", "be allowed to". */
const PEOPLE_LEAVING_FILLER = wordSet(
  /^(?:to|be|allowed|free|safely|want|wants|wanted|wish|wishes|wishing|wanting|trying|tried|could|can|may|would|will|still|who)$/,
);
/** Whether the phrase at `first` opens with a verb of leaving whose subject is people, not forces. */
function peopleLeaving(tokens: readonly Token[], first: number): boolean {
  if (!LEAVING_VERB.test(tokens[first]?.lower ?? '')) return false;
  for (let k = first - 1; k >= Math.max(0, first - 5); k--) {
    const w = tokens[k]?.lower ?? '';
    if (PEOPLE.test(w)) return true;
    if (!PEOPLE_LEAVING_FILLER.test(w)) return false;
  }
  return false;
}
/** A verb of staying before a participle, as "be" is: "the drills should stay suspended". */
const STAYING = wordSet(/^(?:stay|stays|stayed|staying|remain|remains|remained|remaining)$/);
/** A regular past participle: "lengthened", "widened", "extended". */
const PARTICIPLE = /^[a-z]{3,}ed$/;
/** "both … and", "either … or" opening a pair of participles: "should be both extended and widened". */
const BOTH_EITHER = wordSet(/^(?:both|either)$/);
/**
 * The index of the participle coordinated with the one at `k` ("lengthened and widened", "extended, and
 * expanded", "renewed or widened"), or -1: only "and"/"or" (with a comma before it) between them.
 */
function coordinatedParticiple(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  if (tokens[j]?.text === ',') j++;
  if (!/^(?:and|or)$/.test(tokens[j]?.lower ?? '')) return -1;
  return PARTICIPLE.test(tokens[j + 1]?.lower ?? '') ? j + 1 : -1;
}
/** Adverbs of manner between a modal and its restriction ("must be formally withdrawn"). */
const MANNER_ADVERB = new Set([
  'formally',
  'fully',
  'officially',
  'quickly',
  'swiftly',
  'gradually',
  'entirely',
]);
/** Words in -ly that are no adverb of manner ("only", "July") or that hedge what follows ("hardly"). */
const NOT_MANNER = wordSet(
  /^(?:only|early|likely|unlikely|hardly|barely|scarcely|rarely|family|july|italy|ally|rally|supply|apply|reply|fly|jolly|holy|ugly|daily|weekly|monthly|yearly|nightly|friendly|costly|lonely|lovely|elderly|assembly)$/,
);
/** "must be fundamentally rewritten", "radically reworked": any adverb of manner in -ly, as the listed ones. */
const mannerAdverb = (lower: string): boolean =>
  MANNER_ADVERB.has(lower) || (/^[a-z]{3,}ly$/.test(lower) && !NOT_MANNER.test(lower));
// An obligation between a subject and its restriction ("the sea border must go") states a demand, not
// an event ("troops would leave Belarus after the drills"): a strong subject needs no owner for it.
const OBLIGATION = wordSet(/^(?:must|should)$/);
/** Words opening a clause of its own after a comma, no aside of the subject's: "…, but …", "…, if …". */
const ASIDE_OPENER = wordSet(
  /^(?:and|or|but|yet|so|while|whereas|although|though|if|unless|because|since|when|once|until|as)$/,
);
/** A particle after "go" that makes it carry on rather than leave: "go on", "go ahead", "go further". */
const GOING_ON = wordSet(/^(?:on|ahead|further|forward|along|through|beyond|back|into|onto|up|around)$/);
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'any', 'this', 'that']);
/**
 * Verbs of growing, which name a demand about growth only without an object ("NATO must not expand"); with
 * one they grow that thing ("expand its presence"). Not verbs of acting on a thing ("override the protocol").
 */
const GROWTH_VERB = wordSet(
  /^(?:expand|expands|expanded|expanding|enlarge|enlarges|enlarged|enlarging|widen|widens|widened|widening|grow|grows|grew|grown|growing)$/,
);
/** What opens a verb's object: "expand its presence", "enlarge the footprint". */
const OBJECT_OPENER = wordSet(/^(?:the|a|an|its|their|his|her|our)$/);
// A participle and preposition opening a place or owner phrase after a subject ("troops stationed in …").
const PLACED = wordSet(
  /^(?:stationed|deployed|based|posted|positioned|placed|located|sent|moved|dispatched|rotated|brought|held|kept)$/,
);
/** Prepositions of a phrase naming what a subject applies to ("tariffs on Chinese goods"). */
// ("the joint drills with South Korea must be halted", "the fighting in Gaza has to stop".)
const ANCHOR_PREPOSITION = wordSet(/^(?:on|against|from|of|for|with|in)$/);
const POST_PREPOSITION = wordSet(/^(?:in|on|to|of|near|along|across|throughout)$/);
/** Words opening the passive verb group after such a phrase ("be", "must be", "has to be"). */
const PASSIVE_START = new Set([
  'be',
  'must',
  'should',
  'has',
  'have',
  'will',
  'would',
  'is',
  'are',
  // "the missiles in Romania won't be removed": a contracted negation opens the group as its modal does.
  ...["won't", "wouldn't", "shouldn't", "mustn't", "isn't", "aren't"].flatMap((w) => [
    w,
    w.replace("'", '’'),
  ]),
]);
/** Words of a place phrase that SKIPPABLE lacks ("some eastern European states", "membership"). */
const PHRASE_WORD = new Set([
  'some',
  'several',
  'membership',
  'member',
  'soil',
  'territory',
  'territories',
  'region',
]);
/** Plain nouns of an alliance's members after "by" ("deployments by allies in …"). */
const ALLIES_AGENT = wordSet(/^(?:allies|members|partners)$/);
const OWN_VERBS = wordSet(
  /^(?:deploy|deployed|deploying|station|stationed|placed|based|expand|expanded|enlarged|admitted|accepted|allowed|permitted)$/,
);
const COORDINATORS = new Set(['and', 'or', 'nor']);
/** What opens a clause's subject after "that" (never a demonstrative "that" before a noun). */
const CLAUSE_SUBJECT_START = wordSet(/^(?:the|a|an|it|they|he|she|we|this|these|its|their)$/);
/** Whether "that" and the opening of a clause's subject follow the coordinator at `j`. */
const thatClauseAfter = (tokens: readonly Token[], j: number): boolean =>
  tokens[j + 1]?.lower === 'that' && CLAUSE_SUBJECT_START.test(tokens[j + 2]?.lower ?? '');
/** Lemmas of verbs that restore, keep or honour what follows them: before a restriction they do not reverse it. */
const AFFIRMING = new Set([
  'return',
  'restore',
  'reinstate',
  'reimpose',
  're-impose',
  'comply',
  'abide',
  'respect',
  'honour',
  'honor',
  'observe',
  'keep',
  'maintain',
  'uphold',
]);
/** Asking nouns whose content another party is to carry out ("U.S. demands to curb its subsidies"). */
const ASKED_OF_OTHER = wordSet(/^(?:demands?|calls?|requests?|ultimatums?|insistence)$/);
const MODALS = new Set(MODAL_VERBS);
const RELATIVE = new Set(['which', 'that', 'who']);
const OTHER_KIND = wordSet(/^(?:conventional|chemical|biological|cyber|space)$/);
/** What follows "the membership" when it means the members: a preposition of place or division, a verb. */
const COLLECTIVE_MEMBERSHIP_AFTER = wordSet(
  /^(?:into|between|among|across|is|was|are|were|has|have|had|will|would|agreed|agrees|voted|votes|decided|decides|stands|stood)$/,
);
const TREATY_WORD = wordSet(/^(?:treaty|accord|agreement|pact)$/);
/** A word opening an indirect question about its subject: "where missiles are based". */
const INDIRECT_QUESTION = wordSet(/^(?:where|how|whether|which|what)$/);
/** Words of checking what another side fields: "verify", "inspections", "monitoring". */
const CHECKING = wordSet(
  /^(?:verify|verifies|verified|verifying|verification|inspect|inspects|inspected|inspecting|inspection|inspections|monitor|monitors|monitored|monitoring)$/,
);
/** Where the reach back from a checked subject to its checking word stops: another clause or item. */
const CHECKING_STOP = wordSet(/^(?:and|or|but|while|whereas|because|although|though|if|unless|so|yet)$/);
const DEFENSIVE_WEAPON = wordSet(
  /^(?:javelins?|stingers?|nlaws?|manpads|anti-tank|anti-aircraft|antitank|antiaircraft)$/,
);
const OTHER_COMPOUND = wordSet(
  /^(?:defen[cs]es?|shields?|nonproliferation|proliferation|interceptors?|tests?|testing|launch|launches|launchings?)$/,
);
const MASSING = wordSet(
  /^(?:mass|masses|massed|massing|amass|amasses|amassed|amassing|concentrate|concentrates|concentrated|concentrating|build-up|buildup|gather|gathered|gathering|assemble|assembled|assembling)$/,
);
const MASS_FILLER = new Set([
  'more',
  'than',
  'about',
  'some',
  'around',
  'nearly',
  'almost',
  'over',
  'up',
  'of',
  'its',
  'their',
  'his',
  'the',
  'a',
  'an',
  'tens',
  'hundreds',
  'thousands',
  'troops',
  'combat',
  'ready',
  '-',
  'estimated',
  'roughly',
  'least',
  'at',
]);
/**
 * A party's possessive or a party's adjective opening a noun phrase as a determiner does ("ease
 * Russia's fertilizer exports", "lift Russian fertilizer exports"): the party (from its first token)
 * if the token at `k` ends one, else undefined.
 */
function partyDeterminerAt(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  k: number,
): ActorMention | undefined {
  if (/^['’]s$/.test(tokens[k]?.text ?? '')) return actors.find((a) => a.last === k - 1 && a.kind === 'name');
  return actors.find((a) => a.last === k && a.kind === 'adjective');
}
/** What opens a noun phrase whose modifiers a restriction reaches across ("remove all the relevant …"). */
const PREMODIFIER_OPENER = wordSet(/^(?:the|its|their|his|her|our|these|those|this|all|any|every|of|such)$/);
/** Words that are no modifier of a noun: auxiliaries, modals, pronouns, prepositions, conjunctions. */
const FUNCTION_WORD = wordSet(
  /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|must|can|could|may|might|to|not|never|no|and|or|but|nor|if|that|which|who|whom|whose|what|when|where|why|how|whether|while|as|than|then|so|it|they|them|he|she|we|you|i|in|on|at|by|for|from|with|without|into|onto|over|under|about|against|after|before|between|through|during|since|until|upon|via|per)$/,
);
const HARD_STOP = new Set([',', ';', ':', '(', ')', '—', '–', '.']);

/** A finite verb that makes the noun before it a clause's subject: "missiles are a worry", "missiles remain". */
const OWN_CLAUSE_VERB = new Set([
  'is',
  'are',
  'was',
  'were',
  'remain',
  'remains',
  'remained',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'must',
  'should',
]);

/** Whether the subject ending at `last` is followed by a finite verb of its own (a clause of its own). */
export function opensOwnClause(tokens: readonly Token[], last: number): boolean {
  if (last < 0) return false;
  let k = last + 1;
  if (/^(?:also|too|still|themselves|itself)$/.test(tokens[k]?.lower ?? '')) k++;
  return OWN_CLAUSE_VERB.has(tokens[k]?.lower ?? '');
}
const HYPHEN = wordSet(/^[-‐‑]$/);
// (Module-level helpers and private methods, not closures: the tsx/esbuild keepNames transform names
// every closure made, a property write per call, and these run for every demand phrasing matched.)
const lowerAt = (tokens: readonly Token[], k: number): string => tokens[k]?.lower ?? '';
/** A hyphen joining two words at `i`. */
const hyphenJoint = (tokens: readonly Token[], i: number): boolean =>
  HYPHEN.test(tokens[i]?.text ?? '') && !!tokens[i - 1]?.word && !!tokens[i + 1]?.word;
/** A truce's length: "six weeks", "a 42-day", "a few days". */
const SPAN_COUNT =
  /^(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|fifteen|twenty|thirty|forty|sixty|ninety|several|few)$/;
const SPAN_UNIT = /^(?:hours?|days?|weeks?|months?)$/;

/** A comma written inside a number between its digit groups: "5,000", "1,500,000". */
function digitGroupComma(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return (
    t?.text === ',' &&
    !!before &&
    !!after &&
    before.end === t.start &&
    after.start === t.end &&
    /^\d{1,3}$/.test(before.text) &&
    /^\d{3}$/.test(after.text)
  );
}
const CONTRACTED_NEGATION = /n['’]t$/;
const NEGATION_OPENERS = /^(?:not|never|no|cannot)$|n['’]t$/;

/** Who may be barred from choosing for others: "big powers", "other countries", "Moscow", "no outsider". */
const OUTSIDE_CHOOSER = wordSet(
  /^(?:powers|superpowers|neighbou?rs|outsiders|others|russia|moscow|kremlin|washington|nobody|anyone|anybody)$/,
);
const CHOOSING_VERB = wordSet(/^(?:choose|pick|select|determine|dictate)$/);
const MODAL_BEFORE_NEGATION = wordSet(/^(?:must|should|can|could|may|will|would|shall|do|does|did)$/);

/**
 * "Big powers must not choose the security policy smaller states may follow", "Moscow should not
 * pick other nations' alliances": a negated choosing verb (at `from`, the negation at `neg`) whose
 * subject is a chooser for others (right before the modal), not the country itself.
 */
/**
 * "wants enlargement frozen and weapons taken out", "troops withdrawn or forces cut": a one-word
 * restriction in -ed/-en right after a lower-case noun and right before "and"/"or" completes that noun.
 * (Not after an auxiliary or a name: "must be frozen and weapons", "Ukraine barred and …".)
 */
function participleOfNounBefore(
  tokens: readonly Token[],
  r: { first: number; last: number },
  actors: readonly ActorMention[],
): boolean {
  const word = tokens[r.first];
  const noun = tokens[r.first - 1];
  if (!word || !noun || r.first !== r.last || !/(?:ed|en)$/.test(word.lower)) return false;
  if (!COORDINATORS.has(tokens[r.last + 1]?.lower ?? '')) return false;
  return (
    /^[a-z][a-z-]+$/.test(noun.text) &&
    !FUNCTION_WORD.test(noun.lower) &&
    !SKIPPABLE.has(noun.lower) &&
    !/ly$/.test(noun.lower) &&
    !actors.some((a) => a.first <= noun.i && noun.i <= a.last)
  );
}

/** Verbs of having or recognising whose negation denies their object: "does not know a second tier of members". */
const HAVING_VERB = wordSet(
  /^(?:know|knows|recogni[sz]e|recogni[sz]es|create|creates|foresee|foresees|envisage|envisages|envision|envisions|allow|allows|permit|permits|tolerate|tolerates)$/,
);
const DENYING_NEGATION = wordSet(/^(?:not|never|n't|n’t)$/);
const DENYING_AUXILIARY = wordSet(
  /^(?:does|do|did|will|would|can|could|must|should|cannot|doesn['’]t|don['’]t|didn['’]t|won['’]t)$/,
);

/**
 * Where the negation is of a negated verb of having or recognising right before the demand's own words
 * (at `p`, the word before them, past an article): "the treaty does not know a second tier of members",
 * "will never create members of a lower category". -1 if there is none. (Only an auxiliary's negation:
 * "not" alone before the verb, as in "it is not creating …", is left.)
 */
function deniedByNegatedVerb(tokens: readonly Token[], p: number): number {
  let v = p;
  if (/^(?:a|an|any)$/.test(tokens[v]?.lower ?? '')) v--;
  if (!HAVING_VERB.test(tokens[v]?.lower ?? '')) return -1;
  const neg = v - 1;
  const word = tokens[neg]?.lower ?? '';
  if (/^(?:cannot|doesn['’]t|don['’]t|didn['’]t|won['’]t)$/.test(word)) return neg;
  if (!DENYING_NEGATION.test(word) || !DENYING_AUXILIARY.test(tokens[neg - 1]?.lower ?? '')) return -1;
  return neg;
}

/** A verb of holding a power: "has a veto", "gets a say". */
const HOLDING_POWER = wordSet(/^(?:has|have|had|gets?|got|holds?|held)$/);
/**
 * "Neither Russia nor any other country has a veto over …": a verb of holding the demand's words whose
 * subject is a pair opened by "neither" and joined by "nor" denies them as "has no veto" does. Where the
 * "neither" stands, or -1.
 */
function deniedByNeitherNorSubject(tokens: readonly Token[], p: number): number {
  let v = p;
  if (/^(?:a|an|any)$/.test(tokens[v]?.lower ?? '')) v--;
  if (!HOLDING_POWER.test(tokens[v]?.lower ?? '')) return -1;
  let nor = -1;
  for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
    const w = tokens[k] as Token;
    if (!w.word) return -1;
    if (w.lower === 'nor') {
      nor = k;
      break;
    }
  }
  if (nor < 1) return -1;
  for (let k = nor - 1; k >= Math.max(0, nor - 5); k--) {
    const w = tokens[k] as Token;
    if (!w.word) return -1;
    if (w.lower === 'neither') return k;
  }
  return -1;
}

/** Words between a party and the veto it is denied: "Russia will have no veto", "Moscow gets no …". */
const VETO_VERB = wordSet(
  /^(?:has|have|had|will|would|shall|gets?|got|gotten|be|been|is|was|should|must|can|may|also|still|then|therefore)$/,
);
/**
 * "NATO has no veto over Russian troops in Belarus", "Kyiv has no veto over the troops Russia keeps": a
 * veto denied to a party that did not make the demand, or over the proposer's own forces, answers no
 * demand (only "Russia will have no veto over troops stationed in allied countries" does).
 */
function vetoDeniedToOther(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  proposers: ReadonlySet<string> | undefined,
  m: { first: number; last: number },
): boolean {
  const veto = tokens.slice(m.first, m.last + 1).find((t) => t.lower === 'veto');
  if (!proposers?.size || !veto) return false;
  let k = m.first - 1;
  while (k > 0 && VETO_VERB.test(tokens[k]?.lower ?? '')) k--;
  const holder = k < m.first - 1 ? actors.find((a) => a.last === k && a.parties.length > 0) : undefined;
  if (holder && !holder.parties.some((p) => proposers.has(p))) return true;
  // (The proposer's own forces, named after "veto over" or right after the phrase; not "no Russian veto".)
  return actors.some(
    (a) =>
      a.first > veto.i + 1 &&
      a.first <= m.last + 1 &&
      a.parties.length > 0 &&
      a.parties.every((p) => proposers.has(p)),
  );
}

function othersBarredFromChoosing(tokens: readonly Token[], neg: number, from: number): boolean {
  if (!CHOOSING_VERB.test(tokens[from]?.lower ?? '')) return false;
  let k = neg - 1;
  if (MODAL_BEFORE_NEGATION.test(tokens[k]?.lower ?? '')) k--;
  else if (!/n['’]t$/.test(tokens[neg]?.lower ?? '')) return false;
  return OUTSIDE_CHOOSER.test(tokens[k]?.lower ?? '');
}

const words = (tokens: readonly Token[], text: string, first: number, last: number): string =>
  text.slice((tokens[first] as Token).start, (tokens[last] as Token).end);

/** Words after which a particle is a preposition opening a noun phrase: "roll the deal over the line". */
const NOUN_PHRASE_OPENER = new Set(
  'the a an its their his her our my your this that these those all any some every each'.split(' '),
);
/** The most words between a split verb and its particle: "roll the Black Sea grain deal over". */
const SPLIT_REACH = 7;

/**
 * Restrictions whose object stands between the verb and its particle ("rolling the Black Sea grain deal
 * over", "scale the new tariffs back"): the verb is read as the restriction when the particle follows a
 * subject of the same demand right after it, in the same clause, and opens no noun phrase itself.
 */
function splitRestrictions(tokens: readonly Token[], compiled: CompiledOntology): TokenMatch<string>[] {
  const out: TokenMatch<string>[] = [];
  let subjects: ReadonlyArray<TokenMatch<string>> | null = null;
  for (const t of tokens) {
    if (!t.word) continue;
    // (Most words start no split verb: no array is made for them.)
    let entries: ReadonlyArray<SplitVerb> | null = null;
    for (const k of t.keys) {
      const list = compiled.splitVerbs.get(k);
      if (list) entries = entries ? entries.concat(list) : list;
    }
    if (!entries || entries.length === 0) continue;
    for (let p = t.i + 2; p < tokens.length && p <= t.i + SPLIT_REACH + 1; p++) {
      const at = tokens[p] as Token;
      if (HARD_STOP.has(at.text)) break;
      const here = entries.filter((e) => e.particle === at.lower);
      if (here.length === 0) continue;
      const next = tokens[p + 1];
      if (next && next.word && (NOUN_PHRASE_OPENER.has(next.lower) || next.capital)) break;
      subjects ??= compiled.subjects.find(tokens);
      const subject = subjects.find((s) => s.last === p - 1 && s.first > t.i);
      if (!subject) break;
      const demands = new Set(subject.values.map((v) => v.replace(/[!?~]$/, '')));
      const values = [...new Set(here.filter((e) => demands.has(e.demand)).map((e) => e.demand))];
      if (values.length)
        out.push({ first: t.i, last: t.i, values, phrase: (here[0] as { phrase: string }).phrase });
      break;
    }
  }
  return out;
}

/**
 * One sentence being scanned for demand mentions: its tokens, the phrase matches every step looks
 * at (found once), the mentions so far, and the questions the scan asks. Methods rather than
 * closures made anew for every sentence: this runs for every sentence that may name a demand.
 */
const LIFT = new Set(['lift', 'lifts', 'lifted', 'lifting']);
/** Where the reach from "lift" to a rate it raises something to stops: another clause. */
const RATE_STOP = new Set([
  ',',
  ';',
  ':',
  '.',
  '—',
  '–',
  'which',
  'that',
  'if',
  'but',
  'while',
  'because',
  'after',
]);
/** Before "deal": words that make it the noun ("a deal with Beijing on …"), not the verb of handling. */
const DEAL_NOUN_BEFORE = wordSet(
  /^(?:a|an|the|this|that|any|no|trade|new|its|their|his|her|our|phase|final|interim|partial|comprehensive|broad|broader|good|bad|big|bigger|better|fair|first|second|one|two|['’]s?)$/,
);
/**
 * "signed a deal with Beijing on technology transfer": "deal with" after an article or a modifier is the
 * noun, a bargain with someone; only the verb ("wants China to deal with the theft of …") restricts.
 */
/**
 * "… in return for Iranian commitments to …", "… and in return Moscow would …": the idiom of an exchange,
 * not the act of returning (to the deal's limits, to 1997) that a restriction word "return" names.
 */
function inReturn(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === 'return' && tokens[at - 1]?.lower === 'in';
}
function dealNoun(tokens: readonly Token[], at: number): boolean {
  return /^deals?$/.test(tokens[at]?.lower ?? '') && DEAL_NOUN_BEFORE.test(tokens[at - 1]?.lower ?? '');
}
/**
 * "lift tariffs on $200 billion of goods from 10 per cent to 25 per cent", "lifted the duties to 25%":
 * "lift" with a rate it brings something up to raises it; it takes nothing away.
 */
function liftedToRate(tokens: readonly Token[], at: number): boolean {
  if (!LIFT.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < tokens.length && k <= at + 16; k++) {
    const t = tokens[k] as Token;
    if (RATE_STOP.has(t.lower)) return false;
    if (t.lower !== 'to' || !/^\d+(?:\.\d+)?$/.test(tokens[k + 1]?.text ?? '')) continue;
    let n = k + 2;
    if (tokens[n]?.text === '.' && /^\d/.test(tokens[n + 1]?.text ?? '')) n += 2;
    const sign = tokens[n]?.lower ?? '';
    if (sign === '%' || sign === 'percent' || (sign === 'per' && tokens[n + 1]?.lower === 'cent'))
      return true;
  }
  return false;
}

class MentionScan {
  readonly mentions: DemandMention[] = [];
  /** Tokens already part of a mention. */
  readonly taken = new Set<number>();
  readonly anchors: ReadonlyArray<TokenMatch<string>>;
  readonly restrictions: ReadonlyArray<TokenMatch<string>>;
  readonly isCue = new Map<number, boolean>();
  /** Last tokens of the cues that object to something. */
  readonly objectionAt = new Set<number>();
  subjectSpans: ReadonlyArray<TokenMatch<string>> | undefined;
  private carriers: ReadonlyArray<TokenMatch<unknown>> | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly compiled: CompiledOntology,
    readonly actors: readonly ActorMention[],
    readonly cueMatches: ReadonlyArray<TokenMatch<unknown>>,
    readonly documentAnchors: ReadonlySet<string>,
    readonly speakerParties?: readonly string[],
  ) {
    for (const c of cueMatches) {
      for (let i = c.first; i <= c.last; i++) this.isCue.set(i, true);
      if (c.values[0] === 'rejects') this.objectionAt.add(c.last);
    }
    // ("the curbs on our agricultural exports" said by the other side: its exports, not the proposer's.)
    this.anchors = ownAnchors(
      compiled.anchors.findAll(tokens),
      tokens,
      actors,
      compiled,
      speakerParties,
      (i) => this.ownerOf(i),
    );
    const found = compiled.restrictions
      .findAll(tokens)
      .filter(
        (r) =>
          !liftedToRate(tokens, r.first) &&
          !dealNoun(tokens, r.first) &&
          !inReturn(tokens, r.first) &&
          !outOfStorage(tokens, r.first, r.last),
      );
    const split = compiled.splitVerbs.size
      ? splitRestrictions(tokens, compiled).filter((r) => !outOfStorage(tokens, r.first, r.last))
      : [];
    this.restrictions = split.length ? [...found, ...split] : found;
  }

  /** The sentence's demand nouns, found when first asked for. */
  carriersIn(): ReadonlyArray<TokenMatch<unknown>> {
    return (this.carriers ??= this.compiled.carriers
      .find(this.tokens)
      .filter((c) => !adverbialPoint(this.tokens, c.first)));
  }

  /**
   * Whether the party owns a demand noun ("Moscow's demand"): in "rejected Moscow's demand to halt
   * its expansion" "its" is the alliance's, not Moscow's.
   */
  possessorOfCue(a: ActorMention): boolean {
    const { tokens, isCue } = this;
    // (Not a refusal: in "NATO's refusal to stop its expansion" the refuser's own expansion is meant.)
    const refusal = this.cueMatches.some((c) => c.first === a.last + 2 && c.values[0] === 'rejects');
    // "U.S. demands to curb its subsidies": a name (no "'s") used as the modifier of an asking noun with
    // its content after it (not "Washington demands China …", where "demands" is the verb, nor "the U.S.
    // offer to cut its tariffs": an offer is its own).
    if (
      a.kind === 'name' &&
      ASKED_OF_OTHER.test(tokens[a.last + 1]?.lower ?? '') &&
      /^(?:to|for)$/.test(tokens[a.last + 2]?.lower ?? '') &&
      this.carriersIn().some((c) => c.first === a.last + 1)
    )
      return true;
    return (
      !!tokens[a.last + 1]?.transparent &&
      /^['’]s$/i.test(tokens[a.last + 1]?.text ?? '') &&
      !refusal &&
      (isCue.get(a.last + 2) === true || this.carriersIn().some((c) => c.first === a.last + 2))
    );
  }

  take(first: number, last: number): void {
    const { taken } = this;
    for (let i = first; i <= last; i++) taken.add(i);
  }
  anchored(demand: string, first: number, last: number): boolean {
    const { compiled, anchors } = this;
    const demandHasAnchors = compiled.demands.find((d) => d.id === demand)?.frame?.anchors?.length;
    if (!demandHasAnchors) return true;
    if (
      anchors.some(
        (a) =>
          a.values.includes(demand) && a.last >= first - ANCHOR_WINDOW && a.first <= last + ANCHOR_WINDOW,
      )
    )
      return true;
    // "the posture in the region must stay", said by a Lithuanian: the speaker's own region.
    if (inSpeakersRegion(this.tokens, last, demand, compiled, this.speakerParties)) return true;
    // "NATO to give a legally binding guarantee that it will not expand": a pronoun subject standing for
    // an anchor named earlier in the sentence.
    const { tokens } = this;
    const pronoun = tokens
      .slice(Math.max(0, first - 4), first)
      .find((t) => t.lower === 'it' || t.lower === 'they');
    return (
      !!pronoun &&
      // (Its own verb: "it will not expand", "that it stop enlarging" — not "it will not send troops".)
      tokens
        .slice(pronoun.i + 1, first)
        .every(
          (t) =>
            PRONOUN_TO_VERB.test(t.lower) ||
            this.restrictions.some((r) => t.i >= r.first && t.i <= r.last && r.values.includes(demand)),
        ) &&
      anchors.some((a) => a.values.includes(demand) && a.last < pronoun.i)
    );
  }
  /**
   * Whether one of the demand's anchors is the subject of the verb at `first`..`last`: "NATO will not
   * grow", "the alliance to stop growing", "stop the bloc from growing" (past auxiliaries, negations and
   * verbs of going on or stopping). Not an anchor after a preposition or joined to another name
   * ("tensions with NATO will grow", "Russia and NATO grew apart"), nor a verb with an adjective or an
   * object after it ("the alliance grew stronger", "NATO will grow its presence").
   */
  anchorIsSubject(demand: string, first: number, last: number): boolean {
    const { tokens, anchors } = this;
    const next = tokens[last + 1];
    // ("grow in eastern Europe", "in the east": a place; not "grew in strength".)
    const place =
      next?.lower === 'in' &&
      (/^(?:eastern|central|northern|the)$/.test(tokens[last + 2]?.lower ?? '') ||
        !!tokens[last + 2]?.capital);
    if (next && next.word && !place && !ANCHORED_VERB_NEXT.test(next.lower)) return false;
    let k = first - 1;
    while (
      k >= 0 &&
      first - k <= 6 &&
      (SUBJECT_TO_VERB.test(tokens[k]?.lower ?? '') || /^[a-z]+ly$/.test(tokens[k]?.lower ?? ''))
    )
      k--;
    const anchor = anchors.find((a) => a.last === k && a.values.includes(demand));
    if (!anchor) return false;
    let b = anchor.first - 1;
    if (/^(?:the|its|their)$/.test(tokens[b]?.lower ?? '')) b--;
    return (
      !ANCHOR_AS_OBJECT.test(tokens[b]?.lower ?? '') && !/^['’]s$/.test(tokens[anchor.last + 1]?.text ?? '')
    );
  }

  /** The party whose weapons or forces a subject names ("Russian missiles", "its troops"), if any. */
  ownerOf(first: number): ActorMention | undefined {
    const { tokens, actors } = this;
    let owner = actors.find(
      (a) => a.last === first - 1 || (a.last === first - 2 && tokens[first - 1]?.transparent),
    );
    // "Putin would pull back his troops": a possessive pronoun points at the nearest party before it
    // (not one that owns the demand noun: see possessorOfCue).
    // "Russia's deployment of short-range missiles": the owner of the head noun owns what it deploys.
    let q = first - 1;
    while (
      q > 0 &&
      q >= first - 4 &&
      tokens[q]?.lower !== 'of' &&
      (SKIPPABLE.has(tokens[q]?.lower ?? '') || /-/.test(tokens[q]?.text ?? ''))
    )
      q--;
    if (
      !owner &&
      tokens[q]?.lower === 'of' &&
      /^(?:deployment|placement|stationing|deployments)$/.test(tokens[q - 1]?.lower ?? '')
    ) {
      const h = q - 1;
      owner = actors.find(
        (a) =>
          (a.last === h - 1 && a.kind === 'adjective') ||
          (a.last === h - 2 && /^['’]s$/.test(tokens[h - 1]?.text ?? '')),
      );
    }
    let k = first - 1;
    // "its deployment of missiles": the pronoun before the head noun.
    if (
      tokens[q]?.lower === 'of' &&
      /^(?:deployment|placement|stationing|deployments)$/.test(tokens[q - 1]?.lower ?? '')
    )
      k = q - 2;
    // "drop its curbs on technology transfers": the pronoun owns the measure the subject is under.
    if (
      tokens[first - 1]?.lower === 'on' &&
      /^(?:curbs|restrictions|limits|controls)$/.test(tokens[first - 2]?.lower ?? '') &&
      ['his', 'her', 'its', 'their', 'our'].includes(tokens[first - 3]?.lower ?? '')
    )
      k = first - 3;
    while (k >= 0 && ['own', 'armed'].includes(tokens[k]?.lower ?? '')) k--;
    if (!owner && ['his', 'her', 'its', 'their', 'our'].includes(tokens[k]?.lower ?? ''))
      owner = pronounOwner(tokens, actors, k, (a) => this.possessorOfCue(a));
    return owner;
  }
  /**
   * "What would the Americans say if we put our missiles on the Canadian border?": the proposer's own
   * weapons in a counterfactual turned on the other side, which argues for its demand.
   */
  counterfactualOwn(first: number): boolean {
    return counterfactualIf(this.tokens, first, true) >= 0;
  }
  // A proposer's own weapons or forces ("Russian missiles") are not what its demand is about.
  ownedByProposer(demand: string, first: number): boolean {
    const { compiled } = this;
    const proposers = compiled.proposers.get(demand);
    if (!proposers?.size) return false;
    // ("'… the demand to remove all our forces from Gaza,' Netanyahu added": "our" is the speaker's.)
    if (this.ourOfOther(first, proposers)) return false;
    const owner = this.ownerOf(first);
    return !!owner && owner.parties.some((p) => proposers.has(p));
  }
  /**
   * Whether the subject at `first` opens with "our" ("all our forces", "our own troops") said by a
   * speaker none of whose parties put the demand forward: the speaker's own, whoever is named last
   * before it. (A proposer's "our" is left to ownerOf, which reads it as before.)
   */
  ourOfOther(first: number, proposers: ReadonlySet<string>): boolean {
    const { tokens, speakerParties } = this;
    if (!speakerParties?.length) return false;
    let k = first - 1;
    while (k >= 0 && ['own', 'armed'].includes(tokens[k]?.lower ?? '')) k--;
    return tokens[k]?.lower === 'our' && !speakerParties.some((p) => proposers.has(p));
  }
  /** "Russia to pull back troops", "Moscow will withdraw its forces": the proposer as the agent of the restriction. */
  proposerActs(demand: string, first: number, subject: number): boolean {
    const { tokens, compiled, actors } = this;
    const proposers = compiled.proposers.get(demand);
    if (!proposers?.size) return false;
    // ("Moscow must keep NATO from expanding": another party, named inside the restriction, acts.)
    if (
      actors.some(
        (a) =>
          a.first > first &&
          a.last < subject &&
          a.kind !== 'adjective' &&
          a.parties.length > 0 &&
          !a.parties.every((p) => proposers.has(p)),
      )
    )
      return false;
    let k = first - 1;
    while (k >= 0 && AGENT_FILLER.has(tokens[k]?.lower ?? '')) k--;
    // (A "to" or a modal between them: "the treaty with Moscow limiting missiles" has no agent.)
    if (k === first - 1) return false;
    const agent = actors.find((a) => a.last === k && a.kind !== 'adjective');
    // ("the drafts published in Moscow would rule out …": a name after a preposition is no agent.)
    const before = tokens[agent?.first !== undefined ? agent.first - 1 : -1]?.lower ?? '';
    if (/^(?:in|from|by|of|at|with|to|for)$/.test(before)) return false;
    return !!agent && agent.parties.length > 0 && agent.parties.every((p) => proposers.has(p));
  }
  /**
   * "Washington agreed to lift the added tariffs", "the Americans would not take tariffs off the table":
   * a subject the demand's anchors would tie to it (a weak one) is the demand's own where a party the
   * demand is put to, and only such a party, is the agent of the demand's restriction before it — the
   * measure that party would lift is the one asked of it. Not where a place or party after the subject
   * names another target ("lift its tariffs on Mexican steel"), nor a name after a preposition.
   */
  addresseeActs(demand: string, subject: number, subjectLast: number): boolean {
    const { tokens, compiled, actors, restrictions } = this;
    const addressees = compiled.addressees.get(demand);
    if (!addressees?.size) return false;
    const proposers = compiled.proposers.get(demand);
    // ("tackle pirated and counterfeit goods": a modifier paired with the subject's first word opens it.)
    const opening = coordinatedModifierAt(tokens, subject - 2, subject, subjectLast) ? subject - 2 : subject;
    const r = restrictions.find(
      (x) =>
        x.values.includes(demand) &&
        x.first < subject &&
        (x.last > subjectLast ||
          (x.last < opening &&
            tokens.slice(x.last + 1, opening).every((t) => SUBJECT_DETERMINER.test(t.lower)))),
    );
    if (!r) return false;
    let k = r.first - 1;
    while (k >= 0 && r.first - k <= 6 && AGENT_TO_RESTRICTION.test(tokens[k]?.lower ?? '')) k--;
    const agent = actors.find((a) => a.last === k && a.kind !== 'adjective' && a.parties.length > 0);
    if (!agent || !agent.parties.every((p) => addressees.has(p) && !proposers?.has(p))) return false;
    // (Not a name after a preposition, nor one of two parties acting together — "China and the U.S.
    // agreed to cut tariffs", "both sides": a measure of both sides, no one side's demand.)
    if (!this.namedAlone(agent)) return false;
    // ("will not remove the tariffs until Beijing …", "… while the talks go on", "… if there is a deal":
    // a step the sentence ties to a condition or a time is left to the readers of conditions, which read
    // it with the demand's own anchor.)
    for (let i = subjectLast + 1; i < tokens.length; i++)
      if (CONDITION_AFTER.test(tokens[i]?.lower ?? '')) return false;
    // ("lift its tariffs on Mexican steel", "drop tariffs on steel from Canada", "the sanctions against
    // Venezuela": a name in the rest of the clause that is neither an anchor nor the proposer is another target.)
    return !this.otherTargetAfter(demand, Math.max(subjectLast, r.last) + 1);
  }
  /**
   * "Beijing wants the duties taken off", "China is pressing to get the tariffs removed", "Tehran insists
   * the designation be lifted": the mirror of addresseeActs — a measure named without its anchor, its
   * restriction after it (said of the measure, with no agent or the party it is put to as agent), held by
   * the party that put the demand forward, the nearest party before it in the clause and not its agent
   * ("China cut its tariffs" has China acting: the restriction before the measure is not read here).
   * The same guards as addresseeActs: another target named after the measure, a condition or time word
   * later in the sentence, a holder joined to another party or after a preposition.
   */
  proposerWantsDone(demand: string, subject: number, subjectLast: number): boolean {
    const { tokens, compiled, actors } = this;
    const proposers = compiled.proposers.get(demand);
    if (!proposers?.size) return false;
    const addressees = compiled.addressees.get(demand);
    const { r } = this.afterAt(subjectLast + 1, demand, subject);
    if (!r) return false;
    // A bare participle ("the duties taken off") is the measure's state only after a verb of wanting
    // or getting it so; "the tariffs removed last year" describes them.
    let d = subject - 1;
    while (d >= 0 && SUBJECT_DETERMINER.test(tokens[d]?.lower ?? '')) d--;
    // Either way the holder's verb of wanting stands right before it ("wants the tariffs removed",
    // "insists that the duties be lifted"): "say the duties must be lifted" reports, and is left alone.
    if (tokens[d]?.lower === 'that') d--;
    if (!WANTING_DONE.test(tokens[d]?.lower ?? '')) return false;
    // The holder: the nearest party before the measure in its clause, with a word of its own between
    // (a verb of wanting, asking, pressing): not the measure's owner nor the restriction's agent.
    let holder: ActorMention | undefined;
    for (let i = d; i >= 0 && d - i <= 8; i--) {
      if (HARD_STOP.has(tokens[i]?.text ?? '')) return false;
      const a = actors.find((x) => x.last === i && x.kind !== 'adjective' && x.parties.length > 0);
      if (a) {
        holder = a;
        break;
      }
    }
    if (!holder || holder.last >= d || !holder.parties.every((p) => proposers.has(p) && !addressees?.has(p)))
      return false;
    if (/^['’]s?$/.test(tokens[holder.last + 1]?.text ?? '')) return false;
    if (!this.namedAlone(holder)) return false;
    // ("wants enlargement frozen and weapons taken out of the states that joined after 1997": the time,
    // place and goods of a second measure joined after it tell nothing of this one; a condition closing
    // the sentence holds both.)
    const end = this.secondMeasureAt(r.last + 1);
    // (Also "before"/"after": "wants the investigation closed before any deal" is a step in a sequence.)
    for (let i = subjectLast + 1; i < tokens.length; i++)
      if (
        CONDITION_AFTER.test(tokens[i]?.lower ?? '') ||
        (i < end && /^(?:before|after)$/.test(tokens[i]?.lower ?? ''))
      )
        return false;
    // ("weapons taken out of the states that joined …", "duties removed from steel": a place or goods
    // the step is said of, not the demand's own anchor, is another target.)
    let q = r.last + 1;
    if (tokens[q]?.lower === 'out' && tokens[q + 1]?.lower === 'of') q++;
    if (
      /^(?:of|from|on|against)$/.test(tokens[q]?.lower ?? '') &&
      !this.anchors.some((a) => a.values.includes(demand) && a.first > q && a.first <= q + 4)
    )
      return false;
    // ("lifted in stage 3 of the talks", "removed from $50 billion of goods"): a number after the step
    // that is none of the demand's anchors names another stage or measure.
    for (let i = r.last + 1; i <= r.last + 8 && i < end; i++) {
      const t = tokens[i] as Token;
      if (HARD_STOP.has(t.text)) break;
      if (
        /\d/.test(t.text) &&
        !this.anchors.some((a) => a.first <= i && i <= a.last && a.values.includes(demand))
      )
        return false;
    }
    return !this.otherTargetAfter(demand, r.last + 1, true, end);
  }
  /**
   * Where a second measure joined by "and"/"or" opens after a step's words ("… frozen and US troops
   * withdrawn from …"): a noun group of its own and its own restriction within a few words; or the
   * sentence's end.
   */
  secondMeasureAt(from: number): number {
    const { tokens, restrictions } = this;
    for (let i = from; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (HARD_STOP.has(t.text) && t.text !== ',') break;
      if (t.lower !== 'and' && t.lower !== 'or') continue;
      // (Not "removed and not brought back": a second restriction of the same noun, right after the joiner.)
      const nounFirst = tokens[i + 1];
      if (!nounFirst?.word || /^(?:not|never|then|also|be|been|are|is|were|was)$/.test(nounFirst.lower))
        continue;
      if (restrictions.some((x) => x.first > i + 1 && x.first <= i + 5)) return i;
    }
    return tokens.length;
  }
  /**
   * Whether a party is named on its own as a clause's subject: not after a preposition ("talks with
   * Washington"), nor with "both"/"two", nor joined to another name ("China and the U.S. agreed …").
   */
  namedAlone(actor: ActorMention): boolean {
    const { tokens } = this;
    let b = actor.first - 1;
    if (/^(?:the|its|their)$/.test(tokens[b]?.lower ?? '')) b--;
    if (ANCHOR_AS_OBJECT.test(tokens[b]?.lower ?? '') || /^(?:both|two)$/.test(tokens[b]?.lower ?? ''))
      return false;
    return !/^(?:and|or|,)$/.test(tokens[actor.last + 1]?.text ?? '');
  }
  /**
   * ("lift its tariffs on Mexican steel", "drop tariffs on steel from Canada", "the sanctions against
   * Venezuela"): a name in the rest of the clause from `after` that is neither an anchor nor the proposer
   * (with `noProposer`, nor the proposer either — "removed by Beijing") is another target or agent.
   */
  otherTargetAfter(demand: string, after: number, noProposer = false, end = this.tokens.length): boolean {
    const { tokens, compiled, actors, anchors } = this;
    const proposers = compiled.proposers.get(demand);
    const addressees = compiled.addressees.get(demand);
    for (let i = after; i <= after + 8 && i < end; i++) {
      const t = tokens[i] as Token;
      if (HARD_STOP.has(t.text) || t.text === ',' || t.text === ';') break;
      if (!t.capital || CALENDAR_NAME.test(t.lower)) continue;
      if (anchors.some((a) => a.first <= i && i <= a.last && a.values.includes(demand))) continue;
      const named = actors.find((a) => a.first <= i && i <= a.last);
      // (With `noProposer`: "removed by Washington", the party it is put to, is its agent; "by Beijing" is not.)
      if (noProposer && named?.parties.length && named.parties.every((p) => addressees?.has(p))) continue;
      if (!named || !named.parties.some((p) => proposers?.has(p))) return true;
      if (noProposer) return true;
    }
    return false;
  }
  /**
   * "China wants U.S. tariffs rolled back", "America will reduce its forces": a subject owned by a party
   * the demand is put to (its adjective, its name with "'s", a pronoun pointing to it; every party joined
   * to it too, "U.S.-South Korean drills") is the measure the demand asks it to take away — tied to the
   * demand as an anchor would, where the sentence holds the demand's restriction and names no other
   * target after it ("U.S. tariffs on European steel").
   */
  ownedByAddressee(demand: string, first: number, last: number): boolean {
    const { tokens, compiled, actors } = this;
    const addressees = compiled.addressees.get(demand);
    if (!addressees?.size) return false;
    // (Not where the anchors list places: "American troops" sent elsewhere are no rollback from them.)
    if (placedDemand(compiled, demand)) return false;
    const proposers = compiled.proposers.get(demand);
    const owner = this.ownerOf(first);
    if (!owner || !owner.parties.length) return false;
    // ("The Trump administration quit the accord": a name right before the subject is its owner only as
    // an adjective — "U.S. sanctions", "Israeli troops" — or with "'s".)
    if (owner.last === first - 1 && owner.kind !== 'adjective') {
      const said = words(tokens, this.text, owner.first, owner.last).toLowerCase();
      const adjectives = compiled.parties
        .filter((p) => owner.parties.includes(p.id))
        .flatMap((p) => (p.adjectives ?? []).map((a) => a.toLowerCase()));
      if (!adjectives.includes(said)) return false;
    }
    // ("the US-Taliban talks", "U.S.-South Korean drills": every party joined to the owner counts.)
    const owners = [owner];
    for (let o = owner; ;) {
      const joint = /^(?:-|–|and|&)$/.test(tokens[o.first - 1]?.text ?? '');
      const prev = joint ? actors.find((a) => a.last === o.first - 2 && a.parties.length > 0) : undefined;
      if (!prev) break;
      owners.push(prev);
      o = prev;
    }
    if (!owners.every((o) => o.parties.every((p) => addressees.has(p) && !proposers?.has(p)))) return false;
    // (Only with the demand's restriction in the sentence: "U.S. tariffs rolled back", "pull its troops out".)
    if (!this.restrictions.some((r) => r.values.includes(demand))) return false;
    return !this.otherTargetAfter(demand, last + 1);
  }
  /**
   * "Russia has no plans to talk about where it places its own weapons": a subject marked as its
   * agent's own ("its own", "their own") where the nearest party named before the restriction (at
   * `first`) put the demand forward — the proposer's own weapons or troops, not those its demand is about.
   */
  proposersOwnSubject(demand: string, first: number, subject: number, subjectLast = subject): boolean {
    const { tokens, compiled, actors } = this;
    let own = false;
    for (let k = subject - 1; k <= subjectLast && !own; k++)
      own = tokens[k]?.lower === 'own' && /^(?:its|their|our|his|her)$/.test(tokens[k - 1]?.lower ?? '');
    if (!own) return false;
    const proposers = compiled.proposers.get(demand);
    if (!proposers?.size) return false;
    let nearest: ActorMention | undefined;
    // (Not an owner: "how Tehran would answer Washington's demands and resume its own obligations".)
    for (const a of actors)
      if (
        a.last < first &&
        a.kind !== 'adjective' &&
        a.parties.length > 0 &&
        !/^['’]s?$/.test(tokens[a.last + 1]?.text ?? '')
      )
        nearest = a;
    return !!nearest && nearest.parties.every((p) => proposers.has(p));
  }
  // Restrictions read only after a subject ("forces to leave") need forces that are plainly someone
  // else's: "NATO forces", "foreign troops", "its missiles" (of the alliance) — "troops would leave
  // Belarus after the drills" says nothing of the demand.
  ownedByOther(demand: string, first: number): boolean {
    const { tokens, compiled, actors } = this;
    const proposers = compiled.proposers.get(demand) ?? new Set<string>();
    if (this.ourOfOther(first, proposers)) return true;
    if (['foreign', 'western', 'allied', 'alliance'].includes(tokens[first - 1]?.lower ?? '')) return true;
    // ("the foreign troops would all be gone": the subject as listed says whose they are.)
    if (['foreign', 'western', 'allied'].includes(tokens[first]?.lower ?? '')) return true;
    // "Kosovo special police" listed as one subject, met as "Kosovo's special police units to leave": the
    // party named at the subject's start owns it.
    const named = actors.find((a) => a.first === first && a.parties.length > 0);
    if (named) return !named.parties.some((p) => proposers.has(p));
    let k = first - 1;
    while (k >= 0 && (SKIPPABLE.has(tokens[k]?.lower ?? '') || tokens[k]?.transparent)) {
      if (['foreign', 'allied'].includes(tokens[k]?.lower ?? '')) return true;
      if (DETERMINER.has(tokens[k]?.lower ?? '')) break;
      k--;
    }
    const owner = this.ownerOf(first) ?? actors.find((a) => a.last === k);
    return !!owner && !owner.parties.some((p) => proposers.has(p));
  }

  /**
   * "the right to verify what the Russians are doing with missiles", "inspections of the launchers at
   * the bases": a word of checking a few words back in the same clause makes the subject what is checked.
   */
  checkedBefore(first: number): boolean {
    const { tokens } = this;
    for (let k = first - 1; k >= 0 && k >= first - 8; k--) {
      const t = tokens[k] as Token;
      if (!t.word || CHECKING_STOP.test(t.lower)) return false;
      if (CHECKING.test(t.lower)) return true;
    }
    return false;
  }
  /** After a wording or subject ending on "join", an organisation named that is no anchor of the demand. */
  joinsOther(last: number, demand: string): boolean {
    const { tokens, actors, anchors } = this;
    // "that Ukraine be kept out of the European Union", "… shut out of the talks": a wording that ends on
    // "out", followed by "of" and what is no anchor of the demand (nor "it", "them"), keeps out of that.
    if (tokens[last]?.lower === 'out' && tokens[last + 1]?.lower === 'of') {
      let k = last + 2;
      while (/^(?:the|a|an|its|their|this|that)$/.test(tokens[k]?.lower ?? '')) k++;
      if (/^(?:it|them)$/.test(tokens[k]?.lower ?? '')) return false;
      return !anchors.some((a) => a.values.includes(demand) && a.first <= k && k <= a.last);
    }
    if (!/^(?:join|joins|joined|joining)$/.test(tokens[last]?.lower ?? '')) return false;
    const joined = actors.find(
      (a) => a.first === last + 1 || (a.first === last + 2 && tokens[last + 1]?.lower === 'the'),
    );
    return (
      !!joined &&
      !anchors.some((a) => a.values.includes(demand) && a.first <= joined.last && joined.first <= a.last) &&
      !/^(?:and|or)$/.test(tokens[joined.last + 1]?.lower ?? '')
    );
  }
  /** "massing troops along its borders", "amassed 100,000 troops": a build-up, not the forces a demand would pull back. */
  massedBefore(first: number): boolean {
    const { tokens } = this;
    let k = first - 1;
    while (k >= 0 && (MASS_FILLER.has(tokens[k]?.lower ?? '') || /^[\d,.]+$/.test(tokens[k]?.text ?? '')))
      k--;
    return MASSING.test(tokens[k]?.lower ?? '');
  }
  /** "anti-tank missiles", "Javelin missiles", "air-defence missiles": weapons no strike-weapon demand is about. */
  defensiveBefore(first: number): boolean {
    const { tokens } = this;
    for (let k = first - 1, words = 0; k >= 0 && words < 3; k--) {
      const t = tokens[k] as Token;
      if (t.transparent) continue;
      if (!t.word || DETERMINER.has(t.lower)) return false;
      words++;
      if (DEFENSIVE_WEAPON.test(t.lower)) return true;
      if (/^(?:tank|tanks|aircraft|armou?r|ship|personnel)$/.test(t.lower)) {
        let a = k - 1;
        while (tokens[a]?.transparent) a--;
        if (tokens[a]?.lower === 'anti') return true;
      }
      if (/^defen[cs]e$/.test(t.lower) && tokens[k - 1]?.lower === 'air') return true;
    }
    return false;
  }
  /** "missile defence", "missile non-proliferation": a compound naming something else. */
  otherCompound(last: number): boolean {
    const { tokens } = this;
    let k = last + 1;
    while (tokens[k]?.transparent || (tokens[k]?.lower === 'non' && tokens[k + 1]?.transparent)) k++;
    return OTHER_COMPOUND.test(tokens[k]?.lower ?? '');
  }
  /**
   * "the deployment of missiles": a one-word head noun whose "of" names another demand's subject
   * belongs to that demand.
   */
  headOfOther(s: TokenMatch<string>, demand: string, subjects: ReadonlyArray<TokenMatch<string>>): boolean {
    const { tokens } = this;
    return (
      s.first === s.last &&
      tokens[s.last + 1]?.lower === 'of' &&
      subjects.some(
        (x) =>
          x.first >= s.last + 2 &&
          x.first <= s.last + 4 &&
          !x.values.some((v) => v.replace(/[!?~]$/, '') === demand),
      )
    );
  }
  /**
   * "NATO plans to expand its presence in Romania", "enlarge its footprint": a one-word subject that is a
   * verb of growing, whose object, past a determiner (and a word), is another demand's subject, grows that
   * thing: it is no mention of its own demand (the alliance growing its membership).
   */
  verbOnOther(s: TokenMatch<string>, demand: string, subjects: ReadonlyArray<TokenMatch<string>>): boolean {
    const { tokens } = this;
    // (Only past a determiner of the object: "missile deployments", "growing in eastern Europe" are no
    // verb and its object.)
    if (
      s.first !== s.last ||
      !GROWTH_VERB.test(tokens[s.first]?.lower ?? '') ||
      !OBJECT_OPENER.test(tokens[s.last + 1]?.lower ?? '')
    )
      return false;
    const start = s.last + 2;
    return subjects.some(
      (x) =>
        x.first >= start &&
        x.first <= start + 1 &&
        !x.values.some((v) => v.replace(/[!?~^]$/, '') === demand),
    );
  }
  /**
   * "halt the admission of any new members", "stop admitting new members": a subject in the of-phrase
   * or the object of a mention of the same demand is part of that mention, not a second one read on
   * its own (where "new members", the opposite's words, would turn the demand round).
   */
  ofMention(s: TokenMatch<string>, demand: string): boolean {
    const { tokens, mentions } = this;
    let k = s.first - 1;
    while (k > 0 && /^(?:any|the|all|more|further|its|their)$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower === 'of') k--;
    const head = mentions.find((m) => m.demand === demand && m.last === k);
    if (!head) return false;
    head.last = s.last;
    return true;
  }
  /** "limits on where they place missiles", "talks about how NATO deploys": a question after a topic's preposition. */
  askedAbout(first: number): boolean {
    const { tokens } = this;
    let k = first - 1;
    while (
      k > first - 3 &&
      /^(?:to|they|we|it|nato|the|its|their|both|sides|allies|alliance|russia)$/.test(tokens[k]?.lower ?? '')
    )
      k--;
    return (
      /^(?:where|how|whether|when)$/.test(tokens[k]?.lower ?? '') &&
      TOPIC_BEFORE.has(tokens[k - 1]?.lower ?? '')
    );
  }
  /**
   * "made no pledges on NATO's open-door policy", "a commitment regarding the open door": the
   * opposite's words after a pledge's topic preposition name what the pledge would be about, not
   * what is pledged (the pledge sought would curb it).
   */
  pledgeTopic(first: number): boolean {
    const { tokens } = this;
    let k = first - 1;
    while (
      k > first - 5 &&
      (tokens[k]?.transparent ||
        /^(?:the|its|their|a|an|any|['’]s|nato|alliance|allies|bloc)$/.test(tokens[k]?.lower ?? ''))
    )
      k--;
    return TOPIC_BEFORE.has(tokens[k]?.lower ?? '') && PLEDGE_NOUN.test(tokens[k - 1]?.lower ?? '');
  }
  /**
   * "a six-week full ceasefire", "a complete truce for 42 days", "a truce lasting a few days": a truce
   * set for a span of time is a pause, whatever word before it calls it full or complete; it is not the
   * lasting end a demand's wording of a truce names.
   */
  truceForASpan(first: number, last: number): boolean {
    const { tokens } = this;
    if (!tokens.slice(first, last + 1).some((t) => /^(?:truce|ceasefire|cease|calm|pause)$/.test(t.lower)))
      return false;
    // ("a six-week …", "a 42-day …", "a forty-two-day …".)
    let k = first - 1;
    if (
      SPAN_UNIT.test(lowerAt(tokens, k)) &&
      lowerAt(tokens, k - 1) === '-' &&
      SPAN_COUNT.test(lowerAt(tokens, k - 2))
    )
      return true;
    // ("… for six weeks", "… lasting a few days", "… of 42 days".)
    k = last + 1;
    if (!/^(?:for|lasting|of)$/.test(lowerAt(tokens, k))) return false;
    k++;
    while (
      /^(?:a|an|the|first|initial|further|another|few|more)$/.test(lowerAt(tokens, k)) &&
      !SPAN_UNIT.test(lowerAt(tokens, k + 1))
    )
      k++;
    return (
      SPAN_COUNT.test(lowerAt(tokens, k)) &&
      (SPAN_UNIT.test(lowerAt(tokens, k + 1)) ||
        (lowerAt(tokens, k + 1) === '-' && SPAN_UNIT.test(lowerAt(tokens, k + 2))))
    );
  }
  doorToTalks(first: number, last: number): boolean {
    const { tokens } = this;
    if (!tokens.slice(first, last + 1).some((t) => /^doors?$/.test(t.lower))) return false;
    let k = last + 1;
    // ("kept the door open to dialogue": the matched "the door" stops before "open".)
    while (tokens[k]?.transparent || /^(?:open|wide|ajar)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!/^(?:to|for)$/.test(tokens[k]?.lower ?? '')) return false;
    k++;
    while (/^(?:the|a|an|further|more|new|serious|direct)$/.test(tokens[k]?.lower ?? '')) k++;
    return /^(?:talks?|talking|dialogue|diplomacy|negotiations?|discussions?|contacts?|consultations?|cooperation)$/.test(
      tokens[k]?.lower ?? '',
    );
  }
  /**
   * "assurances that Ukraine and Georgia will never be admitted", "insisting that Kyiv never be let in": a
   * passive admission whose clause opens on parties the demand is neither proposed by nor put to (names
   * joined by "and", "or", "nor") names the states whose admission the demand is about, as an anchor
   * would. Not a party after a preposition ("refugees from Ukraine will not be admitted"), nor with a
   * second such party elsewhere in the sentence (the European Union deciding on Ukraine's admission).
   */
  outsiderAdmitted(demand: string, first: number, last: number): boolean {
    const { tokens, actors, compiled } = this;
    if (tokens[first]?.lower !== 'be' || last === first) return false;
    const proposers = compiled.proposers.get(demand) ?? new Set<string>();
    const addressees = compiled.addressees.get(demand) ?? new Set<string>();
    if (proposers.size === 0 || addressees.size === 0) return false;
    const outsider = (a: ActorMention): boolean =>
      a.parties.length > 0 && a.parties.every((p) => !proposers.has(p) && !addressees.has(p));
    let k = first - 1;
    while (
      k >= 0 &&
      /^(?:not|never|ever|to|n't)$|^(?:will|would|shall|should|must|can|could|may|might)$/.test(
        tokens[k]?.lower ?? '',
      )
    )
      k--;
    const group: ActorMention[] = [];
    let names = 0;
    for (;;) {
      const actor = actors.find((a) => a.last === k);
      if (actor) {
        if (actor.kind !== 'name' || !outsider(actor)) return false;
        group.push(actor);
        k = actor.first - 1;
      } else if (tokens[k]?.capital && tokens[k]?.word) k--;
      else return false;
      names++;
      if (!/^(?:and|or|nor|,)$/.test(tokens[k]?.lower ?? '')) break;
      k--;
    }
    if (/^(?:neither|either|both)$/.test(tokens[k]?.lower ?? '')) k--;
    // (Not the object of a preposition: "refugees from Ukraine", "citizens of Georgia".)
    if (PREPOSITION_BEFORE_NAME.test(tokens[k]?.lower ?? '') || group.length === 0 || names > 4) return false;
    const parties = new Set(group.flatMap((a) => a.parties));
    return !actors.some((a) => !group.includes(a) && outsider(a) && a.parties.some((p) => !parties.has(p)));
  }
  /** Whether nothing but an adverb follows the subject in its clause: "will never join.", "becoming a member, …". */
  closesClause(last: number): boolean {
    const { tokens } = this;
    let k = last + 1;
    while (tokens[k]?.transparent || /^(?:ever|again|either|too|now|yet|soon)$/.test(tokens[k]?.lower ?? ''))
      k++;
    const next = tokens[k];
    return (
      !next || (!next.word && next.text !== '-') || /^(?:and|or|but|unless|until|while)$/.test(next.lower)
    );
  }
  /**
   * "The call for a written promise that Kyiv will never be admitted has been turned down": a clause
   * after a pledge or demand noun and "that" ends where the main clause's auxiliary follows it. Only a
   * noun's "that" (not a verb's: "said that …"), the auxiliary right after the verb.
   */
  complementEnds(first: number, last: number): boolean {
    const { tokens } = this;
    if (!/^(?:has|have|had|was|were|is|are|remains|remained)$/.test(tokens[last + 1]?.lower ?? ''))
      return false;
    for (let k = first - 1; k >= Math.max(0, first - 10); k--) {
      const w = tokens[k]?.lower ?? '';
      if (!tokens[k]?.word || /^(?:has|have|had|was|were|is|are)$/.test(w)) return false;
      if (w === 'that') return COMPLEMENT_NOUN.test(tokens[k - 1]?.lower ?? '');
    }
    return false;
  }
  /** "troops (deployed) along/near/on the border": the words after a subject place it at a border. */
  atBorder(last: number): boolean {
    const { tokens } = this;
    for (let k = last + 1; k <= last + 4 && k < tokens.length; k++) {
      const w = tokens[k]?.lower ?? '';
      if (/^(?:along|near|at|on|from)$/.test(w)) {
        // Ukraine's border, or "along the border" (not "near Russia's borders", where NATO's forces are the demand's).
        // ("pulling troops back from the Ukrainian border", "… from the border with Ukraine": the build-up's.)
        let ukraine = false;
        for (let b = k + 1; b <= k + 4 && b < tokens.length; b++) {
          const x = tokens[b]?.lower ?? '';
          if (/^ukrain/.test(x)) ukraine = true;
          if (/^(?:border|borders|frontier|frontiers)$/.test(x))
            return (
              ukraine ||
              w === 'along' ||
              (tokens[b + 1]?.lower === 'with' && /^ukrain/.test(tokens[b + 2]?.lower ?? ''))
            );
        }
        return false;
      }
    }
    return false;
  }
  /** "missile deployments in Eastern Europe": a head noun whose modifier names another demand's subject is that demand's. */
  modifiedByOther(
    s: TokenMatch<string>,
    demand: string,
    subjects: ReadonlyArray<TokenMatch<string>>,
  ): boolean {
    return (
      s.first === s.last &&
      subjects.some(
        (x) => x.last === s.first - 1 && !x.values.some((v) => v.replace(/[!?~]$/, '') === demand),
      )
    );
  }
  /**
   * "the role of the European court ended": after a subject's "of" (at `of`), another subject of the
   * same demand is the same thing named again; a restriction after it ends both. Where it ends, or `end`.
   */
  ofSubjectEnd(of: number, demand: string, end: number): number {
    const { tokens, compiled } = this;
    const subjectSpans = (this.subjectSpans ??= compiled.subjects.find(tokens));
    const start = DETERMINER.has(tokens[of + 1]?.lower ?? '') ? of + 2 : of + 1;
    const inner = subjectSpans.find(
      (x) =>
        x.first <= start + 1 &&
        x.first >= start &&
        x.last + 1 > end &&
        x.values.some((v) => v === demand || v === `${demand}!`),
    );
    return inner ? inner.last + 1 : end;
  }

  /** Whether the subject at `from` is followed by more items of a list (", …" or "and …" after it). */
  listContinuesAfter(from: number): boolean {
    const { tokens } = this;
    for (let k = from + 1; k <= from + 3 && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.text === ',' || t.lower === 'and' || t.lower === 'or') return true;
      if (!t.word) return false;
    }
    return false;
  }
  /** The end of a coordinated list of subjects from `from` (", weapons and equipment of the alliance"), or `from`. */
  coordinatedTail(from: number): number {
    const { tokens, compiled, actors } = this;
    const subjectSpans = (this.subjectSpans ??= compiled.subjects.find(tokens));
    let k = from;
    let end = from;
    let sawCoordinator = false;
    while (k < tokens.length && k < from + 10) {
      const t = tokens[k] as Token;
      const subject = subjectSpans.find((x) => k >= x.first && k <= x.last);
      const actor = actors.find((a) => k >= a.first && k <= a.last);
      if (t.text === ',' || COORDINATORS.has(t.lower)) {
        if (COORDINATORS.has(t.lower)) sawCoordinator = true;
        k++;
      } else if (subject) {
        k = subject.last + 1;
        if (sawCoordinator) end = k;
      } else if (
        actor &&
        (actor.kind === 'adjective' ||
          tokens[actor.first - 1]?.lower === 'of' ||
          tokens[actor.first - 2]?.lower === 'of')
      ) {
        k = actor.last + 1;
        if (sawCoordinator) end = k;
      } else if (!actor && (t.transparent || (SKIPPABLE.has(t.lower) && !AFTER_FILLER.has(t.lower)))) {
        k++;
        if (sawCoordinator && end > from) end = k;
      } else break;
    }
    return sawCoordinator ? end : from;
  }

  /**
   * "the duties on Chinese exports removed", "tariffs on Sarnian steel be lifted": the end of a phrase
   * after the subject that names one of the demand's anchors (with its preposition), or `from`.
   */
  anchorPhraseEnd(from: number, demand: string): number {
    const { tokens, anchors, actors } = this;
    let k = from;
    if (ANCHOR_PREPOSITION.test(tokens[k]?.lower ?? '')) k++;
    if (k > from && DETERMINER.has(tokens[k]?.lower ?? '')) k++;
    // ("tariffs on Sarnian steel": a party's adjective before the anchor.)
    const owner = k > from ? actors.find((a) => a.first === k) : undefined;
    if (owner && !anchors.some((a) => a.first === k && a.values.includes(demand))) k = owner.last + 1;
    const anchor = anchors.find((a) => a.values.includes(demand) && (a.first === k || a.first === from));
    return anchor && anchor.last >= k ? anchor.last + 1 : from;
  }

  /**
   * The end of a short place or owner phrase after a subject, where a passive restriction follows it
   * ("troops stationed in some eastern European states be pulled back", "the Bucharest promise of
   * membership to Ukraine has to be taken back"), or `from` when none does.
   */
  /**
   * "All sanctions, whatever their label, have to be removed", "the war, in our view, must end": past a
   * short aside set off by two commas right after the subject, where an obligation ("must", "should",
   * "has to", "need to", "ought to") resumes the subject's clause. The index after the closing comma, or
   * `from`. (An aside of words only, holding no restriction of the demand; not one opened by a word that
   * starts a clause of its own, "but", "while", "if", "and".)
   */
  obligationAsideEnd(from: number, demand: string): number {
    const { tokens, restrictions, actors } = this;
    if (tokens[from]?.text !== ',' || ASIDE_OPENER.test(tokens[from + 1]?.lower ?? '')) return from;
    let k = from + 1;
    while (k < tokens.length && k <= from + 7 && tokens[k]?.text !== ',') {
      const t = tokens[k] as Token;
      if (!t.word && !t.transparent) return from;
      // (Not an aside naming a party: "…, in Moscow's view, …", "…, Hamas said, …" say whose it is.)
      if (actors.some((a) => a.first === k)) return from;
      if (
        restrictions.some(
          (r) => r.first === k && (r.values.includes(demand) || r.values.includes(`${demand}>`)),
        )
      )
        return from;
      k++;
    }
    if (tokens[k]?.text !== ',' || k === from + 1) return from;
    const next = tokens[k + 1]?.lower ?? '';
    const obliged =
      OBLIGATION.test(next) || (/^(?:has|have|needs?|ought)$/.test(next) && tokens[k + 2]?.lower === 'to');
    return obliged ? k + 1 : from;
  }

  passivePhraseEnd(from: number, demand?: string): number {
    const { tokens, actors, restrictions, anchors } = this;
    let k = from;
    if (PLACED.test(tokens[k]?.lower ?? '')) k++;
    // ("deployments by allies in the eastern member states be capped": an agent phrase the place follows.)
    const agent =
      tokens[k]?.lower === 'by' &&
      (ALLIES_AGENT.test(tokens[k + 1]?.lower ?? '') || actors.some((a) => a.first === k + 1)) &&
      POST_PREPOSITION.test(tokens[(actors.find((a) => a.first === k + 1)?.last ?? k + 1) + 1]?.lower ?? '');
    if (!agent && !POST_PREPOSITION.test(tokens[k]?.lower ?? '')) return from;
    k++;
    const limit = k + (agent ? 10 : 8);
    while (k < tokens.length && k < limit) {
      const t = tokens[k] as Token;
      const actor = actors.find((a) => k >= a.first && k <= a.last);
      if (actor) k = actor.last + 1;
      else if (PASSIVE_START.has(t.lower)) break;
      // ("in the alliance's eastern member states": a possessive's mark.)
      else if (t.transparent) k++;
      // "the hostages held in Gaza set free": after a place that is one of the demand's anchors, a
      // restriction the demand reads on either side of its subject (not one read only after it) ends
      // the phrase as a passive does.
      else if (
        demand &&
        restrictions.some((r) => r.first === k && r.values.includes(demand)) &&
        anchors.some((a) => a.first > from && a.last < k && a.values.includes(demand))
      )
        return k;
      else if (
        t.word &&
        !HARD_STOP.has(t.text) &&
        (t.capital ||
          /^\d+$/.test(t.text) ||
          PHRASE_WORD.has(t.lower) ||
          POST_PREPOSITION.test(t.lower) ||
          (SKIPPABLE.has(t.lower) && !AFTER_FILLER.has(t.lower)))
      )
        k++;
      else return from;
    }
    // Only a passive verb group: "… be pulled back", "… has to be withdrawn".
    const rest = tokens.slice(k, k + 4).map((t) => t.lower);
    return PASSIVE_START.has(rest[0] ?? '') && rest.some((w) => w === 'be' || w === 'been') ? k : from;
  }

  /**
   * "remove all the relevant illegal unilateral sanctions", "the lifting of remaining sanctions": up to
   * three content words between a determiner (or "of") and the subject modify it, whatever they are, so a
   * restriction reaches across them. Where they start, or `from` if none.
   */
  premodifiersBefore(from: number, demand: string): number {
    const { tokens, actors, restrictions, taken, isCue } = this;
    let k = from - 1;
    // (A hyphenated compound counts as one word, a capitalised part of it too: "the post-Brexit controls".)
    let words = 0;
    while (
      k >= 0 &&
      (hyphenJoint(tokens, k) ||
        (words < 3 &&
          (/^[a-z][a-z-]*$/.test((tokens[k] as Token).text) ||
            ((hyphenJoint(tokens, k - 1) || hyphenJoint(tokens, k + 1)) &&
              /^\p{Lu}[\p{L}]*$/u.test((tokens[k] as Token).text))) &&
          !FUNCTION_WORD.test((tokens[k] as Token).lower) &&
          !PREMODIFIER_OPENER.test((tokens[k] as Token).lower) &&
          !isCue.get(k) &&
          !taken.has(k) &&
          !restrictions.some((r) => k >= r.first && k <= r.last && r.values.includes(demand)) &&
          !actors.some((a) => k >= a.first && k <= a.last)))
    ) {
      if (!hyphenJoint(tokens, k) && !hyphenJoint(tokens, k + 1)) words++;
      k--;
    }
    const owner = partyDeterminerAt(tokens, actors, k);
    if (owner ? false : k === from - 1 || !PREMODIFIER_OPENER.test(tokens[k]?.lower ?? '')) return from;
    // ("not all the parties would quit", "cut the costs steel exports carry": a plural noun there is the
    // head of a phrase of its own, the subject its verb or its relative clause.)
    if (tokens.slice(k + 1, from).some((t) => /[^siu]s$/.test(t.lower))) return from;
    return owner ? owner.first : k + 1;
  }

  /**
   * "limits on troops and missiles", "restrictions on where troops and missiles may go": a plural noun
   * joined to the subject by a lone "and"/"or" shares the restriction before it. Only right before the
   * coordinator that opens the subject (not "pull back troops and deploy missiles", not past a comma).
   */
  joinedNoun(j: number, modifiersFrom: number, count: number): boolean {
    const { tokens, isCue } = this;
    const t = tokens[j] as Token;
    return (
      count === 0 &&
      COORDINATORS.has(tokens[j + 1]?.lower ?? '') &&
      j + 2 >= modifiersFrom &&
      /^[a-z]{3,}[^s]s$/.test(t.text) &&
      !isCue.get(j)
    );
  }

  /** Restrictions before token `from` for `demand`: an odd count states the demand ("halt", "never admit"). */
  walkBack(from: number, demand: string, subjectLast = -1) {
    const { text, tokens, actors, cueMatches, mentions, taken, anchors, restrictions, isCue } = this;
    let count = 0;
    let first = from;
    let cueCapableAt: number | null = null;
    const used: string[] = [];
    let j = from - 1;
    let steps = 0;
    let sawCoordinator = false;
    // ("…pull back troops, and missiles are a worry": ", and" before a subject with a verb of its own.)
    let commaCoordinator = false;
    let lastRestrictionFirst = -1;
    // ("the absence of Tomahawk cruise missiles": the head reads its noun group's opening subject.)
    let nounGroup = false;
    const modifiersFrom = this.premodifiersBefore(from, demand);
    while (j >= 0 && steps < RESTRICTION_WINDOW) {
      const t = tokens[j] as Token;
      // "…not expand into more states, or deploy missiles": a comma before "and"/"or" joins a list.
      if (t.text === ',' && COORDINATORS.has(tokens[j + 1]?.lower ?? '')) {
        if (count === 0) commaCoordinator = true;
        j--;
        continue;
      }
      // "not to deploy troops, missile systems, aircraft and warships": an item in the middle of a
      // list of three or more shares the restriction before the first item.
      if (t.text === ',' && j + 1 === from && this.listContinuesAfter(from)) {
        let k = j - 1;
        while (
          k >= 0 &&
          j - k <= 3 &&
          tokens[k]?.word &&
          !isCue.get(k) &&
          !restrictions.some((x) => x.last === k) &&
          !actors.some((a) => k >= a.first && k <= a.last)
        )
          k--;
        if (k < j - 1) {
          sawCoordinator = true;
          steps += j - k;
          j = k;
          continue;
        }
      }
      // "to free 5,000 Taliban prisoners": the comma that groups a number's digits is part of the
      // number, not a stop between the restriction and its subject.
      if (digitGroupComma(tokens, j)) {
        j--;
        continue;
      }
      if (HARD_STOP.has(t.text)) break;
      // "confirm the absence of Tomahawk cruise missiles": a subject of the demand, one or two plain
      // modifiers, then this head make one noun group; the head takes the restriction its opener read.
      if (count === 0 && j === from - 1 && !nounGroup) {
        const opener = nounGroupOpener(
          tokens,
          from,
          (i) =>
            taken.has(i) && mentions.some((m) => m.last === i && m.demand === demand && m.kind === 'frame'),
          (i) =>
            isCue.get(i) === true || taken.has(i) || restrictions.some((r) => i >= r.first && i <= r.last),
        );
        if (opener >= 0) {
          nounGroup = true;
          steps += j - opener;
          j = opener;
          continue;
        }
      }
      // "keep its missiles away from Russia and scale back its forces": past a restriction already
      // found, a coordinator opens another verb phrase unless a restriction stands right before it
      // ("halt and pull back").
      if (COORDINATORS.has(t.lower) && count > 0) {
        let p = j - 1;
        while (tokens[p]?.text === ',') p--;
        if (!restrictions.some((x) => x.last === p && x.values.includes(demand))) break;
      }
      // "said Beijing had promised to tackle X, and that the agreement gave …": a coordinator before
      // "that" and a clause's subject joins two reported clauses, not two objects of one restriction.
      if (COORDINATORS.has(t.lower) && thatClauseAfter(tokens, j)) break;
      if (COORDINATORS.has(t.lower)) sawCoordinator = true;
      // "…will not expand into more states, or deploy missiles": a negation before the first verb of
      // an "or" list covers every verb in it (not "and": "will not expand and will deploy").
      if (count === 0 && (t.lower === 'or' || t.lower === 'nor')) {
        const negated = mentions.find(
          (m) =>
            m.kind === 'frame' &&
            m.direction === 1 &&
            m.last < j &&
            j - m.last <= 12 &&
            NEGATION_OPENERS.test((tokens[m.first] as Token).lower) &&
            !tokens.slice(m.last + 1, j).some((x) => HARD_STOP.has(x.text) && x.i !== j - 1),
        );
        if (negated) {
          count = 1;
          used.unshift(`(${negated.match})`);
          break;
        }
      }
      if (taken.has(j)) {
        // "Russia wants NATO to pull back troops, and missiles are a worry": after ", and" a subject
        // followed by a verb of its own opens another clause; the restriction does not reach into it.
        if (commaCoordinator && count === 0 && opensOwnClause(tokens, subjectLast)) break;
        // "a ban on NATO expansion and offensive weapons": coordinated subjects share the restriction.
        // "non-deployment of strike weapons": a subject right after the demand's own phrase is its object.
        const other = mentions.find(
          (m) => j >= m.first && j <= m.last && (sawCoordinator || m.demand === demand),
        );
        // (Not one tied to its demand only by its proposer wanting it done: "wants enlargement frozen and
        // weapons taken out of …" says nothing of which weapons.)
        const restricted =
          other &&
          other.direction === 1 &&
          !other.heldByProposer &&
          (other.kind === 'phrase' || other.match.includes(' + '));
        if (other && restricted && count === 0 && (sawCoordinator || other.kind === 'phrase' || nounGroup)) {
          count = 1;
          used.unshift(`(${other.match})`);
        }
        break;
      }
      if (t.transparent) {
        j--;
        continue;
      }
      if (j >= modifiersFrom) {
        j--;
        steps++;
        continue;
      }
      // "stop groups like al-Qaeda from …", "deny groups such as ISIS a haven": the class the example
      // belongs to is the restriction's object, the example inside it.
      const classFirst = count === 0 && j === from - 1 ? classExampleStart(tokens, j) : -1;
      if (classFirst >= 0) {
        steps += j - classFirst + 1;
        j = classFirst - 1;
        continue;
      }
      // "clear away the obstacles", "strip away the curbs": "away" after a restriction adds nothing to it.
      if (t.lower === 'away' && restrictions.some((x) => x.last === j - 1 && x.values.includes(demand))) {
        j--;
        steps++;
        continue;
      }
      // A restriction ending here, or one running into the subject ("not deploy" + "deploy … weapons").
      // The longest restriction hides shorter ones at its start: "not to deploy" (another demand's)
      // hides "not" in "not to deploy offensive weapons", so one running into the subject counts too.
      const r =
        restrictions.find((x) => x.last === j && x.values.includes(demand)) ??
        restrictions.find((x) => x.first === j && x.last >= from && x.values.includes(demand));
      // ("Washington acted against commitments it gave", "went against its pledges": acting against an
      // undertaking is breaking it; it restricts nothing the demand names.)
      if (r && count === 0 && actingAgainstUndertaking(tokens, r.last, from)) break;
      // "big powers must not choose the security policy small states follow": others barred from choosing
      // for a country is the principle of its own choice, not its opposite; the negation is no restriction.
      if (
        j === from - 1 &&
        (r ? r.first === r.last : CONTRACTED_NEGATION.test(t.lower)) &&
        NEGATION_OPENERS.test(t.lower) &&
        othersBarredFromChoosing(tokens, j, from)
      )
        break;
      // "wants enlargement frozen and weapons taken out": a participle right after a noun, before the
      // coordinator, is what that noun is to become; it does not reach across to the next item.
      if (r && count === 0 && sawCoordinator && participleOfNounBefore(tokens, r, actors)) break;
      if (r || CONTRACTED_NEGATION.test(t.lower)) {
        const rFirst = r ? r.first : j;
        const alsoCue = isCue.get(rFirst) === true;
        // A word that is both ("refuse", "rule out") is the sentence's cue unless another cue precedes it.
        // Only a cue of the same clause counts: "rejected the demands, refusing to ban …" has its own verb.
        // A demand noun before it ("Russia's call for guarantees against …") is such a cue too.
        if (
          alsoCue &&
          !cueMatches.some(
            (c) =>
              c.last < rFirst &&
              sameClause(tokens, c, rFirst) &&
              !newPredicate(tokens, c, rFirst) &&
              !restrictions.some((x) => x.first === c.first),
          ) &&
          !this.carriersIn().some((c) => c.last < rFirst && sameClause(tokens, c, rFirst)) &&
          // "the agreements include NATO's rejection of expansion": an item a draft lists.
          !tokens.slice(Math.max(0, rFirst - 5), rFirst).some((x) => DRAFT_CONTENT.test(x.lower))
        ) {
          break;
        }
        // "neither Ukraine nor Georgia": one negation spread over a pair, not two. (So is "Neither Moscow
        // nor anyone else has a veto": the words walked back from open on the pair's "nor".)
        const neitherNor =
          t.lower === 'neither' && (used.some((u) => /^nor$/i.test(u)) || tokens[from]?.lower === 'nor');
        // "stop and roll back its deployments", "halt or reverse": verbs coordinated over one object
        // restrict it once, not twice.
        const between = lastRestrictionFirst > j ? tokens.slice(j + 1, lastRestrictionFirst) : [];
        const coordinated =
          between.length > 0 && between.every((x) => COORDINATORS.has(x.lower) || x.text === ',');
        // "return to the limits on enrichment", "keep the ban on …": a verb that restores or keeps a
        // restriction already counted affirms it; it does not undo it as "lift the ban" does.
        const affirming = count > 0 && (tokens[rFirst] as Token).keys.some((k) => AFFIRMING.has(k));
        if (!neitherNor && !coordinated && !affirming) count++;
        lastRestrictionFirst = rFirst;
        used.unshift(words(tokens, text, rFirst, j));
        if (alsoCue) cueCapableAt = rFirst;
        first = rFirst;
        steps += j - rFirst + 1;
        j = rFirst - 1;
        continue;
      }
      // A cue word used as a noun inside the demand ("abandon the intention to admit") does not end it.
      // So is "the 2008 decision to allow Ukraine to join": a permission inside the demand's content.
      // So is "shelve plans to admit": the restriction's own object (the whole cue "plans to" is read).
      const at = isCue.get(j) ? (cueMatches.find((c) => j >= c.first && j <= c.last)?.first ?? j) : j;
      const insideContent =
        SKIPPABLE.has((tokens[at] as Token).lower) &&
        (DETERMINER.has(tokens[at - 1]?.lower ?? '') ||
          // (not a bare negation: "no intention of deploying" is the sentence's cue, negated)
          restrictions.some(
            (x) =>
              x.last === at - 1 &&
              x.values.includes(demand) &&
              !NEGATION_OPENERS.test((tokens[x.first] as Token).lower),
          ) ||
          (tokens[at - 1]?.lower === 'to' &&
            SKIPPABLE.has(tokens[at - 2]?.lower ?? '') &&
            !isCue.get(at - 2)));
      if (isCue.get(j) && !insideContent) break;
      const actor = actors.find((a) => j >= a.first && j <= a.last);
      if (actor) {
        j = actor.first - 1;
        steps++;
        continue;
      }
      // "rule out expansion by NATO and the deployment of …": an agent phrase inside the first item.
      if (t.lower === 'by' && actors.some((a) => a.first === j + 1)) {
        j--;
        steps++;
        continue;
      }
      // "will not carry out military activity in …": the verb of carrying out what is restricted.
      if (t.lower === 'out' && /^(?:carry|carries|carried|carrying)$/.test(tokens[j - 1]?.lower ?? '')) {
        j -= 2;
        steps += 2;
        continue;
      }
      // "limits on where they could place missiles", "curbs on how many each side may deploy": the
      // subject of a clause of place or amount under a restriction noun is part of what it restricts.
      if (
        CLAUSE_PRONOUN.test(t.lower) &&
        /^(?:where|how|many|much)$/.test(tokens[j - 1]?.lower ?? '') &&
        /^(?:on|of|over)$/.test(tokens[tokens[j - 1]?.lower === 'where' ? j - 2 : j - 3]?.lower ?? '')
      ) {
        j--;
        steps++;
        continue;
      }
      // Names of places and people the ontology does not know ("Moldova") sit in the object too.
      // So do the demand's own anchor words: "tariffs on steel", "the steel tariffs".
      const anchorHere = anchors.some((x) => j >= x.first && j <= x.last && x.values.includes(demand));
      // ("denies Ukraine's hopes of joining": a hope a party is named as owning is its own, a cue of its
      // owner (owned-demands.ts); only "its hopes", "the application" is what the restriction gives up.)
      if (OWNED_WISH.test(t.lower) && /^['’]s$/.test(tokens[j - 1]?.text ?? '')) break;
      if (
        !SKIPPABLE.has(t.lower) &&
        !anchorHere &&
        !/^\d+$/.test(t.text) &&
        !t.capital &&
        !this.joinedNoun(j, modifiersFrom, count) &&
        !(count === 0 && coordinatedModifierAt(tokens, j, from, subjectLast))
      )
        break;
      j--;
      steps++;
    }
    // "whether a country should or should not join", "whether or not to admit": both ways, only the topic.
    const neg = used.length ? first : -1;
    const alternative =
      neg >= 1 &&
      NEGATION_OPENERS.test((tokens[neg] as Token).lower) &&
      (tokens[neg - 1]?.lower === 'or' ||
        (MODALS.has(tokens[neg - 1]?.lower ?? '') && tokens[neg - 2]?.lower === 'or') ||
        (tokens[neg]?.lower === 'cannot' && tokens[neg - 1]?.lower === 'or'));
    return { count, first, cueCapableAt, used, alternative };
  }

  /** Restrictions after the subject at `subjectFirst`: "US forces to withdraw", "enlargement must not be halted". */
  /** A subject joined by "or" to a restriction of the demand: "admit or refuse", "refuse or admit". */
  offeredWithItsOpposite(first: number, last: number, demand: string): boolean {
    const { tokens, restrictions } = this;
    if (
      tokens[last + 1]?.lower === 'or' &&
      restrictions.some((r) => r.first === last + 2 && r.values.includes(demand))
    )
      return true;
    return (
      tokens[first - 1]?.lower === 'or' &&
      restrictions.some((r) => r.last === first - 2 && r.values.includes(demand))
    );
  }

  /**
   * "Israel wants the hostages to come home", "urged the troops to leave Gaza": the subject at
   * `subjectFirst` is the object of a verb of wanting or urging, and "to" follows it (at `from`), so what
   * comes after is what that verb's subject wants done — the demand itself, whoever owns the subject.
   */
  wantedDoer(subjectFirst: number, from: number): boolean {
    const { tokens } = this;
    if (tokens[from]?.lower !== 'to') return false;
    let k = subjectFirst - 1;
    while (k >= 0 && WANTED_DETERMINER.has(tokens[k]?.lower ?? '')) k--;
    return WANTING_DOER.test(tokens[k]?.lower ?? '');
  }

  /** A restriction of `demand` starting at `at`, no cue's word. */
  private demandRestrictionAt(at: number, demand: string): boolean {
    return this.restrictions.some(
      (x) => x.first === at && x.values.includes(demand) && !this.isCue.get(x.first),
    );
  }

  afterAt(from: number, demand: string, subjectFirst: number, strong = false) {
    const { tokens, restrictions, isCue } = this;
    let k = from;
    let negations = 0;
    let obliged = false;
    while (k < tokens.length && k <= from + 4) {
      const t = tokens[k] as Token;
      if (OBLIGATION.test(t.lower)) obliged = true;
      if (t.transparent || AFTER_FILLER.has(t.lower) || mannerAdverb(t.lower)) k++;
      // "the drills should stay suspended", "must remain closed": staying in a state is being in it.
      else if (STAYING.test(t.lower) && /^[a-z]{3,}(?:ed|en)$/.test(tokens[k + 1]?.lower ?? '')) k++;
      // "has to be taken back", "needs to go", told in the past "had to be renewed": obligation, as "must".
      else if (/^(?:has|have|had|needs?|needed|ought)$/.test(t.lower) && tokens[k + 1]?.lower === 'to') {
        obliged = true;
        k += 2;
      } else if (
        t.lower === 'not' ||
        t.lower === 'never' ||
        t.lower === 'cannot' ||
        CONTRACTED_NEGATION.test(t.lower)
      ) {
        negations++;
        k++;
      } else if (BOTH_EITHER.test(t.lower) && PARTICIPLE.test(tokens[k + 1]?.lower ?? '')) k++;
      else break;
    }
    // "the deal ought to be lengthened and widened", "should be both extended and expanded": past
    // participles coordinated after the subject each say what it is to become; the later one counts too.
    if (!this.demandRestrictionAt(k, demand) && PARTICIPLE.test(tokens[k]?.lower ?? '')) {
      const next = coordinatedParticiple(tokens, k);
      if (next > k && this.demandRestrictionAt(next, demand)) k = next;
    }
    const r = restrictions.find(
      (x) =>
        x.first === k &&
        (x.values.includes(demand) ||
          (x.values.includes(`${demand}>`) &&
            ((obliged && strong && negations === 0) ||
              this.ownedByOther(demand, subjectFirst) ||
              (negations === 0 && this.wantedDoer(subjectFirst, from))))) &&
        !isCue.get(x.first) &&
        // ("incursions left large areas under occupation", "the shelling left towns in ruins": hostilities,
        // which go nowhere, leaving something in a state; no forces leaving.)
        !(
          /^(?:leave|leaves|left|leaving)$/.test(tokens[x.first]?.lower ?? '') &&
          (HOSTILITIES.test(tokens[subjectFirst]?.lower ?? '') ||
            HOSTILITIES.test(tokens[from - 1]?.lower ?? ''))
        ) &&
        // ("the court must go on with its work", "talks will go ahead": a verb of motion with its particle.)
        !(
          x.first === x.last &&
          /^(?:go|goes|going|gone|went)$/.test(tokens[x.first]?.lower ?? '') &&
          GOING_ON.test(tokens[x.last + 1]?.lower ?? '')
        ),
    );
    return { k, negations, r };
  }
}

/** "acted against commitments", "go against its own promises": "against" ending a restriction right before an undertaking. */
function actingAgainstUndertaking(tokens: readonly Token[], last: number, subject: number): boolean {
  if (tokens[last]?.lower !== 'against' || !UNDERTAKING_NOUN.test(tokens[subject]?.lower ?? '')) return false;
  for (let k = last + 1; k < subject; k++)
    if (
      !/^(?:the|its|their|his|her|our|own|these|those|earlier|previous|past|solemn)$/.test(
        tokens[k]?.lower ?? '',
      )
    )
      return false;
  return true;
}
const UNDERTAKING_NOUN = wordSet(
  /^(?:commitments?|pledges?|promises?|obligations?|undertakings?|assurances?|agreements?|accords?|rules)$/,
);

/** Nouns of hostilities: what they leave behind is a state of things, not a place they withdraw from. */
const HOSTILITIES =
  /^(?:incursions?|encroachments?|attacks?|offensives?|assaults?|raids?|shelling|bombing|bombardment|fighting|war|wars|clashes|invasion|escalation|hostilities|violence)$/;

/** Whether no hard stop (comma, semicolon, dash …) stands between a cue and the token `at`. */
/**
 * Whether a cue ending at `c.last` stands in the clause of the word at `at`. So does a cue putting
 * forward a list ("put forward proposals: refusing to expand NATO, …"): a restriction opening an item
 * after its colon is part of the item.
 */
const sameClause = (
  tokens: readonly Token[],
  c: { last: number; values: readonly unknown[] },
  at: number,
): boolean =>
  !tokens
    .slice(c.last + 1, at)
    .some((x) => HARD_STOP.has(x.text) && !(x.text === ':' && x.i === at - 1 && c.values[0] === 'supports'));

/**
 * Whether the word at `at` opens a predicate of its own after the cue `c`: "agreed to discuss missile
 * limits but ruled out any halt to enlargement", "offered talks and rejected …" — a verb coordinated
 * by "but"/"yet" (or by "and" in the past tense) is the cue of its own object, not a second
 * restriction inside the first verb's.
 */
const newPredicate = (tokens: readonly Token[], c: { last: number }, at: number): boolean =>
  tokens.slice(c.last + 1, at).some((x) => x.lower === 'but' || x.lower === 'yet') ||
  (tokens[at - 1]?.lower === 'and' && /ed$/.test(tokens[at]?.lower ?? '') && at - 1 > c.last + 1);

/**
 * Where "if we" opens a counterfactual turned on the other side before the word at `first` ("What would
 * the Americans say if we put our missiles …"): the index of "if", or -1. A "would" must come shortly
 * before it — with a verb of reacting right after it when `reacting` is asked for.
 */
export function counterfactualIf(tokens: readonly Token[], first: number, reacting: boolean): number {
  const ifAt = tokens.findIndex(
    (t, k) => k < first && k >= first - 7 && t.lower === 'if' && tokens[k + 1]?.lower === 'we',
  );
  if (ifAt < 0) return -1;
  const asked = tokens
    .slice(Math.max(0, ifAt - 8), ifAt)
    .some(
      (t, k, a) =>
        t.lower === 'would' &&
        (!reacting || /^(?:say|do|react|respond|think|feel)$/.test(a[k + 2]?.lower ?? a[k + 1]?.lower ?? '')),
    );
  // "What if we put missiles in Canada or Mexico?": the bare question asks it too.
  const whatIf = tokens[ifAt - 1]?.lower === 'what';
  return asked || whatIf ? ifAt : -1;
}

/** A right or a freedom: "the right of every nation to", "is entitled to", "free to", "freedom to". */
const ENTITLEMENT = wordSet(/^(?:right|rights|entitled|free|freedom|freedoms|prerogative)$/);

/**
 * Whether a right or a freedom governs the wording at `first` ("the right of every country to choose its
 * own future", "Kyiv is entitled to decide its own course", "free to decide on its own security"): a weak
 * opposite so worded states the principle itself, and a document that has named the demand's anchor
 * before is talking about that demand — the sentence need not name the anchor again. The wording starts
 * with the right ("right to decide how …") or follows "to" that the right (with an "of …" holder between,
 * within the clause) opens.
 */
function entitledTo(tokens: readonly Token[], first: number): boolean {
  if (ENTITLEMENT.test(tokens[first]?.lower ?? '')) return true;
  if (tokens[first - 1]?.lower !== 'to') return false;
  for (let k = first - 2; k >= Math.max(0, first - 8); k--) {
    const t = tokens[k] as Token;
    if (HARD_STOP.has(t.text)) return false;
    if (ENTITLEMENT.test(t.lower))
      return (
        k === first - 2 ||
        (tokens[k + 1]?.lower === 'of' && !tokens.slice(k + 2, first - 1).some((x) => x.lower === 'to'))
      );
  }
  return false;
}

/**
 * Subjects a document named with one of their demand's anchors ("an IAEA inquiry"), by demand and
 * wording, with the index of the sentence that did; `sentence` is the sentence being read.
 */
export interface DefiniteSubjects {
  seen: Map<string, number>;
  sentence: number;
  /** Title-case heads the document used in another body's name so far (title-heads.ts). */
  otherHeads?: Set<string>;
}
const DEFINITE = wordSet(/^(?:the|this|that)$/);
/** What may follow "it" as a whole object: a time, a manner, a condition, another clause. */
const AFTER_IT = wordSet(
  /^(?:for|by|until|till|beyond|past|again|once|when|if|unless|and|or|nor|but|so|as|before|after|on|in|at|through|too|also|soon|quickly|now|further)$/,
);
/** How many sentences back a definite subject may find its anchored antecedent. */
const DEFINITE_REACH = 2;

/** The demands a subject's values name, without their marks (only those not marked "?" if `plainOnly`). */
function baseValues(values: readonly string[], plainOnly = false): Set<string> {
  return new Set(values.filter((v) => !plainOnly || !v.endsWith('?')).map((v) => v.replace(/[!?~]$/, '')));
}

export function findDemandMentions(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: readonly ActorMention[],
  cueMatches: ReadonlyArray<TokenMatch<unknown>>,
  /** Demands whose anchors the document has named so far (for strong subjects). */
  documentAnchors: ReadonlySet<string> = new Set(),
  /** Subjects the document named with an anchor lately (see DefiniteSubjects); updated here. */
  definite?: DefiniteSubjects,
  /** The parties of the sentence's speaker, who own its "our". */
  speakerParties?: readonly string[],
): DemandMention[] {
  const scan = new MentionScan(text, tokens, compiled, actors, cueMatches, documentAnchors, speakerParties);
  const { mentions, taken, anchors, objectionAt } = scan;

  for (const m of compiled.demandPhrases.find(tokens)) {
    // A loose reading whose gap holds more than a noun group is no match at all (loose-phrases.ts).
    const values = looseValues(m, tokens);
    if (values.length === 0) continue;
    // "talks on conventional arms control": arms of another kind than the demand's.
    if (OTHER_KIND.test(tokens[m.first - 1]?.lower ?? '')) {
      scan.take(m.first, m.last);
      continue;
    }
    // "wheat and other goods", "fuel or other cargo": a phrase opening with "other" that closes a list
    // names what the list's first items stand among, not a demand for more of them.
    if (tokens[m.first]?.lower === 'other' && /^(?:and|or)$/.test(tokens[m.first - 1]?.lower ?? '')) {
      scan.take(m.first, m.last);
      continue;
    }
    // "had never used the word 'Finlandization'": a word talked about, not the demand.
    let w = m.first - 1;
    while (w > 0 && tokens[w]?.transparent) w--;
    if (/^(?:word|words|term|terms|expression|phrase|label|notion)$/.test(tokens[w]?.lower ?? '')) {
      scan.take(m.first, m.last);
      continue;
    }
    // "let people leave Afghanistan", "civilians who want to leave the country": people leaving, not forces.
    if (peopleLeaving(tokens, m.first)) {
      scan.take(m.first, m.last);
      continue;
    }
    // "the ceasefire in Lebanon would be permanent", "whether the truce would be permanent": no lasting truce asked for.
    if (predicativeTruceOff(tokens, m)) continue;
    // "Our door remains open for talks", "the door is open to dialogue": a door open to talking, not to members.
    // "a six-week full ceasefire": a truce for a span of time, a pause and not the lasting one.
    if (scan.doorToTalks(m.first, m.last) || scan.truceForASpan(m.first, m.last)) {
      scan.take(m.first, m.last);
      continue;
    }
    for (const v of values) {
      if (
        (values.length > 1 || v.weak) &&
        !scan.anchored(v.demand, m.first, m.last) &&
        !(values.length === 1 && documentAnchors.has(v.demand) && entitledTo(tokens, m.first))
      )
        continue;
      if (vetoDeniedToOther(tokens, actors, compiled.proposers.get(v.demand), m)) continue;
      if (
        proposerPledgeClause(tokens, m.first, m.last, actors, compiled.proposers.get(v.demand) ?? new Set())
      )
        continue;
      if (v.direction === -1 && otherFieldInGap(tokens, m)) continue;
      if (v.direction === -1 && dictatingDeniedToOther(tokens, actors, compiled.proposers.get(v.demand), m))
        continue;
      // "Russia cannot decide who joins NATO": a say denied counts only when denied to the proposer.
      if (v.direction === -1 && decidingDeniedToOther(tokens, actors, compiled.proposers.get(v.demand), m))
        continue;
      // "Russia must soon choose its path": the proposer choosing its own way answers no demand (proposer-own-path.ts).
      if (v.direction === -1 && proposerChoosingOwnPath(tokens, actors, compiled.proposers.get(v.demand), m))
        continue;
      // "is entitled to join the European Union", "the right to join the EU": a wording that ends on
      // joining, followed by an organisation that is no anchor of the demand, joins that one instead
      // (and one that ends on "out" keeps out of it).
      if (scan.joinsOther(m.last, v.demand)) continue;
      // "slam shut the open door", "abandon the open-door policy": a restriction turns the opposite into the demand.
      // "knows no second-tier members": "no" before the demand's own words denies them.
      let p = m.first - 1;
      while (p > 0 && tokens[p]?.transparent) p--;
      // "does not know a second tier of members", "does not create members of a lower category": a
      // negated verb of having or recognising, with the demand's words as its whole object, denies them too.
      // (So does a pair opened by "neither" as the subject of a verb of holding them: "Neither Russia nor any
      // other country has a veto over …".)
      const deniedBy =
        v.direction === 1 && !v.forbidden
          ? Math.max(deniedByNegatedVerb(tokens, p), deniedByNeitherNorSubject(tokens, p))
          : -1;
      const denied =
        v.direction === 1 &&
        !v.forbidden &&
        ((tokens[p]?.lower === 'no' && tokens[p - 1]?.lower !== 'with') || deniedBy >= 0);
      // ("prevent the use of Afghan soil": the act a demand forbids takes its restriction as an opposite does.)
      const walked = v.direction === -1 || v.forbidden ? scan.walkBack(m.first, v.demand) : null;
      const back =
        walked &&
        // ("runs against the right of nations to decide": "against" before an opposite is a verdict on
        // it, not a restriction that turns it into the demand.)
        !(walked.used.length === 1 && walked.used[0]?.toLowerCase() === 'against')
          ? walked
          : v.direction === -1
            ? { count: 0, first: m.first, cueCapableAt: null, used: [] as string[], alternative: false }
            : denied
              ? deniedBy >= 0
                ? {
                    count: 1,
                    first: deniedBy,
                    cueCapableAt: null,
                    used: [tokens[deniedBy]?.text ?? 'not'],
                    alternative: false,
                  }
                : { count: 1, first: p, cueCapableAt: null, used: ['no'], alternative: false }
              : { count: 0, first: m.first, cueCapableAt: null, used: [] as string[], alternative: false };
      // ("Nobody will be allowed to use the soil of Afghanistan": with no restriction of its own, the act
      // a demand forbids is read neither way; a cue on it would hold it as the demand.)
      if (v.forbidden && (back.count % 2 === 0 || back.alternative)) continue;
      // "will not allow its open-door policy to be slammed shut": a passive undoing after the words
      // turns them into their opposite (undone-after.ts); with a restriction before as well, unread.
      const undone = v.forbidden ? -1 : undoneAfter(tokens, m.last);
      if (undone >= 0 && (back.count > 0 || back.alternative)) continue;
      if (v.direction === -1 && !v.forbidden && debatedAfter(tokens, m.last)) continue;
      const phrase = words(tokens, text, m.first, m.last);
      // "China pledged to buy more soybeans" with the phrase "pledge to buy": a phrase opening with a
      // supporting cue may give it back to the sentence (see sentenceCues), as a restriction may.
      const cueOpening =
        back.count === 0 && v.direction === 1
          ? cueMatches.find((c) => c.first === m.first && c.last < m.last && c.values[0] === 'supports')
          : undefined;
      mentions.push({
        first: back.first,
        last: m.last,
        demand: v.demand,
        direction: v.forbidden
          ? 1
          : back.alternative ||
              (back.count === 0 &&
                (scan.askedAbout(m.first) || (v.direction === -1 && scan.pledgeTopic(m.first))))
            ? 0
            : back.count % 2 === 1 || undone >= 0
              ? (-v.direction as 1 | -1)
              : v.direction,
        match: back.used.length
          ? `${back.used.join(' + ')} + ${phrase}`
          : undone >= 0
            ? `${phrase} + ${tokens[undone]?.text ?? ''}`
            : phrase,
        kind: 'phrase',
        cueCapableAt: cueOpening ? m.first : back.cueCapableAt,
        resolvedFrom: null,
        ...(v.principle ? { principle: true } : {}),
        ...(v.weak &&
        v.direction === -1 &&
        !v.forbidden &&
        back.count === 0 &&
        !back.alternative &&
        undone < 0
          ? { weakOpposite: true }
          : {}),
      });
      scan.take(back.first, m.last);
    }
    scan.take(m.first, m.last);
  }

  // "Kurti is opposed to the Association": a title-case name's head with "the" (title-heads.ts).
  for (const h of titleHeadMentions(tokens, compiled.titleHeads, taken, definite?.otherHeads)) {
    if (taken.has(h.first)) continue;
    mentions.push({
      first: h.first,
      last: h.last,
      demand: h.demand,
      direction: scan.askedAbout(h.first) ? 0 : 1,
      match: `the ${h.head}`,
      kind: 'phrase',
      cueCapableAt: null,
      resolvedFrom: null,
    });
    scan.take(h.first, h.last);
  }

  const allSubjects = compiled.subjects.find(tokens);
  for (const s of allSubjects) {
    if (taken.has(s.first) || taken.has(s.last)) continue;
    // "medium-range missiles would not be placed …": a subject describing the next one of the same
    // demand is part of its noun group; where a restriction (or a negated verb of placing) follows the
    // head, the head reads it for both.
    let n = s.last + 1;
    while (tokens[n]?.transparent) n++;
    const head = allSubjects.find((o) => o !== s && o.first === n);
    if (head) {
      const mine = baseValues(s.values);
      const shared = [...baseValues(head.values, true)].filter((d) => mine.has(d));
      if (
        shared.some((d) => {
          const after = scan.afterAt(head.last + 1, d, head.first);
          return !!after.r || (after.negations > 0 && OWN_VERBS.test(tokens[after.k]?.lower ?? ''));
        })
      )
        continue;
    }
    const restricted: Array<[number, number]> = [];
    for (const value of new Set(s.values.map((v) => v.replace(/[!?~^]$/, '')))) {
      const demand = value;
      // "NATO will not grow": a subject read only with one of the demand's anchors as its own subject.
      const anchoredOnly =
        s.values.includes(`${demand}^`) &&
        !s.values.some((v) => v === demand || v === `${demand}!` || v === `${demand}?` || v === `${demand}~`);
      if (anchoredOnly && !scan.anchorIsSubject(demand, s.first, s.last)) continue;
      const strong = s.values.includes(`${demand}!`);
      const weak = !s.values.includes(demand) && !strong && s.values.includes(`${demand}?`);
      // "(… NATO …) Kyiv must be barred from ever joining.": anchored earlier, if a restriction states it.
      const borrowed =
        !scan.anchored(demand, s.first, s.last) &&
        s.values.includes(`${demand}~`) &&
        (documentAnchors.has(demand) || scan.outsiderAdmitted(demand, s.first, s.last)) &&
        (scan.closesClause(s.last) || scan.complementEnds(s.first, s.last));
      const subjectKey = `${demand} ${words(tokens, text, s.first, s.last).toLowerCase()}`;
      const anchoredHere = scan.anchored(demand, s.first, s.last);
      if (anchoredHere) definite?.seen.set(subjectKey, definite.sentence);
      // "… an IAEA inquiry into the traces. ¶ Tehran wants the inquiry shut down": the definite subject
      // is the one the last few sentences anchored, if a restriction states the demand.
      const anaphoric =
        !anchoredHere &&
        !!definite &&
        DEFINITE.test(tokens[s.first - 1]?.lower ?? '') &&
        definite.sentence - (definite.seen.get(subjectKey) ?? -Infinity) <= DEFINITE_REACH;
      // "Moscow's demands concerning Russia's own farm exports": the proposer's demand noun restricts the
      // subject and ties it to the demand (no anchor needed; its owner owning the subject is no matter).
      const topic = weak ? proposersDemandTopic(tokens, actors, compiled, demand, s.first) : -1;
      // "Washington agreed to lift the added tariffs": the party the demand is put to lifts it.
      const acted = !anchoredHere && !anaphoric && scan.addresseeActs(demand, s.first, s.last);
      // "China wants U.S. tariffs rolled back": a measure owned by the party the demand is put to.
      const owned = !anchoredHere && !anaphoric && !acted && scan.ownedByAddressee(demand, s.first, s.last);
      // "Beijing wants the duties taken off": the party that put the demand forward wants it done.
      const wanted =
        !anchoredHere && !anaphoric && !acted && !owned && scan.proposerWantsDone(demand, s.first, s.last);
      // "refused to rule out Ukraine's membership": the joining of the country the demand is about.
      const outsiders =
        strong &&
        !anchoredHere &&
        outsiderMembership(
          tokens,
          actors,
          compiled.proposers.get(demand),
          compiled.addressees.get(demand),
          (i) => anchors.some((a) => a.first === i && a.values.includes(demand)),
          s,
        );
      const ok =
        topic >= 0 ||
        borrowed ||
        outsiders ||
        anaphoric ||
        acted ||
        owned ||
        wanted ||
        anchoredHere ||
        (strong && (documentAnchors.has(demand) || anchors.some((a) => a.values.includes(demand))));
      if (
        !ok ||
        (topic < 0 && scan.ownedByProposer(demand, s.first) && !scan.counterfactualOwn(s.first)) ||
        scan.massedBefore(s.first) ||
        // ("… about where it places its own weapons": the proposer's, a gapped subject.)
        (s.last > s.first + 1 && scan.proposersOwnSubject(demand, s.first, s.first + 1, s.last)) ||
        scan.otherCompound(s.last) ||
        scan.defensiveBefore(s.first) ||
        scan.headOfOther(s, demand, allSubjects) ||
        scan.verbOnOther(s, demand, allSubjects) ||
        scan.ofMention(s, demand) ||
        scan.modifiedByOther(s, demand, allSubjects) ||
        placeOfOtherDemand(tokens, compiled, demand, s.first, s.last) ||
        sentOutsideDemand(tokens, compiled, actors, demand, s.last) ||
        // ("sanctions imposed on Moscow" in the Iran talks: a measure on a third party, measure-on-other.ts.)
        measureOnOther(
          tokens,
          actors,
          compiled.proposers.get(demand),
          compiled.addressees.get(demand),
          s.last,
        ) ||
        // ("will not send offensive weapons to Ukraine": arms handed over, see arms-transfer.ts.)
        armsSentTo(tokens, actors, s.first, s.last) ||
        // "NATO's Response Force", "a Rapid Reaction Force": a unit's name, not forces to pull back.
        (s.first === s.last && tokens[s.first]?.text === 'Force') ||
        // "Russia will be forced to respond": the verb, whose lemma is the noun's.
        (s.first === s.last && /^forc(?:ed|ing)$/.test(tokens[s.first]?.lower ?? '')) ||
        // "threats to use force", "by force": force as violence, not forces stationed somewhere.
        (s.first === s.last &&
          tokens[s.first]?.lower === 'force' &&
          !/^(?:task|response|reaction)$/.test(tokens[s.first - 1]?.lower ?? '')) ||
        // "100,000 troops displaced along the border": a build-up at a border, not forces a demand would pull back.
        (demand === 'rollback-1997' && scan.atBorder(s.last))
      )
        continue;
      // "countries which joined NATO after 1997" describes members; it states no demand.
      if (
        (RELATIVE.has(tokens[s.first - 1]?.lower ?? '') ||
          (['have', 'has', 'had'].includes(tokens[s.first - 1]?.lower ?? '') &&
            RELATIVE.has(tokens[s.first - 2]?.lower ?? ''))) &&
        /^(?:join|joined|joins|entered|acceded)$/.test((tokens[s.first] as Token).lower)
      )
        continue;
      // "would split the membership into two classes": "the membership" standing for the members, as a
      // subject or object of its own, not anyone's joining (that is "membership of/in/for …").
      if (
        s.first === s.last &&
        tokens[s.first]?.lower === 'membership' &&
        tokens[s.first - 1]?.lower === 'the' &&
        COLLECTIVE_MEMBERSHIP_AFTER.test(tokens[s.first + 1]?.lower ?? '.')
      )
        continue;
      // "stop Moldova from joining the European Union": joining an organisation that is not an anchor of it.
      const joined = /^(?:join|joins|joined|joining|enter|enters|entered|entering)$/.test(
        tokens[s.last]?.lower ?? '',
      )
        ? actors.find(
            (a) => a.first === s.last + 1 || (a.first === s.last + 2 && tokens[s.last + 1]?.lower === 'the'),
          )
        : undefined;
      if (
        joined &&
        !anchors.some((a) => a.first <= joined.last && joined.first <= a.last) &&
        // ("joining the European Union and NATO": the anchor named next to it.)
        !/^(?:and|or)$/.test(tokens[joined.last + 1]?.lower ?? '')
      )
        continue;
      // "EU membership": an organisation that is not an anchor of this demand owns the subject.
      const modifier = actors.find((a) => a.last === s.first - 1);
      if (
        strong &&
        !scan.anchored(demand, s.first, s.last) &&
        modifier &&
        !anchors.some((a) => a.first === modifier.first)
      )
        continue;
      const back = scan.walkBack(s.first, demand, s.last);
      let { count } = back;
      const { first, cueCapableAt, used, alternative } = back;
      // "Sweden wants Russia to pull back troops from …": the proposer pulling back forces of its own.
      if (count > 0 && scan.proposerActs(demand, first, s.first)) continue;
      // "Russia will talk to no one about where it places its own weapons": the proposer's own.
      if (count > 0 && scan.proposersOwnSubject(demand, first, s.first)) continue;
      // "the eastward march of the alliance to end": the owner may sit between them.
      let ownerEnd = s.last + 1;
      if (tokens[ownerEnd]?.lower === 'of') {
        const owner = actors.find(
          (a) =>
            a.first === ownerEnd + 1 ||
            (a.first === ownerEnd + 2 && DETERMINER.has(tokens[ownerEnd + 1]?.lower ?? '')),
        );
        if (owner) ownerEnd = owner.last + 1;
        ownerEnd = scan.ofSubjectEnd(s.last + 1, demand, ownerEnd);
      }
      let { k, negations: afterNegations, r: after } = scan.afterAt(ownerEnd, demand, s.first, strong);
      // "troops, weapons and other military hardware withdrawn": the last item's restriction covers
      // every item of a coordinated list of subjects.
      if (!after) {
        const end = scan.coordinatedTail(s.last + 1);
        if (end > s.last + 1) {
          const later = scan.afterAt(end, demand, s.first, strong);
          if (later.r) ({ k, negations: afterNegations, r: after } = later);
        }
      }
      if (!after) {
        const end = scan.anchorPhraseEnd(ownerEnd, demand);
        if (end > ownerEnd) {
          const later = scan.afterAt(end, demand, s.first, strong);
          if (later.r) ({ k, negations: afterNegations, r: after } = later);
        }
      }
      if (!after) {
        const end = scan.passivePhraseEnd(ownerEnd, demand);
        if (end > ownerEnd) {
          const later = scan.afterAt(end, demand, s.first, strong);
          if (later.r) ({ k, negations: afterNegations, r: after } = later);
        }
      }
      if (!after) {
        const end = scan.obligationAsideEnd(ownerEnd, demand);
        if (end > ownerEnd) {
          const later = scan.afterAt(end, demand, s.first, strong);
          if (later.r) ({ k, negations: afterNegations, r: after } = later);
        }
      }
      // "the sanctions Washington has placed on it be removed": past a relative clause naming who imposed it.
      if (!after) {
        const end = imposerClauseEnd(
          tokens,
          ownerEnd,
          actors,
          (at) => !!scan.afterAt(at, demand, s.first, strong).r,
        );
        if (end > ownerEnd) {
          const later = scan.afterAt(end, demand, s.first, strong);
          if (later.r) ({ k, negations: afterNegations, r: after } = later);
        }
      }
      let last = s.last;
      // "strike weapons will not be deployed": a negated verb of the subject's own (deploy, station,
      // expand, admit) states the demand as a restriction would.
      const ownVerb = !after && afterNegations > 0 && OWN_VERBS.test(tokens[k]?.lower ?? '');
      if (ownVerb && count === 0) {
        count = afterNegations;
        used.push(words(tokens, text, s.last + 1, k));
      }
      if (after && count === 0) {
        count = 1 + afterNegations;
        used.push(words(tokens, text, s.last + 1, after.last));
        last = after.last;
      }
      if (topic >= 0 && count === 0) {
        count = 1;
        used.push(words(tokens, text, topic, s.first - 1));
      }
      if ((weak || borrowed || anaphoric || acted || wanted) && count === 0) continue;
      if (count > 0) restricted.push([first, last]);
      let direction: Direction = alternative ? 0 : count % 2 === 1 ? 1 : -1;
      // "demands that NATO admit or refuse particular countries", "to refuse or admit": the subject
      // offered with its own restriction as the other way is a choice between both, only the topic.
      if (count === 0 && scan.offeredWithItsOpposite(s.first, s.last, demand)) direction = 0;
      // "a revival of the Intermediate-Range Nuclear Forces Treaty": a treaty named after the weapons it
      // limits is a topic, not weapons to field.
      if (count === 0 && TREATY_WORD.test(tokens[s.last + 1]?.lower ?? '')) direction = 0;
      if (count === 0) {
        // "talks on NATO expansion", "the issue of enlargement": the topic, not a direction.
        let k = s.first - 1;
        while (
          k >= 0 &&
          (tokens[k]?.transparent ||
            ['the', 'nato', 'alliance', 'further', 'its', 'a'].includes(tokens[k]?.lower ?? ''))
        )
          k--;
        // "to talk about where missiles are placed", "the dispute over how many troops stay": a question
        // after the topic's preposition is the topic too.
        if (/^(?:where|how|whether|when|which|what)$/.test(tokens[k]?.lower ?? '') && k > 0) {
          const q = tokens[k - 1]?.lower ?? '';
          if (TOPIC_BEFORE.has(q) || (q === 'of' && TOPIC_NOUNS.has(tokens[k - 2]?.lower ?? ''))) k--;
        }
        // "commitments on farm trade, technology transfer and intellectual property": a later item of a
        // list opened by the topic's preposition is a topic too.
        k = listOpenerBefore(tokens, k, s.last);
        const before = tokens[k];
        // "will not agree to remove the court's role in the protocol": a bare subject in a phrase after
        // "in"/"under" that ends the object of this demand's own restriction verb is where that object
        // sits, the restriction's reach ending before it: no mention of the demand either way.
        if (
          /^(?:in|under|within)$/.test(before?.lower ?? '') &&
          scan.restrictions.some((r) => r.values.includes(demand) && r.last < k - 1 && r.last >= k - 6)
        )
          continue;
        // "proposed an international force along the Philadelphi corridor": where others' forces would
        // stand, not the addressee's forces kept there (others-force.ts).
        if (othersForceAt(tokens, k)) continue;
        // "plans to raise … where missiles are based", "will settle which weapons stay": a subject opening
        // an indirect question is what the question is about, not something the clause's party wants.
        if (INDIRECT_QUESTION.test(before?.lower ?? '') && tokens[s.last + 1]?.word) direction = 0;
        // "wants the right to verify what the Russians do with missiles", "inspections of the launchers":
        // what is checked is a topic of the checking, not weapons the checking party wants fielded.
        if (scan.checkedBefore(s.first)) direction = 0;
        // "an effort to raise missiles in Europe with Russia": what is brought up with a party is a topic.
        const raisedWith =
          /^(?:raise|raises|raised|raising)$/.test(before?.lower ?? '') &&
          tokens.slice(s.last + 1, s.last + 6).some((t) => t.lower === 'with');
        if (raisedWith) direction = 0;
        // "plans to put missiles on the agenda", "will bring up missiles": a topic put to the talks,
        // not weapons put somewhere.
        const onTheTable =
          /^(?:on|onto)$/.test(tokens[s.last + 1]?.lower ?? '') &&
          /^(?:agenda|table)$/.test(
            tokens[s.last + (tokens[s.last + 2]?.lower === 'the' ? 3 : 2)]?.lower ?? '',
          );
        const broughtUp =
          before?.lower === 'up' && /^(?:bring|brings|brought|bringing)$/.test(tokens[k - 1]?.lower ?? '');
        if (onTheTable || broughtUp || raisedTopic(tokens, s.first, s.last)) direction = 0;
        // "concern about the deployment of missiles", "alarmed over expansion": the preposition of an
        // objection names what is objected to, the thing the demand would stop — not only a topic.
        const objection = before !== undefined && objectionAt.has(before.i);
        // "will not accept Israeli forces on the corridor", "no troops on the islands": "on" after forces
        // places them there; the subject is where they are, not a topic.
        // (So after "or"/"and" where forces were placed before: "forces at the crossing or on the corridor".)
        const placed =
          before?.lower === 'on' &&
          (STATIONED.test(tokens[k - 1]?.lower ?? '') ||
            (/^(?:or|and)$/.test(tokens[k - 1]?.lower ?? '') &&
              tokens
                .slice(Math.max(0, k - 14), k - 1)
                .some(
                  (t, n, all) =>
                    STATIONED.test(t.lower) &&
                    /^(?:at|in|on|along|near|inside)$/.test(all[n + 1]?.lower ?? ''),
                )));
        if (
          before &&
          !objection &&
          !placed &&
          (TOPIC_BEFORE.has(before.lower) ||
            (before.lower === 'of' && TOPIC_NOUNS.has(tokens[k - 1]?.lower ?? '')))
        )
          direction = 0;
        if (modifiesTopicNoun(tokens, s.last, k + 1)) direction = 0;
      }
      const subjectWords = words(tokens, text, s.first, s.last);
      const match = used.length
        ? last > s.last
          ? `${subjectWords} + ${used.join(' + ')}`
          : `${used.join(' + ')} + ${subjectWords}`
        : subjectWords;
      mentions.push({
        first,
        last,
        demand,
        direction,
        match,
        kind: 'frame',
        cueCapableAt,
        resolvedFrom: null,
        ...(acted ? { byAddressee: true } : {}),
        ...(wanted ? { heldByProposer: true } : {}),
      });
    }
    for (const [a, b] of restricted) scan.take(a, b);
    // Only words that named a demand are taken; an unanchored subject leaves them to the others.
    if (mentions.some((m) => m.kind === 'frame' && m.last >= s.last && m.first <= s.first))
      scan.take(s.first, s.last);
  }
  // "The grain deal lapses in March. Kyiv wants to extend it": a restriction whose whole object is
  // "it", in or right after a sentence that named a subject of that demand with its anchor.
  if (definite) {
    for (const r of scan.restrictions) {
      const it = tokens[r.last + 1];
      if (it?.lower !== 'it' || taken.has(r.first) || taken.has(it.i) || scan.isCue.get(r.first)) continue;
      const next = tokens[r.last + 2];
      if (next && next.word && !AFTER_IT.test(next.lower)) continue;
      const named = new Set<string>();
      for (const [key, at] of definite.seen)
        if (at >= definite.sentence - 1) named.add(key.slice(0, key.indexOf(' ')));
      const demands = r.values.filter((v) => named.has(v));
      if (demands.length !== 1) continue;
      mentions.push({
        first: r.first,
        last: it.i,
        demand: demands[0] as string,
        direction: 1,
        match: `${words(tokens, text, r.first, r.last)} it`,
        kind: 'frame',
        cueCapableAt: null,
        resolvedFrom: null,
      });
      scan.take(r.first, it.i);
    }
  }
  // "on intermediate- and shorter-range missiles": a compound whose head is left to the next one (a
  // suspended hyphen) belongs to the mention, which starts at it, right after its topic preposition.
  for (const m of mentions) {
    if (m.kind === 'reference' || m.kind === 'list') continue;
    const suspended = suspendedCompoundBefore(tokens, m.first);
    if (suspended >= 0) m.first = suspended;
  }
  for (const m of mentions) {
    if (m.direction === 1 || m.kind === 'reference' || m.kind === 'list') continue;
    const d = outsiderDecidesAt(tokens, m.first);
    if (d >= 0) {
      m.direction = 1;
      m.match = `${words(tokens, text, d, d)} + ${m.match}`;
    }
  }
  return mentions.sort((a, b) => a.first - b.first || a.last - b.last);
}

/**
 * The first word of a suspended compound right before `first` ("intermediate- and shorter-range": the
 * word, a hyphen written against it and followed by a space, then "and" or "or") after a topic
 * preposition, or -1.
 */
function suspendedCompoundBefore(tokens: readonly Token[], first: number): number {
  const joint = tokens[first - 1];
  const hyphen = tokens[first - 2];
  const word = tokens[first - 3];
  if (!joint || !hyphen || !word || !/^(?:and|or)$/.test(joint.lower)) return -1;
  if (hyphen.text !== '-' || !word.word || word.end !== hyphen.start || hyphen.end === joint.start) return -1;
  // (Only as a topic, after "on", "about" …: elsewhere the first word is left where it was.)
  if (!/^(?:on|about|over|regarding|concerning)$/.test(tokens[first - 4]?.lower ?? '')) return -1;
  return first - 3;
}

const PERMITTED_OUTSIDER =
  /(?:^| )(?:let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted|permitting) (?:anyone|anybody|nobody|no one|others|outsiders|russia|moscow|the kremlin|putin|(?:any )?third (?:countries|country|parties|party|powers|power)|any other (?:country|state|power|nation|capital))(?: else)?(?: to)?$/;
const DECIDING = wordSet(/^(?:decide|decides|dictate|dictates|determine|determines|choose|chooses)$/);
const DECIDING_ON = wordSet(/^(?:who|whom|whether|if|when|which|on|over|about|how)$/);

/** Past "for another country" / "on behalf of Kyiv" after a deciding verb: where what is decided opens. */
function decidedOn(tokens: readonly Token[], k: number): number {
  if (tokens[k]?.lower === 'for' || (tokens[k]?.lower === 'on' && tokens[k + 1]?.lower === 'behalf')) {
    for (let j = k + 1; j <= k + 4; j++) {
      const t = tokens[j];
      if (!t || HARD_STOP.has(t.text)) break;
      if (DECIDING_ON.test(t.lower) && t.lower !== 'on') return j;
    }
  }
  return k;
}

/**
 * "will let no one dictate whether Kyiv joins", "won't allow anyone to decide who joins": a say over
 * membership handed to an outsider is the veto the demand asks for, not the open door. The token of the
 * deciding verb, or -1.
 */
function outsiderDecidesAt(tokens: readonly Token[], first: number): number {
  let d = first;
  if (!DECIDING.test(tokens[d]?.lower ?? '')) {
    d = -1;
    // (Six words back, three more past "for another country".)
    for (let j = first - 1; j >= 0 && j >= first - 9; j--) {
      const t = tokens[j] as Token;
      if (HARD_STOP.has(t.text)) break;
      const on = decidedOn(tokens, j + 1);
      if (first - j > 6 + (on - j - 1)) continue;
      if (DECIDING.test(t.lower) && DECIDING_ON.test(tokens[on]?.lower ?? '')) {
        d = j;
        break;
      }
    }
    if (d < 0) return -1;
  }
  const before = tokens
    .slice(Math.max(0, d - 6), d)
    .map((t) => t.lower)
    .join(' ');
  return PERMITTED_OUTSIDER.test(before) ? d : -1;
}
