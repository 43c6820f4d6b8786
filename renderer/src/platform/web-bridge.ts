/**
 * Browser mode: the same contract over HTTP on loopback. Each request is one POST to
 * /api/<request-name> with the argument as JSON; the reply is `{ ok, value }` or `{ ok: false, error }`.
 */
import { REQUEST_NAMES, type PlatformApi, type RequestName } from '../../../shared/ipc/contract';
import { PlatformRequestError } from './request-error';

async function call(name: RequestName, args: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(args ?? {}),
    });
  } catch (error) {
    throw new PlatformRequestError({
      request: name,
      message: `Standpoint's browser-mode server did not answer "${name}" (is \`npm run web\` still running?): ${String(error)}`,
      fields: [],
    });
  }
  const body = (await response.json().catch(() => null)) as
    | { ok: true; value: unknown }
    | { ok: false; error: { request: string; message: string; fields: string[] } }
    | null;
  if (!body) {
    throw new PlatformRequestError({
      request: name,
      message: `"${name}" answered HTTP ${response.status} without a body`,
      fields: [],
    });
  }
  if (!body.ok) throw new PlatformRequestError(body.error);
  return body.value;
}

export function createWebBridge(): PlatformApi {
  const api: Record<string, unknown> = {};
  for (const name of REQUEST_NAMES) api[name] = (args: unknown) => call(name, args);
  // Browser mode has no application menu, so no main-to-renderer events arrive.
  api.on = () => () => {};
  return api as PlatformApi;
}
