/**
 * A proposer's warning against what its demand would stop: "if Sweden and Finland were to become
 * NATO members, this would have serious consequences", "if strike systems are deployed near our
 * borders, we will have to respond". The condition names the demand's opposite (or, after "unless",
 * the demand itself); the main clause threatens a response. The one warning wants the demand.
 */
import type { ActorMention } from './actors';
import { clauseOf } from './clauses';
import { makeCue } from './cues';
import type { Holder, SentenceReading } from './analyze-sentence';
import { counterfactualIf, type DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsAllTriggers, holdsTrigger, triggerList } from './trigger-words';
import { liftedOpposite, threatenedStep } from './threatened-steps';

/**
 * The demand itself held by `holder`, decided by the word `at` ("consequences", "retaliatory", "would"),
 * when every party of the holder put that demand forward. Whether it was emitted.
 */
function emitDemandOf(r: SentenceReading, holder: Holder, at: Token, m: DemandMention, ci: number): boolean {
  const proposers = r.compiled.proposers.get(m.demand);
  if (holder.parties.length === 0 || !holder.parties.every((p) => proposers?.has(p))) return false;
  r.emit(
    holder,
    { attitude: 'supports', negated: false },
    makeCue({ first: at.i, last: at.i, attitude: 'supports', text: at.text, negated: false, negation: null }),
    { ...m, direction: 1 },
    ci,
  );
  return true;
}

const CONDITION = wordSet(/^(?:if|should|once|unless)$/);
const CONDITION_WORD = triggerList(CONDITION);
/** What a main clause threatens: "consequences", "respond", "retaliate", "military-technical measures". */
const RESPONSE = wordSet(
  /^(?:consequences|respond|response|responses|retaliate|retaliation|retaliatory|countermeasures|counter-measures|react|reaction|military-technical)$/,
);
/** A refusal inside an "if" condition, before the demand's words: "if NATO refuses to …", "is unwilling to". */
const REFUSED_IN_CONDITION = wordSet(
  /^(?:unwilling|refuse|refuses|refused|fail|fails|failed|decline|declines|declined|reject|rejects|rejected|ignore|ignores|ignored)$/,
);
/** Forced into a response: "will have to", "would be forced to", "no choice". */
const COMPELLED = wordSet(/^(?:forced|compelled|obliged|choice)$/);

/** What a party feels that its demand would spare it: "would feel threatened", "a real threat". */
const THREATENED = /^(?:threat|threats|threatened|menaced|endangered|danger)$/;

/** The party opening the sentence as its subject ("Russia would …", "The Kremlin warned …"), if any. */
function openingSubject(
  tokens: readonly Token[],
  speakers: readonly ActorMention[],
): ActorMention | undefined {
  let s = 0;
  while (tokens[s]?.transparent) s++;
  return speakers.find((a) => a.first === s || (a.first === s + 1 && tokens[s]?.lower === 'the'));
}

/**
 * "Russia would respond if NATO deployed missiles in Poland", "Russia would feel a real threat, Grushko
 * said, if strike weapons were deployed nearby": the response (or the threat felt) told before the
 * condition that names the demand's opposite. Held by the subject opening the sentence, a proposer.
 */
function readResponsesBeforeCondition(r: SentenceReading): void {
  const { tokens, mentions, spans, speakers, findings } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== -1) continue;
    let ifAt = -1;
    for (let k = m.first - 1; k >= Math.max(1, m.first - 12); k--) {
      if (/^[;:—–()"“”?]$/.test(tokens[k]?.text ?? '')) break;
      if (tokens[k]?.lower === 'if') {
        ifAt = k;
        break;
      }
    }
    if (ifAt < 0 || /^(?:as|even|what)$/.test(tokens[ifAt - 1]?.lower ?? '')) continue;
    // The words before the condition, from the sentence's start: a response or a threat felt, not denied.
    const main = tokens.slice(0, ifAt);
    if (main.some((t) => /^(?:not|never|no|n't|won't|wouldn't)$/.test(t.lower))) continue;
    const at = main.find((t) => RESPONSE.test(t.lower) || THREATENED.test(t.lower));
    if (!at || !main.some((t) => /^(?:will|would|could|might|may)$/.test(t.lower) && t.i < at.i)) continue;
    // Who responds: the party opening the sentence, as its subject.
    const subject = openingSubject(tokens, speakers);
    if (!subject || subject.last >= at.i) continue;
    const holder = r.asHolder(subject);
    if (findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    emitDemandOf(r, holder, at, m, ci);
  }
}

/**
 * Whether the "if" at `ifAt` denies the demand named at `mFirst`: "if the bank is not reconnected to",
 * "if Israel does not end the war". Only a denied auxiliary right before the demand's words (or its
 * "be"), nothing else between the denial and them.
 */
function deniedCondition(tokens: readonly Token[], ifAt: number, mFirst: number): boolean {
  const between = tokens.slice(ifAt + 1, mFirst);
  if (between.length < 2 || between.length > 7) return false;
  const at = between.findIndex((t) => /^(?:not|n't)$/.test(t.lower));
  if (at < 1 || !/^(?:is|are|was|were|does|do|did|has|have|had)$/.test(between[at - 1]?.lower ?? ''))
    return false;
  return between.slice(at + 1).every((t) => /^(?:be|been|being)$/.test(t.lower));
}

/** What a threat names before "unless": "threatened severe consequences", "warned of a response". */
const THREAT_VERB = wordSet(
  /^(?:threaten|threatens|threatened|threatening|warn|warns|warned|warning|ultimatum)$/,
);

/**
 * "Trump warned there would be hell to pay unless the hostages are freed", "Israel threatened to
 * resume the offensive unless the hostages were released": a threat made before "unless" and the
 * demand itself after it. Whoever threatens wants the demand (whichever side put it forward); a
 * "threatened" read as a refusal of it is replaced. Not a threat denied ("will not be released unless").
 * A denied "if" is the same "unless": "warned it will quit the deal if the bank is not reconnected to SWIFT".
 * The threat may be a hostile step told with "will"/"would" ("will resume attacks unless …", "would quit the
 * accord unless …"), and the demand its opposite lifted ("unless the sanctions on its exports are lifted"):
 * see threatened-steps.ts.
 */
function readThreatsUnless(r: SentenceReading): void {
  const { tokens, mentions, spans, speakers, findings } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || (m.direction !== 1 && !liftedOpposite(tokens, m))) continue;
    let unlessAt = -1;
    for (let k = m.first - 1; k >= Math.max(1, m.first - 10); k--) {
      if (/^[;:—–()"“”?,]$/.test(tokens[k]?.text ?? '')) break;
      if (tokens[k]?.lower === 'unless') {
        unlessAt = k;
        break;
      }
      // "… will quit the deal if the bank is not reconnected to SWIFT": a denied "if" is an "unless"
      // (not "as if", "even if", "what if", nor a denial inside the demand's own subject).
      if (
        tokens[k]?.lower === 'if' &&
        !/^(?:as|even|what|only)$/.test(tokens[k - 1]?.lower ?? '') &&
        deniedCondition(tokens, k, m.first)
      ) {
        unlessAt = k;
        break;
      }
    }
    // (Only the demand itself after "unless", no verb of its own before it: not "unless Russia withdraws
    // its demand for a halt to …".)
    if (unlessAt < 0 || r.cues.some((c) => c.first > unlessAt && c.first < m.first)) continue;
    const main = tokens.slice(0, unlessAt);
    if (main.some((t) => /^(?:not|never|no|n't|won't|wouldn't|cannot)$/.test(t.lower))) continue;
    const threat =
      main.find(
        (t) =>
          THREAT_VERB.test(t.lower) ||
          RESPONSE.test(t.lower) ||
          // "there would be hell to pay", "a heavy price to pay".
          (t.lower === 'pay' &&
            tokens[t.i - 1]?.lower === 'to' &&
            /^(?:hell|price)$/.test(tokens[t.i - 2]?.lower ?? '')),
      ) ?? threatenedStep(main);
    if (!threat) continue;
    // Who threatens: the party opening the sentence, as its subject.
    const subject = openingSubject(tokens, speakers);
    if (!subject || subject.last >= threat.i) continue;
    const holder = r.asHolder(subject);
    if (holder.parties.length === 0) continue;
    const ci = clauseOf(spans, threat.i);
    if (ci < 0) continue;
    const earlier = findings.filter((x) => x.demand === m.demand && holder.parties.includes(x.party));
    if (earlier.some((x) => x.stance === 'supports')) continue;
    for (const x of earlier) findings.splice(findings.indexOf(x), 1);
    const before = findings.length;
    r.emit(
      holder,
      { attitude: 'supports', negated: false },
      r.wordsCue(threat.i, threat.i, 'supports'),
      { ...m, direction: 1 },
      ci,
    );
    // The condition is what the threat wants now, not a condition on wanting it: no conditional
    // acceptance (which would make it openness), no conditional weight.
    for (let k = before; k < findings.length; k++) {
      const f = findings[k] as (typeof findings)[number];
      if (f.demand === m.demand && f.stance === 'open')
        findings[k] = { ...f, stance: 'supports', modality: 'present' };
      else if (f.demand === m.demand && f.modality === 'conditional')
        findings[k] = { ...f, modality: 'present' };
    }
  }
}

export function readWarnings(r: SentenceReading): void {
  readResponsesInEvent(r);
  // (Each warning read below opens on a word of CONDITION: "if" (readResponsesBeforeCondition,
  // readCounterfactuals), "unless" or "if" (readThreatsUnless), any of them (the loop). Without one,
  // nothing is.)
  if (!holdsTrigger(r.tokens, CONDITION_WORD)) return;
  readResponsesBeforeCondition(r);
  readThreatsUnless(r);
  readCounterfactuals(r);
  const { tokens, mentions, spans, speakers, speaker } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0) continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    // The condition opening the mention's clause, past a reporting "that" ("warned that if …").
    const clause = spans[ci] as [number, number];
    let c = clause[0];
    if (tokens[c]?.lower === 'that') c++;
    // (The condition may open a clause before the mention's: "If Washington is unwilling to agree firm,
    // legally binding guarantees that …", a comma inside the demand's words.)
    let ce = ci;
    while (ce > 0 && ci - ce < 2 && !CONDITION.test(tokens[c]?.lower ?? '')) {
      ce--;
      c = (spans[ce] as [number, number])[0];
      if (tokens[c]?.lower === 'that') c++;
    }
    // ("Ryabkov warned that if the alliance failed to …": after the reporting "that" inside the clause.)
    // (Only for a refused demand: the sentences with a plain "that if" are read as before.)
    if (!CONDITION.test(tokens[c]?.lower ?? ''))
      for (let k = m.first - 1; k > clause[0]; k--)
        if (
          tokens[k]?.lower === 'if' &&
          tokens[k - 1]?.lower === 'that' &&
          tokens.slice(k + 1, m.first).some((t) => REFUSED_IN_CONDITION.test(t.lower))
        ) {
          c = k;
          break;
        }
    const opener = tokens[c]?.lower ?? '';
    if (!CONDITION.test(opener) || c >= m.first) continue;
    // "if Washington refuses to give guarantees that …", "if the alliance fails to provide …": the
    // demand refused in the condition, as after "unless".
    const refused = tokens.slice(c + 1, m.first).some((t) => REFUSED_IN_CONDITION.test(t.lower));
    const unless = (opener === 'unless') !== refused;
    if (m.direction !== (unless ? 1 : -1)) continue;
    // The main clause right after it, threatening a response.
    const main = spans[ci + 1];
    if (!main) continue;
    const words = tokens.slice(main[0], main[1] + 1);
    const threatens =
      words.some((t) => RESPONSE.test(t.lower)) ||
      words.some((t) => COMPELLED.test(t.lower)) ||
      words.some(
        (t, k) =>
          t.lower === 'have' &&
          words[k + 1]?.lower === 'to' &&
          /^(?:will|would|shall)$/.test(words[k - 1]?.lower ?? ''),
      );
    // ("…, Russia will not respond militarily": no threat.)
    if (!threatens || words.some((t) => /^(?:not|never|no|n't|won't|wouldn't)$/.test(t.lower))) continue;
    // Who warns: a party opening the main clause ("Russia will be forced to …"), else a first-person
    // or impersonal subject ("we will have to", "this would have …") speaking for the speaker.
    const subject = speakers.find((a) => a.first >= main[0] && a.first <= main[0] + 1);
    const holder = subject
      ? r.asHolder(subject)
      : /^(?:we|this|it|that|there)$/.test(tokens[main[0]]?.lower ?? '')
        ? r.partyOf(speaker)
        : null;
    if (!holder) continue;
    if (r.findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
    const cueAt = words.find(
      (t, k) =>
        RESPONSE.test(t.lower) ||
        COMPELLED.test(t.lower) ||
        (t.lower === 'have' && words[k + 1]?.lower === 'to'),
    );
    if (cueAt) emitDemandOf(r, holder, cueAt, m, ci + 1);
  }
}

/** "in the event of", "in case of", "in response to": a response tied to what follows. */
const IN_EVENT = wordSet(/^(?:event|case|response)$/);
/** (A response in the event needs both its event word and its response word: without them, nothing is read.) */
const IN_EVENT_WORDS = triggerList(IN_EVENT) | triggerList(RESPONSE);

/**
 * "The Kremlin is considering retaliatory steps in the event of the deployment of NATO weapons near
 * its borders": a response readied for the demand's opposite is the demand, held by whoever readies it
 * (the clause's holder of that cue, or the speaker), in place of any openness read off "considering".
 */
function readResponsesInEvent(r: SentenceReading): void {
  const { tokens, mentions, spans, findings } = r;
  if (!holdsAllTriggers(tokens, IN_EVENT_WORDS)) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== -1) continue;
    // "in the event of (the deployment of) …" shortly before the mention, within its phrase.
    let k = -1;
    for (let e = m.first - 1; e >= Math.max(1, m.first - 8); e--) {
      const w = tokens[e]?.lower ?? '';
      if (w === ',' || w === ';') break;
      if (
        IN_EVENT.test(w) &&
        /^(?:of|to)$/.test(tokens[e + 1]?.lower ?? '') &&
        /^(?:in|the)$/.test(tokens[e - 1]?.lower ?? '')
      ) {
        k = e + 1;
        break;
      }
      // "… responses in case the alliance places its weapons close to …": "in case" opening a clause.
      if (w === 'case' && tokens[e - 1]?.lower === 'in' && tokens[e + 1]?.lower !== 'of') {
        k = e;
        break;
      }
    }
    if (k < 0) continue;
    const ci = clauseOf(spans, m.first);
    if (ci < 0) continue;
    const clause = spans[ci] as [number, number];
    const response = tokens.slice(clause[0], k - 1).find((t) => RESPONSE.test(t.lower));
    if (!response) continue;
    const holder = r.subjectBefore(response.i, clause) ?? r.partyOf(r.speaker);
    if (!holder) continue;
    // (In place of what was read before: "considering retaliatory steps" is no openness.)
    const earlier = findings.filter((x) => x.demand === m.demand && holder.parties.includes(x.party));
    if (emitDemandOf(r, holder, response, m, ci))
      for (const x of earlier) findings.splice(findings.indexOf(x), 1);
  }
}

/**
 * "What would the Americans say if we stationed our missiles on the border with Canada?": a proposer's
 * own deployment turned on the other side, a case for the demand, held by whoever says "we".
 */
function readCounterfactuals(r: SentenceReading): void {
  const { tokens, mentions, spans, findings } = r;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== -1) continue;
    const ifAt = counterfactualIf(tokens, m.first, false);
    if (ifAt < 0) continue;
    const would =
      tokens.slice(Math.max(0, ifAt - 8), ifAt).find((t) => t.lower === 'would') ??
      (tokens[ifAt - 1]?.lower === 'what' ? tokens[ifAt - 1] : undefined);
    const ci = clauseOf(spans, m.first);
    if (!would || ci < 0) continue;
    const holder = r.subjectBefore(ifAt + 2, [ifAt + 1, ifAt + 1]);
    if (!holder || findings.some((f) => f.mention === m && holder.parties.includes(f.party))) continue;
    emitDemandOf(r, holder, would, m, ci);
  }
}
