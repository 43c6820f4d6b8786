/**
 * A standing refusal in the present perfect: "Serbia has never recognised Kosovo's independence",
 * "Belgrade has not recognised the independence Pristina declared". The demand's own words open on
 * their verb, here its past participle after "has/have not" or "has/have never", right after the
 * subject: the party the demand is put to has withheld the step up to now, and still does — it rejects
 * it. (An opposite the ontology words with the negation, "never recognise Kosovo", reads the same.) Only a subject that is the demand's addressee and not its proposer; not "has not yet …" (a step
 * still awaited), nor the past perfect ("had never recognised", history), nor anything else between.
 */
import { canSpeak } from './actors';
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import { wordSet } from './word-set';

const PERFECT = wordSet(/^(?:has|have)$/);
const NEVER_OR_NOT = wordSet(/^(?:never|not)$/);
/** A past participle opening the demand's words: "recognised", "withdrawn", "lifted". */
const PARTICIPLE =
  /^(?:\w+ed|\w+en|kept|put|set|cut|shut|held|made|built|brought|sent|left|met|done|taken|given)$/;

export function readStandingRefusals(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings, actors } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0) continue;
    // The demand's words open on the participle ("recognised Kosovo"), or its opposite's words on the
    // negation itself ("never recognised Kosovo").
    const neg = m.direction === 1 ? m.first - 1 : m.first;
    if (!PARTICIPLE.test(tokens[neg + 1]?.lower ?? '')) continue;
    if (!NEVER_OR_NOT.test(tokens[neg]?.lower ?? '') || !PERFECT.test(tokens[neg - 1]?.lower ?? '')) continue;
    // ("has not recognised Kosovo yet": a step still awaited.)
    if (tokens.some((t, k) => k > m.last && t.lower === 'yet')) continue;
    const subject = actors.find((a) => a.last === neg - 2 && canSpeak(a) && a.parties.length > 0);
    if (!subject || r.inPrepositionalPhrase(subject)) continue;
    const addressees = compiled.addressees.get(m.demand);
    const proposers = compiled.proposers.get(m.demand);
    if (!subject.parties.every((p) => addressees?.has(p) && !proposers?.has(p))) continue;
    if (findings.some((f) => f.demand === m.demand && subject.parties.includes(f.party))) continue;
    // (The opposite's words are held: its "supports" is the demand's rejection.)
    const attitude = m.direction === 1 ? 'rejects' : 'supports';
    const cue = r.wordsCue(neg - 1, neg + 1, attitude);
    r.emit(r.asHolder(subject), { attitude, negated: false }, cue, m, Math.max(0, clauseOf(spans, m.first)));
  }
}
