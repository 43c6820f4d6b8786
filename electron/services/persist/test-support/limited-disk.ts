/**
 * A disk with a set amount of room, built from the real file calls: writes go to the real file
 * until the room runs out, then behave as Linux does on a full file system — the write that does
 * not fit is cut short, and the next one fails with ENOSPC. Tests use it to fill the disk at any
 * byte they choose; the tmpfs test checks the same against a real kernel.
 */
import fs from 'node:fs';
import { nodeIo, type WriteIo } from '../durable-write';

export interface LimitedDisk {
  io: WriteIo;
  /** Bytes that still fit. */
  room: number;
  /** How many writes were cut short (a write whose count was less than asked). */
  shortWrites: number;
}

export function limitedDisk(room: number): LimitedDisk {
  const disk: LimitedDisk = {
    room,
    shortWrites: 0,
    io: {
      ...nodeIo,
      writeSync(fd, buffer, offset, length) {
        if (disk.room <= 0) {
          const error = new Error('ENOSPC: no space left on device, write') as NodeJS.ErrnoException;
          error.code = 'ENOSPC';
          throw error;
        }
        const count = Math.min(length, disk.room);
        if (count < length) disk.shortWrites++;
        const written = fs.writeSync(fd, buffer, offset, count);
        disk.room -= written;
        return written;
      },
      freeBytes: () => Math.max(0, disk.room),
    },
  };
  return disk;
}

/** Writes that the file system accepts only a few bytes at a time, all of them in the end. */
export function dribblingIo(chunk: number): WriteIo {
  return {
    ...nodeIo,
    writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, Math.min(length, chunk)),
  };
}
