/**
 * `npm run web`: Standpoint in a browser. Runs the same main-process services in Node (the same
 * store files as the desktop app) and serves the built renderer on 127.0.0.1 with the loopback bridge.
 *
 *   npm run web -- [--workspace DIR] [--data DIR] [--corpus DIR] [--port N]
 *   STANDPOINT_DATA_DIR=DIR npm run web
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createNodeAppServices } from '../services/compose-node';
import { defaultDataDir } from '../services/data-dir';
import { startWebBridge } from './http-bridge';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (message: string) => console.error(`[standpoint] ${message}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      corpus: { type: 'string' },
      workspace: { type: 'string' },
      port: { type: 'string', default: '0' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npm run web -- [--workspace DIR] [--data DIR] [--corpus DIR] [--port N]');
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got "${values.port}"`);
  const rendererDir = path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(
      `The renderer is not built (${rendererDir} has no index.html): run \`npm run build:renderer\` first.`,
    );
  }
  const dataDir = path.resolve(values.data ?? process.env.STANDPOINT_DATA_DIR ?? defaultDataDir());
  // Without --workspace or --corpus, the workspace opened last (or the example) opens.
  const corpus = values.corpus ?? process.env.STANDPOINT_CORPUS;
  const corpusDir = corpus ? path.resolve(corpus) : undefined;
  const workspace = values.workspace ?? process.env.STANDPOINT_WORKSPACE;
  const workspaceDir = workspace ? path.resolve(workspace) : undefined;
  const started = Date.now();
  const { services, unsavedWork, dispose } = await createNodeAppServices({
    corpusDir,
    workspaceDir,
    dataDir,
    log,
  });
  const bridge = await startWebBridge({ services, rendererDir, port, log });
  console.log(`Standpoint (browser mode) is at ${bridge.url}`);
  console.log(
    `  workspace: ${(await services['workspace:get']({})).root}\n  data:      ${dataDir}\n  ready in ${Date.now() - started} ms — press Ctrl+C to stop`,
  );
  let warned = false;
  const stop = async () => {
    // Work that a full disk kept from being saved would be lost: say so once before stopping.
    const unsaved = unsavedWork();
    if (unsaved && !warned) {
      warned = true;
      console.error(
        `${unsaved}\nFree some space (it is then saved by itself), or press Ctrl+C again to stop anyway.`,
      );
      return;
    }
    await bridge.close();
    await dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`Standpoint browser mode could not start: ${error.message}`);
  process.exit(1);
});
