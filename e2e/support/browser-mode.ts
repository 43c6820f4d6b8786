/**
 * Starts the real browser mode (`electron/web/server.ts`) as a child process on a free port
 * with its own data folder, exactly as `npm run web` does after the renderer is built.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BrowserMode {
  url: string;
  dataDir: string;
  /** Milliseconds from spawning the server to it printing its URL. */
  startMillis: number;
  stop(): Promise<void>;
}

export function newDataDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'standpoint-e2e-'));
}

export async function startBrowserMode(
  options: {
    dataDir?: string;
    corpusDir?: string;
    /** A command the server is started through (e.g. into its own mount namespace). */
    prefix?: string[];
  } = {},
): Promise<BrowserMode & { pid: number }> {
  const dataDir = options.dataDir ?? newDataDir();
  const args = ['--import', 'tsx', 'electron/web/server.ts', '--data', dataDir, '--port', '0'];
  if (options.corpusDir) args.push('--corpus', options.corpusDir);
  const started = Date.now();
  const [command, ...before] = [...(options.prefix ?? []), process.execPath];
  const child: ChildProcess = spawn(command!, [...before, ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`browser mode did not start in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  const startMillis = Date.now() - started;
  return {
    url,
    dataDir,
    startMillis,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        // With unsaved work (a full disk) the first signal only warns; a test that failed there
        // must still end, with its own error rather than a teardown timeout: the second one stops.
        const again = setTimeout(() => child.kill('SIGTERM'), 5_000);
        child.once('exit', () => {
          clearTimeout(again);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
