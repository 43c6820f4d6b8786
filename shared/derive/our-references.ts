/**
 * "our proposal", "our demands" in the quoted words of a party: the demands the document attached to
 * the party speaking, with the sentence that attached them. Only where the speaker is one party and
 * the reference is unambiguous: a singular noun ("our proposal", "our offer") stands for the one demand
 * attached to that party, never a choice among several.
 */
import type { AttachedDemands } from './references';
import { pointerMention } from './references';
import type { CompiledOntology } from './compile-ontology';
import type { DemandMention } from './demand-mentions';
import type { Token } from './tokens';
import { modifierFrom } from './word-lists';
import { wordSet } from './word-set';

/** Nouns for several things a party put forward: "our demands", "our key proposals". */
const OUR_MANY = wordSet(/^(?:demands|proposals|conditions|requirements|requests|terms)$/);
/** The same, one thing: "our proposal", "our offer". */
const OUR_ONE = wordSet(/^(?:demand|proposal|offer|request|initiative)$/);
const OUR_MODIFIER = new Set(
  'security key main core central principal basic latest new own original written draft concrete reasonable legitimate'.split(
    ' ',
  ),
);
/** What may say right after the noun what it is: "our proposal that …", "our demands for …", "our offer to …". */
const CONTENT_AFTER = wordSet(
  /^(?:that|for|of|to|on|about|over|regarding|concerning|under|in|:|—|–|which|including|such)$/,
);
/** Words before "of our …" naming a part of them: "one of our demands", "some of our proposals". */
const PART_BEFORE = wordSet(
  /^(?:some|several|few|many|most|one|two|three|certain|parts?|elements|aspects|none|any|number|handful|couple|rest|all)$/,
);

/**
 * Whether token `i` is inside quoted words: a quotation mark opened before it in the sentence and not
 * closed, or one closed after it that was not opened after it ("… our proposal,” he said" in a quote
 * begun in a sentence before).
 */
function quoted(tokens: readonly Token[], i: number): boolean {
  let open = false;
  for (let k = 0; k < i; k++) {
    const t = tokens[k]?.text ?? '';
    if (t === '“') open = true;
    else if (t === '”') open = false;
    else if (t === '"') open = !open;
  }
  if (open) return true;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k]?.text ?? '';
    if (t === '“') return false;
    if (t === '”' || t === '"') return true;
  }
  return false;
}

export function ourReferences(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  found: readonly DemandMention[],
  attached: AttachedDemands,
  speakerParties: readonly string[] | undefined,
): DemandMention[] {
  if (speakerParties?.length !== 1) return [];
  const party = speakerParties[0] as string;
  const demands = attached.get(party);
  if (!demands?.size) return [];
  const out: DemandMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).lower !== 'our') continue;
    let k = i + 1;
    for (let n = 0; n < 3; n++) {
      const end = modifierFrom(tokens, k, OUR_MODIFIER);
      if (end < 0) break;
      k = end + 1;
    }
    const noun = tokens[k]?.lower ?? '';
    const one = OUR_ONE.test(noun);
    if (!one && !OUR_MANY.test(noun)) continue;
    // "our proposal to lift the sanctions", "our demands for a ceasefire": what it is follows.
    if (CONTENT_AFTER.test(tokens[k + 1]?.lower ?? '')) continue;
    // "one of our demands": a part, not saying which.
    if (tokens[i - 1]?.lower === 'of' && PART_BEFORE.test(tokens[i - 2]?.lower ?? '')) continue;
    if (!quoted(tokens, i)) continue;
    const r = { first: i, last: k };
    if (found.some((m) => m.first <= r.last && r.first <= m.last)) continue;
    if (found.some((m) => m.kind !== 'reference' && m.first > r.last && m.first <= r.last + 3)) continue;
    const entries = [...demands.entries()];
    // A singular noun stands for one demand: with several attached, it does not say which.
    if (one && entries.length !== 1) continue;
    const words = text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end);
    for (const [demand, from] of entries)
      out.push({ ...pointerMention(compiled, r, words, demand, from), owner: party });
    i = k;
  }
  return out;
}
