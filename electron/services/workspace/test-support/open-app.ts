/** The composed services on a temporary data folder, as the app runs them (in-process derivation). */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAppServices, type ComposeOptions } from '../../compose';

export const SHIPPED = path.resolve('corpus');

export const tempDir = (label: string) => mkdtempSync(path.join(os.tmpdir(), `standpoint-${label}-`));

export function openApp(options: Partial<ComposeOptions> & { dataDir: string }) {
  return createAppServices({
    transport: 'web',
    version: 'test',
    defaultOntologyPath: path.join(SHIPPED, 'ontology.json'),
    pdfRenderer: { render: () => Promise.reject(new Error('no PDF in this test')) },
    useWorker: false,
    log: () => {},
    ...options,
  });
}

type App = Awaited<ReturnType<typeof openApp>>;

/** Opens apps for one test file and disposes of each (call closeAll in afterEach), releasing their locks. */
export function appTracker() {
  const opened: App[] = [];
  return {
    async open(options: Parameters<typeof openApp>[0]): Promise<App> {
      const app = await openApp(options);
      opened.push(app);
      return app;
    },
    async close(app: App): Promise<void> {
      opened.splice(opened.indexOf(app), 1);
      await app.dispose();
    },
    async closeAll(): Promise<void> {
      for (const app of opened.splice(0)) await app.dispose();
    },
  };
}

/** Uploads `text` as a file named `name` and prepares it, as the import dialog does. */
export async function prepareText(
  services: Awaited<ReturnType<typeof openApp>>['services'],
  name: string,
  bytes: Uint8Array | string,
) {
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);
  const staged = await services['import:upload']({ name, base64: data.toString('base64'), last: true });
  return services['import:prepare']({ stagedId: staged.stagedId });
}

/** Prepares and adds one file with the metadata proposed for it. */
export async function addText(
  services: Awaited<ReturnType<typeof openApp>>['services'],
  name: string,
  text: string,
) {
  const prepared = await prepareText(services, name, text);
  if (!prepared.ok) throw new Error(prepared.error);
  return services['import:add']({ items: [{ stagedId: prepared.stagedId, meta: prepared.proposed }] });
}
