/**
 * A verdict in a relative clause on the demand noun right before it: "Moscow keeps making demands it
 * knows the allies can never accept", "security demands that NATO cannot meet", "demands Washington has
 * already rejected". The relative clause's subject (a party, after an optional "it knows" / "they are
 * well aware" of the proposer's) refuses what the noun stands for; the clause ends on the verb, its
 * object left open for the noun (not "demands that NATO reject the plan", where the noun's content
 * follows). Only refusals: a denied acceptance ("cannot accept", "will never agree to", "is unable to
 * meet") or a verb of refusing ("rejected", "has ruled out", "turned down").
 */
import type { ActorMention } from './actors';
import type { SentenceReading } from './analyze-sentence';
import { clauseOf } from './clauses';
import { makeCue, type Cue } from './cues';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** The proposer knowing it: "it knows", "he knew", "they are well aware", "Moscow realises". */
const KNOWING = wordSet(/^(?:knows|know|knew|realises|realizes|realised|realized|understands|understood)$/);
const KNOWER = wordSet(/^(?:it|he|she|they)$/);
const BE = wordSet(/^(?:is|are|was|were)$/);
const AWARE_ADVERB = wordSet(/^(?:fully|well|perfectly|quite|very)$/);
/** Between the subject and its verb: auxiliaries and adverbs. */
const AUXILIARY = wordSet(
  /^(?:has|have|had|already|long|since|also|all|both|flatly|firmly|repeatedly|publicly)$/,
);
/** A denial of acceptance, up to the verb: "can never", "would never be able to", "is unable to". */
const DENYING = wordSet(
  /^(?:cannot|can['’]t|couldn['’]t|won['’]t|wouldn['’]t|never|not|can|could|will|would|simply|possibly|ever|be|able|to|is|are|was|were|unable|hardly)$/,
);
const ACCEPTING = wordSet(
  /^(?:accept|meet|grant|satisfy|fulfil|fulfill|entertain|countenance|tolerate|swallow|concede)$/,
);
/** "agree to", "go along with", "give in to": acceptance in two or three words. */
const ACCEPTING_PAIR: Record<string, RegExp> = {
  agree: /^to$/,
  give: /^in$/,
  sign: /^up$/,
};
const REFUSING = wordSet(/^(?:rejected|dismissed|refused|rebuffed|spurned)$/);
const REFUSING_PAIR: Record<string, RegExp> = {
  ruled: /^out$/,
  turned: /^down$/,
  brushed: /^aside$/,
  waved: /^(?:away|aside|off)$/,
};
/** Verbs saying or judging what the noun is: "says are non-starters", "regards as unacceptable". */
const SAYING = wordSet(
  /^(?:say|says|said|call|calls|called|regard|regards|regarded|consider|considers|considered|deem|deems|deemed|see|sees|saw|view|views|viewed|made|make|makes)$/,
);
const VERDICT = wordSet(/^(?:unacceptable|non-starters?|nonstarters?|inadmissible|absurd)$/);
/** What may follow the verb when the noun before is its whole object. */
const ENDS_CLAUSE = wordSet(
  /^(?:[.,;:!?—–"”’']|outright|flatly|already|again|too|either|in|at|on|during|before|after|since|and|but|while|because|,)$/,
);

export interface RelativeVerdict {
  /** The relative clause's subject, or null for "we" (the speaker's own side). */
  subject: ActorMention | null;
  first: number;
  last: number;
  /** Denied acceptance ("cannot accept") rather than a verb of refusing ("rejected"). */
  denied: boolean;
}

/**
 * The refusal in a relative clause opening right after the noun ending at `last`, or null: "[that|which]
 * [it knows | they are aware (that)] PARTY [has] (can never accept | rejected)", ending its clause.
 */
export function verdictRelativeAfter(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  last: number,
): RelativeVerdict | null {
  let k = last + 1;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '')) k++;
  // "… it knows …", "… they were fully aware (that) …": the proposer's knowledge, skipped.
  if (KNOWER.test(tokens[k]?.lower ?? '') || actors.some((a) => a.first === k)) {
    const knowerEnd = actors.find((a) => a.first === k)?.last ?? k;
    let j = knowerEnd + 1;
    if (KNOWING.test(tokens[j]?.lower ?? '')) j++;
    else if (BE.test(tokens[j]?.lower ?? '')) {
      j++;
      if (AWARE_ADVERB.test(tokens[j]?.lower ?? '')) j++;
      j = tokens[j]?.lower === 'aware' ? j + 1 : -1;
    } else j = -1;
    if (j > 0) {
      if (tokens[j]?.lower === 'that') j++;
      k = j;
    }
  }
  if (tokens[k]?.lower === 'the' && !actors.some((a) => a.first === k)) k++;
  const first = tokens[k]?.lower === 'we' ? null : actors.find((a) => a.first === k && a.parties.length > 0);
  if (first === undefined) return null;
  // (An adjective is no subject: "demands that Russian officials …" names people, not the party.)
  if (first && first.kind === 'adjective') return null;
  let v = (first ? first.last : k) + 1;
  while (AUXILIARY.test(tokens[v]?.lower ?? '') && v <= k + 8) v++;
  const verbStart = v;
  let denied = false;
  let w = v;
  while (DENYING.test(tokens[w]?.lower ?? '') && w < v + 6) w++;
  const between = tokens.slice(v, w).map((t) => t.lower);
  const negation = between.some((t) => /^(?:cannot|never|not|unable|hardly)$/.test(t) || /n['’]t$/.test(t));
  let end = -1;
  const word = tokens[w]?.lower ?? '';
  if (negation && ACCEPTING.test(word)) {
    end = w;
    denied = true;
  } else if (negation && ACCEPTING_PAIR[word]?.test(tokens[w + 1]?.lower ?? '')) {
    end = w + 1;
    denied = true;
  } else if (w === v && REFUSING.test(word)) end = w;
  else if (w === v && REFUSING_PAIR[word]?.test(tokens[w + 1]?.lower ?? '')) end = w + 1;
  // "… that Washington says are non-starters", "… the allies regard as unacceptable": a verdict said or
  // judged of the noun.
  if (end < 0 && w === v && SAYING.test(word)) {
    let j = w + 1;
    if (/^(?:clear|plain)$/.test(tokens[j]?.lower ?? '') && /^(?:made|make|makes)$/.test(word)) j++;
    else if (/^(?:made|make|makes)$/.test(word)) return null;
    if (/^(?:are|is|were|was|as|would|will)$/.test(tokens[j]?.lower ?? '')) j++;
    if (tokens[j]?.lower === 'be') j++;
    if (/^(?:a|an|simply|completely|totally|entirely|utterly|plainly)$/.test(tokens[j]?.lower ?? '')) j++;
    const verdict = tokens[j]?.lower ?? '';
    if (VERDICT.test(verdict)) end = j;
    else if (
      verdict === 'non' &&
      tokens[j + 1]?.text === '-' &&
      /^starters?$/.test(tokens[j + 2]?.lower ?? '')
    )
      end = j + 2;
    else if (verdict === 'dead' && tokens[j + 1]?.lower === 'on' && tokens[j + 2]?.lower === 'arrival')
      end = j + 2;
    else if (
      /^(?:out|off)$/.test(verdict) &&
      tokens[j + 1]?.lower === 'of' &&
      tokens[j + 2]?.lower === 'the' &&
      tokens[j + 3]?.lower === 'question'
    )
      end = j + 3;
  }
  if (end < 0) return null;
  // The verb's object is the noun before: nothing of its own after it.
  const after = tokens[end + 1];
  if (after && !ENDS_CLAUSE.test(after.lower)) return null;
  return { subject: first, first: verbStart, last: end, denied };
}

/** Bare plural demand nouns that such a clause may follow: "demands it knows the allies can never accept". */
const BARE_NOUN = wordSet(/^(?:demands|proposals|conditions|requests|ultimatums|terms)$/);
/** Verbs of putting demands forward, whose subject owns them: "Moscow keeps making demands …". */
const PROPOSING = wordSet(
  /^(?:made|makes|making|make|advancing|advances|advanced|pressing|presses|pressed|issuing|issued|issues|tabled|tabling|putting|puts|put|set|sets|setting|laid|laying|lays)$/,
);
const PARTICLE: Record<string, RegExp> = {
  putting: /^forward$/,
  puts: /^forward$/,
  put: /^forward$/,
  set: /^out$/,
  sets: /^out$/,
  setting: /^out$/,
  laid: /^out$/,
  laying: /^out$/,
  lays: /^out$/,
};
const BEFORE_PROPOSING = wordSet(
  /^(?:has|have|had|is|are|was|were|keeps|kept|keep|been|still|again|now|also|to)$/,
);

/**
 * Bare demand nouns followed by a refusing relative clause, with their owner when the subject of a
 * verb of putting demands forward stands right before ("Moscow keeps putting forward demands …",
 * "the Kremlin has made security demands …"): references the list of pointers does not hold.
 */
export function verdictRelativeReferences(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Array<{ first: number; last: number; owner?: ActorMention }> {
  const out: Array<{ first: number; last: number; owner?: ActorMention }> = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!BARE_NOUN.test((tokens[i] as Token).lower)) continue;
    if (!verdictRelativeAfter(tokens, actors, i)) continue;
    const first = tokens[i - 1]?.lower === 'security' ? i - 1 : i;
    out.push({ first, last: i, ...ownerBefore(tokens, actors, first) });
  }
  return out;
}

/** The subject of the verb of putting forward right before `first`, as `{ owner }`, or `{}`. */
export function ownerBefore(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  first: number,
): { owner?: ActorMention } {
  let k = first - 1;
  const particle = tokens[k]?.lower ?? '';
  if (/^(?:forward|out)$/.test(particle)) k--;
  const verb = tokens[k]?.lower ?? '';
  if (!PROPOSING.test(verb)) return {};
  const wanted = PARTICLE[verb];
  if (wanted ? !wanted.test(particle) || k !== first - 2 : k !== first - 1) return {};
  k--;
  while (k >= 0 && BEFORE_PROPOSING.test(tokens[k]?.lower ?? '') && k >= first - 6) k--;
  const owner = actors.find((a) => a.last === k && a.parties.length === 1 && a.kind !== 'adjective');
  return owner ? { owner } : {};
}

/** Reads the refusing relative clause after each demand noun or pointer. */
export function readRelativeVerdicts(r: SentenceReading): void {
  const { tokens, mentions, spans, findings, actors, compiled } = r;
  const speaker = r.speaker;
  for (const m of mentions) {
    // (Only a pointer: demand words of their own are read where they stand.)
    if (m.kind !== 'reference') continue;
    const verdict = verdictRelativeAfter(tokens, actors, m.last);
    if (!verdict) continue;
    const holder = verdict.subject
      ? r.asHolder(verdict.subject)
      : speaker?.kind === 'party'
        ? { parties: speaker.parties, kind: 'first-person' as const, matched: 'we', role: speaker.role }
        : null;
    if (!holder) continue;
    const proposers = compiled.proposers.get(m.demand);
    const parties = holder.parties.filter((p) => !proposers?.has(p));
    if (parties.length === 0) continue;
    if (findings.some((f) => f.mention === m && parties.includes(f.party))) continue;
    const ci = clauseOf(spans, verdict.first);
    if (ci < 0) continue;
    const cue: Cue = makeCue({
      first: verdict.first,
      last: verdict.last,
      attitude: 'rejects',
      text: r.input.text.slice((tokens[verdict.first] as Token).start, (tokens[verdict.last] as Token).end),
      negated: false,
      negation: null,
    });
    r.emit({ ...holder, parties }, { attitude: 'rejects', negated: false }, cue, m, ci);
  }
}
