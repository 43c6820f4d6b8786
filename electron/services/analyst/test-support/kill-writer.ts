/**
 * Saves notes one after another as fast as it can, and prints each note's text on stdout only
 * after its save was acknowledged (the reply said saved) — for sigkill.test.ts, which kills this
 * process at a random moment and then checks that every printed note is on disk.
 */
import fs from 'node:fs';
import { openTestService } from './fixtures';

const service = openTestService(process.argv[2]!, { retryMs: 60_000 });
for (let i = 0; ; i++) {
  const text = `kill-writer ${process.pid} note ${i} ${'x'.repeat(i % 500)}`;
  const change = service.apply({
    type: 'note:create',
    target: { kind: 'cell', party: 'nato', demand: 'eu' },
    text,
  });
  if (change.save.saved) fs.writeSync(1, `${text}\n`);
}
