/** App-wide keys and the Electron menu's commands, both routed to the same store actions. */
import { useEffect } from 'react';
import type { EventPayload } from '../../shared/ipc/contract';
import { platform, transport } from './platform';
import { useStandpoint } from './store';
import { focusGridCell } from './grid/focus-cell';

/** Keys the Electron application menu binds with Ctrl/Cmd (menu.ts). */
const MENU_KEYS = new Set(['z', 'p', 'e', 'f']);

const isTextField = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

export function runMenuCommand(command: EventPayload<'menu:command'>) {
  const s = useStandpoint.getState();
  switch (command) {
    case 'print':
      s.setDialog('print');
      break;
    case 'export':
      s.setDialog('export');
      break;
    case 'about':
      s.setDialog('about');
      break;
    case 'shortcuts':
      s.setDialog('shortcuts');
      break;
    case 'search':
      s.requestSearchFocus();
      break;
    case 'find':
      if (s.panels.at(-1)?.kind === 'reader') s.requestFindFocus();
      else s.requestSearchFocus();
      break;
    // The menu's Undo/Redo also serve text fields: there they undo typing, elsewhere analyst work.
    case 'undo':
      if (isTextField(document.activeElement)) document.execCommand('undo');
      else void s.undo();
      break;
    case 'redo':
      if (isTextField(document.activeElement)) document.execCommand('redo');
      else void s.redo();
      break;
    case 'vocabulary':
      s.openVocabulary();
      break;
  }
}

export function useGlobalShortcuts() {
  useEffect(() => platform.on('menu:command', runMenuCommand), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useStandpoint.getState();
      const mod = e.ctrlKey || e.metaKey;
      const inField = isTextField(e.target);
      // Under Electron the application menu owns these accelerators (and sends menu:command);
      // handling them here too would run each command twice.
      if (transport === 'electron' && mod && MENU_KEYS.has(e.key.toLowerCase())) return;
      if (e.key === 'Escape') {
        if (s.dialog) s.setDialog(null);
        else if (s.panels.length && !e.defaultPrevented) {
          s.closePanel();
          if (s.panels.length === 1) focusGridCell(s.focused);
        } else return;
        e.preventDefault();
        return;
      }
      if (mod && e.key.toLowerCase() === 'z' && !inField) {
        e.preventDefault();
        void (e.shiftKey ? s.redo() : s.undo());
        return;
      }
      if (mod && e.key.toLowerCase() === 'y' && !inField) {
        e.preventDefault();
        void s.redo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'p') {
        // The paper layout, not a print of the screen: same as File › Print… in the app menu.
        e.preventDefault();
        runMenuCommand('print');
        return;
      }
      if (mod && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        runMenuCommand('export');
        return;
      }
      if (mod && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        runMenuCommand('find');
        return;
      }
      if (inField || mod || e.altKey || s.dialog) return;
      if (e.key === '/') {
        e.preventDefault();
        s.requestSearchFocus();
      } else if (e.key === '?') {
        e.preventDefault();
        s.setDialog('shortcuts');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
