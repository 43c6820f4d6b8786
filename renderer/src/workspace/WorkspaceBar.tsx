/**
 * The workspace in the toolbar: its name (also the window title), a read-only badge for the
 * example, the Workspace menu (the same commands as Electron's File menu, so browser mode has them
 * too) and the review queue's count.
 */
import { useEffect, useRef, useState } from 'react';
import { useStandpoint } from '../store';
import { pendingSuggestions } from './review-count';

export function WorkspaceBar() {
  const workspace = useStandpoint((s) => s.workspace);
  const open = useStandpoint((s) => s.setWorkspaceDialog);
  const waiting = useStandpoint((s) => pendingSuggestions(s.analyst).length);
  const [menu, setMenu] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (workspace) document.title = `${workspace.name} — Standpoint`;
  }, [workspace]);
  useEffect(() => {
    if (!menu) return;
    const close = (e: MouseEvent) => !ref.current?.contains(e.target as Node) && setMenu(false);
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [menu]);
  const item = (label: string, run: () => void, disabled = false) => (
    <button
      type="button"
      role="menuitem"
      className="workspace-menu__item"
      disabled={disabled}
      onClick={() => {
        setMenu(false);
        run();
      }}
    >
      {label}
    </button>
  );
  const readOnly = workspace?.readOnly ?? true;
  return (
    <div className="workspace-bar" ref={ref}>
      <span className="workspace-bar__name" data-testid="workspace-name" title={workspace?.root}>
        {workspace?.name ?? '…'}
      </span>
      {workspace?.readOnly && (
        <span
          className="workspace-bar__badge small"
          title="Documents cannot be added here: save a copy as a workspace first"
        >
          read-only
        </span>
      )}
      <button
        type="button"
        className="btn"
        aria-haspopup="menu"
        aria-expanded={menu}
        onClick={() => setMenu((m) => !m)}
        onKeyDown={(e) => e.key === 'Escape' && setMenu(false)}
      >
        Workspace ▾
      </button>
      {menu && (
        <div
          className="workspace-menu"
          role="menu"
          aria-label="Workspace"
          onKeyDown={(e) => e.key === 'Escape' && setMenu(false)}
        >
          {item('New workspace…', () => open('new'))}
          {item('Open workspace…', () => open('open'))}
          {item('Save a copy as workspace…', () => open('copy'))}
          <hr />
          {item('Add documents…', () => open('import'), readOnly)}
          {item('Paste as new document…', () => open('paste'), readOnly)}
          {item('Documents…', () => open('documents'))}
        </div>
      )}
      <button
        type="button"
        className={`btn${waiting ? ' btn--attention' : ''}`}
        onClick={() => open('review')}
        title="Changes new documents would make to cells you have worked on"
      >
        Review{waiting ? ` (${waiting} waiting)` : ''}
      </button>
    </div>
  );
}
