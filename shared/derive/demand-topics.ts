/**
 * "until the West meets Moscow's demands concerning Russian agricultural exports": a party's own demand
 * noun whose topic is one of its demand's loose subjects asks for that demand. The demand noun stands for
 * the restriction the bare subject lacks ("exports", "insurance" say nothing alone), and its owner, the
 * demand's proposer, for whose demand it is.
 */
import type { ActorMention } from './actors';
import type { CompiledOntology } from './compile-ontology';
import type { Token } from './tokens';
import { wordSet } from './word-set';

/** Nouns of asking: "demands", "conditions", "requests". */
export const ASKING_NOUN = wordSet(/^(?:demands?|conditions?|requests?|requirements?|calls?)$/);
/** Prepositions that give a demand noun its topic: "demands on", "conditions concerning". */
/** Words that give a demand noun its topic: "demands on", "conditions concerning", "demand that the war be stopped". */
const TOPIC_PREPOSITION = wordSet(/^(?:on|over|concerning|regarding|about|around|that)$/);
/** Words between the preposition and the subject: "the", "its own", "Russia's". */
const BEFORE_SUBJECT = wordSet(/^(?:the|its|their|own|['’]s)$/);
/** Adjectives between an owner and its demand noun: "Moscow's main demands". */
const NOUN_ADJECTIVE = wordSet(
  /^(?:main|chief|key|core|central|principal|own|latest|new|longstanding|long-standing)$/,
);

/**
 * Where the demand noun starts, when the subject at `subjectFirst` is the topic of a demand noun owned
 * by the demand's proposers only ("Moscow's demands concerning …"); -1 otherwise.
 */
export function proposersDemandTopic(
  tokens: readonly Token[],
  actors: readonly ActorMention[],
  compiled: CompiledOntology,
  demand: string,
  subjectFirst: number,
): number {
  const proposers = compiled.proposers.get(demand);
  if (!proposers?.size) return -1;
  let k = subjectFirst - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    const actor = actors.find((a) => a.last === k && a.parties.length > 0);
    // ("concerning Russia's own exports": an owner of the subject, itself a proposer.)
    if (actor && /^['’]s$/.test(tokens[k + 1]?.text ?? '') && actor.parties.every((p) => proposers.has(p)))
      k = actor.first - 1;
    else if (BEFORE_SUBJECT.test(t.lower) || t.transparent) k--;
    else break;
    if (subjectFirst - k > 6) return -1;
  }
  if (!TOPIC_PREPOSITION.test(tokens[k]?.lower ?? '')) return -1;
  const noun = k - 1;
  if (!ASKING_NOUN.test(tokens[noun]?.lower ?? '')) return -1;
  let o = noun - 1;
  if (NOUN_ADJECTIVE.test(tokens[o]?.lower ?? '')) o--;
  if (!/^['’]s$/.test(tokens[o]?.text ?? '')) return -1;
  const owner = actors.find((a) => a.last === o - 1 && a.kind !== 'adjective');
  return owner && owner.parties.length > 0 && owner.parties.every((p) => proposers.has(p)) ? noun : -1;
}
