import { describe, expect, it } from 'vitest';
import { fileNameDate, inferMetadata, numericDateline } from './infer-metadata';

describe('inferMetadata', () => {
  it('reads an English dateline near the top, before anything in the file name', () => {
    const got = inferMetadata(
      'Talks end\nGENEVA, Jan. 10, 2022 — The delegations met.',
      'wire-2021-12-01-talks.txt',
    );
    expect(got).toMatchObject({ title: 'Talks end', published: '2022-01-10', publishedFrom: 'dateline' });
    expect(got.publishedNote).toContain('"Jan. 10, 2022"');
  });

  it('reads a day-first numeric dateline ("14.01.2022")', () => {
    expect(inferMetadata('Izvestia\n14.01.2022 — Diplomats spoke.', 'x.txt')).toMatchObject({
      published: '2022-01-14',
      publishedFrom: 'dateline',
    });
    expect(numericDateline('31.02.2022 is not a day')).toBeNull();
  });

  it('falls back to a date in the file name and says so', () => {
    const got = inferMetadata('Talks end\nThe delegations met on Monday.', 'reuters-2022-01-10-geneva.txt');
    expect(got).toMatchObject({ published: '2022-01-10', publishedFrom: 'file name' });
    expect(got.publishedNote).toBe(
      'Taken from the file name ("2022-01-10"): the text has no dateline in its first lines.',
    );
  });

  it.each([
    ['2022_01_10 geneva.txt', '2022-01-10'],
    ['geneva.2022.01.10.txt', '2022-01-10'],
    ['20220110-geneva.txt', '2022-01-10'],
    ['articles/2021-12-17 draft treaty.md', '2021-12-17'],
  ])('reads the file name %s as %s', (name, date) => {
    expect(fileNameDate(name)?.date).toBe(date);
  });

  it.each([
    ['an id, not a date', 'story-120220110999.txt'],
    ['no such day', 'notes-2022-02-30.txt'],
    ['mixed separators', 'notes-2022-01_10.txt'],
    ['a date in a folder name only', '2022-01-10/notes.txt'],
    ['no date at all', 'geneva-talks.txt'],
  ])('finds no date in the file name (%s)', (_why, name) => {
    expect(fileNameDate(name)).toBeNull();
  });

  it('says plainly when neither the text nor the file name gives a date', () => {
    expect(inferMetadata('# Notes\n\nNothing dated here.', 'notes.md')).toEqual({
      title: 'Notes',
      outlet: null,
      published: null,
      publishedNote:
        'No date found: the text has no dateline or byline date in its first lines, nor its file name.',
      publishedFrom: null,
    });
  });

  it('titles a wire story saved without its headline by its lede, and names the agency of its dateline', () => {
    const lede =
      'MOSCOW, Jan. 12, 2022 (Reuters) - Russia insists that the alliance must never admit Ukraine, a deputy foreign minister said on Wednesday after talks that ran for hours.';
    const got = inferMetadata(`${lede}\n\nThe talks ended without a date for another meeting.`, 'wire.txt');
    expect(got).toMatchObject({ outlet: 'Reuters', published: '2022-01-12', publishedFrom: 'dateline' });
    expect(got.title).toBe(
      'Russia insists that the alliance must never admit Ukraine, a deputy foreign minister said on Wednesday after talks that…',
    );
    // Under a headline, the agency of the dateline below it still names the outlet.
    expect(inferMetadata('Talks end\nKYIV, Ukraine (AP) — The delegations met.', 'x.txt')).toMatchObject({
      title: 'Talks end',
      outlet: 'AP',
    });
  });

  it('finds no outlet where no dateline names an agency, or where brackets are not a dateline', () => {
    expect(inferMetadata('GENEVA, Jan. 10, 2022 — The delegations met.', 'x.txt')).toMatchObject({
      title: 'The delegations met.',
      outlet: null,
    });
    expect(inferMetadata('Sergei Lavrov (Russia) – We said it plainly.', 'x.txt')).toMatchObject({
      title: 'Sergei Lavrov (Russia) – We said it plainly.',
      outlet: null,
    });
    expect(
      inferMetadata('Talks end\nNo dateline.\nLater (Reuters) reported more.', 'x.txt').outlet,
    ).toBeNull();
  });
});
