/**
 * The parts of a sentence the analysis works on: the demands it names (phrases and references to
 * an enumerated list) and its clauses.
 */
import type { CompiledOntology } from './compile-ontology';
import { findListReferences, type DemandList } from './enumerations';
import { overlaps } from './text-match';

export interface DemandMention {
  start: number;
  end: number;
  demand: string;
  counter: boolean;
  /** What named the demand: the phrase, or the list reference and the item it resolves to. */
  match: string;
}

const NO_SPLIT_AFTER_COMMA =
  /^\s*(?:such as|including|i\.e\.|e\.g\.|in particular|especially|namely|notably)\b/i;
export function demandMentions(
  text: string,
  start: number,
  end: number,
  compiled: CompiledOntology,
  lists: DemandList[],
): DemandMention[] {
  const mentions: DemandMention[] = [];
  for (const hit of compiled.demands.find(text, start, end)) {
    for (const v of hit.values)
      mentions.push({
        start: hit.start,
        end: hit.end,
        demand: v.demand,
        counter: v.counter,
        match: hit.text,
      });
  }
  const list = [...lists].reverse().find((l) => l.end <= end);
  if (list) {
    for (const ref of findListReferences(text, Math.max(start, list.end), end, list)) {
      if (mentions.some((m) => overlaps(m.start, m.end, ref.start, ref.end))) continue;
      for (const item of ref.items) {
        for (const d of item.demands) {
          mentions.push({
            start: ref.start,
            end: ref.end,
            demand: d.demand,
            counter: d.counter,
            match: `${ref.text} → item ${item.n}: ${d.phrase}`,
          });
        }
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Clause boundaries: ; : ", " and " but ", never inside a binding region (an enumeration). */
export function clauses(
  text: string,
  start: number,
  end: number,
  regions: Array<[number, number]>,
): Array<[number, number]> {
  const cuts: number[] = [];
  const re = /;|:|,(?=\s)|\sbut\s/g;
  const body = text.slice(start, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = start + m.index;
    if (regions.some(([s, e]) => at >= s && at < e)) continue;
    if (m[0] === ',' && NO_SPLIT_AFTER_COMMA.test(text.slice(at + 1, at + 30))) continue;
    cuts.push(at);
  }
  const out: Array<[number, number]> = [];
  let from = start;
  for (const c of cuts) {
    out.push([from, c]);
    from = c + 1;
  }
  out.push([from, end]);
  return out;
}
