/**
 * A pointer the next sentence defines: "On the main question there was no positive answer, Lavrov
 * said. That question, he explained, is Moscow's firm view that NATO must not move further east."
 * News copy often names "the main issue" first and spells it out in the sentence right after, which
 * opens with the same noun ("That question", "The main issue", "This demand") and a copula. The
 * pointer then stands for the demands that definition names, resolved to where it names them.
 *
 * Narrow on purpose: the noun must be repeated (a bare "That is …" may stand for the whole statement
 * before), the copula plain ("is", "was", "remains"; not "is not", "is whether"), and every demand the
 * definition names asked for, none of them their opposite ("The key issue is NATO's open door").
 */
import type { DemandMention } from './demand-mentions';
import { pointerMention } from './references';
import type { CompiledOntology } from './compile-ontology';
import type { Token } from './tokens';
import { modifierFrom } from './word-lists';
import { wordSet } from './word-set';

/** Nouns a definition repeats, by kind: a question or issue, and a demand. */
const NOUN_KIND: Record<string, string> = {
  question: 'issue',
  issue: 'issue',
  concern: 'issue',
  demand: 'demand',
  request: 'demand',
  requirement: 'demand',
};
const OPENER = wordSet(/^(?:the|that|this|its|their|our)$/);
/** Words between the opener and the noun: "the main question", "that central demand". */
const RANKING = new Set(
  'main key core central principal chief crucial fundamental basic primary overriding biggest foremost most important first'.split(
    ' ',
  ),
);
/** After the pointer's noun, its content said on the spot ("the question of …", "the issue: …"): no pointer. */
const CONTENT_AFTER = wordSet(/^(?:of|whether|if|about|on|over|:|—|–|namely|is|was|are|were)$/);
const COPULA = wordSet(/^(?:is|was|remains|remained)$/);
/** What a copula may open that defines nothing: "is not …", "is whether …", "is unclear". */
const NO_DEFINITION = wordSet(/^(?:not|whether|if|unclear|open|still|also|now|being|one|how|why|what|who)$/);
/** How far past the copula the definition may name its demands. */
const DEFINITION_REACH = 25;

/** Cheap tests: a sentence that may hold such a pointer, and a next one that may open by defining it. */
export const DEFINED_POINTER = /\b(?:question|issue|concern|demand|request|requirement)\b/i;
export const DEFINITION_OPENING =
  /^\W*(?:the|that|this|its|their|our)\s+(?:[\w-]+\s+){0,2}?(?:question|issue|concern|demand|request|requirement)\b[^.;]{0,40}?\b(?:is|was|remains|remained)\b/i;

/** The noun's kind after opener and ranking words from `k`, and where the noun is; null if none. */
function nounAfterOpener(tokens: readonly Token[], k: number): { kind: string; at: number } | null {
  if (!OPENER.test(tokens[k]?.lower ?? '')) return null;
  let j = k + 1;
  for (let n = 0; n < 3; n++) {
    const end = modifierFrom(tokens, j, RANKING);
    if (end < 0) break;
    j = end + 1;
  }
  const kind = NOUN_KIND[tokens[j]?.lower ?? ''];
  return kind ? { kind, at: j } : null;
}

/**
 * Where the definition opening `tokens` starts (past "That question, he explained, is"), with the
 * noun's kind; null where the sentence does not open so.
 */
export function definitionOpening(tokens: readonly Token[]): { kind: string; from: number } | null {
  let k = 0;
  while (tokens[k]?.transparent) k++;
  const noun = nounAfterOpener(tokens, k);
  if (!noun) return null;
  let c = noun.at + 1;
  // (Past an aside of a few words between commas: ", he explained,", ", Lavrov said,".)
  if (tokens[c]?.text === ',') {
    let e = c + 1;
    while (e < c + 6 && tokens[e] && tokens[e]?.text !== ',') e++;
    if (tokens[e]?.text !== ',') return null;
    c = e + 1;
  }
  if (!COPULA.test(tokens[c]?.lower ?? '')) return null;
  if (NO_DEFINITION.test(tokens[c + 1]?.lower ?? '')) return null;
  return { kind: noun.kind, from: c + 1 };
}

/**
 * The demands a definition of `kind` names from `from` on, before a semicolon. A question or issue may
 * be named by its bare topic ("That question is NATO's expansion"); a demand only as asked. None where
 * one is named as its opposite ("The key issue is NATO's open-door policy", "The demand is that NATO
 * keep expanding").
 */
export function definedDemands(
  tokens: readonly Token[],
  mentions: readonly DemandMention[],
  kind: string,
  from: number,
): DemandMention[] {
  let end = Math.min(tokens.length, from + DEFINITION_REACH);
  for (let k = from; k < end; k++) if (tokens[k]?.text === ';') end = k;
  const inside = mentions.filter((m) => m.kind !== 'reference' && m.first >= from && m.first < end);
  const topic = (m: DemandMention) => kind === 'issue' && m.kind === 'frame' && !m.match.includes(' + ');
  return inside.some((m) => m.direction !== 1 && !topic(m)) ? [] : inside;
}

/**
 * The pointers of a sentence the next one defines ("the main question", "the key demand", "the
 * question that matters most to Moscow": the noun of the definition's kind, not said on the spot), each
 * read as the demands of the definition. `defined` holds those demands, in the next sentence.
 */
export function pointersDefinedNext(
  text: string,
  tokens: readonly Token[],
  compiled: CompiledOntology,
  explicit: readonly DemandMention[],
  kind: string,
  defined: readonly DemandMention[],
  nextTokens: readonly Token[],
): DemandMention[] {
  if (defined.length === 0) return [];
  const out: DemandMention[] = [];
  let found = 0;
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAfterOpener(tokens, i);
    if (!noun || noun.kind !== kind) continue;
    const r = { first: i, last: noun.at };
    i = noun.at;
    if (CONTENT_AFTER.test(tokens[r.last + 1]?.lower ?? '')) continue;
    // ("the demand that NATO stop expanding", "the issue, NATO's growth": said on the spot.)
    if (explicit.some((m) => m.kind !== 'reference' && m.last >= r.first && m.first <= r.last + 4)) continue;
    found++;
    const words = text.slice((tokens[r.first] as Token).start, (tokens[r.last] as Token).end);
    for (const demand of new Set(defined.map((m) => m.demand))) {
      const m = defined.find((x) => x.demand === demand) as DemandMention;
      out.push(
        pointerMention(compiled, r, words, demand, {
          start: (nextTokens[m.first] as Token).start,
          end: (nextTokens[m.last] as Token).end,
        }),
      );
    }
  }
  // (Two such nouns: which one the next sentence defines is not said.)
  return found === 1 ? out : [];
}
