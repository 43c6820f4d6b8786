/**
 * "Lavrov said the U.S. answer makes a serious talk possible on arms control", "the reply gives a basis
 * for serious discussion of missile limits, he said", "Washington's letter opens the way to talks on
 * drills, the Kremlin said": a party judging another side's paper to make talks on a matter possible is
 * ready to take them up itself. The paper's author is read open already (the paper is the subject); the
 * speaking party reads open too.
 *
 * Only where the paper (reply, answer, response, letter, paper, document, text, proposals) is the subject
 * of a verb of making, giving, opening or leaving right before the cue, the cue itself names what is made
 * possible ("… possible", "basis for …", "the way to …", "the door … to talks", "door ajar"), and the
 * speaker is a party other than the one read from the paper. A bare report of an offer ("the paper offers
 * talks on …, Lavrov said") states nothing of the speaker; nor does a negated cue ("makes no talks
 * possible") or a speaker who is no party ("analysts said").
 */
import { clauseOf } from '../clauses';
import type { Cue } from '../cues';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import type { SentenceReading } from './sentence-reading';
import { type Holder } from './types';

/** A party's paper, as the subject. */
const PAPER = wordSet(
  /^(?:reply|replies|answer|answers|response|responses|letter|letters|paper|papers|document|documents|text|texts|proposals)$/,
);
/** Verbs of making talks possible, between the paper and the cue. */
const ENABLING = wordSet(
  /^(?:make|makes|made|making|give|gives|gave|giving|provide|provides|provided|providing|offer|offers|offered|offering|open|opens|opened|opening|leave|leaves|left|leaving|create|creates|created|creating|lay|lays|laid|laying|pave|paves|paved|paving|allow|allows|allowed|allowing)$/,
);
/** Words the cue must hold: it names talks being made possible, not talks merely offered. */
const ENABLED = wordSet(/^(?:possible|basis|way|door|ajar)$/);
/** Words that may stand between the paper and the cue: "does make it possible to begin a real …". */
const BETWEEN = wordSet(
  /^(?:does|do|did|also|still|now|indeed|at|least|it|a|an|the|some|serious|real|genuine|substantive|to|begin|start|hold|have|possible|["'“”‘’])$/,
);
const REACH = 8;

/**
 * Whether the paper stands as the subject of an enabling verb within a few words before the cue (or
 * opening it: "opens the way to …"), and talks are said to be made possible, in the cue or before it
 * ("makes it possible to begin a real discussion of …").
 */
function paperEnablesBefore(tokens: readonly Token[], cue: Cue): boolean {
  const own = tokens.slice(cue.first, cue.last + 1);
  let verb = ENABLING.test(tokens[cue.first]?.lower ?? '');
  let enabled = own.some((t) => ENABLED.test(t.lower));
  for (let k = cue.first - 1; k >= 0 && k >= cue.first - REACH; k--) {
    const w = tokens[k] as Token;
    if (w.transparent) continue;
    if (ENABLING.test(w.lower)) {
      verb = true;
      continue;
    }
    if (PAPER.test(w.lower)) return verb && enabled;
    if (!BETWEEN.test(w.lower)) return false;
    if (ENABLED.test(w.lower)) enabled = true;
  }
  return false;
}

export function readEnabledTalks(r: SentenceReading): void {
  const { tokens, cues, findings, spans, speaker, previousSpeaker } = r;
  const sayer = speaker?.kind === 'pronoun' ? previousSpeaker : speaker;
  if (sayer?.kind !== 'party' || sayer.document) return;
  for (const cue of cues) {
    if (cue.attitude !== 'open' || cue.negated || cue.owner) continue;
    if (!paperEnablesBefore(tokens, cue)) continue;
    const read = findings.filter(
      (f) =>
        f.cue === cue.text &&
        f.stance === 'open' &&
        !f.negated &&
        ['subject', 'document'].includes(f.attribution.kind) &&
        !sayer.parties.includes(f.party),
    );
    for (const f of read) {
      const parties = sayer.parties.filter(
        (p) => !findings.some((g) => g.party === p && g.demand === f.demand),
      );
      if (parties.length === 0) continue;
      const holder: Holder = {
        parties,
        kind: sayer === speaker ? 'speaker' : 'previous-speaker',
        matched: sayer.matched,
        role: sayer.role,
      };
      r.emit(
        holder,
        { attitude: 'open', negated: false },
        cue,
        f.mention,
        Math.max(0, clauseOf(spans, f.mention.first)),
      );
    }
  }
}
