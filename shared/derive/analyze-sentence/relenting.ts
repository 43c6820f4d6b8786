/**
 * Parties letting their own demands go ("gave up on", "no longer asks"), and a speaker sharing the refusal
 * they report: rules analyzeSentence applies to the findings of the whole sentence.
 */
import { canSpeak, type ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import { frontedNegation } from '../cues';
import type { Token } from '../tokens';
import { welcomersOfRelenting } from './welcomed-relenting';
import { reportedSubjectFinding } from './reported-finding';
import type { SentenceFinding, SentenceInput } from './types';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';

/** Verbs of giving up something held: "dropped", "abandoned", "gave up", "backed away from". */
const GAVE_UP_ONE = wordSet(
  /^(?:dropped|drops|abandoned|abandons|withdrew|withdraws|withdrawn|shelved|shelves|scrapped|scraps|relinquished|relinquishes|ditched|ditches)$/,
);

const GAVE_UP_FIRST = wordSet(
  /^(?:gave|gives|given|backed|backs|walked|walks|retreated|retreats|let|lets|letting)$/,
);

/** (relentingActors reads nothing without one of these verbs: each reading opens on GAVE_UP_ONE or GAVE_UP_FIRST.) */
const GIVING_UP = triggerList(GAVE_UP_ONE, GAVE_UP_FIRST);

const GAVE_UP_SECOND = wordSet(/^(?:up|away|from|go)$/);
/** "backed off its call for …": "back off", giving up what was pressed (no other verb takes "off" here). */
const BACKED = wordSet(/^(?:backed|backs)$/);

/** Hedged before the verb: "seemed to have dropped", "appears to have let go of". */
const SEEMING = wordSet(/^(?:seems|seemed|appears|appeared)$/);

const BEFORE_GAVE_UP = wordSet(
  /^(?:has|have|had|now|apparently|effectively|quietly|reportedly|finally|already|since|largely|mostly)$/,
);

const OWN_DETERMINERS = wordSet(
  /^(?:its|their|his|her|the|some|one|of|all|key|main|central|core|chief|earlier|original)$/,
);

/**
 * Parties the sentence says gave up their own demand ("Russia dropped its demand that …", "Moscow has
 * backed away from its call for …"): a finite verb right after the party, no negation before it ("has
 * refused to drop", "will not give up" keep it), and a demand noun as its object.
 */
export function partiesRelentingOnTheirDemands(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): string[] {
  // (Filled by push: the reading iterates over what this returns, and an array `map` makes is of
  // another kind when empty.)
  const out: string[] = [];
  for (const x of relentingActors(tokens, actors, compiled)) out.push(x.party);
  return out;
}

const LETTING_GO_STOP = wordSet(/^(?:but|;|while|whereas|although|though|yet|still)$/);

/** Asking verbs a proposer stops: "Iran is no longer asking for …", "has stopped demanding". */
const ASKING_ON = wordSet(/^(?:asking|demanding|insisting|pressing|seeking|calling|pushing|requesting)$/);
/** (partiesNoLongerAsking finds nothing without an asking verb: each finding's verb passes ASKING_ON.) */
const ASKING = triggerList(ASKING_ON);

/**
 * "Tehran is no longer asking Washington to lift the listing", "Moscow has stopped demanding …": the
 * proposer giving up the asking; the demand named after it is what it dropped (from token `from`).
 */
function partiesNoLongerAsking(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Array<{ party: string; from: number; cue: string }> {
  const out: Array<{ party: string; from: number; cue: string }> = [];
  if (!holdsTrigger(tokens, ASKING)) return out;
  for (const a of actors) {
    if (!canSpeak(a) || a.parties.length !== 1 || inQuestionOrCondition(tokens, a.first)) continue;
    let k = a.last + 1;
    if (/^(?:is|are|was|were|has|have|had)$/.test(tokens[k]?.lower ?? '')) k++;
    const stop = tokens[k]?.lower === 'no' && tokens[k + 1]?.lower === 'longer' ? 2 : 0;
    if (stop === 0 && !/^(?:stopped|ceased|quit)$/.test(tokens[k]?.lower ?? '')) continue;
    const verb = tokens[k + (stop || 1)];
    if (!verb || !ASKING_ON.test(verb.lower)) continue;
    // ("Nor has Moscow stopped demanding …": a fronted negation keeps the asking.)
    if (frontedNegation(tokens, k)) continue;
    const words = tokens.slice(k, k + (stop || 1) + 1).map((t) => t.text);
    out.push({ party: a.parties[0] as string, from: k + (stop || 1) + 1, cue: words.join(' ') });
  }
  return out;
}

/**
 * A proposer letting its demand go ("Iran seemed to have let go of some of its demands, among them
 * …", "Tehran is no longer asking …"): it is open on the demand named after the verb, no more holding it.
 * (Only the demands it proposes, named after the verb in the same sentence; nothing negated.)
 */
export function proposersLettingGo(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, actors, compiled, mentions } = input;
  const letting = [...relentingActors(tokens, actors, compiled), ...partiesNoLongerAsking(tokens, actors)];
  for (const { party, from, cue } of letting) {
    const actor = actors.find((a) => a.parties.includes(party)) as ActorMention;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.direction !== 1 || m.first < from || m.first > from + 20) continue;
      // (Not past a contrast: "no longer asks for A, but still demands B" holds B.)
      if (tokens.slice(from, m.first).some((t) => LETTING_GO_STOP.test(t.lower))) continue;
      if (!compiled.proposers.get(m.demand)?.has(party)) continue;
      if (findings.some((f) => f.party === party && f.demand === m.demand && f.stance !== 'supports'))
        continue;
      for (let i = findings.length - 1; i >= 0; i--) {
        const f = findings[i] as SentenceFinding;
        if (f.party === party && f.demand === m.demand) findings.splice(i, 1);
      }
      const subject = { text: actor.text, role: null };
      findings.push(reportedSubjectFinding({ party, mention: m, stance: 'open', cue, subject }));
      // "Washington welcomed that Tehran let go of it": the glad addressee was against the demand.
      const at = actors.filter((a) => a.parties.includes(party) && a.last < from).pop()?.first ?? -1;
      for (const w of welcomersOfRelenting(tokens, actors, compiled, m.demand, party, at)) {
        if (findings.some((f) => f.party === w.party && f.demand === m.demand)) continue;
        const welcomed = {
          party: w.party,
          mention: m,
          stance: 'rejects',
          cue: w.cue,
          subject: w.actor,
        } as const;
        findings.push(reportedSubjectFinding(welcomed));
      }
    }
  }
}

/** The actors relenting on their own demand, each with where its object starts and the verb's words. */
function relentingActors(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
): Array<{ party: string; from: number; cue: string }> {
  if (!holdsTrigger(tokens, GIVING_UP)) return [];
  const carrierStarts = new Set(compiled.carriers.find(tokens).map((c) => c.first));
  const out: Array<{ party: string; from: number; cue: string }> = [];
  for (const a of actors) {
    if (!canSpeak(a)) continue;
    // ("would not say whether Russia had dropped its demand", "if Moscow drops it, …": a question or a
    // condition, no step taken.)
    if (inQuestionOrCondition(tokens, a.first)) continue;
    let k = a.last + 1;
    while (BEFORE_GAVE_UP.test(tokens[k]?.lower ?? '')) k++;
    if (SEEMING.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to')
      k += tokens[k + 2]?.lower === 'have' ? 3 : 2;
    const w = tokens[k]?.lower ?? '';
    const verbFirst = k;
    if (GAVE_UP_ONE.test(w)) k++;
    else if (
      GAVE_UP_FIRST.test(w) &&
      (GAVE_UP_SECOND.test(tokens[k + 1]?.lower ?? '') || (BACKED.test(w) && tokens[k + 1]?.lower === 'off'))
    ) {
      k += 2;
      if (tokens[k]?.lower === 'from' || tokens[k]?.lower === 'of') k++;
    } else continue;
    const verbAt = k - 1;
    // ("Not once has Russia dropped its demand …": a fronted negation keeps it.)
    if (frontedNegation(tokens, verbFirst)) continue;
    let skipped = 0;
    while (OWN_DETERMINERS.test(tokens[k]?.lower ?? '') && skipped < 3) {
      k++;
      skipped++;
    }
    if (carrierStarts.has(k))
      for (const party of a.parties) out.push({ party, from: k, cue: cueWords(tokens, a.last + 1, verbAt) });
  }
  return out;
}

/** Whether the party named at `first` opens a "whether" or "if" clause: "whether (the) Kremlin has …". */
function inQuestionOrCondition(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  return /^(?:whether|if)$/.test(tokens[k]?.lower ?? '');
}

const cueWords = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(' ');

/**
 * "Blinken said the alliance has no intention of negotiating its open door": an official of a party
 * the demand is also put to, stating the refusal of another party it is put to, states its own
 * refusal too. (Not a proposer reporting it: "Lavrov said NATO refused …" is no Russian rejection.)
 */
export function speakerSharingTheRefusal(input: SentenceInput, findings: SentenceFinding[]): void {
  const { speaker, compiled } = input;
  if (speaker?.kind !== 'party' || speaker.parties.length !== 1) return;
  const party = speaker.parties[0] as string;
  for (const f of [...findings]) {
    if (f.stance !== 'rejects' || f.voice !== 'reported' || f.party === party) continue;
    if (f.attribution.kind !== 'subject' && f.attribution.kind !== 'alias') continue;
    const addressees = compiled.addressees.get(f.demand);
    if (!addressees?.has(party) || !addressees.has(f.party) || compiled.proposers.get(f.demand)?.has(party))
      continue;
    if (findings.some((g) => g.party === party && g.demand === f.demand)) continue;
    findings.push({
      ...f,
      party,
      voice: 'own',
      attribution: {
        kind: speaker.document ? 'document' : 'speaker',
        matched: speaker.matched,
        role: speaker.role,
        speaker: f.attribution.speaker,
      },
    });
  }
}
