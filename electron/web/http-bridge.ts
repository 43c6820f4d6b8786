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

const MAX_BODY_BYTES = 2 * 1024 * 1024;

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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body is larger than ${MAX_BODY_BYTES} bytes`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
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
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'POST only', 'text/plain');
        if (req.headers.origin && req.headers.origin !== origin)
          return send(res, 403, 'Cross-origin request refused', 'text/plain');
        if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return send(res, 415, 'Content-Type must be application/json', 'text/plain');
        }
        const name = decodeURIComponent(url.pathname.slice('/api/'.length));
        let args: unknown;
        try {
          const body = await readBody(req);
          args = body ? JSON.parse(body) : {};
        } catch (error) {
          const message = `Request "${name}" has a body that is not valid JSON: ${(error as Error).message}`;
          return send(
            res,
            400,
            JSON.stringify({ ok: false, error: { request: name, message, fields: ['(root)'] } }),
            'application/json',
          );
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
