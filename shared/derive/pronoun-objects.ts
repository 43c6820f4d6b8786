/**
 * A second side's verdict on what the first clause named, taken up by a pronoun: "Russia rejects
 * NATO's open-door policy, while the United States defends it", "Moscow wants a halt to enlargement,
 * but Washington rejects it". The pronoun stands for the demand words nearest before its clause, in
 * their own direction (defending the open door refuses the demand).
 */
import { clauseOf } from './clauses';
import type { SentenceReading } from './analyze-sentence';
import { makeCue, type Cue } from './cues';
import { composeCues, type ComposedAttitude } from './stance-rules';
import { wordSet } from './word-set';
import { doneTo } from './done-pointer';
import { addresseeOfDemand, REFUSING_MODAL } from './word-lists';
import type { Holder } from './analyze-sentence/types';

/** Words opening a clause set beside the one before: the second side of a contrast or a list. */
const SIDE_BY_SIDE = wordSet(/^(?:while|whereas|but|and|yet|though|although)$/);
const OBJECT_PRONOUN = wordSet(/^(?:it|them)$/);
/**
 * "…, but Israel rejected that.", "…, and we could not do that": "that" or "this" as the object, ending
 * the clause (before punctuation or one of these adverbs; "rejected that claim", "said that …" are no
 * pointer). It stands for one demand: after a clause naming two, which one it means is left unread.
 */
const POINTING_OBJECT = wordSet(/^(?:that|this)$/);
const AFTER_POINTING_OBJECT = wordSet(/^(?:outright|flatly|firmly|either|too|altogether|publicly)$/);
const MODAL_BEFORE_NOT = wordSet(/^(?:can|could|will|would)$/);
/** Words that can follow an object pronoun: "rejects it outright", "dismissed it as …", "backs it too". */
const AFTER_OBJECT = wordSet(
  /^(?:outright|flatly|firmly|strongly|entirely|completely|fully|too|also|as|and|but|while|whereas|because|since|in|on|at|for|with|without|publicly|openly|again|altogether|either|until|unless|before)$/,
);

/** Between a pronoun subject and its refusal: "it has so far refused", "they have still not done so". */
const AUX_OR_ADVERB = wordSet(
  /^(?:has|have|had|is|are|was|were|also|still|so|far|yet|then|now|since|again)$/,
);
/** The perfect's auxiliaries: "has not done so". */
const PERFECT = wordSet(/^(?:has|have|had)$/);

/**
 * "we could not do that", "Israel won't do it": a negated modal before a bare "do" and a pointer,
 * refusing what the pointer stands for. So is a negated perfect after a request: "… called on London
 * to implement it, yet it has not done so" — what was asked is left undone.
 */
function refusedDoing(r: SentenceReading): Cue[] {
  const { tokens } = r;
  const found: Cue[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const done = tokens[k]?.lower === 'done';
    if (tokens[k]?.lower !== 'do' && !done) continue;
    const target = tokens[k + 1]?.lower ?? '';
    if (!OBJECT_PRONOUN.test(target) && !POINTING_OBJECT.test(target) && doneTo(tokens, k) < 0) continue;
    let first = -1;
    if (done) {
      if (/^(?:not|never)$/.test(tokens[k - 1]?.lower ?? '') && PERFECT.test(tokens[k - 2]?.lower ?? ''))
        first = k - 2;
    } else if (REFUSING_MODAL.test(tokens[k - 1]?.lower ?? '')) first = k - 1;
    else if (tokens[k - 1]?.lower === 'not' && MODAL_BEFORE_NOT.test(tokens[k - 2]?.lower ?? ''))
      first = k - 2;
    if (first < 0) continue;
    // ("… would not do it without the hostages back": a condition, not a refusal.)
    const after = tokens[k + 2];
    if (after && after.word && !AFTER_POINTING_OBJECT.test(after.lower)) continue;
    found.push(
      makeCue({
        first,
        last: k,
        attitude: 'rejects',
        text: tokens
          .slice(first, k + 1)
          .map((t) => t.text)
          .join(' '),
        negated: false,
        negation: null,
      }),
    );
  }
  return found;
}

export function readPronounObjects(r: SentenceReading): void {
  const { tokens, mentions, cues, spans, findings } = r;
  // (A cue already on the words of "could not do that" reads them as they are.)
  const doing = refusedDoing(r).filter((d) => !cues.some((c) => c.last >= d.first && c.first <= d.last));
  for (const cue of [...cues, ...doing]) {
    if (cue.owner || cue.attitude === 'intent' || cue.attitude === 'holdFirm') continue;
    // "… declined to lift them", "refused to ease them": the demand's own verb between the cue (and its
    // "to") and the pronoun, taken only for demand words the verb makes a phrase of the same demand with.
    let v = cue.last + 1;
    if (tokens[v]?.lower === 'to') v++;
    // "refused to do so", "unwilling to do that": "do" and its pointer stand for the step named before.
    const done = v > cue.last + 1 || tokens[cue.last]?.lower === 'to' ? doneTo(tokens, v) : -1;
    const ownVerb =
      done < 0 && (v > cue.last + 1 || tokens[cue.last]?.lower === 'to')
        ? /^[a-z]+$/.test(tokens[v]?.text ?? '') &&
          !OBJECT_PRONOUN.test(tokens[v]?.lower ?? '') &&
          OBJECT_PRONOUN.test(tokens[v + 1]?.lower ?? '')
          ? (tokens[v]?.lower ?? null)
          : null
        : null;
    const at = done >= 0 ? done : ownVerb ? v + 1 : cue.last + 1;
    const pronoun = tokens[at];
    if (!pronoun) continue;
    const pointing =
      done >= 0 ||
      POINTING_OBJECT.test(pronoun.lower) ||
      (pronoun.lower === 'so' && doneTo(tokens, at - 1) === at);
    if (!pointing && !OBJECT_PRONOUN.test(pronoun.lower)) continue;
    // ("…, but Washington says it will …", "Kyiv insists it stays open": "it" as the subject of a
    // clause of its own. Only an object: a pronoun ending the clause or followed by an adverb.)
    const next = tokens[at + 1];
    if (next && next.word && !(pointing ? AFTER_POINTING_OBJECT : AFTER_OBJECT).test(next.lower)) continue;
    // ("Did Israel reject that?": a question asks, it gives no verdict.)
    if (pointing && tokens.some((t) => t.text === '?')) continue;
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
    // ("…, but Belgrade, asked to sign the plan, refused to do so": "do so" is the nearest step, and
    // that is the one asked of it there.)
    if (
      done >= 0 &&
      tokens
        .slice(start, cue.first)
        .some((t) => t.lower === 'to' || cues.some((c) => c !== cue && c.first === t.i))
    )
      continue;
    // The demand words nearest before the clause, and any others of that same clause.
    // ("do so" stands for a step named as a step: not a bare name of the agreement it is in.)
    // (A step left undone, "has not done so", is the step asked in its own words: not its opposite.)
    const undone = doing.includes(cue) && /\bdone$/.test(cue.text);
    const before = mentions.filter(
      (m) =>
        m.last < start &&
        m.kind !== 'reference' &&
        (done < 0 || m.direction !== 0) &&
        (!undone || m.direction === 1),
    );
    const last = before[before.length - 1];
    if (!last) continue;
    const lastClause = clauseOf(spans, last.first);
    const antecedents = before.filter(
      (m) => clauseOf(spans, m.first) === lastClause && (!ownVerb || verbMakesPhrase(r, ownVerb, m)),
    );
    if ((pointing || doing.includes(cue)) && new Set(antecedents.map((m) => m.demand)).size !== 1) continue;
    // ("… called on the UK government to implement it, yet it has not done so": "it" is the one asked,
    // not the one asking, whom the pronoun would otherwise be read as.)
    const asked = done >= 0 || doing.includes(cue) ? askedParty(r, antecedents) : null;
    let holder =
      (asked && pronounSubject(r, cue.first, start) ? asked : null) ?? r.subjectBefore(cue.first, clause);
    // ("said it would implement the protocol, but it has not done so": a step left undone is a refusal
    // only of one asked to take it, by the one asked.)
    if (undone && !(asked && holder?.parties.every((p) => asked.parties.includes(p)))) continue;
    // ("…, whereas Pristina, unwilling to do that, insists …": the side named right before the aside.)
    if (!holder && done >= 0 && tokens[cue.first - 1]?.text === ',') {
      const named = r.actors.find(
        (a) => a.first === start && a.last === cue.first - 2 && a.parties.length > 0,
      );
      if (named) holder = r.asHolder(named);
    }
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
 * The party asked to take the step that "do so" stands for: "The Commission called on the UK government
 * to implement the protocol, yet it has not done so" — the party named right after a verb of asking
 * ("called on", "urged", "asked"), with the "to" of the asked step before the step's words. Null when
 * none stands there.
 */
function askedParty(r: SentenceReading, antecedents: ReadonlyArray<{ first: number }>): Holder | null {
  const { tokens, actors } = r;
  const step = antecedents[0];
  if (!step) return null;
  const asked = actors.filter(
    (a) =>
      a.last < step.first &&
      a.parties.length > 0 &&
      a.kind !== 'adjective' &&
      addresseeOfDemand(tokens, a.first) &&
      tokens.slice(a.last + 1, step.first).some((t) => t.lower === 'to') &&
      step.first - a.last <= 7,
  );
  const last = asked[asked.length - 1];
  return last ? r.asHolder(last) : null;
}

/** Whether a pronoun ("it", "they") opening the clause at `start` is the subject of the cue at `cueFirst`. */
function pronounSubject(r: SentenceReading, cueFirst: number, start: number): boolean {
  const { tokens } = r;
  let k = cueFirst - 1;
  while (k > start && AUX_OR_ADVERB.test(tokens[k]?.lower ?? '')) k--;
  return k === start && /^(?:it|they)$/.test(tokens[k]?.lower ?? '');
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
