/**
 * Offers of a measure by a side that did not propose it: "In return the alliance offered mutual
 * notification of exercises", "Washington floated reciprocal limits on missiles" — a measure put on
 * the table is openness to the demand it is part of. Only a measure named by the demand's own phrase,
 * or one stated with a restriction in a clause that makes it mutual ("offered, in exchange, a cap
 * on …") or as what a check would confirm ("floated a way to verify that no missiles are …"): a
 * one-sided "offer to cut its forces" is often a report denied or a guess, read by the cues.
 * And a plan denied for weapons named earlier in the sentence, taken up by a pronoun: "Moscow fears
 * missiles in Ukraine, but Washington has no plans to put them there" — the same concession as "no
 * plans to put missiles there".
 */
import { clauseOf } from './clauses';
import { DENIAL, DENIED_CLAUSE_AUXILIARIES, READINESS } from './word-lists';
import { type Cue, frontedNegation, makeCue } from './cues';
import type { DemandMention } from './demand-mentions';
import type { SentenceReading } from './analyze-sentence';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { proposedRemoval } from './proposed-removal';

/** A verb putting a measure on the table. */
const OFFER_VERB = wordSet(/^(?:offer|offers|offered|offering|float|floats|floated|floating)$/);
/** Words before the verb that deny or withhold the offer: "did not offer", "has yet to offer". */
const WITHHELD = wordSet(
  /^(?:not|never|no|yet|n't|didn't|hasn't|haven't|won't|wouldn't|refused|declined|without)$/,
);
/** Verbs that rebut a report named after them: "rejected a story that …", "pushed back on reports …". */
const REBUTTAL = wordSet(
  /^(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refute[sd]?|refuting|disputed?|disputes|rebut(?:s|ted)?|on)$/,
);
/** A report rebutted: "the story that …", "an NBC News report that …". */
const REPORT = wordSet(
  /^(?:report|reports|story|stories|claim|claims|suggestion|suggestions|account|accounts)$/,
);
/** Words a denial may have before the offer's verb it denies: the clause's pronoun and auxiliaries. */
const DENIED_CLAUSE = new Set([
  'that',
  'it',
  'they',
  'he',
  'she',
  'we',
  'ever',
  'having',
  ...DENIED_CLAUSE_AUXILIARIES,
]);

/**
 * Where a denial governs the offer at `verb`: 'own' when only the offering clause's pronoun and
 * auxiliaries stand between ("denied that it had offered": the denier's own offer), or a report of it
 * rebutted ("pushed back on a news report that it would offer"); 'other' when a denial stands a few
 * words before with a name between ("denied that NATO had offered"); else null.
 */
function offerDenial(tokens: readonly Token[], verb: number): { kind: 'own' | 'other'; at: number } | null {
  let j = verb - 1;
  while (j >= 0 && j >= verb - 6 && DENIED_CLAUSE.has((tokens[j] as Token).lower)) j--;
  const at = (k: number): string => tokens[k]?.lower ?? '';
  if (DENIAL.test(at(j))) return { kind: 'own', at: j };
  // ("… a report that it would offer": a pronoun must take up the rebutting side.)
  if (REPORT.test(at(j)) && at(j + 1) === 'that' && /^(?:it|they|he|she|we)$/.test(at(j + 2)))
    for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
      if (!tokens[k]?.word) break;
      if (REBUTTAL.test(at(k)) && (at(k) !== 'on' || (at(k - 1) === 'back' && /^push/.test(at(k - 2)))))
        return { kind: 'own', at: k };
    }
  for (let k = verb - 1; k >= Math.max(0, verb - 6); k--)
    if (DENIAL.test(at(k))) return { kind: 'other', at: k };
  return null;
}

/** A verb of putting weapons somewhere, before a pronoun standing for them. */
const EMPLACE = wordSet(/^(?:put|place|deploy|station|install|base|send)$/);
/** The same verbs after "of": "no intention of putting them there". */
const EMPLACING = wordSet(/^(?:putting|placing|deploying|stationing|installing|basing|sending)$/);
/** A pronoun standing for weapons named before: "put them there", "deploy any in Ukraine". */
const WEAPON_PRONOUN = wordSet(/^(?:them|any)$/);
/** Words making a measure mutual: "reciprocal", "in return", "in exchange". */
const MUTUAL = wordSet(/^(?:reciprocal|reciprocally|mutual|mutually|return|exchange|reciprocity)$/);
/** A means of checking, offered for what the demand would keep away: "a way to confirm that no … ". */
const CHECKING = wordSet(
  /^(?:verify|verifying|verification|confirm|confirming|confirmation|check|checking|checks|inspect|inspection|inspections|inspectors|monitor|monitoring|visits?)$/,
);

/** An offer's object that offers nothing ("offered nothing on …", "offered little on …"). */
const NOTHING = wordSet(/^(?:nothing|little|none)$/);
/** What, after "nothing", makes the offer something after all: "nothing but", "nothing short of". */
const NOTHING_BUT = wordSet(/^(?:but|except|besides|beyond|more|less|short|other|else)$/);
/** A preposition naming what nothing was offered on: "nothing on", "nothing regarding". */
const NOTHING_ON = wordSet(/^(?:on|about|regarding|concerning|over|toward|towards)$/);

/**
 * "offered nothing on sanctions relief", "offered nothing new on the guarantees": the verb's object is
 * "nothing" and the demand follows as what it was offered on (past an article). Not "nothing but …"
 * (an offer of only that), nor "little" (some offer, however small), nor a passive.
 */
function offeredNothingOn(tokens: readonly Token[], verb: number, demandFirst: number): boolean {
  if (tokens[verb + 1]?.lower !== 'nothing') return false;
  // ("Moscow had been offered nothing on …": the subject is who was offered it.)
  if (/^(?:is|are|was|were|be|been|being)$/.test(tokens[verb - 1]?.lower ?? '')) return false;
  let k = verb + 2;
  if (NOTHING_BUT.test(tokens[k]?.lower ?? '')) return false;
  if (/^(?:new|concrete|substantive|tangible|specific)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!NOTHING_ON.test(tokens[k]?.lower ?? '')) return false;
  k++;
  while (k < demandFirst && /^(?:the|a|an|any|its|their)$/.test(tokens[k]?.lower ?? '')) k++;
  return k === demandFirst;
}

function offerCue(r: SentenceReading, first: number, last: number): Cue {
  const { tokens, text } = r.input;
  return makeCue({
    first,
    last,
    attitude: 'open',
    text: text.slice((tokens[first] as Token).start, (tokens[last] as Token).end),
    negated: false,
    negation: null,
  });
}

/** "is willing to let the Russians verify …", "ready to allow inspectors to check …": readiness to permit a check. */
const PERMIT = wordSet(/^(?:let|allow|permit)$/);

export function readOfferedMeasures(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings, compiled } = r;
  for (const verb of tokens) {
    // Readiness to let the other side check what the demand would keep away is an offer of that check.
    const permits =
      PERMIT.test(verb.lower) &&
      tokens[verb.i - 1]?.lower === 'to' &&
      READINESS.test(tokens[verb.i - 2]?.lower ?? '');
    if (!OFFER_VERB.test(verb.lower) && !permits) continue;
    // (A participle after its noun, "the limits offered by NATO", has no subject before it here.)
    if (tokens[verb.i + 1]?.lower === 'by') continue;
    if (tokens.slice(Math.max(0, verb.i - 3), verb.i).some((t) => WITHHELD.test(t.lower))) continue;
    // ("Not once has Israel offered to …": a fronted negation withholds it too.)
    if (frontedNegation(tokens, verb.i)) continue;
    // "The White House denied it had offered to pull troops out of …": the denier's own offer denied
    // is a refusal of the measure, even one stated as a plain restriction (the denied report). A
    // denial of another side's offer ("denied that NATO had offered …") states no offer at all.
    const denial = offerDenial(tokens, verb.i);
    if (denial?.kind === 'other') continue;
    const ci = clauseOf(spans, verb.i);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    // A cue of its own governing the verb ("refused to offer", "was reluctant to offer") decides it.
    // (The readiness itself before "to let" is the offer, not a cue of its own.)
    if (cues.some((c) => c.last < verb.i && c.last >= verb.i - 2 && !(permits && c.first >= verb.i - 2)))
      continue;
    // The measure itself, stated as the demand, close after the verb in the same clause, with no
    // other cue between.
    const mutual = tokens.slice(clause[0], clause[1] + 1).some((t) => MUTUAL.test(t.lower));
    const checked = (x: DemandMention): boolean =>
      tokens.slice(verb.i + 1, x.first).some((t) => CHECKING.test(t.lower));
    const m = mentions.find(
      (x) =>
        x.direction === 1 &&
        (permits
          ? checked(x)
          : x.kind === 'phrase' ||
            (x.kind === 'frame' &&
              x.match.includes(' + ') &&
              (mutual ||
                checked(x) ||
                denial?.kind === 'own' ||
                proposedRemoval(tokens, compiled, verb.i, x)))) &&
        x.first > verb.i &&
        // (An aside made transparent adds no distance: "offers to work out, after consulting allies, a …".)
        tokens.slice(verb.i + 1, x.first).filter((t) => !t.transparent).length < 12 &&
        x.last <= clause[1],
    );
    if (!m) continue;
    if (cues.some((c) => c.first > verb.i && c.first < m.first)) continue;
    // "Washington offered nothing on sanctions relief": an offer of nothing is the measure withheld.
    const withheld = !permits && offeredNothingOn(tokens, verb.i, m.first);
    // ("offered little on …", "offered nothing that …": no offer of the measure, nor a clear refusal.
    // "offered nothing but …" still offers it.)
    if (
      !withheld &&
      NOTHING.test(tokens[verb.i + 1]?.lower ?? '') &&
      !NOTHING_BUT.test(tokens[verb.i + 2]?.lower ?? '')
    )
      continue;
    // ("The EU would not reopen the protocol but offered to cut checks": the subject the verb shares.)
    let holder = r.subjectBefore(verb.i, clause) ?? (ci > 0 ? r.coordinatedHolder(ci) : null);
    // ("The ministry denied a report that it would offer …": the pronoun is the denier.)
    if (!holder && denial?.kind === 'own') {
      const di = clauseOf(spans, denial.at);
      if (di >= 0) holder = r.subjectBefore(denial.at, spans[di] as [number, number]);
    }
    if (!holder) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = holder.parties.filter(
      (p) => !proposers?.has(p) && !findings.some((f) => f.party === p && f.demand === m.demand),
    );
    if (parties.length === 0) continue;
    r.emit(
      { ...holder, parties },
      { attitude: 'open', negated: denial?.kind === 'own' || withheld },
      offerCue(r, permits ? verb.i - 2 : verb.i, verb.i),
      m,
      ci,
    );
  }
}

export function readDeniedPlansForPronoun(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings } = r;
  for (const cue of cues) {
    if (cue.owner || cue.attitude !== 'intent' || !cue.negated) continue;
    // "no plans to put them there", "do not intend to deploy any in Ukraine"; "no intention of putting
    // them there".
    let k = cue.last + 1;
    const gerund = tokens[k]?.lower === 'of';
    if (gerund || tokens[k]?.lower === 'to') k++;
    if (!(gerund ? EMPLACING : EMPLACE).test(tokens[k]?.lower ?? '')) continue;
    const pronoun = tokens[k + 1];
    if (!pronoun || !WEAPON_PRONOUN.test(pronoun.lower)) continue;
    // ("deploy any troops", "put such weapons there": a noun after it is read by the frame itself.)
    const after = tokens[k + 2];
    if (after?.word && !/^(?:there|in|on|at|near|into|to)$/.test(after.lower)) continue;
    // The weapons (or forces) named before, in the same sentence: the nearest subject of a frame.
    const antecedent = mentions.filter((m) => m.kind === 'frame' && m.last < cue.first).pop();
    if (!antecedent) continue;
    const ci = clauseOf(spans, cue.first);
    if (ci < 0) continue;
    const holder = r.subjectBefore(cue.first, spans[ci] as [number, number]);
    if (!holder) continue;
    const parties = holder.parties.filter(
      (p) => !findings.some((f) => f.party === p && f.demand === antecedent.demand),
    );
    if (parties.length === 0) continue;
    // The pronoun stands for the weapons themselves: the thing the demand would keep away.
    r.emit(
      { ...holder, parties },
      { attitude: 'intent', negated: true },
      cue,
      { ...antecedent, direction: -1 },
      ci,
    );
  }
}
