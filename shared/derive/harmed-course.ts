/**
 * A party, speaking, says a course named as the subject opening its clause would do harm: "resuming the
 * war would hurt civilians", "quitting the grain deal would hurt the world's poorest", "scrapping the
 * protocol would damage the peace process", "keeping sanctions in place would only harm the talks". The
 * course is judged by its effect: named in the demand's own words, the speaking party (not one that put
 * the demand forward) rejects it; named in the words of its opposite, the speaking party wants the demand.
 * (Without this, the opposite said by a party that did not propose the demand read as its own wording:
 * Blinken "rejecting" the grain deal's extension by warning that quitting it would hurt the poor.)
 *
 * Narrow, as dire-consequence.ts is: a party speaking (an analyst's forecast reads nothing), the course
 * opening its clause (after a quote, "that", a speech verb), a modal "will" / "would" / "could" / "can"
 * right before the harm, a denied harm ("would not hurt") reads nothing, and the harm a verb of hurting
 * ("hurt", "harm", "damage", "undermine", "wreck", "sabotage", "set back") or "do harm / damage", "be
 * damaging / harmful / dangerous". Harm to another party ("would hurt Russia", "would weaken Hamas") may
 * be what the speaker wants: only harm to something no party is, or to the speaker's own side, counts.
 */
import { clauseOf } from './clauses';
import { partySpeakingOrLast } from './speaker';
import type { SentenceReading } from './analyze-sentence';
import type { ActorMention } from './actors';
import type { Token } from './tokens';
import { wordSet } from './word-set';
import { holdsTrigger, triggerList } from './trigger-words';
import { modalAfterSubject, verbAfterModal } from './modal-verb';

/** What may open the clause the course is the subject of: a quote, "that", a speech verb, a colon. */
const OPENS_CLAUSE =
  /^(?:["“‘':;—–]|that|said|says|warned|warns|cautioned|cautions|argued|argues|added|insisted|insists|stressed|stresses)$/;
/** Determiners the course's words may follow at the clause's start: "any withdrawal now …". */
const DETERMINER = wordSet(/^(?:any|the|a|an|such|this|that)$/);
/** What may not stand between the course and its modal: another clause or another speaker's verb. */
const BREAK =
  /^(?:[,;:—–()"“”?!.]|that|which|who|whom|whose|if|unless|because|while|but|says|said|say|think|thinks|believe|believes|is|are|was|were|has|have|had)$/;
const MODAL = wordSet(/^(?:will|would|could|can)$/);
const ADVERB = wordSet(
  /^(?:only|simply|just|surely|certainly|inevitably|also|merely|further|effectively|seriously|badly|gravely|severely|deeply|greatly)$/,
);
/** Verbs of hurting what they take as object. */
const HURTING = wordSet(
  /^(?:hurt|harm|damage|undermine|wreck|sabotage|torpedo|derail|jeopardi[sz]e|endanger|imperil|destabili[sz]e|poison)$/,
);
/** "do (serious) harm", "cause (lasting) damage": the harm as a noun after a light verb. */
const DOING = wordSet(/^(?:do|cause|inflict)$/);
const HARM_NOUN = wordSet(/^(?:harm|damage)$/);
const HARM_DEGREE = wordSet(
  /^(?:serious|great|grave|real|lasting|enormous|huge|irreparable|untold|deep|more|further)$/,
);
/** "be (deeply) damaging", "be harmful", "be dangerous". */
const HARMFUL = wordSet(
  /^(?:damaging|harmful|dangerous|disastrous|catastrophic|devastating|destabili[sz]ing)$/,
);
const BE = wordSet(/^(?:be)$/);
/** Words before the harm's object: "hurt the world's poorest", "harm to ordinary Iranians". */
const OBJECT_LEAD = wordSet(/^(?:the|its|their|a|an|to|of|for|on|ordinary|innocent|many|millions)$/);
/** A side's people rather than the side: "Iranians", "Palestinian civilians", "Ukrainian farmers". */
const PEOPLE =
  /^(?:[a-z]+(?:ians|ans|lis|ese)|people|peoples|civilians|citizens|families|farmers|workers|children|lives|population|populations)$/;

/**
 * The token ending the harm named from the modal at `k` on, or -1. The harm's object, if a party
 * other than the speaker's own, makes it no harm to the speaker: -1.
 */
function harmAt(
  tokens: readonly Token[],
  k: number,
  actors: readonly ActorMention[],
  own: readonly string[],
): number {
  const v = verbAfterModal(tokens, k, MODAL, ADVERB);
  if (v < 0) return -1;
  const verb = tokens[v]?.lower ?? '';
  let end = -1;
  if (HURTING.test(verb)) end = v;
  else if (DOING.test(verb)) {
    let n = v + 1;
    while (n <= v + 3 && HARM_DEGREE.test(tokens[n]?.lower ?? '')) n++;
    if (HARM_NOUN.test(tokens[n]?.lower ?? '')) end = n;
  } else if (BE.test(verb)) {
    let n = v + 1;
    while (n <= v + 2 && ADVERB.test(tokens[n]?.lower ?? '')) n++;
    if (HARMFUL.test(tokens[n]?.lower ?? '')) end = n;
  }
  if (end < 0) return -1;
  // Whose harm: a party named in the object right after ("hurt Russia", "damage Iran's economy", "harm to
  // Ukraine") that is not the speaker's own side.
  // (A side's people are no adversary: "would hurt ordinary Iranians", "endanger Israeli civilians".)
  for (let o = end + 1; o <= end + 4 && o < tokens.length; o++) {
    const a = actors.find((x) => x.first === o && x.parties.length > 0);
    if (
      a &&
      a.parties.some((p) => !own.includes(p)) &&
      !PEOPLE.test(tokens[a.last]?.lower ?? '') &&
      !PEOPLE.test(tokens[a.last + 1]?.lower ?? '')
    )
      return -1;
    if (!OBJECT_LEAD.test(tokens[o]?.lower ?? '')) break;
  }
  return end;
}

/** (harmAt ends the harm on a word of HURTING, HARM_NOUN or HARMFUL: without one, nothing is read.) */
const HARM_WORD = triggerList(HURTING, HARM_NOUN, HARMFUL);

export function readHarmedCourses(r: SentenceReading): void {
  const { tokens, mentions, spans, compiled, findings } = r;
  if (!holdsTrigger(tokens, HARM_WORD)) return;
  if (r.facts.question) return;
  const speaking = partySpeakingOrLast(r.speaker, r.previousSpeaker);
  if (!speaking) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.direction === 0) continue;
    // The course opens its clause: "Quitting the deal …", "… warned that resuming the war …".
    let b = m.first - 1;
    // ("… warned on Tuesday that quitting …": "that" opens the clause, not a determiner of the course.)
    while (b >= 0 && DETERMINER.test(tokens[b]?.lower ?? '') && tokens[b]?.lower !== 'that') b--;
    if (b >= 0 && !OPENS_CLAUSE.test(tokens[b]?.lower ?? '')) continue;
    // (A gerund or a noun of the course, not a verb after "to": "to lift …" is no subject.)
    if (tokens[m.first]?.lower === 'to') continue;
    // The modal soon after it, with no other clause or verb between.
    const k = modalAfterSubject(tokens, m.last, MODAL, BREAK);
    const end = harmAt(tokens, k, r.input.actors, speaking.parties);
    if (end < 0) continue;
    // The demand itself harmful: rejected by a party that did not put it forward. Its opposite harmful:
    // the demand wanted, by whoever says so.
    const parties =
      m.direction === 1
        ? speaking.parties.filter((p) => !compiled.proposers.get(m.demand)?.has(p))
        : speaking.parties;
    const cue = r.wordsCue(k, end, 'rejects');
    // ("would endanger", "would undermine": the harm verb read before as a plain cue on the course,
    // which a modal made a conditional "open"; or the course's own words read as the speaker's. The
    // harm it says decides here.)
    const words = r.input.text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end);
    for (let i = findings.length - 1; i >= 0; i--) {
      const f = findings[i] as (typeof findings)[number];
      if (f.mention !== m || !parties.includes(f.party) || !f.cue) continue;
      if (cue.text.includes(f.cue) || f.cue === words) findings.splice(i, 1);
    }
    const fresh = parties.filter((p) => !findings.some((f) => f.demand === m.demand && f.party === p));
    if (fresh.length === 0) continue;
    // (A side the demand is put to, saying its opposite would do harm, concedes the demand's case:
    // "keeping sanctions in place would hurt ordinary Iranians", the EU's envoy said. Read as its own
    // word, not as the demand told as addressed to it, which would read nothing.)
    if (m.direction === -1) cue.commitment = true;
    r.emit(
      { parties: fresh, kind: 'speaker', matched: speaking.matched, role: speaking.role },
      { attitude: 'rejects', negated: false },
      cue,
      m,
      Math.max(0, clauseOf(spans, k)),
    );
  }
}
