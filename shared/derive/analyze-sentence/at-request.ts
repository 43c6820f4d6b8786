/**
 * An act done at another party's request: "Kurti delays plate fines by 48 hours at Washington's request",
 * "Kosovo put off the fines at the request of the United States", "… at Brussels' behest". The party that
 * asked for the act holds the position the act takes on the demand: support when the act is the demand,
 * refusal when it is the demand's opposite (a postponement of what is asked). Only an act told as done
 * or to be done (no negation, refusal, question, condition or "could/might/may/would" before it in its
 * clause), named before the request in the same clause; never a party asking for its own demand's
 * opposite, nor a side the demand is put to asking for the demand itself (who asked what is unclear there).
 */
import type { ActorMention } from '../actors';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import { reportedSubjectFinding } from './reported-finding';
import type { SentenceFinding, SentenceInput } from './types';

const REQUEST_NOUN = wordSet(/^(?:request|behest|urging)$/);
/** (An act at a request needs its noun: without one, nothing is read.) */
const REQUEST_NOUN_WORD = triggerList(REQUEST_NOUN);

/** Words that leave the act undone or in doubt, before the act in its clause. */
const UNDONE = wordSet(
  /^(?:not|n't|never|no|refused|refuses|refuse|rejected|rejects|declined|declines|resisted|resists|whether|if|unless|could|might|may|would|should|asked|urged|wants|wanted)$/,
);

/** Where the act's clause starts: after these, a new clause. */
const CLAUSE_BREAK = wordSet(
  /^(?:;|:|but|while|whereas|although|though|because|since|after|before|and|that|which|who)$/,
);

/** Between the act and "at": nothing that opens a new clause. */
const STOP = wordSet(/^(?:;|:|but|while|whereas|although|though|because|since|and|that|which|who|\.|\?|!)$/);

const REACH = 14;

/** "at X's request", "at the request of (the) X": the requesting actor and where "at" stands. */
function requesters(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
): Array<{ actor: ActorMention; at: number }> {
  const out: Array<{ actor: ActorMention; at: number }> = [];
  for (let k = 0; k < tokens.length; k++) {
    if ((tokens[k] as Token).lower !== 'at') continue;
    // "at the request of the United States"
    if (
      tokens[k + 1]?.lower === 'the' &&
      REQUEST_NOUN.test(tokens[k + 2]?.lower ?? '') &&
      tokens[k + 3]?.lower === 'of'
    ) {
      const from = tokens[k + 4]?.lower === 'the' ? k + 5 : k + 4;
      const actor = actors.find((a) => a.first === from && a.kind !== 'adjective');
      if (actor) out.push({ actor, at: k });
      continue;
    }
    // "at Washington's request", "at the US ambassador's request"
    const actor = actors.find(
      (a) =>
        a.kind !== 'adjective' &&
        (a.first === k + 1 || (a.first === k + 2 && tokens[k + 1]?.lower === 'the')) &&
        /^['’]s?$/.test(tokens[a.last + 1]?.text ?? '') &&
        REQUEST_NOUN.test(tokens[a.last + 2]?.lower ?? ''),
    );
    if (actor) out.push({ actor, at: k });
  }
  return out;
}

export function actsAtRequest(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, actors, compiled, mentions } = input;
  if (!holdsTrigger(tokens, REQUEST_NOUN_WORD)) return;
  for (const { actor, at } of requesters(tokens, actors)) {
    if (actor.parties.length !== 1) continue;
    const party = actor.parties[0] as string;
    for (const m of mentions) {
      if (m.kind === 'reference' || m.kind === 'list' || m.principle) continue;
      if (m.last >= at || at - m.last > REACH) continue;
      if (tokens.slice(m.last + 1, at).some((t) => STOP.test(t.lower))) continue;
      // The act's clause: back from the mention to the last clause break.
      let start = m.first - 1;
      while (start >= 0 && !CLAUSE_BREAK.test((tokens[start] as Token).lower)) start--;
      if (tokens.slice(start + 1, m.first).some((t) => UNDONE.test(t.lower))) continue;
      if (tokens.slice(m.first, m.last + 1).some((t) => /^(?:not|n't|never|no)$/.test(t.lower))) continue;
      const proposer = compiled.proposers.get(m.demand)?.has(party) ?? false;
      const addressee = compiled.addressees.get(m.demand)?.has(party) ?? false;
      const stance = m.direction === -1 ? 'rejects' : 'supports';
      if (stance === 'rejects' && proposer) continue;
      if (stance === 'supports' && addressee && !proposer) continue;
      if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
      const cue = tokens
        .slice(at, Math.min(tokens.length, at + 6))
        .map((t) => t.text)
        .join(' ');
      findings.push(reportedSubjectFinding({ party, mention: m, stance, cue, subject: actor }));
    }
  }
}
