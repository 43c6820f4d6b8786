/**
 * One long-lived worker thread that runs jobs one at a time, each with a time limit. A job that
 * runs past its limit (a hostile or pathological input) cannot be interrupted inside the thread, so
 * the thread is terminated, the job fails with a TimeLimitError naming the limit, and the next job
 * gets a fresh thread (with the setup messages replayed). The main thread never waits on the work.
 *
 * The worker script is the esbuild bundle under Electron (dist-electron/derive-worker.mjs). Run
 * from source (browser mode, the CLIs, tests) it is the TypeScript module itself, loaded through
 * tsx's ESM hooks registered inside the thread (hooks registered in the parent do not reach it).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export class TimeLimitError extends Error {
  override name = 'TimeLimitError';
}

export interface TaskWorkerOptions {
  /** A bundled .mjs worker, or undefined to run `sourceModule` through tsx. */
  bundledFile?: string;
  /** The worker module to run from source (a file: URL). */
  sourceModule: URL;
  /** Heap limit of the thread, so one huge input cannot exhaust the app's memory. */
  maxHeapMb?: number;
  /** A thread idle this long is stopped (started again on the next job). */
  idleMs?: number;
}

type Reply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
interface Job {
  id: number;
  message: Record<string, unknown>;
  timeLimitMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

function startThread(options: TaskWorkerOptions): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: options.maxHeapMb ?? 1024 };
  if (options.bundledFile) return new Worker(options.bundledFile, { resourceLimits });
  // tsx's ESM entry (its package exports map ./esm/api to dist/esm/api/index.mjs for import).
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const boot =
    `import { register } from ${JSON.stringify(tsx)}; register();` +
    `await import(${JSON.stringify(pathToFileURL(fileURLToPath(options.sourceModule)).href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits });
}

export class TaskWorker {
  private worker: Worker | null = null;
  private queue: Job[] = [];
  private running: Job | null = null;
  private timer: NodeJS.Timeout | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private nextId = 1;
  /** Messages every new thread receives first (e.g. the ontology), keyed by kind. */
  private setup = new Map<string, Record<string, unknown>>();
  /** Threads started so far: for tests and logs. */
  threadsStarted = 0;

  constructor(private readonly options: TaskWorkerOptions) {}

  /** Sends `message` to the thread now and to every thread started after. */
  configure(kind: string, message: Record<string, unknown>): void {
    this.setup.set(kind, { ...message, kind });
    this.worker?.postMessage({ ...message, kind, id: 0 });
  }

  run<T>(kind: string, payload: Record<string, unknown>, timeLimitMs: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        message: { ...payload, kind },
        timeLimitMs,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      this.pump();
    });
  }

  async dispose(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('The worker was stopped.'));
    this.running?.reject(new Error('The worker was stopped.'));
    this.running = null;
    this.clearTimers();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private clearTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.timer = this.idleTimer = null;
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread(this.options);
    this.threadsStarted++;
    worker.on('message', (reply: Reply) => {
      if (worker !== this.worker || !this.running || reply.id !== this.running.id) return;
      const job = this.running;
      this.running = null;
      if (this.timer) clearTimeout(this.timer);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.message));
      this.pump();
    });
    const fail = (error: Error) => {
      if (worker !== this.worker) return;
      this.worker = null;
      const job = this.running;
      this.running = null;
      if (this.timer) clearTimeout(this.timer);
      job?.reject(error);
      this.pump();
    };
    worker.on('error', (error) => fail(new Error(`The worker thread failed: ${error.message}`)));
    worker.on('exit', (code) => fail(new Error(`The worker thread stopped (exit code ${code}).`)));
    for (const message of this.setup.values()) worker.postMessage({ ...message, id: 0 });
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.running) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref(); // an idle thread must not keep a CLI alive
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => {
        const idle = this.worker;
        this.worker = null;
        void idle?.terminate();
      }, this.options.idleMs ?? 60_000);
      this.idleTimer.unref();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = this.thread();
    worker.ref();
    this.running = job;
    this.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.running = null;
      this.worker = null;
      void worker.terminate();
      job.reject(new TimeLimitError(`it took longer than ${formatSeconds(job.timeLimitMs)}`));
      this.pump();
    }, job.timeLimitMs);
    worker.postMessage({ ...job.message, id: job.id });
  }
}

export const formatSeconds = (ms: number) =>
  ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
