/**
 * Two sides failing together to agree: "The United States and North Korea failed to agree on sanctions
 * relief", "Washington and Pyongyang could not reach an agreement on …". The failure is the pair's, told
 * of both at once: it says they differ, not which of them refused the demand, so the denied verb of
 * agreeing gives neither party named in the pair a stance (a refusal of its own is read elsewhere:
 * "Trump said he could not agree to Kim's demand"). Only where the pair, joined by "and", opens the
 * clause as its subject and the denied agreeing follows it directly (with auxiliaries or adverbs
 * between), and only where the pair holds both sides of the demand, a party that put it forward and one
 * it is put to ("Japan and the United States did not agree to sanctions relief" is two refusals).
 */
import type { ActorMention } from '../actors';
import type { CompiledOntology } from '../compile-ontology';
import type { Token } from '../tokens';
import { wordSet } from '../word-set';
import { holdsTrigger, triggerList } from '../trigger-words';
import type { SentenceFinding } from './types';
import { NEGATION_WORD } from '../word-lists';

/** The denial of agreeing: "failed to", "could not", "were unable to", "did not". */
const FAILED = wordSet(/^(?:failed|fail|fails|unable)$/);
const denial = (w: string): boolean => FAILED.test(w) || NEGATION_WORD.test(w);
/** Between the pair and the denial: auxiliaries and adverbs only. */
const BETWEEN = wordSet(
  /^(?:have|has|had|again|so|far|also|once|still|yet|ultimately|reportedly|apparently|were|was|are|is|could|can|did|do|would|to)$/,
);
/** The verb of agreeing denied, or of reaching an agreement. */
const AGREEING = wordSet(/^(?:agree|agreed|agreeing|reach|reached|strike|struck|settle|settled)$/);
/** Words of a cue that name the agreeing. */
const AGREE_CUE = /\b(?:agree\w*|agreement|reach\w*|deal|accord|settle\w*|strike|struck|compromise)\b/i;
const TRIGGERS = triggerList(FAILED, NEGATION_WORD);

/**
 * The parties of a pair that opens its clause right before a denied agreeing, or an empty set:
 * "The US and North Korea failed to agree …" gives both.
 */
function jointFailures(tokens: readonly Token[], actors: readonly ActorMention[]): Set<string> {
  const out = new Set<string>();
  for (const second of actors) {
    if (second.kind === 'adjective' || second.parties.length === 0) continue;
    // ("the US and North Korea": "and" right before the second, past its article.)
    let k = second.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[k]?.lower ?? '')) k--;
    if (tokens[k]?.lower !== 'and') continue;
    const first = actors.find((a) => a.last === k - 1 && a.kind !== 'adjective' && a.parties.length > 0);
    if (!first || !second.parties.some((p) => !first.parties.includes(p))) continue;
    // (The pair opens its clause: the sentence's start, or after a comma, a colon or "that".)
    let s = first.first - 1;
    if (/^(?:the|a|an)$/.test(tokens[s]?.lower ?? '')) s--;
    if (s >= 0 && !/^(?:,|:|;|that)$/.test(tokens[s]?.lower ?? '')) continue;
    // (Then the denial, with auxiliaries between, and the verb of agreeing right after it.)
    let j = second.last + 1;
    let denied = false;
    for (; j < tokens.length && j <= second.last + 5; j++) {
      const w = tokens[j]?.lower ?? '';
      if (denial(w)) denied = true;
      else if (!BETWEEN.test(w)) break;
    }
    if (!denied || !AGREEING.test(tokens[j]?.lower ?? '')) continue;
    for (const p of [...first.parties, ...second.parties]) out.add(p);
  }
  return out;
}

/**
 * Drops what either party of the pair is read to hold from the pair's denied agreeing: a refusal from
 * "failed to agree", or a support where the denial is no negation of the lexicon ("were unable to agree").
 */
export function dropJointFailures(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  findings: SentenceFinding[],
  compiled: CompiledOntology,
): void {
  if (!holdsTrigger(tokens, TRIGGERS)) return;
  const pair = jointFailures(tokens, actors);
  if (!pair.size) return;
  for (let i = findings.length - 1; i >= 0; i--) {
    const f = findings[i] as SentenceFinding;
    if (!pair.has(f.party) || !AGREE_CUE.test(f.cue)) continue;
    const proposers = compiled.proposers.get(f.demand);
    const addressees = compiled.addressees.get(f.demand);
    if (![...pair].some((p) => proposers?.has(p)) || ![...pair].some((p) => addressees?.has(p))) continue;
    findings.splice(i, 1);
  }
}
