/**
 * A demand told as part of a deal still to be made: "U.S. official agrees rolling back tariffs would be
 * part of a Phase 1 China deal", "a US official confirmed the rollback would be part of the first phase
 * of a trade agreement", "… would form part of the agreement". From a side the demand is put to, that is
 * a step conditional on the deal, not the demand granted: open, not support. Where nothing else read the
 * sentence, the side that agrees, confirms or accepts it (its subject, right before the verb) is read so.
 * Only a modal future ("would", "will", "could" be / form part of) with a deal noun after "part of";
 * never the side that asks the demand, nor a negated or questioned clause.
 */
import type { ActorMention } from '../actors';
import type { DemandMention } from '../demand-mentions';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import { reportedSubjectFinding } from './reported-finding';
import type { SentenceFinding, SentenceInput } from './types';

const MODAL = wordSet(/^(?:would|will|could|should|might|may)$/);

const DEAL = wordSet(/^(?:deal|deals|agreement|agreements|accord|accords|pact|package|settlement|bargain)$/);

/** Words that end the deal's noun phrase before its noun: a new clause or a negation. */
const NOT_FILLER = wordSet(/^(?:that|which|who|if|unless|but|and|or|not|no|never|,|;|:|\.)$/);

/** Verbs a side takes up such a statement with: "agrees", "confirmed", "accepted". */
const TAKING_UP = wordSet(
  /^(?:agree|agrees|agreed|confirm|confirms|confirmed|accept|accepts|accepted|acknowledge|acknowledges|acknowledged)$/,
);

/** Between the subject and its verb: auxiliaries and plain adverbs. */
const BEFORE_VERB = wordSet(/^(?:has|have|had|also|later|now|already|privately|reportedly)$/);

/** Whether the words right after the mention say it would be part of a deal. */
function partOfDealAfter(tokens: readonly Token[], m: DemandMention): boolean {
  const w = (k: number): string => tokens[k]?.lower ?? '';
  let k = m.last + 1;
  if (!MODAL.test(w(k))) return false;
  k++;
  if (w(k) === 'be') {
    k++;
    if (/^(?:a|an)$/.test(w(k))) k++;
  } else if (w(k) === 'form') k++;
  else return false;
  if (w(k) !== 'part' || w(k + 1) !== 'of') return false;
  for (let j = k + 2; j <= k + 9 && j < tokens.length; j++) {
    if (DEAL.test(w(j))) return true;
    if (NOT_FILLER.test(w(j))) return false;
  }
  return false;
}

/** The actor that agrees, confirms or accepts the clause opening at the mention ("… agrees (that) X …"). */
function takerUp(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  m: DemandMention,
): ActorMention | null {
  let k = m.first - 1;
  if (/^(?:the|a|an|any)$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower === 'that') k--;
  if (!TAKING_UP.test(tokens[k]?.lower ?? '')) return null;
  k--;
  while (BEFORE_VERB.test(tokens[k]?.lower ?? '')) k--;
  const actor = actors.find((a) => a.last === k && a.kind !== 'adjective');
  if (!actor || actor.parties.length !== 1) return null;
  // ("whether Washington agrees …", "if Washington agreed …": no step taken.)
  const before = tokens[(tokens[actor.first - 1]?.lower === 'the' ? actor.first - 1 : actor.first) - 1];
  if (before && /^(?:whether|if|unless|not)$/.test(before.lower)) return null;
  return actor;
}

/** ("part of a deal": without "part", nothing is read.) */
const PART = triggerList('part');

export function partOfDealToCome(input: SentenceInput, findings: SentenceFinding[]): void {
  const { tokens, actors, compiled, mentions } = input;
  if (!holdsTrigger(tokens, PART)) return;
  for (const m of mentions) {
    if (m.kind === 'reference' || m.principle || m.direction !== 1) continue;
    if (!partOfDealAfter(tokens, m)) continue;
    const addressee = (p: string): boolean =>
      !!compiled.addressees.get(m.demand)?.has(p) && !compiled.proposers.get(m.demand)?.has(p);
    for (const f of findings)
      if (f.mention === m && f.stance === 'supports' && addressee(f.party)) f.stance = 'open';
    const actor = takerUp(tokens, actors, m);
    const party = actor?.parties[0];
    if (!actor || !party || !addressee(party)) continue;
    if (findings.some((f) => f.party === party && f.demand === m.demand)) continue;
    const cue = `${actor.text} … part of`;
    findings.push(reportedSubjectFinding({ party, mention: m, stance: 'open', cue, subject: actor }));
  }
}
