/**
 * How far the derived matrix agrees with the analyst's own review (overrides, dismissed changes and
 * rejected citations are the corrections): the same figures `npm run evaluate` gives against a
 * gold file.
 */
import { useMemo } from 'react';
import { agreementWithAnalyst } from '../../../shared/analyst/agreement';
import { STANCE_LABELS } from '../../../shared/model';
import { useStandpoint } from '../store';
import { selectNames } from '../store/selectors';

const percent = (share: number): string => `${Math.round(share * 100)}%`;

export function AgreementSummary() {
  const matrix = useStandpoint((s) => s.matrix);
  const data = useStandpoint((s) => s.analyst?.data ?? null);
  const names = useStandpoint(selectNames);
  const agreement = useMemo(
    () => (matrix && data ? agreementWithAnalyst(matrix, data) : null),
    [matrix, data],
  );
  if (!agreement) return null;
  const cellName = (party: string, demand: string) =>
    `${names.parties.get(party) ?? party} × ${names.demands.get(demand) ?? demand}`;
  return (
    <section aria-label="Agreement with your review" data-testid="review-agreement" className="small">
      <h3>Agreement with your review</h3>
      {agreement.reviewedCells === 0 ? (
        <p className="muted">
          No cell reviewed yet. Cells you override, annotate, cite, mark reviewed or decide here are counted,
          so you can see how far the derived stances hold.
        </p>
      ) : (
        <>
          <p data-testid="agreement-cells">
            {agreement.agreedCells} of {agreement.reviewedCells} reviewed cells keep the derived stance (
            {percent(agreement.cellAgreement ?? 0)})
            {agreement.citations > 0 && (
              <>
                {' '}
                · {agreement.rejectedCitations} of {agreement.citations} derived citations in them rejected
                (citation precision {percent(agreement.citationPrecision ?? 0)})
              </>
            )}
          </p>
          {agreement.corrections.length > 0 && (
            <ul data-testid="agreement-corrections">
              {agreement.corrections.map((c) => (
                <li key={`${c.party}|${c.demand}`}>
                  {cellName(c.party, c.demand)}: derived {STANCE_LABELS[c.derived]}, yours{' '}
                  {STANCE_LABELS[c.analyst]}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
