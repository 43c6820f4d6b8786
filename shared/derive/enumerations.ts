/**
 * Enumerated lists of demands and references to them. Articles list the demands ("(1) NATO's
 * nonexpansion …; (2) …" or inline "1. …; 2. …") and later say "the first two provisions" or "the
 * third one": those references are resolved against the latest list before them in the document.
 */

export interface ListItem {
  n: number;
  start: number;
  end: number;
  /** Demands the item names (usually one), found with the demand phrases. */
  demands: Array<{ demand: string; counter: boolean; phrase: string }>;
}

export interface DemandList {
  start: number;
  end: number;
  items: ListItem[];
}

// A marker is "1." / "1)" / "(1)" at the start of a line or after ":" or ";" (checked by looking back a
// bounded distance, not with an unbounded lookbehind, which is quadratic on long runs of spaces).
const MARKER = /(?:\((\d)\)|(\d)[.)])(?=\s)/g;
const LOOKBACK = 20;

function startsAnItem(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - LOOKBACK); i--) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === ':' || ch === ';') return true;
    if (ch !== ' ' && ch !== '\t' && ch !== '\r') return false;
  }
  return at === 0 || at < LOOKBACK ? /^\s*$/.test(text.slice(0, at)) : false;
}

/** The demands named in text[start, end), for list items. */
export type DemandsIn = (
  start: number,
  end: number,
) => Array<{ demand: string; counter: boolean; phrase: string }>;

export function findLists(text: string, demandsIn: DemandsIn): DemandList[] {
  const markers: Array<{ n: number; start: number; end: number }> = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    if (!startsAnItem(text, m.index)) continue;
    markers.push({ n: Number(m[1] ?? m[2]), start: m.index, end: m.index + m[0].length });
  }
  const lists: DemandList[] = [];
  let run: Array<{ n: number; start: number; end: number }> = [];
  const close = (): void => {
    if (run.length >= 2) {
      const items: ListItem[] = run.map((mk, i) => {
        const next = run[i + 1];
        let end = next ? next.start : text.indexOf('\n', mk.end);
        if (end < 0) end = text.length;
        if (!next) {
          // The last inline item ends with its sentence.
          const stop = text.slice(mk.end, end).search(/[.!?](\s|$)/);
          if (stop >= 0) end = mk.end + stop;
        }
        const demands = demandsIn(mk.end, end);
        return { n: mk.n, start: mk.end, end, demands };
      });
      lists.push({ start: run[0]!.start, end: items[items.length - 1]!.end, items });
    }
    run = [];
  };
  for (const mk of markers) {
    const prev = run[run.length - 1];
    if (mk.n === 1) {
      close();
      run = [mk];
    } else if (prev && mk.n === prev.n + 1 && mk.start - prev.end < 800) run.push(mk);
    else close();
  }
  close();
  return lists.filter((l) => l.items.some((i) => i.demands.length > 0));
}

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
const LIST_NOUN = '(?:provisions?|points?|demands?|items?|aspects?|proposals?|conditions?|ones?)';

export interface ListReference {
  start: number;
  end: number;
  text: string;
  items: ListItem[];
}

/**
 * References such as "the first two provisions", "the third one", "the third point", "any of
 * these aspects" in text[from, to), resolved against `list`. An ordinal must be followed by a list
 * noun or end the clause, so "the first meeting" is not a reference.
 */
export function findListReferences(
  text: string,
  from: number,
  to: number,
  list: DemandList,
): ListReference[] {
  const out: ListReference[] = [];
  const slice = text.slice(from, to);
  const pick = (nums: number[]): ListItem[] => list.items.filter((i) => nums.includes(i.n));
  const firstN = new RegExp(`\\b(?:the\\s+)?first\\s+(two|three|four|five)(?:\\s+${LIST_NOUN})?\\b`, 'gi');
  for (let m = firstN.exec(slice); m; m = firstN.exec(slice)) {
    const count = COUNTS[m[1]!.toLowerCase()] ?? 0;
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      text: m[0],
      items: pick([...Array(count).keys()].map((k) => k + 1)),
    });
  }
  const ordinal = new RegExp(
    `\\bthe\\s+(?:only\\s+)?(first|second|third|fourth|fifth|sixth)(?:\\s+${LIST_NOUN}\\b|(?=\\s*[,.;:)]|\\s*$))`,
    'gi',
  );
  for (let m = ordinal.exec(slice); m; m = ordinal.exec(slice)) {
    const s = from + m.index;
    if (out.some((r) => s >= r.start && s < r.end)) continue;
    out.push({
      start: s,
      end: s + m[0].length,
      text: m[0],
      items: pick([ORDINALS[m[1]!.toLowerCase()] ?? 0]),
    });
  }
  const all = new RegExp(
    `\\b(?:any|all|each|none|either)\\s+of\\s+(?:these|those|the|its|their)\\s+(?:three\\s+|two\\s+|key\\s+)*${LIST_NOUN}\\b`,
    'gi',
  );
  for (let m = all.exec(slice); m; m = all.exec(slice)) {
    out.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], items: list.items });
  }
  return out.filter((r) => r.items.length > 0).sort((a, b) => a.start - b.start);
}
