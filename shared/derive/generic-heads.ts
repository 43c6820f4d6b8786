/**
 * "The group said …", "the movement is pressing for …", "the terror group says …": coverage of a
 * non-state party names it once and then by the head noun of its description. Such a head stands for the
 * party named last before it (a few paragraphs back at most) among those one of whose own names ends in
 * that noun ("the Palestinian militant group", "the Taliban movement", "the Taliban militants"), as "the
 * bloc" does for a grouping (collective-nouns.ts). Words between "the" and the noun must be epithets
 * coverage gives such a party ("terror", "militant", "Islamist", "radical") or words of its own names
 * ("the Palestinian group"): "the working group", "the bipartisan group", "the Minsk Group", "the group of
 * experts" and "the movement of troops" name no one. Nor does the noun where another group was brought in
 * after the party was named ("Hamas … Islamic Jihad, a smaller group, … the group said"), or two groups
 * are spoken of ("both groups"): which one it is, the words do not say.
 */
import type { CompiledOntology } from './compile-ontology';
import type { Token } from './tokens';
import { namePattern } from './collective-nouns';
import { wordSet } from './word-set';

/** Head nouns coverage uses alone for a non-state party named before. */
const HEADS = new Set(['group', 'movement', 'militants']);
/** Epithets coverage gives any such party: "the terror group", "the Islamist movement". */
const EPITHET = wordSet(
  /^(?:terror|terrorist|militant|islamist|islamic|radical|armed|extremist|jihadist|hardline|hard|line|insurgent|rebel|fundamentalist)$/,
);
/** How far back (characters) the party may have been named: a few paragraphs. */
const LOOKBACK_CHARS = 1500;
/**
 * Another group brought in, or groups spoken of together, between the party's name and the head: "a
 * smaller group", "another militant movement", "the Haqqani network", "Islamic Jihad militants", "both groups".
 */
const OTHER_GROUP =
  /\b(?:(?:a|an|another|other|rival|allied)\s+(?:[\w-]+\s+){0,3}(?:group|movement|militia|faction|organi[sz]ation|network)|groups|movements|factions|militias|[A-Z][\w-]*\s+(?:group|movement|militants|militia|network|faction))\b/;

interface HeadCandidate {
  party: string;
  named: RegExp;
  /** Words of the party's own names (lower case), allowed between "the" and the head. */
  words: ReadonlySet<string>;
}

const byOntology = new WeakMap<CompiledOntology, Map<string, HeadCandidate[]>>();

function candidatesOf(compiled: CompiledOntology): Map<string, HeadCandidate[]> {
  let out = byOntology.get(compiled);
  if (out) return out;
  out = new Map();
  for (const p of compiled.parties) {
    const names = [p.name, ...(p.aliases ?? [])].filter((n) => /\s/.test(n.trim()));
    for (const head of HEADS) {
      const own = names.filter((n) => n.trim().split(/\s+/).pop()?.toLowerCase() === head);
      if (own.length === 0) continue;
      const words = new Set(own.flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
      const list = out.get(head) ?? [];
      list.push({ party: p.id, named: namePattern(p), words });
      out.set(head, list);
    }
  }
  byOntology.set(compiled, out);
  return out;
}

/** Where the last match of `pattern` in `text` ends, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let at = -1;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index + m[0].length;
  return at;
}

/**
 * The head noun phrase opening at token `k` (its "the"): its last token and the party it stands for, or
 * null.
 */
/** Whether the ontology has a party such a head can stand for (else nothing need be looked at). */
export const hasGenericHeads = (compiled: CompiledOntology): boolean => candidatesOf(compiled).size > 0;

export function genericHeadAt(
  text: string,
  tokens: readonly Token[],
  k: number,
  compiled: CompiledOntology,
): { last: number; party: string } | null {
  if ((tokens[k] as Token).lower !== 'the') return null;
  const heads = candidatesOf(compiled);
  if (heads.size === 0) return null;
  let j = k + 1;
  const modifiers: string[] = [];
  while (j < tokens.length && j <= k + 5) {
    const t = tokens[j] as Token;
    if (HEADS.has(t.lower) && heads.has(t.lower)) break;
    if (t.text === '-' || t.text === '‐' || t.text === '‑') {
      j++;
      continue;
    }
    if (!t.word) return null;
    modifiers.push(t.lower);
    j++;
  }
  const head = tokens[j];
  // (A lower-case noun: "the Group of Seven", "the Minsk Group" are names of their own.)
  if (!head || head.text !== head.lower) return null;
  // "the group of mediators", "the movement of Russian forces".
  if (tokens[j + 1]?.lower === 'of') return null;
  const list = (heads.get(head.lower) ?? []).filter((c) =>
    modifiers.every((w) => EPITHET.test(w) || c.words.has(w)),
  );
  if (list.length === 0) return null;
  const from = Math.max(0, (tokens[k] as Token).start - LOOKBACK_CHARS);
  const before = text.slice(from, (tokens[k] as Token).start);
  let best: HeadCandidate | null = null;
  let bestEnd = -1;
  for (const c of list) {
    const end = lastEnd(c.named, before);
    if (end > bestEnd) {
      bestEnd = end;
      best = c;
    }
  }
  if (!best || bestEnd < 0) return null;
  if (OTHER_GROUP.test(before.slice(bestEnd))) return null;
  return { last: j, party: best.party };
}
