/**
 * A demand called a small matter ("Tehran's demand … is only a minor point in the talks", "the
 * delisting is not the main obstacle to a deal", "dismissed the call as a side issue"): a weighing of
 * how much it counts, not a stand for or against it. Its own proposer saying so is softening on it
 * (open); another party saying so has not refused it.
 */
import { canSpeak } from '../actors';
import type { Token } from '../tokens';
import type { SentenceFinding, SentenceInput } from './types';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';

/** "stands in the way", "what stood in the way" (tested per word: a set, not a pattern). */
const STAND = wordSet(/^(?:stands?|stood)$/);

/** Adjectives that make a matter small. */
const MINOR = wordSet(
  /^(?:minor|secondary|side|peripheral|marginal|subsidiary|lesser|tangential|second-order|small)$/,
);
/** Nouns a small matter is: "a minor point", "a side issue", "a secondary question". */
const MATTER = wordSet(
  /^(?:point|points|issue|issues|matter|matters|question|questions|detail|details|concern|concerns|consideration|considerations|thing|affair)$/,
);
/** Words that lead the most important matter: "the main obstacle", "the key hurdle". */
const MAIN = wordSet(
  /^(?:main|chief|biggest|key|principal|major|central|primary|core|real|greatest|largest)$/,
);
/** What stands in the way or comes first: "obstacle", "sticking point", "priority". */
const OBSTACLE = wordSet(
  /^(?:obstacle|obstacles|hurdle|hurdles|issue|problem|sticking|stumbling|barrier|impediment|priority|obstruction|snag)$/,
);
/** A copula opening the predicate. */
const BE = wordSet(/^(?:is|was|are|were|remains|remained|['’]s)$/);
/** Verbs that class their object: "called it a minor point", "dismissed it as a side issue". */
const CLASSING = wordSet(
  /^(?:call|calls|called|calling|describe|describes|described|describing|dismiss|dismisses|dismissed|dismissing|term|terms|termed|label|labels|labelled|labeled|regard|regards|regarded|see|sees|saw|view|views|viewed|treat|treats|treated|consider|considers|considered|deem|deems|deemed)$/,
);
/** Words before the small adjective: "only a", "merely one of the", "just a rather". */
const BEFORE_MINOR = wordSet(
  /^(?:only|merely|just|simply|but|now|a|an|one|of|the|rather|really|still|quite|relatively|somewhat|fairly|very|as|more|its|their)$/,
);
/** Where the search for the predicate stops: another clause ("…, and missile limits were a side issue"). */
/** (A downplaying predicate needs one of these words: the sentence holds none, nothing is read.) */
const DOWNPLAYING = triggerList(MINOR, MAIN, STAND);
const STOP = wordSet(/^(?:;|,|but|while|whereas|although|though|because|if|unless)$/);

const quoteMark = (t: Token | undefined): boolean => !!t && /^["“”‘’']$/.test(t.text);

/** Whether a small matter is named from token `k` ("only a “minor” point"): the index past it, or -1. */
function minorMatterAt(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j < tokens.length && (BEFORE_MINOR.test(tokens[j]?.lower ?? '') || quoteMark(tokens[j]))) j++;
  if (!MINOR.test(tokens[j]?.lower ?? '')) return -1;
  j++;
  while (quoteMark(tokens[j])) j++;
  return MATTER.test(tokens[j]?.lower ?? '') ? j : -1;
}

/** After a copula at `k`: "not the main obstacle", "not what mainly stands in the way". */
function notTheMainAt(tokens: readonly Token[], k: number): number {
  if (!/^(?:not|n['’]t)$/.test(tokens[k]?.lower ?? '')) return -1;
  let j = k + 1;
  if (tokens[j]?.lower === 'what') {
    for (let e = j + 1; e <= j + 3; e++)
      if (STAND.test(tokens[e]?.lower ?? '') && tokens[e + 1]?.lower === 'in') return e + 1;
    return -1;
  }
  while (/^(?:the|a|an|our|their|its|only|one|of)$/.test(tokens[j]?.lower ?? '')) j++;
  if (!MAIN.test(tokens[j]?.lower ?? '')) return -1;
  return OBSTACLE.test(tokens[j + 1]?.lower ?? '') ? j + 1 : -1;
}

/**
 * The predicate playing the demand named at `from`..`last` down: the first copula after it in its
 * clause with a small matter or "not the main obstacle" after it; or a classing verb before it with a
 * small matter after it ("called Tehran's demand … a minor point"). The predicate's span and, for a
 * classing verb, its index; null if none.
 */
function downplayingPredicate(
  tokens: readonly Token[],
  first: number,
  last: number,
): { first: number; last: number; verb: number } | null {
  for (let k = last + 1; k < tokens.length && k <= last + 25; k++) {
    const w = tokens[k]?.lower ?? '';
    if (STOP.test(w)) break;
    if (CLASSING.test(w)) break;
    if (!BE.test(w)) continue;
    const end = Math.max(minorMatterAt(tokens, k + 1), notTheMainAt(tokens, k + 1));
    return end >= 0 ? { first: k, last: end, verb: -1 } : null;
  }
  // A classing verb shortly before the demand, a small matter after it.
  for (let v = first - 1; v >= 0 && v >= first - 6; v--) {
    if (!CLASSING.test(tokens[v]?.lower ?? '')) continue;
    // (A noun, not the verb: "Iran's call to …", "the call for …".)
    if (/^(?:['’]s|the|a|an|its|their|his|her|this|that)$/.test(tokens[v - 1]?.lower ?? '')) continue;
    for (let k = last + 1; k < tokens.length && k <= last + 20; k++) {
      const w = tokens[k]?.lower ?? '';
      if (STOP.test(w)) break;
      const end = minorMatterAt(tokens, k);
      if (end >= 0 && (k === last + 1 || /^(?:as|a|an|only|merely|just|simply|but|one)$/.test(w)))
        return { first: v, last: end, verb: v };
    }
    return null;
  }
  return null;
}

/**
 * Applies the rule to the sentence's findings: the proposer's own voice calling its demand a small
 * matter turns its support into openness; another party classing the demand so ("dismissed it as a
 * side issue") refuses nothing, so its refusal read from that verb goes.
 */
export function downplayedDemands(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, mentions, compiled, actors, speaker, previousSpeaker } = input;
  if (!holdsTrigger(tokens, DOWNPLAYING)) return;
  const speaking =
    speaker?.kind === 'party' ? speaker : previousSpeaker?.kind === 'party' ? previousSpeaker : null;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    const p = downplayingPredicate(tokens, m.first, m.last);
    if (!p) continue;
    const cue = tokens
      .slice(p.first, p.last + 1)
      .map((t) => t.text)
      .join(' ');
    // Who weighs it: a classing verb's subject (the name right before it, past auxiliaries), else the speaker.
    let judges: readonly string[] = [];
    if (p.verb >= 0) {
      let k = p.verb - 1;
      while (
        /^(?:has|have|had|also|again|repeatedly|publicly|openly|has|was|is)$/.test(tokens[k]?.lower ?? '')
      )
        k--;
      const subject = actors.find((a) => a.last === k && canSpeak(a));
      judges = subject ? subject.parties : [];
    } else if (speaking) judges = speaking.parties;
    const proposers = compiled.proposers.get(m.demand);
    // (After a copula, a proposer's support read in its own words, whoever the speaker was found to be:
    // "…, he said, adding that the delisting is not the main obstacle".)
    if (p.verb < 0)
      for (const f of findings)
        if (f.voice === 'own' && proposers?.has(f.party) && !judges.includes(f.party))
          judges = [...judges, f.party];
    for (const party of judges) {
      if (proposers?.has(party)) {
        for (const f of findings)
          if (f.party === party && f.demand === m.demand && f.stance === 'supports') {
            f.stance = 'open';
            f.cue = cue;
            f.negated = false;
          }
      } else if (p.verb >= 0) {
        for (let i = findings.length - 1; i >= 0; i--) {
          const f = findings[i] as SentenceFinding;
          if (f.party === party && f.demand === m.demand && f.stance === 'rejects') findings.splice(i, 1);
        }
      }
    }
  }
}
