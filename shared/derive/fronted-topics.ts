/**
 * A demand put first as the topic of a refusal: "On enlargement, Washington gave no ground", "On the
 * main question — no further NATO expansion — the American reply gave no positive answer, Lavrov
 * said". The sentence opens with "On …", "As for …", "As to …" or "Regarding …" naming the demand (or a
 * pointer to it), a party or its paper follows as the subject, and a refusal with no object of its own
 * comes right after it: the subject refuses the topic's demand. Not a subject that proposes the demand
 * itself ("On enlargement, Ryabkov gave no ground" is the proposer holding firm), nor any other verdict
 * than a refusal (praise, openness and doubt stay with the readers that see their own objects).
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { DemandMention } from './demand-mentions';
import type { Holder } from './analyze-sentence/types';
import { wordSet } from './word-set';
import type { Cue } from './cues';

/** Words opening a fronted topic (with "as" before "for" and "to"). */
const TOPIC_OPENER = wordSet(/^(?:on|regarding|concerning)$/);
/** A one-word aside after the topic: "On enlargement, though, …". */
const TOPIC_ASIDE = wordSet(/^(?:though|however|meanwhile|moreover|too|also)$/);
/** Between the subject and its verdict: auxiliaries and adverbs of time or manner. */
const BETWEEN = wordSet(
  /^(?:has|have|had|already|again|also|still|simply|flatly|firmly|once|will|would|did|does|do)$/,
);
/** Verbs giving what a refusal names: "gave no ground", "offered nothing". */
const GIVING = wordSet(
  /^(?:gave|gives|give|offered|offers|made|makes|contained|contains|had|has|showed|shows)$/,
);
/** Where a topic phrase may end before the subject: a comma or a dash. */
const TOPIC_END = wordSet(/^(?:,|—|–)$/);
/** A party's paper named after its owner: "the American reply", "the US paper". */
const PAPER = wordSet(
  /^(?:reply|replies|answer|answers|response|responses|paper|document|letter|letters|text)$/,
);
/** At most this many words of topic (the demand's words, a pointer and a list set off by dashes). */
const TOPIC_WORDS = 30;

export function readFrontedTopics(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, speakers } = r;
  let open = 0;
  while (tokens[open]?.transparent) open++;
  const first = tokens[open]?.lower ?? '';
  let k = open + 1;
  if (first === 'as' && /^(?:for|to)$/.test(tokens[k]?.lower ?? '')) k++;
  else if (!TOPIC_OPENER.test(first)) return;
  const topicStart = k;
  // The topic runs to a comma or a dash; a dash opens a list set off to its closing dash ("— … —").
  let end = -1;
  for (let i = topicStart; i < tokens.length && i <= topicStart + TOPIC_WORDS; i++) {
    const w = tokens[i]!.text;
    if (!TOPIC_END.test(w)) continue;
    // ("On enlargement, though, …", "On the main question, though — …": past a one-word aside.)
    if (
      w === ',' &&
      TOPIC_ASIDE.test(tokens[i + 1]?.lower ?? '') &&
      TOPIC_END.test(tokens[i + 2]?.text ?? '')
    ) {
      i++;
      continue;
    }
    if (w === '—' || w === '–') {
      let close = i + 1;
      while (close < tokens.length && close <= i + TOPIC_WORDS && tokens[close]!.text !== w) close++;
      if (tokens[close]?.text !== w) return;
      end = close;
      break;
    }
    end = i;
    break;
  }
  if (end < 0) return;
  // (A pointer only as the whole topic: "On the main question of energy prices" has a topic of its own.)
  const topic: DemandMention[] = mentions.filter(
    (m) =>
      m.first >= topicStart &&
      m.last < end &&
      (m.kind !== 'reference' || TOPIC_END.test(tokens[m.last + 1]?.text ?? '')),
  );
  if (topic.length === 0) return;
  // The subject opens the clause after the topic: a party, a party's paper ("the American reply"), or
  // "it" for the paper the sentence before named ("Lavrov said the American document … . On …, it …").
  let at = end + 1;
  let holder: Holder | null = null;
  let v = at;
  const before = r.input.paperBefore;
  const unowned =
    tokens[at]?.lower === 'the' &&
    PAPER.test(tokens[at + 1]?.lower ?? '') &&
    !r.actors.some((a) => a.first === at + 2);
  if ((tokens[at]?.lower === 'it' || unowned) && before?.kind === 'party') {
    holder = { parties: [...before.parties], kind: 'subject', matched: before.matched, role: before.role };
    v = unowned ? at + 2 : at + 1;
  } else {
    if (tokens[at]?.lower === 'the') at++;
    const subject = r.actors.find((a) => a.first === at && a.parties.length > 0);
    if (!subject) return;
    v = subject.last + 1;
    // ("the American reply", "the US paper": the paper speaks for its owner; an adjective only so.)
    if (PAPER.test(tokens[v]?.lower ?? '')) {
      v++;
      holder = { parties: [...subject.parties], kind: 'subject', matched: subject.text, role: subject.role };
    } else if (speakers.includes(subject)) holder = r.asHolder(subject);
    else return;
  }
  while (v < tokens.length && BETWEEN.test(tokens[v]!.lower)) v++;
  // ("gave no positive answer", "offered nothing": a verb before a refusal named as what it gives.)
  if (GIVING.test(tokens[v]?.lower ?? '') && /^(?:no|nothing)$/.test(tokens[v + 1]?.lower ?? '')) v++;
  const cue = cues.find((c) => c.first === v && !c.owner);
  if (!cue || cue.attitude !== 'rejects' || cue.negated) return;
  const ci = clauseOf(spans, cue.first);
  if (ci < 0) return;
  // The refusal has no demand of its own after it ("… rejected the call for talks on missiles").
  if (mentions.some((m) => m.first > cue.last && clauseOf(spans, m.first) === ci)) return;
  emitTopicRefusals(r, holder, cue, topic, ci);
}

/**
 * The holder's refusal `cue` on each demand of `topic`: only for a party the demand is put to ("On
 * enlargement, the Chinese paper gave no answer" is an outsider's paper, and a proposer giving no
 * ground holds its own demand firm), and not twice for one mention.
 */
export function emitTopicRefusals(
  r: SentenceReading,
  holder: Holder,
  cue: Cue,
  topic: readonly DemandMention[],
  ci: number,
): void {
  const { findings, compiled } = r;
  for (const m of topic) {
    const asked = compiled.addressees.get(m.demand);
    if (!asked || !holder.parties.every((p) => asked.has(p))) continue;
    if (holder.parties.some((p) => compiled.proposers.get(m.demand)?.has(p))) continue;
    if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
    r.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, ci);
  }
}
