/**
 * Agreement of a derived matrix with a gold file: which cells are right, precision, recall and a
 * confusion table. Gold cells list the stances an analyst would accept for a party × demand, either
 * for the whole corpus or per document (then compared with what that document alone yields).
 */
import type { Citation, MatrixCell, UnclassifiedMention } from '../model/matrix';
import { STANCES, type Stance } from '../model/stance';
import { z } from 'zod';

const stance = z.enum(STANCES);
const goldCell = z
  .object({
    party: z.string().min(1),
    demand: z.string().min(1),
    stance: z.union([stance, z.array(stance).min(1)]),
    note: z.string().optional(),
  })
  .strict();
export const goldFileSchema = z
  .object({
    name: z.string().optional(),
    description: z.string().optional(),
    /** Cells of the whole corpus. */
    cells: z.array(goldCell).optional(),
    /** Cells per document: what that article alone says. `query` finds it with a search tool. */
    documents: z
      .array(
        z
          .object({
            id: z.string().min(1),
            query: z.string().optional(),
            url: z.string().optional(),
            published: z.string().nullable().optional(),
            cells: z.array(goldCell),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();
export type GoldFile = z.infer<typeof goldFileSchema>;
type GoldCell = z.infer<typeof goldCell>;

export interface CellVerdict {
  scope: string;
  party: string;
  demand: string;
  expected: Stance[];
  derived: Stance;
  right: boolean;
  citations: Citation[];
  /** Sentences naming the party and demand that no cue decided: where a missed cell's evidence sits. */
  mentions: UnclassifiedMention[];
}

export interface Evaluation {
  verdicts: CellVerdict[];
  /** Cells the derivation gave a stance that the gold file does not list. */
  extra: CellVerdict[];
  goldCells: number;
  right: number;
  /** Right / gold cells. */
  recall: number;
  /** Right / gold cells given a stance (not none). */
  precision: number;
  /** Gold cells given a stance, and wrongly. */
  wrong: number;
  /** confusion[expected][derived]: counts, expected = first allowed stance. */
  confusion: Record<Stance, Record<Stance, number>>;
}

const allowed = (c: GoldCell): Stance[] => (Array.isArray(c.stance) ? c.stance : [c.stance]);

/**
 * `cellsFor(scope)` gives the derived cells of a scope: "corpus" or a document id (null when the
 * document is not in the corpus: its cells count as none).
 */
export function evaluate(gold: GoldFile, cellsFor: (scope: string) => MatrixCell[] | null): Evaluation {
  const verdicts: CellVerdict[] = [];
  const extra: CellVerdict[] = [];
  const scopes: Array<{ scope: string; cells: GoldCell[] }> = [];
  if (gold.cells) scopes.push({ scope: 'corpus', cells: gold.cells });
  for (const d of gold.documents ?? []) scopes.push({ scope: d.id, cells: d.cells });
  for (const { scope, cells } of scopes) {
    const derived = cellsFor(scope) ?? [];
    const find = (party: string, demand: string) =>
      derived.find((c) => c.party === party && c.demand === demand);
    for (const g of cells) {
      const cell = find(g.party, g.demand);
      const got: Stance = cell?.stance ?? 'none';
      const expected = allowed(g);
      verdicts.push({
        scope,
        party: g.party,
        demand: g.demand,
        expected,
        derived: got,
        right: expected.includes(got),
        citations: cell?.citations ?? [],
        mentions: cell?.mentions ?? [],
      });
    }
    for (const cell of derived) {
      if (cell.stance === 'none') continue;
      if (cells.some((g) => g.party === cell.party && g.demand === cell.demand)) continue;
      extra.push({
        scope,
        party: cell.party,
        demand: cell.demand,
        expected: ['none'],
        derived: cell.stance,
        right: false,
        citations: cell.citations,
        mentions: cell.mentions,
      });
    }
  }
  const confusion = Object.fromEntries(
    STANCES.map((a) => [a, Object.fromEntries(STANCES.map((b) => [b, 0]))]),
  ) as Evaluation['confusion'];
  for (const v of verdicts) confusion[v.expected[0] as Stance][v.derived]++;
  const right = verdicts.filter((v) => v.right).length;
  const decided = verdicts.filter((v) => v.derived !== 'none');
  const wrong = decided.filter((v) => !v.right).length;
  return {
    verdicts,
    extra,
    goldCells: verdicts.length,
    right,
    recall: verdicts.length ? right / verdicts.length : 0,
    precision: decided.length ? (decided.length - wrong) / decided.length : 0,
    wrong,
    confusion,
  };
}
