/**
 * Edit › Paste as new document: the clipboard's content, pasted here (Ctrl/⌘+V), becomes a file
 * for the import dialog. A paste from a web page carries HTML, read like a saved page; plain text
 * is read as text. The paste event needs no clipboard permission, in Electron or a browser.
 */
import { useState } from 'react';
import { Modal } from '../dialogs/Modal';
import { useStandpoint } from '../store';
import { FormFooter } from './FormFooter';

export function PasteDialog({ onClose }: { onClose: () => void }) {
  const startImport = useStandpoint((s) => s.startImport);
  const [text, setText] = useState('');
  const [html, setHtml] = useState<string | null>(null);
  return (
    <Modal title="Paste as new document" onClose={onClose} wide>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          const file = html
            ? new File([`<!doctype html><html><body>${html}</body></html>`], 'Pasted page.html', {
                type: 'text/html',
              })
            : new File([text], 'Pasted text.txt', { type: 'text/plain' });
          startImport({ kind: 'files', files: [file] });
        }}
      >
        <label>
          Paste the article here ({/Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+'}V)
          <textarea
            rows={14}
            value={text}
            data-testid="paste-area"
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text/html');
              setHtml(pasted && pasted.trim() ? pasted : null);
            }}
            onChange={(e) => {
              setText(e.target.value);
              if (!e.target.value) setHtml(null);
            }}
          />
        </label>
        {html && <p className="small muted">Pasted from a web page: it will be read like a saved page.</p>}
        <FormFooter error={null} submit="Continue" disabled={!text.trim()} onCancel={onClose} />
      </form>
    </Modal>
  );
}
