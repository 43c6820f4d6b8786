/**
 * npm run import -- --workspace DIR [--outlet NAME] [--date YYYY-MM-DD] [--language TAG] FILE…
 *
 * Adds files (.txt, .md, .html/.htm, .pdf, .docx) to a workspace, as File › Add documents… does:
 * the same importers (on a worker thread, with a time limit per file), the same duplicate check.
 * A DIR that does not exist yet becomes a workspace from the shipped Russia–West ontology. Prints
 * each document added, each duplicate refused and each failure; exits 1 if any file failed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_CORPUS_DIR } from '../services/compose-node';
import { createWorkspace } from '../services/workspace/create-workspace';
import { readWorkspace } from '../services/workspace/layout';
import { openSession } from '../services/workspace/session';
import { DEFAULT_PREFERENCES } from '../services/analyst';
import { createChromiumPdfRenderer } from '../services/export/chromium-pdf';

const USAGE =
  'usage: npm run import -- --workspace DIR [--outlet NAME] [--date YYYY-MM-DD] [--language TAG] FILE…';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      workspace: { type: 'string' },
      outlet: { type: 'string' },
      date: { type: 'string' },
      language: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.workspace) throw new Error(`--workspace DIR is required\n${USAGE}`);
  if (positionals.length === 0) throw new Error(`give at least one file to add\n${USAGE}`);
  if (values.date && !/^\d{4}-\d{2}-\d{2}$/.test(values.date))
    throw new Error(`--date must be YYYY-MM-DD, got "${values.date}"`);
  if (values.language && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(values.language))
    throw new Error(`--language must be a language tag such as en or ru, got "${values.language}"`);

  const dir = path.resolve(values.workspace);
  const fresh = !existsSync(dir) || readdirSync(dir).length === 0;
  const location = fresh
    ? createWorkspace(dir, {
        name: path.basename(dir),
        template: 'russia-west',
        shippedOntologyPath: path.join(PROJECT_CORPUS_DIR, 'ontology.json'),
      })
    : readWorkspace(dir);
  if (fresh) console.log(`created the workspace ${dir} (from the Russia–West ontology)`);

  const session = openSession({
    location,
    pdfRenderer: createChromiumPdfRenderer(),
    useWorker: true,
    preferences: DEFAULT_PREFERENCES,
    log: () => {},
  });
  let failures = 0;
  try {
    const imports = session.imports!;
    const items: Parameters<typeof imports.add>[0] = [];
    for (const file of positionals) {
      const name = path.basename(file);
      let prepared;
      try {
        if (!existsSync(file)) throw new Error('no such file');
        prepared = await imports.prepare(imports.stagePath(path.resolve(file)).stagedId);
      } catch (error) {
        prepared = { ok: false as const, fileName: name, error: `${name}: ${(error as Error).message}` };
      }
      if (!prepared.ok) {
        failures++;
        console.log(`failed   ${prepared.error}`);
        continue;
      }
      if (prepared.duplicateOf) {
        console.log(
          `refused  ${name}: the same text as “${prepared.duplicateOf.title}” (${prepared.duplicateOf.id}) is already in the workspace`,
        );
        imports.discard([prepared.stagedId]);
        continue;
      }
      for (const r of prepared.resembles)
        console.log(`note     ${name} resembles “${r.title}” (${r.id}): ${r.kind}, ${r.reasons.join('; ')}`);
      for (const w of prepared.warnings) console.log(`warning  ${name}: ${w}`);
      const { publishedNote, ...proposed } = prepared.proposed;
      items.push({
        stagedId: prepared.stagedId,
        meta: {
          ...proposed,
          outlet: values.outlet ?? proposed.outlet,
          published: values.date ?? proposed.published,
          publishedNote: values.date ? 'Given on the command line (--date).' : publishedNote,
          language: values.language ?? proposed.language,
        },
      });
    }
    for (let i = 0; i < items.length; i += 50) {
      const outcome = await imports.add(items.slice(i, i + 50));
      for (const a of outcome.added) console.log(`added    ${a.id}: ${a.title}`);
      for (const r of outcome.refused) console.log(`refused  ${r.fileName}: ${r.reason}`);
      if (outcome.documents.length) await session.documentsChanged({ added: outcome.documents });
    }
    const matrix = await session.currentMatrix();
    console.log(
      `${dir}: ${matrix.stats.documents} documents, ${matrix.stats.citations} citations${failures ? `; ${failures} file(s) failed` : ''}`,
    );
    // The documents are on disk; a review queue a full disk kept from saving must not pass in silence.
    const unsaved = session.unsavedWork();
    if (unsaved) {
      console.error(`import: ${unsaved}`);
      failures++;
    }
  } finally {
    await session.dispose();
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
