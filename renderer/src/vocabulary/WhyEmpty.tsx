import { whyEmpty } from '../../../shared/vocabulary/why-empty';
import { useStandpoint } from '../store';
import './vocabulary.css';

/** Why the documents gave no citations, and the way to the Vocabulary view (or null when they did). */
export function WhyEmpty() {
  const matrix = useStandpoint((s) => s.matrix);
  const open = useStandpoint((s) => s.openVocabulary);
  const why = matrix ? whyEmpty(matrix) : null;
  if (!why) return null;
  return (
    <section className="why-empty" aria-labelledby="why-empty-title" data-testid="why-empty">
      <h2 id="why-empty-title">{why.title}</h2>
      <ul>
        {why.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="btn btn--primary" onClick={() => open('parties')}>
          Open the Vocabulary
        </button>
        <button type="button" className="btn" onClick={() => open('suggestions')}>
          Suggest from the documents
        </button>
      </div>
    </section>
  );
}
