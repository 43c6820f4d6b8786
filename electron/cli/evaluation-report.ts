/**
 * The text `npm run evaluate` prints for one scored corpus: each gold cell right or wrong with its
 * citations (and, for a missed cell, the sentences that named it), the cells with a stance the gold
 * file does not list, then the totals and a confusion table. `quiet` keeps only the totals.
 */
import type { CellVerdict } from '../../shared/derive/evaluate';
import type { Citation } from '../../shared/model/matrix';
import { STANCES } from '../../shared/model/stance';
import type { CorpusScore } from './score-corpus';

export const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (v: CellVerdict): string =>
  `${v.right ? 'right' : 'WRONG'}  ${v.scope}  ${v.party} × ${v.demand}: derived ${v.derived}, expected ${v.expected.join(' or ')}`;
const cite = (c: Citation): string =>
  `      ${c.stance} ${c.voice} "${c.cue}"${c.negated ? ' (negated)' : ''} by ${c.attribution.matched} [${c.demandMatch}]: ${c.quote.slice(0, 160)}`;

export function evaluationReport(
  { result, documentCount, millis, missing }: CorpusScore,
  quiet: boolean,
): string[] {
  const out: string[] = [];
  if (!quiet) {
    for (const v of result.verdicts) {
      out.push(line(v));
      for (const c of v.citations.slice(0, 4)) out.push(cite(c));
      // A missed cell: the sentences that named it without a cue deciding, for whoever reviews the miss.
      if (!v.right && v.derived === 'none')
        for (const m of v.mentions.slice(0, 2))
          out.push(`      mention [${m.demandMatch}]: ${m.quote.slice(0, 160)}`);
    }
    if (result.extra.length) {
      out.push('', 'Cells with a stance the gold file does not list:');
      for (const v of result.extra) {
        out.push(`  ${v.scope}  ${v.party} × ${v.demand}: ${v.derived}`);
        for (const c of v.citations.slice(0, 2)) out.push(cite(c));
      }
    }
    out.push('');
  }
  if (missing.length)
    out.push(`${missing.length} gold document(s) not in the corpus (counted as none): ${missing.join(', ')}`);
  out.push(`documents ${documentCount}, derived in ${Math.round(millis)} ms`);
  out.push(
    `gold cells ${result.goldCells}: right ${result.right} (recall ${percent(result.recall)}), wrong with a stance ${result.wrong}, none ${result.verdicts.filter((v) => v.derived === 'none').length}`,
  );
  out.push(
    `precision (right / cells given a stance) ${percent(result.precision)}; cells with a stance not in the gold file ${result.extra.length}`,
  );
  out.push(
    '',
    `confusion (rows expected, columns derived):`,
    `${'expected'.padEnd(10)}${STANCES.map((s) => s.padStart(10)).join('')}`,
  );
  for (const a of STANCES)
    out.push(`${a.padEnd(10)}${STANCES.map((b) => String(result.confusion[a][b]).padStart(10)).join('')}`);
  return out;
}
