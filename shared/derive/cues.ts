/**
 * Stance cues in a sentence with what modifies them: a negation before the cue ("will not
 * accept", "refused to discuss"), and the modality of the statement — conditional ("would",
 * "if"), future ("will"), or historical (a year well before the article, "at the time").
 */
import { keptDoingInGap } from './kept-doing';
import { denialOverList } from './denied-list';
import { openToTalksPastLasting } from './lasting-open-to-talks';
import { noAttemptAfter } from './attempted-change';
import {
  AUDIENCE,
  CALENDAR_WORDS,
  CONDITION_OPENER,
  DEMAND_NOUN_MODIFIERS,
  DENIAL,
  DENIED_CLAUSE_AUXILIARIES,
  READINESS,
  readinessWordAt,
  REFUSING_MODAL,
  relinquishingAt,
  REPLY_MODIFIER,
  REPLY_NOUN,
} from './word-lists';
import type { Modality } from '../model/matrix';
import type { Attitude, CompiledOntology } from './compile-ontology';
import type { TokenMatch } from './token-trie';
import type { Token } from './tokens';
import { looseValues } from './loose-phrases';
import { isAdjectiveOnCarrier } from './judged-demands';
import { wordSet } from './word-set';
import { deniedSignalBefore } from './denied-signal';
import { onlyInExchange } from './exchange-condition';
import { spokenAddress } from './spoken-address';
import { consideredApplication } from './considered-application';
import { carriedInfinitiveMatches } from './carried-infinitive';
import { venuedTalksMatches } from './venued-talks';
import { onceOpensCondition } from './once-condition';
import { partyOffTheTable } from './party-off-table';
import { weighedInOtherSense } from './weighed-matter';
import { searchedReadiness } from './searched-readiness';
import { takenUpReadiness } from './taken-up-readiness';
import { deferenceMatches } from './deference';
import { invertedShouldAt } from './inverted-should';
import { rhetoricalNegation } from './rhetorical-question';
import { talksNotHeldAt } from './talks-not-held';
import { talksAsForumAt } from './seat-at-talks';
import { talksWithoutProgressAt } from './talks-without-progress';
import { frontedChoiceBacking } from './fronted-choice-backing';

/** The party owning a demand noun ("Russia's demand"), who supports what it names. */
export interface CueOwner {
  parties: string[];
  text: string;
  role: string | null;
  predicative: boolean;
  /** The demand's only proposer, for a demand noun with no owner named ("the demand for …"). */
  proposer: boolean | undefined;
}

/**
 * A cue. Every one has all these fields, `undefined` where a reading does not apply, and is built by
 * `makeCue` (or copied from one): cues of one object shape keep V8's property loads in the finding
 * layer (`emit`) monomorphic, where a cue with a field the others lacked made it throw away its
 * optimised code and compile again.
 */
export interface Cue {
  first: number;
  last: number;
  attitude: Attitude;
  /** The cue as written. */
  text: string;
  negated: boolean;
  /** The negation as written, when there is one. */
  negation: string | null;
  /** For a demand noun owned by a party ("Russia's demand"): the owner, who supports what it names. */
  owner: CueOwner | undefined;
  /** Read off a party's "will"/"would" before the demand's own verb: an undertaking to do what it asks. */
  commitment: boolean | undefined;
  /**
   * The verb of a relative clause right after the demand's words, its subject the owner ("the halt
   * … that Moscow is demanding"): read for that subject alone, apart from the sentence's own cues.
   */
  relative: boolean | undefined;
}

/** What a cue is made from: the readings that apply to few cues may be left out. */
export type CueFields = Omit<Cue, 'owner' | 'commitment' | 'relative'> & {
  owner?: (Omit<CueOwner, 'proposer'> & { proposer?: boolean }) | undefined;
  commitment?: boolean | undefined;
  relative?: boolean | undefined;
};

/** A cue with every field present, in one order: the one shape of `Cue` (see there). */
export function makeCue(f: CueFields): Cue {
  const owner = f.owner;
  return {
    first: f.first,
    last: f.last,
    attitude: f.attitude,
    text: f.text,
    negated: f.negated,
    negation: f.negation,
    owner: owner
      ? {
          parties: owner.parties,
          text: owner.text,
          role: owner.role,
          predicative: owner.predicative,
          proposer: owner.proposer,
        }
      : undefined,
    commitment: f.commitment,
    relative: f.relative,
  };
}

/** Whether the word at `at` is "address" with an audience for its object: "addressing parliament", "addressed reporters". */
function addressedAudience(tokens: readonly Token[], at: number): boolean {
  if (!/^address(?:es|ed|ing)?$/.test(tokens[at]?.lower ?? '')) return false;
  let k = at + 1;
  while (/^(?:the|a|an|his|her|their|its|our|both|a joint|joint|an emergency)$/.test(tokens[k]?.lower ?? ''))
    k++;
  return AUDIENCE.test(tokens[k]?.lower ?? '');
}

/** Words of an aside in commas: ", for example,", ", however,", ", of course,". */
const ASIDE_WORD = new Set([
  'for',
  'example',
  'instance',
  'however',
  'of',
  'course',
  'in',
  'fact',
  'indeed',
  'though',
  'therefore',
  'again',
  'too',
  'also',
  'certainly',
  'clearly',
  'frankly',
  'still',
]);
/** Words of "in any form", "for any reason", "under any circumstances", "at all": no distance for a negation. */
const INTENSIFIER = new Set(
  'in any form forms way ways for reason reasons at all under circumstances case shape sense'.split(' '),
);
const NEGATION_WINDOW = 4;
/**
 * Where a quantity phrase ending on the "of" at `of` starts ("a lot of", "lots of", "a great deal of",
 * "plenty of"), or -1.
 */
function quantityBefore(tokens: readonly Token[], of: number): number {
  const w = tokens[of - 1]?.lower ?? '';
  if (w === 'lots' || w === 'plenty') return of - 1;
  if (w === 'lot') return tokens[of - 2]?.lower === 'a' ? of - 2 : -1;
  if (w !== 'deal') return -1;
  return /^(?:great|good)$/.test(tokens[of - 2]?.lower ?? '') && tokens[of - 3]?.lower === 'a' ? of - 3 : -1;
}
/** Words between a verb of giving up and the noun it gives up: "dropped its opposition". */
const OBJECT_DETERMINER = wordSet(/^(?:its|their|his|her|our|my|the|this|that|any|all|a|an)$/);
/** Nouns of a standing line of conduct: "its policy of insisting that …", "its practice of demanding …". */
const POLICY_NOUN = wordSet(/^(?:policy|practice|stance|line|approach)$/);
/** Verbs that end a policy without a verb of giving up: "change its policy of …", "end its practice of …". */
const POLICY_CHANGE = wordSet(
  /^(?:change|changes|changed|changing|end|ends|ended|ending|reverse|reverses|reversed|reversing)$/,
);
/** Whether tokens[from, to) are a determiner and a policy noun with its "of": "its policy of", "the stance of". */
function policyOfAt(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || tokens[to - 1]?.lower !== 'of' || !POLICY_NOUN.test(tokens[to - 2]?.lower ?? ''))
    return false;
  return tokens.slice(from, to - 2).every((x) => x.transparent || OBJECT_DETERMINER.test(x.lower));
}
const GIVING_VERB = wordSet(
  /^(?:give|gives|gave|given|giving|offer|offers|offered|offering|provide|provides|provided|providing|grant|grants|granted|granting|issue|issued|make|makes|made|making)$/,
);
/** A text holding what follows: "the reply contains …", "the answers include …". */
const HOLDING_VERB = wordSet(/^(?:contain|contains|contained|include|includes|included)$/);

/**
 * Whether the words up to `j` are a party's reply holding what follows: "the US reply contains (some)",
 * "the American and NATO replies do include", "Washington's written answer contains". Not a text of
 * no party ("the replies contain …"), nor one that is no reply ("the Russian draft contains …").
 */
function replyHolds(
  tokens: readonly Token[],
  j: number,
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
): boolean {
  let k = j;
  while (k >= 0 && /^(?:a|an|some|several|many|few|new|certain)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!HOLDING_VERB.test(tokens[k]?.lower ?? '')) return false;
  k--;
  if (/^(?:do|does|did|also)$/.test(tokens[k]?.lower ?? '')) k--;
  if (!REPLY_NOUN.test(tokens[k]?.lower ?? '')) return false;
  k--;
  while (k >= 0 && REPLY_MODIFIER.test(tokens[k]?.lower ?? '')) k--;
  if (/^['’]s$/.test(tokens[k]?.text ?? '')) k--;
  return actors.some((a) => a.last === k);
}
/** "not willing to give a written promise": the verb that hands over the cue's noun adds no distance. */
const HANDING_OVER = new Set(
  'to give gives giving offer offers offering provide provides providing grant granting extend make a an any such written formal firm'.split(
    ' ',
  ),
);
const STOP = new Set([
  ',',
  ';',
  ':',
  '.',
  '(',
  ')',
  '—',
  '–',
  '“',
  '”',
  '"',
  'but',
  'and',
  'that',
  'which',
  'who',
]);
/** A new clause's opener: past it, a "without" before it denies nothing of the clause ("without delay if …"). */
const CLAUSE_OPENER_AFTER_WITHOUT = /^(?:if|unless|once|when|whenever|because|since|provided|so|as)$/;
/** Whether such an opener stands in tokens[from, to) (a loop: this runs for every negated cue). */
function clauseOpenerBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_OPENER_AFTER_WITHOUT.test(tokens[k]?.lower ?? '')) return true;
  return false;
}
const CONDITIONAL = new Set([
  'would',
  'could',
  'might',
  'may',
  "wouldn't",
  "couldn't",
  'if',
  'unless',
  'provided',
  'should',
]);
const FUTURE = new Set(['will', 'shall', "won't", "'ll"]);
const HISTORICAL_WORDS = [
  'at the time',
  'back then',
  'in the 1990s',
  'in the 1990',
  'years ago',
  'decades ago',
  'once promised',
  'had promised',
  'promised in',
];
/**
 * A word every one of HISTORICAL_WORDS holds within one token: a clause none of whose tokens holds one
 * cannot hold any of them, and its words need not be joined to be searched.
 */
const HISTORICAL_KEYS = ['time', 'then', '1990', 'ago', 'promised'];
/** Whether the clause's words, joined by spaces, hold one of HISTORICAL_WORDS. */
function historicalWording(tokens: readonly Token[], from: number, to: number): boolean {
  let keyed = false;
  for (let i = from; i <= to && i < tokens.length && !keyed; i++) {
    const lower = (tokens[i] as Token).lower;
    for (const key of HISTORICAL_KEYS) if (lower.includes(key)) keyed = true;
  }
  if (!keyed) return false;
  let clauseText = '';
  for (let i = from; i <= to && i < tokens.length; i++)
    clauseText += (i > from ? ' ' : '') + (tokens[i] as Token).lower;
  return HISTORICAL_WORDS.some((w) => clauseText.includes(w));
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'any',
  'such',
  "'s",
  '’s',
  'of',
  'my',
  'your',
]);
const NOUN_MODIFIERS = new Set([
  ...DEMAND_NOUN_MODIFIERS,
  'primary',
  'legal',
  'binding',
  'legally-binding',
  'firm',
  'concrete',
  'reliable',
  'ironclad',
  'iron-clad',
  'long-term',
]);
/** "including guarantees that …", "a list of demands": after a preposition a demand word is a noun ("to" marks a verb). */
const PREPOSITION_BEFORE_NOUN = new Set([
  'including',
  // "they include calls on both sides …": the object of "include" is a noun.
  'include',
  'includes',
  'included',
  'contain',
  'contains',
  'contained',
  'for',
  'of',
  'with',
  'without',
  'on',
  'about',
  'over',
  'against',
  'from',
  'among',
  'like',
]);

/**
 * Cue phrases of the sentence, except demand nouns used as nouns ("the demand for …", "Russia's
 * proposals"): those name a position someone holds; they do not take one in this sentence.
 */
const DENIAL_FILLER = new Set(['that', 'it', 'he', 'she', 'they', 'we', 'i', 'ever', 'having', 'any']);
/**
 * Words that may stand between a denial and the attitude it denies besides DENIAL_FILLER: the
 * auxiliaries of the denied clause ("denied it had offered", "denies that it would agree") and a
 * report denied as such ("denied a report that it was ready to").
 */
const DENIAL_CLAUSE_FILLER = new Set([
  ...DENIED_CLAUSE_AUXILIARIES,
  'report',
  'reports',
  'story',
  'claim',
  'claims',
]);
/** A word a denial may stand before its clause's verb past: a filler of either list above. */
const denialFiller = (w: string): boolean => DENIAL_FILLER.has(w) || DENIAL_CLAUSE_FILLER.has(w);

const CALL_NOUN_BEFORE = new Set([
  'a',
  'an',
  'the',
  'phone',
  'telephone',
  'video',
  'conference',
  'their',
  'his',
  'her',
  'its',
]);
const WHEN_WORDS = new Set(CALENDAR_WORDS);

export const PARTICLE_VERBS = wordSet(
  /^(?:push|pushes|pushed|pushing|pull|pulls|pulled|pulling|draw|draws|drew|drawn|drawing|roll|rolls|rolled|rolling|move|moves|moved|moving|bring|brings|brought|bringing|send|sends|sent|sending|scale|scaled|scaling|pare|pared|dial|dialled|dialed|cut|cuts|cutting|pares|paring|dials|dialling|dialing|scales|wind|winds|winding|wound|turn|turns|turned|turning|hold|held|holding|fall|fell|falling|step|stepped|stepping|go|goes|went|going|come|came|coming|take|takes|took|taken|taking|walk|walks|walked|walking|fight|fights|fought|fighting|hit|hits|hitting|strike|strikes|struck|striking|claw|claws|clawed|clawing|win|wins|won|winning|give|gives|gave|given|giving)$/,
);

/** Verbs of obligation before "to": "has to", "had to", "needs to", "would have to". */
const OBLIGATION_VERB = wordSet(/^(?:has|have|had|needs?|needed)$/);
/** Words that may stand between a subject and such a verb: "Russia will have to", "Moscow now has to". */
const BEFORE_OBLIGATION = wordSet(
  /^(?:will|would|shall|may|might|could|must|does|do|did|also|still|now|simply|really|just)$/,
);
const SUBJECT_PRONOUN = wordSet(/^(?:it|they|he|she|we|you|i)$/);
/** A past participle after "be": "strengthened", "kept", "withdrawn", "shut". */
const PARTICIPLE =
  /^(?:\w+ed|\w+en|kept|put|set|cut|shut|held|made|built|brought|sent|left|met|done|sought|taken|given|halted)$/;
/** Words after "to" that show it is no infinitive: "has to do with", "had to the east", "needs to the end". */
const NOT_INFINITIVE = wordSet(
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|any|all|every|each|some|no|do|date|this)$/,
);

/**
 * "Russia had to come back to the deal", "Moscow needs to return", "the West would have to ease …":
 * an obligation put on a named party (or a pronoun) before an infinitive is, like "must", the speaker's
 * demand on that party. A verb of its own, not the noun "need" ("the need to extend …") nor any subject
 * ("ships had to wait" names no party).
 */
function obligationMatches(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!OBLIGATION_VERB.test(t.lower) || tokens[i + 1]?.lower !== 'to') continue;
    const next = tokens[i + 2] as Token;
    if (!/^[a-z]+$/.test(next.text) || NOT_INFINITIVE.test(next.lower)) continue;
    let j = i - 1;
    while (j > 0 && BEFORE_OBLIGATION.test(tokens[j]?.lower ?? '')) j--;
    const subject = tokens[j] as Token;
    // "the eastern flank has to be strengthened", "sanctions need to be lifted": an obligation before a
    // passive, whatever its subject, is the speaker's demand, as "must be" is. (Not told in the past:
    // "the talks had to be postponed" narrates.)
    const passive =
      next.lower === 'be' &&
      /^(?:has|have|needs?)$/.test(t.lower) &&
      PARTICIPLE.test(tokens[i + 3]?.lower ?? '');
    if (
      !passive &&
      !(SUBJECT_PRONOUN.test(subject.lower) || actors.some((a) => a.last === j && a.kind !== 'adjective'))
    )
      continue;
    out.push({ first: i, last: i + 1, values: ['supports'], phrase: 'have to' });
  }
  return out;
}

/** The verb "hope" (the noun is "hopes of", "little hope"; "hope to"/"hope for" are listed cues). */
const HOPE_VERB = wordSet(/^(?:hope|hopes|hoped|hoping)$/);
/** The verb "wish": "Beijing wishes that Washington would …" (not "wish to", "wish for"). */
const WISH_VERB = wordSet(/^(?:wish|wishes|wished)$/);
/** Words that may stand between a subject and "hopes": "China also hopes", "Tokyo sincerely hoped". */
const BEFORE_HOPE = wordSet(
  /^(?:also|still|further|sincerely|strongly|genuinely|earnestly|truly|really|very|much|does|do|did)$/,
);
/** "voiced hope that", "expressed the hope that": the noun with a verb of saying is the verb's sense. */
const VOICING = wordSet(/^(?:voiced?|voices|voicing|expressed|express|expresses|expressing)$/);
/** Words after a comma that open a clause past a hoped-for one: ", but Seoul refused …". */
const HOPE_CLAUSE_END = wordSet(/^(?:but|while|whereas|although|though|yet|and|or)$/);
/** A negation in the hoped-for clause: "hopes Washington will not …", "hoped they won't …". */
const HOPED_NEGATION = /^(?:not|never|no|n't|nor|neither|without)$|n['’]t$/;

/**
 * "China hopes the two sides will work toward …", "Tokyo hoped that Pyongyang would give up …",
 * "voiced hope that Iran would …": a named party (or a pronoun) hoping that someone will do something
 * wants it done, as "expects X to" does. The verb only, its subject right before it ("hopes of a deal",
 * "little hope that …", "Beijing's hopes" are nouns; "hope to"/"hope for" are cues of their own), and
 * only a hope with no negation in the clause hoped for (those are left to the reader unread).
 */
function hopeMatches(
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  muted: Array<[number, number]> = [],
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    // ("wishes that Washington would …": a wish, read as nothing, leaves its clause unread as a
    // negated hope does.)
    const wish = WISH_VERB.test(t.lower);
    if (!HOPE_VERB.test(t.lower) && !wish) continue;
    const next = tokens[i + 1]?.lower ?? '';
    if (/^(?:to|for|of|so)$/.test(next) || !/^[a-z]/i.test(tokens[i + 1]?.text ?? '')) continue;
    let first = i;
    let j = i - 1;
    if (/^(?:the|a)$/.test(tokens[j]?.lower ?? '') && VOICING.test(tokens[j - 1]?.lower ?? '')) j--;
    if (VOICING.test(tokens[j]?.lower ?? '')) {
      // ("voiced hope that …": the noun, taken only with "that" after it.)
      if (next !== 'that' || t.lower !== 'hope') continue;
      first = j;
      j--;
    } else if (
      (t.lower === 'hope' || t.lower === 'wish') &&
      /^(?:the|a|no|little|some|any|its|their|his|her|our|my)$/.test(tokens[j]?.lower ?? '')
    )
      continue;
    while (j > 0 && BEFORE_HOPE.test(tokens[j]?.lower ?? '')) j--;
    const subject = tokens[j] as Token;
    if (!(SUBJECT_PRONOUN.test(subject.lower) || actors.some((a) => a.last === j && a.kind !== 'adjective')))
      continue;
    let negated = false;
    for (let k = i + 1; k < tokens.length; k++) {
      const w = tokens[k] as Token;
      if (/^[;:.!?]$/.test(w.text)) break;
      if (HOPED_NEGATION.test(w.lower)) negated = true;
    }
    if (negated || wish) {
      // "China hopes that Washington will never agree to ease the sanctions": what is hoped for is the
      // hoper's wish, not a stance of the party named in it; its cues are left unread with the hope,
      // up to the clause's end (", but …", ", while …", ", and …" open another side's clause).
      let end = i + 1;
      while (
        end + 1 < tokens.length &&
        !/^[;:.!?—–]$/.test(tokens[end + 1]?.text ?? '') &&
        !(tokens[end + 1]?.text === ',' && HOPE_CLAUSE_END.test(tokens[end + 2]?.lower ?? ''))
      )
        end++;
      muted.push([i + 1, end]);
      continue;
    }
    out.push({ first, last: i, values: ['supports'], phrase: 'hope' });
  }
  return out;
}

/** Adjectives of readiness that take an infinitive: "is ready to", "stands prepared to". */

/**
 * "NATO is prepared to halt its expansion", "Brussels is willing to cut checks": readiness right
 * before a demand's own verb is openness to it, as "offered to" is. Only right before it: "ready to
 * respond if NATO keeps expanding" or "ready to take all measures to stop expansion" says nothing of
 * the demand. So is readiness to search for the demand's words ("willing to look for fixes to …",
 * searchedReadiness). (The lexicon's "not ready" still negates it; "unwilling to" is a refusal of its own.)
 */
export function readinessMatches(
  tokens: readonly Token[],
  mentions: ReadonlyArray<{
    first: number;
    kind: string;
    direction: number;
    proVerb?: boolean;
    single?: boolean;
  }>,
  found: ReadonlyArray<TokenMatch<Attitude>>,
): TokenMatch<Attitude>[] {
  const out: TokenMatch<Attitude>[] = [];
  for (const m of mentions) {
    const to = m.first - 1;
    // "They wanted the sanctions lifted. We could not do that": a refused pro-verb refuses the act asked.
    const refused = refusedProVerb(tokens, to, m);
    if (refused) {
      if (!found.some((c) => c.first <= to && refused.first <= c.last) && !out.some((c) => c.last === to))
        out.push(refused);
      continue;
    }
    const needless = noNeedBefore(tokens, to, m);
    if (needless) {
      if (!found.some((c) => c.first <= to && needless.first <= c.last) && !out.some((c) => c.last === to))
        out.push(needless);
      continue;
    }
    // ("willing to look for fixes to …": readiness to search for the demand's words, see searchedReadiness.)
    const direct = tokens[to]?.lower === 'to' && readinessWordAt(tokens, to - 1);
    // ("ready to hold new elections": readiness to take up the demand named as a noun, see takenUpReadiness.)
    const searched = direct
      ? null
      : (searchedReadiness(tokens, m.first) ?? takenUpReadiness(tokens, m.first));
    if (
      m.direction === 0 ||
      (m.kind !== 'phrase' && m.kind !== 'frame' && !m.proVerb) ||
      (!direct && !searched)
    )
      continue;
    // (`at` is the "to" after the readiness word, `last` the cue's last word.)
    const at = searched ? searched.to : to;
    const last = searched ? searched.last : to;
    if (found.some((c) => c.first <= last && at - 1 <= c.last)) continue;
    // (One cue for the demands a pro-verb stands for together: "is not willing to do so".)
    if (out.some((c) => c.last === last)) continue;
    // ("NATO must be ready to halt …", "has to be ready to …": readiness asked of someone is a demand;
    // so is "America needs to show it is willing to guarantee …", after a demand's cue.)
    if (tokens[at - 2]?.lower === 'be' && /^(?:must|should|ought|to)$/.test(tokens[at - 3]?.lower ?? ''))
      continue;
    // (Not before an owned readiness noun: "welcomed Kurti's readiness to …" is the owner's readiness.)
    const ownedNoun = !READINESS.test(tokens[at - 1]?.lower ?? '');
    if (!ownedNoun && found.some((c) => c.last < at - 1 && c.values[0] === 'supports')) continue;
    // ("… can judge when Ukraine is ready to join", "if Moscow is ready to …": a time or condition,
    // not a party's readiness.)
    if (whenOrIfBefore(tokens, at - 1)) continue;
    // ("Kyiv is not yet ready to join NATO": a candidate not ready to join is not eligible yet, which
    // says nothing of a halt to the alliance's growth.)
    if (APPLYING.test(tokens[m.first]?.lower ?? '') && notBefore(tokens, at - 1)) continue;
    // Ready to do the opposite ("ready to take in Sweden") is doing it: a refusal of the demand.
    out.push({
      first: at - 1,
      last,
      values: [m.direction > 0 ? 'open' : 'supports'],
      phrase: tokens
        .slice(at - 1, last + 1)
        .map((t) => t.lower)
        .join(' '),
    });
  }
  return out;
}

/**
 * "We could not do that", "Washington will not do so", "we won't do it": a negated modal right before
 * a pro-verb standing for the act the sentence before asked refuses it (for its opposite, supports it).
 * Not in a question, nor in a clause of condition or time ("if Washington will not do that, …"), nor
 * after two demands.
 */
function refusedProVerb(
  tokens: readonly Token[],
  to: number,
  m: { direction: number; proVerb?: boolean; single?: boolean },
): TokenMatch<Attitude> | null {
  // (Only for the one act asked: after two, which one is refused is left open.)
  if (!m.proVerb || !m.single || m.direction === 0) return null;
  let first = -1;
  if (REFUSING_MODAL.test(tokens[to]?.lower ?? '')) first = to;
  else if (
    /^(?:not|never)$/.test(tokens[to]?.lower ?? '') &&
    /^(?:can|could|will|would)$/.test(tokens[to - 1]?.lower ?? '')
  )
    first = to - 1;
  if (first < 0) return null;
  if (tokens.some((t) => t.text === '?') || whenOrIfBefore(tokens, first)) return null;
  return {
    first,
    last: to,
    values: [m.direction > 0 ? 'rejects' : 'supports'],
    phrase: tokens
      .slice(first, to + 1)
      .map((t) => t.lower)
      .join(' '),
  };
}

/**
 * "there is no reason to extend the deal", "sees no need to expand the alliance": no need for the
 * demand's own act is a refusal of it, for its opposite support of the demand. Only right before the
 * demand's own verb: "no reason to fear NATO expansion" judges the fear, not the expansion.
 */
function noNeedBefore(
  tokens: readonly Token[],
  to: number,
  m: { kind: string; direction: number },
): TokenMatch<Attitude> | null {
  if (m.direction === 0 || (m.kind !== 'phrase' && m.kind !== 'frame')) return null;
  if (tokens[to]?.lower !== 'to' || !/^(?:reason|need)$/.test(tokens[to - 1]?.lower ?? '')) return null;
  if (tokens[to - 2]?.lower !== 'no') return null;
  return {
    first: to - 2,
    last: to,
    values: [m.direction > 0 ? 'rejects' : 'supports'],
    phrase: `no ${tokens[to - 1]!.lower} to`,
  };
}

const APPLYING = wordSet(/^(?:join|joining|become|becoming|apply|applying|accede|acceding)$/);

/** "not ready", "not yet ready", "never ready", "isn't ready". */
function notBefore(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (tokens[k]?.lower === 'yet') k--;
  return /^(?:not|never|n't|isn't|aren't|wasn't|weren't)$/.test(tokens[k]?.lower ?? '');
}

/** Whether "when", "whether", "if", "once", "until" or "unless" opens the clause of the word at `at`. */
function whenOrIfBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    const t = tokens[k] as Token;
    if (!t.word) return false;
    if (CONDITION_OPENER.test(t.lower)) return true;
  }
  return false;
}

const SUPPORT_WORD = wordSet(/^(?:support|supports|supported|supporting|backing)$/);
/** Those that money or state help goes to: firms, industries, farmers, exporters. */
const AIDED = wordSet(
  /^(?:firms?|compan(?:y|ies)|enterprises?|industr(?:y|ies)|business(?:es)?|producers?|manufacturers?|makers?|farmers?|exporters?|banks?|sectors?|champions|corporations?|SOEs?|soes?)$/,
);

/** After a support word at `k`: "for"/"to" (or nothing) and, within a few words, a recipient of aid. */
function aidToEconomy(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (/^(?:for|to)$/.test(tokens[j]?.lower ?? '')) j++;
  for (let n = 0; n < 5 && j < tokens.length; n++, j++) {
    const t = tokens[j] as Token;
    if (AIDED.test(t.lower)) return true;
    if (/^[,;:.!?—–()]$/.test(t.text) || /^(?:and|or|but|that|which|who|to|of|in|on|from)$/.test(t.lower))
      return false;
  }
  return false;
}

const GRANTING = wordSet(
  /^(?:accepts?|accepted|accepting|acknowledges?|acknowledged|acknowledging|admits?|admitted|admitting|concedes?|conceded|conceding|recogni[sz]es?|recogni[sz]ed|recogni[sz]ing)$/,
);

/**
 * A match cut to end at `last`, built as the phrase trie builds a match (the same properties in the same
 * order): a copy made by spreading has a shape of its own, and the cue readings compiled for one shape
 * were compiled again on meeting the other.
 */
export const endingAt = (m: TokenMatch<Attitude>, last: number): TokenMatch<Attitude> => ({
  first: m.first,
  last,
  values: m.values,
  phrase: m.phrase,
});

/**
 * "undertook to …", "undertakes in the deal to …", "has undertaken not to …": the verb (never the noun
 * "undertaking") with its "to" within a few words and no comma between.
 */
function undertakingTo(tokens: readonly Token[], at: number): boolean {
  if (!/^(?:undertake|undertakes|undertook|undertaken)$/.test(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k <= at + 5; k++) {
    const w = tokens[k]?.lower ?? '';
    // ("undertook a trip to Kabul": "to" before a place, not a verb.)
    if (w === 'to') return !/^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? '') && !tokens[k + 1]?.capital;
    if (!/^[\w-]+$/.test(w) || /^(?:that|and|or|but|which|who)$/.test(w)) return false;
  }
  return false;
}

/**
 * A verb of granting ("accept", "acknowledge") whose "that" clause tells what is going on, its verb
 * in the progressive: "accept that the checks are causing strain" grants a fact about the demand's
 * subject and takes no side on it ("accept that the checks are needed", "… will stay" still do).
 */
function grantedFact(tokens: readonly Token[], m: { first: number; last: number }): boolean {
  if (!GRANTING.test(tokens[m.last]?.lower ?? '') || tokens[m.last + 1]?.lower !== 'that') return false;
  for (let j = m.last + 2; j < Math.min(tokens.length - 1, m.last + 16); j++) {
    const t = tokens[j] as Token;
    if (/^[,;:.!?—–()]$/.test(t.text) || /^(?:that|which|who|because|but)$/.test(t.lower)) return false;
    if (/^(?:is|are|was|were)$/.test(t.lower)) {
      const next = tokens[j + 1]?.lower ?? '';
      return /ing$/.test(next) && !/^(?:being|going)$/.test(next);
    }
  }
  return false;
}

export function findCueMatches(
  tokens: readonly Token[],
  compiled: CompiledOntology,
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
): TokenMatch<Attitude>[] {
  const carriers = compiled.carriers.find(tokens);
  // "points to the right of states to decide freely …": a cue whose last word opens a demand phrase
  // ("point to the right" / "right of … to decide freely") gives that word back to the phrase.
  // (Not a cue with a gap: in "keeps the open-door policy", "keep … open" took no word of its own.)
  const phraseStarts = new Set(
    compiled.demandPhrases
      .find(tokens)
      .filter((p) => p.last > p.first && looseValues(p, tokens).length > 0)
      .map((p) => p.first),
  );
  const found: TokenMatch<Attitude>[] = [];
  const whole = compiled.cues.find(tokens);
  for (let n = 0; n < whole.length; n++) {
    const m = whole[n] as TokenMatch<Attitude>;
    // "will keep backing the open door": not "keep … open"; the cues from the gerund on, read anew up
    // to the next match.
    if (keptDoingInGap(tokens, m)) {
      found.push(...compiled.cues.find(tokens, m.first + 1, whole[n + 1]?.first ?? tokens.length));
      continue;
    }
    found.push(
      m.last > m.first && !m.phrase.includes('…') && phraseStarts.has(m.last)
        ? endingAt(m, m.last - 1)
        : (openToTalksPastLasting(tokens, m, compiled.cues) ?? m),
    );
  }
  // ("willing to restart briefings, the chief said, and to talk about …": the head carried over.)
  found.push(...carriedInfinitiveMatches(tokens, compiled.cues, found));
  // ("agreed to hold talks in Geneva on …": the talks' venue between the cue's noun and its matter.)
  found.push(...venuedTalksMatches(tokens, compiled.cues, found));
  let opening = 0;
  while (tokens[opening]?.transparent) opening++;
  // ("Moscow has to agree to …": a cue after the obligation is read with it, as after "must".)
  const muted: Array<[number, number]> = [];
  const obligations = [...obligationMatches(tokens, actors), ...hopeMatches(tokens, actors, muted)].filter(
    (o) => !found.some((m) => m.first === o.last + 1),
  );
  // ("would stand behind Kyiv if it chose to give up …": backing another's choice, see deferenceMatches.)
  const deferences = [
    ...deferenceMatches(tokens, actors, muted),
    // ("Should Kyiv decide to …, London would back that decision": the choice put first.)
    ...frontedChoiceBacking(tokens, actors, muted),
  ];
  const merged = [
    ...found.filter(
      (m) =>
        !obligations.some((o) => o.first <= m.last && m.first <= o.last) &&
        !muted.some(([a, b]) => m.first >= a && m.first <= b),
    ),
    ...obligations,
    ...deferences,
  ].sort((a, b) => a.first - b.first || b.last - a.last);
  // The checks below, in turn, in one pass: a chain of filter and map made an array at each step, of
  // another kind when empty, and each kind met anew had this reading compiled again.
  const out: TokenMatch<Attitude>[] = [];
  for (const match of merged) {
    // "Asked on the flight to Moscow about …, the president said": a reporter's question opening the
    // sentence, not someone asked to do something.
    if (match.first === opening && /^asked$/i.test(tokens[match.first]?.text ?? '')) continue;
    // "considers unacceptable any further enlargement": the verdict right after "considers" is the
    // cue; the considering is no openness.
    if (
      match.values[0] === 'open' &&
      /^consider(?:s|ed|ing)?$/.test(tokens[match.last]?.lower ?? '') &&
      found.some(
        (o) => o.first === match.last + 1 && (o.values[0] === 'rejects' || o.values[0] === 'supports'),
      )
    )
      continue;
    // "pressing for a halt to NATO enlargement": "press for", not "press … to" across the demand.
    const m =
      match.last > match.first + 2 &&
      tokens[match.first + 1]?.lower === 'for' &&
      tokens[match.last]?.lower === 'to' &&
      /^(?:press|push|ask|call)/.test(tokens[match.first]?.lower ?? '')
        ? endingAt(match, match.first + 1)
        : match;
    // "Both sides accept that the checks are causing strain": a fact granted, not a position taken.
    if (grantedFact(tokens, m)) continue;
    // "Xi is expected to discuss the arsenal with Kim", "the envoys are due to talk about …": a forecast
    // (or a timetable) of what someone will do is the writer's, no expectation or openness of theirs.
    if (forecastAt(tokens, m)) continue;
    // "a set of demands addressed to Washington": a letter's address, sent to someone, is no openness.
    if (
      m.first === m.last &&
      tokens[m.first]?.lower === 'addressed' &&
      tokens[m.first + 1]?.lower === 'to' &&
      m.values[0] === 'open'
    )
      continue;
    // "Addressing parliament, the minister argued …", "addressed reporters": speaking to an audience,
    // not taking up a matter.
    if (m.values[0] === 'open' && m.first === m.last && addressedAudience(tokens, m.first)) continue;
    // "Putin addressed the prospect of …", "addresses the crisis in remarks": what a speaker talked about.
    if (m.values[0] === 'open' && m.first === m.last && spokenAddress(tokens, m.first)) continue;
    // "considering any country's request for joining": taking members in, no openness (considered-application.ts).
    if (m.values[0] === 'open' && m.first === m.last && consideredApplication(tokens, m.first)) continue;
    // "accused Hamas of making absurd demands": a verdict on the demand noun, read by readJudgedDemands.
    if (isAdjectiveOnCarrier(tokens, m, merged)) continue;
    // (keptCue is the module's, given what it reads: a function declared in here would be named anew
    // at each call by the tsx/esbuild keepNames transform.)
    if (keptCue(m, tokens, actors, carriers)) out.push(m);
  }
  return out;
}

/** Whether findCueMatches keeps the cue `m` (a function of the module, not one made per call: see the call). */
function keptCue(
  m: TokenMatch<Attitude>,
  tokens: readonly Token[],
  actors: ReadonlyArray<{ first: number; last: number; kind: string }>,
  carriers: ReadonlyArray<Readonly<TokenMatch<true>>>,
): boolean {
  // "Ukraine has no chance of joining", "no possibility of NATO expanding": a forecast of what follows,
  // not a verdict on it; only a pointer back after it is judged ("no possibility of such an arrangement").
  const lastWord = tokens[m.last]?.lower ?? '';
  if (lastWord === 'chance' && tokens[m.last + 1]?.lower === 'of') return false;
  // "Kim agreed in principle that the North would …": the adverb "in principle" hedges the verb before
  // it; no principle is argued from (which would read the bare weapons named after it as wanted kept).
  if (m.first === m.last && /^principles?$/.test(lastWord) && tokens[m.first - 1]?.lower === 'in')
    return false;
  // "told Moscow in no uncertain terms that …": said plainly, the opposite of a hedge.
  if (
    m.values[0] === 'unclear' &&
    m.first === m.last &&
    /^(?:uncertain|unclear|ambiguous|vague)$/.test(lastWord) &&
    tokens[m.first - 1]?.lower === 'no' &&
    /^(?:terms|words|language|fashion|manner|way)$/.test(tokens[m.last + 1]?.lower ?? '')
  )
    return false;
  if (
    lastWord === 'of' &&
    tokens[m.last - 1]?.lower === 'possibility' &&
    !/^(?:such|this|that|these|those|any|it|them)$/.test(tokens[m.last + 1]?.lower ?? '')
  )
    return false;
  // "… respects Finland and Sweden for deciding not to; membership is …": an elided infinitive, its
  // verb left out, governs nothing past the semicolon.
  if (tokens[m.last]?.lower === 'to' && /^[;:—–]$/.test(tokens[m.last + 1]?.text ?? '')) return false;
  // "we look at where NATO has expanded": a question about what happened, not openness to a demand
  // ("discuss where to station missiles", "talk about where missiles may be placed" is).
  if (
    m.values[0] === 'open' &&
    /^(?:where|what|why|how)$/.test(tokens[m.last + 1]?.lower ?? '') &&
    tokens[m.last + 2]?.lower !== 'to' &&
    // ("talk about what happens to some missile systems", "… what will become of them": the
    // future of a thing, a topic to settle.)
    !whatBecomesOf(tokens, m.last + 1) &&
    !(
      tokens[m.last + 1]?.lower === 'where' &&
      tokens
        .slice(m.last + 2, m.last + 7)
        .some((t) => /^(?:are|is|may|might|could|can|should|would|will)$/.test(t.lower)) &&
      !tokens.slice(m.last + 2, m.last + 7).some((t) => /^(?:has|have|had|was|were|did)$/.test(t.lower))
    )
  )
    return false;
  // "weighed in on the debate", "weighs heavily on the talks": not weighing a matter up.
  if (m.first === m.last && m.values[0] === 'open' && weighedInOtherSense(tokens, m.first)) return false;
  // "Beijing's support for state-owned firms", "supporting domestic industries": aid given to firms or
  // trades, not backing for a position.
  if (m.first === m.last && SUPPORT_WORD.test(tokens[m.first]?.lower ?? '') && aidToEconomy(tokens, m.last))
    return false;
  // "… put them first when negotiating, with …": a verb of talks in a clause of time with no object
  // is when something happened, no openness to anything after it.
  if (
    m.first === m.last &&
    m.values[0] === 'open' &&
    /^(?:when|while|whilst|before|after)$/.test(tokens[m.first - 1]?.lower ?? '') &&
    /ing$/.test(tokens[m.first]?.lower ?? '') &&
    (!tokens[m.last + 1] || /^[,;:.!?—–-]$/.test(tokens[m.last + 1]?.text ?? ''))
  )
    return false;
  // "Kyiv had been kept off the table", "walked off the negotiating table": a party away from the
  // talks, no matter put out of them.
  if (
    m.values[0] === 'rejects' &&
    tokens[m.last]?.lower === 'table' &&
    partyOffTheTable(tokens, m.first, actors)
  )
    return false;
  // "sanctions are what brought Pyongyang to the table": a party (or person) brought to the table is
  // made to talk; no matter is put to the talks.
  if (
    m.values[0] === 'open' &&
    /^(?:bring|brings|brought|bringing)$/.test(tokens[m.first]?.lower ?? '') &&
    tokens[m.last]?.lower === 'table' &&
    actors.some(
      (a) =>
        (a.first === m.first + 1 || (a.first === m.first + 2 && tokens[m.first + 1]?.lower === 'the')) &&
        (a.last === m.last - 3 || (a.last === m.last - 4 && tokens[m.last - 3]?.lower === 'back')),
    )
  )
    return false;
  // "in a phone call on Wednesday": the noun "call", not "to call on" someone.
  if (/^call/.test((tokens[m.first] as Token).lower) && (tokens[m.last] as Token).lower === 'on') {
    const before = tokens[m.first - 1]?.lower ?? '';
    const after = tokens[m.last + 1]?.lower ?? '';
    if (CALL_NOUN_BEFORE.has(before) || WHEN_WORDS.has(after) || /^\d+$/.test(after)) return false;
  }
  // "push NATO forces back", "pull the troops back": a particle of the verb, not "to back" a demand.
  if (m.first === m.last && (tokens[m.first] as Token).lower === 'back') {
    // ("taking the forces, …, and the infrastructure back to 1997": "back to" is never "to back" someone.)
    if (/^(?:to|from|home)$/.test(tokens[m.first + 1]?.lower ?? '')) return false;
    for (let j = m.first - 1; j >= Math.max(0, m.first - 5); j--)
      if (PARTICLE_VERBS.test((tokens[j] as Token).lower)) return false;
  }
  // "undertook to bring its forces home", "has undertaken in the deal to free …": the verb of taking on
  // an obligation, with its "to" close after it. Not the noun ("a legal undertaking by NATO not to …",
  // the content of what is asked), nor "undertook a review" (carrying something out).
  if (
    m.first === m.last &&
    /^undert(?:ak|oo)/.test(tokens[m.first]?.lower ?? '') &&
    !undertakingTo(tokens, m.first)
  )
    return false;
  // "the call for a written promise that NATO would not expand": an undertaking a demand noun asks
  // for is that demand's content, a noun, not the verb of promising (as "guarantee" is there).
  if (m.first === m.last && /^(?:promises?|pledges?)$/.test(tokens[m.first]?.lower ?? '')) {
    let f = m.first - 1;
    while (
      f >= 0 &&
      (NOUN_MODIFIERS.has(tokens[f]?.lower ?? '') || /^(?:a|an|any)$/.test(tokens[f]?.lower ?? ''))
    )
      f--;
    if (tokens[f]?.lower === 'for' && carriers.some((c) => c.last === f - 1)) return false;
  }
  // "the US reply contains proposals on arms control": proposals a party's reply holds are its offer,
  // as its ideas are (below); elsewhere "proposals on …" is read by the proposal readers, not as a cue.
  if (
    m.values[0] === 'open' &&
    /^proposals?$/.test(tokens[m.first]?.lower ?? '') &&
    /^(?:on|for)$/.test(tokens[m.first + 1]?.lower ?? '')
  ) {
    let k = m.first - 1;
    while (k >= 0 && NOUN_MODIFIERS.has(tokens[k]?.lower ?? '')) k--;
    return replyHolds(tokens, k, actors);
  }
  const carrier = carriers.find((c) => c.first === m.first);
  if (!carrier) return true;
  let j = m.first - 1;
  while (j >= 0 && NOUN_MODIFIERS.has(tokens[j]?.lower ?? '')) j--;
  // "give a written guarantee that Ukraine won't join", "offered any assurance that …": an
  // undertaking handed over is the giver's, a cue like the verb "guarantee".
  {
    let g = j;
    while (g >= 0 && /^(?:a|an|any|the|such|russia|moscow|them|it|us)$/.test(tokens[g]?.lower ?? '')) g--;
    if (
      g < j + 1 &&
      GIVING_VERB.test(tokens[g]?.lower ?? '') &&
      /^(?:guarantees?|assurances?|pledges?|promises?|commitments?)$/.test(tokens[m.last]?.lower ?? '')
    )
      return true;
  }
  // "the US reply contains ideas on …", "Washington's answer includes several concrete ideas
  // regarding …": the ideas a party's reply holds are that party's offer, the open cue itself.
  if (
    m.values[0] === 'open' &&
    /^ideas?$/.test(tokens[m.first]?.lower ?? '') &&
    replyHolds(tokens, j, actors)
  )
    return true;
  // "seeking binding guarantees", "its key demands": an adjective before it makes it a noun.
  if (j < m.first - 1) return false;
  // "Moscow's main requests": a possessive makes it a noun (the quote marks around it do not).
  while (j >= 0 && tokens[j]?.transparent) {
    if (/^['’]s$/i.test((tokens[j] as Token).text)) return false;
    j--;
  }
  const before = tokens[j];
  // "Guarantees that … were demanded": a demand noun opening the sentence is a noun too.
  if (!before) return false;
  return !(
    DETERMINERS.has(before.lower) ||
    PREPOSITION_BEFORE_NOUN.has(before.lower) ||
    actors.some((a) => a.last === j && a.kind === 'adjective')
  );
}

const INVERTED_AUX = wordSet(
  /^(?:will|would|can|could|does|did|do|has|have|had|is|are|was|were|should|shall|may|might)$/,
);

/** Verbs of wielding a threat as one's own instrument: "keep the threat of tariffs", "used the threat of …". */
const WIELDING =
  /^(?:keep|keeps|kept|keeping|hold|holds|held|holding|wield|wields|wielded|wielding|use|uses|used|using|dangle|dangles|dangled|dangling|brandish|brandishes|brandished|brandishing)$/;
const DETERMINER_BEFORE_THREAT = /^(?:the|a|its|their|his|her|this|that)$/;

/**
 * Phrases that negate a clause when fronted before an inverted auxiliary: "Never did …", "Not once has
 * …", "At no point will …", "Under no circumstances would …", "Nor will …". Each is the words after its
 * first one (a fronted "not" takes one of its tails, or an intensifier the tokenizer has hidden: "Not
 * in any way did …").
 */
const FRONTED_NEGATION: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['never', [[], ['again'], ['once']]],
  ['nor', [[]]],
  ['neither', [[]]],
  ['nowhere', [[]]],
  [
    'not',
    [
      ['once'],
      ['one', 'time'],
      ['a', 'single', 'time'],
      ['even', 'once'],
      ['ever'],
      ['for', 'a', 'moment'],
      ['for', 'one', 'moment'],
      ['for', 'a', 'second'],
      ['at', 'any', 'point'],
      ['at', 'any', 'time'],
      ['at', 'any', 'stage'],
      ['under', 'any', 'circumstances'],
      ['on', 'any', 'account'],
    ],
  ],
  [
    'at',
    [
      ['no', 'point'],
      ['no', 'time'],
      ['no', 'stage'],
      ['no', 'moment'],
    ],
  ],
  [
    'in',
    [
      ['no', 'way'],
      ['no', 'sense'],
      ['no', 'case'],
    ],
  ],
  ['by', [['no', 'means']]],
  ['on', [['no', 'account']]],
  [
    'under',
    [
      ['no', 'circumstances'],
      ['no', 'circumstance'],
      ['no', 'condition'],
      ['no', 'conditions'],
    ],
  ],
  ['no', [['way']]],
]);
/** Words before a fronted negation that open its clause: "…, and never will …", "said that at no point had …". */
const CLAUSE_OPENER = wordSet(/^(?:[,;:—–(“"]|that|but|and|yet|so)$/);
/** The first word of a short phrase between a fronted negation and its auxiliary: "At no point in the talks did …". */
const FRONTED_TAIL_START = wordSet(/^(?:in|during|at|since|throughout|over|on|for|until|after)$/);
/**
 * Words of degree or comparison in the inverted clause: "Never had the allies been so united in rejecting
 * …", "Nowhere is the refusal clearer than …" stress what is said, they do not deny it.
 */
const EMPHATIC_INVERSION = wordSet(/^(?:so|more|less|as|such|too|than|most|quite)$/);

/** The fronted negation ending at `end` (past intensifiers the tokenizer has hidden) and opening its clause, or null. */
function frontedPhraseEndingAt(tokens: readonly Token[], end: number): string | null {
  // ("Not in any way did …": the intensifier is hidden.)
  let hidden = false;
  while (end > 0 && tokens[end]?.transparent && tokens[end]?.word) {
    hidden = true;
    end--;
  }
  // (The longest phrase first: "In no way", not "no way".)
  for (let first = Math.max(0, end - 3); first <= end; first++) {
    const tails = FRONTED_NEGATION.get(tokens[first]?.lower ?? '');
    if (!tails) continue;
    const words = tokens.slice(first + 1, end + 1).map((t) => t.lower);
    // (A bare "not" is no fronted phrase, "not" before a hidden "in any way" is.)
    const bareNot = tokens[first]?.lower === 'not' && words.length === 0 && hidden;
    if (
      !bareNot &&
      !tails.some((tail) => tail.length === words.length && tail.every((w, i) => w === words[i]))
    )
      continue;
    let before = first - 1;
    while (before >= 0 && tokens[before]?.transparent && !/^["“(]$/.test(tokens[before]?.text ?? ''))
      before--;
    if (before >= 0 && !CLAUSE_OPENER.test(tokens[before]?.lower ?? '')) return null;
    return tokens
      .slice(first, end + 1)
      .map((t) => t.text)
      .join(' ');
  }
  return null;
}

/**
 * The fronted negation whose clause, opened by it and an inverted auxiliary, holds the cue at `at`
 * ("Not once did Washington agree to …", "Nor, he said, will the alliance consent to …", "…, and at no
 * point will NATO accept …"), or null. Not "Never before had the allies been so united in rejecting …",
 * "Not once but twice did …", "Not only did …" (no negation of the clause).
 */
export function frontedNegation(tokens: readonly Token[], at: number): string | null {
  // The inverted auxiliary: the nearest one before the cue, with only the subject between them.
  let k = at - 1;
  for (; k >= 1 && at - k <= 9; k--) {
    const t = tokens[k] as Token;
    if (INVERTED_AUX.test(t.lower)) break;
    if (
      (!t.word && !t.transparent) ||
      (t.lower !== 'and' && STOP.has(t.lower)) ||
      EMPHATIC_INVERSION.test(t.lower)
    )
      return null;
  }
  if (k < 1 || at - k > 9 || !INVERTED_AUX.test(tokens[k]?.lower ?? '')) return null;
  const right = frontedPhraseEndingAt(tokens, k - 1);
  if (right) return right;
  // Past an aside ("Nor, she added, will …").
  if (tokens[k - 1]?.text === ',') {
    for (let j = k - 2; j >= 1 && j >= k - 6; j--) {
      if (tokens[j]?.text !== ',') continue;
      return frontedPhraseEndingAt(tokens, j - 1);
    }
    return null;
  }
  // Past a short phrase ("At no point in the talks did …").
  for (let j = k - 1; j >= 1 && j >= k - 5; j--) {
    const t = tokens[j] as Token;
    if (!t.word) return null;
    if (FRONTED_TAIL_START.test(t.lower)) {
      const phrase = frontedPhraseEndingAt(tokens, j - 1);
      if (phrase) return phrase;
    }
  }
  return null;
}

export function buildCues(
  text: string,
  tokens: readonly Token[],
  matches: ReadonlyArray<TokenMatch<Attitude>>,
  compiled: CompiledOntology,
  blocked: (i: number) => boolean,
): Cue[] {
  const negations = compiled.negations.findAll(tokens);
  const cues: Cue[] = [];
  for (const m of matches) {
    if (blocked(m.first) || blocked(m.last)) continue;
    // "as opposed to the British troops stationed in the Baltics": a contrast, not an objection.
    if (
      tokens[m.first - 1]?.lower === 'as' &&
      /^opposed(?: to)?$/i.test(text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end))
    )
      continue;
    // "The US is confirming that no missiles are at the site": confirming a fact reports it; the
    // attitude is in the clause that follows, if anywhere ("confirmed its open-door policy" still is one).
    if (
      m.first === m.last &&
      /^confirm(?:s|ed|ing)?$/.test(tokens[m.first]?.lower ?? '') &&
      tokens[m.last + 1]?.lower === 'that'
    )
      continue;
    // "… measures should the US and its allies turn down its demands": an inverted condition, no duty.
    if (m.first === m.last && invertedShouldAt(tokens, m.first)) continue;
    // "wants to keep the threat of tariffs in hand", "used the threat of sanctions": a threat the subject
    // wields is its own instrument, no judgment that something is a threat ("sees the expansion as a
    // threat", "warned of the threat of expansion").
    if (
      m.first === m.last &&
      /^threats?$/.test(tokens[m.first]?.lower ?? '') &&
      (m.values[0] as Attitude) === 'rejects' &&
      WIELDING.test(
        tokens[m.first - (DETERMINER_BEFORE_THREAT.test(tokens[m.first - 1]?.lower ?? '') ? 2 : 1)]?.lower ??
          '',
      )
    )
      continue;
    const attitude = m.values[0] as Attitude;
    // ("no say in the discussion on …": talks as a forum someone has a part in, no offer of talks.)
    if (attitude === 'open' && talksAsForumAt(tokens, m.first)) continue;
    // ("discussions on NATO's non-expansion have not yielded any progress": talks told to have failed.)
    if (attitude === 'open' && talksWithoutProgressAt(tokens, m.last)) continue;
    // Negation: within a few words before the cue, not across a clause or another cue.
    // "not willing to discuss": a negation that runs into the cue ("not willing") is this cue's.
    const into = negations.find((x) => x.first < m.first && x.last >= m.first && x.last <= m.last);
    let negation: string | null = into
      ? text.slice((tokens[into.first] as Token).start, (tokens[m.first - 1] as Token).end)
      : null;
    let steps = into ? NEGATION_WINDOW : 0;
    // "has dropped its opposition to …": a verb of giving up the cue's noun, right before it.
    let relinquished: string | null = null;
    let relinquishedAt = -1;
    // (Whether the walk back has crossed an intent: "not intend to …".)
    let acrossIntent = false;
    for (let j = m.first - 1; j >= 0 && steps < NEGATION_WINDOW; j--) {
      const t = tokens[j] as Token;
      // "unready in any form and for any reason to meet …": an intensifying phrase adds no distance.
      if (
        INTENSIFIER.has(t.lower) ||
        (t.lower === 'and' &&
          INTENSIFIER.has(tokens[j + 1]?.lower ?? '') &&
          INTENSIFIER.has(tokens[j - 1]?.lower ?? ''))
      )
        continue;
      if (
        HANDING_OVER.has(t.lower) &&
        // ("will not give up their ability to defend": a verb of its own, not a handing over.)
        tokens[j + 1]?.lower !== 'up' &&
        matches.every((o) => j < o.first || j > o.last) &&
        !negations.some((x) => x.last === j)
      )
        continue;
      // "will not, for example, allow …": an aside in commas does not part a negation from its verb.
      if (t.text === ',') {
        let k = j - 1;
        while (k >= j - 3 && ASIDE_WORD.has(tokens[k]?.lower ?? '')) k--;
        if (k < j - 1 && k >= j - 4 && tokens[k]?.text === ',') {
          j = k;
          continue;
        }
      }
      if (
        STOP.has(t.lower) ||
        blocked(j) ||
        matches.some((o) => o !== m && j >= o.first && j <= o.last && o.values[0] !== 'intent')
      )
        break;
      if (matches.some((o) => o !== m && j >= o.first && j <= o.last)) acrossIntent = true;
      if (t.transparent) continue;
      // "would not drop its support for …", "has given up its objection to …": a verb of giving up
      // whose object the cue is (past a determiner) turns it, and a negation before that verb turns it back.
      let gives = relinquishingAt(tokens, j) === j ? j : relinquishingAt(tokens, j - 1) === j ? j - 1 : -1;
      // ("urged Washington to change its policy of demanding …": a policy of the cue's act, changed or ended.)
      if (gives < 0 && POLICY_CHANGE.test(t.lower) && policyOfAt(tokens, j + 1, m.first)) gives = j;
      if (
        gives >= 0 &&
        !relinquished &&
        !into &&
        (tokens.slice(j + 1, m.first).every((x) => x.transparent || OBJECT_DETERMINER.test(x.lower)) ||
          policyOfAt(tokens, j + 1, m.first))
      ) {
        relinquished = text.slice((tokens[gives] as Token).start, t.end);
        relinquishedAt = gives;
        j = gives;
        steps++;
        continue;
      }
      // "abandon its policy of insisting that …": the policy's "of" right before the cue, read past to the
      // verb that gives the policy up (policyOfAt checks the words between).
      if (t.lower === 'of' && j === m.first - 1 && POLICY_NOUN.test(tokens[j - 1]?.lower ?? '')) {
        j--;
        continue;
      }
      // ("I don't see a lot of compromise on …", "not a great deal of willingness to …": a quantity before
      // the cue adds no distance.)
      const quantity = t.lower === 'of' ? quantityBefore(tokens, j) : -1;
      if (quantity >= 0) {
        j = quantity;
        continue;
      }
      // "could back down from its bid": a negation ending on "from" is this cue's; so is one ending on
      // "of" ("showed little sign of accepting …", "gave no sign of being ready to …").
      const endsHere =
        t.lower === 'from' || t.lower === 'of'
          ? negations.find((x) => x.last === j && x.first < j)
          : undefined;
      if (endsHere) {
        // ("will not back down from its promise that …", "has never backed away from its pledge to …": a
        // negation right before the one ending on "from" turns it back, and the cue stands.)
        const before = endsHere.first - 1;
        const twice = negations.some((x) => x.last === before) || /n['’]t$/.test(tokens[before]?.lower ?? '');
        negation = twice ? null : text.slice((tokens[endsHere.first] as Token).start, t.end);
        break;
      }
      // "is not the same as refusing it": a comparison; its negation does not reach what it compares with.
      if (t.lower === 'as' && tokens[j - 1]?.lower === 'same') break;
      // "had not moved from its refusal": the negation belongs to another verb.
      if (
        ['from', 'of'].includes(t.lower) ||
        (/ed$/.test(t.lower) && !/^(?:prepared|committed|inclined|interested|need|indeed)$/.test(t.lower))
      )
        break;
      steps++;
      const n = negations.find((x) => x.last === j);
      // "refused to rule out": "refused" is a cue of its own, which composes with this one; it does not
      // also negate it.
      if (
        n &&
        matches.some((o) => o !== m && n.first <= o.last && n.last >= o.first && o.values[0] !== 'intent')
      )
        break;
      // ("not only unacceptable but also absurd": an intensifier, not a negation.)
      if (n && /^(?:only|merely|just|simply)$/.test(tokens[n.last + 1]?.lower ?? '')) break;
      // ("Russia is not the only one opposed to …", "is not alone in rejecting …": others share the
      // attitude; the subject's own is granted, not denied.)
      if (
        n &&
        ((tokens[n.last + 1]?.lower === 'the' && tokens[n.last + 2]?.lower === 'only') ||
          (tokens[n.last + 1]?.lower === 'alone' && tokens[n.last + 2]?.lower === 'in'))
      )
        break;
      // ("will work without interruption if it agrees to …": "without" denies its own noun; it does not
      // reach past a new clause's opener to the cue.)
      if (n && tokens[n.last]?.lower === 'without' && clauseOpenerBetween(tokens, n.last + 1, m.first)) break;
      // ("How is that not a threat to us?", "asked whether that was not a threat": a question that asserts.)
      if ((n || /n['’]t$/.test(t.lower)) && rhetoricalNegation(tokens, j, m.first)) break;
      // ("does not intend to discuss …": a negation before an intent is the intent's, which composes
      // with this cue; taken here too, it would cancel itself.)
      if ((n || /n['’]t$/.test(t.lower)) && acrossIntent) break;
      if (n || /n['’]t$/.test(t.lower)) {
        negation = n ? text.slice((tokens[n.first] as Token).start, t.end) : t.text;
        break;
      }
    }
    // ("Not once has Russia dropped its demand …": a fronted negation before the verb of giving up.)
    if (relinquished)
      negation =
        (negation ??
        frontedNegation(tokens, relinquishedAt) ??
        deniedSignalBefore(tokens, relinquishedAt, (k) =>
          matches.some((o) => o !== m && k >= o.first && k <= o.last),
        ))
          ? null
          : relinquished;
    // "Nor, he said, will the alliance consent to …", "Not once did Washington agree to …": a clause
    // opened by a fronted negation and an inverted auxiliary.
    if (!negation && !relinquished) negation = frontedNegation(tokens, m.first);
    // "will let no one shut the door", "allows nobody to decide": a permission given to no one is refused.
    if (!negation && PERMISSION.test(tokens[m.first]?.lower ?? '')) {
      const next = tokens[m.first + 1]?.lower ?? '';
      const after = tokens[m.first + 2]?.lower ?? '';
      if (next === 'nobody' || (next === 'no' && /^(?:one|other|country|state|power|nation)$/.test(after)))
        negation = next === 'no' ? `no ${after}` : next;
    }
    // "would permit no effort to alter the open-door policy", "will accept no change to it": a permission
    // or an acceptance of no attempt and no change is refused (attempted-change.ts).
    if (!negation) negation = noAttemptAfter(tokens, m.last);
    // "denies that it wants …", "denied seeking …": a denial of one's own attitude negates it (not
    // "denied that NATO offered …", someone else's).
    if (!negation) {
      let j = m.first - 1;
      while (j >= 0 && j >= m.first - 6 && denialFiller((tokens[j] as Token).lower)) j--;
      if (j >= 0 && DENIAL.test((tokens[j] as Token).lower)) negation = (tokens[j] as Token).text;
      // "denied that it had threatened Kyiv, that it was massing troops, and that it wanted …": the
      // denial governs every that-clause of its list (denied-list.ts).
      else if (j >= 0) negation = denialOverList(tokens, j, m.first, denialFiller);
    }
    // "gave no indication that it is ready to …": a denied sign of the clause (denied-signal.ts).
    // (Whether a token is inside another match: an inline arrow, as a named closure costs a naming per
    // cue under the tsx/esbuild keepNames transform.)
    if (!negation && !relinquished)
      negation = deniedSignalBefore(tokens, m.first, (k) =>
        matches.some((o) => o !== m && k >= o.first && k <= o.last),
      );
    // ("did not discuss missiles", "were not discussed": a report of what the talks covered, no refusal.)
    if (negation && attitude === 'open' && m.first === m.last && talksNotHeldAt(tokens, m.first)) continue;
    cues.push(
      makeCue({
        first: m.first,
        last: m.last,
        attitude,
        text: text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end),
        negated: negation !== null,
        negation,
      }),
    );
  }
  return cues;
}

/** Words of a forecast or a timetable after a form of "be": "is expected to", "are due to". */
const FORECAST_WORD = wordSet(/^(?:expected|likely|due|scheduled|slated|set|sure|certain|bound)$/);
const BE_FORM = wordSet(/^(?:is|are|was|were|be|been|being|'s|’s|'re|’re)$/);
const FORECAST_FILLER = wordSet(
  /^(?:also|widely|now|still|not|then|reportedly|generally|further|almost|virtually|nearly|all|but|most|highly|very)$/,
);

/**
 * Whether the match `m` is told as a forecast: "is expected" itself before an infinitive (someone
 * else's expectation of the subject, not the subject's), or a cue right after "is expected to", "are
 * due to", "is likely to" (what the writer or others foresee the subject doing, at talks or after
 * them, is no position the subject has taken). Not "Iran expects Washington to …", "he expected to
 * discuss" (the subject's own expectation).
 */
function forecastAt(
  tokens: readonly Token[],
  m: { first: number; last: number; values: readonly Attitude[] },
): boolean {
  const first = tokens[m.first]?.lower ?? '';
  if (m.first === m.last && first === 'expected' && tokens[m.first + 1]?.lower === 'to')
    return beBefore(tokens, m.first);
  // ("The demands are almost sure to be turned down by Washington", "is expected to be rejected": a
  // passive infinitive forecast the same way.)
  const to =
    tokens[m.first - 1]?.lower === 'be' && tokens[m.first - 2]?.lower === 'to' ? m.first - 2 : m.first - 1;
  if (tokens[to]?.lower !== 'to') return false;
  const word = tokens[to - 1]?.lower ?? '';
  return FORECAST_WORD.test(word) && beBefore(tokens, to - 1);
}

/** Whether a form of "be" stands before `k`, past forecast fillers ("is almost sure", "are widely expected"). */
function beBefore(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && FORECAST_FILLER.test(tokens[j]?.lower ?? '')) j--;
  return BE_FORM.test(tokens[j]?.lower ?? '');
}

/** "what happens to …", "what will happen to …", "what becomes of …" opening at `k`. */
function whatBecomesOf(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.lower !== 'what') return false;
  let v = k + 1;
  if (/^(?:will|would|should|could|might|may|is|are)$/.test(tokens[v]?.lower ?? '')) v++;
  if (tokens[v - 1]?.lower !== 'what' && /^(?:is|are)$/.test(tokens[v - 1]?.lower ?? '')) {
    if (tokens[v]?.lower !== 'going' || tokens[v + 1]?.lower !== 'to') return false;
    v += 2;
  }
  const verb = tokens[v]?.lower ?? '';
  const prep = tokens[v + 1]?.lower ?? '';
  return (
    (/^(?:happens|happen)$/.test(verb) && /^(?:to|with)$/.test(prep)) ||
    (/^(?:becomes|become)$/.test(verb) && prep === 'of')
  );
}

/** Verbs of letting another do something: "let", "allow", "permit". */
export const PERMISSION = wordSet(
  /^(?:let|lets|letting|allow|allows|allowed|allowing|permit|permits|permitted|permitting)$/,
);

const YEAR = /^(1[89]\d\d|20\d\d)$/;

/** Whether a word is a year before the one before publication ("1997" in a 2022 article): history. */
export function isPastYear(word: string, publishedYear: number | null): boolean {
  return publishedYear !== null && YEAR.test(word) && Number(word) < publishedYear - 1;
}

/** The modality of a statement whose cue is at `cue` in the clause [from, to]. */
export function modalityOf(
  tokens: readonly Token[],
  clause: [number, number],
  cue: { first: number },
  published: string | null,
  demandTokens: (i: number) => boolean,
): Modality {
  return cueModality(
    tokens,
    clause,
    cue,
    demandTokens,
    clauseModality(tokens, clause, published, demandTokens),
  );
}

/** What a whole clause says of every cue in it: a past year or a historical word, an if-clause. */
export interface ClauseModality {
  historical: boolean;
  conditional: boolean;
}

export function clauseModality(
  tokens: readonly Token[],
  clause: [number, number],
  published: string | null,
  demandTokens: (i: number) => boolean,
): ClauseModality {
  const [from, to] = clause;
  const year = published ? Number(published.slice(0, 4)) : null;
  for (let i = from; i <= to; i++) {
    const t = tokens[i] as Token;
    if (demandTokens(i)) continue;
    // ("has refused since 2008": a year after "since" starts a state that lasts until now.)
    if (isPastYear(t.text, year) && tokens[i - 1]?.lower !== 'since')
      return { historical: true, conditional: false };
  }
  // The clause's words joined by spaces (a loop rather than slice + map + join: this runs per clause).
  if (historicalWording(tokens, from, to)) return { historical: true, conditional: false };
  if (pastWhen(tokens, from, year)) return { historical: true, conditional: false };
  let conditional = false;
  for (let i = from; i <= to; i++) {
    const lower = (tokens[i] as Token).lower;
    if (['if', 'unless', 'provided'].includes(lower)) conditional = true;
    // "will lift the duties only once Beijing has carried out its commitments", "only after Tehran
    // returns to compliance": a time that is a condition.
    if (ONLY_WHEN.has(lower) && tokens[i - 1]?.lower === 'only') conditional = true;
    // "would return to the deal once its demands are met": "once" opening a clause of its own.
    if (lower === 'once' && onceOpensCondition(tokens, i)) conditional = true;
    // "will free the hostages only within a deal that ends the war": the deal is the condition.
    if (lower === 'only' && onlyInExchange(tokens, i + 1)) conditional = true;
  }
  return { historical: false, conditional };
}
const ONLY_WHEN = new Set(['once', 'after', 'when']);

/** A decade: "1990s", "the '90s". */
const DECADE = /^(?:1[89]|20)\d0s$|^['’]\d0s$/;
/**
 * "It goes back to the 1990s, when NATO pledged …", "in 2008, when the allies promised …": a when-clause
 * right after a past year or decade tells what happened then.
 */
function pastWhen(tokens: readonly Token[], from: number, year: number | null): boolean {
  let w = from;
  if (tokens[w]?.text === ',') w++;
  if (tokens[w]?.lower !== 'when') return false;
  let p = w - 1;
  if (tokens[p]?.text === ',') p--;
  const t = tokens[p];
  return !!t && (DECADE.test(t.lower) || isPastYear(t.text, year));
}

/** "still" within the three words before the cue ("still does not accept", "still refuses to"). */
function stillBefore(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let i = Math.max(from, cue - 3); i < cue; i++) if ((tokens[i] as Token).lower === 'still') return true;
  return false;
}

/** The modality of one cue, given what its clause says ({@link clauseModality}). */
export function cueModality(
  tokens: readonly Token[],
  clause: [number, number],
  cue: { first: number },
  demandTokens: (i: number) => boolean,
  whole: ClauseModality,
): Modality {
  const [from] = clause;
  // "Belgrade still does not accept the independence Kosovo declared in 2008": "still" before the cue says
  // the position holds now, whatever past year the clause names.
  if (whole.historical && !stillBefore(tokens, from, cue.first)) return 'historical';
  // A modal verb right before the cue ("would accept", "could be willing"), not one inside the demand.
  for (let i = Math.max(from, cue.first - 3); i < cue.first; i++) {
    if (demandTokens(i)) continue;
    if (CONDITIONAL.has((tokens[i] as Token).lower)) return 'conditional';
  }
  if (whole.conditional) return 'conditional';
  // "will not agree" is a refusal now; "will discuss" is a future step.
  for (let i = Math.max(from, cue.first - 3); i < cue.first; i++) {
    const lower = (tokens[i] as Token).lower;
    const next = tokens[i + 1]?.lower ?? '';
    if (
      (FUTURE.has(lower) || lower.endsWith("'ll")) &&
      lower !== "won't" &&
      next !== 'not' &&
      next !== 'never'
    )
      return 'future';
  }
  return 'present';
}
