/**
 * The full-disk story on a real file system, run by disk-full.tmpfs.test.ts inside a private mount
 * namespace where `dir` is a small tmpfs: fill it, save until the disk refuses, check nothing
 * acknowledged was lost, free space, and check the kept work reaches the disk by itself.
 * Prints one JSON line with what it saw.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openTestService } from './fixtures';

const [dir, fillerBytes] = [process.argv[2]!, Number(process.argv[3])];
const data = path.join(dir, 'data');
const filler = path.join(dir, 'filler.bin');
fs.mkdirSync(data);
fs.writeFileSync(filler, Buffer.alloc(fillerBytes, 1));

const notesIn = (file: string): string[] =>
  (
    JSON.parse(fs.readFileSync(file, 'utf8')) as { analyst: { notes: Array<{ text: string }> } }
  ).analyst.notes.map((n) => n.text);

const service = openTestService(data, { retryMs: 20 });
const acknowledged: string[] = [];
let message: string | null = null;
for (let i = 0; i < 10_000 && message === null; i++) {
  const text = `Note ${i}: ${'the party restated its position at the briefing. '.repeat(8)}`;
  const change = service.apply({
    type: 'note:create',
    target: { kind: 'cell', party: 'nato', demand: 'eu' },
    text,
  });
  if (change.save.saved) acknowledged.push(text);
  else message = change.save.message;
}
const store = path.join(data, 'analyst.json');
const backup = path.join(data, 'analyst.backup.json');
const onDiskWhenFull = notesIn(store);
const backupWhenFull = notesIn(backup);
const kept = [...service.data().notes.map((n) => n.text)];
for (const text of ['after full 1', 'after full 2']) {
  service.apply({ type: 'note:create', target: { kind: 'cell', party: 'nato', demand: 'eu' }, text });
  kept.push(text);
}
const stillUnsaved = !service.saveStatus().save.saved;

fs.rmSync(filler);
const started = Date.now();
while (!service.saveStatus().save.saved && Date.now() - started < 5_000) {
  await new Promise((resolve) => setTimeout(resolve, 25));
}
service.close();
const afterRestart = openTestService(data)
  .data()
  .notes.map((n) => n.text);

console.log(
  JSON.stringify({
    message,
    acknowledged: acknowledged.length,
    acknowledgedOnDiskWhenFull:
      acknowledged.every((t, i) => onDiskWhenFull[i] === t) && onDiskWhenFull.length === acknowledged.length,
    backupValidWhenFull: backupWhenFull.length > 0 && backupWhenFull.every((t, i) => acknowledged[i] === t),
    keptInMemory: kept.length,
    stillUnsaved,
    savedAfterSpace: afterRestart.length === kept.length && afterRestart.every((t, i) => kept[i] === t),
    leftoverTemporaryFiles: fs.readdirSync(data).filter((f) => f.includes('.tmp-')).length,
  }),
);
