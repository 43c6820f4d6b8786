import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBytes, nodeIo, NotSavedError, writeFileDurably, type WriteIo } from './durable-write';
import { dribblingIo, limitedDisk } from './test-support/limited-disk';

let dir: string;
let file: string;
const GOOD = '{"analyst": "the work acknowledged so far"}\n';
const NEXT = JSON.stringify({ analyst: 'x'.repeat(10_000) });

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'standpoint-durable-'));
  file = path.join(dir, 'analyst.json');
  fs.writeFileSync(file, GOOD);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const leftovers = () => fs.readdirSync(dir).filter((name) => name !== 'analyst.json');

function expectNotSaved(write: () => unknown): NotSavedError {
  let caught: unknown;
  try {
    write();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(NotSavedError);
  return caught as NotSavedError;
}

describe('a durable write', () => {
  it('replaces the file with exactly the bytes given, leaving no temporary file', () => {
    expect(writeFileDurably(file, NEXT)).toBe(Buffer.byteLength(NEXT));
    expect(fs.readFileSync(file, 'utf8')).toBe(NEXT);
    expect(leftovers()).toEqual([]);
  });

  it('continues every short write until all bytes are on disk', () => {
    writeFileDurably(file, NEXT, dribblingIo(7));
    expect(fs.readFileSync(file, 'utf8')).toBe(NEXT);
  });

  it.each([0, 1, 4096, Buffer.byteLength(NEXT) - 1])(
    'on a disk with room for %i bytes, fails saying the disk is full and leaves the file as it was',
    (room) => {
      const disk = limitedDisk(room);
      const error = expectNotSaved(() => writeFileDurably(file, NEXT, disk.io));
      expect(error.diskFull).toBe(true);
      expect(error.message).toBe(`Not saved: the disk is full (${formatBytes(disk.room)} free).`);
      expect(fs.readFileSync(file, 'utf8')).toBe(GOOD);
      expect(leftovers()).toEqual([]);
    },
  );

  it('does not trust a write that reports no progress', () => {
    const stuck: WriteIo = { ...nodeIo, writeSync: () => 0 };
    expect(expectNotSaved(() => writeFileDurably(file, NEXT, stuck)).diskFull).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(GOOD);
  });

  it('checks the size on disk after the flush, not only what the writes reported', () => {
    const lyingSize: WriteIo = { ...nodeIo, fstatSync: () => ({ size: 10 }) };
    expect(expectNotSaved(() => writeFileDurably(file, NEXT, lyingSize)).diskFull).toBe(true);
    const failingFlush: WriteIo = {
      ...nodeIo,
      fsyncSync: () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, fsync'), { code: 'ENOSPC' });
      },
    };
    expect(expectNotSaved(() => writeFileDurably(file, NEXT, failingFlush)).diskFull).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe(GOOD);
    expect(leftovers()).toEqual([]);
  });

  it('names the file and the reason for any other failure', () => {
    const refusing: WriteIo = {
      ...nodeIo,
      renameSync: () => {
        throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      },
    };
    const error = expectNotSaved(() => writeFileDurably(file, NEXT, refusing));
    expect(error.diskFull).toBe(false);
    expect(error.message).toContain(file);
    expect(error.message).toContain('permission denied');
    expect(fs.readFileSync(file, 'utf8')).toBe(GOOD);
    expect(leftovers()).toEqual([]);
  });

  it('formats free space as a file manager would', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(12 * 1024)).toBe('12 KB');
    expect(formatBytes(3.4 * 1024 * 1024)).toBe('3.4 MB');
  });
});
