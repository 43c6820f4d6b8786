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
