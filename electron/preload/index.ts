/**
 * The preload: exposes the contract as one object, `window.standpoint`, with one named method per
 * request and one subscription per event. There is no generic invoke: the renderer can only make
 * the requests the contract lists, and main validates every argument again. It imports only the
 * channel names, not the schemas, to stay small.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_NAMES, REQUEST_NAMES, type EventName } from '../../shared/ipc/channels';
import type { PreloadBridge } from '../../shared/ipc/contract';

const bridge: Record<string, unknown> = {};
for (const name of REQUEST_NAMES) {
  bridge[name] = (args: unknown) => ipcRenderer.invoke(name, args ?? {});
}
bridge.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!(EVENT_NAMES as readonly string[]).includes(event))
    throw new Error(`Unknown event "${String(event)}"`);
  const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => {
    ipcRenderer.removeListener(event, wrapped);
  };
};

contextBridge.exposeInMainWorld('standpoint', bridge as PreloadBridge);
