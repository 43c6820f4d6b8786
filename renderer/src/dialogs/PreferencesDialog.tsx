import { useState } from 'react';
import type { Preferences } from '../../../shared/model';
import { useStandpoint } from '../store';
import { Modal } from './Modal';

export function PreferencesDialog({ onClose }: { onClose: () => void }) {
  const prefs = useStandpoint((s) => s.preferences);
  const save = useStandpoint((s) => s.savePreferences);
  const error = useStandpoint((s) => s.preferencesError);
  const [author, setAuthor] = useState(prefs.author);
  const [theme, setTheme] = useState(prefs.theme);
  return (
    <Modal title="Preferences" onClose={onClose}>
      <form
        className="form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (await save({ author: author.trim(), theme })) onClose();
        }}
      >
        <label>
          Your name
          <input
            type="text"
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
            maxLength={120}
            aria-describedby="author-hint"
          />
        </label>
        <p id="author-hint" className="small muted form__hint">
          Recorded on every note, override and citation you add. If you leave it empty, you are asked the
          first time you add something.
        </p>
        <label>
          Theme
          <select value={theme} onChange={(e) => setTheme(e.target.value as Preferences['theme'])}>
            <option value="system">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        {error && <p className="error-text small">{error}</p>}
        <div className="form__actions">
          <button type="submit" className="btn btn--primary">
            Save
          </button>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
