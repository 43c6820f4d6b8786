/**
 * A party, speaking, warns that a demand met would bring something plainly bad: "Lifting sanctions on
 * Iran will unleash terror across the region", "Ending the drills would only embolden the regime",
 * "Lifting the sanctions would fuel more violence". The demand, named as the subject opening its clause,
 * is judged by its effect: the speaking party (not one that put the demand forward) rejects it.
 *
 * Narrow on purpose: only a party speaking (an analyst's forecast reads nothing), only the demand itself
 * as the clause's subject (not "refusing to lift sanctions …", the opposite), only a modal "will" /
 * "would" / "could" right before the harm, a denied harm ("would not unleash terror") reads nothing, and
 * the harm either a verb bad in itself ("embolden", "endanger", "destabilise") or a verb whose object is
 * plainly bad ("unleash terror", "fuel violence", "lead to war"); "will bring prosperity" reads nothing.
 */
import { clauseOf } from './clauses';
import { partySpeakingOrLast } from './speaker';
import type { SentenceReading } from './analyze-sentence';
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';
import { modalAfterSubject, verbAfterModal } from './modal-verb';

/** What may open the clause the demand is the subject of: a quote, "that", a speech verb, a colon. */
const OPENS_CLAUSE = /^(?:["“‘':;—–]|that|said|says|warned|warns|argued|argues|added|insisted|insists)$/;
/** Determiners the demand's words may follow at the clause's start: "any withdrawal now …". */
const DETERMINER = wordSet(/^(?:any|the|a|an|such|this|that)$/);
/** What may not stand between the demand and its modal: another clause or another speaker's verb. */
const BREAK =
  /^(?:[,;:—–()"“”?!.]|that|which|who|whom|whose|if|unless|because|while|but|says|said|say|think|thinks|believe|believes|is|are|was|were|has|have|had)$/;
const MODAL = wordSet(/^(?:will|would|could)$/);
const ADVERB = wordSet(/^(?:only|simply|just|surely|certainly|inevitably|also|merely|further|effectively)$/);
/** A harm in the verb itself, whatever it befalls: "would endanger the region". */
const BAD_VERB = wordSet(/^(?:endanger|imperil|destabilise|destabilize|jeopardise|jeopardize)$/);
/** Emboldening is a harm only of an adversary: "embolden Pyongyang", not "embolden the moderates". */
const EMBOLDEN = wordSet(/^(?:embolden|reward)$/);
const ADVERSARY = wordSet(
  /^(?:regime|hardliners|aggressor|aggressors|aggression|terrorists|extremists|dictatorship|dictator|junta|militants|terror|blackmail)$/,
);
/** Verbs whose object says the harm: "unleash terror", "fuel violence", "lead to war". */
const BRINGING_VERB = wordSet(
  /^(?:unleash|fuel|spread|bring|invite|trigger|spark|spur|cause|fund|finance|feed|export|encourage|breed|provoke|lead|mean)$/,
);
/** What may stand between such a verb and its harm: "unleash waves of terror", "lead to more violence". */
const BEFORE_HARM = wordSet(
  /^(?:to|a|an|the|more|new|wave|waves|of|further|fresh|regional|global|even|endless|another|renewed|greater|worldwide|international|open|all-out|increase|rise|surge|in|terrorist)$/,
);
const HARM = wordSet(
  /^(?:terror|terrorism|terrorists|violence|chaos|war|wars|bloodshed|instability|aggression|extremism|catastrophe|disaster|anarchy|carnage|proliferation|escalation|blackmail|attacks)$/,
);

/** The token ending the harm named from the modal at `k` on, or -1. */
function harmAt(
  tokens: readonly Token[],
  k: number,
  actors: readonly ActorMention[],
  own: readonly string[],
): number {
  const v = verbAfterModal(tokens, k, MODAL, ADVERB);
  if (v < 0) return -1;
  const verb = tokens[v]?.lower ?? '';
  if (BAD_VERB.test(verb)) return v;
  if (EMBOLDEN.test(verb)) {
    // Its object an adversary word or another party, named right after it ("the regime", "Pyongyang").
    for (let o = v + 1; o <= v + 3; o++) {
      const w = tokens[o]?.lower ?? '';
      if (ADVERSARY.test(w)) return o;
      const a = actors.find((x) => x.first === o);
      if (a && a.parties.length > 0 && !a.parties.some((p) => own.includes(p))) return a.last;
      if (!/^(?:the|its|their|a|an|further|more)$/.test(w)) return -1;
    }
    return -1;
  }
  if (!BRINGING_VERB.test(verb)) return -1;
  for (let o = v + 1; o <= v + 6; o++) {
    const w = tokens[o]?.lower ?? '';
    if (HARM.test(w)) return o;
    if (!BEFORE_HARM.test(w)) return -1;
  }
  return -1;
}

/** (harmAt reads a consequence only from a verb of BAD_VERB, EMBOLDEN or BRINGING_VERB: without one, nothing is.) */
const DIRE_VERB = triggerList(BAD_VERB, EMBOLDEN, BRINGING_VERB);

export function readDireConsequence(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  if (!holdsTrigger(tokens, DIRE_VERB)) return;
  const speaking = partySpeakingOrLast(r.speaker, r.previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction !== 1) continue;
    // The demand opens its clause: "Lifting sanctions …", "… said that any withdrawal now …".
    let b = m.first - 1;
    while (b >= 0 && DETERMINER.test(tokens[b]?.lower ?? '')) b--;
    if (b >= 0 && !OPENS_CLAUSE.test(tokens[b]?.lower ?? '')) continue;
    // (Its first word a gerund or a noun of the measure, not a verb after "to": "to lift …" is no subject.)
    if (tokens[m.first]?.lower === 'to') continue;
    // The modal soon after it, with no other clause or verb between.
    const k = modalAfterSubject(tokens, m.last, MODAL, BREAK);
    const end = harmAt(tokens, k, r.input.actors, speaking.parties);
    if (end < 0) continue;
    const parties = speaking.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p));
    if (parties.length === 0) continue;
    if (findings.some((f) => f.demand === m.demand && parties.includes(f.party))) continue;
    const cue = r.wordsCue(k, end, 'rejects');
    r.emit(
      { parties, kind: 'speaker', matched: speaking.matched, role: speaking.role },
      { attitude: 'rejects', negated: false },
      cue,
      m,
      Math.max(0, clauseOf(spans, k)),
    );
  }
}
