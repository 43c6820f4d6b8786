/**
 * A pointer put first as the object of the verdict after its subject: "Some of these the alliance has
 * already turned down", "Those demands Washington rejected outright". The clause opens on the pointer,
 * a party follows as the subject, and the verdict ends the clause with no object of its own. The pointer
 * may also stand alone before a comma ("That request, too, the Americans waved away as a non-starter").
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import { wordSet } from './word-set';

/** Between the subject and its verb: auxiliaries, negations and adverbs of time or manner. */
const BETWEEN = wordSet(
  /^(?:has|have|had|already|long|since|also|all|both|flatly|firmly|openly|publicly|simply|outright|swiftly|promptly|repeatedly|quickly|will|would|did|does|do)$/,
);
/** What may follow the verdict when the pointer is its whole object: the end, a particle, a manner. */
const AFTER_VERDICT = wordSet(
  /^(?:[.,;:!?—–]|outright|flatly|already|again|too|as|down|aside|off|out|away)$/,
);

export function readFrontedObjects(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, speakers, findings } = r;
  for (const m of mentions) {
    if (m.kind !== 'reference') continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    let open = clause[0];
    while (tokens[open]?.transparent) open++;
    if (m.first !== open) continue;
    let at = m.last + 1;
    // "That request, too, the Americans waved away", "That demand, Washington has rejected": the pointer
    // alone, set off by a comma (past a one-word aside of its own), with the subject opening the next
    // clause. The verdict then ends its clause with no comma after it ("That demand, Washington
    // rejected, would …" is a tag inside another clause).
    let cut = false;
    if (tokens[at]?.text === ',' && clause[1] === m.last) {
      at++;
      if (/^(?:too|also|likewise|however)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.text === ',')
        at += 2;
      cut = true;
    }
    const subject = speakers.find(
      (a) => (a.first === at || (a.first === at + 1 && tokens[at]?.lower === 'the')) && a.parties.length > 0,
    );
    if (!subject) continue;
    const vci = cut ? clauseOf(spans, subject.first) : ci;
    if (vci < 0) continue;
    const vclause = spans[vci] as [number, number];
    let k = subject.last + 1;
    while (k < vclause[1] && BETWEEN.test(tokens[k]?.lower ?? '')) k++;
    const cue = cues.find((c) => c.first === k && !c.owner && c.last <= vclause[1]);
    if (!cue || cue.attitude === 'intent' || cue.attitude === 'holdFirm') continue;
    if (!AFTER_VERDICT.test(tokens[cue.last + 1]?.text ?? '.')) continue;
    if (cut && tokens[cue.last + 1]?.text === ',') continue;
    const holder = r.asHolder(subject);
    if (findings.some((f) => f.mention === m)) continue;
    r.emit(holder, { attitude: cue.attitude, negated: cue.negated }, cue, m, vci);
  }
}

/** A copula after a demand, before the noun a relative clause describes: "is", "looks like", "would be". */
const PREDICATE_COPULA = wordSet(/^(?:is|was|are|were|remains|remained|seems|seemed|looks|looked|be)$/);
/** The noun a relative clause after the copula describes: "something …", "a step …", "an idea …". */
const PREDICATE_NOUN = wordSet(
  /^(?:something|step|idea|concession|demand|proposal|move|notion|thing|option)$/,
);
/** Between the relative's subject and its verb: auxiliaries and a negation. */
const RELATIVE_BETWEEN = wordSet(
  /^(?:will|would|can|could|has|have|had|did|does|do|not|never|ever|cannot|n't|won't|wouldn't|can't|couldn't|didn't|doesn't|don't)$/,
);

/**
 * A demand described as what a party will or will not do: "a promise that Ukraine will stay outside
 * NATO looks like something neither Washington nor the alliance will entertain", "a halt to enlargement
 * is a step the alliance will never accept". The relative clause's subject (both parties after "neither
 * … nor", the verb denied) holds the verdict on the demand before the copula. Only a verdict that ends
 * its clause, and not "the last thing …" (said in irony).
 */
export function readPredicateRelatives(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, speakers, findings } = r;
  for (const m of mentions) {
    let k = m.last + 1;
    if (tokens[k]?.lower === 'would' || tokens[k]?.lower === 'will') k++;
    if (!PREDICATE_COPULA.test(tokens[k]?.lower ?? '')) continue;
    k++;
    if (tokens[k]?.lower === 'like') k++;
    if (/^(?:a|an)$/.test(tokens[k]?.lower ?? '')) k++;
    if (!PREDICATE_NOUN.test(tokens[k]?.lower ?? '')) continue;
    k++;
    if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k++;
    // The subject: a party, or "neither A nor B".
    const neither = tokens[k]?.lower === 'neither';
    if (neither) k++;
    const startsAt = (a: { first: number; parties: readonly string[] }, at: number): boolean =>
      a.parties.length > 0 && (a.first === at || (a.first === at + 1 && tokens[at]?.lower === 'the'));
    const subject = speakers.find((a) => startsAt(a, k));
    if (!subject) continue;
    let parties = [...subject.parties];
    let matched = subject.text;
    k = subject.last + 1;
    if (neither) {
      if (tokens[k]?.lower !== 'nor') continue;
      k++;
      const other = speakers.find((a) => startsAt(a, k));
      if (!other) continue;
      parties = [...new Set([...parties, ...other.parties])];
      matched = `${subject.text} nor ${other.text}`;
      k = other.last + 1;
    } else if (tokens[k]?.lower === 'nor') continue;
    while (RELATIVE_BETWEEN.test(tokens[k]?.lower ?? '')) k++;
    const cue = cues.find((c) => c.first === k && !c.owner);
    if (!cue || cue.attitude === 'intent' || cue.attitude === 'holdFirm') continue;
    if (!AFTER_VERDICT.test(tokens[cue.last + 1]?.text ?? '.')) continue;
    if (findings.some((f) => f.mention === m && parties.includes(f.party))) continue;
    const ci = clauseOf(spans, cue.first);
    if (ci < 0) continue;
    r.emit(
      { parties, kind: 'subject', matched, role: subject.role, ...(neither ? { negates: true } : {}) },
      { attitude: cue.attitude, negated: cue.negated },
      cue,
      m,
      ci,
    );
  }
}
