/**
 * Command-line flags of `npm run brief`, parsed into export options. Kept out of the CLI entry so
 * the rules (and their error messages) are tested without starting anything.
 */
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportOptionsSchema } from '../../../shared/ipc/schemas';
import { DEFAULT_EXPORT_OPTIONS, type ExportFormat, type ExportOptions } from '../../../shared/export';

export const BRIEF_USAGE = `Usage: npm run brief -- --format ${EXPORT_FORMATS.join('|')} --out FILE [options]

  --format F            one of ${EXPORT_FORMATS.join(', ')}
  --out FILE            where to write the export ("-" for standard output, text formats only)
  --parties a,b         only these party ids (default: all)
  --demands x,y         only these demand ids (default: all)
  --workspace DIR       a workspace: its documents, ontology and analyst work (read, never written)
  --corpus DIR          corpus folder (default: ./corpus)
  --data DIR            the app's data folder, for analyst overrides, notes and citations (default: none)
  --no-citations        leave out the cited quotes
  --no-notes            leave out analyst notes
  --paper a4|letter     paper size (default: a4)
  --orientation landscape|portrait   (default: landscape)
  --classification TXT  handling line printed at top and bottom (default: none)
  --title TXT           title of the briefing (default: "Stance matrix")
  --keep-empty          keep parties and demands nobody has a position on (left out by default)
  --changes-since NAME  add "what changed since" the briefing snapshot of that name (needs --data)
  --help                this text`;

export interface BriefArgs {
  format: ExportFormat;
  out: string;
  corpus: string | undefined;
  workspace: string | undefined;
  data: string | undefined;
  options: ExportOptions;
}

export class BriefUsageError extends Error {
  override name = 'BriefUsageError';
}

const list = (value: string | undefined, flag: string): string[] | undefined => {
  if (value === undefined) return undefined;
  const ids = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!ids.length) throw new BriefUsageError(`${flag} needs at least one id, e.g. ${flag} russia,nato`);
  return ids;
};

/** Returns null when --help was asked for. Throws BriefUsageError naming the bad flag otherwise. */
export function parseBriefArgs(argv: string[]): BriefArgs | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        parties: { type: 'string' },
        demands: { type: 'string' },
        corpus: { type: 'string' },
        workspace: { type: 'string' },
        data: { type: 'string' },
        'no-citations': { type: 'boolean' },
        'no-notes': { type: 'boolean' },
        paper: { type: 'string' },
        orientation: { type: 'string' },
        classification: { type: 'string' },
        title: { type: 'string' },
        'keep-empty': { type: 'boolean' },
        'changes-since': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new BriefUsageError((error as Error).message);
  }
  if (values.help) return null;
  const format = values.format;
  if (!format) throw new BriefUsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new BriefUsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}; got "${format}"`);
  }
  if (!values.out) throw new BriefUsageError('--out FILE is required');
  if (values.out === '-' && format === 'pdf')
    throw new BriefUsageError('--out - (standard output) is for text formats; give a file for pdf');
  if (values['changes-since'] !== undefined && values.data === undefined)
    throw new BriefUsageError(
      '--changes-since needs --data DIR, the data folder where the snapshots are kept',
    );
  const candidate = {
    ...DEFAULT_EXPORT_OPTIONS,
    parties: list(values.parties, '--parties'),
    demands: list(values.demands, '--demands'),
    includeCitations: !values['no-citations'],
    includeNotes: !values['no-notes'],
    paper: values.paper ?? DEFAULT_EXPORT_OPTIONS.paper,
    orientation: values.orientation ?? DEFAULT_EXPORT_OPTIONS.orientation,
    classification: values.classification ?? '',
    title: values.title ?? '',
    omitEmpty: !values['keep-empty'],
    ...(values['changes-since'] !== undefined ? { changesSince: values['changes-since'] } : {}),
  };
  const parsed = exportOptionsSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const flag = `--${String(issue.path[0] ?? 'options')}`;
    const hint =
      flag === '--paper' ? ' (a4 or letter)' : flag === '--orientation' ? ' (landscape or portrait)' : '';
    throw new BriefUsageError(`${flag}: ${issue.message}${hint}`);
  }
  return {
    format: format as ExportFormat,
    out: values.out,
    corpus: values.corpus,
    workspace: values.workspace,
    data: values.data,
    options: parsed.data,
  };
}
