/**
 * What main offers the renderer, as plain Node services. Electron's ipcMain and the browser-mode
 * bridge both dispatch to one object of this shape, so both transports run the same code.
 */
import type { ParsedArgs, RequestName, RequestReply } from '../../shared/ipc/contract';

export type AppServices = {
  [K in RequestName]: (args: ParsedArgs<K>) => Promise<RequestReply<K>> | RequestReply<K>;
};
