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

/** A workspace without documents: how to add them (or, read-only, where they come from). */
export function NoDocuments() {
  const workspace = useStandpoint((s) => s.workspace);
  const open = useStandpoint((s) => s.setWorkspaceDialog);
  const writable = workspace !== null && !workspace.readOnly;
  return (
    <div className="state">
      <h2>No documents in this workspace yet</h2>
      {writable ? (
        <>
          <p className="muted">
            Add articles as text, Markdown, web pages, PDF or Word files, drop them onto the window, or paste
            one. Then define the parties and demands to look for in the Vocabulary.
          </p>
          <div className="form__actions state__actions">
            <button type="button" className="btn btn--primary" onClick={() => open('import')}>
              Add documents…
            </button>
            <button type="button" className="btn" onClick={() => open('paste')}>
              Paste as new document…
            </button>
          </div>
        </>
      ) : (
        <p className="muted">
          This folder lists no readable article: its <code>corpus.json</code> and files are read as they are.
          Copy it into a workspace to add documents in the app.
        </p>
      )}
    </div>
  );
}
