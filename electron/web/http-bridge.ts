/**
 * Browser mode's server: serves the built renderer and answers the contract's requests at
 * POST /api/<name> on loopback only. Requests from other origins or hosts are refused so a web
 * page open in the same browser cannot reach the analyst's data.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandlers } from '../ipc/handlers';
import type { AppServices } from '../services/app-services';
import { readStaticFile } from '../services/static-files';
import { CONTENT_SECURITY_POLICY } from '../services/content-security-policy';

/** The largest request body: far above any real request (a 20,000-character note is 80 KB). */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface WebBridgeOptions {
  services: AppServices;
  rendererDir: string;
  host?: string;
  port?: number;
  log?: (message: string) => void;
}

export interface RunningBridge {
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

/** A failed request, as the renderer's bridge reads it: `{ ok: false, error }`. */
function sendFailure(
  res: ServerResponse,
  status: number,
  request: string,
  message: string,
  fields: string[],
) {
  send(res, status, JSON.stringify({ ok: false, error: { request, message, fields } }), 'application/json');
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    // Refused before reading when the size is announced, otherwise as soon as it is passed.
    if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.off('data', onData);
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `application/json` in any letter case, with no parameter but an optional UTF-8 charset (RFC 8259). */
function isJsonMediaType(header: string | undefined): boolean {
  const [type, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  return type === 'application/json' && parameters.every((p) => /^charset="?utf-8"?$/.test(p));
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function startWebBridge(options: WebBridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => {});
  const { dispatch } = createHandlers(options.services, log);
  let origin = '';

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', origin);
      // Refuse other host names (DNS rebinding) and cross-site requests (CSRF).
      if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Wrong host', 'text/plain');
      const pathname = decodedPath(url.pathname);
      if (pathname === null) {
        const shown = url.pathname.slice(0, 200);
        return send(res, 400, `The address ${shown} has a malformed percent-encoding.`, 'text/plain');
      }
      if (pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'POST only', 'text/plain');
        if (req.headers.origin && req.headers.origin !== origin)
          return send(res, 403, 'Cross-origin request refused', 'text/plain');
        if (!isJsonMediaType(req.headers['content-type'])) {
          return send(res, 415, 'Content-Type must be application/json (UTF-8)', 'text/plain');
        }
        const name = pathname.slice('/api/'.length);
        let args: unknown;
        try {
          const body = await readBody(req);
          args = body ? JSON.parse(body) : {};
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            // Answer, then close: the rest of the body is not worth reading.
            res.setHeader('Connection', 'close');
            res.once('finish', () => req.destroy());
            const message = `Request "${name}" is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB a request may carry.`;
            return sendFailure(res, 413, name, message, []);
          }
          const message = `Request "${name}" has a body that is not valid JSON: ${(error as Error).message}`;
          return sendFailure(res, 400, name, message, ['(root)']);
        }
        const outcome = await dispatch(name, args);
        return send(res, outcome.ok ? 200 : 400, JSON.stringify(outcome), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, 'Method not allowed', 'text/plain');
      const file = await readStaticFile(options.rendererDir, url.pathname);
      return send(res, file.status, file.body, file.type);
    } catch (error) {
      log(`browser mode: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, 'Internal error', 'text/plain');
    }
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host}:${port}`;
      resolve({
        url: `${origin}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
