/**
 * The system dialogs behind File › New / Open workspace and Add documents. Relied on (Electron's
 * dialog API docs): dialog.showOpenDialog(window, options) resolves to { canceled, filePaths };
 * `openDirectory` picks folders, `multiSelections` several files, `createDirectory` (macOS) and
 * `promptToCreate` (Windows) let the analyst make a new folder for a new workspace from the dialog.
 */
import { dialog, type BrowserWindow } from 'electron';
import type { NativeDialogs } from '../services/compose';

const TITLES = {
  open: 'Open a Standpoint workspace',
  create: 'Choose an empty folder for the new workspace',
  copy: 'Choose an empty folder for the copy',
} as const;

export function electronDialogs(getWindow: () => BrowserWindow | null): NativeDialogs {
  return {
    async chooseFolder(purpose) {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: TITLES[purpose],
        buttonLabel: purpose === 'open' ? 'Open workspace' : 'Use this folder',
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFiles() {
      const window = getWindow();
      const options: Electron.OpenDialogOptions = {
        title: 'Add documents to the workspace',
        buttonLabel: 'Add',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: ['txt', 'md', 'html', 'htm', 'pdf', 'docx'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
