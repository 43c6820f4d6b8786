import { describe, expect, it } from 'vitest';
import { BriefUsageError, parseBriefArgs } from './brief-args';

describe('parseBriefArgs', () => {
  it('reads every flag into export options', () => {
    const args = parseBriefArgs([
      '--format',
      'csv-long',
      '--out',
      'x.csv',
      '--parties',
      'russia, nato',
      '--demands',
      'non-expansion',
      '--corpus',
      'c',
      '--data',
      'd',
      '--no-citations',
      '--no-notes',
      '--paper',
      'letter',
      '--orientation',
      'portrait',
      '--classification',
      'Restricted',
      '--title',
      'Brief',
      '--keep-empty',
      '--changes-since',
      'Monday brief',
    ]);
    expect(args).toEqual({
      format: 'csv-long',
      out: 'x.csv',
      corpus: 'c',
      data: 'd',
      options: {
        parties: ['russia', 'nato'],
        demands: ['non-expansion'],
        includeCitations: false,
        includeNotes: false,
        paper: 'letter',
        orientation: 'portrait',
        classification: 'Restricted',
        title: 'Brief',
        omitEmpty: false,
        changesSince: 'Monday brief',
      },
    });
  });

  it('defaults to everything on landscape A4 with no classification', () => {
    expect(parseBriefArgs(['--format', 'pdf', '--out', 'a.pdf'])!.options).toEqual({
      parties: undefined,
      demands: undefined,
      includeCitations: true,
      includeNotes: true,
      paper: 'a4',
      orientation: 'landscape',
      classification: '',
      title: '',
      omitEmpty: true,
    });
    expect(parseBriefArgs(['--help'])).toBeNull();
  });

  it.each([
    [[], /--format is required/],
    [
      ['--format', 'docx', '--out', 'a'],
      /--format must be one of pdf, md, csv, csv-long, xlsx, json; got "docx"/,
    ],
    [['--format', 'md', '--out', 'a', '--changes-since', 'Monday'], /--changes-since needs --data DIR/],
    [['--format', 'md'], /--out FILE is required/],
    [['--format', 'pdf', '--out', '-'], /standard output/],
    [['--format', 'md', '--out', 'a', '--paper', 'a3'], /--paper: .*\(a4 or letter\)/],
    [['--format', 'md', '--out', 'a', '--parties', ','], /--parties needs at least one id/],
    [['--format', 'md', '--out', 'a', '--colour'], /Unknown option '--colour'/],
    [['--format', 'md', '--out', 'a', 'extra'], /positional/],
    [
      ['--format', 'md', '--out', 'a', '--classification', 'x'.repeat(201)],
      /--classification: is longer than 200/,
    ],
  ])('rejects %j with a clear message', (argv, message) => {
    expect(() => parseBriefArgs(argv as string[])).toThrow(BriefUsageError);
    expect(() => parseBriefArgs(argv as string[])).toThrow(message);
  });
});
