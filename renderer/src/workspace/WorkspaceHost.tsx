/**
 * Mounts the workspace dialogs, takes files dropped anywhere on the window into the import dialog,
 * runs the File/Edit menu's workspace commands, and reloads when main opened another workspace.
 */
import { useEffect, useState } from 'react';
import type { EventPayload } from '../../../shared/ipc/contract';
import { platform } from '../platform';
import { useStandpoint } from '../store';
import { DocumentsDialog } from './DocumentsDialog';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { ReviewDialog } from './ReviewDialog';
import { CopyWorkspaceDialog, NewWorkspaceDialog, OpenWorkspaceDialog } from './WorkspaceDialogs';
import { reloadForWorkspace, type WorkspaceDialog } from './workspace.slice';
import './workspace.css';

const COMMANDS: Partial<Record<EventPayload<'menu:command'>, WorkspaceDialog>> = {
  'workspace-new': 'new',
  'workspace-open': 'open',
  'workspace-copy': 'copy',
  'add-documents': 'import',
  'paste-document': 'paste',
  documents: 'documents',
  review: 'review',
};

export function WorkspaceHost() {
  const dialog = useStandpoint((s) => s.workspaceDialog);
  const setDialog = useStandpoint((s) => s.setWorkspaceDialog);
  const [dragging, setDragging] = useState(false);
  const close = () => setDialog(null);

  useEffect(() => {
    void useStandpoint.getState().loadWorkspace();
    const offMenu = platform.on('menu:command', (command) => {
      const target = COMMANDS[command];
      if (target) setDialog(target);
    });
    const offChanged = platform.on('workspace:changed', () => reloadForWorkspace());
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && useStandpoint.getState().workspaceDialog && !e.defaultPrevented) {
        e.preventDefault();
        setDialog(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      offMenu();
      offChanged();
      window.removeEventListener('keydown', onKey);
    };
  }, [setDialog]);

  useEffect(() => {
    const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const s = useStandpoint.getState();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      if (s.workspace?.readOnly)
        s.setFlash(
          'Documents cannot be added to this read-only workspace: Workspace › Save a copy as workspace… first.',
        );
      else s.startImport({ kind: 'files', files });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop files to add them to the workspace
        </div>
      )}
      {dialog === 'new' && <NewWorkspaceDialog onClose={close} />}
      {dialog === 'open' && <OpenWorkspaceDialog onClose={close} />}
      {dialog === 'copy' && <CopyWorkspaceDialog onClose={close} />}
      {dialog === 'import' && <ImportDialog onClose={close} />}
      {dialog === 'paste' && <PasteDialog onClose={close} />}
      {dialog === 'documents' && <DocumentsDialog onClose={close} />}
      {dialog === 'review' && <ReviewDialog onClose={close} />}
    </>
  );
}
