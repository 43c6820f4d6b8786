import { STANCE_GLYPHS, STANCE_LABELS, STANCES } from '../../../shared/model';
import { useStandpoint } from '../store';

/** The legend doubles as the stance filter: press a stance to show only cells holding it. */
export function Legend() {
  const chosen = useStandpoint((s) => s.filters.stances);
  const toggle = useStandpoint((s) => s.toggleStanceFilter);
  return (
    <div className="legend" role="group" aria-label="Legend and stance filter">
      {STANCES.map((stance) => (
        <button
          key={stance}
          type="button"
          className={`legend__item stance-chip stance-${stance}`}
          aria-pressed={chosen.includes(stance)}
          onClick={() => toggle(stance)}
          title={`Show only cells where the stance is “${STANCE_LABELS[stance]}”`}
        >
          <span aria-hidden="true">{STANCE_GLYPHS[stance]}</span>
          {STANCE_LABELS[stance]}
        </button>
      ))}
      <span className="legend__key small muted">
        <span className="marker marker--override">✎</span> override <span className="marker">¶</span> notes{' '}
        <span className="num">n</span> cit / src
      </span>
    </div>
  );
}
