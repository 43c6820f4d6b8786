/** The application menu. Commands the renderer carries out are sent as `menu:command` events. */
import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../shared/ipc/contract';

type MenuCommand = EventPayload<'menu:command'>;

export interface RecentMenu {
  recent: Array<{ path: string; name: string }>;
  openRecent: (root: string) => void;
}

export function installAppMenu(getWindow: () => BrowserWindow | null, workspaces?: RecentMenu): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send('menu:command', command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Workspace…', accelerator: 'CmdOrCtrl+Shift+N', click: send('workspace-new') },
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: send('workspace-open') },
        {
          label: 'Open Recent',
          submenu: workspaces?.recent.length
            ? workspaces.recent.map((r) => ({
                label: `${r.name} — ${r.path}`,
                click: () => workspaces.openRecent(r.path),
              }))
            : [{ label: 'No recent workspaces', enabled: false }],
        },
        { label: 'Save a Copy as Workspace…', click: send('workspace-copy') },
        { type: 'separator' },
        { label: 'Add Documents…', accelerator: 'CmdOrCtrl+Shift+A', click: send('add-documents') },
        { label: 'Documents…', click: send('documents') },
        { label: 'Review Changes…', click: send('review') },
        { type: 'separator' },
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send('print') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // Undo/redo act on the analyst's work (kept in main), not on the focused text field.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('undo') },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: send('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { label: 'Paste as New Document…', accelerator: 'CmdOrCtrl+Shift+V', click: send('paste-document') },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find in Document…', accelerator: 'CmdOrCtrl+F', click: send('find') },
        { label: 'Search Corpus…', accelerator: 'CmdOrCtrl+Shift+F', click: send('search') },
        { type: 'separator' },
        { label: 'Vocabulary…', click: send('vocabulary') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    {
      label: '&Help',
      submenu: [
        { label: 'Keyboard Shortcuts', accelerator: 'Shift+/', click: send('shortcuts') },
        { label: 'About Standpoint', click: send('about') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
