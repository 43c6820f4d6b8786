import { STANCE_GLYPHS, STANCE_LABELS, STANCES } from '../../../shared/model';
import { useStandpoint } from '../store';

/**
 * The stance key, which is also the stance filter: it says so, and a pressed stance reads as
 * "showing only" so nobody mistakes a filtered grid for the whole matrix.
 */
export function Legend() {
  const chosen = useStandpoint((s) => s.filters.stances);
  const toggle = useStandpoint((s) => s.toggleStanceFilter);
  return (
    <div className="legend" role="group" aria-labelledby="legend-label">
      <span id="legend-label" className="legend__label small">
        {chosen.length ? 'Showing only:' : 'Show only:'}
      </span>
      {STANCES.map((stance) => (
        <button
          key={stance}
          type="button"
          className={`legend__item stance-chip stance-${stance}`}
          aria-pressed={chosen.includes(stance)}
          onClick={() => toggle(stance)}
          title={
            chosen.includes(stance)
              ? `Also show other stances (stop filtering on “${STANCE_LABELS[stance]}”)`
              : `Show only cells where the stance is “${STANCE_LABELS[stance]}”`
          }
        >
          <span aria-hidden="true">{STANCE_GLYPHS[stance]}</span>
          {STANCE_LABELS[stance]}
        </button>
      ))}
      <span className="legend__key small muted">
        <span className="marker marker--override">✎</span> analyst override <span className="marker">¶</span>{' '}
        analyst notes
      </span>
    </div>
  );
}
