/**
 * A party making the demand its condition or priority: "Russia made an American withdrawal from every
 * Central and Eastern European state a precondition for settling the crisis", "Tehran has made the
 * lifting of sanctions a condition of any deal", "Kabul set a ceasefire as a precondition for talks",
 * "the Taliban see the release of their prisoners as a priority". The subject supports the demand (or,
 * where the words name its opposite, "Kyiv made membership of the alliance its priority", rejects it).
 *
 * The demand's words stand between the verb and the condition's noun, which a cue's gap (three words at
 * most) cannot span: the reader takes the demand's noun phrase, of any length up to a clause's end, and
 * asks only that a condition's noun close it. Not "made it a condition that …" (the condition is a clause,
 * read by the cues of its own words), nor "made … conditional on …" (what is conditioned is offered, not
 * asked), nor a condition another party set ("a precondition Washington rejects", "a condition set by
 * Moscow"), nor a negated or hypothetical making ("has not made …", "would make …").
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { ActorMention } from './actors';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';

/** "made … a precondition". */
const MAKING = wordSet(/^(?:make|makes|made|making)$/);
/** "set … as a precondition", "sees … as a priority". */
const TAKING_AS = wordSet(
  /^(?:set|sets|setting|named|names|listed|lists|sees|saw|seen|views|viewed|regards|regarded|treats|treated|identified|identifies|establish|established|establishes)$/,
);
/** Between the subject and its verb: "has", "also", "formally", "now" (no modal of a guess, no negation). */
const BEFORE_VERB = wordSet(
  /^(?:has|have|had|also|now|effectively|formally|explicitly|repeatedly|again|already|long|always|consistently|publicly|officially|firmly|clearly|essentially|reportedly|since|will|'ll|’ll|then|still|in|effect|practically|openly|expressly)$/,
);
/** A condition's noun. */
const CONDITION_NOUN = wordSet(
  /^(?:precondition|preconditions|condition|conditions|prerequisite|prerequisites|priority|priorities|requirement|requirements)$/,
);
/** Before the condition's noun: its determiner. */
const CONDITION_DETERMINER = wordSet(/^(?:a|an|the|its|their|his|her|our|my)$/);
/** Before the condition's noun: what may qualify it, weighing it as much or more (not "lower", "secondary"). */
const CONDITION_ADJECTIVE = wordSet(
  /^(?:key|main|central|top|absolute|first|basic|essential|necessary|non|negotiable|firm|formal|explicit|chief|core|major|prime|overriding|paramount|strategic|national|highest|urgent|primary|principal|crucial|vital|fundamental|important|indispensable|mandatory|immediate|overall|political|pre|only|sole|single|number|one|no\.|1|-)$/,
);
/**
 * Words the demand's noun phrase does not hold: a new clause or predicate, a negation, a weighing down
 * ("less of a priority"), a word that makes it someone's position ("Russia's demand for …").
 */
const NOT_IN_PHRASE = wordSet(
  /^(?:that|which|who|whom|whose|if|unless|but|while|whereas|because|as|when|after|before|until|since|so|than|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|must|may|might|shall|not|never|no|less|lower|lesser|secondary|said|says|it|clear|sure|plain|known|public|possible|demand|demands|call|calls|insistence|request|requests|proposal|proposals|offer|offers|position|stance|idea|refusal|rejection|opposition|conditional|contingent|dependent|talks|talk|negotiations|negotiation|discussion|discussions|dialogue|consultations)$/,
);
/** After the condition's noun, the party that set it: "a precondition set by Moscow", "imposed by". */
const SET_BY = wordSet(/^(?:set|imposed|laid|demanded|sought|put|named|posed|made)$/);
const NEGATION = wordSet(/^(?:not|never|n't|no|longer)$/);
/** How far the demand's words may stand from the verb, and how far past them the noun phrase runs. */
const MAX_BEFORE = 6;
const MAX_AFTER = 14;

/** A word of a noun phrase: a word not closing it, a quote mark, hyphen or "'s", a comma in "5,000". */
function inPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === ',')
    return /^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d{3}$/.test(tokens[k + 1]?.text ?? '');
  if (!t.word) return t.transparent;
  return !NOT_IN_PHRASE.test(t.lower);
}

/**
 * The condition phrase starting at `k` ("a precondition", "its top priority", "one of its key
 * conditions", "preconditions"), as the index of its noun, or -1.
 */
function conditionAt(tokens: readonly Token[], k: number): number {
  let j = k;
  // ("one of its key conditions")
  if (tokens[j]?.lower === 'one' && tokens[j + 1]?.lower === 'of') j += 2;
  const determined = CONDITION_DETERMINER.test(tokens[j]?.lower ?? '');
  if (determined) j++;
  let qualified = false;
  while (j < k + 7 && CONDITION_ADJECTIVE.test(tokens[j]?.lower ?? '')) {
    j++;
    qualified = true;
  }
  const noun = tokens[j];
  if (!noun || !CONDITION_NOUN.test(noun.lower)) return -1;
  // (Bare, only a plural or a qualified noun: "made them preconditions", "made it top priority".)
  if (!determined && !qualified && !/s$/.test(noun.lower)) return -1;
  return j;
}

/** Whether a party other than the subject's is named as the one that set the condition after `noun`. */
function setByOther(r: SentenceReading, noun: number, parties: readonly string[]): boolean {
  const { tokens, actors } = r;
  let k = noun + 1;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k++;
  const setter = (a: ActorMention): boolean =>
    a.parties.length > 0 && !a.parties.some((p) => parties.includes(p));
  // ("a precondition Washington rejects", "a condition that the Taliban have refused")
  let n = k;
  if (/^(?:the|a|an)$/.test(tokens[n]?.lower ?? '')) n++;
  if (actors.some((a) => a.first === n && setter(a))) return true;
  // ("a precondition set by Moscow")
  if (SET_BY.test(tokens[k]?.lower ?? '')) {
    let b = k + 1;
    if (/^(?:down|forward|up|out)$/.test(tokens[b]?.lower ?? '')) b++;
    if (tokens[b]?.lower === 'by') {
      let a0 = b + 1;
      if (/^(?:the|a|an)$/.test(tokens[a0]?.lower ?? '')) a0++;
      return actors.some((a) => a.first === a0 && setter(a));
    }
  }
  return false;
}

/**
 * The subject of the verb at `v`: a party named right before it, past "has", "also", "formally" and the
 * like, or before ", which has …", opening its clause; null where a negation or another word stands
 * between, or where none is named.
 */
function subjectOf(r: SentenceReading, v: number): ActorMention | null {
  const { tokens, speakers } = r;
  let k = v - 1;
  while (k >= 0 && BEFORE_VERB.test(tokens[k]?.lower ?? '')) k--;
  if (tokens.slice(k + 1, v).some((t) => NEGATION.test(t.lower))) return null;
  // ("Russia, which has made …")
  if (/^(?:which|who)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.text === ',') k -= 2;
  const subject = speakers.find((a) => a.last === k && a.parties.length > 0);
  if (!subject || r.inPrepositionalPhrase(subject)) return null;
  // (Opening its clause: the sentence's start, after a comma, "and", "but", "that", a quote or a colon.)
  let b = subject.first - 1;
  if (/^(?:the|a|an)$/.test(tokens[b]?.lower ?? '')) b--;
  if (b >= 0 && !/^(?:,|and|but|that|while|;|:|"|“|—|–)$/.test(tokens[b]?.lower ?? '')) return null;
  return subject;
}

/** Before words naming the demand's opposite, only a determiner or a party: "Kyiv made its membership …". */
const BEFORE_OPPOSITE = wordSet(/^(?:the|a|an|its|their|his|her|our|full|eventual|future)$/);

/**
 * The verb of making or taking as, at or before the demand's words, with the words between a noun
 * phrase's. Before words naming the demand's opposite, only a determiner or a party's name: "made
 * preventing NATO's expansion a priority" turns the words round, which this reader does not follow.
 */
function verbBefore(r: SentenceReading, m: DemandMention): number {
  const { tokens, actors } = r;
  for (let v = m.first - 1; v >= 0 && v >= m.first - MAX_BEFORE; v--) {
    const w = tokens[v]?.lower ?? '';
    if (MAKING.test(w) || TAKING_AS.test(w)) return v;
    if (!inPhrase(tokens, v)) return -1;
    if (
      m.direction === -1 &&
      !BEFORE_OPPOSITE.test(w) &&
      !tokens[v]?.transparent &&
      !actors.some((a) => a.first <= v && a.last >= v)
    )
      return -1;
  }
  return -1;
}

/** "conditioned its return on …", "made its return conditional on …": the demand after "on". */
const CONDITIONING = wordSet(/^(?:conditioned|conditions|conditioning|condition)$/);
const CONDITIONAL = wordSet(/^(?:conditional|contingent|dependent)$/);
/** How long the conditioned noun phrase may be ("its participation in intra-Afghan talks"). */
const MAX_CONDITIONED = 8;

/**
 * "The Taliban conditioned their participation in the talks on the release of their prisoners", "Tehran
 * has made its return to the accord conditional on the lifting of sanctions": the verb whose subject
 * sets the demand after "on" as its condition, or -1. What is conditioned (before "on") is the subject's
 * own step, offered on terms, and is left to the other readers.
 */
function conditioningVerb(r: SentenceReading, m: DemandMention): number {
  const { tokens } = r;
  let on = m.first - 1;
  while (on >= 0 && on >= m.first - MAX_BEFORE && !/^(?:on|upon)$/.test(tokens[on]?.lower ?? '')) {
    const t = tokens[on] as Token;
    if (!inPhrase(tokens, on)) return -1;
    if (m.direction === -1 && !t.transparent && !BEFORE_OPPOSITE.test(t.lower)) return -1;
    on--;
  }
  if (!/^(?:on|upon)$/.test(tokens[on]?.lower ?? '')) return -1;
  const made = CONDITIONAL.test(tokens[on - 1]?.lower ?? '');
  for (let v = made ? on - 2 : on - 1; v >= 0 && v >= on - 1 - MAX_CONDITIONED; v--) {
    const w = tokens[v]?.lower ?? '';
    if (made ? MAKING.test(w) : CONDITIONING.test(w)) return v < (made ? on - 2 : on - 1) ? v : -1;
    if (!inPhrase(tokens, v) && !/^(?:on|in|to|of|into|with)$/.test(w)) return -1;
  }
  return -1;
}

/**
 * (A made condition needs its noun (conditionAt: CONDITION_NOUN); a conditioned one, its verb
 * (conditioningVerb: MAKING or CONDITIONING). Without one of these words, nothing is read.)
 */
const CONDITION_WORD = triggerList(CONDITION_NOUN, MAKING, CONDITIONING);

export function readMadeConditions(r: SentenceReading): void {
  const { tokens, mentions, spans, findings } = r;
  if (!holdsTrigger(tokens, CONDITION_WORD)) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0) continue;
    const v = verbBefore(r, m);
    if (v < 0) {
      readConditioned(r, m);
      continue;
    }
    const as = TAKING_AS.test(tokens[v]?.lower ?? '');
    // The noun phrase runs on past the demand's words to the condition's noun.
    let noun = -1;
    let opens = -1;
    for (let k = m.last + 1; k <= m.last + 1 + MAX_AFTER && k < tokens.length; k++) {
      if (as) {
        if (tokens[k]?.lower === 'as') {
          noun = conditionAt(tokens, k + 1);
          opens = k;
          break;
        }
      } else {
        noun = conditionAt(tokens, k);
        opens = k;
        if (noun >= 0) break;
      }
      if (!inPhrase(tokens, k)) break;
    }
    if (noun < 0) continue;
    const subject = subjectOf(r, v);
    if (!subject) continue;
    const holder = r.asHolder(subject);
    if (setByOther(r, noun, holder.parties)) continue;
    if (findings.some((f) => f.demand === m.demand && holder.parties.includes(f.party))) continue;
    // (The cue is the verb, standing before the demand's words; its text names the condition too.)
    const said = r.input.text.slice((tokens[opens] as Token).start, (tokens[noun] as Token).end);
    const cue = { ...r.wordsCue(v, v, 'supports'), text: `${(tokens[v] as Token).text} … ${said}` };
    r.emit(
      holder,
      { attitude: 'supports', negated: false, conditionNoun: noun },
      cue,
      m,
      Math.max(0, clauseOf(spans, m.first)),
    );
  }
}

/** "conditioned its return on X", "made its return conditional on X": the subject supports X. */
function readConditioned(r: SentenceReading, m: DemandMention): void {
  const { tokens, spans, findings } = r;
  const v = conditioningVerb(r, m);
  if (v < 0) return;
  const subject = subjectOf(r, v);
  if (!subject) return;
  const holder = r.asHolder(subject);
  if (findings.some((f) => f.demand === m.demand && holder.parties.includes(f.party))) return;
  const on = tokens.findIndex((t, k) => k > v && /^(?:on|upon)$/.test(t.lower));
  const said = CONDITIONAL.test(tokens[on - 1]?.lower ?? '') ? `${(tokens[on - 1] as Token).text} ` : '';
  const cue = {
    ...r.wordsCue(v, v, 'supports'),
    text: `${(tokens[v] as Token).text} … ${said}${(tokens[on] as Token).text}`,
  };
  r.emit(holder, { attitude: 'supports', negated: false }, cue, m, Math.max(0, clauseOf(spans, m.first)));
}
