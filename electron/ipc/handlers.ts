/**
 * One handler per request in the contract: parse the untrusted argument, call the service,
 * check the reply. Shared by Electron's ipcMain and the browser bridge.
 */
import {
  contract,
  describeValidationError,
  REQUEST_NAMES,
  RequestError,
  type RequestOutcome,
  type RequestName,
} from '../../shared/ipc/contract';
import type { AppServices } from '../services/app-services';

export type HandlerResult = RequestOutcome;
export type Handler = (rawArgs: unknown) => Promise<HandlerResult>;

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export function createHandlers(services: AppServices, log: (message: string) => void = () => {}) {
  const handlers = {} as Record<RequestName, Handler>;
  for (const name of REQUEST_NAMES) {
    handlers[name] = async (rawArgs: unknown): Promise<HandlerResult> => {
      const spec = contract[name];
      const parsed = spec.args.safeParse(rawArgs === undefined ? {} : rawArgs);
      if (!parsed.success)
        return { ok: false, error: describeValidationError(name, 'argument', parsed.error) };
      try {
        const service = services[name] as (args: unknown) => unknown;
        const value = await service(parsed.data);
        const checked = spec.reply.safeParse(value);
        if (!checked.success) {
          const failure = describeValidationError(name, 'reply', checked.error);
          log(failure.message);
          return { ok: false, error: { ...failure, fields: [] } };
        }
        return { ok: true, value: checked.data };
      } catch (error) {
        if (error instanceof RequestError) {
          return { ok: false, error: { request: name, message: error.message, fields: error.fields } };
        }
        const message = error instanceof Error ? error.message : String(error);
        log(`"${name}" failed: ${error instanceof Error && error.stack ? error.stack : message}`);
        return { ok: false, error: { request: name, message: `"${name}" failed: ${message}`, fields: [] } };
      }
    };
  }
  return {
    handlers,
    /** Dispatch by name, for transports that receive the name as data (the browser bridge). */
    dispatch(name: unknown, rawArgs: unknown): Promise<HandlerResult> {
      if (!isRequestName(name)) {
        return Promise.resolve({
          ok: false,
          error: {
            request: String(name),
            message: `Unknown request "${String(name).slice(0, 80)}"`,
            fields: ['request'],
          },
        });
      }
      return handlers[name](rawArgs);
    },
  };
}
