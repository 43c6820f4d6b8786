/**
 * A refusal said to be missing from a party's paper, with "there is" for its subject: "On the main
 * question there is no positive answer in the US reply", "There is nothing positive on enlargement in
 * the American paper", "On the main issue, there is no positive response in this document" (the paper
 * the sentence before named, or the one the speaker is said to speak of: "…, Lavrov said of the US
 * reply"). It says what "the US reply contains no positive answer on …" says: the paper's owner refuses
 * the demand named as the topic (fronted with "On …", "Regarding …", or right after the refusal).
 *
 * Narrow, as fronted-topics.ts is: "there" and a form of "be" right before a refusal with no object of
 * its own elsewhere in the clause, the paper in an "in …" phrase of the same clause, its owner a party
 * the demand is put to (not its proposer, not an outsider), and nothing but the paper for a holder: an
 * existential with no paper ("there is no positive answer yet") reads nothing here.
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { ActorMention } from './actors';
import type { Holder } from './analyze-sentence/types';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { emitTopicRefusals } from './fronted-topics';

const BE = wordSet(/^(?:is|was|are|were|'s|’s)$/);
/** Words opening a fronted topic. */
const TOPIC_OPENER = wordSet(/^(?:on|regarding|concerning)$/);
/** A party's paper: "the US reply", "the American written answer". */
const PAPER = wordSet(
  /^(?:reply|replies|answer|answers|response|responses|paper|document|letter|letters|text|proposal|proposals)$/,
);
/** Words that may stand between a paper's owner and the paper: "the US written reply". */
const PAPER_MODIFIER = wordSet(/^(?:written|formal|official|latest|new|draft|two|joint)$/);
/** Words pointing at a paper already named: "in the paper", "in this document". */
const PAPER_POINTER = wordSet(/^(?:the|this|that)$/);
/** The words of speaking that may say which paper the words are about: "Lavrov said of the US reply". */
const SPOKE_OF = wordSet(/^(?:said|says|added|remarked|noted|told|wrote)$/);
/** How far after the refusal the paper may be named: "no positive answer on the main question in the US reply". */
const PAPER_REACH = 12;

/** The party owning the paper named from `k` on (past an article), with where it ends; null if none. */
function ownedPaper(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  k: number,
): { owner: ActorMention; last: number } | null {
  if (PAPER_POINTER.test(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'its') k++;
  const owner = actors.find((a) => a.first === k && a.parties.length > 0);
  if (!owner) return null;
  let p = owner.last + 1;
  if (/^['’]s?$/.test(tokens[p]?.text ?? '')) p++;
  if (PAPER_MODIFIER.test(tokens[p]?.lower ?? '')) p++;
  return PAPER.test(tokens[p]?.lower ?? '') ? { owner, last: p } : null;
}

function holderOf(owner: ActorMention): Holder {
  return { parties: [...owner.parties], kind: 'subject', matched: owner.text, role: owner.role };
}

export function readExistentialPaper(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, actors } = r;
  const there = tokens.findIndex((t, i) => t.lower === 'there' && BE.test(tokens[i + 1]?.lower ?? ''));
  if (there < 0) return;
  const cue = cues.find((c) => c.first === there + 2 && !c.owner);
  if (!cue || cue.attitude !== 'rejects' || cue.negated) return;
  const ci = clauseOf(spans, cue.first);
  if (ci < 0) return;
  // The paper: "in" and a party's paper, or a pointer to the paper named just before or spoken of.
  let inAt = -1;
  for (let k = cue.last + 1; k <= cue.last + PAPER_REACH && k < tokens.length; k++) {
    if (clauseOf(spans, k) !== ci) break;
    if (tokens[k]?.lower === 'in') {
      inAt = k;
      break;
    }
  }
  if (inAt < 0) return;
  let holder: Holder | null = null;
  const owned = ownedPaper(tokens, actors, inAt + 1);
  if (owned) holder = holderOf(owned.owner);
  else {
    const pointer =
      tokens[inAt + 1]?.lower === 'it' ||
      (PAPER_POINTER.test(tokens[inAt + 1]?.lower ?? '') && PAPER.test(tokens[inAt + 2]?.lower ?? ''));
    if (!pointer) return;
    // ("…, Lavrov said of the US reply": the paper the words are about, named after the speech verb.)
    const spokenOf = tokens.findIndex(
      (t, i) => i > inAt && SPOKE_OF.test(t.lower) && tokens[i + 1]?.lower === 'of',
    );
    const named = spokenOf >= 0 ? ownedPaper(tokens, actors, spokenOf + 2) : null;
    const before = r.input.paperBefore;
    if (named) holder = holderOf(named.owner);
    else if (before?.kind === 'party')
      holder = { parties: [...before.parties], kind: 'subject', matched: before.matched, role: before.role };
  }
  if (!holder) return;
  // The topic: fronted before "there" ("On the main question there is …"), or right after the refusal.
  const fronted = TOPIC_OPENER.test(tokens[firstWord(tokens)]?.lower ?? '');
  const topic: DemandMention[] = mentions.filter(
    (m) => (m.first > cue.last && m.last < inAt) || (fronted && m.last < there),
  );
  if (topic.length === 0) return;
  // (The refusal has no object of its own in the rest of its clause.)
  if (mentions.some((m) => m.first > inAt && clauseOf(spans, m.first) === ci)) return;
  emitTopicRefusals(r, holder, cue, topic, ci);
}

/** The sentence's first word past an opening quotation mark. */
function firstWord(tokens: readonly Token[]): number {
  let i = 0;
  while (tokens[i] && !tokens[i]!.word) i++;
  return i;
}
