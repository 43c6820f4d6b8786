/**
 * Registers one ipcMain handler per request in the contract. Each checks that the sender is the
 * app's own top frame before the shared handler parses the argument and calls the service.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { REQUEST_NAMES } from '../../shared/ipc/contract';
import { createHandlers, type HandlerResult } from '../ipc/handlers';
import type { AppServices } from '../services/app-services';
import { isAppUrl } from './security';

function fromAppTopFrame(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return !!frame && frame === event.sender.mainFrame && isAppUrl(frame.url);
}

export function registerIpcHandlers(services: AppServices, log: (message: string) => void): void {
  const { handlers } = createHandlers(services, log);
  for (const name of REQUEST_NAMES) {
    ipcMain.handle(name, async (event, rawArgs: unknown): Promise<HandlerResult> => {
      if (!fromAppTopFrame(event)) {
        log(`Refused "${name}" from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return {
          ok: false,
          error: { request: name, message: 'Request refused: not from the app window', fields: [] },
        };
      }
      return handlers[name](rawArgs);
    });
  }
}
