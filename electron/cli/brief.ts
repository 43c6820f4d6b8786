/**
 * `npm run brief -- --format pdf|md|csv|csv-long|json --out FILE [...]`: briefing packs from the
 * command line, no window. It composes the very services the app and browser mode use (corpus →
 * matrix → analyst layer → export), with the PDF printed by the system Chromium.
 * Warnings (e.g. quotes that failed verification) go to stderr; the export is still written.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STORE_NAME } from '../services/analyst';
import { SNAPSHOTS_NAME } from '../services/export/snapshot-store';
import { createNodeAppServices, PROJECT_CORPUS_DIR } from '../services/compose-node';
import { BRIEF_USAGE, BriefUsageError, parseBriefArgs } from '../services/export/brief-args';
import { copyWorkspace } from '../services/workspace/create-workspace';
import { readWorkspace } from '../services/workspace/layout';
import { plural } from '../../shared/export/text';

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseBriefArgs(argv);
  } catch (error) {
    if (!(error instanceof BriefUsageError)) throw error;
    console.error(`brief: ${error.message}\n\n${BRIEF_USAGE}`);
    return 2;
  }
  if (!args) {
    console.log(BRIEF_USAGE);
    return 0;
  }
  if (args.workspace !== undefined) return briefFromWorkspace(args);
  const corpusDir = path.resolve(args.corpus ?? PROJECT_CORPUS_DIR);
  if (!isDir(corpusDir)) {
    console.error(`brief: --corpus: no such folder: ${corpusDir}`);
    return 2;
  }
  if (args.data !== undefined && !isDir(path.resolve(args.data))) {
    console.error(
      `brief: --data: no such folder: ${path.resolve(args.data)} (leave --data out to export without analyst work)`,
    );
    return 2;
  }
  // brief reads the analyst's work from a copy in a scratch folder, so it never writes to the data
  // folder and runs beside an open app. Without --data there is no analyst work at all.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'standpoint-brief-'));
  if (args.data !== undefined) {
    for (const store of [STORE_NAME, SNAPSHOTS_NAME])
      for (const name of [`${store}.json`, `${store}.backup.json`]) {
        const from = path.join(path.resolve(args.data), name);
        if (existsSync(from)) copyFileSync(from, path.join(dataDir, name));
      }
  }
  try {
    return await exportWith(args, { corpusDir, dataDir });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A workspace is read from a copy in a scratch folder, so brief never writes to it. */
async function briefFromWorkspace(args: NonNullable<ReturnType<typeof parseBriefArgs>>): Promise<number> {
  let workspace;
  try {
    workspace = readWorkspace(path.resolve(args.workspace!));
  } catch (error) {
    console.error(`brief: --workspace: ${(error as Error).message}`);
    return 2;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'standpoint-brief-'));
  try {
    const copy = copyWorkspace(workspace, path.join(scratch, 'workspace'), { name: workspace.name });
    return await exportWith(args, { workspaceDir: copy.root, dataDir: path.join(scratch, 'data') });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function exportWith(
  args: NonNullable<ReturnType<typeof parseBriefArgs>>,
  where: { corpusDir?: string; workspaceDir?: string; dataDir: string },
): Promise<number> {
  const started = Date.now();
  {
    const { services, dispose } = await createNodeAppServices({
      ...where,
      log: (message) => console.error(`brief: ${message}`),
    });
    try {
      const result = await services['export:build']({ format: args.format, options: args.options });
      const bytes =
        result.encoding === 'base64'
          ? Buffer.from(result.content, 'base64')
          : Buffer.from(result.content, 'utf8');
      if (args.out === '-') process.stdout.write(bytes);
      else writeFileSync(path.resolve(args.out), bytes);
      for (const warning of result.warnings) console.error(`warning: ${warning}`);
      const where = args.out === '-' ? 'standard output' : path.resolve(args.out);
      console.error(
        `brief: wrote ${args.format} (${bytes.length} bytes) to ${where} in ${Date.now() - started} ms` +
          (result.warnings.length ? ` with ${plural(result.warnings.length, 'warning')}` : ''),
      );
      return 0;
    } finally {
      await dispose();
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`brief: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
