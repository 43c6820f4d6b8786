/**
 * The one-line summary of a scored evaluation set, `set gold right wrong not-in-gold`, as
 * `npm run evaluate:sets` prints it, read back (lines starting with # are comments) and compared.
 */
export interface SetLine {
  set: string;
  gold: number;
  right: number;
  wrong: number;
  notInGold: number;
}

export const setLine = (l: SetLine): string => `${l.set} ${l.gold} ${l.right} ${l.wrong} ${l.notInGold}`;

export function parseSetLines(text: string): Map<string, SetLine> {
  const lines = new Map<string, SetLine>();
  for (const raw of text.split('\n')) {
    const fields = raw.trim().split(/\s+/);
    if (raw.startsWith('#') || fields.length !== 5) continue;
    const [set, ...counts] = fields as [string, ...string[]];
    const numbers = counts.map(Number);
    if (numbers.some((n) => !Number.isInteger(n) || n < 0)) continue;
    const [gold, right, wrong, notInGold] = numbers as [number, number, number, number];
    lines.set(set, { set, gold, right, wrong, notInGold });
  }
  return lines;
}

/** "owa right 66 → 67, wrong 1 → 1, not in gold 14 → 13" for each set whose counts changed or is new. */
export function movedLines(earlier: Map<string, SetLine>, now: SetLine[]): string[] {
  const moved: string[] = [];
  for (const l of now) {
    const before = earlier.get(l.set);
    if (!before) {
      moved.push(`${setLine(l)} (new)`);
      continue;
    }
    if (
      before.gold === l.gold &&
      before.right === l.right &&
      before.wrong === l.wrong &&
      before.notInGold === l.notInGold
    )
      continue;
    const gold = before.gold === l.gold ? '' : ` (gold ${before.gold} → ${l.gold})`;
    moved.push(
      `${l.set} right ${before.right} → ${l.right}, wrong ${before.wrong} → ${l.wrong}, not in gold ${before.notInGold} → ${l.notInGold}${gold}`,
    );
  }
  return moved;
}
