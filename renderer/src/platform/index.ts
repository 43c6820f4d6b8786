/**
 * The renderer's one door to main. Under Electron the preload exposes the contract as
 * `window.standpoint`; in browser mode the same contract runs over the loopback bridge.
 * Components import `platform` from here and never touch `window` bridges directly.
 */
import {
  REQUEST_NAMES,
  type PlatformApi,
  type PreloadBridge,
  type RequestOutcome,
} from '../../../shared/ipc/contract';
import { PlatformRequestError } from './request-error';
import { createWebBridge } from './web-bridge';

declare global {
  interface Window {
    standpoint?: PreloadBridge;
  }
}

function fromPreload(bridge: PreloadBridge): PlatformApi {
  const api: Record<string, unknown> = {};
  for (const name of REQUEST_NAMES) {
    const method = bridge[name] as (args: unknown) => Promise<RequestOutcome>;
    api[name] = async (args: unknown) => {
      const outcome = await method(args ?? {});
      if (!outcome.ok) throw new PlatformRequestError(outcome.error);
      return outcome.value;
    };
  }
  api.on = bridge.on;
  return api as PlatformApi;
}

export const transport: 'electron' | 'web' = window.standpoint ? 'electron' : 'web';
export const platform: PlatformApi = window.standpoint ? fromPreload(window.standpoint) : createWebBridge();
export { PlatformRequestError } from './request-error';
