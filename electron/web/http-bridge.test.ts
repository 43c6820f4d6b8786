/**
 * Browser mode's HTTP bridge at the transport level: what it answers to oversize, malformed and
 * mistyped requests, with real sockets. The services behind it are the real handlers over a
 * minimal service set (only app:info and analyst:apply answer; the rest are not this test's subject).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_NAMES } from '../../shared/ipc/contract';
import type { AppServices } from '../services/app-services';
import { MAX_BODY_BYTES, startWebBridge, type RunningBridge } from './http-bridge';

let bridge: RunningBridge;
let rendererDir: string;
const applied: unknown[] = [];

beforeAll(async () => {
  rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-bridge-'));
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Standpoint</title>');
  const services = Object.fromEntries(
    REQUEST_NAMES.map((name) => [
      name,
      () => {
        throw new Error(`${name} is not part of this test`);
      },
    ]),
  ) as unknown as AppServices;
  services['app:info'] = () => ({
    name: 'Standpoint',
    version: 'test',
    transport: 'web',
    dataDir: '/d',
    corpusDir: '/c',
  });
  services['analyst:apply'] = ({ action }) => {
    applied.push(action);
    throw new Error('stop here');
  };
  bridge = await startWebBridge({ services, rendererDir });
});
afterAll(async () => {
  await bridge.close();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  type: string;
  body: string;
}

/** A raw request: the path is sent exactly as given, unlike fetch, which would re-encode it. */
function request(
  method: string,
  rawPath: string,
  options: { body?: Buffer | string; type?: string; chunked?: boolean } = {},
): Promise<Answer> {
  const url = new URL(bridge.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path: rawPath,
        headers: {
          ...(options.type ? { 'content-type': options.type } : {}),
          ...(options.chunked ? { 'transfer-encoding': 'chunked' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    // Writing the rest of a refused body may fail once the server has answered: that is expected.
    req.on('error', (error) => (error.message.includes('EPIPE') ? undefined : reject(error)));
    if (options.body !== undefined) req.end(options.body);
    else req.end();
  });
}

const json = 'application/json';

describe('the browser-mode bridge', () => {
  it('answers a well-formed request', async () => {
    const answer = await request('POST', '/api/app:info', { body: '{}', type: json });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true, value: { name: 'Standpoint' } });
  });

  it.each([false, true])(
    'answers 413 with a message to a body over the limit (chunked: %s)',
    async (chunked) => {
      const body = Buffer.alloc(10 * 1024 * 1024, 0x20);
      const answer = await request('POST', '/api/app:info', { body, type: json, chunked });
      expect(answer.status).toBe(413);
      const reply = JSON.parse(answer.body) as { ok: boolean; error: { message: string } };
      expect(reply.ok).toBe(false);
      expect(reply.error.message).toBe(
        `Request "app:info" is larger than the ${MAX_BODY_BYTES / 1024 / 1024} MB a request may carry.`,
      );
      // The server is still there for the next request.
      expect((await request('POST', '/api/app:info', { body: '{}', type: json })).status).toBe(200);
    },
  );

  it.each(['/api/%E0%A4%A', '/%E0%A4%A', '/assets/%zz.js', '/api/app%3info'])(
    'answers 400, not 500, to the malformed percent-encoding in %s',
    async (rawPath) => {
      const answer = rawPath.startsWith('/api/')
        ? await request('POST', rawPath, { body: '{}', type: json })
        : await request('GET', rawPath);
      expect(answer.status).toBe(400);
      expect(answer.body).toContain('malformed percent-encoding');
    },
  );

  it.each([
    ['application/jsonx', 415],
    ['application/json-patch+json', 415],
    ['text/plain', 415],
    ['application/jsonp; charset=utf-8', 415],
    ['', 415],
    ['application/json; charset=latin1', 415],
    ['application/json', 200],
    ['Application/JSON', 200],
    ['application/json; charset=utf-8', 200],
    ['application/json;charset="UTF-8"', 200],
  ])('answers the media type "%s" with %i: exactly application/json, in UTF-8', async (type, status) => {
    const answer = await request('POST', '/api/app:info', { body: '{}', type });
    expect(answer.status).toBe(status);
    if (status === 415) expect(answer.body).toContain('application/json');
  });

  it('refuses unknown keys inside nested objects, naming them, as at the top level', async () => {
    const action = {
      type: 'note:create',
      target: { kind: 'cell', party: 'nato', demand: 'eu', colour: 'red' },
      text: 'x',
    };
    const answer = await request('POST', '/api/analyst:apply', {
      body: JSON.stringify({ action }),
      type: json,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatch(/action\.target.*colour/);
    expect(applied).toEqual([]);
  });
});
