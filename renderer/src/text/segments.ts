/**
 * Splits a text into runs so overlapping highlights (citations, analyst citations, Find matches,
 * the focused quote) can be drawn as nested-looking marks without nesting elements.
 */
export interface Highlight<T> {
  start: number;
  end: number;
  data: T;
}

export interface Segment<T> {
  start: number;
  end: number;
  covering: T[];
}

export function segmentText<T>(length: number, highlights: Highlight<T>[]): Segment<T>[] {
  const cuts = new Set<number>([0, length]);
  for (const h of highlights) {
    if (h.end <= h.start) continue;
    cuts.add(Math.max(0, Math.min(length, h.start)));
    cuts.add(Math.max(0, Math.min(length, h.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = highlights.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const segments: Segment<T>[] = [];
  const active: Highlight<T>[] = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (next < sorted.length && sorted[next]!.start <= start) active.push(sorted[next++]!);
    for (let j = active.length - 1; j >= 0; j--) if (active[j]!.end <= start) active.splice(j, 1);
    segments.push({ start, end, covering: active.map((h) => h.data) });
  }
  return segments;
}

/** Every occurrence of `needle` in `text`, ignoring case. */
export function findAll(text: string, needle: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!needle) return found;
  const hay = text.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + n.length))
    found.push({ start: i, end: i + n.length });
  return found;
}
