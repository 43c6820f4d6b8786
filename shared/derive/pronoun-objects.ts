/**
 * A second side's verdict on what the first clause named, taken up by a pronoun: "Russia rejects
 * NATO's open-door policy, while the United States defends it", "Moscow wants a halt to enlargement,
 * but Washington rejects it". The pronoun stands for the demand words nearest before its clause, in
 * their own direction (defending the open door refuses the demand).
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import type { Cue } from './cues';
import { composeCues, type ComposedAttitude } from './stance-rules';
import { wordSet } from './word-set';

/** Words opening a clause set beside the one before: the second side of a contrast or a list. */
const SIDE_BY_SIDE = wordSet(/^(?:while|whereas|but|and|yet|though|although)$/);
const OBJECT_PRONOUN = wordSet(/^(?:it|them)$/);
/** Words that can follow an object pronoun: "rejects it outright", "dismissed it as …", "backs it too". */
const AFTER_OBJECT = wordSet(
  /^(?:outright|flatly|firmly|strongly|entirely|completely|fully|too|also|as|and|but|while|whereas|because|since|in|on|at|for|with|without|publicly|openly|again|altogether|either|until|unless|before)$/,
);

export function readPronounObjects(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings } = r;
  for (const cue of cues) {
    if (cue.owner || cue.attitude === 'intent' || cue.attitude === 'holdFirm') continue;
    // "… declined to lift them", "refused to ease them": the demand's own verb between the cue (and its
    // "to") and the pronoun, taken only for demand words the verb makes a phrase of the same demand with.
    let v = cue.last + 1;
    if (tokens[v]?.lower === 'to') v++;
    const ownVerb =
      v > cue.last + 1 || tokens[cue.last]?.lower === 'to'
        ? /^[a-z]+$/.test(tokens[v]?.text ?? '') &&
          !OBJECT_PRONOUN.test(tokens[v]?.lower ?? '') &&
          OBJECT_PRONOUN.test(tokens[v + 1]?.lower ?? '')
          ? (tokens[v]?.lower ?? null)
          : null
        : null;
    const at = ownVerb ? v + 1 : cue.last + 1;
    const pronoun = tokens[at];
    if (!pronoun || !OBJECT_PRONOUN.test(pronoun.lower)) continue;
    // ("…, but Washington says it will …", "Kyiv insists it stays open": "it" as the subject of a
    // clause of its own. Only an object: a pronoun ending the clause or followed by an adverb.)
    const next = tokens[at + 1];
    if (next && next.word && !AFTER_OBJECT.test(next.lower)) continue;
    const ci = clauseOf(spans, cue.first);
    if (ci < 0) continue;
    // Where the second side's clause opens: past ", while", ", but", ", and" or ";" before the verb.
    let start = -1;
    for (let k = cue.first - 1; k > 0 && k >= cue.first - 8; k--) {
      const t = tokens[k];
      if (!t) break;
      if (t.text === ';' || (SIDE_BY_SIDE.test(t.lower) && /^[,;—–]$/.test(tokens[k - 1]?.text ?? ''))) {
        start = k + 1;
        break;
      }
    }
    // "While Moscow demands A, Warsaw opposes it": the contrast opens the sentence.
    if (start < 0 && ci >= 1 && /^(?:while|whereas|although|though)$/.test(tokens[0]?.lower ?? ''))
      start = (spans[ci] as [number, number])[0];
    if (start < 0) continue;
    const clause: [number, number] = [start, (spans[ci] as [number, number])[1]];
    // Nothing the pronoun could stand for inside its own clause.
    if (mentions.some((m) => m.first >= clause[0] && m.last < cue.first)) continue;
    // The demand words nearest before the clause, and any others of that same clause.
    const before = mentions.filter((m) => m.last < start && m.kind !== 'reference');
    const last = before[before.length - 1];
    if (!last) continue;
    const lastClause = clauseOf(spans, last.first);
    const antecedents = before.filter(
      (m) => clauseOf(spans, m.first) === lastClause && (!ownVerb || verbMakesPhrase(r, ownVerb, m)),
    );
    const holder = r.subjectBefore(cue.first, clause);
    if (!holder || holder.parties.length === 0) continue;
    // "… but Seoul has refused to discuss it", "wants to consider them": a cue right before this one,
    // within the same side's clause, composes with it as it would before the demand words themselves.
    let attitude: ComposedAttitude = { attitude: cue.attitude, negated: cue.negated };
    let governing: Cue = cue;
    for (let inner = cue; ;) {
      const outer = cues
        .filter((c) => c.first >= start && c.last < inner.first && inner.first - c.last <= 3 && !c.owner)
        .pop();
      if (!outer || !r.linked(outer, inner)) break;
      attitude = composeCues(outer, attitude);
      governing = { ...outer, text: r.cueSpan(outer, cue) };
      inner = outer;
    }
    for (const m of antecedents) {
      if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
      r.emit(holder, attitude, governing, m, ci);
    }
  }
}

/**
 * Whether the verb, with a noun of the demand words `m`, makes one of the demand's phrases ("lift" and
 * "sanctions be eased": "lift … sanctions"): the verb's stem opens a phrase whose last word ends one
 * of the words of `m`.
 */
function verbMakesPhrase(
  r: SentenceReading,
  verb: string,
  m: { demand: string; first: number; last: number },
): boolean {
  const demand = r.compiled.demands.find((d) => d.id === m.demand);
  if (!demand) return false;
  const stem = verb.replace(/(?:ing|ed|es|s)$/, '');
  if (stem.length < 3) return false;
  const words = r.tokens.slice(m.first, m.last + 1).map((t) => t.lower);
  return demand.phrases.some((phrase) => {
    const parts = phrase.toLowerCase().split(/\s+/);
    const head = parts[0] ?? '';
    const tail = parts[parts.length - 1] ?? '';
    return (
      parts.length > 1 && head.startsWith(stem) && head.length <= stem.length + 3 && words.includes(tail)
    );
  });
}
