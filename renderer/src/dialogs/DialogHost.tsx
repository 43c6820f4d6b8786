import { useStandpoint } from '../store';
import { AboutDialog } from './AboutDialog';
import { ExportDialog } from './ExportDialog';
import { Modal } from './Modal';
import { PreferencesDialog } from './PreferencesDialog';
import { VocabularyView } from '../vocabulary/VocabularyView';

const SHORTCUTS: Array<[string, string]> = [
  ['← ↑ → ↓', 'Move between cells'],
  ['Home / End', 'First / last cell in the row (Ctrl: in the matrix)'],
  ['Page Up / Page Down', 'Move ten rows'],
  ['Enter', 'Open the cell’s detail'],
  ['s', 'Sort rows by the stance in the focused column (again: reverse, then clear)'],
  ['n', 'Sort rows by name'],
  ['[ / ] / =', 'Narrow, widen or reset the focused column'],
  ['Esc', 'Close the dialog or panel'],
  ['/', 'Search all documents'],
  ['Ctrl/⌘ F', 'Find in the open document'],
  ['Ctrl/⌘ Z', 'Undo your last change'],
  ['Shift Ctrl/⌘ Z', 'Redo'],
  ['Ctrl/⌘ P', 'Print the matrix'],
  ['Ctrl/⌘ E', 'Export the matrix'],
  ['?', 'This list'],
];

export function DialogHost() {
  const dialog = useStandpoint((s) => s.dialog);
  const setDialog = useStandpoint((s) => s.setDialog);
  const close = () => setDialog(null);
  return (
    <>
      {dialog === 'shortcuts' && (
        <Modal title="Keyboard shortcuts" onClose={close}>
          <table className="shortcuts">
            <tbody>
              {SHORTCUTS.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">
            <button type="button" className="link" onClick={() => setDialog('about')}>
              About Standpoint…
            </button>
          </p>
        </Modal>
      )}
      {dialog === 'export' && <ExportDialog mode="export" onClose={close} />}
      {dialog === 'print' && <ExportDialog mode="print" onClose={close} />}
      {dialog === 'preferences' && <PreferencesDialog onClose={close} />}
      {dialog === 'vocabulary' && <VocabularyView onClose={close} />}
      {dialog === 'about' && <AboutDialog onClose={close} />}
      <NoticesDialog />
      <UnsavedWorkAlert />
      <AnalystErrorToast />
    </>
  );
}

/** Store notices must be read: a corrupt store moved aside is the analyst's data at stake. */
function NoticesDialog() {
  const notices = useStandpoint((s) => s.notices);
  const dismiss = useStandpoint((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <Modal title="About your saved work" onClose={() => void dismiss()} wide>
      <ul className="notices" data-testid="store-notices">
        {notices.map((n, i) => (
          <li key={i}>
            <p>{n.message}</p>
            {n.backupPath && (
              <p className="small">
                Backup kept at <code className="path">{n.backupPath}</code>
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="form__actions">
        <button type="button" className="btn btn--primary" onClick={() => void dismiss()}>
          I have read this
        </button>
      </div>
    </Modal>
  );
}

/** Shown for as long as main holds work it could not write (a full disk); gone once it is saved. */
function UnsavedWorkAlert() {
  const message = useStandpoint((s) => (s.analyst?.save.saved === false ? s.analyst.save.message : null));
  if (!message) return null;
  return (
    <div className="toast toast--unsaved" role="alert" data-testid="unsaved-work">
      <span>{message}</span>
    </div>
  );
}

function AnalystErrorToast() {
  const error = useStandpoint((s) => s.analystError);
  const flash = useStandpoint((s) => s.flash);
  const clear = useStandpoint((s) => s.clearAnalystError);
  const setFlash = useStandpoint((s) => s.setFlash);
  if (!error && !flash) return null;
  return (
    <div className="toast" role="alert">
      <span>{error ? `Your change was not saved: ${error}` : flash}</span>
      <button
        type="button"
        className="btn btn--quiet"
        onClick={() => {
          clear();
          setFlash(null);
        }}
        aria-label="Dismiss"
      >
        ✕
      </button>
    </div>
  );
}
